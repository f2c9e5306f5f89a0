"""A prefecture's survey of its municipalities where each body titles the rate column in its
own way: 東山市 「達成率（％）」, 西川町 and 北原村 「達成率」. The figure is one and the same,
so the export's Chapter 3 tables and its data sheet give it one column, titled with the unit
the one body states (review 27: two columns, each body filling one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.indicator_values import shown_title

SETTINGS = '[scale]\npreset = "aichi"\n'
# each body's title of the rate column, and its rows: (project, item, 目標, 実績, 達成率, rating)
BODIES = {
    "東山市": ("達成率（％）", [("1-1-1", "電子申請の拡充", 50, 55, "110.0", "A"),
                               ("1-1-2", "キャッシュレス決済", 20, 15, "75.0", "C")]),
    "西川町": ("達成率", [("1-1-1", "窓口予約の導入", 10, 9, "90.0", "B")]),
    "北原村": ("達成率", [("1-1-1", "公式LINEの開設", 4, 1, "25.0", "D"),
                          ("1-1-2", "オープンデータ公開", 30, 30, "100.0", "A")]),
}  # fmt: skip
ONE_COLUMN = "達成率（％）"


def _survey(root: Path) -> Path:
    """Each body's reply in its own folder, the survey form as its clerk filled it in."""
    folder = root / "回答"
    for number, (body, (rate_title, rows)) in enumerate(BODIES.items(), start=1):
        own = folder / f"{number:02d}_{body}"
        own.mkdir(parents=True)
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "調査票"
        sheet["A1"] = "令和6年度 市町村DX推進計画 取組状況調査票"
        sheet["A2"], sheet["B2"] = "団体名", body
        sheet.append([])
        sheet.append(["基本方針", "番号", "取組項目", "目標", "実績", rate_title, "評価", "担当課"])
        for project, item, target, done, rate, rating in rows:
            sheet.append(
                ["1 行政手続のデジタル化", project, item, target, done, rate, rating, "DX推進課"]
            )
        book.save(own / "回答.xlsx")
    (root / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("県")
    folder = _survey(root)
    paths = {kind: root / f"県.{kind}" for kind in ("xlsx", "docx", "html")}
    options = [item for kind, path in paths.items() for item in (f"--{kind}", str(path))]
    config = ["--config", str(root / "planeval.toml")]
    found = CliRunner().invoke(
        app, ["export", str(folder), "--bodies", "folder", "-q", *options, *config]
    )
    assert found.exit_code == 0, found.output
    return paths


def _rates() -> list[str]:
    return [row[4] for _title, rows in BODIES.values() for row in rows]


def test_the_data_sheet_has_one_rate_column_every_body_fills(exported: dict[str, Path]) -> None:
    rows = list(load_workbook(exported["xlsx"])["データ"].iter_rows(values_only=True))
    header = rows[0]
    assert [title for title in header if title and "達成率" in str(title)] == [ONE_COLUMN]
    column = header.index(ONE_COLUMN)
    assert [str(row[column]) for row in rows[1:]] == _rates()


def test_every_chapter3_table_has_one_rate_column(exported: dict[str, Path]) -> None:
    book = load_workbook(exported["xlsx"])
    sheet = book[next(name for name in book.sheetnames if name.endswith("行政手続のデジタル化"))]
    headers = [
        tuple(str(v) for v in row if v)
        for row in sheet.iter_rows(values_only=True)
        if "目標" in row
    ]
    assert headers and all(h.count(ONE_COLUMN) == 1 and "達成率" not in h for h in headers)
    figures = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert all(rate in figures for rate in _rates())
    document = Document(str(exported["docx"]))
    tables = document.tables[:-1]  # (the issue list's figures too, review 172 #4: Chapter 3's)
    # (a title Word folds by hand read whole: 「達成率／（％）」, print59b)
    titled = [[cell.text.replace("\n", "") for cell in t.rows[0].cells] for t in tables if t.rows]
    rated = [titles for titles in titled if "目標" in titles]
    assert len(rated) == len(BODIES)  # (each body's own table)
    assert all(titles.count(ONE_COLUMN) == 1 and "達成率" not in titles for titles in rated)
    page = exported["html"].read_text(encoding="utf-8").split('id="issues"', 1)[0]  # (172 #4)
    assert page.count(f'<th scope="col">{ONE_COLUMN}</th>') == len(BODIES)
    assert '<th scope="col">達成率</th>' not in page


def test_a_column_s_title_keeps_its_agreed_remark_else_the_most_bodies_one() -> None:
    # (a unit stated by those who state one: kept)
    assert shown_title("達成率", {"達成率": {"西川町", "北原村"}, "達成率（％）": {"東山市"}}) == (
        "達成率（％）"
    )
    # (remarks that differ: the one most bodies type; a tie goes to the plain title)
    years = {"目標値（R7）": {"東山市", "西川町"}, "目標値（R12）": {"北原村"}}
    assert shown_title("目標値", years) == "目標値（R7）"
    tie = {"目標値（R7）": {"東山市"}, "目標値（R12）": {"北原村"}, "目標値": {"西川町"}}
    assert shown_title("目標値", tie) == "目標値"
