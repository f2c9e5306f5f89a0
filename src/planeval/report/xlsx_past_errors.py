"""The export's sheet of what its count left out past errors (--keep-going):
cells.COUNTED_PAST_SHEET, written only then. A heading and a line saying what it holds, then
its tables: the items read of which no row was counted (a 団体 column first with several
bodies; numbers and names titled as the データ sheet titles them), the places of the errors
with their messages, those of the bodies left out for their scale apart (no error of theirs:
past_errors.OTHER_SCALE) and the workbooks of another year left out (OTHER_YEAR: last year's
sent again, at the cell stating its year; its items' reason beside them), and each fix once, numbered, the places giving its number in a
column of their own (a fix of many cells was printed on every row; a number a clerk filters
on, and 「同上」 would not be). The items' rows: past_error_items.py. io/export_past_errors.py
reads it back (past_errors.py: its layout)."""

from __future__ import annotations

from typing import Any

from planeval.cells import BODIES_PROPERTY, COUNTED_PAST_SHEET, OTHER_YEARS_PROPERTY, json_parts
from planeval.entry_columns import ENTRY_COLUMNS
from planeval.level_labels import TYPED_TITLE
from planeval.past_errors import (
    BODIES_HEADER,
    BODY_COLUMN,
    FIX_COLUMN,
    FIXES_HEADER,
    IN_ERROR_WHY,
    ITEMS_HEADER_ROW,
    OTHER_PLACE_COLUMNS,
    OTHER_SCALE,
    OTHER_YEAR,
    PLACE_COLUMNS,
    UNCOUNTED_BODIES,
    WHOLE_FILE,
    WHY_COLUMN,
    YEAR_PLACE_COLUMNS,
)
from planeval.read_records import ErrorPlace
from planeval.repeated_fields import repeated_fields
from planeval.report.document import Report
from planeval.report.past_error_items import (
    Rows,
    item_columns,
    item_policies,
    item_rows,
    policy_led_ids,
)
from planeval.report.table_notes import idle_cause, sheet_left_out
from planeval.report.xlsx_writer import BODY, Writer, display_width, line_count, row_height
from planeval.unanswered_words import sub_rows

HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "vcenter"}
TEXT_WIDTH = 60.0  # the items' names and the errors' messages, wrapped

# the places' table's title, in a public document's words: a cell written amiss, a damaged
# workbook or a reply in a folder inside its own alike (「エラーのあった場所」 before review 193)
PLACES_SAID = "不備のあった場所"


def write_counted_past(writer: Writer, report: Report) -> str:
    """The sheet of ``report.counted_past`` and, with several bodies, of the bodies no row was
    counted of (something must have been left out); returns its name."""
    left_out = report.counted_past
    wording = report.wording
    sheet = writer.sheet(COUNTED_PAST_SHEET)
    several = report.by_body is not None
    bodies = (
        several or any(item[0] for item in left_out.items) or any(p.body for p in left_out.places)
    )
    errors = [place for place in left_out.places if place.reason not in (OTHER_SCALE, OTHER_YEAR)]
    scaled = [place for place in left_out.places if place.reason == OTHER_SCALE]
    dated = [place for place in left_out.places if place.reason == OTHER_YEAR]
    if recorded := {place.file: place.year for place in dated if place.year}:
        for name, text in json_parts(OTHER_YEARS_PROPERTY, recorded):  # (io/structure.py reads)
            writer.book.set_custom_property(name, text)
    fixes = list(dict.fromkeys(p.hint for p in (*errors, *dated, *scaled) if p.hint))
    # (a plan of two levels' project is its policy, 改革項目 4: titled so, as the data sheet
    # gives it once, under the policy's title — review 86, 「事業番号」 —, its name none)
    level = "policy_id" if "project_id" in repeated_fields(report.entries) else "project_id"
    shape = item_columns(left_out, named=level == "project_id")
    items = item_rows(left_out, {place.body for place in scaled}, bodies=bodies, shape=shape)
    for cells, led in zip(items, policy_led_ids(report), strict=True):
        cells[bodies] = led or cells[bodies]  # (Ⅰ-2, not planeval's 1-2: review 114)
    # (each item's policy where none of its rows was counted, 「2（未集計）」 in 集計: read back,
    # summarize shows it as the source's read does — after the reason, where an older reader
    # of the sheet looked no further)
    policies = item_policies(report) if level == "project_id" else ()  # (else its own)
    typed_policies = any(typed for _id, typed, _name in policies)
    for cells, (policy, typed, name) in zip(items, policies, strict=False):
        cells += [*([] if scaled or left_out.dated else [IN_ERROR_WHY]), policy]
        cells += [*[typed] * typed_policies, name]
    places, years, others = (
        _places(found, fixes, bodies=bodies) for found in (errors, dated, scaled)
    )
    listed = _bodies(report) if several and report.uncounted else []
    if listed:  # (every body in 団体別集計's order, for reading back; the sheet lists those
        # with a reason only — review 97: 300 listed, 298 with none)
        for name, text in json_parts(BODIES_PROPERTY, {str(body): why for body, why in listed}):
            writer.book.set_custom_property(name, text)
        listed = [[body, why] for body, why in listed if why]
    values = items + places + years + others
    values += [list(BODIES_HEADER), *listed] if listed else []
    # (the columns the sheet's tables share, as many as its widest table has: the errors'
    # messages wrapped at TEXT_WIDTH — the items' names there too, unless a number typed
    # otherwise stands beside their ID and moves them one column on)
    shared = max([len(PLACE_COLUMNS) + bodies, *map(len, values)])
    widths = [_width(values, column) for column in range(shared)]
    widths[len(PLACE_COLUMNS) - 1 + bodies] = TEXT_WIDTH
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    writer.text(sheet, 0, 0, COUNTED_PAST_SHEET, bold=True, font_size=14)
    caption = _caption(report, bool(items), bool(fixes))
    sheet.set_row(1, row_height(line_count(caption, sum(widths))))
    writer.merged_text(sheet, (1, 0), (1, len(widths) - 1), caption, text_wrap=True, valign="top")
    row = ITEMS_HEADER_ROW - 1
    if items:
        titles = wording.entry_columns(ENTRY_COLUMNS)
        header = [titles[level], *[titles[level] + TYPED_TITLE] * shape.typed]  # ((3) of 2-3)
        header += [titles["item_no"]] * shape.numbered + [titles["project_name"]] * shape.named
        header += [titles["item_name"]]
        header += [WHY_COLUMN] if scaled or left_out.dated or policies else []
        if policies:  # (the policy's number, as typed where some was typed otherwise, name)
            header += [titles["policy_id"], *[titles["policy_id"] + TYPED_TITLE] * typed_policies]
            header += [titles["policy_name"]]
        title = f"集計に含めていない{wording.item}（{len(items):,} 件{_sub_rows(report)}）"
        row = _table(writer, sheet, row, title, [BODY_COLUMN] * bodies + header, items, widths)
        row += 1
    fix = [FIX_COLUMN] if fixes else []
    filtered = False  # (one filter a sheet: the first table of places)
    for found, columns, title in (
        (places, PLACE_COLUMNS, f"{PLACES_SAID}（{len(places):,} か所）"),
        (
            years,
            YEAR_PLACE_COLUMNS,
            f"{OTHER_YEAR}集計に含めていないブック（{len(years):,} ファイル）",
        ),
        (others, OTHER_PLACE_COLUMNS, _scaled_title(scaled)),
    ):
        if found:
            headers = [BODY_COLUMN] * bodies + list(columns) + fix
            last = _table(writer, sheet, row, title, headers, found, widths)
            if not filtered:
                sheet.autofilter(row + 1, 0, last - 1, len(headers) - 1)
                filtered = True
            row = last + 1
    if fixes:  # (each once, its text across the columns after its number)
        wide = [widths[0], sum(widths[1:])]
        title = f"{FIX_COLUMN}（上の表の「{FIX_COLUMN}」の番号）"
        rows: Rows = [[number, text] for number, text in enumerate(fixes, start=1)]
        row = _table(writer, sheet, row, title, list(FIXES_HEADER), rows, wide, span=len(widths))
        row += 1
    if listed:  # (the bodies no row was counted of, each with why)
        wide = [widths[0], sum(widths[1:])]
        title = f"{UNCOUNTED_BODIES}（{len(listed):,} 団体）"
        _table(writer, sheet, row, title, list(BODIES_HEADER), listed, wide)
    writer.print_setup(sheet, report, repeat_row=None)
    writer.unprinted(sheet)
    return str(sheet.get_name())


def _caption(report: Report, items: bool, fixes: bool) -> str:
    """What the sheet holds: the rows left out (table_notes.sheet_left_out), the count that
    fixing the errors changes, and the tables below."""
    left_out, summary = report.counted_past, report.wording.summary_title
    reasons = {place.reason for place in left_out.places}
    errors = bool(reasons - {OTHER_SCALE, OTHER_YEAR})
    scaled, dated = OTHER_SCALE in reasons, OTHER_YEAR in reasons
    if not errors and not scaled and not dated:
        return f"{UNCOUNTED_BODIES}があります（下の表の団体。ほかの団体の回答はすべて集計しています）。"
    changes = f"（直した後の件数は「{summary}」の表と異なります）" if errors or dated else ""
    if errors and not dated and all(p.place in left_out.repeats for p in left_out.places):
        changes = f"（再掲の行のため、直しても「{summary}」の表の計は変わりません）"  # (#8)
    if idle := idle_cause([place.place for place in left_out.places], left_out.idle):
        changes = f"（{idle}、直しても「{summary}」の表の件数は変わりません）"  # (review 162 #1)
    tables = [f"その{report.wording.item}"] * items + [PLACES_SAID] * errors
    tables += ["別の年度の調査票だったブック"] * dated
    tables += ["評価尺度が違う団体の値の場所"] * scaled
    said = sheet_left_out(left_out, report.uncounted, changes) + "下の表は、" + "と、".join(tables)
    fixes_said = f"{FIX_COLUMN}は、場所の表の番号で下の「{FIX_COLUMN}」の表に載せています。"
    return f"{said}です。{fixes_said if fixes else ''}"


def _sub_rows(report: Report) -> str:
    """The rows of 細目 the items listed are rated in, said beside their number where there are
    more rows than items: 集計 counts rows (「生涯学習部の実施内容 6 件」), the list items (3:
    review 184 #6, the same rows two numbers); "" where each item is one row."""
    listed = {(body, project, name) for body, project, _number, name in report.counted_past.items}
    rows = [
        entry
        for entry in report.chapter3_rows
        if not entry.status and (entry.body, entry.project_id, entry.item_name) in listed
    ]
    if len(rows) <= len(listed) or not any(entry.sub_item for entry in rows):
        return ""
    return f"、{sub_rows(len(rows), report.wording.sub_item)}"


def _scaled_title(scaled: list[ErrorPlace]) -> str:
    bodies = len({place.body for place in scaled})
    return f"{OTHER_SCALE}集計に含めていない団体の値（{bodies:,} 団体、{len(scaled):,} か所）"


def _width(rows: Rows, column: int) -> float:
    """A column as wide as its widest value (a row too short to reach it aside), 10 to 40."""
    values = [display_width(str(row[column])) + 2.0 for row in rows if column < len(row)]
    return min(max([10.0, *values]), 40.0)


def _bodies(report: Report) -> Rows:
    """Each body as 団体別集計 lists them, with why no row of it was counted ("" if some was)."""
    assert report.body_table is not None
    rows = [row for row in report.body_table.rows[:-1] if not row.sub]  # (合計 last)
    return [
        [row.id, (report.uncounted.get(row.id) or "未集計") if row.blank else ""] for row in rows
    ]


def _places(places: list[ErrorPlace], fixes: list[str], *, bodies: bool) -> Rows:
    """The places' rows, as their table shows them: each fix by its number in ``fixes``."""
    numbers = {fix: number for number, fix in enumerate(fixes, start=1)}
    rows: Rows = []
    for place in places:
        file, _, within = place.place.partition(" › ")
        # (a workbook of another year: left out whole, at the cell stating its year)
        where = WHOLE_FILE if place.whole_file and place.reason != OTHER_YEAR else within
        fix: list[str | int] = [numbers.get(place.hint, "")] if fixes else []
        rows.append([*[place.body] * bodies, file, where, place.message, *fix])
    return rows


def _table(
    writer: Writer,
    sheet: Any,
    row: int,
    title: str,
    headers: list[str],
    rows: list[list[str | int]],
    widths: list[float],
    *,
    span: int = 0,
) -> int:
    """A table's title (on ``row``), header and rows; returns the row below it. With
    ``span``, each row's last value is merged across the columns up to that many."""
    widths = widths[: len(headers)]  # (the items' table may end before the fixes' column)
    writer.text(sheet, row, 0, title, bold=True)
    row += 1
    sheet.set_row(
        row, row_height(max(line_count(h, w) for h, w in zip(headers, widths, strict=True)))
    )
    last = len(headers) - 1  # (the column merged across, with ``span``)
    for column, header in enumerate(headers):
        if span > len(headers) and column == last:
            writer.merged_text(sheet, (row, column), (row, span - 1), header, **HEAD)
        else:
            writer.text(sheet, row, column, header, **HEAD)
    plain, number = writer.fmt(**BODY), writer.fmt(**BODY, align="center")
    for values in rows:
        row += 1
        texts = [(str(v), w) for v, w in zip(values, widths, strict=True)]
        sheet.set_row(row, row_height(max(line_count(text, w) for text, w in texts)))
        for column, value in enumerate(values):
            if span > len(values) and column == last:
                writer.merged_text(sheet, (row, column), (row, span - 1), str(value), **BODY)
            elif isinstance(value, int):
                sheet.write_number(row, column, value, number)
            else:
                writer.put(sheet, row, column, value, plain)
    return row + 1
