"""A 課 that retitled its 実施状況 column 「進捗」 (and 達成度 「達成度（R6）」), read under the
実施状況 planeval.toml of a 大綱 with two status columns (review 94 #5): the error was put at
the 達成度 header, never named F4 or 「進捗」, and advised dropping status_column — which counts
達成度 as 実施状況 —; the file's items were then each said missing from every file, its 課
未記入, though its workbook had come. Now: the error at the column that holds 実施状況's
stages, its fix the title or the one planeval.toml line; the workbook left out as unreadable,
its 課 「未提出（表が読めないファイルのみ）」, no item of it said missing."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from tests.gyokaku_forms import ITEMS, gyokaku_form

PLAN = "計画.xlsx"


def _round(tmp_path: Path) -> Path:
    """Every 課's form, 財政課's status titles retitled; the plan and planeval.toml beside."""
    folder = tmp_path / "R5"
    folder.mkdir()
    for department in ITEMS:
        gyokaku_form(folder, department)
    path = folder / "財政課.xlsx"
    book = load_workbook(path)
    book.active["C4"], book.active["D4"] = "進捗", "達成度（R6）"
    book.save(path)
    plan = Workbook()
    sheet = plan.active
    sheet.title = "実施計画"
    sheet.append(["改革項目番号", "改革項目", "取組番号", "取り組み項目", "所管課", "区分"])
    rows = sorted(
        (policy, name, number, item, department)
        for department, items in ITEMS.items()
        for policy, name, number, item, _status in items
    )
    for policy, name, number, item, department in rows:
        sheet.append([str(policy), name, f"({number})", item, department, "継続"])
    plan.save(tmp_path / PLAN)
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n\n'
        f'[plan]\nfile = "{PLAN}"\n',
        encoding="utf-8",
    )
    return folder


def _run(tmp_path: Path, *args: str):
    config = str(tmp_path / "planeval.toml")
    return CliRunner().invoke(app, [*args, "--config", config], env={"COLUMNS": "200"})


def test_the_error_is_at_the_column_holding_the_stages_with_its_fix(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    said = _run(tmp_path, "validate", str(folder))
    assert said.exit_code == 1
    [error] = [
        line for line in said.stdout.splitlines() if "財政課.xlsx" in line and "エラー" in line
    ]
    assert error.startswith(f"エラー: {folder / '財政課.xlsx'} › 進捗状況 › C4: ")
    assert "（評価の列: D4「達成度（R6）」）" in error
    assert (
        "C4 の「進捗」が実施状況の列ではありませんか（未着手・取組中・完了 が記入されています）"
        in error
    )
    assert (
        'C4 の見出しを「実施状況」に直すか、planeval.toml の [layout.titles] に status = ["進捗"]'
        in error
    )
    assert "--status-column は要りません" not in said.stdout


def test_the_file_is_unreadable_not_its_items_missing(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    said = _run(tmp_path, "validate", str(folder), "-f", "json")
    found = json.loads(said.stdout)
    messages = [problem["message"] for problem in found["problems"]]
    assert not [m for m in messages if "どのファイルにもありません" in m]
    [fiscal] = [s for s in found["submissions"] if s["department"] == "財政課"]
    assert fiscal["label"] == "未提出（表が読めないファイルのみ）"
    assert fiscal["files"] == [str(folder / "財政課.xlsx")]
    summed = _run(tmp_path, "summarize", str(folder), "--keep-going", "-q")
    assert "財政課の回答のファイルの表が読めなかったため" in summed.stderr
    assert "そのファイルのエラー（見出し行）を直して集計し直してください" in summed.stderr
    assert "保存し直して" not in summed.stderr  # (the .xls advice: not this file's)
    assert (
        f"数えていないファイル: {folder / '財政課.xlsx'}（数える評価の列が見出し行にない）"
        in summed.stderr
    )


def test_the_line_offered_reads_the_column_as_the_status(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    with (tmp_path / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[layout.titles]\nstatus = ["進捗"]\n')
    said = _run(tmp_path, "validate", str(folder))
    assert said.exit_code == 0, said.stdout
    config = load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(
        [folder / "財政課.xlsx"], scale=config.scale, layout=config.layout
    )
    assert [entry.status for entry in read.entries] == ["取組中", "完了"]


def test_a_built_in_title_so_added_never_stands_for_the_column_named(tmp_path: Path) -> None:
    """[layout.titles] status naming a title planeval knows (達成度) is no other title of
    the 実施状況 column: a form lacking 実施状況 still errs, never counting 達成度 so."""
    folder = _round(tmp_path)
    with (tmp_path / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[layout.titles]\nstatus = ["達成度"]\n')
    config = load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(
        [folder / "財政課.xlsx"], scale=config.scale, layout=config.layout
    )
    assert read.entries == [] and read.has_errors


def test_without_a_likely_column_the_fix_does_not_drop_the_setting(tmp_path: Path) -> None:
    """A form whose only status column is 達成度's: nothing to offer, and not 「--status-column
    は要りません」 — that would count 達成度 as 実施状況."""
    folder = _round(tmp_path)
    path = folder / "財政課.xlsx"
    book = load_workbook(path)
    book.active["C4"] = "備考"
    for row in (5, 6):
        book.active.cell(row, 3, "なし")
    book.save(path)
    config = load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([path], scale=config.scale, layout=config.layout)
    [error] = read.errors
    assert error.location.cell == "D4"
    assert "--status-column は要りません" not in error.hint
    assert "実施状況の段階（未着手・取組中・完了）が記入されていません" in error.hint
