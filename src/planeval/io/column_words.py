"""The report's words a table's header row gives (own_scale.py's offered [wording]): its
titles read as the words of the levels, the item, the status, the issue and the department."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from planeval.io.header_columns import find_columns
from planeval.io.headers import TITLED_WORDS, HeaderRow, Layout, title_key
from planeval.text import level_heading

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.io.tables import SheetResult


def tables_words(
    grids: list[SheetGrid], sheets: list[SheetResult], layout: Layout
) -> list[dict[str, str]]:
    """The words each table of a file's sheets gives (column_words, with the word of the
    heading above it and the policy's its sheet's name gives). Every body's file repeats the
    same header rows (a --bodies read of 1,000 bodies' forms): each distinct one, with what
    is read beside it, is worked out once, and its words shared, never changed."""
    vocabulary, chosen = layout.vocabulary(), layout.status_column
    tables = []
    for grid, sheet in zip(grids, sheets, strict=True):
        parts = sheet.issue_parts
        for row, heading, sub in sheet.headers:
            cells, grouped = grid.row(row), row in sheet.grouped
            key = (vocabulary, tuple(cells), tuple(map(type, cells)), heading, sub, grouped)
            settled = sheet.settled.get(row)  # (its number column read otherwise: not shared)
            if settled is None and (key, chosen, parts) in _TABLES:
                words = _TABLES[key, chosen, parts]
            else:
                words = None
                if header := settled or find_columns(cells, vocabulary):
                    words = column_words(header, cells, heading, sub, grouped, chosen)
                    # (its words as the read under them pasted finds the header: review 208 #6)
                    if settled is None and (pasted := as_pasted(words, cells, layout)):
                        words = column_words(pasted, cells, heading, sub, grouped, chosen)
                    if len(parts) > 1:  # (評価の理由 | 今後の方向性 both kept: the pair)
                        words["issue"] = "・".join(parts)
                if settled is None and len(_TABLES) < 4096:
                    _TABLES[key, chosen, parts] = words
            if words is not None:
                tables.append(sheet_policy_word(words, grid.name, sheet.policy_names))
    return tables


_TABLES: dict[tuple[object, ...], dict[str, str] | None] = {}


def as_pasted(words: dict[str, str], cells: list[object], layout: Layout) -> HeaderRow | None:
    """The header row ``cells`` as the read under ``words`` pasted as its [wording] finds it,
    where that is not as read (None where it is, or the settings have a [wording]): a
    行政改革大綱's No. | 改革項目 | 取組項目, read without words as 改革項目 › 取組項目 (its Ⅰ/Ⅱ
    band rows unread), reads under 「item = "取組項目"」 改革項目 as the project and the bands as
    the policies. Offered 「policy = "改革項目"」, the report was titled 「改革項目別の実施状況」
    over Ⅰ/Ⅱ (review 208 #6): each level is named as that read has it, 改革項目 the project's
    and the bands' none (no title names them). The policy's word is not pasted: it is the
    level in question (its titles the layout's, config_read.with_wording's but the policy's)."""
    if layout.worded:
        return None
    vocabulary = layout.vocabulary()  # (a word its role's already adds nothing)
    given = {r: w for r, w in words.items() if r in TITLED_WORDS and vocabulary.role(w) != r}
    if (pasted := layout.titled(layout.own_words(given))) is layout:
        return None
    header = find_columns(cells, pasted.vocabulary())
    return None if header == find_columns(cells, vocabulary) else header


def column_words(
    header: HeaderRow,
    cells: list[object],
    heading: str = "",
    sub: str | None = None,
    grouped: bool = False,
    chosen: str | None = None,
) -> dict[str, str]:
    """The report's words the header row's titles give (own_scale.py's [wording]), remarks
    left out: the rated column's title the item's, the column above it the project's and the
    first level's the policy's, as io/named.py reads them (事業名 → 事業); a 体系 (every
    level's column) and a title of two levels (基本目標・施策) none. ``heading``: the word of
    the level heading above the table (基本目標 of 「基本目標1 …」), the policy's word — and the
    project's, where no column stands above the rated one (施策27「…」 over 事業名 | 評価: its
    rows the 施策's) — its first level column then the direction's, which is left unsaid.
    Three level columns over the rated one (基本政策 | 政策 | 施策名 | 事務事業名): the middle
    one's title is the direction's.
    ``sub``: the word of a sub-heading between them (施策 of 施策1-1 under 基本方針1: the
    project's then, never the heading's; "" a sub-heading without a word, None none) —
    the direction's where the table's group rows ((1) …) stand under it (``grouped``: its
    projects the groups, whose word no title gives), or its project column (取組名).
    ``chosen``: the status column the settings name ([layout] status_column), the status's
    word where the table has several (実施状況 | 達成度: review 85)."""
    columns = header.columns
    rated_below = {"item", "project"} <= columns.keys()
    above = [*header.levels, *([columns["project"]] if rated_below else [])]
    project = heading if sub is None else sub
    # (one level column over the rated rows, 取組分野 | 番号 | 取組: its cells number the
    # policies, as io/named.py reads them, its rows rated as projects — review 52)
    alone = not heading and not rated_below and len(header.levels) == 1 == len(above)
    words = {"policy": heading, **({} if above else {"project": project})} if heading else {}
    if grouped and sub is not None:
        words |= {"direction": sub, "project": ""}
    elif sub and heading and len(above) == 1:  # (施策1-1 over its table's 取組名 column: the
        words["direction"] = sub  # direction's word, the column's the project's; review 36)
    words |= {
        word: title_key(cells[column])
        for word, column in (
            ("policy", None if heading else above[0] if len(above) > 1 or alone else None),
            # (基本政策 | 政策 | 施策名 over 事務事業名: the middle one the direction's, review 100 #5)
            ("direction", above[1] if not heading and len(above) == 3 else None),
            ("project", above[-1] if above and not alone else None),
            ("item", columns.get("item", columns.get("project"))),
            ("status", _status_column(header, chosen)),
            ("issue", columns.get("issue")),
            ("department", columns.get("department")),
        )
        if column is not None
    }
    for word in ("policy", "direction", "project", "item"):
        words[word] = level_word(words.get(word, ""))
    return {word: title for word, title in words.items() if title and not title.endswith("体系")}


def level_word(title: str) -> str:
    """The word of a level a column's title (``title_key``'s) gives: 事業名 names a 事業; "" for
    a title of two words (基本目標・施策) or a 体系, every level's column."""
    word = title.removesuffix("名")
    return "" if "・" in word or word.endswith("体系") else word


def column_titles(cells: list[object], columns: dict[str, int]) -> dict[str, str]:
    """The report's words a table's status, item and department columns give as its header row
    titles them (column_words', each table read: 評価 of 「評価（S～C、−）」, 指標; the project's where
    the rows are named in its column alone, as column_words takes it)."""
    item = columns.get("item", columns.get("project"))
    titles = {"status": title_key(cells[columns["status"]])}
    if "department" in columns:  # (担当課, not planeval's 所管課: review 141 #8)
        titles["department"] = title_key(cells[columns["department"]])
    return titles | ({"item": level_word(title_key(cells[item]))} if item is not None else {})


def _status_column(header: HeaderRow, chosen: str | None) -> int | None:
    """The table's status column whose title gives the status's word: its only one, or of
    several the one ``chosen`` names; None where it is not known which."""
    statuses = header.statuses
    if len(statuses) == 1:
        return statuses[0][0]
    wanted = title_key(chosen) if chosen else None
    return next((column for column, title in statuses if title_key(title) == wanted), None)


def sheet_policy_word(
    words: dict[str, str], sheet: str, policies: Mapping[str, str]
) -> dict[str, str]:
    """``words`` (a table's, column_words) with the policy's word its sheet's name gives where
    the titles give none: a sheet named for the one policy its rows are of (長与町's 基本目標Ⅰ
    holding Ⅰ's rows, review 85) calls the policies 基本目標."""
    if "policy" in words or len(policies) != 1:
        return words
    named = level_heading(sheet)
    if named is None or named[2] or named[1] not in policies:
        return words
    return {"policy": named[0], **words}
