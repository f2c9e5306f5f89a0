"""Which year a pasted table of counts is of (for ``check``): a table under a heading of last
year's (「## 前年度（令和4年度）の集計」, 昨年度, 前回, or a year before the report's own when
its title states one) holds no count of this round's rows; nor does a row of a table with a 年度
column (令和4年度 | 令和5年度 rows, or such columns: year_tables.py) of any year but this round's
— the year given (--fiscal-year) or the workbooks state, else the report's title's —, nor a
増減 row or column (▲6). Such rows are listed as settled (as 「前年度の61.3%」 in a sentence is),
never compared, never a failure; this round's row, named by its year alone, is the whole
read's (合計's). Where the round's year is not known, the table's year rows are said once as
not compared, with the fix."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planeval.check_result import NotCompared
from planeval.fiscal import era_year, parse_fiscal_year, stated_years
from planeval.model import TextCell
from planeval.scale_words import normalised
from planeval.scope_words import TABLE_ROW

if TYPE_CHECKING:
    from planeval.pasted_rows import PastedRow
    from planeval.pasted_tables import PastedTable

# last year's words (「前年度比較」「前年度との比較」 name a table of both years: its rows tell)
_PAST = re.compile(r"(?P<word>前年度|昨年度|前回|前年(?!度))(?!\s*(?:比|との|と比))")
# a heading comparing this year with last, its year named too (「前年度（令和8年度）との比較」): the
# table under it is this year's with its changes, not last year's (review 158 #2)
_COMPARED = re.compile(
    r"(?:前年度|昨年度|前回|前年|(?:令和|平成)\s*\d+\s*年度)\s*(?:[(（][^()（）]*[)）])?\s*"
    r"(?:との|と)?\s*(?:比較|比べ|比)"
)
_HEADING = re.compile(r"^\s*(?:#|■|□|◆|◇|●|【|\(\d+\)|第?\d+(?:章|節|\s|\.|、))")
# a sentence leading into the table below it: 「…は次のとおりです」「…を下表に示します」
_LEAD = re.compile(r"(?:次|以下|下記)の?(?:とおり|通り|表)|下表|次表")
_MONEY = re.compile(r"円|予算|決算|事業費|金額|費用|経費")
_ABOVE_MOST = 4  # lines above a table its heading may stand in (a heading, a line under it)
# a cell naming a fiscal year alone: 令和5年度, R5, 2023年度, 令和5年度（2023年度）, 令和5年度末
_YEAR_CELL = re.compile(r"(?P<year>[^()]+?)(?:\((?P<again>[^()]+)\))?(?:末|実績|時点)?")
# a change since last year (増減, 前年度比, 対前年度増減), and its signed numbers (▲6, △6, -6, +3)
_CHANGE = re.compile(r"(?:対?前年度?(?:比|差|との差|からの増減|増減)?|増減(?:数|件数)?|差引?)")
_SIGNED = re.compile(r"(?P<sign>[▲△+±-]?)(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)%?")
CHANGE_REASON = "前年度からの増減なので、今回の行とは比べません"


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


def lines_above(texts: Sequence[TextCell], at: int) -> list[str]:
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
    return any(_MONEY.search(line) for line in [texts[at].text, *lines_above(texts, at)])


def past_heading(texts: Sequence[TextCell], at: int, year: int | None) -> str:
    """Why the table whose header is the line at ``at`` is last year's, as its heading says;
    "" when it is not."""
    for line in map(_caption, lines_above(texts, at)):
        if _COMPARED.search(line) is not None:
            return ""  # (this year's table, compared with last year's: its columns tell)
        if (past := _PAST.search(line)) is not None:
            return f"{past['word']}の表なので、今回の行とは比べません"
        earlier = sorted(y for y in stated_years([line]) if year is not None and y < year)
        if earlier and year not in stated_years([line]):
            return f"{era_year(earlier[-1])}の表なので、今回の行とは比べません"
    return ""


def _caption(line: str) -> str:
    """What a line above a table says of the table: a heading or title whole; of a paragraph,
    only its last sentence, where it leads into the table (「前年度の結果は次のとおりです。」) —
    「Aの割合は、前年度の73.2%から…」 states numbers, and says nothing of the table's year
    (review 102)."""
    if "。" not in line:
        return line
    last = line.rstrip().removesuffix("。").rsplit("。", 1)[-1]
    return last if _LEAD.search(last) else ""


def year_cell(cell: str) -> int | None:
    """The fiscal year a table's cell names alone (fiscal.parse_fiscal_year's forms: 令和5年度,
    R5, 2023年度, and both, 令和5年度（2023年度）); None for any other cell."""
    found = _YEAR_CELL.fullmatch(re.sub(r"\s|\*", "", normalised(cell)))
    if found is None:
        return None
    years = set()
    for typed in filter(None, (found["year"], found["again"])):
        try:
            years.add(parse_fiscal_year(typed))
        except ValueError:
            return None
    return years.pop() if len(years) == 1 else None


def change_cell(cell: str) -> bool:
    """Whether a table's cell names a change since last year (増減, 前年度比)."""
    return _CHANGE.fullmatch(re.sub(r"\s|\*|\(.*\)$", "", normalised(cell))) is not None


def signed(text: str) -> tuple[int | float, int] | None:
    """(value, places) of a change's cell as a clerk writes it (▲6 and △6 for -6, +3, ±0);
    None for any other text."""
    found = _SIGNED.fullmatch(re.sub(r"\s", "", normalised(text)).replace("−", "-"))
    if found is None:
        return None
    digits = found["num"].replace(",", "")
    places = len(digits.partition(".")[2])
    value = float(digits) if places else int(digits)
    return (-value if found["sign"] in ("▲", "△", "-") else value), places


def row_years(labels: Sequence[Sequence[str]]) -> list[int | None]:
    """The fiscal year each row's labels name in a cell of their own (a 年度 column), None
    where they name none or several."""
    found = [{year for cell in row if (year := year_cell(cell)) is not None} for row in labels]
    return [years.pop() if len(years) == 1 else None for years in found]


def past_row(year: int | None, this_year: int | None) -> str:
    """Why a row of ``year`` is not compared with this round's rows; "" when it is."""
    if year is None or this_year is None or year == this_year:
        return ""
    return f"{era_year(year)}の行なので、今回の行とは比べません"


@dataclass(frozen=True, slots=True)
class YearRows:
    """A table's rows sorted by year: those compared (each with the labels it is placed by:
    its year's cell left out, 合計 for a row of the year alone) and those listed."""

    compared: tuple[tuple[PastedRow, tuple[str, ...]], ...]
    listed: tuple[NotCompared, ...]
    alone: frozenset[int] = frozenset()  # (the compared rows named by their year alone)


def by_year(table: PastedTable, year: int | None, heading: tuple[str, ...] = ("合計",)) -> YearRows:
    """``table``'s rows as compared with the rows of the round of ``year`` (--fiscal-year or
    the workbooks'; else the report's title's): another year's rows, a 増減 row and the rows of
    last year's table (its heading) listed as settled; where no year is known, its year rows
    said once, with the fix. A row of the round's year alone is placed by ``heading``: the
    labels of the group its heading names, else 合計."""
    this_year = year or table.year
    years = row_years([row.labels for row in table.rows])
    compared: list[tuple[PastedRow, tuple[str, ...]]] = []
    listed: list[NotCompared] = []
    unknown: list[PastedRow] = []
    at = 0
    alone: set[int] = set()
    for row, row_year in zip(table.rows, years, strict=True):
        if not any(read is not None for read in row.numbers):
            continue
        shown = " ".join(label.strip() for label in row.labels if label.strip())
        if any(change_cell(label) for label in row.labels):
            reason = CHANGE_REASON
        elif any(years):  # (a table with a 年度 column: by its rows, not its heading)
            if row_year is not None and this_year is None:
                unknown.append(row)  # (said once, where its first row stands)
                at = len(listed) if len(unknown) == 1 else at
                continue
            reason = past_row(row_year, this_year)
        else:
            reason = table.past
        if reason:
            part = "列" if table.across else "行"  # (years across: 「表の「令和4年度」の列」)
            scope = row.scope or f"表の「{shown}」の{part}"  # (a report's 「件数」 column: its own)
            listed.append(NotCompared(None, scope, shown, _said(table, row),
                                      reason, row.line.location, settled=True))  # fmt: skip
        else:
            kept = tuple(label for label in row.labels if year_cell(label) is None)
            if not any(kept):
                alone.add(len(compared))
            compared.append((row, kept if any(kept) else heading))
    if unknown:
        latest = era_year(max(filter(None, years)))
        said = "・".join(dict.fromkeys(shown for row in unknown for shown in _years(row)))
        listed.insert(at, NotCompared(None, "表", said, _said(table, unknown[0]), (
            "年度ごとの行ですが、今回の年度が分からないため比べていません（調査票の表題にも"
            f"報告書の表題にも年度がありません。今回が{latest}なら --fiscal-year "
            f"{latest.removesuffix('年度')} を付けて実行してください）"
        ), unknown[0].line.location))  # fmt: skip
    return YearRows(tuple(compared), tuple(listed), frozenset(alone))


def _years(row: PastedRow) -> list[str]:
    return [label.strip() for label in row.labels if year_cell(label) is not None]


def _said(table: PastedTable, row: PastedRow) -> int | float:
    """The number a listed row is said by: its 計, else its first number."""
    from planeval.pasted_tables import SUM

    numbers = [
        (column.kind, read[0])
        for column, read in zip(table.columns, row.numbers, strict=True)
        if read is not None
    ]
    return next((value for kind, value in numbers if kind == SUM), numbers[0][1])
