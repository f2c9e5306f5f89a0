"""Which year a pasted table of counts is of (for ``check``): a table under a heading of last
year's (「## 前年度（令和4年度）の集計」, 昨年度, 前回, or a year before the report's own when
its title states one) holds no count of this round's rows; nor does a row of a table with a 年度
column (令和4年度 | 令和5年度 rows) of any year but this one — the report's, or else the latest
the table shows. Such rows are listed as settled (as 「前年度の61.3%」 in a sentence is), never
compared, never a failure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planeval.fiscal import era_year, stated_years
from planeval.model import TextCell
from planeval.scope_words import TABLE_ROW

# last year's words (「前年度比較」「前年度との比較」 name a table of both years: its rows tell)
_PAST = re.compile(r"(?P<word>前年度|昨年度|前回|前年(?!度))(?!\s*(?:比|との|と比))")
_HEADING = re.compile(r"^\s*(?:#|■|□|◆|◇|●|【|\(\d+\)|第?\d+(?:章|節|\s|\.|、))")
_MONEY = re.compile(r"円|予算|決算|事業費|金額|費用|経費")
_ABOVE_MOST = 4  # lines above a table its heading may stand in (a heading, a line under it)


def report_year(texts: Sequence[TextCell]) -> int | None:
    """The fiscal year a report text's title states: the one year its lines before its first
    table state (「# 令和5年度 施策評価結果」); None when they state none or several."""
    titles = []
    for text in texts:
        if TABLE_ROW.search(text.text):
            break
        titles.append(text.text)
    years = stated_years(titles)
    return years.pop() if len(years) == 1 else None


def _above(texts: Sequence[TextCell], at: int) -> list[str]:
    """The lines above the table whose header is the line at ``at``, nearest first, up to its
    heading or the table before it."""
    lines = []
    for text in reversed(texts[max(0, at - _ABOVE_MOST) : at]):
        if TABLE_ROW.search(text.text) or text.location.file != texts[at].location.file:
            break
        lines.append(text.text)
        if _HEADING.match(text.text):
            break
    return lines


def other_numbers(texts: Sequence[TextCell], at: int) -> bool:
    """Whether the table at ``at`` is of other numbers than counts, as its header or heading
    says (「## 事業費（千円）」「予算額」): a clerk's table that names some statuses and 計."""
    return any(_MONEY.search(line) for line in [texts[at].text, *_above(texts, at)])


def past_heading(texts: Sequence[TextCell], at: int, year: int | None) -> str:
    """Why the table whose header is the line at ``at`` is last year's, as its heading says;
    "" when it is not."""
    for line in _above(texts, at):
        if (past := _PAST.search(line)) is not None:
            return f"{past['word']}の表なので、今回の行とは比べません"
        earlier = sorted(y for y in stated_years([line]) if year is not None and y < year)
        if earlier and year not in stated_years([line]):
            return f"{era_year(earlier[-1])}の表なので、今回の行とは比べません"
    return ""


def row_years(labels: Sequence[Sequence[str]]) -> list[int | None]:
    """The fiscal year each row's labels state (a 年度 column), None where one states none
    or several."""
    found = [stated_years(row) for row in labels]
    return [years.pop() if len(years) == 1 else None for years in found]


def past_row(year: int | None, this_year: int | None) -> str:
    """Why a row of ``year`` is not compared with this round's rows; "" when it is."""
    if year is None or this_year is None or year == this_year:
        return ""
    return f"{era_year(year)}の行なので、今回の行とは比べません"
