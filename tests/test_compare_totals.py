"""compare's counts per policy compare like with like: an item 未集計 in one round is in
neither round's counts. 桜ヶ丘市's 情報政策課 did not answer R5, so R6's 改革項目3 had no row and
the table's 合計 「7 → 7」 read as R6's count of 10 (review 86). The note under the table says
what the 合計 is and which policy has no row, alike in the terminal, the workbook and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.gyokaku_forms import ITEMS, gyokaku_form, gyokaku_round

TOTAL = (
    "改革項目別の件数の変化の合計は、未集計の取り組み項目を除いた件数のため、"
    "今回の集計の 10 件ではなく 7 件です"
)
POLICY = (
    "改革項目 3（今回 2 件）は、前回と今回で比べられる取り組み項目がないため、"
    "改革項目別の件数の変化の表にありません"
)


@pytest.fixture
def rounds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """R5 with 情報政策課 (改革項目3) unanswered and 市民課's (2) left blank, as gyokaku_round
    makes it; R6 with every 課 answered and every item rated: 7 items counted, then 10."""
    gyokaku_round(tmp_path)
    with (tmp_path / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[wording]\npolicy = "改革項目"\nitem = "取り組み項目"\n')
    (tmp_path / "R6").mkdir()
    for department in ITEMS:
        gyokaku_form(tmp_path / "R6", department)
    monkeypatch.chdir(tmp_path)
    return "R5", "R6"


def _compare(*args: str) -> str:
    said = CliRunner().invoke(app, ["compare", *args, "--keep-going"], env={"COLUMNS": "200"})
    # (R5's blank 実施状況: that round's, said once, no error here — review 180 #6)
    assert said.exit_code == 0, said.output
    return said.stdout


def test_the_note_says_the_total_is_no_round_s_count_and_names_the_policy_left_out(
    rounds: tuple[str, str],
) -> None:
    shown = _compare(*rounds).splitlines()
    assert any(line.startswith("│ 合計 ") and "7 → 7（±0）" in line for line in shown)
    assert not any(line.startswith("│ 3 ") for line in shown)  # (no row: said instead)
    assert shown[-2:] == [TOTAL, POLICY]


def test_the_workbook_and_the_json_say_it_too(rounds: tuple[str, str]) -> None:
    _compare(*rounds, "--xlsx", "比較.xlsx")
    sheet = load_workbook("比較.xlsx")["改革項目別の件数の変化"]
    notes = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert any(f"{TOTAL}\n{POLICY}" in str(note) for note in notes)
    data = json.loads(_compare(*rounds, "-f", "json"))
    assert data["new"]["total"]["total"] == 7  # (the counts per policy, like for like)
    assert data["counted"] == {"old": 7, "new": 10}
    assert data["policies_not_compared"] == [
        {"id": "3", "label": "", "counted": {"old": 0, "new": 2}}
    ]
