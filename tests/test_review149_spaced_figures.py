"""Review 149 #9: 名東区's 目標 and 実績 cells, 「実施回数 10回」, printed 「実施回数 10」 over 「回」
in the workbook (a column as wide as 「実施回数」, which LibreOffice filled as far as it went) and
「実施」 over 「回数 9回」 in Word (broken inside the word, the figure's line set a little wider
than measured). A figure and its unit now stay whole: a column on one line, or broken at the
space only."""

from __future__ import annotations

from pathlib import Path

import docx
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.xlsx_writer import display_width
from tests.conftest import write_book

TOML = """[scale]
preset = "nagoya"

[wording]
policy = "柱"
project = "取組み項目"
item = "取組み"
status = "取組み結果"
issue = "今後の方向性"
"""
LEGEND = "※取組み結果　A：100%　B：80%以上　C：50%以上　D：50%未満　-：事業が中止となったもの"
ISSUE = "参加者の拡大が課題であり、関係団体と連携して周知の方法を見直し、引き続き取り組む"
NAMES = ["推進事業", "啓発事業", "支援事業", "講座の開催", "訪問事業", "連携事業", "広報事業"]


def _forms(folder: Path) -> Path:
    header = ["No.", "取組み項目", "取組み", "目標", "実績", "取組み結果", "今後の方向性"]
    folder.mkdir()
    for p, (project, statuses) in enumerate(
        (("地域の防災力の向上", "AABDAA "), ("防犯・交通安全の推進", "ABACAAB")), start=1
    ):
        rows = [
            [j + 1, project, f"{project[:4]}{NAMES[j]}（1-{p}-{j + 1}）", "実施回数 10回",
             "実施回数 9回", status.strip() or None, ISSUE]
            for j, status in enumerate(statuses)
        ]  # fmt: skip
        sheet = [["令和7年度　名東区区政運営方針　取組み結果"], ["柱1　安心・安全に暮らせるまち"]]
        write_book(folder / f"0{p}_課.xlsx", {"結果": [*sheet, header, *rows, [], [LEGEND]]})
    return folder


def test_a_figure_and_its_unit_are_not_broken_apart(tmp_path: Path) -> None:
    forms = _forms(tmp_path / "R7")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    xlsx, word = tmp_path / "R7.xlsx", tmp_path / "R7.docx"
    run = CliRunner().invoke(
        app,
        ["export", str(forms), "--keep-going", "--xlsx", str(xlsx), "--docx", str(word),
         "--config", str(tmp_path / "planeval.toml"), "-q"],
    )  # fmt: skip
    assert run.exit_code == 1, run.output  # (the blank 取組み結果: counted without it)
    # (柱1's sheet, after 集計 and 取組み項目別集計: review 196 #5)
    sheet = next(s for s in load_workbook(xlsx).worksheets if s.title.startswith("柱1"))
    checked = 0
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("実施回数 "):
                width = sheet.column_dimensions[get_column_letter(cell.column)].width
                whole = display_width(cell.value)
                # (on one line, or too narrow for the word and a digit after its space)
                assert whole <= width or display_width(cell.value[:6]) > width, (cell, width)
                checked += 1
    assert checked == 2 * 14
    table = docx.Document(str(word)).tables[2]  # (柱1's, after the two count tables)
    shown = [cell.text for row in table.rows for cell in row.cells if "実施" in cell.text]
    assert shown and all(text.replace("\n", " ").startswith("実施回数 ") for text in shown), shown
