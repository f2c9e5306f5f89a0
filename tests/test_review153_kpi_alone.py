"""Review 153 A2: 名東区's KPI workbook (浜松市's A–D, 「D 評価できない」) exported alone under the
ward's 取組み settings (nagoya, 「D 50%未満の達成状況」) was published on nagoya's legend with
exit 0, its one warning hidden by -q and misquoting nagoya's labels in the [wording] status word
(「A 100%またはそれ以上の取組み結果」). It is an error, its rows left out, each label quoted as the
scale writes it; settings whose labels are the legend's (hamamatsu's) stay quiet."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review149_other_table import _kpi

WORDED = '[wording]\nstatus = "取組み結果"\n'


def _export(tmp_path: Path, preset: str) -> tuple[int, str, Path]:
    book = _kpi(tmp_path / "KPI評価_区政課.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(f'[scale]\npreset = "{preset}"\n\n{WORDED}', encoding="utf-8")
    report = tmp_path / "k.md"
    args = ["export", str(book), "--no-plan", "--config", str(config), "-q", "--md", str(report)]
    done = CliRunner().invoke(app, args)
    return done.exit_code, done.output, report


def test_the_kpi_workbook_under_the_forms_scale_is_an_error_shown_under_q(
    tmp_path: Path,
) -> None:
    code, output, report = _export(tmp_path, "nagoya")
    assert code == 1 and not report.exists()
    assert "凡例の記号の意味" in output and "エラー" in output
    assert "「A 100%またはそれ以上の達成状況」" in output
    assert "取組み結果」" not in output.split("いまの評価尺度")[1].split("と違います")[0]


def test_the_kpi_workbook_under_its_own_scale_is_quiet(tmp_path: Path) -> None:
    code, output, report = _export(tmp_path, "hamamatsu")
    assert code == 0, output
    assert "凡例の記号の意味" not in output and report.exists()
