"""長与町's outline numbered down one 番号 column beside a name column and a KPI column
(番号 | 施策・取組 | KPI（指標） | 評価, review 122): 「Ⅰ 名前」, 「1.1 名前」 unrated, and the rated
「1.1.1」 rows with the 施策・取組 cell left blank, the KPI named beside it. The number column
stands beside the project column, so it was taken for the projects' (番号 | 事業名 | 取組内容):
each 1.1 a direction, each 1.1.1 a nameless project. A rated row of that shape tells: its
number is the group row's above and one more part, so that group row is its project and the
number the rated row's own — as the same outline without the KPI column reads."""

from __future__ import annotations

from planeval.io.levels import extends
from planeval.io.tables import TableState


def group_is_project(table: TableState, number: str) -> bool:
    """Whether a rated row's ``number``, its project cell blank, extends the group row
    above (1.1.1 under 「1.1 手続のオンライン化」): then that group row is moved to the
    project's slot, where the table's next group rows are set too (``TableState.numbers_rows``,
    which the caller sets, read by group_rows.py)."""
    levels, group = table.levels, table.group_slot()
    held = levels.slots[group] if group < len(levels.slots) else None
    if held is None or len(levels.slots) > group + 1 or not extends(number, held[0]):
        return False
    typed = levels.typed.get((group, held[0]), "")
    del levels.slots[group:]
    levels.set(group + 1, held[0], held[1], typed)
    return True
