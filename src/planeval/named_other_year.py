"""A reply not made from this round's template whose file's name states another fiscal year
(川瀬町's 教育委員会 sending 「R7教育委員会評価表.xlsx」, last year's own form with only its title's
year changed, in the 令和8年度 round of template forms: counted as its reply with nothing said,
review 146 #5). Its rows are read and counted as they are — planeval cannot tell last year's
ratings from this year's — but the clerk is told once, naming the file, to make sure."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

from planeval.fiscal import era_year, named_years
from planeval.marks import TemplateMark, round_year
from planeval.model import Location, Problem, Severity

# (an era's year leading a file's name, its words right after it: 「R7教育委員会評価表」, which
# fiscal.named_years leaves to a name's separate words)
_LEADING = re.compile(r"^(?:令和|R)\s*(元|0?[1-9]|[1-9][0-9])(?![0-9A-Za-z])", re.I)


def named_for_another_year(
    files: Sequence[str], marks: Mapping[str, TemplateMark]
) -> list[Problem]:
    """A notice at each file of ``files`` without a template's mark whose name states a year
    other than the round's (the year its templates' ``marks`` are of); none in a round read
    from no template."""
    found = round_year(marks)
    if found is None:
        return []
    year = found[1].fiscal_year
    problems = []
    for file in files:
        named = _named(Path(file).stem)
        if file in marks or not named or year in named:
            continue
        stated = era_year(min(named))
        problems.append(
            Problem(
                Location(file),
                Severity.NOTICE,
                f"ファイル名が{stated}のもので、{era_year(year)}の調査票（template で作った"
                "様式）でもありません。表題の年度にかかわらず、この回の回答として数えています",
                hint=f"{stated}の回答を送り直していないか担当課に確かめ、{era_year(year)}の"
                "調査票で回答してもらってください。今年度の回答であれば、ファイル名の年度を"
                "直すとこのお知らせは出ません",
            )
        )
    return problems


def _named(stem: str) -> set[int]:
    """The fiscal years a file's name states: named_years', and an era's year leading it."""
    named = named_years([stem])
    leading = _LEADING.match(unicodedata.normalize("NFKC", stem))
    if leading is not None:
        named |= named_years([f"令和{leading[1]}年度"])
    return named
