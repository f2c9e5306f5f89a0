"""A report's title that names its fiscal year already (「令和6年度 自治体DX推進状況調査」) is not
followed by the year again in the workbook, the Word document or the Markdown (review 125 #10,
said once on the web page first); a title naming no year keeps the year's line."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

import planeval
from planeval.report.document import build_report
from planeval.report.docx_export import write_docx
from planeval.report.text_export import to_markdown
from planeval.report.xlsx_export import write_xlsx
from tests.conftest import SEED_WORKBOOK

YEAR = "令和6年度（2024年度）"


def _said(title: str, folder: Path) -> dict[str, list[str]]:
    """Where the year's label stands in each output of a report titled ``title``."""
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    report = build_report(entries, planeval.DEFAULT_SCALE, title=title, fiscal_year=2024)
    write_xlsx(report, folder / "r.xlsx")
    write_docx(report, folder / "r.docx")
    book = openpyxl.load_workbook(folder / "r.xlsx")
    sheet = book["集計"]
    document = docx.Document(str(folder / "r.docx"))
    return {
        "xlsx": [
            sheet.oddHeader.left.text,
            sheet.oddHeader.right.text or "",
            str(sheet["A2"].value),
        ],
        "docx": [p.text for p in document.paragraphs[:3]]
        + [p.text for p in document.sections[0].header.paragraphs],
        "md": to_markdown(report).splitlines()[:3],
    }


def test_a_title_naming_the_year_is_not_followed_by_it_again(tmp_path: Path) -> None:
    said = _said("令和6年度 自治体DX推進状況調査 集計結果", tmp_path)
    for output, texts in said.items():
        assert not any(YEAR in text for text in texts), (output, texts)
    assert said["xlsx"][0] == "令和6年度 自治体DX推進状況調査 集計結果"  # (no empty &R after it)
    assert said["docx"][-1] == "令和6年度 自治体DX推進状況調査 集計結果"


def test_a_title_naming_no_year_keeps_the_year_line(tmp_path: Path) -> None:
    said = _said("自治体DX推進状況調査 集計結果", tmp_path)
    assert said["xlsx"] == ["自治体DX推進状況調査 集計結果", YEAR, YEAR]
    assert YEAR in said["docx"][1] and said["docx"][-1].endswith(f"\t{YEAR}")
    assert said["md"][2] == YEAR
