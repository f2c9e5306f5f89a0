"""A 局 that sent last year's workbook again, left out under --fiscal-year: the published count
sentence says so (review 82: 「…事務事業4件は、エラーがあったため集計に含めていません」 where
the reason was last year's form), and check compares that number with the workbook's rows."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.bureau_forms import LAST_YEAR, SETTINGS, THIS_YEAR, bureau_form


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_a_workbook_of_last_year_left_out_is_said_as_such_and_checked(tmp_path: Path) -> None:
    folder = tmp_path / "令和5年度"
    bureau_form(folder, "危機管理本部", "令和5年度", THIS_YEAR)
    bureau_form(folder, "市民文化局", "令和4年度", LAST_YEAR)  # (sent again)
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    report = tmp_path / "報告.md"
    common = ["--config", str(config), "--fiscal-year", "令和5", "--keep-going"]
    exported = _run("export", str(folder), *common, "--md", str(report))
    assert exported.exit_code == 1  # (the workbook of another year: an error, counted past)
    text = report.read_text(encoding="utf-8")
    assert (
        "なお、このほか事務事業2件は、所管局の回答が別の年度の調査票で提出されたため"
        "集計に含めていません。"
    ) in text
    assert "エラーがあったため" not in text
    checked = _run("check", str(folder), *common, "--text", str(report))
    assert "比べられなかった数" not in checked.output, checked.output
    assert "すべて集計と一致しています" in checked.output
    report.write_text(text.replace("事務事業2件は、所管局", "事務事業3件は、所管局"), "utf-8")
    wrong = _run("check", str(folder), *common, "--text", str(report))
    # (the workbook's every row read: 3 of its 2 is wrong — review 84)
    said = next(line for line in wrong.stdout.splitlines() if "集計していない行の数" in line)
    assert [cell.strip() for cell in said.split("│")[2:5]] == ["集計していない行の数", "3", "2"]
