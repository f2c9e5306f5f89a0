"""Review 149 #5: 名東区's KPI form states its scale with thresholds, 「A 目標達成（達成率100%以上）
B 概ね達成（80%以上100%未満）…」; the report's legend said 「A：目標達成、B：概ね達成…」. Labels set
with [[scale.status]] as the form states them keep the thresholds in every legend, while the
count sentences say the word alone (「目標達成2件」, not 「A（目標達成（達成率100%以上））2件」),
and check reads the report back clean."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review149_other_table import _kpi

TOML = """[scale]
preset = "hamamatsu"

[[scale.status]]
symbol = "A"
label = "目標達成（達成率100%以上）"

[[scale.status]]
symbol = "B"
label = "概ね達成（80%以上100%未満）"

[[scale.status]]
symbol = "C"
label = "未達成（80%未満）"

[wording]
policy = "柱"
item = "KPI"
status = "評価"
"""


def test_labels_with_thresholds_are_the_legend_s_and_the_word_the_sentence_s(
    tmp_path: Path,
) -> None:
    book = _kpi(tmp_path / "KPI評価_区政課.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    report = tmp_path / "KPI.md"
    runner = CliRunner()
    given = ["--config", str(config)]
    exported = runner.invoke(app, ["export", str(book), "--md", str(report), *given])
    assert exported.exit_code == 0, exported.output
    text = report.read_text(encoding="utf-8")
    legend = "※A：目標達成（達成率100%以上）、B：概ね達成（80%以上100%未満）、C：未達成（80%未満）"
    assert legend in text
    sentence = next(line for line in text.splitlines() if "個別の" in line)
    assert "目標達成1件、概ね達成1件、未達成1件、評価できない1件" in sentence, sentence
    checked = runner.invoke(app, ["check", str(book), "--text", str(report), *given])
    assert checked.exit_code == 0, checked.output
    assert "すべて集計と一致しています" in checked.output.replace("\n  ", "")
