"""Review 151: the two-scale 行政改革大綱 (実施状況 and 達成度 of the same items, each with its own
planeval.toml) when one 達成度 cell is left blank, and the configs given in a clerk's ways."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_two_scales import ROWS, _setup


def _one_blank() -> dict:
    """ROWS with 市民課's 完了 row's 達成度 left blank: an error of the 達成度 read only."""
    rows = {**ROWS, "市民課": [*ROWS["市民課"]]}
    rows["市民課"][0] = (*rows["市民課"][0][:4], None, "")
    return rows


def test_check_of_both_scales_holds_the_second_scales_figures_back_as_its_own(
    tmp_path: Path,
) -> None:
    """#1: with both configs given, the 達成度 figures are that scale's, held back for its
    uncounted row as the 達成度 config alone does, never 「その尺度の設定で check してください」."""
    rows = _one_blank()
    inputs = _setup(tmp_path, rows)
    listed = [row for own in rows.values() for row in own]
    part = sum(row[4] == "一部達成" for row in listed)
    # (the share of every rated item, the forgotten one among them: what the 課 will send)
    share = 100 * part / sum(1 for own in ROWS.values() for row in own if row[4])
    text = tmp_path / "報告書.txt"
    said = f"取組項目の達成度は、一部達成が{part}項目（{share:.1f}%）でした。\n"
    text.write_text(said, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", *inputs, "--text", str(text), "--keep-going", "-qq"])
    assert result.exit_code == 1, result.output
    said = "".join(result.output.split())
    assert "その尺度の設定でcheck" not in said, result.output
    assert "別の評価尺度" not in said, result.output
    assert "数えなかった行" in said, result.output
