"""The export workbook's データ sheet (xlsx_export.py writes the others): one row per entry,
one value per cell, for machines (io/export_data.py reads it back by the fields it records),
left out of a printed workbook (Writer.unprinted), and printed legibly where a clerk asks: A4 landscape fitted to the width, names and texts wrapped, each row as tall as
its tallest text. Each column's values are gathered once, and each distinct value measured
once: its width (xlsx_widths.value_widths) and, where it wraps, its lines (tall_values), which
the rows then look up."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter
from typing import Any, TypeGuard

from planeval.cells import (
    DATA_COLUMNS_PROPERTY,
    DATA_SHEET,
    NO_MARK_COLUMN,
    OTHER_SCALES_PROPERTY,
    policy_words_parts,
)
from planeval.entry_columns import (
    CODE_FIELD,
    CODE_TITLE,
    ENTRY_COLUMNS,
    OF_BODY_FIELDS,
    PREFECTURE_FIELD,
    PREFECTURE_TITLE,
    SOURCE_FIELDS,
)
from planeval.issue_parts import PART_FIELD, part_fields, split_issue
from planeval.level_labels import (
    TYPED_LEVELS,
    TYPED_TITLE,
    policy_words,
    typed_column,
    typed_numbers,
)
from planeval.model import Entry
from planeval.repeated_fields import distinct_titles, repeated_fields
from planeval.repeated_fields import recorded as recorded_as
from planeval.report.document import Report
from planeval.report.indicator_values import OtherRating, titles
from planeval.report.indicator_values import row_values as row_values_of
from planeval.report.sub_counts import mark_cell, mark_title
from planeval.report.widths import widest
from planeval.report.xlsx_widths import (
    DATA_LEAST,
    data_widths,
    tall_values,
    titled,
    value_widths,
)
from planeval.report.xlsx_writer import BODY, Writer, display_width, line_count, row_height
from planeval.shown_numbers import ShownNumber

# the header's and a cell's formats (集計's header and 課題一覧's too: xlsx_export.py)
HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "align": "center"}
HEAD |= {"valign": "vcenter"}
FIGURE_MOST = 24.0  # a value column of the data sheet at its widest (「97.0%(小) 98.2%(中)」)


def write_data_sheet(writer: Writer, report: Report) -> str:
    """One row per entry; printed legibly: A4 landscape fitted to the width, names and texts
    wrapped, the header repeated on every page."""
    sheet = writer.sheet(DATA_SHEET)
    # each level's number as typed beside its number where some was typed otherwise
    # (「基本方針番号」「基本方針番号（表記）」)
    columns: list[tuple[str, bool]] = []  # (the field, whether its typed number's column)
    parts = report.issue_parts  # (評価の理由 | 今後の方向性 read together: a column each)
    for name in ENTRY_COLUMNS:
        if name == "body" and report.codes:  # (its 団体コード before it, as 進捗状況.csv's)
            columns.append((CODE_FIELD, False))
        if name == "body" and report.prefectures:  # (… and its 都道府県 after the code)
            columns.append((PREFECTURE_FIELD, False))
        columns.append((name, False))
        if report.labels and name in TYPED_LEVELS:
            columns.append((name, True))
        if name == "issue" and len(parts) > 1:
            columns += [(field, False) for field in part_fields(parts)[1:]]
    # a column no row has a value in left out (the 団体 column of one body's rows, the 細目 of
    # a body with none), and the fields of those kept recorded: read back by them, export_data
    # (and each column's widest value: each column's values gathered once, each value once)
    entries = report.entries
    distinct = [set(map(_value_of(report, *column), entries)) for column in columns]
    empty, values_wide = value_widths([_kind(name) for name, _typed in columns], distinct)
    if not entries:  # (none left out where there is no row)
        empty = set()
    empty -= {index for index, (name, _typed) in enumerate(columns) if name in SOURCE_FIELDS}
    # and a field every row repeats another's in (a project that is its policy, an item's
    # label its number: repeated_fields) left out too, recorded with the field it repeats
    kept = {name for index, (name, _typed) in enumerate(columns) if index not in empty}
    repeated = {
        name: other for name, other in repeated_fields(entries).items() if {name, other} <= kept
    }
    empty |= {
        index for index, (name, typed) in enumerate(columns) if name in repeated and not typed
    }
    columns = [column for index, column in enumerate(columns) if index not in empty]
    distinct = [values for index, values in enumerate(distinct) if index not in empty]
    values_wide = [width for index, width in enumerate(values_wide) if index not in empty]
    fields = [typed_column(name) if typed else name for name, typed in columns]
    recorded = [name for name in fields if name not in SOURCE_FIELDS]
    recorded += [recorded_as(name, other) for name, other in repeated.items()]
    writer.book.set_custom_property(DATA_COLUMNS_PROPERTY, ",".join(recorded))
    if words := policy_words(report.labels):  # (bodies whose policies are a level: unlevelled)
        # (asked of bodies rated right under a policy alone: the others' rows tell it)
        flat = {entry.body for entry in entries if entry.project_id == entry.policy_id}
        if words := {body: word for body, word in words.items() if body in flat}:
            for name, text in policy_words_parts(words):
                writer.book.set_custom_property(name, text)
    parted = dict(zip(part_fields(parts), parts, strict=True)) if len(parts) > 1 else {}
    parted[CODE_FIELD] = CODE_TITLE  # (planeval's own word, as its column elsewhere)
    parted[PREFECTURE_FIELD] = PREFECTURE_TITLE
    worded = report.wording.entry_columns(ENTRY_COLUMNS) | parted  # (each as its forms title it)
    headers = distinct_titles(
        [worded[name] + (TYPED_TITLE if typed else "") for name, typed in columns],
        [
            (ENTRY_COLUMNS | parted)[name] + (TYPED_TITLE if typed else "")
            for name, typed in columns
        ],
    )
    widths = data_widths(headers, values_wide)
    # (the rows' values after their fields': a mark's and the figures', each row's in turn)
    extras: list[list[object]] = [[] for _entry in entries]
    if marked := mark_title(report.marks, entries):  # (the column marking rows, うち重点: last)
        headers.append(marked)
        widths.append(titled(marked, max(display_width(marked) + 2.0, DATA_LEAST)))
        for extra, entry in zip(extras, entries, strict=True):
            extra.append(mark_cell(report.marks, entry, unknown=NO_MARK_COLUMN))
    # an indicator's figures (策定時 | 現状値 …) after it, a column no row has a value in left out
    figures, shown = _figures(report)
    if rated := [title for _column, title in shown if isinstance(title, OtherRating)]:
        # (another scale's rating, 達成度: no figure, read back as that scale's: export_data)
        writer.book.set_custom_property(OTHER_SCALES_PROPERTY, ",".join(rated))
    for column, title in shown:
        width = widest([title, *(row[column] for row in figures)], display_width) + 2.0
        headers.append(title)
        widths.append(titled(title, min(max(width, DATA_LEAST), FIGURE_MOST)))
        for extra, row_figures in zip(extras, figures, strict=True):
            extra.append(row_figures[column])
    distinct += [{extra[index] for extra in extras} for index in range(len(headers) - len(columns))]
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    head = writer.fmt(**HEAD)
    sheet.set_row(0, row_height(_lines(headers, widths)))
    for column, header in enumerate(headers):
        writer.put(sheet, 0, column, header, head)
    # each row as tall as its tallest text: the columns' texts that wrap, and their lines
    tall = [
        (c, lines) for c, values in enumerate(distinct) if (lines := tall_values(values, widths[c]))
    ]
    row_values = _row_of(report, columns)
    # a body's own digit statuses, 川崎市's 達成度 1〜5, as the numbers its clerk typed (as text
    # Excel marked each 「数値が文字列として保存されています」); io/export_data.py reads them back
    digits = _digit_columns(report, [name for name, _typed in columns])
    plain = writer.fmt(**BODY)
    # the levels' numbers centred, those of digits alone numbers as the item's is (「1 | 1-1」
    # printed 「11-1」, the 1 right-aligned against the label, beside a text '1': review 148 #8)
    numbered = {i for i, (name, _typed) in enumerate(columns) if name in _NUMBER_FIELDS}
    as_numbers = {i for i in numbered if not columns[i][1] and columns[i][0] in _ID_FIELDS}
    centred = writer.fmt(**BODY, align="center")
    put, number, blank = writer.put, sheet._write_number, sheet._write_blank  # (WRITES)
    for row, (entry, extra) in enumerate(zip(entries, extras, strict=True), start=1):
        values = [*row_values(entry), *extra]
        sheet.set_row(
            row, row_height(max([lines.get(values[c], 1) for c, lines in tall], default=1))
        )
        for column, value in enumerate(values):
            if column in numbered:
                if column in as_numbers and _is_digits(value):
                    value = int(value)
                if isinstance(value, int):
                    number(row, column, value, centred)
                elif value:
                    put(sheet, row, column, str(value), centred)
                else:
                    blank(row, column, None, centred)
            elif isinstance(value, int):
                number(row, column, value, plain)
            elif isinstance(value, ShownNumber):  # (a figure typed as a number: 0.97 in 0.0%)
                number(row, column, value.number, _numeric(writer, value.number_format))
            elif column in digits and _is_digits(value):
                number(row, column, int(value), plain)
            elif value:
                put(sheet, row, column, str(value), plain)
            else:
                blank(row, column, None, plain)
    sheet.freeze_panes(1, 0)
    writer.print_setup(sheet, report, repeat_row=0)
    writer.unprinted(sheet)
    return str(sheet.get_name())


_STATUS_FIELDS = ("status", "status_text")
# the levels' numbers (and as typed: 「1-1」, 「Ⅰ」), and of those the IDs (the item's, item_no,
# is a number already)
_ID_FIELDS = ("policy_id", "direction_id", "project_id")
_NUMBER_FIELDS = (*_ID_FIELDS, "project_label", "item_no", "item_label")


def _digit_columns(report: Report, names: Sequence[str]) -> set[int]:
    """The status columns (達成状況 and as typed) where the scale has a symbol of digits (1–5);
    none for a scale of marks or letters, whose symbols stay text."""
    if not any(_is_digits(status.symbol) for status in report.scale.statuses):
        return set()
    return {index for index, name in enumerate(names) if name in _STATUS_FIELDS}


def _is_digits(value: object) -> TypeGuard[str]:
    """Whether ``value`` is a whole number's digits as Excel would show it (1, 12; not 01, １)."""
    return (
        isinstance(value, str) and value.isascii() and value.isdigit() and value == str(int(value))
    )


def _numeric(writer: Writer, number_format: str) -> Any:
    """A data cell's format for a number shown in ``number_format`` ("": General)."""
    return writer.fmt(**BODY, **({"num_format": number_format} if number_format else {}))


def _field(name: str) -> str:
    """An entry's attribute holding the field (a place's in its location; its body's code,
    its body, whose code _row_of looks up)."""
    if name in OF_BODY_FIELDS:
        return "body"
    return f"location.{name}" if name in SOURCE_FIELDS else name


def _of_body(report: Report, name: str) -> Mapping[str, str]:
    """Each body's value in a column of OF_BODY_FIELDS: its 団体コード, its 都道府県."""
    return report.codes if name == CODE_FIELD else report.prefectures


def _kind(name: str) -> str:
    """The field a data column is of: an issue column after the first (issue_2) the issue."""
    return "issue" if name.startswith(PART_FIELD) else name


def _value_of(report: Report, name: str, typed: bool) -> Callable[[Entry], object]:
    """A data column's value of an entry: its field, or its level's number as typed; of the
    issue columns read together, each one's text (issue_parts.split_issue)."""
    field = attrgetter(_field(name))
    if name in OF_BODY_FIELDS:
        known = _of_body(report, name)
        return lambda entry: known.get(entry.body, "")
    if _kind(name) == "issue" and len(parts := report.issue_parts) > 1:
        place = part_fields(parts).index(name)
        return lambda entry: split_issue(entry.issue, parts)[place]
    if not typed:
        return field
    return lambda entry: typed_numbers(report.labels, entry.body, field(entry))[0]


def _row_of(
    report: Report, columns: Sequence[tuple[str, bool]]
) -> Callable[[Entry], Sequence[object]]:
    """An entry's values in the data columns: their fields read at once (file, sheet and cell
    always among them), a typed number's column then its level's number as typed, and the
    issue columns read together each its own text."""
    fields = attrgetter(*(_field(_kind(name)) for name, _typed in columns))
    typed = [index for index, (_name, is_typed) in enumerate(columns) if is_typed]
    parts = report.issue_parts if len(report.issue_parts) > 1 else ()
    issues = [index for index, (name, _typed) in enumerate(columns) if _kind(name) == "issue"]
    coded = [index for index, (name, _typed) in enumerate(columns) if name in OF_BODY_FIELDS]
    if not typed and not parts and not coded:
        return fields

    def values(entry: Entry) -> list[object]:
        row = list(fields(entry))
        for index in coded:  # (its body read: its 団体コード, its 都道府県)
            row[index] = _of_body(report, columns[index][0]).get(str(row[index]), "")
        for index in typed:  # (its level's ID read: its number as typed)
            row[index] = typed_numbers(report.labels, entry.body, row[index])[0]
        if parts:
            texts = dict(zip(part_fields(parts), split_issue(entry.issue, parts), strict=True))
            for index in issues:
                row[index] = texts[columns[index][0]]
        return row

    return values


def _figures(report: Report) -> tuple[list[tuple[str, ...]], list[tuple[int, str]]]:
    """Each entry's indicator figures as shown (text: 「98.2%」 as its table showed it), and
    the columns some row has a value in: (place, title)."""
    figures = [row_values_of(entry, report.values, report.value_keys) for entry in report.entries]
    shown = enumerate(titles(report.value_keys))
    return figures, [(c, title) for c, title in shown if any(row[c] for row in figures)]


def _lines(values: Sequence[object], widths: Sequence[float]) -> int:
    """The lines of the row's tallest text cell."""
    return max(
        (line_count(v, w) for v, w in zip(values, widths, strict=True) if isinstance(v, str)),
        default=1,
    )
