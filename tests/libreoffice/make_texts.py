"""How the LibreOffice texts beside this script were made (run once, by hand; the test suite
never runs LibreOffice): `python -m tests.libreoffice.make_texts` from the repository, with
LibreOffice's `soffice` on the PATH.

- nagayo_export.txt: planeval's own `export --docx` of 長与町's workbook (tests/other_bodies.py,
  its planeval.toml from tests/test_other_bodies.CONFIGS), saved as text by LibreOffice
  (`soffice --headless --convert-to txt:Text`): each table cell on a line of its own, an
  empty cell an empty line.
- figures_export.txt: planeval's own `export --docx` of an indicator table's workbook
  (tests/test_check_pasted_figures.figures_workbook: 策定時 | 前年度 | 現状値 | 目標値 per
  indicator), saved as text the same way: each figure on a line of its own.
- gunma_report.txt: a report 群馬県's clerk writes by hand in Word (python-docx here): a
  paragraph, a table of each 基本目標's 指標 by 指標の評価 with one header row (達成A … 計),
  and a second table whose header is two rows — 計 merged down over both, the statuses under
  a title merged across them —, saved as text by LibreOffice the same way.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent

GUNMA_GOALS = [
    ("基本目標1", "デジタル社会を支える人づくり", [4, 3, 2, 1]),
    ("基本目標2", "デジタル化による行政サービスの向上", [3, 4, 3, 1]),
    ("基本目標3", "誰もがデジタルの恩恵を受けられる地域づくり", [2, 4, 2, 1]),
]
GUNMA_TITLES = ["達成A", "前進B", "横ばいC", "後退D"]


def gunma_report(path: Path) -> None:
    """The clerk's report: its own words and tables, typed in Word."""
    document = Document()
    document.add_heading("群馬県情報化推進計画 進捗状況報告（令和4年度末）", level=1)
    document.add_paragraph(
        "計画に掲げる30指標のうち、「達成A」が9指標、「前進B」が11指標、"
        "「横ばいC」が7指標、「後退D」が3指標となっています。"
    )
    document.add_paragraph("【基本目標ごとの指標の評価】")
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, ["基本目標", *GUNMA_TITLES, "計"], strict=True):
        cell.text = title
    for number, _name, counts in GUNMA_GOALS:
        cells = table.add_row().cells
        for cell, value in zip(cells, [number, *map(str, counts), str(sum(counts))], strict=True):
            cell.text = value
    totals = [sum(goal[2][at] for goal in GUNMA_GOALS) for at in range(4)]
    cells = table.add_row().cells
    for cell, value in zip(cells, ["合計", *map(str, totals), str(sum(totals))], strict=True):
        cell.text = value
    document.add_paragraph("【基本目標ごとの指標の評価（名称つき）】")
    table = document.add_table(rows=2, cols=7)
    table.style = "Table Grid"
    top, below = table.rows[0].cells, table.rows[1].cells
    top[0].text, top[1].text, top[2].text, top[6].text = "番号", "基本目標", "指標の評価", "計"
    top[0].merge(below[0])
    top[1].merge(below[1])
    top[2].merge(top[5])
    top[6].merge(below[6])
    for cell, title in zip(below[2:6], GUNMA_TITLES, strict=True):
        cell.text = title
    for number, name, counts in GUNMA_GOALS:
        cells = table.add_row().cells
        values = [number, name, *map(str, counts), str(sum(counts))]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    document.add_paragraph("※指標の評価は、策定時の値と現状値を比べて判定しています。")
    document.save(str(path))


def nagayo_export(path: Path, folder: Path) -> None:
    """planeval's own export of 長与町's workbook as a .docx."""
    from tests.other_bodies import BODIES
    from tests.test_other_bodies import CONFIGS

    body = next(body for body in BODIES if body.key == "nagayo")
    workbooks = body.build(folder)
    settings = folder / "planeval.toml"
    settings.write_text(CONFIGS["nagayo"], encoding="utf-8")
    command = [sys.executable, "-m", "planeval", "export", *map(str, workbooks)]
    subprocess.run([*command, "--config", str(settings), "--docx", str(path)], check=True)


def figures_export(path: Path, folder: Path) -> None:
    """planeval's own export of an indicator table's workbook as a .docx."""
    from tests.test_check_pasted_figures import figures_workbook

    workbook, settings = figures_workbook(folder)
    command = [sys.executable, "-m", "planeval", "export", str(workbook)]
    subprocess.run([*command, "--config", str(settings), "--docx", str(path)], check=True)


def as_text(document: Path) -> None:
    """The document saved as text by LibreOffice, beside this script (UTF-8, its BOM kept)."""
    command = ["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", str(HERE)]
    subprocess.run([*command, str(document)], check=True, capture_output=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        made = Path(folder)
        nagayo_export(made / "nagayo_export.docx", made)
        gunma_report(made / "gunma_report.docx")
        figures_export(made / "figures_export.docx", made / "figures")
        as_text(made / "nagayo_export.docx")
        as_text(made / "gunma_report.docx")
        as_text(made / "figures_export.docx")


if __name__ == "__main__":
    main()
