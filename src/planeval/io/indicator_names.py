"""An indicator's name beside the item it measures: 北嶺県's 施策番号 | 施策名 | 取組番号 | 取組 |
指標 | 策定時 | 目標値 | 実績値 | 進捗状況 (review 101). Two item titles in one header row
make the first the unit above the second (header_columns._find_columns: 実施内容 over
指標); here the 取組 is numbered in a column of its own, 取組番号 (worded_numbers), and each 指標 is followed
by its figures: the 取組 is the rated item, as 群馬県's 項目 holding 「ア 電子申請…」 is
(named._item_in_project_column), and its 指標 the first of its figures (value_columns).
Taken for the item, the 指標 made the 取組 a project and 施策名 a level, its 施策番号 unread:
the 施策 were numbered per file and nothing paired with the plan.

Worked out once per distinct header row (header_columns.find_columns)."""

from __future__ import annotations

from planeval.io.header_titles import HEADER_TITLES
from planeval.io.value_titles import is_value_title
from planeval.io.worded_numbers import worded_numbers
from planeval.text import bare_title

# The titles of an indicator's name (指標, 指標名, 指標（KPI）: remarks dropped), as the
# item titles of header_titles.HEADER_TITLES give them.
_INDICATOR_TITLES = frozenset({"指標", "指標名", "KPI", "成果指標", "数値目標", "指標の名称"})
# Those that name the indicator of the item directly left of them with no number of the item's
# own (東上野県's 番号 | 取組 | 指標名 | 基準値 …, review 194 #2): a KPI column beside a 取組
# typed again on each of its rows is the rated unit (浜名市's 取組 | KPI | 基準値: review 160).
_BESIDE_TITLES = frozenset({"指標", "指標名", "成果指標", "指標の名称"})
# Those of them no role of header_titles.HEADER_TITLES claims (indicator_beside).
_UNROLED_TITLES = frozenset({"指標名", "指標の名称"})


def is_indicator_title(value: object) -> bool:
    """Whether a header cell titles an indicator's name."""
    return type(value) is str and bare_title(value) in _INDICATOR_TITLES


def names_indicator(cells: list[object], roles: dict[int, str], item: int, indicator: int) -> bool:
    """Whether the item title at ``indicator``, found after the item column ``item``, is the
    name of that item's indicator: titled as one (指標) where the item's is not (取組), the
    item numbered of its own (取組番号 beside 取組: worded_numbers) or the indicator titled
    as one directly right of an item column titled as one level's names (_BESIDE_TITLES:
    番号 | 取組 | 指標, review 194 #2; not 長与町's 施策・取組 | 指標, whose 指標 is rated), and
    the indicator's figures after it (策定時, 目標値 …)."""
    if not is_indicator_title(cells[indicator]) or is_indicator_title(cells[item]):
        return False
    beside = (  # (not beside 長与町's 施策・取組, a column of two levels' names: its 指標 rated)
        indicator == item + 1
        and bare_title(str(cells[indicator])) in _BESIDE_TITLES
        and bare_title(str(cells[item])) in HEADER_TITLES["item"]
    )
    if not beside and not worded_numbers(cells, roles, {"item": item}):
        return False
    return _figures_after(cells, indicator)


def indicator_beside(cells: list[object], roles: dict[int, str], rated: int) -> int:
    """The column right of the rated column ``rated`` where it is titled as an indicator's
    name no role reads (指標名, 指標の名称) and figures follow it: 東上野県's 番号 | 取組 |
    指標名 | 基準値（R3） | 目標値（R7） | 実績値 | 進捗状況 (review 194 #2: its names were
    read as nothing, each row's 基準値・目標値・実績値 shown without saying what they measure);
    -1 where there is none."""
    column = rated + 1
    if column >= len(cells) or column in roles or type(cells[column]) is not str:
        return -1
    if bare_title(str(cells[column])) not in _UNROLED_TITLES:
        return -1
    return column if _figures_after(cells, column) else -1


def _figures_after(cells: list[object], indicator: int) -> bool:
    """Whether a figure's title (策定時, 目標値 …) stands right of ``indicator``."""
    return any(
        type(value) is str and is_value_title(bare_title(value)) for value in cells[indicator + 1 :]
    )
