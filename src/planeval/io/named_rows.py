"""The named reader's questions of one row (io/named.py): a number Excel kept without its
last 0, an item's name typed again on its next row, the table's first row numbered once its
No. is known, 群馬県's ア … in the project's column, a group row's name typed in its number
cell, a kana mark alone, a group that is a project (長与町's outline), a group and its
mark in one cell (「(1)ア」), a rated row with no name (a total row's count in a word not read)."""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from planeval.ids import KATAKANA, lower_mark, parse_item, parse_lower_level
from planeval.io.blank_rows import is_label
from planeval.io.grid import SheetGrid
from planeval.io.levels import item_number
from planeval.io.tables import SheetResult, TableState
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text, compact


def number_lost_zero(
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


def item_again(
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


def number_the_first_row(table: TableState, result: SheetResult) -> None:
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


def item_in_project_column(
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


def name_in_number(
    texts: dict[str, str], own: AbstractSet[str]
) -> tuple[dict[str, str], AbstractSet[str]]:
    """A group row's number cell holding its name too, 「(1) 情報モラル教育推進事業」, the
    project's column left blank: its number, 「(1)」, and its project's name, as a clerk who
    typed them in their own cells gives them. A number cell of numbers only, 「(5)-16」, holds
    no name: its item's own number, on a row whose project cell is merged down from above (a
    blank rating there read as a new 改革項目 「-16」 over the items below it, review 195 #1)."""
    if is_label(texts["number"]):
        return texts, own
    parsed = parse_item(texts["number"])
    if parsed.number is None or not parsed.name:
        return texts, own
    return {**texts, "number": parsed.label, "project": parsed.name}, own | {"project"}


def kana_alone(number: str) -> bool:
    """Whether a number cell holds a kana mark alone, 「ア」「(イ)」."""
    mark = lower_mark(f"{number} ") if number else None
    return mark is not None and not mark[1]


def group_mark(text: str) -> tuple[str, str, str] | None:
    """A 項目 cell typing an indicator's group and its own mark in one cell, 「(1)ア」「（２） イ」
    (群馬県's 産業経済部, review 140): (the group's number, as typed, the mark) — ("1", "(1)",
    "ア"), read as a group row 「(1)」 over a row 「ア」 —; None for any other text."""
    parsed = parse_item(text) if text[:1] in "(（" else None
    if parsed is None or parsed.number is None or len(parsed.name) != 1:
        return None
    if parsed.name not in KATAKANA or not parsed.label.startswith(("(", "（")):
        return None
    return str(parsed.number), parsed.label, parsed.name


def two_numbers(level_id: str) -> bool:
    """Whether a level's ID is two numbers, 「1-1」, or a number and its kana, 「1-ア」 (typed
    「(1)ア」 in the 番号 column of one department's form where the others type 1.3: review 131)."""
    upper, dash, own = level_id.partition("-")
    return bool(dash) and upper.isdigit() and (own.isdigit() or (len(own) == 1 and own in KATAKANA))


def group_is_project(table: TableState, number: str) -> bool:
    """io/outline_projects.group_is_project, imported where a table of this shape asks it (長与町's
    outline beside a KPI column; not at start-up)."""
    from planeval.io.outline_projects import group_is_project

    return group_is_project(table, number)


def nameless(where: Location, status_text: str, group: str, texts: Mapping[str, str]) -> Problem:
    """What to say at ``where`` (its status cell) of a row rated ``status_text`` with no name
    (``texts``: the row's, by role): an error, 「「group」は下の行をまとめる見出しの行のよう
    です」 where a level's cell holds ``group``; a warning of a table's total row (合計 |
    22プロジェクト | … | A 9件、B 9件) whose count is in a word no total row is read in, with
    the setting that reads it (review 161 #1: 「22取組」 was called a heading of the rows below,
    an error at the foot of every sheet, and counted among the places fixing would change)."""
    from planeval.io.summary_block import TOTAL_LABELS, unread_count

    values = [compact(text).rstrip(":：") for text in texts.values()]
    counts = [count for value in values if (count := unread_count(value))]
    if (
        any(v in TOTAL_LABELS for v in values)
        and len(counts) == 1
        and any(map(str.isdigit, status_text))
    ):
        number, word = counts[0]
        return Problem(
            where,
            Severity.WARNING,
            f"合計の行の件数「{number}{word}」を読めないため（件数の言葉は 件・事業・項目・指標・"
            "取組 などです）、この合計の行は上の行と比べていません",
            f'planeval.toml の [wording] に counter = "{word}" と書くか、'
            f"件数を「{number}件」と書いてください",
        )
    return Problem(
        where,
        Severity.ERROR,
        f"達成状況 '{status_text}' の行に名称がありません"
        + (f"（「{group}」は下の行をまとめる見出しの行のようです）" if group else ""),
        "見出しの行なら評価を消し、評価はその下の行に書いてください。評価する行なら名称を書いてください"
        if group
        else "評価した事業・取組の名称を書いてください",
    )
