"""rounds of a survey a body joined (review 100 #7): 月浜市's earlier round was 「未集計」 on
each of its items, though the note under the table says 「令和6年度から参加」 — nothing was
asked of it there, so nothing is missing. Those rounds are 「参加前」."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_round_roster import _run, rounds

__all__ = ["rounds"]  # (the fixture: last year's list has no 森野町)


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("│")[1:-1]]


def test_a_body_s_rounds_before_it_joined_are_before_joining(rounds: Path) -> None:
    args = ("rounds", str(rounds / "r5"), str(rounds / "r6"), "--bodies", "file")
    done = _run(rounds, *args)
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    joined = [_cells(line) for line in lines if line.startswith("│ 森野町")]
    assert [cells[-2:] for cells in joined] == [["参加前", "◎"], ["参加前", "○"], ["参加前", "○"]]
    # (泉村, merged away and on last year's list, did not answer this year: 未集計 there)
    [gone] = [_cells(line) for line in lines if line.startswith("│ 泉村")]
    assert gone[-2:] == ["△", "未集計"]
    flat = "".join(line.strip() for line in lines)  # (the note as it reads, unfolded)
    assert "回答のない回を「未集計」、参加前の回を「参加前」としています" in flat
    assert "森野町：r6から参加（3 件）" in lines
    # (and no notice that 森野町 sent nothing last year)
    assert "森野町はr5のブックがありません" not in done.stderr
    data = json.loads(_run(rounds, *args, "-f", "json").stdout)
    items = [item for item in data["items"] if item["body"] == "森野町"]
    assert [(i["before_joining_in"], i["unsent_in"]) for i in items] == [(["r5"], [])] * 3
