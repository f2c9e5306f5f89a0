"""A 項目 whose indicators are all 評価できない (D, not counted) is no 項目 evaluated: planeval's
own sentence said 「3つの項目の5つの指標を評価しました」 of two 項目' five, and its own check
then failed it (review 71: 「評価した項目の数 記載 3 集計 2」). Sentence and check agree now."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests import test_check_cross_tables as kpi

UNCOUNTED_D = (
    '[scale]\npreset = "hamamatsu"\n\n[[scale.status]]\nsymbol = "D"\ncounted = false\n\n'
    '[wording]\npolicy = "基本方針"\nproject = "項目"\nitem = "指標"\nstatus = "指標の評価"\n'
)


def test_a_project_of_uncounted_rows_alone_is_not_said_evaluated(
    tmp_path: Path, monkeypatch
) -> None:
    policies = {"地域社会のDX": {"(1) 教育のDX": "ABB", "(2) 防災のDX": "D", "(3) 産業のDX": "AC"}}
    monkeypatch.setattr(kpi, "POLICIES", policies)
    book = kpi.workbook(tmp_path)
    settings = tmp_path / "planeval.toml"
    settings.write_text(UNCOUNTED_D, encoding="utf-8")
    rated = [g for g in policies["地域社会のDX"].values() if set(g) - {"D"}]
    counted = sum(len(g.replace("D", "")) for g in rated)
    out = tmp_path / "報告.md"
    runner = CliRunner()
    made = runner.invoke(app, ["export", str(book), "--config", str(settings), "--md", str(out)])
    assert made.exit_code == 0, made.output
    text = out.read_text(encoding="utf-8")
    assert f"{len(rated)}つの項目の{counted}つの指標を評価しました" in text, text
    checked = runner.invoke(
        app, ["check", str(book), "--config", str(settings), "--text", str(out)]
    )
    assert checked.exit_code == 0, checked.output
