"""summarize --keep-going printed a table that read as the whole count: only stderr said a row
was left out (review 98 #11). The table says it under itself, as the export says it under 集計."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import REPO
from tests.test_unreturned_departments import LED, MISSING, _round

NOTE = "エラーのあった 1 か所の行は集計に含めていません。直した後の件数はこの表と異なります。"


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
