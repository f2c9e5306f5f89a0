"""A body typed twice on the list of bodies (団体一覧: 森根市 062014 on rows 37 and 38): one body,
never a second one that sent nothing (review 139 #1: 「団体一覧の 5 団体から回答のブックがありません:
森根市…」 though 森根市 answered, and nothing counted where every body had). A row repeats an
earlier one where both write one name (body_name.same_body: 山形県森根市 is 森根市) and their codes
are one body's (the first five digits alike), or one has none, or both are of one prefecture —
one prefecture has no two bodies of one name, so one code is mistyped; the earlier row's kept.
One name under codes of two prefectures is two bodies (伊達市 012335 and 072133: roster.twins_of),
and one code under two names is left as it is (each name finds its own row). Each body typed
again is one warning at its second row."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.io.body_name import NameIndex, same_body
from planeval.model import Location, Problem, Severity
from planeval.text import comparable_name

if TYPE_CHECKING:  # (roster_file imports this module)
    from planeval.io.roster_file import Listed


def listed_once(rows: Sequence[Listed]) -> list[Listed]:
    """``rows`` (the list's, in its order) with each body once: a row repeating an earlier one
    (``_repeats``) folded into it, kept in its ``again`` (its code taken where the first has
    none, its mark where the first has none)."""
    kept: list[Listed] = []
    names = NameIndex()  # (the kept rows' names: only those one body's are compared)
    for row in rows:
        name = comparable_name(row.name)
        first = next((at for at in names.alike(name) if _repeats(row, kept[at])), None)
        if first is None:
            kept.append(row)
            names.add(name)
            continue
        one = kept[first]
        kept[first] = one._replace(
            code=one.code or row.code,
            closed=one.closed or row.closed,
            again=(*one.again, row),
            apart=one.apart or row.apart,
        )
    return kept


def _repeats(row: Listed, earlier: Listed) -> bool:
    if not same_body(comparable_name(row.name), comparable_name(earlier.name)):
        return False
    if len(row.code) < 5 or len(earlier.code) < 5:
        return True
    return row.code[:5] == earlier.code[:5] or row.code[:2] == earlier.code[:2]


def listed_twice(roster: Sequence[Listed]) -> list[Problem]:
    """A warning at the second row of each body the list writes more than once."""
    return [_twice(listed) for listed in roster if listed.again]


def _twice(listed: Listed) -> Problem:
    again = listed.again[0]
    rows = "・".join(_row(one.location) for one in listed.again)
    codes = {one.code for one in (listed, *listed.again) if one.code}
    if len(codes) > 1:
        said = (
            f"団体一覧の {rows} 行目の {again.name}（{again.code}）は、{_row(listed.location)} 行目の"
            f" {listed.name}（{listed.code}）と同じ都道府県の同じ名前です。"
            f"団体コードが違いますが、{_row(listed.location)} 行目の 1 団体として数えました"
        )
        hint = "どちらの団体コードが正しいか確かめ、団体一覧を 1 行にしてください"
    else:
        code = f"（{listed.code}）" if listed.code else ""
        said = (
            f"団体一覧の {rows} 行目の {again.name}{code}は {_row(listed.location)} 行目と"
            "同じ団体です。1 団体として数えました"
        )
        hint = "重なった行を消して、団体一覧を 1 行にしてください"
    return Problem(again.location, Severity.WARNING, said, hint)


def _row(where: Location) -> str:
    """The row number of a list's line (「C38」 of a workbook, 「3行目」 of a text file)."""
    found = re.search(r"\d+", where.cell or "")
    return found.group() if found else "?"
