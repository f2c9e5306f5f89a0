"""The status workbook sent to departments (実施状況調査票), made from the plan.

One row per item (per sub-item where the plan has them): IDs, names and departments filled in
and locked; the status cell a drop-down of the scale that rejects anything else; the issue cell
free. Repeat listings are shown, locked, as the scale's uncounted symbol. The sheet is a
Chapter 3 table, so a filled-in template is read by every other command as it is.

Split by department, each workbook asks its department to rate the items of the projects it
leads (所管); the items of projects it co-owns (共管) are on a second sheet for reference, with
a cell for its remark. Each workbook says in a locked cell (and its document properties)
which department and round it is for (cycle/marks.py). The set of workbooks, named and
written together, is cycle/template_set.py's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from planeval.cycle.form_figures import ACTUAL, figure_cells, figure_columns
from planeval.cycle.form_figures import WIDTH as FIGURE_WIDTH
from planeval.cycle.form_statuses import (
    FormStatus,
    blank_rules,
    choose_from,
    needing_issue,
    status_roles,
    titles_of,
)
from planeval.cycle.form_words import form_subject, form_title, owned_level, reference_sheet
from planeval.cycle.instructions import needs_issue_line, write_instructions
from planeval.cycle.numbered_forms import (
    PROJECT_ROLES,
    numbered_apart,
    numbered_cells,
    numbered_columns,
)
from planeval.cycle.numbered_forms import WIDTHS as NUMBER_WIDTHS
from planeval.cycle.reference import write_reference_sheet
from planeval.fiscal import fiscal_year_label
from planeval.id_order import id_order
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.marks import (
    ALL_DEPARTMENTS,
    PROPERTY_DEPARTMENT,
    PROPERTY_FISCAL_YEAR,
    co_owned_cell,
    mark_text,
    unit,
)
from planeval.plan import Plan, PlanItem
from planeval.report.cell_wrap import text_width
from planeval.report.safety import excel_text
from planeval.report.xlsx_chapter3 import XLSX_UNITS
from planeval.report.xlsx_writer import LINE_HEIGHT, Writer, line_count, page_setup
from planeval.scale import Scale
from planeval.wording import DEFAULT_WORDING, Wording

# each column's role and width; the 細目 column only where the plan rates an item in parts,
# the 重点 one only where the plan marks some rows (Plan.mark_title)
ROLES = ("hierarchy", "item", "sub_item", "mark", "department", "status", "issue")
WIDTHS = dict(zip(ROLES, (34, 44, 14, 8, 24, 10, 44), strict=True)) | NUMBER_WIDTHS


@dataclass(frozen=True, slots=True)
class TemplateOptions:
    fiscal_year: int
    due: date | None = None
    include_ended: bool = False
    wording: Wording = DEFAULT_WORDING  # the body's words in the titles (planeval.toml's)
    layout: Layout = DEFAULT_LAYOUT  # the titles the forms are read back with (planeval.toml's)
    # the status columns beside the counted one, each a second planeval.toml's (a 大綱's 達成度
    # beside its 実施状況: cycle/form_statuses.py)
    others: tuple[FormStatus, ...] = ()

    def statuses(self, scale: Scale) -> tuple[FormStatus, ...]:
        """The forms' status columns: the counted one (of ``scale``), then the others."""
        return (FormStatus(self.wording, scale), *self.others)


def columns(
    wording: Wording,
    *,
    sub_items: bool,
    mark: str = "",
    figures: Mapping[str, str] | None = None,
    statuses: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The status workbook's columns in order, role → title in the body's words: Setagaya's
    情報化計画事業の体系 | 実施内容 | 細目 | 所管部 | 達成状況 | 課題等, without 細目 where no
    item of the plan is rated in parts (an empty column asks departments what to put there);
    the plan's column marking rows titled as the plan titles it (``mark``: 重点), where it has
    one: 事務事業 | 重点 | 所管局, as 川崎市's own forms (its cells read back as the marks);
    an indicator's ``figures`` (cycle/form_figures.py: 基準値 | 目標値 | 実績値) before the status,
    the other ``statuses`` after it (実施状況 | 達成度: cycle/form_statuses.py)."""
    titles: dict[str, str] = {}
    for role in ROLES:
        if role == "status":
            titles |= figures or {}
        if (sub_items or role != "sub_item") and (mark or role != "mark"):
            titles[role] = mark if role == "mark" else getattr(wording, role)
        if role == "status":
            titles |= statuses or {}
    return titles


def items_for(plan: Plan, *, department: str | None, include_ended: bool) -> list[PlanItem]:
    """The plan's items a workbook asks to rate, in plan order: in a department's workbook,
    the items of the projects it leads (所管: the first department the plan lists)."""
    items = [item for item in plan.items if include_ended or not item.ended]
    if department is not None:
        items = [item for item in items if item.departments[:1] == (department,)]
    return sorted(items, key=lambda item: id_order(item.project_id))


def shared_items_for(plan: Plan, *, department: str, include_ended: bool) -> list[PlanItem]:
    """The items of the projects ``department`` co-owns (共管): shown for reference only."""
    items = [
        item
        for item in plan.items
        if (include_ended or not item.ended) and department in item.departments[1:]
    ]
    return sorted(items, key=lambda item: id_order(item.project_id))


def department_cell(item: PlanItem, title: str, *, typed: bool = False) -> str:
    """The lead (所管) of the item's project, then its co-owners: "政策経営部（共管: 財務部）";
    under a column ``title`` of 課 (所管課), the item's 課 where the plan lists one beside its
    部 (所管部 | 所管課: the forms are split by 部, each row's 課 is who answers it); the 課 after
    its 局 where the plan ``typed`` them in one cell (「総務企画局 危機管理室」: plan_sections.py)."""
    if item.section and title.endswith("課"):
        return co_owned_cell((item.section, *item.departments[1:]))
    if item.section and typed:
        return co_owned_cell((f"{item.departments[0]} {item.section}", *item.departments[1:]))
    return co_owned_cell(item.departments) if item.departments else ""


def column_widths(
    items: Sequence[PlanItem], title: str, *, typed: bool = False
) -> dict[str, float]:
    """WIDTHS, the department's as much wider as keeps a line of its cells from falling where
    禁則 moves a break (review 113: 「人事課（共管: 情報政策課／）」 with 「）」 alone on a line)."""
    least = WIDTHS["department"]
    texts = [department_cell(item, title, typed=typed) for item in items]
    return WIDTHS | {"department": text_width(texts, least, XLSX_UNITS.wrap, most=least + 8)}


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
    wording = options.wording
    title = form_title(wording, fiscal_year_label(options.fiscal_year))
    writer.book.set_properties({"title": title, "author": "planeval"})
    writer.book.set_custom_property(PROPERTY_DEPARTMENT, department or ALL_DEPARTMENTS)
    writer.book.set_custom_property(PROPERTY_FISCAL_YEAR, str(options.fiscal_year))
    formats = _Formats(writer)
    sheet = writer.sheet(form_subject(wording))
    items = items_for(plan, department=department, include_ended=options.include_ended)
    sub_items = any(item.sub_item for item in plan.items)
    figures = figure_columns(plan, options.fiscal_year)
    others = status_roles(options.others)
    titles = columns(
        wording, sub_items=sub_items, mark=plan.mark_title, figures=figures, statuses=others
    )
    if numbered_apart(plan):  # (施策 1-1 › 取組 ①, 1-1-(1): each number in a column of its own)
        numbered = numbered_columns(plan, titles, wording, options.layout)
        assert numbered is not None  # (write_templates refuses a plan without)
        titles = numbered
    typed = not plan.section_title  # (a 課 named in its 局's cell, not in a column of its own)
    widths = column_widths(items, wording.department, typed=typed)
    widths |= dict.fromkeys(others, WIDTHS["status"])
    statuses = options.statuses(scale)
    rows = _write_items(sheet, formats, items, statuses, (titles, widths), figures, typed=typed)
    sheet.write_string(0, 0, title, formats.get(bold=True, font_size=14, locked=True))
    own = unit(plan.departments)  # (部, or 課 for a plan of 課)
    mark = mark_text(department, options.fiscal_year, own)  # the workbook knows whose it is
    sheet.write_string(1, 0, mark, formats.get(locked=True))
    actual = f"{figures[ACTUAL]}を記入し、" if figures else ""  # (実績値（令和6年度）)
    chosen = titles_of(statuses)  # (実施状況・達成度)
    prompt = f"{actual}{chosen}は一覧から選び、{needs_issue_line(needing_issue(statuses), wording.issue)}"
    prompt += "".join(blank_rules(statuses))
    sheet.write_string(2, 0, prompt, formats.get())
    for column, role in enumerate(titles):
        sheet.set_column(column, column, widths.get(role, FIGURE_WIDTH))
    sheet.protect("", {"format_columns": True, "format_rows": True, "autofilter": False})
    page_setup(sheet, left=title, right=department or "", repeat_row=4)
    sheet.freeze_panes(5, 0)
    shared = (
        shared_items_for(plan, department=department, include_ended=options.include_ended)
        if department
        else []
    )
    if shared:
        write_reference_sheet(
            writer,
            shared,
            title=title,
            mark=mark,
            wording=wording,
            unit=own,
            sub_items=sub_items,
            department=department or "",
            owned=owned_level(plan, wording),
        )
        if rows == 0:
            note = (
                f"この{own}が所管する{wording.item}はありません（共管の{wording.item}は"
                f"「{reference_sheet(wording)}」シートにあります）"
            )
            sheet.write_string(5, 0, note, formats.get(locked=True))
    write_instructions(
        writer,
        scale,
        options,
        title,
        unit=own,
        department=department or "",
        figures=tuple(figures.values()),
        owned=owned_level(plan, wording),
    )
    writer.close()
    return rows


class _Formats:
    """The report's formats (report.xlsx_writer), asked for by their properties."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer

    def get(self, **properties: Any) -> Any:
        return self.writer.fmt(**properties)


def _write_items(
    sheet: Any,
    formats: _Formats,
    items: Sequence[PlanItem],
    statuses: Sequence[FormStatus],
    columns: tuple[dict[str, str], dict[str, float]],
    figures: Mapping[str, str],
    *,
    typed: bool,
) -> int:
    """The items' rows under the header's titles (columns(): role → title), each column as
    wide as given (a figure's FIGURE_WIDTH; ``figures``: its indicator's,
    form_figures.figure_columns), each of ``statuses`` (the counted one first) a drop-down of
    its scale, each department cell as department_cell (``typed``) shows it; returns how many
    rows ask for a status."""
    titles, widths = columns
    wording, scale = statuses[0]
    roles = list(titles)
    other_columns = [roles.index(role) for role in status_roles(statuses[1:])]
    status_column, issue_column, last = roles.index("status"), roles.index("issue"), len(roles) - 1
    merged = [roles.index(role) for role in PROJECT_ROLES if role in roles]  # (the project's)
    mark = roles.index("mark") if "mark" in roles else -1
    actual_column = roles.index(ACTUAL) if ACTUAL in roles else -1
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
    for column, title in enumerate(titles.values()):
        sheet.write_string(header_row, column, title, formats.get(**head))
    row = header_row
    repeat_symbol = scale.uncounted[0] if scale.uncounted else None
    status_rows: list[int] = []
    policy_shown = None
    # (by policy too: a plan of two levels has no direction, its policies one after another)
    for _direction, in_direction in groupby(
        items, key=lambda item: (item.policy_id, item.direction_id)
    ):
        in_direction_list = list(in_direction)
        first_item = in_direction_list[0]
        # (a heading row, so that every command knows the policy's name; not over a 大綱's
        # 改革項目 1, a project that is its policy, named in its own cells: it would read back
        # as a policy over a project 1-1)
        if (
            first_item.policy_id != policy_shown
            and first_item.policy_name
            and first_item.project_id != first_item.policy_id
        ):
            row += 1
            number = first_item.policy_label or first_item.policy_id  # (Ⅱ as the plan typed it)
            heading = wording.heading(number, first_item.policy_name)
            sheet.merge_range(row, 0, row, last, "", formats.get(bold=True, locked=True))
            sheet.write_string(row, 0, heading, formats.get(bold=True, locked=True))
            policy_shown = first_item.policy_id
        if first_item.direction_id:  # (a band row; a plan of two levels has no direction)
            row += 1
            name = f"{first_item.shown_direction} {first_item.direction_name}".strip()
            sheet.merge_range(row, 0, row, last, "", formats.get(**locked))
            sheet.write_string(row, 0, name, formats.get(**locked))
        for _project, in_project in groupby(in_direction_list, key=lambda item: item.project_id):
            project_items = list(in_project)
            first = row + 1
            for item in project_items:
                row += 1
                is_repeat = repeat_symbol and item.repeat_listing  # (「（2.3再掲）」)
                given = {
                    "hierarchy": f"{item.shown_project} {item.project_name}",  # (1.1.1 as typed)
                    "item": f"{item.item_label} {item.item_name}".strip(),
                    "sub_item": item.sub_item or "",
                    "mark": item.mark,  # (as the plan types it: ●)
                    "department": department_cell(item, wording.department, typed=typed),
                }
                if len(merged) > 1:  # (its numbers in columns of their own)
                    given |= numbered_cells(item)
                given |= figure_cells(item, figures)  # (基準値 | 目標値, as the plan has them)
                cells = {role: given[role] for role in roles if role in given}
                if item is project_items[0]:
                    project_cells = cells
                for role, value in cells.items():
                    column = roles.index(role)
                    if column in merged and item is not project_items[0]:
                        continue  # the project's cells are merged over its items below
                    align = "center" if column == mark else "right" if role in figures else "left"
                    shown = formats.get(**locked, align=align)
                    sheet.write_string(row, column, excel_text(value)[0], shown)
                if is_repeat:
                    sheet.write_string(
                        row, status_column, repeat_symbol, formats.get(**locked, align="center")
                    )
                    sheet.write_blank(row, issue_column, None, formats.get(**locked))
                else:
                    sheet.write_blank(row, status_column, None, formats.get(**status))
                    sheet.write_blank(row, issue_column, None, formats.get(**entry))
                    status_rows.append(row)
                for column in other_columns:  # (locked on a 再掲 row, as its status)
                    shown = formats.get(**(locked if is_repeat else status))
                    sheet.write_blank(row, column, None, shown)
                if actual_column >= 0:  # (the round's figure, filled in; none on a 再掲 row)
                    entered = formats.get(**(locked if is_repeat else entry), align="right")
                    sheet.write_blank(row, actual_column, None, entered)
                lines = max(
                    line_count(cells["hierarchy"], widths["hierarchy"]) / len(project_items),
                    *(
                        line_count(text, widths.get(role, FIGURE_WIDTH))
                        for role, text in cells.items()
                        if role not in PROJECT_ROLES
                    ),
                )
                sheet.set_row(row, max(lines, 2) * LINE_HEIGHT)
            if row > first:
                for column in merged:
                    project = excel_text(project_cells[roles[column]])[0]
                    sheet.merge_range(first, column, row, column, "", formats.get(**locked))
                    sheet.write_string(first, column, project, formats.get(**locked))
    for column, form_status in zip((status_column, *other_columns), statuses, strict=True):
        choose_from(sheet, status_rows, column, form_status)
    return len(status_rows)
