"""The rows of a status workbook (cycle/template.py writes the rest of it): a heading row per
policy, a band row per direction, and each item's row under the header's titles — its IDs,
names and departments locked, each project's cells merged over its items, the status cells
drop-downs of their scales (a 再掲 row's locked, its scale's uncounted symbol), the issue and
the round's figure free."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import Any

from planeval.cycle.form_figures import ACTUAL, DESCRIPTION, figure_cells
from planeval.cycle.form_figures import WIDTH as FIGURE_WIDTH
from planeval.cycle.form_statuses import FormStatus, choose_from, status_roles
from planeval.cycle.numbered_forms import ITEM_NUMBER, PROJECT_ROLES, numbered_cells
from planeval.marks import co_owned_cell
from planeval.plan import PlanItem
from planeval.report.safety import excel_text
from planeval.report.xlsx_writer import LINE_HEIGHT, Writer, line_count
from planeval.shown_numbers import ShownNumber


class Formats:
    """The report's formats (report.xlsx_writer), asked for by their properties."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer

    def get(self, **properties: Any) -> Any:
        return self.writer.fmt(**properties)


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


def write_items(
    sheet: Any,
    formats: Formats,
    items: Sequence[PlanItem],
    statuses: Sequence[FormStatus],
    columns: tuple[dict[str, str], dict[str, float]],
    figures: Mapping[str, str],
    *,
    typed: bool,
) -> int:
    """The items' rows under the header's titles (columns(): role → title), each column as
    wide as given (a figure's FIGURE_WIDTH; ``figures``: its indicator's,
    form_figures.figure_columns, and its descriptions, 事業の概要), each of ``statuses`` (the counted one first) a drop-down of
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
                if len(merged) > 1 or ITEM_NUMBER in roles:  # (numbers in columns of their own)
                    given |= numbered_cells(item, levelled=len(merged) == 1)
                given |= figure_cells(item, figures)  # (基準値 | 目標値, as the plan has them)
                cells = {role: given[role] for role in roles if role in given}
                if item is project_items[0]:
                    project_cells = cells
                for role, value in cells.items():
                    column = roles.index(role)
                    if column in merged and item is not project_items[0]:
                        continue  # the project's cells are merged over its items below
                    figure = role in figures and not role.startswith(DESCRIPTION)
                    align = "center" if column == mark else "right" if figure else "left"
                    if isinstance(value, ShownNumber):  # (a figure the plan typed as a number)
                        typed_as = (
                            {"num_format": value.number_format} if value.number_format else {}
                        )
                        shown = formats.get(**locked, align=align, **typed_as)
                        sheet.write_number(row, column, value.number, shown)
                        continue
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
