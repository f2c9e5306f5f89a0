"""The status workbook sent to departments (実施状況調査票), made from the plan.

One row per item (per sub-item where the plan has them): IDs, names and departments filled in
and locked; the status cell a drop-down of the scale that rejects anything else; the issue cell
free. Repeat listings are shown, locked, as the scale's uncounted symbol. The sheet is a
Chapter 3 table, so a filled-in template is read by every other command as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from planeval.aggregate import id_order
from planeval.fiscal import fiscal_year_label
from planeval.ids import parse_repeat_of
from planeval.output import check_targets, written_together
from planeval.plan import Plan, PlanItem
from planeval.report.safety import excel_text, sheet_name
from planeval.report.xlsx_writer import LINE_HEIGHT, Writer, line_count
from planeval.scale import DEFAULT_SCALE, Scale

HEADER = ("情報化計画事業の体系", "実施内容", "細目", "所管部", "達成状況", "課題等")
WIDTHS = (34, 44, 14, 24, 10, 44)
STATUS_COLUMN, ISSUE_COLUMN = 4, 5
SHEET = "実施状況"


@dataclass(frozen=True, slots=True)
class TemplateOptions:
    fiscal_year: int
    due: date | None = None
    include_ended: bool = False


def items_for(plan: Plan, *, department: str | None, include_ended: bool) -> list[PlanItem]:
    """The plan's items a workbook asks about, in plan order."""
    items = [item for item in plan.items if include_ended or not item.ended]
    if department is not None:
        items = [item for item in items if department in item.departments]
    return sorted(items, key=lambda item: id_order(item.project_id))


def department_cell(item: PlanItem, department: str | None) -> str:
    """All departments of the item's project; in a department's own workbook, that department
    first with the others it shares the project with."""
    if department is None or len(item.departments) == 1:
        return "、".join(item.departments)
    others = "、".join(d for d in item.departments if d != department)
    return f"{department}（共管: {others}）"


def write_template(
    plan: Plan,
    target: Path,
    scale: Scale,
    options: TemplateOptions,
    *,
    department: str | None = None,
) -> int:
    """Write one status workbook to ``target``; returns the number of rows to fill in."""
    writer = Writer(target, str(target), constant_memory=False)  # (merges over rows, at once)
    label = fiscal_year_label(options.fiscal_year)
    title = f"{label} 情報化計画事業 実施状況調査票"
    writer.book.set_properties({"title": title, "author": "planeval"})
    formats = _Formats(writer)
    sheet = writer.sheet(SHEET)
    items = items_for(plan, department=department, include_ended=options.include_ended)
    rows = _write_items(sheet, formats, items, scale, department)
    sheet.write_string(0, 0, title, formats.get(bold=True, font_size=14, locked=True))
    if department:
        sheet.write_string(1, 0, f"所管部: {department}", formats.get(locked=True))
    sheet.write_string(2, 0, f"達成状況は一覧から選び、{_needs_issue(scale)}", formats.get())
    for column, width in enumerate(WIDTHS):
        sheet.set_column(column, column, width)
    sheet.protect("", {"format_columns": True, "format_rows": True, "autofilter": False})
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(4)
    sheet.set_header(f"&L{title.replace('&', '&&')}&R{(department or '').replace('&', '&&')}")
    sheet.set_footer("&C&P / &N")
    sheet.freeze_panes(5, 0)
    _instructions(writer, formats, scale, options, title)
    writer.book.close()
    return rows


def _needs_issue(scale: Scale) -> str:
    """The rule about issue texts, from the scale: "△・× の場合は課題等を必ず記入してください。"."""
    needing = [status.symbol for status in scale.statuses if status.needs_issue]
    if not needing:
        return "必要に応じて課題等を記入してください。"
    return f"{'・'.join(needing)} の場合は課題等を必ず記入してください。"


def _needs_issue_rule(scale: Scale) -> str:
    """The same rule in the instructions: "△ と × を選んだ場合は、課題等の欄に…"."""
    needing = [status.symbol for status in scale.statuses if status.needs_issue]
    if not needing:
        return "課題等の欄には、必要に応じて理由・課題を記入してください。"
    return f"{' と '.join(needing)} を選んだ場合は、課題等の欄に理由・課題を必ず記入してください。"


class _Formats:
    """The report's formats (report.xlsx_writer), asked for by their properties."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer

    def get(self, **properties: Any) -> Any:
        return self.writer.fmt(**properties)


def _write_items(
    sheet: Any, formats: _Formats, items: Sequence[PlanItem], scale: Scale, department: str | None
) -> int:
    locked = {
        "border": 1,
        "text_wrap": True,
        "valign": "top",
        "bg_color": "#F2F2F2",
        "locked": True,
    }
    head = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "align": "center", "locked": True}
    entry = {"border": 1, "text_wrap": True, "valign": "top", "locked": False}
    status = {**entry, "align": "center", "bg_color": "#FFF2CC"}
    header_row = 4
    for column, title in enumerate(HEADER):
        sheet.write_string(header_row, column, title, formats.get(**head))
    row = header_row
    choices = [symbol for symbol in scale.counted]
    repeat_symbol = scale.uncounted[0] if scale.uncounted else None
    status_rows: list[int] = []
    policy_shown = None
    for direction_id, in_direction in groupby(items, key=lambda item: item.direction_id):
        in_direction_list = list(in_direction)
        first_item = in_direction_list[0]
        if first_item.policy_id != policy_shown and first_item.policy_name:
            # a heading row, so that every command knows the policy's name
            row += 1
            heading = f"（{first_item.policy_id}）情報化政策{first_item.policy_id} {first_item.policy_name}"
            sheet.merge_range(row, 0, row, len(HEADER) - 1, "", formats.get(bold=True, locked=True))
            sheet.write_string(row, 0, heading, formats.get(bold=True, locked=True))
            policy_shown = first_item.policy_id
        row += 1
        name = f"{direction_id} {in_direction_list[0].direction_name}".strip()
        sheet.merge_range(row, 0, row, len(HEADER) - 1, "", formats.get(**locked))
        sheet.write_string(row, 0, name, formats.get(**locked))
        for project_id, in_project in groupby(in_direction_list, key=lambda item: item.project_id):
            project_items = list(in_project)
            first = row + 1
            for item in project_items:
                row += 1
                is_repeat = parse_repeat_of(item.item_name) is not None and repeat_symbol
                cells = (
                    f"{project_id} {item.project_name}",
                    f"{item.item_label} {item.item_name}".strip(),
                    item.sub_item or "",
                    department_cell(item, department),
                )
                for column, value in enumerate(cells):
                    if column == 0 and item is not project_items[0]:
                        continue  # the project cell is merged over its items below
                    sheet.write_string(row, column, excel_text(value)[0], formats.get(**locked))
                if is_repeat:
                    sheet.write_string(
                        row, STATUS_COLUMN, repeat_symbol, formats.get(**locked, align="center")
                    )
                    sheet.write_string(
                        row, ISSUE_COLUMN, "（再掲のため記入不要）", formats.get(**locked)
                    )
                else:
                    sheet.write_blank(row, STATUS_COLUMN, None, formats.get(**status))
                    sheet.write_blank(row, ISSUE_COLUMN, None, formats.get(**entry))
                    status_rows.append(row)
                lines = max(
                    line_count(cells[0], WIDTHS[0]) / len(project_items),
                    *(line_count(cells[column], WIDTHS[column]) for column in (1, 2, 3)),
                )
                sheet.set_row(row, max(lines, 2) * LINE_HEIGHT)
            if row > first:
                sheet.merge_range(first, 0, row, 0, "", formats.get(**locked))
                project = f"{project_id} {project_items[0].project_name}"
                sheet.write_string(first, 0, excel_text(project)[0], formats.get(**locked))
    if status_rows:
        # one rule over every status cell: a drop-down of the scale that rejects anything else
        sheet.data_validation(
            status_rows[0],
            STATUS_COLUMN,
            status_rows[0],
            STATUS_COLUMN,
            {
                "validate": "list",
                "source": choices,
                "error_type": "stop",
                "error_title": "達成状況",
                "error_message": f"達成状況は {' '.join(choices)} から選んでください。",
                "input_title": "達成状況",
                "input_message": "一覧から選んでください",
                "other_cells": [[r, STATUS_COLUMN, r, STATUS_COLUMN] for r in status_rows[1:]],
            },
        )
    return len(status_rows)


def _instructions(
    writer: Writer, formats: _Formats, scale: Scale, options: TemplateOptions, title: str
) -> None:
    sheet = writer.sheet("記入方法")
    sheet.set_column(0, 0, 100)
    lines: list[tuple[str, dict[str, Any]]] = [
        (title, {"bold": True, "font_size": 14}),
        ("", {}),
        (
            "「実施状況」シートの黄色のセルに、実施内容ごとの達成状況を一覧から選んで入力してください。",
            {},
        ),
        ("達成状況の記号の意味:", {"bold": True}),
        *(
            (f"　{s.symbol}　{s.label}" + ("" if s.counted else "（集計の対象外）"), {})
            for s in scale.statuses
        ),
        (_needs_issue_rule(scale), {"bold": True}),
        ("灰色のセル（事業・実施内容・所管部）は変更できません。再掲の行は記入不要です。", {}),
        ("行や列の追加・削除、シート名の変更はしないでください。", {}),
    ]
    if options.due is not None:
        due = options.due
        lines.append((f"提出期限: {due.year}年{due.month}月{due.day}日", {"bold": True}))
    for row, (text, properties) in enumerate(lines):
        if text:
            sheet.write_string(row, 0, text, formats.get(**properties))
    sheet.protect("", {"format_columns": True})
    sheet.set_paper(9)


def template_files(
    plan: Plan, target: Path, *, split_by_department: bool, fiscal_year: int
) -> dict[Path, str | None]:
    """Each workbook to write and the department it is for (None: the whole plan)."""
    if not split_by_department:
        return {target: None}
    files: dict[Path, str | None] = {}
    used: set[str] = set()
    for department in plan.departments:
        name = sheet_name(department, used)  # valid and unique, and short enough for a file name
        files[target / f"実施状況調査票_{fiscal_year}_{name}.xlsx"] = department
    return files


@dataclass(frozen=True, slots=True)
class WrittenTemplate:
    """A status workbook written: where, for which department (None: the whole plan), and
    how many rows it asks to fill in."""

    path: Path
    department: str | None
    rows: int


def write_templates(
    plan: Plan,
    output: Path,
    options: TemplateOptions,
    *,
    scale: Scale = DEFAULT_SCALE,
    split_by_department: bool = False,
    inputs: Sequence[Path] = (),
    force: bool = False,
) -> list[WrittenTemplate]:
    """Write the status workbook (or, split by department, one per department into the folder
    ``output``). Nothing is written if a workbook is one of ``inputs`` or exists without
    ``force``; all are written first, then published together."""
    files = template_files(
        plan, output, split_by_department=split_by_department, fiscal_year=options.fiscal_year
    )
    check_targets(list(files), inputs, force=force)
    written = []
    with written_together(list(files), force=force) as temporary:
        for path, department in files.items():
            rows = write_template(plan, temporary[path], scale, options, department=department)
            written.append(WrittenTemplate(path, department, rows))
    return written
