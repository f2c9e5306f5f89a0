"""A prefecture's form numbering its 取組項目 in two parts (「1-1 書かない窓口の導入」), rated on
the same row, under no band row 「1 行政サービスのデジタル化」 (review 63: 本巣市's reply, a CSV
saved as a workbook, had lost them): every row was 「事業番号が読めません」 — read as Setagaya's
direction rows over 1-1-1 projects — where the other bodies' forms, with band rows, read."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.scale import Scale, Status
from tests.conftest import write_book

SCALE = Scale(tuple(Status(w, w) for w in ("実施済", "一部実施", "未着手")), as_planned="実施済")
HEADER = ["取組項目", "取組内容", "実施状況", "課題・今後の方向性"]
ROWS = [
    ["1-1 書かない窓口の導入", "聞き取りで申請書を作る", "一部実施", "調整中"],
    ["1-2 行政手続のオンライン化", "電子申請を広げる", "実施済", ""],
    ["2-1 システムの標準化", "標準準拠システムへ移行する", "未着手", "人員不足"],
]


def test_two_part_projects_rated_on_their_rows_read_with_or_without_band_rows(
    tmp_path: Path,
) -> None:
    bare = write_book(tmp_path / "本巣市.xlsx", {"調査票": [HEADER, *ROWS]})
    banded = [HEADER, ["1 行政サービス"], *ROWS[:2], ["2 業務"], ROWS[2]]
    band = write_book(tmp_path / "岐阜市.xlsx", {"調査票": banded})
    read = [planeval.read_workbooks([path], scale=SCALE) for path in (bare, band)]
    for result in read:
        assert not result.problems
    ids = [[(e.policy_id, e.project_id, e.project_name, e.status) for e in r.entries] for r in read]
    assert (
        ids[0]
        == ids[1]
        == [
            ("1", "1-1", "書かない窓口の導入", "一部実施"),
            ("1", "1-2", "行政手続のオンライン化", "実施済"),
            ("2", "2-1", "システムの標準化", "未着手"),
        ]
    )
