"""check of a 行政改革大綱 report read without the plan, one 部 of which sent nothing: its items'
numbers, numbered through the plan, are missing from every file (review 170 #4). 「N項目のうち
…」 of the plan's N — the rows counted, the one left out for its error and the numbers no file
holds — was a discrepancy (40 against 34); it agrees as those parts, said so in the verdict."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.gap_forms import FORMS, MISSING, write_forms


def test_a_total_of_the_plan_with_its_missing_numbers_agrees_as_its_parts(tmp_path: Path) -> None:
    folder, config = write_forms(tmp_path)
    rated = [status for items in FORMS.values() for *_, status in items if status]
    counted, in_error = len(rated), sum(not s for items in FORMS.values() for *_, s in items)
    plan = counted + in_error + MISSING
    counts = {s: rated.count(s) for s in ("達成", "一部達成", "未達成")}
    said = "、".join(f"{s}が{n}項目" for s, n in counts.items())
    share = round(100 * counts["達成"] / counted, 1) + 10  # (past what the row in error makes)
    text = tmp_path / "報告書.txt"
    text.write_text(
        f"計画全体では、{plan}項目のうち{said}で、達成の割合は{share}%でした。\n", encoding="utf-8"
    )
    args = ["check", str(folder), "--config", str(config), "--text", str(text), "--keep-going"]
    found = CliRunner().invoke(app, [*args, "-f", "json"])
    data = json.loads(found.stdout)
    # (the share is still wrong, and said; the plan's total is not)
    assert [(d["what"], d["stated"]) for d in data["disagreements"]] == [("達成", share)]
    plain = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert f"{plan}項目のうち" in plain.stdout
    assert f"集計 {counted} 件＋数えなかった行 {in_error + MISSING} 件" in plain.stdout
    assert f"番号 9～11 の {MISSING} 件" in plain.stdout
    assert found.exit_code == 1
