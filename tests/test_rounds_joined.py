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
    # (泉村, merged away, is on last year's list and not on this year's: no reply missing
    # this year, 「団体一覧になし」 there — review 104 #7: 「未集計」, 「r6の回答なし」)
    [gone] = [_cells(line) for line in lines if line.startswith("│ 泉村")]
    assert gone[-2:] == ["△", "団体一覧になし"]
    flat = "".join(line.strip() for line in lines)  # (the note as it reads, unfolded)
    assert "その回を「団体一覧になし」としています" not in flat
    assert "参加前の回を「参加前」、団体一覧にない回を「団体一覧になし」としています" in flat
    assert "森野町：r6から参加（3 件）" in lines
    assert "泉村：r6の団体一覧になし（合併等）（r5 2 件）" in lines
    # (and no notice that 森野町 sent nothing last year, nor 泉村 this year)
    assert "森野町はr5のブックがありません" not in done.stderr
    assert "泉村はr6のブックがありません" not in done.stderr
    data = json.loads(_run(rounds, *args, "-f", "json").stdout)
    items = [item for item in data["items"] if item["body"] == "森野町"]
    assert [(i["before_joining_in"], i["unsent_in"]) for i in items] == [(["r5"], [])] * 3
    [gone_item] = [item for item in data["items"] if item["body"] == "泉村"]
    assert (gone_item["unlisted_in"], gone_item["unsent_in"]) == (["r6"], [])
    [merged] = [body for body in data["bodies_apart"] if body["body"] == "泉村"]
    assert (merged["unlisted_in"], merged["unanswered_in"]) == (["r6"], [])
