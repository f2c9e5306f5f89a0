"""A 課 that never answered, its 改革項目 3 between 1–2 and 4–5 in no file (review 85): said in
every run — beside another file's error, under -q as a department that returned nothing is
— and under the export's 集計, not only as a notice once every other error is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from tests.gyokaku_forms import gyokaku_round

GAP = "政策 3 の行がどのファイルにもありません（政策 1・2・4・5 はあります）"


def _run(folder: Path, *args: str):
    config = str(folder.parent / "planeval.toml")
    return CliRunner().invoke(app, [*args, "--config", config], env={"COLUMNS": "200"})


def test_the_gap_is_said_beside_a_blank_status_of_another_file(tmp_path: Path) -> None:
    folder = gyokaku_round(tmp_path)
    said = _run(folder, "summarize", str(folder), "--keep-going")
    assert said.exit_code == 1
    assert "エラー: " in said.stderr and "C6" in said.stderr  # (市民課's blank 4-(2))
    assert f"警告: {folder}: {GAP}" in said.stderr
    checked = _run(folder, "validate", str(folder))
    assert f"警告: {folder}: {GAP}" in checked.stdout


@pytest.mark.parametrize("keep_going", [True, False])
def test_quiet_still_says_the_gap(tmp_path: Path, keep_going: bool) -> None:
    folder = gyokaku_round(tmp_path)
    if not keep_going:  # (every other error fixed: the gap the one thing to say)
        from tests.gyokaku_forms import gyokaku_form

        gyokaku_form(folder, "市民課")
    options = ["--keep-going"] if keep_going else []
    said = _run(folder, "summarize", str(folder), "-q", *options)
    assert f"警告: {folder}: {GAP}" in said.stderr


def test_the_export_says_the_gap_under_its_count(tmp_path: Path) -> None:
    folder = gyokaku_round(tmp_path)
    out = tmp_path / "R5.md"
    said = _run(folder, "export", str(folder), "--keep-going", "--md", str(out))
    assert said.exit_code == 1  # (the blank status: counted past)
    text = out.read_text(encoding="utf-8")
    summary = text[text.index("集計") :]
    assert "政策 3 は報告がなかったため、集計に含めていません" in summary
    # (the library's report of the same read, every format's model, says it too)
    config = load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale, layout=config.layout)
    remarks = planeval.report_of(read, config.scale).summary_table.remarks
    assert any("政策 3 は報告がなかったため" in line for line in remarks)


def test_a_file_not_read_at_all_may_hold_the_gap_so_nothing_is_said(tmp_path: Path) -> None:
    folder = gyokaku_round(tmp_path)
    (folder / "情報政策課.xlsx").write_bytes(b"not a workbook")  # (its 改革項目 3 unknown)
    said = _run(folder, "summarize", str(folder), "--keep-going")
    assert "情報政策課.xlsx" in said.stderr and GAP not in said.stderr
