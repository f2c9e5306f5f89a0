"""Each body's 団体コード beside its name in the export's data of several bodies (review 120 #4:
団体別集計.csv, 進捗状況.csv and 課題一覧.csv named each body alone, where `summarize --by body -f
csv` gave its code — the column a ministry joins on): a column 団体コード before 団体 where some
body's code is known (Report.codes: roster.body_codes, the list's or as its forms state it),
and in the reader's 団体別集計 of the md, the HTML, the workbook and the Word document alike
(review 130: the workbook's alone had it; review 133 #8: there last, none in the docx)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.entry_columns import CODE_TITLE
from planeval.report.issue_list import BODY_HEADER
from planeval.report.tables import CountTable

CODE_HEADER = CODE_TITLE


def with_codes(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    codes: Mapping[str, str],
    *,
    keys: Sequence[str] | None = None,
) -> tuple[tuple[str, ...], list[list[str]]]:
    """``headers`` and ``rows`` with CODE_HEADER before the 団体 column, each row's body's code
    ("" for 合計 and a body of no known code) — the body each row's 団体 cell names, or
    ``keys``' (a reader's table marks a name: 「川辺町（一部未集計）」; "" for a うち重点 line);
    as they are without codes or a 団体 column. The one rule of every output's column of codes
    (the workbook's by table_codes and body_codes, cell by cell)."""
    if not codes or BODY_HEADER not in headers:
        return tuple(headers), [list(row) for row in rows]
    at = headers.index(BODY_HEADER)
    coded = body_codes(codes, keys if keys is not None else [row[at] for row in rows])
    return (
        (*headers[:at], CODE_HEADER, *headers[at:]),
        [[*row[:at], code, *row[at:]] for row, code in zip(rows, coded, strict=True)],
    )


def body_codes(codes: Mapping[str, str], bodies: Sequence[str]) -> list[str]:
    """Each of ``bodies``' code, "" for one of none known (合計, a うち重点 line's "")."""
    return [codes.get(body, "") for body in bodies]


def table_codes(table: CountTable, codes: Mapping[str, str]) -> Mapping[str, str]:
    """``codes`` where ``table`` is one of bodies (団体別集計: a row a body, its state said),
    else none; with the body each row is of (body_keys)."""
    return codes if table.states and not any(row.body for row in table.rows) else {}


def coded_names(
    table: CountTable, codes: Mapping[str, str]
) -> tuple[tuple[str, ...], list[list[str]]]:
    """``table``'s first header and each row's ID as shown (「川辺町（一部未集計）」), each
    with its body's code before it where ``table`` is of bodies (table_codes): the docx's."""
    shown = [[line.shown_id] for line in table.rows]
    return with_codes(table.id_headers[:1], shown, table_codes(table, codes), keys=body_keys(table))


def body_keys(table: CountTable) -> list[str]:
    """Each row's body, "" for a うち重点 line under one (its code the body's row gives)."""
    return ["" if row.sub else row.id for row in table.rows]
