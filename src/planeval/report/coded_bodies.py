"""Each body's 団体コード beside its name in the export's data of several bodies (review 120 #4:
団体別集計.csv, 進捗状況.csv and 課題一覧.csv named each body alone, where `summarize --by body -f
csv` gave its code — the column a ministry joins on): a column 団体コード before 団体 where some
body's code is known (Report.codes: roster.body_codes, the list's or as its forms state it),
and in the reader's 団体別集計 of the md, the HTML, the workbook and the Word document alike
(review 130: the workbook's alone had it; review 133 #8: there last, none in the docx)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import overload

from planeval.entry_columns import CODE_TITLE, PREFECTURE_TITLE
from planeval.past_errors import CountedPast
from planeval.report.issue_list import BODY_HEADER
from planeval.report.tables import CountTable

CODE_HEADER = CODE_TITLE
# … and after it each body's prefecture, where the list of bodies gives it (a national survey's
# 団体一覧 has a column 都道府県): a prefecture's clerk filters their bodies (review 179 #4)
PREFECTURE_HEADER = PREFECTURE_TITLE


def with_codes(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    codes: Mapping[str, str],
    *,
    keys: Sequence[str] | None = None,
    prefectures: Mapping[str, str] | None = None,
) -> tuple[tuple[str, ...], list[list[str]]]:
    """``headers`` and ``rows`` with CODE_HEADER (and PREFECTURE_HEADER, of ``prefectures``)
    before the 団体 column, each row's body's ("" for 合計 and a body of none known) — the
    body each row's 団体 cell names, or ``keys``' (a reader's table marks a name: 「川辺町（一部
    未集計）」; "" for a うち重点 line); as they are without either or a 団体 column. The one rule
    of every output's columns before the name (the workbook's and the page's by lead_columns)."""
    if not (codes or prefectures) or BODY_HEADER not in headers:
        return tuple(headers), [list(row) for row in rows]
    at = headers.index(BODY_HEADER)
    bodies = keys if keys is not None else [row[at] for row in rows]
    lead = lead_columns(codes, prefectures or {}, bodies)
    titles = tuple(title for title, _values in lead)
    return (
        (*headers[:at], *titles, *headers[at:]),
        [[*row[:at], *(values[i] for _, values in lead), *row[at:]] for i, row in enumerate(rows)],
    )


def lead_columns(
    codes: Mapping[str, str], prefectures: Mapping[str, str], bodies: Sequence[str]
) -> list[tuple[str, list[str]]]:
    """The columns before a table of bodies' names, each its title and each of ``bodies``'
    value ("" for 合計, a うち重点 line's ""): 団体コード where some body's is known, then 都道府県
    where the list gives some body's."""
    of = ((CODE_HEADER, codes), (PREFECTURE_HEADER, prefectures))
    return [(title, body_codes(known, bodies)) for title, known in of if known]


def body_codes(codes: Mapping[str, str], bodies: Sequence[str]) -> list[str]:
    """Each of ``bodies``' code, "" for one of none known (合計, a うち重点 line's "")."""
    return [codes.get(body, "") for body in bodies]


def table_codes(table: CountTable, codes: Mapping[str, str]) -> Mapping[str, str]:
    """``codes`` where ``table`` is one of bodies (団体別集計: a row a body, its state said),
    else none; with the body each row is of (body_keys)."""
    return codes if table.states and not any(row.body for row in table.rows) else {}


def coded_names(
    table: CountTable, codes: Mapping[str, str], prefectures: Mapping[str, str] | None = None
) -> tuple[tuple[str, ...], list[list[str]]]:
    """``table``'s first header and each row's ID as shown (「川辺町（一部未集計）」; a body
    not counted by its name alone, CountRow.named_id), each
    with its body's code (and prefecture) before it where ``table`` is of bodies
    (table_codes): the docx's."""
    shown = [[line.named_id] for line in table.rows]  # (「西川町」: its state apart)
    return with_codes(
        table.id_headers[:1],
        shown,
        table_codes(table, codes),
        keys=body_keys(table),
        prefectures=table_codes(table, prefectures or {}),
    )


def table_leads(
    table: CountTable, codes: Mapping[str, str], prefectures: Mapping[str, str]
) -> list[tuple[str, list[str]]]:
    """The columns before ``table``'s names (lead_columns), where it is of bodies (table_codes)."""
    known = table_codes(table, codes), table_codes(table, prefectures)
    return lead_columns(*known, body_keys(table))


def prefixed(body: str, prefectures: Mapping[str, str]) -> str:
    """``body`` named with its prefecture before it where the list gives one (秋田県福岡市, as
    the 未回答 error names a name two bodies share): a list of bodies not counted named 福岡市,
    a town of 秋田県's in one survey, as if it were 福岡県's city (review 179 #4)."""
    own = prefectures.get(body, "")
    return body if not own or body.startswith(own) else f"{own}{body}"


def body_keys(table: CountTable) -> list[str]:
    """Each row's body, "" for a うち重点 line under one (its code the body's row gives)."""
    return ["" if row.sub else row.id for row in table.rows]


@overload
def prefixed_each(named: Mapping[str, str], prefectures: Mapping[str, str]) -> dict[str, str]: ...
@overload
def prefixed_each(named: Sequence[str], prefectures: Mapping[str, str]) -> list[str]: ...
def prefixed_each(
    named: Sequence[str] | Mapping[str, str], prefectures: Mapping[str, str]
) -> list[str] | dict[str, str]:
    """``named`` (bodies, or each body → why: a note's list of bodies not counted), each body
    named by ``prefixed``."""
    if isinstance(named, Mapping):
        return {prefixed(body, prefectures): why for body, why in named.items()}
    return [prefixed(body, prefectures) for body in named]


def prefixed_past(past: CountedPast, prefectures: Mapping[str, str]) -> CountedPast:
    """``past`` as the count sentences name its bodies: each body whose workbook of another
    year was left out with its prefecture (「なお、このほか宮城県浜浦市、…の取組項目36件は」, not
    「浜浦市、…」 beside 団体別集計's 宮城県 — review 204 #5)."""
    if not prefectures or not past.year_bodies:
        return past
    named = tuple((key, tuple(prefixed_each(of, prefectures))) for key, of in past.year_bodies)
    return past._replace(year_bodies=named)
