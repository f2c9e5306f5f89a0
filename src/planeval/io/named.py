"""Reading a table whose hierarchy is written in names, not in Setagaya's 1-1-1 IDs: one
column per level (政策 | 施策 | 事務事業名, numbers inside the names or in a No. column, the
level cells merged down or repeated), headings above the tables (基本方針1 …, 施策27「…」) or
band rows inside them, group rows ((1) … unrated, its ア, イ rated below), and tables rated at
the project level (no item column: the row's project is what is rated).

Each rated row becomes an entry whose policy is the top level, whose project is the level
directly above the rated row (or the policy, where there is only one), and whose item is the
rated row: its number (No. column, or the numbering at the start of its name) and its name.
A number column beside the project column, where an item column rates below the projects
(番号 | 事務事業名 | 取組内容), is the project's number instead: the rows with one number are one
project, whose items are numbered by their own names (①, (1) …). Levels without a number of
their own are numbered in the order they appear; a level typed again on the next row is the
same level."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from planeval.ids import lower_mark, parse_project
from planeval.io.blank_reads import blank_read, rated_beside
from planeval.io.blank_rows import emptied_label, is_label, left_blank
from planeval.io.grid import UNSAVED_FORMULA, SheetGrid, cell_ref
from planeval.io.group_rows import named_group, read_group_row, start_group
from planeval.io.left_rows import left_in_error, typed_texts
from planeval.io.level_columns import policies_titled
from planeval.io.levels import (
    item_number,
    level_id,
    number_id,
    numbered_project,
    numbers_rows,
    row_number,
)
from planeval.io.merged_ratings import merged_over_another
from planeval.io.named_numbers import cells_of, name_levels, set_level, whole_levels
from planeval.io.named_rows import (
    group_is_project,
    group_mark,
    item_again,
    item_in_project_column,
    kana_alone,
    name_in_number,
    nameless,
    number_lost_zero,
    number_the_first_row,
    two_numbers,
)
from planeval.io.note_rows import read_note
from planeval.io.repeats import named_repeat_symbol
from planeval.io.running_numbers import names_span_rows
from planeval.io.tables import (
    SheetResult,
    TableState,
    add_entry,
)
from planeval.io.wrapped_names import UNSURE, WRAPPED, wrapped_fix, wrapped_rows
from planeval.item_keys import item_key
from planeval.model import Location, Problem, Severity
from planeval.scale import Scale
from planeval.text import (
    clean_text,
)

# the cells of a row of its own: a row naming none beside a number merged down may continue
_OWN_ROW = frozenset({"project", "status", "sub_item"})


def read_named_row(
    grid: SheetGrid,
    row: int,
    table: TableState,
    file: str,
    scale: Scale,
    result: SheetResult,
    texts: dict[str, str],
    own: AbstractSet[str],
    headings: tuple[str, ...],
) -> bool:
    """Read one row of a named table; False when it is a text row outside the table."""
    if "status" not in texts and read_note(
        grid, row, table, scale, file=file, problems=result.problems
    ):
        return False  # (「※…は選択してください」 under the header: no level's name, review 79)
    header = table.header
    assert header is not None
    levels = table.levels
    line = grid.row(row)
    group_slot = table.group_slot()
    project_slot = group_slot + 1
    # (a No. numbering every level of the row, 「2-(1)-②」: each level's ID — review 185 #1)
    whole, new_level = whole_levels(grid, row, table, file, result, texts)
    for depth, column in enumerate(header.levels if whole is None else (), start=1):
        if column < len(line) and (row, column) not in grid.continued:
            value = clean_text(line[column])
            if value:
                level_cell = [(value, Location(file, grid.name, cell_ref(row, column)))]
                # (「(3) 名前」: the level 3; 「1.1-2 名前」 said)
                numbered = level_id(value, headings, bare=True)  # (「柱１」: 1, unnamed)
                set_level(levels, depth, numbered, level_cell, result.problems)
                new_level = True
    texts, own, wrapped = wrapped_rows(grid, row, table, file, result, texts, own)
    if wrapped == WRAPPED:
        return True  # (its name wrapped onto the next row, rated there: read there)
    status_text = texts.get("status")
    has_item_column = "item" in table.columns
    name_role = "item" if has_item_column else "project"
    name = texts.get(name_role, "")
    number = texts.get("number", "")
    if (
        "number" in texts
        and "number" not in own
        and "item" in own
        and not own & _OWN_ROW
        and not new_level
        and has_item_column
    ):
        # (its number merged down from the row above: one rated row split over two, review 135)
        from planeval.io.merged_rows import continues_above

        if continues_above(grid, row, table, file, result, texts):
            return True
    if status_text is None:
        if header.project_number and "number" in own and "project" not in own and len(own) > 1:
            # (「(1) 情報モラル教育推進事業」 in 項目 beside its 担当課; alone, a line over a table)
            texts, own = name_in_number(texts, own)
            name = texts.get(name_role, "")
        if (
            not name
            and (mark := emptied_label(texts, own, has_item_column))
            and left_blank(grid, row, table, own)
        ):
            result.problems.append(
                Problem(
                    Location(file, grid.name, f"{table.status_letter}{row + 1}"),
                    Severity.ERROR,
                    f"「{mark}」の行の名称と達成状況が空です",
                    "行を削除したのでなければ、名称と達成状況を記入してください",
                )
            )
            return True
        if not name or not (wrapped == UNSURE or left_blank(grid, row, table, own)):
            return read_group_row(
                grid, row, table, result, texts, own, headings, group_slot, scale, file
            )
        status_text = ""  # a rated row left blank: read as one, and said below
    if "status" not in own and (
        not own & {name_role, "number", "sub_item", "project"}
        or (not new_level and item_again(table, texts, own, name_role))
    ):
        # a row of the item above, its rating merged down over it: one rating — not a row
        # naming a project of its own under an item merged down over several (取組み over
        # 事業名 read as titled: a co-owner's blank row and its remark went unsaid, review 169 #1)
        return True
    if header.project_number and not table.numbers_rows and "project" in own:
        says = numbers_rows(grid, row, table.columns, "number", texts)
        table.numbers_rows = (
            names_span_rows(grid, table, result.number_reading) if says is None else says
        )
    if (
        header.project_number
        and "project" not in own
        and "number" in own
        and not table.numbers_rows
        and number != table.project_number_typed
        and number.isdigit()
    ):
        # a number of its own on a row of the project above (merged down): the No. column
        # numbers the rows, not the projects (No. 1, 2, 3 beside one 「1.1 …」) — unless it is
        # a project's ID (1-2-1 on every row, 事業名 left blank): that numbers the projects
        table.numbers_rows = True
        number_the_first_row(table, result)
    elif (
        header.project_number
        and "project" not in texts
        and "number" in own
        and not table.numbers_rows
        and group_is_project(table, number)
    ):
        table.numbers_rows = True  # (長与町's 1.1.1 | (blank) | KPI under 「1.1 名前」)
    if whole is not None:
        pass  # (its project the No.'s: whole_levels)
    elif header.project_number and "project" not in own and kana_alone(number):
        pass  # 「ア」 under its project's row 「(1) | 事業名」: the indicator's own mark
    elif header.project_number and not table.numbers_rows:
        if "number" in own or "project" in own:  # (else the project above continues)
            cells = cells_of(texts, ("number", "project"), table.columns, (file, grid.name, row))
            set_level(levels, project_slot, numbered_project(texts), cells, result.problems)
            table.project_number_typed = number
        number = ""  # (the item's number is at the start of its name, if anywhere)
    elif header.project_number:
        if "project" in own:
            levels.set(project_slot, *numbered_project(texts, rows=True))
        if item_number("", name).label:
            number = ""  # (a running No. beside 「(1)ア …」: the name's own number pairs rounds)
    elif has_item_column and "project" in own:
        project_text = texts["project"]
        if (grouped := group_mark(project_text)) is not None:  # 「(1)ア」: (1) over 「ア」
            group, group_typed, mark = grouped
            start_group(table, result, group_slot, (group, "", group_typed))
            number = number or mark
        elif is_label(project_text):
            number = number or project_text  # 項目 "ア" beside 指標: the item's label
        elif rated := item_in_project_column(grid, table, project_text, file, result):
            number, name = rated  # (its 指標 one of its figures)
        else:
            if not table.numbers_rows and "project_number" in texts:
                says = numbers_rows(grid, row, table.columns, "project_number", texts)
                table.numbers_rows = (
                    names_span_rows(grid, table, result.number_reading, "project_number")
                    if says is None
                    else says
                )
            numbered = numbered_project(texts, "project_number", table.numbers_rows)
            roles = () if table.numbers_rows else ("project_number", "project")
            cells = cells_of(texts, roles, table.columns, (file, grid.name, row))
            set_level(levels, project_slot, numbered, cells, result.problems)
    if not name:
        project_text = texts.get("project", "")
        # (a 項目 cell holding the item's own mark, 「イ」, is no heading row's name)
        group = (
            project_text
            if has_item_column and "project" in own and not is_label(project_text)
            else ""
        )
        at = table.columns["status" if group else name_role]  # (where the fix is made)
        told = nameless(Location(file, grid.name, cell_ref(row, at)), status_text, group, texts)
        result.problems.append(told)
        if group and told.is_error:  # (its rating an error: the rows below it still its group's)
            named_group(table, result, group_slot, group, numbered=True)
        return True
    path = levels.path() or [("", "")]
    policy, project = path[0], path[-1]
    direction = path[1] if len(path) >= 3 else table.caption_direction or ("", "")
    # the project's own ID of three numbers (1-1-1, made so from 1.1.1 or １－１－１ typed) is
    # one as parse_project reads a cell: its policy (1) and direction (1-1) in it
    own_project = parse_project(project[0]) if len(path) <= 2 else None
    if own_project is not None and not own_project.name:
        own_direction, _, _ = own_project.id.rpartition("-")
        own_policy = own_project.id.partition("-")[0]
        if len(path) == 1:
            # a project ID alone, no level above it (番号 1-1-1 | 計画事業名): its policy and
            # direction are in its own number, as in Setagaya's tables — not the project itself
            policy, direction = (own_policy, ""), (own_direction, "")
        elif policy[0] == own_direction and not policies_titled(grid, table):
            # one level above it numbered as its direction (施策 1-2 | 事業名 | No. 1-2-1), no
            # heading naming a policy: that level is the direction, the policy its number's —
            # unless its word names the top level (its column titled 政策, or a heading 「政策1-1
            # …」: 川崎市's four 政策 as typed, not two made of their numbers' first part)
            policy, direction = (own_policy, ""), policy
    elif len(path) == 1 and two_numbers(project[0]):
        # 「1-1 書かない窓口の導入」 under no band row 「1 行政サービス」: its policy is its
        # number's first, as under one (review 63)
        policy = (project[0].partition("-")[0], "")
    elif project == ("", "") and two_numbers(stated := number_id(number) or ""):
        # 「1-1 | 子育て関係手続のオンライン化」 with no band row nor level above it: the item's
        # ID states its policy, its first number, as a band row 「【分野1】…」 would (review 133)
        policy = project = (stated.partition("-")[0], "")
    if number.isdigit() and has_item_column and len(path) >= 2 and not header.project_number:
        from planeval.io.running_rows import running_row_number  # (rare: imported where asked)

        number = running_row_number(table, result, project, number)  # (施策 | No. | KPI)
    table.project = project
    if len(path) >= 2 and project[0] in levels.ordered:  # (named, not numbered: combined by
        result.unnumbered.add((result.body, *project))  # its name: unnumbered_projects.py)
    table.project_label = levels.typed_of(project[0], lowest=True)
    table.policy_id, table.direction_id = policy[0], direction[0]
    if "project_number" in table.columns and whole is None:  # (No. | 番号 | …: the row's own)
        running = has_item_column and not header.own_item_number  # (取組番号 ③: its own)
        number = row_number(number, texts.get("project_number", ""), project[0], running)
    if number and not has_item_column and number.isdigit() and lower_mark(name):
        number = ""  # (「ア　名前」 beside a running No.: its own mark pairs rounds and plan)
    table.item = item_number(number, name, whole)
    table.repeat_of = None
    if "number" in own and type(typed := line[table.columns["number"]]) is float:
        number_lost_zero(
            table,
            typed,
            name,
            Location(file, grid.name, cell_ref(row, table.columns["number"])),
            result,
        )
    name_levels(result, levels, policy, direction)
    levels.note_typed(result.level_labels, policy[0], direction[0])
    result.items_seen.append((result.body, project[0], table.item.number, table.item.name))
    result.project_policies.setdefault((result.body, project[0]), policy[0])
    status_cell = Location(file, grid.name, f"{table.status_letter}{row + 1}")
    if table.marks is not None:  # (「重点」○: what 「（うち重点3事業）」 counts; shown on a
        # row left out for its error too: left_in_error's below)
        table.marks.read(status_cell, texts.get("mark", ""), cell_ref(row, table.columns["mark"]))
    if not status_text and (row, table.status_column) in grid.unsaved_formulas:  # (=IF(…))
        result.problems.append(Problem(status_cell, Severity.ERROR, *UNSAVED_FORMULA))
        left_in_error(result, table, status_cell, texts.get("sub_item") or None, typed_texts(texts))
        return True  # (filled in by a formula: no department to ask for it again)
    # (a blank the settings read as a row not rated, or one whose row rates in another column)
    read_as, beside, kind = (
        blank_read(table, line, status_cell) if not status_text else (None, "", "")
    )
    if not status_text and read_as is None:
        from planeval.io.blank_status import blank_fix, row_item  # (a blank status: few rows)

        owner = texts.get("department", "")  # (a whole-plan copy: whose row it is)
        item = row_item(table, status_cell, texts.get("sub_item") or None)
        left_in_error(result, table, status_cell, texts.get("sub_item") or None, typed_texts(texts))
        said = f"実施内容「{item}」の達成状況が空です" + (f"（{owner}の行）" if owner else "")
        fix = beside or wrapped_fix(row, wrapped)
        fix = fix or blank_fix(scale, table, row, texts.get("issue", ""), line)
        blank = Problem(status_cell, Severity.ERROR, said, fix, kind=kind)
        result.problems.append(blank)  # (an item a copy of the sheet or file may rate: blanks.py)
        key = item_key(project[0], table.item.number, table.item.name)
        result.unrated[blank] = (result.body, *key)
        return True
    if "status" not in own and merged_over_another(grid, row, table, file, result, texts):
        return True  # (another item's rating merged over its row, on planeval's form)
    split = scale.split_labelled(status_text) if read_as is None else (None, read_as)
    if split is None:
        from planeval.io.swapped_columns import unknown_status  # (an error's: not at start-up)

        result.problems.append(unknown_status(scale, table, status_cell, row, texts))
        left_in_error(result, table, status_cell, texts.get("sub_item") or None, typed_texts(texts))
        return True
    label, symbol = split
    if scale.repeat_symbol is not None:
        counted = named_repeat_symbol(
            tuple(texts.values()),
            symbol,
            status_text,
            status_cell,
            scale,
            result.problems,
            line,
            table.status_title,
        )
        if counted is None:  # (said: a repeat listing's status on a row repeating nothing)
            left_in_error(
                result, table, status_cell, texts.get("sub_item") or None, typed_texts(texts)
            )
            return True
        symbol, table.repeat_of = counted  # (what it repeats: combine and validate ask)
    sub_item = texts.get("sub_item") or None
    if label:
        sub_item = f"{sub_item} {label}" if sub_item else label
    issue, department = texts.get("issue", ""), texts.get("department", "")
    add_entry(result, table, status_cell, sub_item, symbol, status_text, issue, department)
    if table.blank_beside and symbol != table.blank:  # (a rating beside 取組中: blank_reads)
        rated_beside(result.problems, table, line, status_cell, status_text)
    if table.values is not None:  # (an indicator's figures: 策定時 | 現状値 | 目標値)
        table.values.read(grid, row, status_cell)
    return True
