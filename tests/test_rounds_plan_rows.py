"""rounds says what compare says (review 88 F5): an earlier round's row the plan would make an
error — a 課's row inserted, no item of the plan — is left out of that round's counts, as its
own summarize with the plan leaves it out (review 118 #4: counted, one more than its published
table); said under the items (terminal and Excel) and in the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.test_review88_plan_rows import _round, _run, city  # noqa: F401  (fixture)

NOTE = (
    "令和4年度の 1 行（1-1-1(3) 手続案内の動画配信）は、計画と照らすと記入に不備のあった行（計画にない"
    "取組内容など）のため、令和4年度を計画とともに集計した表（summarize --keep-going）と同じく、"
    "基本目標別の件数の令和4年度に含めていません"
)


@pytest.mark.parametrize("inserted", [True, False])
def test_rounds_says_an_earlier_round_s_row_its_own_count_left_out(
    city: Path,  # noqa: F811
    tmp_path: Path,
    inserted: bool,
) -> None:
    paths = [str(_round(city, 4, inserted=inserted))]
    paths += [str(_round(city, year, inserted=False)) for year in (5, 6)]
    labels = [arg for year in (4, 5, 6) for arg in ("--label", f"令和{year}年度")]
    code, shown = _run(city, "rounds", *paths, *labels, "-q")
    assert code == 0, shown
    assert (NOTE in shown.splitlines()) == inserted, shown
    code, data = _run(city, "rounds", *paths, *labels, "-f", "json")
    found = json.loads(data)["rows_plan_leaves_out"]
    # (review 118 #4: 令和4年度's counts are its own summarize's, the row not one more)
    _, own = _run(city, "summarize", paths[0], "--keep-going", "-f", "json", "-qq")
    [total] = [p["counts"][0] for p in json.loads(data)["policies"] if p["id"] == "合計"]
    assert total["計"] == json.loads(own)["total"]["total"]
    assert {label: [row["item_name"] for row in rows] for label, rows in found.items()} == {
        "令和4年度": ["手続案内の動画配信"] if inserted else [],
        "令和5年度": [],
        "令和6年度": [],
    }
    book = tmp_path / "最終評価.xlsx"
    code, _ = _run(city, "rounds", *paths, *labels, "--xlsx", str(book), "-qq")
    assert code == 0
    cells = [str(cell) for row in load_workbook(book).worksheets[0].values for cell in row if cell]
    # (the workbook, a document to hand round, names no command: review 91)
    printed = NOTE.replace("（summarize --keep-going）", "")
    assert any(printed in cell for cell in cells) == inserted
    assert not any("summarize" in cell for cell in cells)
