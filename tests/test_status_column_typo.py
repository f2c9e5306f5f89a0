"""A status_column no table has is one settings error at its planeval.toml line, with the
nearest titles the workbooks have and the line to write, exit 2 (review 141 #5: 「実施状態」
for 実施状況 was one data error per workbook, exit 1); a title some workbooks have and one lacks
stays that workbook's error."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.kawabe_forms import ITEMS, SETTINGS, kawabe_forms

RUNNER = CliRunner()
DEPARTMENTS = list(dict.fromkeys(item[2] for item in ITEMS))


def _settings(tmp_path: Path, status_column: str) -> Path:
    path = tmp_path / "planeval.toml"
    text = SETTINGS.format(titles="")
    text = text.replace('status_column = "実施状況"', f'status_column = "{status_column}"')
    path.write_text(text, encoding="utf-8")
    return path


def _line(path: Path, key: str) -> int:
    return next(
        n
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith(key)
    )


def test_a_mistyped_status_column_is_one_settings_error_at_its_line(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    settings = _settings(tmp_path, "実施状態")
    for command in ("summarize", "issues"):
        result = RUNNER.invoke(app, [command, str(forms), "--config", str(settings)])
        assert result.exit_code == 2, result.output
        errors = [line for line in result.stderr.splitlines() if line.startswith("エラー")]
        assert errors == [
            f'エラー: {settings}:{_line(settings, "status_column")} › [layout]: status_column = "実施状態"'
            f" という評価の列は、読んだ {len(DEPARTMENTS)} ファイルのどの表の見出し行にもありません"
            "（ファイルにある評価の列: 「実施状況 ※必須」・「達成度（3段階）」）。「実施状況」のことですか。"
            '何も数えていません（status_column = "実施状況" に直してください）'
        ]


def test_a_mistyped_status_column_option_names_the_option(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    settings = _settings(tmp_path, "実施状況")
    result = RUNNER.invoke(
        app, ["summarize", str(forms), "--config", str(settings), "--status-column", "達成"]
    )
    assert result.exit_code == 2, result.output
    assert "エラー: --status-column の「達成」という評価の列は" in result.stderr
    assert "「達成度」のことですか" in result.stderr
    assert "--status-column 達成度 に直してください" in result.stderr


def test_a_title_one_workbook_lacks_stays_that_workbooks_error(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    other = kawabe_forms(tmp_path / "旧様式", status_titles=("進捗", "達成度"))
    shutil.copy(other / f"{DEPARTMENTS[0]}.xlsx", forms / f"{DEPARTMENTS[0]}.xlsx")
    settings = _settings(tmp_path, "実施状況")
    result = RUNNER.invoke(app, ["summarize", str(forms), "--config", str(settings)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("エラー:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"エラー: {forms / DEPARTMENTS[0]}.xlsx › 進捗状況 › ")
    assert (
        "[layout] status_column）の「実施状況」という評価の列がこの表の見出し行にありません"
        in errors[0]
    )
