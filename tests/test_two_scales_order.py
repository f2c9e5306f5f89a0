"""The second scale's column after the first's in every format (review 144 follow-up): the
city's form is 取組項目 | 実施状況 | 達成度, and the report with both planeval.toml printed
取組項目 | 達成度 | 実施状況 (the 達成度 column stood among an indicator's figures, before the
rating). Each format's Chapter 3 header read back as its readers see it."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_two_scales import _rows, _setup

ORDER = ["取組項目", "実施状況", "達成度", "取組み状況・課題"]


def _export(tmp_path: Path, *formats: str) -> None:
    inputs = _setup(tmp_path)
    outputs = [part for kind in formats for part in (f"--{kind}", str(tmp_path / f"報告.{kind}"))]
    result = CliRunner().invoke(app, ["export", *inputs, *outputs])
    assert result.exit_code == 0, result.output


def _in_order(titles: list[str]) -> list[str]:
    return [title for title in titles if title in ORDER]


def test_xlsx_and_docx_put_the_second_scale_after_the_first(tmp_path: Path) -> None:
    _export(tmp_path, "xlsx", "docx")
    book = load_workbook(tmp_path / "報告.xlsx")
    headers, pairs = [], set()
    for sheet in book.worksheets:
        grid = [list(row) for row in sheet.iter_rows(values_only=True)]
        for at, row in enumerate(grid):
            if "推進項目" in row and "実施状況" in row:  # (Chapter 3's; not the issue list's)
                headers.append(_in_order(row))
                status = row.index("実施状況")
                pairs |= {(line[status], line[status + 1]) for line in grid[at + 1 :] if line[1]}
    assert headers and all(header == ORDER for header in headers), headers
    assert pairs == {(r[3], r[4] or "－") for r in _rows()}  # (each row's own, beside it)
    sheet = next(sheet for sheet in book.worksheets if sheet.title.startswith("改革の柱"))
    rows = list(sheet.iter_rows())
    at = next(n for n, row in enumerate(rows) if "達成度" in [cell.value for cell in row])
    column = [cell.value for cell in rows[at]].index("達成度")
    rated = [row[column] for row in rows[at + 1 :] if row[column].value]
    assert rated and {cell.alignment.horizontal for cell in rated} == {"center"}  # (as 実施状況)
    document = Document(str(tmp_path / "報告.docx"))
    chapter3 = [
        _in_order([cell.text for cell in table.rows[0].cells])
        for table in document.tables
        if "推進項目" in [cell.text for cell in table.rows[0].cells]
    ]
    assert chapter3 and all(header == ORDER for header in chapter3), chapter3
    statuses = {r[3] for r in _rows()}
    for table in document.tables:
        titles = [cell.text for cell in table.rows[0].cells]
        if "推進項目" in titles and "実施状況" in titles:
            at = titles.index("実施状況")
            assert {row.cells[at].text for row in table.rows[2:]} <= statuses


def test_html_md_and_tables_put_the_second_scale_after_the_first(tmp_path: Path) -> None:
    _export(tmp_path, "html", "md")
    page = (tmp_path / "報告.html").read_text(encoding="utf-8")
    heads = re.findall(r"<thead>(.*?)</thead>", page, re.S)
    chapter3 = [re.findall(r">([^<>]+)</th>", head) for head in heads]
    chapter3 = [_in_order(titles) for titles in chapter3 if "推進項目" in titles]
    assert chapter3 and all(titles == ORDER for titles in chapter3), chapter3
    body = page.split('id="issues"')[0]  # (Chapter 3's rows, before the issue list)
    labels = re.findall(r'data-label="(実施状況|達成度)"', body)  # (a phone's stacked cells)
    assert labels == ["実施状況", "達成度"] * (len(labels) // 2) and labels
    text = (tmp_path / "報告.md").read_text(encoding="utf-8")
    assert "| 推進項目 | 取組項目 | 実施状況 | 達成度 | 取組み状況・課題 |" in text
    inputs = _setup(tmp_path / "t") if (tmp_path / "t").mkdir() is None else []
    result = CliRunner().invoke(app, ["tables", *inputs], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "取組項目" in line)
    # (at 80 columns 実施状況 wraps, 「実施」 over 「状況」: its second line before 達成度)
    assert header.index("取組項目") < header.index("状況") < header.index("達成度"), header
    output = CliRunner().invoke(app, ["tables", *inputs, "-f", "csv", "--no-bom"]).output
    titles = next(csv.reader(io.StringIO(output)))
    assert titles.index("達成度") == titles.index("実施状況") + 1, titles
