"""A header of two rows: titles over groups of columns in the upper row (「総合計画の体系」 over
基本目標 | 施策, 「評価」 over 達成度 | 今後の方向性), the others merged down into the lower row,
typed once, or typed again. The lower row is the table's header row, given the upper row's
titles it lacks; a group's 番号 | 名称 under a level's title (枚方市's 教育委員会: 「施策」 over
番号 | 名称) are that level's 施策番号 | 施策名 (review 103: read as the 事務事業's own number and
a column of nothing, the 施策 lost)."""

from __future__ import annotations

from planeval.io.header_columns import find_columns
from planeval.io.header_titles import NAME_ALONE
from planeval.io.headers import Titles, title_key

_TITLES_BELOW = 3  # (the lower row of a header of two rows: a title in as many cells at least)
_GROUP_ROLES = frozenset({"level", "project", "item"})


def group_titles(
    rows: list[tuple[int, list[object]]],
    index: int,
    vocabulary: Titles,
    symbols: frozenset[str],
) -> bool:
    """Whether the header row before ``rows[index]`` is the upper row of a header of two
    rows, the row below a header itself (review 76: the upper row started a table, its 「評価」
    no --status-column 達成度 and its 「総合計画の体系」 said unread); the row below is then
    given the upper row's titles (in place)."""
    if index >= len(rows):
        return False
    below, cells = rows[index]
    upper = rows[index - 1][1]
    if below != rows[index - 1][0] + 1:
        return False
    if not symbols.isdisjoint(map(str, cells)):
        return False  # (most tables: a rated row right under the header, its titles unjudged)
    worded = _worded(upper, cells, vocabulary)
    if not worded and len(cells) - cells.count(None) - cells.count("") < _TITLES_BELOW:
        return False  # (a heading or band row, 「1-1 名前」: no header's titles)
    # (titles not merged down, 「選択範囲内で中央」 or typed once: the row below is given them,
    # in its empty cells, as a merge would have — review 77)
    given = list(cells)
    for at, title in enumerate(upper):
        if title not in (None, "") and (at >= len(given) or given[at] in (None, "")):
            given.extend([None] * (at + 1 - len(given)))
            given[at] = title
    for at, title in worded.items():
        given[at] = title
    if find_columns(given if worded else cells, vocabulary) is None:
        return False
    cells[:] = given
    return True


def _worded(upper: list[object], lower: list[object], vocabulary: Titles) -> dict[int, str]:
    """The lower row's 番号 and 名称 under an upper title of a level, project or item spanning
    them (施策 merged over 番号 | 名称), by column: 施策番号 and 施策名; empty for most headers."""
    worded: dict[int, str] = {}
    group = ""  # (the title over the columns being walked, while they continue its span)
    for at, below in enumerate(lower):
        above = upper[at] if at < len(upper) else None
        if above not in (None, ""):
            group = ""
            if type(above) is str and below not in (None, "") and below != above:
                group = title_key(above) if vocabulary.role(above) in _GROUP_ROLES else ""
        if not group or below in (None, ""):
            if above in (None, ""):
                group = ""  # (an empty cell under an empty one: the span has ended)
            continue
        key = title_key(below)
        if key in NAME_ALONE:
            worded[at] = f"{group}名"
        elif vocabulary.role(str(below)) == "number":
            worded[at] = f"{group}番号"
    return worded
