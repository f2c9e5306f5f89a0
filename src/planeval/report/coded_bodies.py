"""Each body's 団体コード beside its name in the export's data of several bodies (review 120 #4:
団体別集計.csv, 進捗状況.csv and 課題一覧.csv named each body alone, where `summarize --by body -f
csv` gave its code — the column a ministry joins on): a column 団体コード before 団体 where some
body's code is known (Report.codes: roster.body_codes, the list's or as its forms state it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.report.issue_list import BODY_HEADER

CODE_HEADER = "団体コード"


def with_codes(
    headers: Sequence[str], rows: Sequence[Sequence[str]], codes: Mapping[str, str]
) -> tuple[tuple[str, ...], list[list[str]]]:
    """``headers`` and ``rows`` with CODE_HEADER before the 団体 column, each row's body's code
    ("" for 合計 and a body of no known code); as they are without codes or a 団体 column."""
    if not codes or BODY_HEADER not in headers:
        return tuple(headers), [list(row) for row in rows]
    at = headers.index(BODY_HEADER)
    return (
        (*headers[:at], CODE_HEADER, *headers[at:]),
        [[*row[:at], codes.get(row[at], ""), *row[at:]] for row in rows],
    )
