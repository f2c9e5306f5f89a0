"""Review 163 #4: with a department's items 未提出, the published whole count shrank with who
answered — 「実施内容は全48件で、再掲の1件と記入に不備のあった1件を除く46件を集計しました。」 of a plan of
49, the 未提出 item said two lines later. 全 is now the plan's, the count said as a part of it
as the whole sentence says it (「…を除く47件のうち、回答のあった45件」), and ``check`` reads
planeval's own sentence back (exit 0)."""

from __future__ import annotations

import shutil
from pathlib import Path

import planeval
from tests.test_ended_in_plan_words import worded_plan
from tests.test_ended_items import round_of, run


def test_the_whole_count_is_the_plans_with_the_unreturned_said(tmp_path: Path) -> None:
    plan = worded_plan(tmp_path / "plan_r5.xlsx")
    folder = round_of(plan, "令和5", tmp_path / "R5")
    gone = next(folder.glob("*_会計室.xlsx"))
    moved = Path(shutil.move(gone, tmp_path / gone.name))  # (one department sent nothing)
    read = planeval.read_workbooks([folder], plan=planeval.read_plan(plan))
    unreturned = len(planeval.read_workbooks([moved]).entries)
    assert unreturned
    rows = len(read.entries)
    repeats = sum(entry.status == "-" for entry in read.entries)
    ended = len(read.plan_ended)
    whole = (
        f"実施内容は全{rows + ended + unreturned}件で、再掲の{repeats}件と廃止・終了の{ended}件を除く"
        f"{rows - repeats + unreturned}件のうち、回答のあった{rows - repeats}件を集計しました。"
    )
    md = tmp_path / "報告.md"
    said = run("export", str(folder), "--plan", str(plan), "--md", str(md))
    assert said.exit_code == 0, said.output
    assert whole in md.read_text(encoding="utf-8")
    checked = run("check", str(folder), "--plan", str(plan), "--text", str(md))
    assert checked.exit_code == 0, checked.output
    assert "読み取れません" not in checked.output
