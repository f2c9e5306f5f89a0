"""The status workbook sent to departments (実施状況調査票), made from the plan.

One row per item (per sub-item where the plan has them): IDs, names and departments filled in
and locked; the status cell a drop-down of the scale that rejects anything else; the issue cell
free. Repeat listings are shown, locked, as the scale's uncounted symbol. The sheet is a
Chapter 3 table, so a filled-in template is read by every other command as it is.

Split by department, each workbook asks its department to rate the items of the projects it
leads (所管); the items of projects it co-owns (共管) are on a second sheet for reference, with
a cell for its remark. Each workbook says in a locked cell (and its document properties)
which department and round it is for (cycle/marks.py). The items' rows are written by
cycle/form_rows.py; the set of workbooks, named and written together, is cycle/template_set.py's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from planeval.cycle.form_figures import (
    ACTUAL,
    DESCRIPTION_WIDTH,
    description_columns,
    figure_columns,
)
from planeval.cycle.form_figures import WIDTH as FIGURE_WIDTH
from planeval.cycle.form_rows import Formats, department_cell, write_items
from planeval.cycle.form_statuses import (
    FormStatus,
    blank_rules,
    needing_issue,
    status_roles,
    titles_of,
)
from planeval.cycle.form_words import form_subject, form_title, owned_level, reference_sheet
from planeval.cycle.instructions import needs_issue_line, write_instructions
from planeval.cycle.numbered_forms import WIDTHS as NUMBER_WIDTHS
from planeval.cycle.numbered_forms import numbered_apart, numbered_columns
from planeval.cycle.reference import write_reference_sheet
from planeval.fiscal import fiscal_year_label
from planeval.id_order import id_order
from planeval.io.headers import DEFAULT_LAYOUT, Layout
from planeval.marks import (
    ALL_DEPARTMENTS,
    PROPERTY_DEPARTMENT,
    PROPERTY_FISCAL_YEAR,
    mark_text,
    unit,
)
from planeval.plan import Plan, PlanItem
from planeval.report.cell_wrap import text_width
from planeval.report.xlsx_chapter3 import XLSX_UNITS
from planeval.report.xlsx_writer import Writer, page_setup
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
    descriptions: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The status workbook's columns in order, role → title in the body's words: Setagaya's
    情報化計画事業の体系 | 実施内容 | 細目 | 所管部 | 達成状況 | 課題等, without 細目 where no
    item of the plan is rated in parts (an empty column asks departments what to put there);
    the plan's column marking rows titled as the plan titles it (``mark``: 重点), where it has
    one: 事務事業 | 重点 | 所管局, as 川崎市's own forms (its cells read back as the marks);
    an indicator's ``figures`` (cycle/form_figures.py: 基準値 | 目標値 | 実績値) before the status,
    the other ``statuses`` after it (実施状況 | 達成度: cycle/form_statuses.py), the plan's
    ``descriptions`` of its items (事業の概要) right of the item's name."""
    titles: dict[str, str] = {}
    for role in ROLES:
        if role == "status":
            titles |= figures or {}
        if (sub_items or role != "sub_item") and (mark or role != "mark"):
            titles[role] = mark if role == "mark" else getattr(wording, role)
        if role == "item":
            titles |= descriptions or {}
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
    formats = Formats(writer)
    sheet = writer.sheet(form_subject(wording))
    items = items_for(plan, department=department, include_ended=options.include_ended)
    sub_items = any(item.sub_item for item in plan.items)
    figures = figure_columns(plan, options.fiscal_year)
    others = status_roles(options.others)
    descriptions = description_columns(plan)
    titles = columns(
        wording,
        sub_items=sub_items,
        mark=plan.mark_title,
        figures=figures,
        statuses=others,
        descriptions=descriptions,
    )
    if numbered_apart(plan):  # (施策 1-1 › 取組 ①, 1-1-(1): each number in a column of its own)
        numbered = numbered_columns(plan, titles, wording, options.layout)
        assert numbered is not None  # (write_templates refuses a plan without)
        titles = numbered
    typed = not plan.section_title  # (a 課 named in its 局's cell, not in a column of its own)
    widths = column_widths(items, wording.department, typed=typed)
    widths |= dict.fromkeys(others, WIDTHS["status"])
    widths |= dict.fromkeys(descriptions, DESCRIPTION_WIDTH)
    statuses = options.statuses(scale)
    carried = figures | descriptions  # (the plan's cells each row is given, locked)
    rows = write_items(sheet, formats, items, statuses, (titles, widths), carried, typed=typed)
    sheet.write_string(0, 0, title, formats.get(bold=True, font_size=14, locked=True))
    own = unit(plan.departments, wording.department)  # (部, or 課 for a plan of 課; 部局)
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
    # (the level above the rated rows in the policy's word, 運営方針 | 事業番号 | 事業: so on
    # every sheet, the 共管 sheet's first column no longer the preset's 基本方針, review 205 #5)
    upper = wording.policy if titles.get("hierarchy") == wording.policy else ""
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
            upper=upper,
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
        co_owned=any(len(item.departments) > 1 for item in plan.items),
        upper=upper,
    )
    writer.close()
    return rows
