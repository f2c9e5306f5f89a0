"""A plan's department cell naming a 局 and its 課, 「総務企画局 危機管理室」 (plan_reader.py).

川崎市's list titles the column 所管局・課 and some of its cells name the 課 after the 局: the
forms were split per 課, one 局 sending two workbooks, with nothing said (review 124 #8). The
forms go to what the body splits by: the unit its column's title names first (所管局・課: 局),
unless its [wording] department is a 課 (所管課: each 課 its form, the name as typed). Split by
局, the 局 is the department and the 課 the item's section, which its form's row shows beside
the 局 (cycle/form_rows.department_cell); template says so once (``SPLIT_CELLS``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from planeval.model import Location, Problem, Severity
from planeval.text import compact

SPLIT_CELLS = "plan_split_cells"  # (Problem.reason of template's notice: said once, by it)
_UPPER = ("局", "部")  # (the units a 課 stands under)
_UNIT = re.compile(r"(局|部|課)")
# a unit under a 局 or a 部, as a department's name ends (plan._department's, less 局 and 部)
_BELOW = ("課", "室", "係", "所", "館", "センター", "委員会", "担当")


def split_unit(title: str, words: Mapping[str, str] | None) -> str:
    """The unit the forms go to where a cell names a 局 and its 課: the first its column's
    ``title`` names (所管局・課 → 局), "" where it is a 課 or the body's [wording] department
    is (所管課: each 課 its own)."""
    word = (words or {}).get("department", "")
    first, asked = _UNIT.search(compact(title)), _UNIT.search(word)
    if first is None or (asked is not None and asked[1] == "課"):
        return ""
    return first[1] if first[1] in _UPPER else ""


def with_sections(departments: tuple[str, ...], unit: str) -> tuple[tuple[str, ...], str]:
    """The departments each as its ``unit`` (「総務企画局 危機管理室」 → 総務企画局), and the
    section the first named after it (危機管理室; "" where none): as they are without a unit."""
    if not unit:
        return departments, ""
    split = [_split(name, unit) for name in departments]
    return tuple(dict.fromkeys(upper for upper, _ in split)), split[0][1] if split else ""


def _split(name: str, unit: str) -> tuple[str, str]:
    upper, _, below = name.partition(" ") if " " in name else name.partition("\u3000")
    below = below.strip()
    if upper.endswith(unit) and below and below.endswith(_BELOW) and " " not in below:
        return upper, below
    return name, ""


def split_notice(cells: list[tuple[Location, str, str]], title: str, unit: str) -> Problem:
    """What template says of the cells read as a ``unit`` and its 課 (``cells``: each one's
    place, text and lead ``unit`` read, under a column ``title``): the forms are the unit's,
    and how to have the 課' instead."""
    where, typed, _ = cells[0]
    units = list(dict.fromkeys(lead for _, _, lead in cells))
    named = "、".join(units[:3]) + (f" など {len(units)} {unit}" if len(units) > 3 else "")
    return Problem(
        where,
        Severity.NOTICE,
        f"「{title}」の欄に{unit}と課を書いた行が {len(cells)} 行あります（「{typed}」など）。"
        f"--split-by department では{unit}ごとに 1 冊にまとめ（{named}）、各行の所管{unit}の"
        "欄に課も示します",
        '課ごとに 1 冊にするなら、planeval.toml の [wording] に department = "所管課" と'
        "書いてください",
        reason=SPLIT_CELLS,
    )
