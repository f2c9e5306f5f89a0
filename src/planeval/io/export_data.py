"""Reading back planeval's own export from its data sheet.

The export's policy sheets print each table in the export's own layout (Setagaya's 1-1-1
columns), not in the layout it was read from: an item's number moved into its name, a body's
own numbering (1.1, (1)ア) or its levels rated as projects cannot be told from them, and an
export of several bodies prints every body's 1-1-1① under one policy. Its data sheet
(cells.DATA_SHEET, written by report/xlsx_export.py) holds each entry once, one value per cell
in entry_columns.ENTRY_COLUMNS order: every export is read from there, each row the entry it was
written from, so that last year's export pairs with this year's workbooks as last year's
workbooks would. The sheet leaves out a column no row has a value in (the 団体 column of one
body's export, the 細目 of a body with none), and one every row repeats another's in (the
project of a plan of two levels, its policy; an item's label, its number: repeated_fields.py),
and records the fields of those it has and the field each left out repeats
(cells.DATA_COLUMNS_PROPERTY); an export written before that has every column but 団体, each
read by its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.cells import NO_MARK_COLUMN
from planeval.entry_columns import (
    CODE_FIELD,
    CODE_TITLE,
    ENTRY_COLUMNS,
    ENTRY_FIELDS,
    OF_BODY_FIELDS,
    PREFECTURE_FIELD,
    PREFECTURE_TITLE,
    SOURCE_FIELDS,
)
from planeval.ids import number_parts, parse_item
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.headers import DEFAULT_LAYOUT, title_key
from planeval.io.tables import SheetResult
from planeval.io.value_columns import figures_after
from planeval.issue_parts import PART_FIELD, joined
from planeval.level_labels import TYPED_LEVELS, TYPED_TITLE, typed_column
from planeval.model import Entry, Location, Problem, Severity, body_key
from planeval.repeated_fields import restored, split_recorded
from planeval.scale import Scale
from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.io.mark_column import MarkColumn

# The data sheet's columns: the entry's fields, with the 団体 column (several bodies) or
# without it (one body), then the source's file, sheet and cell. Where the levels were typed
# otherwise than their IDs, each level's number as typed (typed_column: 「基本方針番号（表記）」)
# stands beside its number; an export written before that had them after the source's
# columns (_typed_after), and one written before the project's number as typed had its
# column (事業番号（表記）) has neither: each is read as it was written.
_OF_BODIES = ENTRY_FIELDS
_OF_ONE_BODY = tuple(name for name in ENTRY_FIELDS if name != "body")


def _beside(fields: tuple[str, ...]) -> tuple[str, ...]:
    """The fields with each level's typed number after its own."""
    return tuple(
        column
        for name in fields
        for column in ((name, typed_column(name)) if name in TYPED_LEVELS else (name,))
    )


_TYPED_NAMES = frozenset(map(typed_column, TYPED_LEVELS))
_LAYOUTS = tuple(
    layout
    for fields in (_OF_BODIES, _OF_ONE_BODY)
    for layout in (
        _beside(fields),
        fields,
        tuple(name for name in fields if name != "project_label"),
    )
)
_OPTIONAL = frozenset({"sub_item", "repeat_of"})  # an empty cell is None, not ""
_OWN_TITLES = frozenset({"repeat_of", "body", *OF_BODY_FIELDS})  # (planeval's words)
_KNOWN = frozenset((*_beside(ENTRY_FIELDS), *OF_BODY_FIELDS))  # (団体コード: filed_codes)
_TITLES = ENTRY_COLUMNS | {CODE_FIELD: CODE_TITLE, PREFECTURE_FIELD: PREFECTURE_TITLE}


def data_columns(grid: SheetGrid | None, recorded: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The entry fields of the data sheet's columns, or None when ``grid`` is no data sheet
    this planeval writes (an export of an older version is read from its policy sheets).
    ``recorded``: the fields the export records of them (cells.DATA_COLUMNS_PROPERTY), the
    columns no row had a value in left out, and those every row repeated another's in
    (repeated_fields: 「project_id=policy_id」, after them: kept in what it returns); an export recording none has every column, known
    by those titled in planeval's own words whatever the body's wording: 再掲元 or 団体, then
    ファイル, シート, セル, where they stand (each typed number's column beside its level's
    titled 「…（表記）」)."""
    if grid is None:
        return None
    header = tuple(grid.row(0))
    if recorded:
        columns, repeated = split_recorded(recorded)
        known = set(repeated) | set(repeated.values()) <= set(ENTRY_FIELDS)
        return recorded if known and _titled(header, columns) else None
    return next((fields for fields in _LAYOUTS if _titled(header, fields)), None)


def _titled(header: tuple[object, ...], fields: tuple[str, ...]) -> bool:
    """Whether ``header`` titles ``fields`` and the source's columns after them: those of
    planeval's own words as it writes them (再掲元, 団体, ファイル, シート, セル), each typed
    number's 「…（表記）」; the others are in the body's words."""
    known = "status" in fields and all(f in _KNOWN or f.startswith(PART_FIELD) for f in fields)
    if not known or len(header) < len(fields) + len(SOURCE_FIELDS):
        return False
    own = [(i, name) for i, name in enumerate(fields) if name in _OWN_TITLES]
    own += [(len(fields) + i, name) for i, name in enumerate(SOURCE_FIELDS)]
    typed = [header[i] for i, name in enumerate(fields) if name in _TYPED_NAMES]
    return all(header[i] == _TITLES[name] for i, name in own) and all(
        str(title or "").endswith(TYPED_TITLE) for title in typed
    )


# the report's words and the data sheet's fields whose titles give them (export_words)
_WORD_FIELDS = {
    "policy": "policy_name",
    "direction": "direction_name",
    "project": "project_name",
    "item": "item_name",
    "status": "status",
    "issue": "issue",
    "department": "department",
}


def export_words(
    grid: SheetGrid,
    columns: tuple[str, ...],
    rated: tuple[str, ...] = (),
    status_title: str | None = None,
) -> dict[str, str]:
    """The report's words the data sheet's titles give, as the export wrote them in the body's
    words (施策の柱名 → 施策の柱, 評価の理由・課題): an export read back is called as its forms
    were (it was 基本目標別 and 今後の方向性 again: review 77); its status, read by the other
    scale's settings (read_data_sheet's ``rated`` and ``status_title``), as that column's."""
    header = grid.row(0)
    columns, repeated = split_recorded(columns)
    first = len(columns) + len(SOURCE_FIELDS)
    own = _own_rating(header, first, rated, status_title)
    words = {}
    for word, field in _WORD_FIELDS.items():
        field = repeated.get(field, field)  # (a project that is its policy: the policy's word)
        at = columns.index(field) if field in columns else len(header)
        title = title_key(header[at]) if at < len(header) and type(header[at]) is str else ""
        words[word] = title.removesuffix("名") if field.endswith("_name") else title
    if own is not None:  # (達成度, not the 実施状況 counted by the first)
        words["status"] = title_key(header[own])
    if parts := _issue_parts(header, columns):  # (評価の理由・今後の方向性, as read: chapter3)
        words["issue"] = "・".join(title_key(title) for _column, title in parts)
    return {word: title for word, title in words.items() if title}


def read_data_sheet(
    grid: SheetGrid,
    columns: tuple[str, ...],
    *,
    file: str,
    scale: Scale,
    body: str = "",
    rated: tuple[str, ...] = (),
    status_title: str | None = None,
) -> SheetResult:
    """Every row of the data sheet (its ``columns``, from data_columns) as the entry it was
    written from: of the row's body where the sheet has a 団体 column, else of ``body``; the
    policy and direction names kept within their body. A status the scale does not know (the
    export written with another scale) is an error, and its row not counted. ``rated``: the
    columns an export of two scales records as the other's rating (達成度), never a figure;
    read by that scale's settings (``status_title``, its [layout] status_column, titles one),
    each row's status is that column's, a row it left blank (the other read had no such row)
    not counted, as it was not."""
    columns, repeated = split_recorded(columns)
    result = SheetResult(tables=1, body=body if "body" not in columns else "")
    status_column = columns.index("status")
    after = len(columns) + len(SOURCE_FIELDS)
    own = _own_rating(grid.row(0), after, rated, status_title)
    status_column = status_column if own is None else own
    typed = _typed_columns(grid, columns)
    marks = _mark_column(grid, file, len(columns) + len(SOURCE_FIELDS))  # (うち重点: last)
    figures = figures_after(grid.row(0), after, rated)  # (策定時 …; not 達成度 beside)
    parts = _issue_parts(grid.row(0), columns)  # (評価の理由 | 今後の方向性: one text again)
    result.issue_parts = tuple(title for _column, title in parts)
    for row, cells in grid.iter_rows():
        if row == 0 or not any(value not in (None, "") for value in cells):
            continue
        values = dict(zip(columns, _padded(cells, len(columns)), strict=True))
        if parts:
            values["issue"] = joined((title, clean_text(values[field])) for field, title in parts)
        if repeated:  # (a project that is its policy, an item's label its number's text)
            values["item_no"] = _value("item_no", values.get("item_no"))
            restored(values, repeated)
        fields = {
            name: _value(name, values.get(name, _absent(name, body))) for name in ENTRY_FIELDS
        }
        if own is not None:  # (the other scale's rating, as the report showed it: 「細目 達成」)
            shown = clean_text(cells[own]) if own < len(cells) else ""
            if not shown:
                continue
            sub = f"{fields['sub_item']} " if fields["sub_item"] else ""
            fields["status"] = fields["status_text"] = shown.removeprefix(sub)
        if fields["item_no"] is None and not fields["item_label"]:
            fields |= _joined_number(str(fields["item_name"]))
        location = Location(file, grid.name, cell_ref(row, status_column))
        symbol = scale.normalise(fields["status"]) if fields["status"] else None
        if symbol is None:
            message, hint = (
                scale.unknown(str(fields["status"]))
                if fields["status"]
                else ("達成状況が空です", scale.choose())
            )
            result.problems.append(Problem(location, Severity.ERROR, message, hint))
            continue
        entry = Entry(location, **(fields | {"status": symbol}))  # type: ignore[arg-type]
        result.entries.append(entry)
        if marks is not None:
            column = marks.column
            mark = clean_text(cells[column]) if column < len(cells) else ""
            if mark != NO_MARK_COLUMN:  # (its table had no such column: not known, as read)
                marks.read(location, mark, cell_ref(row, column))
        if figures is not None:
            figures.read(grid, row, location)
        # (names keyed by their body where the rows' bodies differ; SheetResult.body keys
        # them when it is one)
        own_body = entry.body if "body" in columns else ""
        if entry.policy_name:
            key = body_key(own_body, entry.policy_id)
            result.policy_names.setdefault(key, entry.policy_name)
        if entry.direction_name:
            key = body_key(own_body, entry.direction_id)
            result.direction_names.setdefault(key, entry.direction_name)
        result.items_seen.append((entry.body, entry.project_id, entry.item_no, entry.item_name))
        for level, column in typed.items():
            number = clean_text(cells[column]) if column < len(cells) else ""
            if number and number != fields[level]:
                result.level_labels.setdefault(body_key(own_body, str(fields[level])), number)
    if marks is not None:
        marks.flush(result.marks, result.problems)
    if figures is not None:
        figures.flush(result.values, result.problems)
    return result


def _issue_parts(header: list[object], columns: tuple[str, ...]) -> list[tuple[str, str]]:
    """The issue columns an export wrote a column each (issue, issue_2 …: issue_parts.py),
    each field with its title; [] where it wrote one."""
    fields = [field for field in columns if field.startswith(PART_FIELD)]
    if not fields or "issue" not in columns:
        return []
    return [(field, clean_text(header[columns.index(field)])) for field in ("issue", *fields)]


def _own_rating(
    header: list[object], first: int, rated: tuple[str, ...], title: str | None
) -> int | None:
    """The column after the source's (from ``first``) holding the rating of the scale read
    (``title``) that an export of two scales records (``rated``); None where it has none."""
    if not title or not rated:
        return None
    key = title_key(title)
    return next(
        (
            column
            for column in range(first, len(header))
            if str(header[column]) in rated and title_key(header[column]) == key
        ),
        None,
    )


def _mark_column(grid: SheetGrid, file: str, first: int) -> MarkColumn | None:
    """The column marking rows (うち重点) the export keeps after the source's columns, titled
    as the workbooks titled it; None where it has none."""
    header = grid.row(0)
    titles = DEFAULT_LAYOUT.vocabulary()
    for column in range(first, len(header)):
        if type(title := header[column]) is str and titles.role(title) == "mark":
            from planeval.io.mark_column import MarkColumn  # (few exports have one: start-up)

            cell = Location(file, grid.name, cell_ref(0, column))
            return MarkColumn(title_key(title), cell, column=column)
    return None


def _joined_number(name: str) -> dict[str, object]:
    """An item's 「1-1-(1)」 kept in its name by an export of an earlier planeval, which did not
    read such a number: its number, label and name as the workbooks are read now, so that last
    year's export pairs with this year's rows; nothing for any other name."""
    item = parse_item(name)
    if item.number is None or len(number_parts(item.label)) < 2:
        return {}
    return {"item_no": item.number, "item_label": item.label, "item_name": item.name}


def _typed_columns(grid: SheetGrid, columns: tuple[str, ...]) -> dict[str, int]:
    """The columns that hold the levels' numbers as typed (level_labels: 「基本方針番号（表記）」
    …), by level: beside their numbers (one left out where no row typed that level otherwise),
    or after the source's (_typed_after); none in an export written before them."""
    if set(columns) & _TYPED_NAMES:
        return {
            level: columns.index(typed_column(level))
            for level in TYPED_LEVELS
            if typed_column(level) in columns
        }
    return _typed_after(grid, len(columns) + len(SOURCE_FIELDS))


def _typed_after(grid: SheetGrid, first: int) -> dict[str, int]:
    """An export of review 20's: the typed numbers after the source's columns."""
    header = grid.row(0)
    return {
        level: column
        for level, column in zip(TYPED_LEVELS, range(first, first + len(TYPED_LEVELS)), strict=True)
        if column < len(header) and str(header[column] or "").endswith(TYPED_TITLE)
    }


def _absent(name: str, body: str) -> str:
    """A field the data sheet has no column for: the body read (one body's export), or ""."""
    return body if name == "body" else ""


def _padded(cells: list[object], width: int) -> list[object]:
    """The row's entry fields (its first ``width`` cells), empty cells filled in."""
    fields = cells[:width]
    return fields + [None] * (width - len(fields))


def _value(name: str, value: object) -> object:
    """A cell as the entry's field: text (an empty cell ""), the item number an int."""
    if value is None or value == "":
        return None if name in _OPTIONAL or name == "item_no" else ""
    if name == "item_no":
        return value if isinstance(value, int) else _number(value)
    if isinstance(value, float) and value.is_integer():  # (a digit status, 1–5, as a number)
        return str(int(value))
    return value if isinstance(value, str) else str(value)


def _number(value: object) -> int | None:
    """An item number typed over (as text, or not a whole number): None when it is none."""
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() else None
