"""Fiscal years and dates as Japanese public documents write them: 令和4年度（2022年度),
令和4年5月31日; read back from what people type (2022, 令和4, R4, 令和4年度, 2022/5/31…)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date

from planeval.lazy_pattern import LazyPattern

# (first fiscal year of the era, its name, its letter); a fiscal year takes the era it starts in.
_ERAS = ((2019, "令和", "R"), (1989, "平成", "H"), (1926, "昭和", "S"))
FIRST_YEAR = 1926
AHEAD_MOST = 5  # fiscal years after this one: a template a round ahead, not 令和99 for 令和9
_ERA_YEAR = LazyPattern(r"^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*(?:年度?)?$", re.I)
_WESTERN = LazyPattern(r"^(\d{4})\s*(?:年度?)?$")
_ERA_DATE = LazyPattern(
    r"^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$",
    re.I,
)
_DATE = LazyPattern(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def era_year(fiscal_year: int) -> str:
    """2022 → "令和4年度", 2019 → "令和元年度", 2018 → "平成30年度"."""
    for first, name, _letter in _ERAS:
        if fiscal_year >= first:
            number = fiscal_year - first + 1
            return f"{name}{'元' if number == 1 else number}年度"
    raise ValueError(f"{fiscal_year} 年度は昭和より前の年度です")


def states_year(text: str, fiscal_year: int) -> bool:
    """Whether ``text`` (a report's title) names ``fiscal_year`` already, 「令和6年度 自治体DX
    推進状況調査」 or 「2024年度 …」, so that the year is not said again beside it."""
    typed = unicodedata.normalize("NFKC", text).replace(" ", "")
    return era_year(fiscal_year) in typed or f"{fiscal_year}年度" in typed


def dated_title(title: str, fiscal_year: int | None) -> str:
    """``title`` with the western year after the era year it names, 「令和6年度（2024年度） 自治体
    DX推進状況調査」 as the year's line writes it (the title page gave no 2024年度 at all, its
    line left out for the title naming 令和6年度: review 130 #5); else ``title`` as it is."""
    if fiscal_year is None or f"{fiscal_year}年度" in unicodedata.normalize("NFKC", title):
        return title
    era = era_year(fiscal_year)
    number = era[2:-2]  # (6, 元)
    typed = number.translate(_FULL_WIDTH_DIGITS) if number.isdigit() else number
    named = re.search(rf"{era[:2]}\s*(?:{number}|{typed})\s*年度", title)
    if named is None:
        return title
    return f"{title[: named.end()]}（{fiscal_year}年度）{title[named.end() :]}"


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def era_date(day: date) -> str:
    """2023-05-31 → "令和5年5月31日（水）", as a public document dates a deadline (令和元年 for
    2019 from 5月1日; 平成 before it)."""
    era, first = ("令和", 2019) if day >= date(2019, 5, 1) else ("平成", 1989)
    number = day.year - first + 1
    weekday = "月火水木金土日"[day.weekday()]
    return f"{era}{'元' if number == 1 else number}年{day.month}月{day.day}日（{weekday}）"


def year_end(fiscal_year: int) -> date:
    """The last day of a fiscal year: 2022 → 2023-03-31."""
    return date(fiscal_year + 1, 3, 31)


def due_after_year(due: date, fiscal_year: int) -> date | None:
    """Where a forms' deadline ``due`` falls on or before the end of the ``fiscal_year`` they
    ask of, the same day in the first year after that end — what a survey of the year's results
    asks by (review 162 #8: --due 2022/5/31 of 令和4年度's forms, due in 令和5年); None for a
    deadline after the year's end."""
    end, later = year_end(fiscal_year), due
    if due > end:
        return None
    while later <= end:  # (29 February a year on: 28)
        day = 28 if (later.month, later.day) == (2, 29) else later.day
        later = later.replace(year=later.year + 1, day=day)
    return later


def fiscal_year_label(fiscal_year: int) -> str:
    """2022 → "令和4年度（2022年度）"."""
    return f"{era_year(fiscal_year)}（{fiscal_year}年度）"


def _western(era: str, number: str) -> int:
    for first, name, letter in _ERAS:
        if era in (name, letter, letter.lower()):
            return first - 1 + (1 if number == "元" else int(number))
    raise AssertionError(era)


def parse_fiscal_year(text: str) -> int:
    """ "2022", "令和4", "R4", "令和4年度", "令和元年度" → 2022…; a ValueError with a sentence
    for anything else (a bare "4" is refused: which era is meant is not said)."""
    typed = unicodedata.normalize("NFKC", text).strip()
    western = _WESTERN.match(typed)
    era = _ERA_YEAR.match(typed)
    year = int(western[1]) if western else _western(era[1], era[2]) if era else None
    if year is None or year < FIRST_YEAR:
        raise ValueError(
            f"年度「{text}」は読めません。2022、令和4、R4、令和4年度 のように"
            "西暦（4 桁）か元号付きで指定してください"
        )
    if year > (latest := current_fiscal_year() + AHEAD_MOST):
        raise ValueError(
            f"年度「{text}」（{year}年度）は今年度の{AHEAD_MOST}年より先です"
            f"（指定できるのは{fiscal_year_label(latest)}まで）。打ち間違いでないか確認してください"
        )
    return year


def current_fiscal_year(today: date | None = None) -> int:
    """The fiscal year ``today`` falls in (April to March)."""
    today = today or date.today()
    return today.year if today.month >= 4 else today.year - 1


def parse_date(text: str) -> date:
    """ "2022-05-31", "2022/5/31", "令和4年5月31日", "R4.5.31" → date; a ValueError with a
    sentence for anything else."""
    typed = unicodedata.normalize("NFKC", text).strip()
    western = _DATE.match(typed)
    era = _ERA_DATE.match(typed)
    try:
        if western:
            return date(int(western[1]), int(western[2]), int(western[3]))
        if era:
            return date(_western(era[1], era[2]), int(era[3]), int(era[4]))
    except ValueError:
        raise ValueError(f"日付「{text}」はありえない日付です") from None
    raise ValueError(
        f"日付「{text}」は読めません。2022-05-31、2022/5/31、令和4年5月31日 のように指定してください"
    )


# a fiscal year as a title states it: 令和5年度, 令和元年度, R5年度, 2023年度 (a 年度 after it)
YEAR_NAMED = LazyPattern(r"(令和|平成|[RH])\s*(元|\d{1,2})\s*年度|(?<!\d)(\d{4})\s*年度")


def titled_year(titles: list[str]) -> int | None:
    """The one fiscal year the ``titles`` (each file's lines above its tables) state, as
    「…進捗状況（令和5年度）」 does; None when none does, or they state more than one (a plan's
    period, 令和3年度〜令和7年度, or files of two years)."""
    years = stated_years(titles)
    return years.pop() if len(years) == 1 else None


def stated_years(texts: Iterable[str], *, periods: bool = True) -> set[int]:
    """Every fiscal year the ``texts`` state (「令和5年度」, 「R5年度」, 「2023年度」); ``periods``
    False: none of a period's (without_periods), as a title's year is looked for — 「…計画（令和5
    年度～令和7年度）　令和6年度 進捗状況調査票」 states 令和6年度 (review 194 #1: its three years
    gave none, and the report none)."""
    years: set[int] = set()
    for text in texts:
        if not periods and "年度" in text:
            text = _UNPERIODED.get(text) or _UNPERIODED.setdefault(text, _unperioded(text))
        found = _STATED.get(text)
        if found is None:
            found = _text_years(text)
            if len(_STATED) < _STATED_MOST and len(text) <= _KEPT_LONGEST:
                _STATED[text] = found
        years |= found
    return years


# a period of years, a plan's: 「令和5年度～令和9年度」, 「令和5～9年度」, 「2023年度から2027年度まで」
_PERIOD = LazyPattern(
    rf"(?:{YEAR_NAMED.pattern}|(?:令和|平成|[RH])\s*(?:元|\d{{1,2}}))\s*(?:[~～〜\-－ー―]|から)"
    rf"\s*(?:{YEAR_NAMED.pattern}|\d{{1,4}}\s*年度)(?:まで)?"
    # (and the year a plan was revised or made in: 「本計画（令和7年度見直し後）に掲げる28指標」 —
    # this year's plan, its 28 this round's, not 令和7年度's: review 142 #3)
    rf"|(?:{YEAR_NAMED.pattern})\s*(?:に|の)?\s*(?:中間)?(?:見直し|見直|改定|改訂|策定|改正)"
    # (and the year compared with: 「前年度（令和8年度）との比較：達成A 14（＋2）…」 — this
    # year's counts and their changes, not 令和8年度's: review 158 #1)
    rf"|(?:{YEAR_NAMED.pattern})\s*[)）]?\s*(?:との|と)?\s*(?:比較|比べ|比)"
)


def without_periods(text: str) -> str:
    """``text`` without the periods it names (「第2次DX推進計画（令和5年度～令和9年度）に掲げる全41
    事業」): a plan's period is not the year its numbers are of (review 131 #6: 41 was said to be
    令和9年度's and not compared), nor is the year it names the plan's revision in (「（令和7年度
    見直し後）」: review 142 #3), nor the year its numbers are compared with (「令和8年度との比較」)."""
    return _PERIOD.sub(" ", text) if "年度" in text else text


def _unperioded(text: str) -> str:
    return without_periods(unicodedata.normalize("NFKC", text))


# every title looked at → itself without its periods (a roll-up's files repeat their template's)
_UNPERIODED: dict[str, str] = {}
# every text looked at → the years it states: the title rows of one template's files, met
# again in every file of a roll-up, normalised once
_STATED: dict[str, frozenset[int]] = {}
_STATED_MOST, _KEPT_LONGEST = 4_096, 1_000  # (texts; characters: a title, not a paragraph)


def _text_years(text: str) -> frozenset[int]:
    typed = unicodedata.normalize("NFKC", text)
    if "年度" not in typed:  # (as every year stated ends: most texts looked at no further)
        return frozenset()
    found = YEAR_NAMED.findall(typed)
    return frozenset(
        int(western) if western else _western(era, number) for era, number, western in found
    )


# a fiscal year a file's or folder's name states with no 年度 after it (「R7_人事課_調査票」,
# 「令和7」, 「H30 回答」, 「01_総務部_R6進捗状況」): an era's name or letter and its year not
# inside a word — not 「回答R7」, 「R7n」 or 「R70」 (the kanji after it another word: review 194 #1)
_NAMED_ERA = LazyPattern(r"(?<![^\W_])(令和|平成|R|H)\s*(元|0?[1-9]|[1-9]\d)(?![0-9A-Za-z])")


def named_years(names: Iterable[str]) -> set[int]:
    """Every fiscal year the ``names`` of files or folders state: as a title does
    (stated_years: 「令和7年度」, 「R7年度」, 「2025年度」), or as an office names a round's
    files, 「R7_人事課_進捗状況調査票」 (as --fiscal-year reads 「R7」); a year more than
    AHEAD_MOST after this one is none (「H45」)."""
    years = set()
    for name in names:
        years |= stated_years([name])
        typed = unicodedata.normalize("NFKC", name)
        years |= {_western(era, number) for era, number in _NAMED_ERA.findall(typed)}
    latest = current_fiscal_year() + AHEAD_MOST
    return {year for year in years if year <= latest}


def between(years: Sequence[int | None], unknown: str = "") -> str:
    """「（令和4年度 → 令和5年度）」 where every round's fiscal year is known (recorded, or
    stated in its titles), else ``unknown``."""
    if years and all(year is not None for year in years):
        return "（" + " → ".join(era_year(year) for year in years if year is not None) + "）"
    return unknown


def years_said(years: Sequence[int | None], *, compared: bool = True) -> str:
    """「前回：令和4年度（2022年度）　今回：令和5年度（2023年度）」 for two rounds compared (compare's
    words), 「令和3年度（2021年度）〜令和5年度（2023年度）（3 回）」 for more or for rounds side by
    side (``compared`` False: rounds' sheet, which says no 前回 nor 今回 — review 160 #7), where
    every year is known; else ""."""
    known = [fiscal_year_label(year) for year in years if year is not None]
    if len(known) != len(years) or len(known) < 2:
        return ""
    if len(known) == 2 and compared:
        return f"前回：{known[0]}　今回：{known[1]}"
    return f"{known[0]}〜{known[-1]}（{len(known)} 回）"
