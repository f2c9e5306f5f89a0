"""A sheet copied in Excel whose copy rates one item otherwise (review 105 #5, 北嶺県's 行政改革課:
「進捗状況 (2)」 C where 「進捗状況」 says B): neither is counted — an error names both cells —, yet
validate's 提出状況 said the 課 提出済 and its closing line left it out. The item its form leads
is not counted: 記入誤り 1件, as a row in error is."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_lead_in_error import _town


def _validate(tmp_path: Path, folder: Path) -> dict:
    result = CliRunner().invoke(
        app,
        ["validate", str(folder), "--config", str(tmp_path / "planeval.toml"),
         "--plan", str(tmp_path / "計画.xlsx"), "-f", "json"],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    said: dict = json.loads(result.stdout)
    return said


def test_an_item_rated_otherwise_in_a_copied_sheet_is_its_lead_s_error(tmp_path: Path) -> None:
    folder = _town(tmp_path, "取組中")
    form = folder / "調査票_人事課.xlsx"
    book = load_workbook(form)
    copy = book.copy_worksheet(book["進捗状況"])
    copy.title = "進捗状況 (2)"
    copy["D5"] = "目標達成"  # (2-1-2, 取組中 in the sheet it copies)
    book.save(form)

    said = _validate(tmp_path, folder)
    [conflict] = [p for p in said["problems"] if "どれも数えていません" in p["message"]]
    assert conflict["severity"] == "error"
    states = {s["department"]: (s["state"], s["wrong"]) for s in said["submissions"]}
    assert states["人事課"] == ("記入誤り", 1)
