"""Two issue columns kept (review 148 #1's remainder): with `[layout.titles] issue = ["評価の理由",
"今後の方向性"]` both texts were kept but joined in one cell, 「評価の理由：…」 over 「今後の方向性：…」.
The 課題一覧 a clerk publishes has each column as its own field: two columns titled as the forms
title them in the issue list of every format (xlsx, csv, md, html, docx), in `issues`, and in
the data sheet, which reads back as it was read. A form of one issue column is as before."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["No.", "施策名", "評価", "評価の理由", "今後の方向性", "担当部"]
ROWS = [
    [1, "防災力の強化", "A", "指標が目標値を上回った。", "継続して取り組む。", "危機管理部"],
    [2, "防犯対策の推進", "C", "成果指標が目標値に届いていない。", "手法を見直す。", "市民部"],
    [3, "交通安全の推進", "D", "事故件数が増えた。", "", "市民部"],
]
SCALE = '[scale]\npreset = "hirakata"\n'
BOTH = '[layout.titles]\nissue = ["評価の理由", "今後の方向性"]\n'
REASON, NEXT = HEADER[3], HEADER[4]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _setup(tmp_path: Path, settings: str) -> tuple[Path, Path]:
    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    return write_book(tmp_path / "施策評価.xlsx", {"評価結果一覧": [HEADER, *ROWS]}), config


def _listed(rows: list[list[str]]) -> list[tuple[str, str]]:
    """Each listed row's (評価の理由, 今後の方向性), by the header's titles."""
    header, *body = rows
    reason, after = header.index(REASON), header.index(NEXT)
    return [(row[reason], row[after]) for row in body]


# the rows the issue list holds (C, D: rated off plan), each column's text as typed
EXPECTED = [(row[3], row[4]) for row in ROWS if row[2] in "CD"]


def test_issues_lists_each_issue_column_as_its_own(tmp_path: Path) -> None:
    for words in ("", '[wording]\npreset = "hirakata"\n'):
        path, config = _setup(tmp_path, SCALE + words + BOTH)
        listed = run("issues", str(path), "-f", "csv", "--config", str(config))
        assert listed.exit_code == 0 and "Traceback" not in listed.output, listed.output
        rows = list(csv.reader(io.StringIO(listed.stdout.lstrip("\ufeff"))))
        assert _listed(rows) == EXPECTED
        assert "評価の理由：" not in listed.stdout and "今後の方向性：" not in listed.stdout
        shown = run("issues", str(path), "--config", str(config))
        assert shown.exit_code == 0, shown.output
        assert REASON in shown.stdout and NEXT in shown.stdout
        assert "・" not in shown.stdout.splitlines()[2]  # (two titles, not one joined)


def test_every_export_lists_both_columns_and_reads_back(tmp_path: Path) -> None:
    # (a title of its own: no notice of the preset's, review 190 #7)
    words = '[wording]\npreset = "hirakata"\ntitle = "東雲市施策評価結果"\n'
    path, config = _setup(tmp_path, SCALE + words + BOTH)
    out = tmp_path / "out"
    made = run("export", str(path), "--config", str(config), "--fiscal-year", "令和7",
               "--xlsx", str(out / "報告.xlsx"), "--csv", str(out / "csv"),
               "--md", str(out / "報告.md"), "--html", str(out / "報告.html"),
               "--docx", str(out / "報告.docx"))  # fmt: skip
    assert made.exit_code == 0 and "お知らせ" not in made.output, made.output
    book = load_workbook(out / "報告.xlsx")
    sheet = book[book.sheetnames[-2]]  # (the issue list, before データ)
    rows = [[str(v or "") for v in row] for row in sheet.iter_rows(values_only=True)]
    header = next(at for at, row in enumerate(rows) if REASON in row)
    assert _listed(rows[header : header + 1 + len(EXPECTED)]) == EXPECTED
    data = [[str(v or "") for v in row] for row in book["データ"].iter_rows(values_only=True)]
    assert _listed(data) == [(row[3], row[4]) for row in ROWS]
    text = (out / "csv" / "課題一覧.csv").read_text(encoding="utf-8-sig")
    assert _listed(list(csv.reader(io.StringIO(text)))) == EXPECTED
    markdown = (out / "報告.md").read_text(encoding="utf-8")
    start = markdown.rindex("\n", 0, markdown.index(f"| {REASON} |")) + 1
    table = markdown[start:].split("\n\n")[0].splitlines()
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in table]
    assert _listed([cells[0], *cells[2:]]) == EXPECTED
    page = (out / "報告.html").read_text(encoding="utf-8").replace("<wbr>", "")
    assert f'<th scope="col">{REASON}</th><th scope="col">{NEXT}</th>' in page
    word = Document(str(out / "報告.docx")).tables[-1]
    words = [[cell.text.replace("\n", "") for cell in row.cells] for row in word.rows]
    assert _listed(words) == EXPECTED
    # read back: the data sheet's two columns one text again, listed as the forms were
    again = run("issues", str(out / "報告.xlsx"), "-f", "csv", "--config", str(config))
    assert again.exit_code == 0 and again.stderr == "", again.output
    assert _listed(list(csv.reader(io.StringIO(again.stdout.lstrip("\ufeff"))))) == EXPECTED


def test_a_form_of_one_issue_column_lists_it_as_before(tmp_path: Path) -> None:
    path, config = _setup(tmp_path, SCALE + '[columns]\nignore = ["評価の理由"]\n')
    listed = run("issues", str(path), "-f", "csv", "--config", str(config))
    assert listed.exit_code == 0, listed.output
    header, *rows = list(csv.reader(io.StringIO(listed.stdout.lstrip("\ufeff"))))
    assert REASON not in header and NEXT not in header  # (planeval's word, 課題等)
    issue = header.index("課題等")
    assert [row[issue] for row in rows] == [row[4] for row in ROWS if row[2] in "CD"]
