"""compare's table of the items whose status moved (movement_table, with its columns' round
heads and what a terminal says for none) and the note on the items left out of it as only
renumbered; the counts per policy are in changed_counts.py, what is said under the tables in
compare_notes.py, and compare's JSON in compare_json.py."""

from __future__ import annotations

from planeval.cycle.compare import Comparison, Movement, renumbered
from planeval.cycle.moved_headings import heading_move
from planeval.cycle.revised_items import described
from planeval.fiscal import between, era_year
from planeval.level_labels import LevelLabels, shown_number
from planeval.report.issue_list import named_row
from planeval.report.render import TableData
from planeval.sole_items import sole_projects
from planeval.wording import grouped

ROUND_NAMES = ("前回", "今回")


def movement_table(comparison: Comparison, *, include_same: bool) -> TableData:
    """Each item whose status moved (every item with ``include_same``); with several bodies
    a 団体 column first, since every body numbers its plan from 1-1-1; 細目 only where an item
    of either round has one. Levels in the body's words (``Comparison.wording``), statuses as
    its tables write them (「前進B」: review 105 #9a)."""
    bodies = any(movement.entry.body for movement in comparison.movements)
    subs = any(entry.sub_item for m in comparison.movements for entry in (m.old, m.new) if entry)
    words = comparison.wording
    shown = words.statuses_shown(comparison.scale)
    # (a row that is its project, 取組項目 1.1.1 over its 取組内容: named so — not 羽村市's 施策 27
    # over its several 事業, listed by the 施策's number alone)
    rated = sole_projects(m.entry for m in comparison.movements)
    rows = []
    for movement in comparison.movements:
        kept = include_same or movement.merged or _own_move(movement, rated)
        if movement.kind == "same" and not kept:
            continue  # (one under its project's new number: said once, renumbered_note)
        e = movement.entry
        own = (e.body, e.project_id) in rated
        listed, item = named_row(comparison.label(movement), e, words, projects=own)
        row = [
            listed,
            item,
            *([e.sub_item or ""] if subs else []),
            shown(movement.old.status) if movement.old else "",
            shown(movement.new.status) if movement.new else "",
            described(comparison, movement),  # (a target revised beside: review 180 #4)
        ]
        rows.append([e.body, *row] if bodies else row)
    headers = (
        comparison.listed.header(words),  # (「施策」 where each ID is its project's: review 92)
        words.item_column,
        *([words.sub_item] if subs else []),
        *round_heads(comparison),
    )
    title = f"{words.status}の変化{between(comparison.years)}"
    headers = ("団体", *headers) if bodies else headers
    rated_columns = frozenset({len(headers) - 3, len(headers) - 2})  # (前回 | 今回, not 変化)
    # (変化 whole beside the names at 80 columns: not 「評価／できないから／変化」, review 200 #4)
    labels = frozenset({len(headers) - 1})
    return TableData(title, headers, rows, statuses=rated_columns, labels=labels)


def _own_move(movement: Movement, rated: frozenset[tuple[str, str]]) -> bool:
    """Whether the movement pairs an item under another number of its own (「1-1-3② →
    1-1-3③」, or a project ``rated`` as its one row, sole_projects: 取組項目 2.1.3 → 2.1.2):
    said in the list, not folded into renumbered_note."""
    old, new = movement.old, movement.new
    if not movement.moved or old is None or new is None:
        return False
    return old.project_id == new.project_id or (new.body, new.project_id) in rated


def renumbered_note(
    comparison: Comparison, *, include_same: bool = False, printed: bool = False
) -> str:
    """The items paired under their project's new number, their status unchanged, which the
    list leaves out (a 施策 inserted, every 施策 after it one on: 82 事業 「Ⅱ-2-5 → Ⅱ-6
    変化なし（番号変更）」 listed one by one, review 121 #5): said once, with the projects'
    numbers as the list shows them. "" for none, or where the list shows every item
    (``include_same``: --all); ``printed``: for a workbook, naming no option."""
    rated = sole_projects(m.entry for m in comparison.movements)
    unchanged = [
        m
        for m in comparison.movements
        if m.kind == "same" and renumbered(m) and not _own_move(m, rated)
    ]
    if include_same or not unchanged:
        return ""
    listed = comparison.listed
    projects = dict.fromkeys(
        " → ".join(
            dict.fromkeys(  # (one number under two 施策 headings: once — review 181 #3)
                listed.project(e) for e in (m.old, m.new) if e is not None
            )
        )
        for m in unchanged
    )
    shown = "、".join(list(projects)[:3])
    words = comparison.wording
    shown += f" ほか {len(projects) - 3} {words.project_short}" if len(projects) > 3 else ""
    headings = [move for m in unchanged if (move := heading_move(comparison, m))]
    moves = _policies_moved(unchanged, listed.labels)
    policies = "".join(f"、{move}" for move in dict.fromkeys(headings))
    policies += f"、{words.policy_short} {'、'.join(moves)}" if moves else ""
    changed = (
        f"{words.direction_short}"
        if len(headings) == len(unchanged)
        else f"{words.project_short}の番号"
    )
    counted = (
        f"（{words.policy_short}ごとの件数では今回の{words.policy_short}に数えています）"
        if moves
        else ""
    )
    return (
        f"{changed}が前回から変わった{words.item} {grouped(len(unchanged))} 件"
        f"（{words.project_short} {shown}{policies}）は、{words.status}が変わらないため表に"
        f"載せていません{counted}" + ("" if printed else "（--all で表示します）")
    )


def _policies_moved(movements: list[Movement], labels: LevelLabels) -> list[str]:
    """The policies the ``movements`` leave for another, as the counts per policy number them
    (「Ⅱ → Ⅲ」): an item moved to 3-3 from 2-3 changed 柱 too, which the note said not, while 柱Ⅱ's
    計 fell by it (review 144 #6)."""
    moves = dict.fromkeys(
        " → ".join(shown_number(labels, e.policy_id, e.body) for e in (m.old, m.new) if e)
        for m in movements
        if m.old is not None and m.new is not None and m.old.policy_id != m.new.policy_id
    )
    return list(moves)


def round_heads(comparison: Comparison) -> tuple[str, str, str]:
    """The movements' status columns and 変化: each round's fiscal year where both are known
    and differ, 令和5年度 | 令和6年度, as the title above says them (「（令和5年度 → 令和6年度）」:
    前回 | 今回 under it made a reader match them up, review 79a); else 前回 | 今回."""
    before, after = comparison.years
    if before is None or after is None or before == after:
        return (*ROUND_NAMES, "変化")
    return (era_year(before), era_year(after), "変化")


def no_movement(comparison: Comparison) -> str:
    """What an empty changes table says on a terminal, in the body's words: 「達成状況の変わった
    実施内容はありません（令和5年度 → 令和6年度）」 (an empty box under a title said it less
    plainly: review 21)."""
    words = comparison.wording
    return f"{words.status}の変わった{words.item}はありません{between(comparison.years)}"
