"""Review 172 #4: the issue list of an indicator report (上毛県's form: 項目 | 指標 | 策定時 |
前年度 | 現状値 | 目標値 | 指標の評価, no 課題 column) showed 「3-(2)ウ ICT支援員を配置した学校数
後退D 教育委員会事務局」 alone: no project, no figure, the reader scrolled back through the
tables to learn why it was 後退. Now each row names its project (「項目」) and gives the figures
Chapter 3's tables give it, in `issues` and in every format the export writes the list in;
an issue list without figures (世田谷区's) is as it was. Every figure expected below is the one
typed into the workbook here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from docx import Document
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_review166_through_groups import CONFIG as JOUMOU_SETTINGS

TOML = JOUMOU_SETTINGS  # (上毛県's planeval.toml, as review 166 wrote it)
FIGURES = ("策定時（R2）", "前年度（R5）", "現状値（R6）", "目標値（R7）")
HEADER = ["項目", "指標", *(t.replace("（", "\n（") for t in FIGURES), "指標の評価\n（A～D）"]
# (project → its indicators: name, 策定時, 前年度, 現状値, 目標値, rating as typed)
ROWS = {
    "(1)　情報モラル教育の推進": [
        ("情報モラル研修を実施した学校の割合", "62.0%", "96.0%", "97.0%", "100%", "前進B"),
        ("保護者向け講座の参加者数", "800人", "2,300人", "2,450人", "3,000人", "横ばいC"),
    ],
    "(2)　1人1台端末の活用": [
        ("デジタル教科書を導入した学校の割合", "5.0%", "60.0%", "100.0%", "100%", "達成A"),
        ("ICT支援員を配置した学校数", "50校", "210校", "205校", "250校", "後退D"),
    ],
}
PROJECTS = {name: project.split("　", 1)[1] for project, rows in ROWS.items() for name, *_ in rows}
TYPED = {
    name: (tuple(figures), rating) for rows in ROWS.values() for name, *figures, rating in rows
}
TITLES = ("項目", "指標", *FIGURES, "指標の評価")  # (the columns each listed row is read by)
LISTED = ("保護者向け講座の参加者数", "ICT支援員を配置した学校数")  # (C and D: off plan)
runner = CliRunner()


def _built(folder: Path) -> tuple[Path, Path]:
    """A department's form as 上毛県 sent it: title, legend, the 基本目標 and 施策 headings,
    the header row, each 項目 on a row of its own over its indicators ア, イ."""
    folder.mkdir()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗状況"
    sheet.append(["令和６年度 上毛県情報化推進計画 進捗状況調査票（教育委員会事務局）"])
    sheet.append(
        ["※指標の評価は A：達成、B：前進、C：横ばい、D：後退 のいずれかを記入してください。"]
    )
    sheet.append([])
    sheet.append(["基本目標３　デジタル社会を支える人と行政をつくる"])
    sheet.append(["施策5　デジタル人材の育成"])
    sheet.append(HEADER)
    for project, rows in ROWS.items():
        sheet.append([project])
        for label, row in zip("アイ", rows, strict=True):
            sheet.append([label, *row])
    path = folder / "08_教育委員会事務局_進捗状況.xlsx"
    book.save(path)
    config = folder / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    return path, config


def _run(*args: str, columns: int = 200) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.stdout


def _expected(name: str) -> list[str]:
    """A listed row as the list writes it: its project, its indicator, its figures, its
    rating — each as typed."""
    figures, rating = TYPED[name]
    return [PROJECTS[name], name, *figures, rating]


def test_issues_names_each_row_s_project_and_gives_its_figures(tmp_path: Path) -> None:
    path, config = _built(tmp_path / "in")
    out = _run("issues", str(path), "--config", str(config), "-f", "csv", "--no-bom")
    header, *rows = csv.reader(io.StringIO(out))
    assert [title for title in header if title != "細目"][:8] == [
        "番号",
        "項目",
        "指標",
        *FIGURES,
        "指標の評価",
    ]
    assert [[row[header.index(t)] for t in TITLES] for row in rows] == [
        _expected(n) for n in LISTED
    ]
    data = json.loads(_run("issues", str(path), "--config", str(config), "-f", "json"))
    assert [issue["values"] for issue in data["issues"]] == [
        dict(zip(FIGURES, TYPED[name][0], strict=True)) for name in LISTED
    ]


def test_export_gives_the_project_and_figures_in_every_format(tmp_path: Path) -> None:
    path, config = _built(tmp_path / "in")
    out = tmp_path / "out"
    _run(
        "export", str(path), "--config", str(config), "--md", str(out / "r.md"),
        "--csv", str(out / "csv"), "--xlsx", str(out / "r.xlsx"), "--docx", str(out / "r.docx"),
        "--html", str(out / "r.html"),
    )  # fmt: skip
    expected = [_expected(name) for name in LISTED]
    md = (out / "r.md").read_text(encoding="utf-8").split("## 課題一覧", 1)[1]
    lines = [line for line in md.splitlines() if line.startswith("| ")]
    assert lines[0] == f"| 番号 | 項目 | 指標 | {' | '.join(FIGURES)} | 指標の評価 | 所管部局 |"
    assert [line.strip("| ").split(" | ")[1:8] for line in lines[1:]] == expected
    text = (out / "csv" / "課題一覧.csv").read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:8] == ["番号", "項目", "指標", *FIGURES, "指標の評価"]
    assert [row[1:8] for row in table[1:]] == expected
    sheet = load_workbook(out / "r.xlsx")["課題一覧"]
    rows = [[v or "" for v in row] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert rows[0][:8] == ["番号", "項目", "指標", *FIGURES, "指標の評価"]
    assert [row[1:8] for row in rows[1:]] == expected
    figure = sheet.cell(5, 4)  # (right-aligned, as Chapter 3's)
    assert figure.value == TYPED[LISTED[0]][0][0] and figure.alignment.horizontal == "right"
    document = Document(str(out / "r.docx"))
    listed = document.tables[-1]
    cells = [[cell.text.replace("\n", "") for cell in row.cells] for row in listed.rows]
    assert cells[0][:8] == ["番号", "項目", "指標", *FIGURES, "指標の評価"]
    assert [row[1:8] for row in cells[1:]] == expected
    section = document.sections[-1]  # (nine columns: on a landscape page)
    assert section.page_width > section.page_height
    html = (out / "r.html").read_text(encoding="utf-8").split('id="issues"', 1)[1]
    for name in LISTED:
        assert f'data-label="項目">{PROJECTS[name]}' in html.replace("<wbr>", "")
    assert (  # (a figure right-aligned and labelled on a phone, as Chapter 3's)
        '<td class="value numeric" data-label="現状値（R6）"><span class="figure">205校</span></td>'
        in html
    )


def test_an_issue_list_without_figures_is_as_it_was() -> None:
    """世田谷区's: no 項目 column, no figure column (review 172: must not change)."""
    result = planeval.read_workbooks(["data/setagaya/chapter3.xlsx"])
    report = planeval.build_report(result.entries, values=result.values)
    table = report.issue_table()
    assert table.headers == ("番号", "実施内容", "細目", "達成状況", "課題等")
    assert "project" not in table.roles and "figure" not in table.roles
