"""summarize --keep-going printed a table that read as the whole count: only stderr said a row
was left out (review 98 #11). The table says it under itself, as the export says it under 集計."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import REPO
from tests.test_bodies import _survey
from tests.test_unreturned_departments import LED, MISSING, _round

WIDE = {"COLUMNS": "200"}
NOTE = "記入に不備のあった 1 か所の行は集計に含めていません。直した後の件数はこの表と異なります。"


def test_a_table_counted_past_an_error_says_so_under_it(tmp_path: Path) -> None:
    path = tmp_path / "chapter3.xlsx"
    shutil.copy(REPO / "data" / "setagaya" / "chapter3.xlsx", path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "○")
    cell.value = "●"  # (no symbol of the scale: an error, the row left out)
    book.save(path)
    kept = CliRunner().invoke(app, ["summarize", str(path), "--keep-going"], env={"COLUMNS": "200"})
    assert kept.exit_code == 1
    assert NOTE in kept.stdout
    clean = CliRunner().invoke(
        app, ["summarize", str(REPO / "data" / "setagaya" / "chapter3.xlsx"), "--keep-going"],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert clean.exit_code == 0 and "集計に含めていません" not in clean.stdout


def test_a_department_that_returned_nothing_is_said_under_the_table(tmp_path: Path) -> None:
    """Read with the plan ([plan] file), 総務部's form missing: its items were said only on
    stderr, the table reading as the whole count (review 99, 98 #11's rest). Said under it in
    the export's words (table_notes.unreturned_line), with an error's note or without one."""
    city, folder = _round(tmp_path)
    settings = ["--config", str(city / "planeval.toml")]
    said = f"{MISSING}の取組内容 {LED} 件は、回答が提出されていないため集計に含めていません（未提出）。"
    for extra in ([], ["--keep-going"]):
        run = CliRunner().invoke(
            app, ["summarize", str(folder), *extra, *settings], env={"COLUMNS": "200"}
        )
        assert run.exit_code == 0, run.stdout
        assert run.stdout.rstrip().endswith(said), run.stdout
    (tmp_path / "all").mkdir()
    whole, everyone = _round(tmp_path / "all", missing=False)
    run = CliRunner().invoke(
        app, ["summarize", str(everyone), "--config", str(whole / "planeval.toml")],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert run.exit_code == 0 and "未提出" not in run.stdout


def test_the_terminal_and_the_export_count_the_places_left_out_alike(tmp_path: Path) -> None:
    """Review 137 #7: summarize said 「記入に不備のあった 6 か所（5 ファイル）」 and the export 「5 か所
    （4 ファイル）」, the terminal counting 花瀬市's year cell, said with 花瀬市 as a workbook of
    another year; the export then said 「直した後の件数はこの表と異なります」 twice in a row."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for body, statuses in (("青葉市", ["○", "△"]), ("緑町", ["◎", ""]), ("川辺町", ["○", ""])):
        _survey(folder / f"{body}.xlsx", [["令和7年度 調査票"], ["団体名", body]], statuses)
    _survey(folder / "花瀬市.xlsx", [["令和6年度 調査票"], ["団体名", "花瀬市"]], ["○", "○"])
    text = tmp_path / "報告.md"
    asked = [str(folder), "--bodies", "file", "--keep-going"]
    summarize = CliRunner().invoke(app, ["summarize", *asked, "--by", "body"], env=WIDE)
    export = CliRunner().invoke(app, ["export", *asked, "--md", str(text)], env=WIDE)
    assert summarize.exit_code == export.exit_code == 1
    read = planeval.read_workbooks([folder], bodies="file")
    blanks = [p.location for p in read.errors if "が空です" in p.message]
    files = len({place.file for place in blanks})
    said = f"記入に不備のあった {len(blanks)} か所（{files} ファイル）の行は集計に含めていません。"
    written = text.read_text("utf-8")
    assert said in summarize.stdout and said in written
    assert "別の年度の調査票のため" in summarize.stdout
    # (once under a table: the line of the bodies counted in part has said it)
    assert "一部未集計の団体" in written and f"{said}直した後" not in written


def test_the_export_sheet_counts_the_places_left_out_as_集計_does(tmp_path: Path) -> None:
    """Review 139 #5: the xlsx sheet 集計に含めていない行 said 「記入に不備のあった 10 か所（6 ファイル）」,
    counting 春宮市's whole book (another body's form), where 集計 said 「9 か所（5 ファイル）」,
    leaving that body to its line; the sheet now says the same count, then those bodies' apart."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for body, statuses in (("青葉市", ["○", "△"]), ("緑町", ["◎", ""]), ("川辺町", ["○", ""])):
        _survey(folder / f"{body}.xlsx", [["令和7年度 調査票"], ["団体名", body]], statuses)
    _survey(folder / "春宮市.xlsx", [["令和7年度 調査票"], ["団体名", "青葉市"]], ["○", "△"])
    text, book = tmp_path / "報告.md", tmp_path / "報告.xlsx"
    asked = [str(folder), "--bodies", "file", "--keep-going", "--md", str(text)]
    export = CliRunner().invoke(app, ["export", *asked, "--xlsx", str(book)], env=WIDE)
    assert export.exit_code == 1
    read = planeval.read_workbooks([folder], bodies="file")
    blanks = [p.location for p in read.errors if "が空です" in p.message]
    files = len({place.file for place in blanks})
    said = f"記入に不備のあった {len(blanks)} か所（{files} ファイル）の行は集計に含めていません"
    caption = str(load_workbook(book)["集計に含めていない行"]["A2"].value)
    assert said in text.read_text("utf-8") and caption.startswith(said), caption
    assert "未集計の団体（春宮市）の、記入に不備のあった 1 か所の行も" in caption
