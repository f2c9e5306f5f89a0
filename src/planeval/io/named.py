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

from planeval.ids import lower_mark, parse_item, parse_lower_level, parse_project
from planeval.io.blank_reads import blank_read, rated_beside
from planeval.io.blank_rows import emptied_label, is_label, left_blank
from planeval.io.grid import UNSAVED_FORMULA, SheetGrid, cell_ref
from planeval.io.group_rows import read_group_row
from planeval.io.left_rows import left_in_error, typed_texts
from planeval.io.level_columns import policies_titled
from planeval.io.levels import (
    item_number,
    level_id,
    numbered_project,
    numbers_rows,
    row_number,
)
from planeval.io.named_numbers import cells_of, set_level
from planeval.io.note_rows import read_note
from planeval.io.repeats import named_repeat_symbol
from planeval.io.running_numbers import names_span_rows
from planeval.io.tables import (
    SheetResult,
    TableState,
    add_entry,
    blank_fix,
    row_item,
)
from planeval.item_keys import item_key
from planeval.model import Location, Problem, Severity
from planeval.scale import Scale
from planeval.text import (
    clean_text,
)


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
    new_level = False
    for depth, column in enumerate(header.levels, start=1):
        if column < len(line) and (row, column) not in grid.continued:
            value = clean_text(line[column])
            if value:
                level_cell = [(value, Location(file, grid.name, cell_ref(row, column)))]
                # (「(3) 名前」: the level 3; 「1.1-2 名前」 said)
                set_level(levels, depth, level_id(value, headings), level_cell, result.problems)
                new_level = True
    status_text = texts.get("status")
    has_item_column = "item" in table.columns
    name_role = "item" if has_item_column else "project"
    name = texts.get(name_role, "")
    number = texts.get("number", "")
    if status_text is None:
        if header.project_number and "number" in own and "project" not in own and len(own) > 1:
            # (「(1) 情報モラル教育推進事業」 in 項目 beside its 担当課; alone, a line over a table)
            texts, own = _name_in_number(texts, own)
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
        if not name or not left_blank(grid, row, table, own):
            return read_group_row(
                grid, row, table, result, texts, own, headings, group_slot, scale, file
            )
        status_text = ""  # a rated row left blank: read as one, and said below
    if "status" not in own and (
        not own & {name_role, "number", "sub_item"}
        or (not new_level and _item_again(table, texts, own, name_role))
    ):
        return True  # a row of the item above, its rating merged down over it: one rating
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
        _number_the_first_row(table, result)
    elif (
        header.project_number
        and "project" not in texts
        and "number" in own
        and not table.numbers_rows
        and _group_is_project(table, number)
    ):
        table.numbers_rows = True  # (長与町's 1.1.1 | (blank) | KPI under 「1.1 名前」)
    if header.project_number and "project" not in own and _kana_alone(number):
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
        if is_label(project_text):
            number = number or project_text  # 項目 "ア" beside 指標: the item's label
        elif rated := _item_in_project_column(grid, table, project_text, file, result):
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
        result.problems.append(
            Problem(
                Location(file, grid.name, cell_ref(row, at)),
                Severity.ERROR,
                f"達成状況 '{status_text}' の行に名称がありません"
                + (f"（「{group}」は下の行をまとめる見出しの行のようです）" if group else ""),
                "見出しの行なら評価を消し、評価はその下の行に書いてください。評価する行なら名称を書いてください"
                if group
                else "評価した事業・取組の名称を書いてください",
            )
        )
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
    elif len(path) == 1 and _two_numbers(project[0]):
        # 「1-1 書かない窓口の導入」 under no band row 「1 行政サービス」: its policy is its
        # number's first, as under one (review 63)
        policy = (project[0].partition("-")[0], "")
    if number.isdigit() and has_item_column and len(path) >= 2 and not header.project_number:
        from planeval.io.running_rows import running_row_number  # (rare: imported where asked)

        number = running_row_number(table, result, project, number)  # (施策 | No. | KPI)
    table.project = project
    if len(path) >= 2 and project[0] in levels.ordered:  # (named, not numbered: combined by
        result.unnumbered.add((result.body, *project))  # its name: unnumbered_projects.py)
    table.project_label = levels.typed_of(project[0], lowest=True)
    table.policy_id, table.direction_id = policy[0], direction[0]
    if "project_number" in table.columns:  # (No. | 番号 | …: which is the row's own)
        running = has_item_column and not header.own_item_number  # (取組番号 ③: its own)
        number = row_number(number, texts.get("project_number", ""), project[0], running)
    if number and not has_item_column and number.isdigit() and lower_mark(name):
        number = ""  # (「ア　名前」 beside a running No.: its own mark pairs rounds and plan)
    table.item = item_number(number, name)
    table.repeat_of = None
    if "number" in own and type(typed := line[table.columns["number"]]) is float:
        _number_lost_zero(
            table,
            typed,
            name,
            Location(file, grid.name, cell_ref(row, table.columns["number"])),
            result,
        )
    result.policy_names.setdefault(policy[0], policy[1])
    if direction[0]:
        result.direction_names.setdefault(direction[0], direction[1])
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
        owner = texts.get("department", "")  # (a whole-plan copy: whose row it is)
        item = row_item(table, status_cell, texts.get("sub_item") or None)
        left_in_error(result, table, status_cell, texts.get("sub_item") or None, typed_texts(texts))
        said = f"実施内容「{item}」の達成状況が空です" + (f"（{owner}の行）" if owner else "")
        fix = beside or blank_fix(scale, table, row, texts.get("issue", ""))
        blank = Problem(status_cell, Severity.ERROR, said, fix, kind=kind)
        result.problems.append(blank)  # (an item a copy of the sheet or file may rate: blanks.py)
        key = item_key(project[0], table.item.number, table.item.name)
        result.unrated[blank] = (result.body, *key)
        return True
    split = scale.split_labelled(status_text) if read_as is None else (None, read_as)
    if split is None:
        from planeval.io.swapped_columns import unknown_status  # (an error's: not at start-up)

        result.problems.append(unknown_status(scale, table, status_cell, row, texts))
        left_in_error(result, table, status_cell, texts.get("sub_item") or None, typed_texts(texts))
        return True
    label, symbol = split
    if scale.repeat_symbol is not None:
        counted = named_repeat_symbol(
            tuple(texts.values()), symbol, status_text, status_cell, scale, result.problems, line
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


def _number_lost_zero(
    table: TableState, typed: float, name: str, cell: Location, result: SheetResult
) -> None:
    """A number cell holding a decimal number (1.1) that another item of the table has too:
    Excel keeps 1.10 typed in a number cell as 1.1, so two items share it."""
    shown = clean_text(typed)
    first = table.decimal_numbers.setdefault(shown, name)
    if first != name:
        result.problems.append(
            Problem(
                cell,
                Severity.WARNING,
                f"番号 {shown} が「{first}」と「{name}」の二つにあります。番号のセルが数値のため、"
                f"{shown}0 のような番号の末尾の 0 を Excel が消した可能性があります"
                "（二つとも別の取組として数えています）",
                "番号の列の書式を「文字列」にして、番号を入力し直してください",
            )
        )


def _item_again(
    table: TableState, texts: dict[str, str], own: AbstractSet[str], name_role: str
) -> bool:
    """Whether a row names the rated row above again (its name typed on each of its rows).
    Any other row whose own cells name an item (or a project rated as one) is rated, also
    under a rating merged down over it from the row above: clerks merge neighbours' equal
    ratings into one cell."""
    header = table.header
    assert header is not None
    if "sub_item" in own or table.item is None:
        return False
    number = texts.get("number", "")
    if header.project_number:
        if own & {"number", "project"}:
            return False  # (a project of its own)
        number = ""
    elif name_role == "item" and "project" in own:
        return False
    return item_number(number, texts.get(name_role, "")) == table.item


def _number_the_first_row(table: TableState, result: SheetResult) -> None:
    """The row above, the table's first, read before its No. was known to number the rows:
    its No. (taken for the project's) is its own number too, as every row's after it."""
    typed = table.project_number_typed
    if table.last_entry is None or not typed.isdigit():
        return
    entry = result.entries[table.last_entry]
    if entry.item_no is not None or entry.item_label:  # (「ア 名前」: its own, as the rows')
        return
    result.entries[table.last_entry] = entry._replace(item_no=int(typed), item_label=typed)
    seen = result.items_seen[-1] if result.items_seen else None
    if seen is not None and seen[1:3] == (entry.project_id, None) and seen[3] == entry.item_name:
        result.items_seen[-1] = (seen[0], seen[1], int(typed), seen[3])
    table.item = item_number(typed, entry.item_name)


def _item_in_project_column(
    grid: SheetGrid, table: TableState, text: str, file: str, result: SheetResult
) -> tuple[str, str] | None:
    """群馬県's 「ア 電子申請可能な手続の拡大」 in 項目, under its group row 「(1) 行政手続の
    オンライン化」, beside the 指標 it is measured by and that indicator's figures: the rated
    item's mark and name (review 62: each ア was made a project of its own, the indicator its
    item — 「8つの施策」 where there are three); its 指標 becomes the first of its figures, and
    項目 the column its items' names are in, where a notice points at a name (review 93: at the
    指標's cell, ReadResult.text_columns). None for a project's cell (浜松市's bare 「ア」
    beside its 指標 names no item: is_label)."""
    slots, group = table.levels.slots, table.group_slot()
    if table.values is None or group >= len(slots) or slots[group] is None:
        return None
    spaced = " ".join(text.split(maxsplit=1))  # (「ア　オンライン診療」: a full-width space)
    if parse_lower_level(spaced) is None or not (item := item_number("", spaced)).label:
        return None
    column = table.columns["item"]
    if all(column != own for own, _title in table.values.columns):
        # (titled as the indicator's name, 指標名: beside the item column, titled 指標 too in
        # every output, a second 指標 column broke a CSV read by its header — review 81)
        title = clean_text(grid.value(table.first_row, column)) or "指標"
        title = title if title.endswith("名") else f"{title}名"
        table.values.columns = ((column, title), *table.values.columns)
        names = result.text_columns.get((file, grid.name, table.status_letter))
        if names is not None and names.get("item") == column:
            names["item"] = table.columns["project"]
    return item.label, item.name


def _name_in_number(
    texts: dict[str, str], own: AbstractSet[str]
) -> tuple[dict[str, str], AbstractSet[str]]:
    """A group row's number cell holding its name too, 「(1) 情報モラル教育推進事業」, the
    project's column left blank: its number, 「(1)」, and its project's name, as a clerk who
    typed them in their own cells gives them."""
    parsed = parse_item(texts["number"])
    if parsed.number is None or not parsed.name:
        return texts, own
    return {**texts, "number": parsed.label, "project": parsed.name}, own | {"project"}


def _kana_alone(number: str) -> bool:
    """Whether a number cell holds a kana mark alone, 「ア」「(イ)」."""
    mark = lower_mark(f"{number} ") if number else None
    return mark is not None and not mark[1]


def _two_numbers(level_id: str) -> bool:
    """Whether a level's ID is two numbers, 「1-1」."""
    upper, dash, own = level_id.partition("-")
    return bool(dash) and upper.isdigit() and own.isdigit()


def _group_is_project(table: TableState, number: str) -> bool:
    """io/outline_projects.group_is_project, imported where a table of this shape asks it (長与町's
    outline beside a KPI column; not at start-up)."""
    from planeval.io.outline_projects import group_is_project

    return group_is_project(table, number)
