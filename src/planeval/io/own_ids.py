"""A level's own number typed at the start of its name (split_own_id: 「1-1 災害に強いまちづくり」
→ 1-1 and its name; 「Ⅱ 名前」, 「1.2 名前」) and a number as the body typed it where it reads
otherwise than its ID (typed_id: 1.1, Ⅲ, (1)ア), which the outputs show so that a reader finds
it in the plan. The levels a table's rows stand under are io/levels.py's."""

from __future__ import annotations

import re
from typing import NamedTuple

from planeval.lazy_pattern import LazyPattern
from planeval.text import number_value

# A level's own ID at the start of its name: "1 名前", "1-1 名前", "1.2 名前", "Ⅱ 名前", "Ⅰ-1 名前"
# (東浜市's 改革項目 under 推進項目 Ⅰ, its own number: review 170 #6) (the one
# reader of a number before a level's name, own_id_match: the plan's names too, plan_names.own_name,
# whose 「1：名前」 and 「1‐1 名前」 it reads)
OWN_ID = LazyPattern(
    r"^\s*((?:[0-9０-９]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])(?:\s*[-－‐.．]\s*[0-9０-９]+)*)[\s　.．、:：]+(.+)$",
    re.S,
)
# ... and one a part of which is in brackets, "1-(1) 名前", "(1)-1 名前", "1-3-(1) 名前" (a
# bracket the name may follow with no space), read as the numbers it holds: 1-(1) is 1-1 (review
# 160 #1: 浜名市's 施策 cells 「1-(2) 窓口サービスの改善」 were numbered in order, file by file). A
# bracketed number alone, 「(3) 名前」, is levels.level_id's. Compiled where a cell has a bracket
# near its start: its classes of full-width brackets cost a start that reads none.
_PART = r"(?:[0-9０-９]+|[(（]\s*[0-9０-９]+\s*[)）])"
_BRACKETED_ID = LazyPattern(
    rf"^\s*({_PART}(?:\s*[-－‐.．]\s*{_PART})+)"
    r"(?:[\s　.．、:：]+|(?<=[)）])(?![-－‐.．0-9０-９]))(.+)$",
    re.S,
)


def own_id_match(text: str) -> re.Match[str] | None:
    """The match of a level's own ID at the start of ``text`` (group 1 the number as typed,
    group 2 the name): OWN_ID's, else, a bracket near its start, _BRACKETED_ID's; None."""
    match = OWN_ID.match(text)
    if match is None and ("(" in text[:12] or "（" in text[:12]):
        return _BRACKETED_ID.match(text)
    return match


# A number column's value: 1, "1.1.1", "1-3-(1)", "(1)-1", "Ⅲ".
NUMBER_PARTS = LazyPattern(r"[0-9０-９]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]")


def split_own_id(text: str) -> tuple[str | None, str, str]:
    """ "1-1 災害に強いまちづくり" → ("1-1", "災害に強いまちづくり", ""); a name without one →
    (None, it, ""); the number as typed last where it is written otherwise than the ID
    (typed_id: "1.1 名前" → ("1-1", "名前", "1.1"))."""
    match = own_id_match(text)
    if match is None:
        return None, text, ""
    parts = [str(number_value(part) or 0) for part in NUMBER_PARTS.findall(match[1])]
    own_id = "-".join(parts)
    return own_id, match[2].strip(), typed_id(match[1], own_id)


def leading_number(name: str) -> int | None:
    """The number alone a name starts with (「31 農業後継者育成事業」, 「４４　こども…」: 31, 44);
    None for a name without one or with one of several parts (1-2-31 …)."""
    if not name[:1].isdecimal():
        return None
    own, _name, _typed = split_own_id(name)
    return int(own) if own is not None and own.isdecimal() else None


def typed_id(typed: str, own_id: str | None) -> str:
    """A number as the body typed it (1.1, Ⅲ, (1)ア), or "" where it reads as its ID does
    (1-1, １－１, 1 - 1): what the outputs show, so that a reader finds it in the plan."""
    typed = typed.strip()
    if own_id is None or "".join(typed.split()).translate(PLAIN_DIGITS) == own_id:
        return ""
    return typed


PLAIN_DIGITS = str.maketrans("０１２３４５６７８９－", "0123456789-")


# A No. column's value that numbers every level of its row, top first: 1-(1)-①, 1-3-(1), (1)-1,
# 1.1.1, Ⅰ-1-① (whole_id); each part a number, a bracketed one, a circled one or a Roman numeral
_WHOLE_PART = r"(?:[0-9０-９]+|[(（]\s*[0-9０-９]+\s*[)）]|[\u2460-\u2473]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])"
_WHOLE = LazyPattern(rf"^{_WHOLE_PART}(?:\s*[-－‐−.．]\s*{_WHOLE_PART})+$")
_WHOLE_PARTS = LazyPattern(rf"{_WHOLE_PART}(?=\s*[-－‐−.．]|$)")


class WholeId(NamedTuple):
    """A row's levels numbered by one No. cell: each level's ID and its number as typed, top
    first — 「2-(1)-②」 → ("2", "2-1", "2-1-2"), ("2", "2-(1)", "2-(1)-②")."""

    ids: tuple[str, ...]
    typed: tuple[str, ...]

    def value(self) -> int:
        """The rated row's own number, the last part (② → 2)."""
        return int(self.ids[-1].rpartition("-")[2])


def whole_id(number: str, depth: int) -> WholeId | None:
    """A No. column's value as the IDs of a row's ``depth`` levels (基本方針 | 改革項目 | 取組項目
    under 「1-(1)-①」: 3), where it has one part per level; None for any other value (a running
    No. 1, a project's 1-1 beside its items). The one reader of such a No., for the status forms
    (io/named.py) and the plan (io/plan_rows.py): review 185 #1, #3."""
    if not number or not number[-1:].strip() or _WHOLE.match(number) is None:
        return None
    found = list(_WHOLE_PARTS.finditer(number))
    if len(found) != depth:
        return None
    values = [number_value(part[0].strip("(（)） ")) or 0 for part in found]
    ids = tuple("-".join(map(str, values[: at + 1])) for at in range(depth))
    return WholeId(ids, tuple(number[: part.end()].strip() for part in found))
