"""Chapter 3's tables carry the columns their own rows have (review 84): the column marking
rows (川崎市's うち重点 ●) as a narrow 重点 column with that ● in each marked item's row, in
`tables` and every export — only where the forms have such a column —; and in a roll-up each
body's tables their own body's columns, not the indicator columns of another body's, empty."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import SEED_WORKBOOK, write_book
from tests.test_marked_counts import _built

runner = CliRunner()


def _marked_names(path: Path) -> set[str]:
    """The 事務事業 (column C) the workbook's mark column (E) marks ●, read from its cells."""
    sheet = load_workbook(path)["評価票"]
    return {row[2] for row in sheet.iter_rows(values_only=True) if row[4] == "●"}


def _marked_in(rows: list[list[str]], name_at: int = 1, mark: str = "●") -> set[str]:
    """The names of the rows whose cell under 重点 is ``mark`` (● as the forms type it), of
    tables given as header then rows."""
    found, column = set(), None
    for row in rows:
        if "重点" in row:
            column = row.index("重点")
        elif column is not None and len(row) > column and row[column] == mark:
            found.add(row[name_at].replace("\n", "").strip())  # (a name broken: docx)
    return found


def test_the_mark_column_is_in_the_items_row_in_every_format(tmp_path: Path) -> None:
    path, config = _built(tmp_path, "うち重点")
    marked = _marked_names(path)
    assert len(marked) > 3
    ran = runner.invoke(app, ["tables", str(path), "--config", str(config), "-f", "tsv"])
    assert ran.exit_code == 0, ran.stderr
    tsv = [[cell.strip() for cell in line.split("\t")] for line in ran.stdout.splitlines()]
    assert _marked_in(tsv) == marked
    out = tmp_path / "out"
    ran = runner.invoke(
        app,
        ["export", str(path), "--config", str(config), "--xlsx", str(out / "r.xlsx"),
         "--md", str(out / "r.md"), "--html", str(out / "r.html"), "--docx", str(out / "r.docx")],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.stderr
    md = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in (out / "r.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and "うち重点" not in line
    ]
    assert _marked_in(md) == marked
    html = (out / "r.html").read_text(encoding="utf-8")
    assert html.count('<td class="mark" data-label="重点">●</td>') == len(marked)
    book = load_workbook(out / "r.xlsx")
    sheets = [name for name in book.sheetnames if name.startswith("政策")]
    cells = [
        ["" if value is None else str(value) for value in row]
        for name in sheets
        for row in book[name].iter_rows(values_only=True)
    ]
    assert _marked_in(cells) == marked
    words = [
        [cell.text for cell in row.cells]
        for table in Document(str(out / "r.docx")).tables
        for row in table.rows
    ]
    assert _marked_in(words) == marked


def test_the_flat_csv_has_the_mark_column_where_the_forms_have_one(tmp_path: Path) -> None:
    """進捗状況.csv (`tables -f csv` and the export's) has a 重点 column after the item, ● in
    each marked row, where the forms mark rows: it had none, the marks seen only in the
    printed tables (review 84); without such a column, none (the seed's)."""
    path, config = _built(tmp_path, "うち重点")
    marked = _marked_names(path)
    ran = runner.invoke(app, ["tables", str(path), "--config", str(config), "-f", "csv"])
    assert ran.exit_code == 0, ran.stderr
    export = runner.invoke(
        app, ["export", str(path), "--config", str(config), "--csv", str(tmp_path / "csv")]
    )
    assert export.exit_code == 0, export.stderr
    written = (tmp_path / "csv" / "進捗状況.csv").read_text(encoding="utf-8-sig")
    for text in (ran.stdout.lstrip("\ufeff"), written):
        rows = [line.split(",") for line in text.splitlines()]
        mark = rows[0].index("重点")  # (after the item and its 細目)
        assert rows[0][mark - 1] == "細目"
        assert _marked_in(rows, name_at=mark - 2) == marked
    seed = runner.invoke(app, ["tables", str(SEED_WORKBOOK), "-f", "csv"])
    assert "重点" not in seed.stdout


def test_a_marked_row_left_out_for_its_error_keeps_its_mark(tmp_path: Path) -> None:
    """A marked row whose 達成度 was left blank, counted past (--keep-going), is listed
    「未評価」 with its 重点 ● (and its issue), as a rated row shows them."""
    path, config = _built(tmp_path, "うち重点")
    book = load_workbook(path)
    sheet = book["評価票"]
    row = next(r for r in sheet.iter_rows(min_row=1) if r[4].value == "●")
    row[5].value = None  # (its 達成度, F)
    book.save(path)
    args = ["tables", str(path), "--config", str(config), "-f", "tsv", "--keep-going", "-qq"]
    ran = runner.invoke(app, args)
    assert ran.exit_code == 1
    tsv = [[cell.strip() for cell in line.split("\t")] for line in ran.stdout.splitlines()]
    [listed] = [cells for cells in tsv if "未評価" in cells]
    assert listed[listed.index("未評価") - 1] == "●"
    assert row[2].value in listed


def test_a_mark_typed_as_a_word_is_shown_as_a_circle(tmp_path: Path) -> None:
    """The forms' own symbol is shown as typed (●, above: review 96 #6, the city's ● had become
    ○ in every output); a word or a digit marking a row, 該当, is shown ○ in the narrow column."""
    path, config = _built(tmp_path, "うち重点")
    marked = _marked_names(path)
    book = load_workbook(path)
    for row in book["評価票"].iter_rows():
        if row[4].value == "●":
            row[4].value = "該当"
    book.save(path)
    ran = runner.invoke(app, ["tables", str(path), "--config", str(config), "-f", "tsv"])
    assert ran.exit_code == 0, ran.stderr
    tsv = [[cell.strip() for cell in line.split("\t")] for line in ran.stdout.splitlines()]
    assert _marked_in(tsv, mark="○") == marked


def test_forms_without_a_mark_column_have_no_such_column() -> None:
    ran = runner.invoke(app, ["tables", str(SEED_WORKBOOK), "-f", "tsv"])
    assert ran.exit_code == 0
    assert "重点" not in ran.stdout
    report = planeval.report_of(planeval.read_workbooks([SEED_WORKBOOK]))
    assert not report.mark
    assert all("重点" not in t.headers(report.wording) for p in report.policies for t in p.tables)


HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _roll_up(folder: Path, issue: str = "遅れ") -> Path:
    """A市's form with 策定時 | 目標値 before its rating, B町's without them; A市's △ with
    ``issue``, no other row with an issue text."""
    folder.mkdir()
    top = [["情報化政策1 くらし"]]
    a = [
        [*HEADER[:2], "策定時", "目標値", *HEADER[2:]],
        ["1-1 窓口"],
        ["1-1-1 窓口", "① 申請", "10件", "40件", "○", ""],
        ["", "② 決済", "5%", "20%", "△", issue],
    ]
    b = [HEADER, ["1-1 窓口"], ["1-1-1 窓口", "① 申請", "◎", ""], ["", "② 予約", "○", ""]]
    write_book(folder / "A市.xlsx", {"第3章": top + a})
    write_book(folder / "B町.xlsx", {"第3章": top + b})
    return folder


def test_each_bodys_tables_have_its_own_columns_in_a_roll_up(tmp_path: Path) -> None:
    read = planeval.read_workbooks([_roll_up(tmp_path / "in")], bodies="file")
    report = planeval.report_of(read)
    out = planeval.export(
        report, md=tmp_path / "r.md", html=tmp_path / "r.html", docx=tmp_path / "r.docx"
    )
    assert len(out.files) == 3
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    b_town = md[md.index("### B町") :]
    assert "| 情報化計画事業の体系 | 実施内容 | 達成状況 | 課題等 |" in b_town
    assert "| 1-1-1 窓口 | ① 申請 | ◎ |  |" in b_town
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    chapter3 = html.split('id="issues"', 1)[0]  # (the issue list gives A市's figures: 172 #4)
    assert chapter3.count('<th scope="col">策定時</th>') == 1  # (A市's table only)
    headers = [[c.text for c in t.rows[0].cells] for t in Document(str(tmp_path / "r.docx")).tables]
    assert [*HEADER[:2], "策定時", "目標値", *HEADER[2:]] in headers
    assert HEADER in headers
    own = {t.body: t.headers(report.wording) for p in report.policies for t in p.tables}
    assert own == {"A市": (*HEADER[:2], "策定時", "目標値", *HEADER[2:]), "B町": tuple(HEADER)}


def test_no_format_has_an_issue_column_where_no_row_of_the_export_has_an_issue_text(
    tmp_path: Path,
) -> None:
    """A national survey's 745 tables each had a 課題・備考 column no body wrote in (review 125
    #12); the web page left it out, Word, Excel and Markdown kept it (review 130 #4). One rule
    for every format: where no row of the export has an issue text, no table has the column,
    nor does the issue list's caption speak of one; where one has, every table keeps it (an
    empty cell beside a rating given no reason is seen: review 30)."""
    for issue, tables_with_it in (("遅れ", 2), ("", 0)):
        read = planeval.read_workbooks([_roll_up(tmp_path / f"in{issue}", issue)], bodies="file")
        out = tmp_path / f"r{issue}"
        report = planeval.report_of(read)
        planeval.export(
            report,
            html=out.with_suffix(".html"),
            md=out.with_suffix(".md"),
            docx=out.with_suffix(".docx"),
            xlsx=out.with_suffix(".xlsx"),
        )
        html = out.with_suffix(".html").read_text(encoding="utf-8")
        heads = re.findall(r'<table class="chapter3.*?</thead>', html, flags=re.S)
        assert len(heads) == 2 and sum("課題等" in head for head in heads) == tables_with_it
        assert ('<td class="issue' in html) == bool(tables_with_it)
        md = out.with_suffix(".md").read_text(encoding="utf-8").splitlines()
        md_heads = [line for line in md if line.startswith("| 情報化計画事業の体系")]
        assert len(md_heads) == 2 and sum("課題等" in h for h in md_heads) == tables_with_it
        docx = Document(str(out.with_suffix(".docx"))).tables
        docx_heads = [[c.text for c in t.rows[0].cells] for t in docx]
        chapter3 = [h for h in docx_heads if h[0] == "情報化計画事業の体系"]
        assert len(chapter3) == 2 and sum("課題等" in h for h in chapter3) == tables_with_it
        book = load_workbook(out.with_suffix(".xlsx"))
        titles = [c.value for row in book["政策1 くらし"].iter_rows() for c in row]
        assert titles.count("実施内容") == 1  # (one header row over both bodies' tables)
        assert titles.count("課題等") == bool(tables_with_it)
        said = "または課題等の記載がある" in out.with_suffix(".md").read_text(encoding="utf-8")
        assert said == bool(tables_with_it)
        shown = runner.invoke(app, ["tables", str(tmp_path / f"in{issue}"), "--bodies", "file"])
        assert shown.exit_code == 0 and ("課題等" in shown.stdout) == bool(tables_with_it)
