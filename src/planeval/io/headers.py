"""Finding a Chapter 3 table's header row by its column titles, and policy headings."""

from __future__ import annotations

import re

from planeval.text import compact

# Column titles, compared after NFKC and with spaces removed.
HEADER_TITLES: dict[str, frozenset[str]] = {
    "project": frozenset(
        {
            "情報化計画事業の体系",
            "体系",
            "情報化計画事業",
            "計画事業",
            "事業",
            "事業名",
            "計画事業名",
        }
    ),
    "item": frozenset({"実施内容", "取組内容", "取り組み内容", "実施項目"}),
    "status": frozenset({"達成状況", "達成度", "進捗状況", "評価"}),
    "issue": frozenset({"課題等", "課題", "課題・備考", "課題等・備考", "備考"}),
    "sub_item": frozenset({"細目", "細項目", "内訳"}),
    "department": frozenset(
        {"所管部", "所管課", "所管部・所管課", "所管部所管課", "所管", "関係部", "担当部", "担当課"}
    ),
}
REQUIRED = ("project", "item", "status")


_REMARK = re.compile(r"[(（][^)）]*[)）]|[※＊*].*$")


def _title_key(value: object) -> str:
    """A column title as compared: NFKC, no spaces or line breaks, and no remark in brackets
    or after ※ ("達成状況（◎○△×）" and "課題等 ※必須" are 達成状況 and 課題等)."""
    key = compact(value) if isinstance(value, str) else ""
    return _REMARK.sub("", key) or key


# Every item title has one of the first, every status title one of the second: a row without
# both is not a header row, and is passed over without normalising each of its cells.
_ITEM_HINTS = ("実施", "取組", "取り組み")
_STATUS_HINTS = ("達成", "進捗", "評価")  # (spelled out in find_columns' first loop: faster)


def find_columns(cells: list[object]) -> dict[str, int] | None:
    """The column of each role if ``cells`` is a header row, else None."""
    for value in cells:  # most rows have no cell naming a status column: out at once
        if type(value) is str and ("達成" in value or "進捗" in value or "評価" in value):
            break
    else:
        return None
    joined = "".join(value for value in cells if isinstance(value, str))
    if not (any(h in joined for h in _ITEM_HINTS) and any(h in joined for h in _STATUS_HINTS)):
        return None
    columns: dict[str, int] = {}
    for index, value in enumerate(cells):
        key = _title_key(value)
        for role, titles in HEADER_TITLES.items():
            if key in titles and role not in columns:
                columns[role] = index
    return columns if all(role in columns for role in REQUIRED) else None
