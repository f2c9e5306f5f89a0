"""planeval's own export of an indicator table (項目 | 指標 | 策定時 | 前年度 | 現状値 | 目標値 |
評価, a rating 「－」 not counted) checked against the workbook it was made from (review 48): the
figures of each rated row are its table's values, never a count stated, in the HTML page as a
browser copies it (a row's cells between tabs: 「イ … | － | － | － | 5,000件 | －」 is no
5000 of 「－」) and in the Word export saved as text by LibreOffice, each cell a line of its own
(tests/libreoffice/figures_export.txt, made by tests/libreoffice/make_texts.py from
``figures_workbook``: 「12,000件」 on a line below its indicator is no count of anything)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

TEXTS = Path(__file__).resolve().parent / "libreoffice"
TOML = """[scale]
as_planned = "A"
order = "best_first"

[[scale.status]]
symbol = "S"
label = "目標を上回って達成"

[[scale.status]]
symbol = "A"
label = "目標を達成"

[[scale.status]]
symbol = "B"
label = "目標は未達成だが策定時から前進"

[[scale.status]]
symbol = "C"
label = "策定時から横ばい又は後退"

[[scale.status]]
symbol = "－"
label = "評価できない"
counted = false

[wording]
policy = "基本方針"
project = "項目"
item = "指標"
status = "評価"
title = "DX推進計画 成果指標の評価結果"
"""
HEADER = ["項目", "指標", "策定時（R3）", "前年度（R4）", "現状値（R5）", "目標値（R7）", "評価"]
# each policy's groups and their indicators: name, 策定時, 前年度, 現状値, 目標値, rating
POLICIES = {
    "基本方針1\u3000市民サービスのDX": {
        "(1)\u3000行政手続のオンライン化": [
            ("オンラインで申請できる行政手続の割合", 0.32, 0.58, 0.71, 0.7, "S"),
            ("オンライン申請の利用件数", "12,000件", "31,500件", "38,200件", "50,000件", "B"),
        ],
        "(2)\u3000情報発信の充実": [
            ("市ウェブサイトの満足度", "58.2%", "－", "61.0%", "70.0%", "C"),
            ("デジタル窓口の案内件数", "－", "－", "－", "5,000件", "－"),
        ],
    },
    "基本方針2\u3000地域社会のDX": {
        "(1)\u3000教育のDX": [
            ("授業でICT端末を毎日活用する児童生徒の割合", "97.0%(小) 98.2%(中)",
             "98.5%(小) 98.9%(中)", "99.1%(小) 99.3%(中)", "100%", "A"),
            ("中小企業のDX支援件数", "50件", "112件", "160件", "200件", "A"),
        ],
    },
}  # fmt: skip


def figures_workbook(folder: Path) -> tuple[Path, Path]:
    """The workbook as the clerk keeps it (percent figures typed as numbers in 0.0% cells, the
    others as text), and its planeval.toml."""
    folder.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPI評価"
    sheet.append(["DX推進計画\u3000成果指標の評価結果"])
    sheet.append(["令和5年度（2023年度）実績"])
    sheet.append([])
    for policy, groups in POLICIES.items():
        sheet.append([policy])
        sheet.append(HEADER)
        for group, rows in groups.items():
            sheet.append([group])
            for label, row in zip("アイウ", rows, strict=False):
                sheet.append([label, *row])
                for cell in sheet[sheet.max_row][2:6]:
                    if isinstance(cell.value, float):
                        cell.number_format = "0.0%"
        sheet.append([])
    path = folder / "KPI評価_令和5年度.xlsx"
    book.save(path)
    settings = folder / "planeval.toml"
    settings.write_text(TOML, encoding="utf-8")
    return path, settings


def _check(path: Path, settings: Path, text: Path) -> tuple[int, str]:
    found = CliRunner().invoke(
        app,
        ["check", str(path), "--config", str(settings), "--text", str(text)],
        env={"COLUMNS": "200"},
    )
    return found.exit_code, found.stdout


def test_the_html_export_s_row_of_dashes_rated_dash_is_no_count(tmp_path: Path) -> None:
    """The row 「イ デジタル窓口の案内件数 | － | － | － | 5,000件 | －」: its rating 「－」 is
    typed as its figures' dashes are, and the four figures beside it are still its values."""
    path, settings = figures_workbook(tmp_path / "in")
    page = tmp_path / "r.html"
    export = CliRunner().invoke(
        app, ["export", str(path), "--config", str(settings), "--html", str(page)]
    )
    assert export.exit_code == 0, export.output
    assert "5,000件" in page.read_text(encoding="utf-8")
    code, shown = _check(path, settings, page)
    assert code == 0, shown
    assert "食い違い" not in shown and "比べられなかった" not in shown


def test_the_word_export_saved_as_text_a_cell_per_line_lists_no_figure(tmp_path: Path) -> None:
    """LibreOffice's text of the Word export: each figure on a line of its own below its
    indicator's line; none is a number stated, and the sentences of counts all agree."""
    path, settings = figures_workbook(tmp_path / "in")
    text = TEXTS / "figures_export.txt"
    lines = text.read_text(encoding="utf-8-sig").splitlines()
    at = lines.index("イ オンライン申請の利用件数")
    assert lines[at + 1 : at + 6] == ["12,000件", "31,500件", "38,200件", "50,000件", "B"]
    code, shown = _check(path, settings, text)
    assert code == 0, shown
    assert "比べられなかった" not in shown and "12,000" not in shown
