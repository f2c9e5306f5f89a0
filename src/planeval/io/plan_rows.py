"""A plan sheet's rows read into its items: each row's project (番号 in the shapes plan_typed.py
knows, a heading above, a name alone), its item, its departments and 課, its level names, marks and
figures; the numbers not read kept for read_plan (plan_reader.py) to say."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from planeval.ids import circled, parse_item
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.levels import item_number
from planeval.io.plan_figures import (
    SECTION,
    figure_columns,
    figures_of,
    section_column,
    unread_titles,
)
from planeval.io.plan_levels import (
    bracketed_project,
    bracketed_under,
    line_under,
    named_project,
    one_level,
    plan_whole,
    policy_of_parts,
)
from planeval.io.plan_marks import mark_column, said
from planeval.io.plan_numbers import (
    level_words,
    number_column,
    number_like,
    number_title_of,
    policy_unnumbered,
    unread_number,
)
from planeval.io.plan_sections import split_notice, split_unit, with_sections
from planeval.io.plan_sub_items import add_sub_item
from planeval.io.plan_titles import PlanTitles, banded
from planeval.io.plan_typed import (
    NUMBER_ALONE,
    direction_number,
    dotted_shown,
    item_label,
    project_number,
    two_levels,
    two_levels_named,
)
from planeval.model import Location, Problem, Severity
from planeval.plan import Plan, PlanItem, split_departments
from planeval.text import clean_text


def _typed(
    file: str,
    grid: SheetGrid,
    row: int,
    columns: dict[str, int],
    role: str,
    text: Callable[[str], str],
) -> tuple[Location, str]:
    """Where a cell of ``role`` is, and what it holds (a project number not read)."""
    return Location(file, grid.name, cell_ref(row, columns[role])), text(role)


def _two_levels_at(plan: Plan, typed: tuple[Location, str], named: bool = False) -> None:
    """Keep the first project numbered in two levels (Plan.two_levels), its number as typed,
    without the name a ``named`` cell holds after it (「1-1 防災・防犯」: 1-1)."""
    if plan.two_levels is None:
        where, text = typed
        plan.two_levels = (where, text.split()[0] if named else text)


def _project_cell(
    file: str, grid: SheetGrid, row: int, columns: dict[str, int], text: Callable[[str], str]
) -> Location | None:
    """The cell of this row numbering its project (番号), else naming it (事業名); None where
    the row has neither (a project's number merged above, or on a line of its own)."""
    role = next((r for r in ("project_id", "project_name", "project") if text(r)), None)
    return _typed(file, grid, row, columns, role, text)[0] if role else None


def _below(grid: SheetGrid, row: int) -> list[object]:
    """The cells of the first row below ``row`` with a text in it ([] where none is)."""
    for at, cells in grid.iter_rows():
        if at > row and any(map(clean_text, cells)):
            return cells
    return []


def _cell_reader(cells: list[object], columns: dict[str, int]) -> Callable[[str], str]:
    """The cleaned text of the cell of each role in this row ("" where there is no such column)."""

    def text(role: str) -> str:
        column = columns.get(role)
        return clean_text(cells[column]) if column is not None and column < len(cells) else ""

    return text


def read_plan_sheet(
    grid: SheetGrid,
    file: str,
    plan: Plan,
    titles: PlanTitles,
    words: Mapping[str, str] | None = None,
) -> tuple[Location, str, str, str] | None:
    """The sheet's items into ``plan``; the first project number it could not read, if any,
    with its column's title and its own fix ("": the shapes read) (a plan numbered 1-1 or 1.1:
    said when no item at all was read; else each such number is an error at its cell, its
    items left out: plan_numbers.py)."""
    unread: tuple[Location, str, str, str] | None = None
    number_title = ""  # (the project number column's title: 施策番号)
    # (each number of its own column not read, at its first cell: the cells of its items)
    unread_items: dict[tuple[Location, str, str], list[str]] = {}
    skipped: tuple[Location, str, str] | None = None  # (the number the rows now are under)
    columns: dict[str, int] | None = None
    project: tuple[str, str, str] | None = None  # (ID, name, number as typed where not as ID)
    policy_names: dict[str, str] = {}
    direction_names: dict[str, str] = {}
    departments: dict[str, tuple[str, ...]] = {}  # per project: blank cells repeat the above
    sections: dict[str, str] = {}  # (the 課 named after the lead's 局 in its cell)
    split_cells: list[tuple[Location, str, str]] = []  # (the cells so read: text, lead)
    unit, title = "", ""  # (what a cell naming a 局 and its 課 is split by: plan_sections.py)
    department_cells: dict[str, Location] = {}  # per project: the cell that named them
    marks = None  # (its column marking rows, 重点, where it has one)
    figures: tuple[tuple[int, str], ...] = ()  # (an indicator's: 基準値 | 目標値)
    policy: tuple[str, str] | None = None  # (the policy heading above: 基本方針1 …)
    line: tuple[str, str, str] | None = None  # (the direction's line under it: (1)　…)
    named_projects: dict[tuple[str, str], str] = {}  # (unnumbered, under a heading: 1-1 …)
    typed_projects: dict[str, str] = {}  # (a project's number typed otherwise: 1-(4))
    above: PlanItem | None = None  # (the item a row naming only its 細目 rates a part of)
    for row, cells in grid.iter_rows():
        found = titles.columns(cells, file, grid.name, row, partial(_below, grid, row))
        if found is not None:
            found = found | section_column(cells, found)  # (所管課 beside 所管部: the 課)
            if SECTION in found:
                plan.section_title = clean_text(cells[found[SECTION]])
            columns, project, skipped, above = found, None, None, None
            title = clean_text(cells[found["department"]]) if "department" in found else ""
            unit = "" if SECTION in found else split_unit(title, words)  # (所管局・課: 局)
            number_title = number_title_of(cells, found, words or {})
            if plan.number_column is None and "project_id" in found:
                plan.number_column = number_column(cells, found, number_title)
            said(marks, plan)
            header = Location(file, grid.name, cell_ref(row, found.get("mark", 0)))
            marks = mark_column(plan, cells, found, header)
            figures = figure_columns(cells, found)
            plan.unread_columns += unread_titles(cells, found, figures, at=(file, grid.name, row))
            continue
        heading = titles.heading(cells)
        if heading is not None:
            policy_names.setdefault(*heading)
            policy, line = heading, None
            if columns is not None and banded(columns):  # (the band row is its items' project)
                project, skipped = (*heading, ""), None
            continue
        if policy is not None and (
            under := line_under(cells, columns, policy, titles.heading_words)
        ):
            line = under
            direction_names.setdefault(*under[:2])
            continue
        if columns is None:
            continue
        text = _cell_reader(cells, columns)
        if whole := plan_whole(text, columns, (file, grid.name, row), project, plan.problems):
            project, skipped = whole[1], None  # (1-(1)-① numbering each level: review 185 #3)
        elif "project_id" in columns:
            parsed = project_number(
                text("project_id"), file, grid, row, columns, "project_id", plan, project
            )
            if parsed:
                named = text("project_name") or parsed.name or text("project")
                project, skipped = (parsed.id, named, parsed.typed), None
            elif (two := two_levels(text("project_id"))) is not None and (
                placed := bracketed_under(
                    text("project_id"), two[0], text("policy_id") or text("policy_name"), policy
                )
            ):  # (「(2)-2」 under its row's 基本方針 「1 …」: 1-2-2, shown 1-(2)-2 — review 174)
                project = (placed[0], text("project_name") or text("project"), placed[1])
            elif two is not None:
                # a plan of two levels (Gunma's 1-(1) 項目 over indicators ア, イ): the project
                # is its own number, under the policy of its first (its rows read so too)
                project = (two[0], text("project_name") or text("project"), two[1])
                if not two[1] and text("project_id") != two[0]:  # (「1-(4)」: the forms' too)
                    typed_projects[two[0]] = text("project_id")
                _two_levels_at(plan, _typed(file, grid, row, columns, "project_id", text))
            elif (pillar := two_levels_named(text("project_id"))) is not None:
                # (枚方市's 施策の柱 「1-1 防災・防犯」 over its 施策 No. 1, 2 …: review 75)
                project = (pillar[0], text("project_name") or pillar[1], "")
                _two_levels_at(plan, _typed(file, grid, row, columns, "project_id", text), True)
            elif (upper := one_level(text("project_id"))) is not None:
                # (a 行政改革大綱's 改革項目番号 「1」 over its 取組番号 「(1)」: review 85; 「1.」
                # under its 改革の柱, shown as typed: review 114)
                named = text("project_name") or text("project") or upper[1]
                project = (upper[0], named, dotted_shown(text("project_id"), upper[0]))
            elif text("project_id"):
                not_read = (*_typed(file, grid, row, columns, "project_id", text), number_title)
                unread = unread or (*not_read, "")
                if number_like(not_read[1]) and (skipped is None or skipped[1] != not_read[1]):
                    # (1-1-①: its rows are under no project read — never the one above)
                    project, skipped = None, not_read
                    unread_items[not_read] = []
        elif text("project"):
            parsed = project_number(
                text("project"), file, grid, row, columns, "project", plan, project
            )
            direction = None if parsed else direction_number(text("project"))
            rated = bool(text("item") or text("item_name"))  # (an item's row, not a level's)
            policy_cell = text("policy_id") or text("policy_name")
            if parsed:
                project = (parsed.id, parsed.name, parsed.typed)
            elif direction and not rated:
                direction_names.setdefault(direction.id, direction.name)
                continue
            elif direction and direction.name:
                # a plan of two levels, its project 「1-1 防災・防犯」 on each of its items' rows
                # (枚方市's 施策の柱 over its 施策: review 75)
                project = (direction.id, direction.name, "")
                _two_levels_at(plan, _typed(file, grid, row, columns, "project", text), True)
            elif (pillar := two_levels_named(text("project"))) is not None and rated:
                # (a 施策 「1-(1) 防災・減災の推進」 over its 事業: review 143 #3)
                project = (pillar[0], pillar[1], "")
                typed_projects[pillar[0]] = text("project").split()[0]
                _two_levels_at(plan, _typed(file, grid, row, columns, "project", text), True)
            elif (upper := one_level(text("project"))) is not None and rated:
                # (a 行政改革大綱's 改革項目 「1　事務事業の見直し」 over 「(1) 補助金の見直し」)
                project = (upper[0], upper[1], "")
            elif upper is not None:  # (a policy's own row in the project column)
                policy_names.setdefault(*upper)
                continue
            elif (own := bracketed_project(text("project"), policy_cell, policy)) and rated:
                # (施策 「（１）防災・減災の推進」 beside 基本目標 「１ 安心して…」: review 143 #3)
                project = (*own[:2], "")
                typed_projects[own[0]] = own[2]
                _two_levels_at(plan, (_typed(file, grid, row, columns, "project", text)[0], own[2]))
            elif (named_id := named_project(text("project"), policy, named_projects)) is not None:
                project = (named_id, text("project"), "")  # (its name alone, under 「柱1 …」)
            else:
                role = "policy_id" if text("policy_id") else "policy_name"
                cell = _typed(file, grid, row, columns, role, text) if policy_cell else None
                fix = policy_unnumbered(text("project"), cell, words)  # (「(1) …」: review 143)
                unread = unread or (
                    *_typed(file, grid, row, columns, "project", text),
                    number_title,
                    fix,
                )
        number, typed = text("item_no"), ""
        if "item_name" not in columns and not item_label(number):
            item = parse_item(text("item"))  # (its number in its cell: 「① 名前」)
            if number and NUMBER_ALONE.match(number) is None:
                typed = number  # (a code of its own, 「KPI1-1-1」: no level's number)
        else:  # (its number in a column of its own: 取組番号 | 取組, or 実施内容番号 | 実施内容名)
            name = text("item_name") if "item_name" in columns else text("item")
            item = parse_item(f"{number} {name}" if number else name)
            if number.isdecimal():  # (not ①, which isdigit takes and int does not)
                item, typed = type(item)(int(number), circled(int(number)), name), number
            elif number and item.number is None:  # an indicator's ア, イ: its label, as read
                item = item_number(number, name)
        item = item_number(number, item.name, whole[0]) if whole else item  # (① of 1-(1)-①)
        if not item.name:
            if text("sub_item") and (project is not None or skipped is None):
                # (a 細目 on a row of its own, below its item's: review 178 #1)
                at = _typed(file, grid, row, columns, "sub_item", text)[0]
                figured = figures_of(grid, row, figures)
                add_sub_item(plan, above, project and project[0], at, text("sub_item"),
                             text("treatment"), figured)  # fmt: skip
            continue
        where = Location(
            file, grid.name, cell_ref(row, columns.get("item", columns.get("item_name", 0)))
        )
        if project is None and skipped is not None:
            unread_items[skipped].append(where.cell or "")
            continue
        if project is None:
            word = level_words(words)
            plan.problems.append(
                Problem(
                    where,
                    Severity.ERROR,
                    f"どの{word['project']}の{word['item']}か分かりません"
                    f"（上に{number_title or word['project'] + '番号'}がありません）",
                )
            )
            continue
        project_id, project_name, project_label = project
        if text("department"):
            owners = with_sections(split_departments(text("department")), unit)
            departments[project_id], sections[project_id] = owners
            department_cells[project_id] = Location(
                file, grid.name, cell_ref(row, columns["department"])
            )
            if owners[1]:  # (「総務企画局 危機管理室」: 総務企画局, its 課 the row's section)
                split_cells.append((department_cells[project_id], text("department"), owners[0][0]))
        policy_id = project_id.split("-")[0]
        direction_id = project_id.rsplit("-", 1)[0] if project_id.count("-") > 1 else ""
        if (typed_policy := policy_of_parts(text("policy_name"), project_id)) is not None:
            policy_id = typed_policy  # (政策 「1-1 …」 over 1-1-1: its own, no direction)
            direction_id = "" if direction_id == policy_id else direction_id
        typed_direction = ""  # (its line's 「(1)」, shown so where its number says 1.1: review 116)
        if (
            line is not None
            and line[0].startswith(f"{policy_id}-")
            and direction_id in ("", line[0])
        ):
            direction_id, typed_direction = line[0], line[2]  # (1.1 under 「(1)　…」)
        above = PlanItem(
            location=where,
            policy_id=text("policy_id") or policy_id,
            direction_id=text("direction_id") or direction_id,
            project_id=project_id,
            project_name=project_name,
            item_no=item.number,
            item_label=item.label,
            item_typed=typed,
            item_name=item.name,
            treatment=text("treatment"),
            reason=text("reason"),
            dx_pillar=text("dx_pillar"),
            departments=departments.get(project_id, ()),
            department_location=department_cells.get(project_id),
            sub_item=text("sub_item") or None,
            card_item=text("card_item"),
            policy_name=text("policy_name")  # (「基本目標2 …」 whole: plan_through, plan_names)
            or policy_names.get(policy_id, "")
            or (project_name if policy_id == project_id else ""),  # (改革項目 1 is both)
            direction_name=text("direction_name") or direction_names.get(direction_id, ""),
            project_label=project_label,
            mark=text("mark"),
            direction_label=typed_direction,
            project_typed=typed_projects.get(project_id, ""),
            figures=figures_of(grid, row, figures),
            section=text(SECTION) or sections.get(project_id, ""),
            project_cell=_project_cell(file, grid, row, columns, text),
        )
        plan.items.append(above)
        if marks is not None:
            marks.read(where, text("mark"), cell_ref(row, marks.column))
    said(marks, plan)
    if split_cells:
        plan.problems.append(split_notice(split_cells, title, unit))
    # (where no item of the plan is read, read_plan's one error says the first instead; a
    # number with no item under it heads nothing: nothing is left out)
    plan.problems += [
        unread_number(*number, cells, words) for number, cells in unread_items.items() if cells
    ]
    return unread
