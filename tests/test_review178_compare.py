"""Review 178 #2: DX推進担当部 deleted the row of 2-2-1③ from this year's reply. Read with the
plan, validate and summarize call the item 未提出 (「回答に行がないため集計に含めていません」),
but compare called it 削除 and kept it in last year's count: policy 2 ○ fell by one more than
any item did, its 計 by one. With the plan it is 今回未集計, as a department's that never
answered, and in neither round's like-for-like counts."""

from __future__ import annotations

import json
from pathlib import Path

from tests.setagaya178 import PROJECTS, plan, rated, replies, run

DELETED = ("2-2-1", 3)


def test_a_plan_item_whose_row_a_department_deleted_is_not_yet_counted_not_removed(
    tmp_path: Path,
) -> None:
    plan_file = plan(tmp_path / "plan.xlsx")
    before = replies(plan_file, tmp_path / "回答R2", "令和2", rated({}))
    after = replies(plan_file, tmp_path / "回答R3", "令和3",
                    lambda project, n: None if (project, n) == DELETED else "○")  # fmt: skip
    _code, shown, _said = run("compare", str(before), str(after), "--plan", str(plan_file),
                              "-f", "json", "--keep-going")  # fmt: skip
    compared = json.loads(shown)
    [gone] = [m for m in compared["movements"] if m["kind"] != "same"]
    assert (gone["old"]["project_id"], gone["old"]["item_no"]) == DELETED
    assert (gone["change"], gone["uncounted_in"]) == ("今回未集計", "new")
    # (policy 2's items of the plan, but the one not answered this year: in neither round)
    asked = sum(len(items) for p, (_n, _d, items) in PROJECTS.items() if p.startswith("2-")) - 1
    for side in ("old", "new"):
        [two] = [group for group in compared[side]["groups"] if group["id"] == "2"]
        assert (two["counts"]["○"], two["total"]) == (asked, asked), side
    # (this round's count is summarize's with the same plan, which calls the item 未提出)
    _code, own, _said = run("summarize", str(after), "--plan", str(plan_file), "-f", "json",
                            "--keep-going")  # fmt: skip
    assert compared["new"]["total"] == json.loads(own)["total"]
    _code, own, _said = run("summarize", str(after), "--plan", str(plan_file), "--keep-going")
    assert "DX推進担当部の実施内容 1 件は、回答に行がないため集計に含めていません（未提出）" in own
    _code, shown, _said = run("compare", str(before), str(after), "--plan", str(plan_file),
                              "--keep-going", "-qq")  # fmt: skip
    assert "今回は回答に行がなかった（計画にはある）実施内容 1 件も「今回未集計」です" in shown
    [two] = [line for line in shown.splitlines() if line.startswith("│ 2 ")]
    assert two.split("│")[3].strip() == f"{asked} → {asked}（±0）", two
