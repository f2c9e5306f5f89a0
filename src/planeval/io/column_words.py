"""The report's words a table's header row gives (own_scale.py's offered [wording]): its
titles read as the words of the levels, the item, the status, the issue and the department."""

from __future__ import annotations

from planeval.io.headers import HeaderRow, title_key


def column_words(
    header: HeaderRow,
    cells: list[object],
    heading: str = "",
    sub: str | None = None,
    grouped: bool = False,
) -> dict[str, str]:
    """The report's words the header row's titles give (own_scale.py's [wording]), remarks
    left out: the rated column's title the item's, the column above it the project's and the
    first level's the policy's, as io/named.py reads them (事業名 → 事業); a 体系 (every
    level's column) and a title of two levels (基本目標・施策) none. ``heading``: the word of
    the level heading above the table (基本目標 of 「基本目標1 …」), the policy's word — and the
    project's, where no column stands above the rated one (施策27「…」 over 事業名 | 評価: its
    rows the 施策's) — its first level column then the direction's, which is left unsaid.
    ``sub``: the word of a sub-heading between them (施策 of 施策1-1 under 基本方針1: the
    project's then, never the heading's; "" a sub-heading without a word, None none) —
    the direction's where the table's group rows ((1) …) stand under it (``grouped``: its
    projects the groups, whose word no title gives), or its project column (取組名)."""
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
            ("project", above[-1] if above and not alone else None),
            ("item", columns.get("item", columns.get("project"))),
            ("status", header.statuses[0][0] if len(header.statuses) == 1 else None),
            ("issue", columns.get("issue")),
            ("department", columns.get("department")),
        )
        if column is not None
    }
    for word in ("policy", "project", "item"):  # (事業名 names a 事業; 基本目標・施策 two words)
        title = words.get(word, "")
        words[word] = "" if "・" in title else title[:-1] if title.endswith("名") else title
    return {word: title for word, title in words.items() if title and not title.endswith("体系")}
