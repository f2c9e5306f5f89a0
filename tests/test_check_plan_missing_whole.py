"""`check` of a right text where one plan item is in no file of a department that replied, and
two rows are rated with statuses of the body's own not counted (review 138 #2, 青葉台市: 人事課
sent last year's form without the new 2-3-2③; 完了 and 廃止 added with counted = false). Before,
「完了・廃止の2取組」 was compared with 0 (only counted statuses were summed), and the plan's
46 and 44 were said to differ from 45 and 43: the item missing makes them up, as a department's
未提出 items already did."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import load_workbook

from planeval import load_config, read_plan, read_workbooks
from tests.cycle_fill import PLAN, fill_workbook, item_rows
from tests.test_ended_items import run

SETTINGS = """[scale]
preset = "setagaya"

[[scale.status]]
symbol = "完了"
label = "完了"
counted = false
ranked = false

[[scale.status]]
symbol = "廃止"
label = "廃止"
counted = false
ranked = false
"""
MISSING = "1-1-1⑤"


def test_a_plan_s_whole_with_an_item_no_file_has_agrees(tmp_path: Path) -> None:
    forms = tmp_path / "R5"
    said = run(
        "template", str(PLAN), "--fiscal-year", "令和5", "-o", str(forms),
        "--split-by", "department",
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    for path in forms.glob("*.xlsx"):
        fill_workbook(path, {"1-1-1①": ("完了", ""), "1-1-1②": ("廃止", "")}, default="○")
    lead = forms / "実施状況調査票_2023_政策経営部.xlsx"
    book = load_workbook(lead)
    for cell in dict(item_rows(book["実施状況"]))[MISSING][1:]:  # (its row emptied: no item)
        cell.value = None
    book.save(lead)
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    plan = read_plan(PLAN)
    result = read_workbooks([forms], scale=load_config(config).scale, plan=plan)
    statuses = Counter(entry.status for entry in result.entries)
    rows, ended = sum(statuses.values()), statuses["完了"] + statuses["廃止"]
    counted = rows - ended - statuses["-"]
    # (the item's lead replied without its row: listed 未提出 as that 課's, review 138 #1)
    missing = sum(result.unreturned.values()) + sum(result.plan_missing.values())
    assert ended == 2 and missing == 1
    assert len(plan.items) == rows + 1
    text = tmp_path / "報告書案.txt"
    text.write_text(
        f"令和5年度 実施状況\n\n計画に掲げる{len(plan.items)}の実施内容のうち、完了・廃止の"
        f"{ended}件を除く{counted + 1}件を評価の対象とし、○評価は{statuses['○']}件でした。\n",
        encoding="utf-8",
    )
    checked = run(
        "check", str(forms), "--plan", str(PLAN), "--config", str(config), "--keep-going",
        "--text", str(text),
    )  # fmt: skip
    assert "記載と集計の食い違い" not in checked.output, checked.output
    assert "記載件数はすべて集計と一致しています" in checked.output
    assert f"（集計 {counted} 件＋未提出 1 件）" in checked.output
