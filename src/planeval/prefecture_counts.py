"""Counts per 都道府県, the first table of a ministry's national survey (review 204 #4): each
prefecture the list of bodies ([bodies] roster, its column 都道府県) places bodies in, in the
list's order, its bodies' rows added up, with how many of its bodies were counted and how many
not (未回答, 辞退, a reply not read), and 合計, the whole survey's. summarize --by prefecture
prints it; the export writes it as 都道府県別集計 before 団体別集計."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from planeval.aggregate import Group, Summary, summarize
from planeval.body_groups import by_prefecture
from planeval.count import Count
from planeval.errors import UsageError

if TYPE_CHECKING:
    from planeval.model import Entry
    from planeval.read_records import ReadResult
    from planeval.scale import Scale

PREFECTURE_TITLE = "都道府県"
TOTAL = "合計"


class PrefectureRow(NamedTuple):
    """One 都道府県's counts (or 合計's): its bodies with a row counted and those without."""

    prefecture: str
    counted: int
    not_counted: int
    counts: Count


def prefecture_counts(
    summary: Summary, bodies: Sequence[str], prefectures: Mapping[str, str]
) -> tuple[PrefectureRow, ...]:
    """The rows of ``summary`` (by body) added up per 都道府県 of ``prefectures`` (a body → its
    都道府県, as the list gives them: ReadResult.prefectures): by_prefecture of ``bodies`` (the
    read's: the list's), then of any other body ``summary`` counts; 合計 last, the summary's
    total. A body of ``bodies`` with no row counted is not_counted."""
    if summary.by != "body":
        raise ValueError(f"prefecture_counts counts a summary by body, not by {summary.by}")
    ids = (group.id for group in summary.groups)
    return placed_counts(summary, by_prefecture([*bodies, *ids], prefectures))


def placed_counts(
    summary: Summary, placed: Mapping[str, Sequence[str]]
) -> tuple[PrefectureRow, ...]:
    """The rows of ``summary`` (by body) added up per 都道府県 of ``placed`` (by_prefecture, in
    its order; a body it places that ``summary`` counts no row of is not_counted), 合計 last."""
    counts = {group.id: group.count for group in summary.groups}
    rows = [
        PrefectureRow(
            prefecture,
            len(counted := [counts[body] for body in them if body in counts]),
            len(them) - len(counted),
            _added(counted, summary.scale),
        )
        for prefecture, them in placed.items()
    ]
    return (
        *rows,
        PrefectureRow(
            TOTAL,
            sum(row.counted for row in rows),
            sum(row.not_counted for row in rows),
            summary.total,
        ),
    )


def counts_placed(
    entries: Sequence[Entry], placed: Mapping[str, Sequence[str]], scale: Scale
) -> dict[str, Count]:
    """Each 都道府県 of ``placed`` (by_prefecture) → its bodies' rows of ``entries`` added up,
    合計 → all of them: what check compares planeval's own 都道府県別集計 with (its rows, its
    rounding note's 「青森県は 99.9%」: review 205 #2)."""
    summary = summarize(entries, by="body", scale=scale)
    return {row.prefecture: row.counts for row in placed_counts(summary, placed)}


def row_bodies(entries: Sequence[Entry], placed: Mapping[str, Sequence[str]], name: str, said: str) -> frozenset[str]:  # fmt: skip
    """The bodies whose files' rows left out may hold back a number of the 都道府県別集計's row
    of ``name`` (a 都道府県 of ``placed``, or 合計): those of its 都道府県 (none of 合計: every
    body's) — those with a row of ``entries`` where its 集計した団体 cell ``said`` states as many,
    「27団体（未集計 3団体）」 (bodies_said): it counts them, as 「回答のあった290団体」 does (review
    210 #1: 北海道's 88 set aside for 岩手's PDF, 合計's 663 of 「290団体」 for an .xls)."""
    every = None if name == TOTAL else placed.get(name, ())
    counted = {entry.body for entry in entries if every is None or entry.body in every}
    stated = re.match(r"\s*(\d[\d,]*)団体", said)
    if stated and counted and int(stated[1].replace(",", "")) == len(counted):
        return frozenset(counted)
    return frozenset(every or ())


def read_prefecture_counts(summary: Summary, result: ReadResult) -> tuple[PrefectureRow, ...]:
    """prefecture_counts of a read by body: its bodies in the list's order, each one's 都道府県
    as the list gives it; a UsageError where the read has no list, or its list no 都道府県."""
    if not result.roster or not result.prefectures:
        raise UsageError(_no_prefectures(result.roster))
    return prefecture_counts(summary, result.bodies, result.prefectures)


def as_summary(rows: Sequence[PrefectureRow], summary: Summary) -> Summary:
    """The rows as a summary of groups, each one's ID its 都道府県, its name its bodies counted
    (「28団体（未集計 2団体）」): the export's table of them (count_table), 合計 the summary's."""
    groups = tuple(Group(row.prefecture, bodies_said(row), row.counts, 0) for row in rows[:-1])
    return Summary(
        "policy", groups, summary.total, summary.scale, percent_decimals=summary.percent_decimals
    )


def bodies_said(row: PrefectureRow) -> str:
    """Its bodies counted, and those not where some are: 「28団体（未集計 2団体）」."""
    return f"{row.counted:,}団体" + (
        f"（未集計 {row.not_counted:,}団体）" if row.not_counted else ""
    )


def _no_prefectures(roster: str) -> str:
    """Why --by prefecture cannot count: no list of bodies, or a list without 都道府県."""
    if not roster:
        return (
            "--by prefecture は団体一覧（planeval.toml の [bodies] roster）の「都道府県」の列で"
            "団体を都道府県に分けて数えます。団体一覧を [bodies] roster に指定し、--bodies file か"
            " --bodies folder と一緒に使ってください"
        )
    return (
        f"{roster}: --by prefecture は団体一覧の「都道府県」（または「都道府県名」）の列で団体を"
        "都道府県に分けて数えますが、この団体一覧にはその列がないか、どの団体にも書かれていません。"
        "見出し「都道府県」の列を加え、各団体の都道府県を書いてください"
    )


def _added(counts: Sequence[Count], scale: Scale) -> Count:
    """The counts added together, every status of ``scale`` (zeros included)."""
    counted = {symbol: sum(count.counts[symbol] for count in counts) for symbol in scale.counted}
    uncounted = {s: sum(count.uncounted[s] for count in counts) for s in scale.uncounted}
    return Count(counted, uncounted, scale.rounding, scale.ties)
