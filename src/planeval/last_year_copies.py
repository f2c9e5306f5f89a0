"""Last year's workbook sent beside this year's reply (review 109 #2: 松原町's 「… (1).xlsx」
titled 令和6年度 in a 令和7年度 roll-up). A workbook whose title states another year than the
round's (--fiscal-year's, else most files') is an error, its rows not counted
(title_years.years_left_out).
Where the same body's other workbooks rate most of its items too, counting it would only make
conflicts — a dozen 「どちらが正しいか所管課に確認」 errors over
last year's ratings, and the body's this-year reply not counted. Such a workbook is left out
all the same, said once as a warning, and the body's reply counted — whether or not
--fiscal-year is given (review 198 #1: with it, 港浜市's copy was an error, its complete reply
published 「一部未集計」)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from planeval.fiscal import fiscal_year_label
from planeval.item_keys import EntryKey, entry_key
from planeval.model import Entry, Location, Problem
from planeval.past_errors import LAST_YEARS_COPY
from planeval.read_records import ReadResult
from planeval.title_years import stale_titles


def beside_this_years(
    read: Sequence[Entry], titled: Mapping[str, tuple[int, Location]], year: int | None = None
) -> dict[str, Problem]:
    """The workbooks whose title states another year than the round's (stale_titles; ``titled``:
    the round's titled_files; ``year``: the round's as given, title_years.given_year) more than half of whose items the same body's other files rate
    too, each with its warning: left out of the count. Rows are looked at only where a title
    states another year (most reads none)."""
    stale = stale_titles(titled, year)
    if not stale:
        return {}
    own: dict[str, set[EntryKey]] = {}
    others: set[EntryKey] = set()
    for entry in read:
        file = entry.location.file
        if file in stale:
            own.setdefault(file, set()).add(entry_key(entry))
        else:
            others.add(entry_key(entry))
    return {
        file: _left_out(stale[file])
        for file, keys in own.items()
        if len(keys & others) * 2 > len(keys)
    }


def last_years_copies(result: ReadResult) -> set[str]:
    """The workbooks beside_this_years left out: no row of the round left out by them — the
    reply they repeat counted whole —, so not 一部未集計 (past_errors.partly_counted), nor rows
    check holds a number of their scope back for (review 198 #2: 「計画どおり26件」)."""
    return {p.location.file for p in result.problems if p.reason == LAST_YEARS_COPY}


def _left_out(warned: Problem) -> Problem:
    year = fiscal_year_label(warned.round_year) if warned.round_year else "今年度"
    said = warned.message.partition("。")[0]
    return replace(
        warned,
        message=f"{said}。同じ団体の{year}のブックが同じ実施内容を評価しているため、前の年度の"
        "ブックとみなして、このファイルの行は数えていません",
        hint="前の年度のブックなら、回答のフォルダから除いてください。今年度の回答なら、表題の年度"
        "を直し、もう一方のブックと評価が重なっていないか確かめてください",
        reason=LAST_YEARS_COPY,
    )
