"""A report's title that names its fiscal year already (「令和6年度 自治体DX推進状況調査」) is not
followed by the year again in the workbook, the Word document or the Markdown (review 125 #10,
said once on the web page first); a title naming no year keeps the year's line."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

import planeval
from planeval.report.building import build_report
from planeval.report.docx_export import write_docx
from planeval.report.text_export import to_markdown
from planeval.report.xlsx_export import write_xlsx
from tests.conftest import SEED_WORKBOOK

YEAR = "令和6年度（2024年度）"
DATED = "令和6年度（2024年度） 自治体DX推進状況調査 集計結果"


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
    """… and names it once, with its western year (the title page gave no 2024年度: review
    130 #5)."""
    said = _said("令和6年度 自治体DX推進状況調査 集計結果", tmp_path)
    for output, texts in said.items():
        for text in texts:  # (令和6年度 only in the title, once, and always with 2024年度)
            assert text.count("令和6年度") == text.count(DATED) <= 1, (output, text)
    assert said["xlsx"][0] == DATED  # (no empty &R after it)
    assert said["xlsx"][1:] == ["", "None"]
    assert said["docx"][0] == said["docx"][-1] == DATED
    assert said["md"][0] == f"# {DATED}"
    said = _said("2024年度 自治体DX推進状況調査", tmp_path)
    assert said["xlsx"] == ["2024年度 自治体DX推進状況調査", "", "None"]


def test_both_count_sheets_give_the_year_alike(tmp_path: Path) -> None:
    """団体別集計 printed 「令和6年度（2024年度）」 under its heading, 集計 none (review 130 #5)."""
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    bodies = ["北町", "南町"]
    both = [entry._replace(body=body) for body in bodies for entry in entries]
    for title in ("令和6年度 自治体DX推進状況調査", "自治体DX推進状況調査"):
        scale = planeval.DEFAULT_SCALE
        report = build_report(both, scale, title=title, fiscal_year=2024, bodies=bodies)
        write_xlsx(report, tmp_path / "r.xlsx")
        book = openpyxl.load_workbook(tmp_path / "r.xlsx")
        assert book["団体別集計"]["A1"].value == "団体別の達成状況"
        lines = {name: book[name]["A2"].value for name in ("集計", "団体別集計")}
        assert lines == dict.fromkeys(lines, None if "令和" in title else YEAR), lines


def test_a_title_naming_no_year_keeps_the_year_line(tmp_path: Path) -> None:
    said = _said("自治体DX推進状況調査 集計結果", tmp_path)
    assert said["xlsx"] == ["自治体DX推進状況調査 集計結果", YEAR, YEAR]
    assert YEAR in said["docx"][1] and said["docx"][-1].endswith(f"\t{YEAR}")
    assert said["md"][2] == YEAR
