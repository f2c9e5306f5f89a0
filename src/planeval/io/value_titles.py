"""The titles of an indicator's figures (策定時 | 前年度 | 現状値 | 目標値 …, or a year's: 令和5年度実績,
R5目標): what io/value_columns.py reads as a table's value columns, and what tells the header
row finder that a 指標 column beside them is the indicator's name (io/indicator_names.py); and
the titles of a description of each row (事業の概要), which a form gives and no output shows."""

from __future__ import annotations

import functools
import re

# The figures a rating can be judged by (rating_figures.py), by role: the value when the plan
# was made, this year's, the target (中間目標 or 年度目標 beside a 目標値: two targets, which the
# rating is of unknown — not judged); titles compared as headers.title_key compares them.
FIGURE_ROLES = {
    "base": ("策定時", "策定時値", "策定時の値", "計画策定時", "基準値", "当初値"),
    "now": ("現状値", "現況値", "現在値", "実績値", "実績", "今年度実績", "当年度実績", "本年度実績"),
    "target": ("目標値", "目標", "最終目標", "最終目標値", "中間目標", "中間目標値", "年度目標"),
}  # fmt: skip

# The titles of an indicator's figures, compared as headers.title_key compares them (remarks
# in brackets dropped: 「現状値（R5）」 is 現状値): the value when the plan was made, last
# year's, this year's, the target, how far it is reached, and the unit they are in.
VALUE_TITLES = frozenset(
    {
        *(title for titles in FIGURE_ROLES.values() for title in titles),
        "策定時", "策定時値", "策定時の値", "計画策定時", "基準値", "基準年度", "基準年", "当初値",
        "前年度", "前年度値", "前年度実績", "前年度実績値", "前年度末", "昨年度", "昨年度実績",
        "現状値", "現況値", "現在値", "実績値", "実績", "今年度", "今年度実績", "当年度",
        "当年度実績", "本年度", "本年度実績", "目標値", "目標", "最終目標", "最終目標値",
        "中間目標", "中間目標値", "年度目標", "目標年度", "達成率", "進捗率", "単位",
        # what was done towards it, in words, beside a 集中改革プラン's 目標: every department
        # writes it, the report prints it (review 28: 「取組実績 ※必須」 was dropped unsaid)
        "取組実績", "取り組み実績", "取組み実績", "実施実績", "取組状況", "取り組み状況",
        "取組み状況",
    }
)  # fmt: skip


@functools.cache  # (compiled when first needed)
def _year_title() -> re.Pattern[str]:
    """A year's column: 令和5年度, R5実績, 2023年度末目標, H30基準."""
    years = r"(?:令和|平成|R|H)(?:\d{1,2}|元)年?度?|\d{4}年度?"
    return re.compile(rf"^(?:{years})末?(?:の)?(?:実績値?|目標値?|見込み?|基準値?|値)?$")


def is_value_title(key: str) -> bool:
    """Whether a column title (as title_key gives it) names an indicator's figure."""
    return key in VALUE_TITLES or bool(_year_title().match(key))


# A description of what each row is (事業の概要, 事業の目的・内容, 事業内容), which a form gives and
# no output shows by design (the rows are named by their project and item columns): the forms
# reader passes it unsaid (io/unused_columns.py), and template carries the plan's onto the forms.
_DESCRIPTION = r"概要|目的|内容$"


def is_description_title(key: str) -> bool:
    """Whether a column title (as title_key gives it) names a description of each row."""
    return re.search(_DESCRIPTION, key) is not None
