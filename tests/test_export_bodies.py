"""The export of several bodies at once (--bodies), as a prefecture's clerk reads it: the
per-body table and its chart in every format, each issue with its body, the percentages
explained; one body's export has none of it."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

import planeval
from planeval.report.document import Report
from planeval.report.xlsx_pages import (
    NOTES_KEPT_WITH,
    PAGE_SLACK,
    TITLE_ROWS_HEIGHT,
    page_plan,
)
from planeval.report.xlsx_writer import PRINTABLE_HEIGHT
from tests.conftest import SEED_WORKBOOK, write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
NOTE = re.compile(r"※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。")
# each body's 1-1-1 ①: the same ID in every body, a different item
BODIES = {
    "青葉市": [("○", ""), ("△", "予算の確保が課題")],
    "緑町": [("◎", ""), ("×", "未着手")],
    "桜村": [("△", "職員の習熟が課題")],
}


def _body(path: Path, rows: list[tuple[str, str]]) -> Path:
    sheet = [["情報化政策1 くらし"], HEADER]
    for number, (status, issue) in enumerate(rows, start=1):
        sheet.append(
            ["1-1-1 事業" if number == 1 else "", f"({number}) 取組{number}", status, issue]
        )
    return write_book(path, {"第3章": sheet})


def _report(folder: Path, bodies: dict[str, list[tuple[str, str]]]) -> Report:
    paths = [_body(folder / f"{name}.xlsx", rows) for name, rows in bodies.items()]
    result = planeval.read_workbooks(paths, bodies="file")
    assert not result.problems
    return planeval.build_report(result.entries)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bodies")
    report = _report(folder, BODIES)
    out = folder / "out"
    files = planeval.export(
        report,
        xlsx=out / "県.xlsx",
        docx=out / "県.docx",
        md=out / "県.md",
        html=out / "県.html",
        csv=out / "csv",
    ).files
    assert files
    return {
        "xlsx": out / "県.xlsx",
        "docx": out / "県.docx",
        "md": out / "県.md",
        "html": out / "県.html",
        "csv": out / "csv" / "課題一覧.csv",
    }


def _body_order(path: Path) -> list[str]:
    """The bodies as 団体別集計 lists them."""
    sheet = load_workbook(path)["団体別集計"]
    names = [row[0] for row in sheet.iter_rows(min_row=5, max_col=1, values_only=True)]
    return names[: names.index("合計")]


# the per-body table and its chart ------------------------------------------------------------


def test_the_body_sheet_has_no_empty_column_and_its_chart_names_each_bar(
    exported: dict[str, Path],
) -> None:
    sheet = load_workbook(exported["xlsx"])["団体別集計"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=8)]
    assert rows[0][:6] == [
        "団体",
        "◎",
        "○",
        "△",
        "×",
        "計",
    ]  # (no 再掲 row: no column, review 179 #7)
    assert "-（再掲）" not in rows[0]
    assert {tuple(row[:6]) for row in rows[1:4]} == {
        ("青葉市", 0, 1, 1, 0, 2),
        ("緑町", 1, 0, 0, 1, 2),
        ("桜村", 0, 0, 1, 0, 1),
    }
    assert rows[4][:6] == ["合計", 1, 1, 2, 1, 5]
    with zipfile.ZipFile(exported["xlsx"]) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    [chart] = [c for c in charts if "団体別集計!" in c]
    # the categories are the bodies' names (column A), every one labelled
    assert "<c:f>団体別集計!$A$5:$A$7</c:f>" in chart
    assert "<c:f>団体別集計!$B$5:$B$7</c:f>" in chart  # (◎'s counts)
    assert '<c:tickLblSkip val="1"/>' in chart


def test_many_bodies_are_charted_on_pages_of_their_own(tmp_path: Path) -> None:
    bodies = {f"団体{number:02d}": [("○", ""), ("△", "")] for number in range(26)}
    report = _report(tmp_path, bodies)
    [out] = planeval.export(report, xlsx=tmp_path / "out" / "県.xlsx").files
    with zipfile.ZipFile(out) as archive:
        names = sorted(n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        charts = [archive.read(name).decode() for name in names]
        sheets = {
            name: archive.read(name).decode()
            for name in archive.namelist()
            if name.startswith("xl/drawings/drawing")
        }
    categories = [re.findall(r"<c:cat>.*?<c:f>(.*?)</c:f>", c, re.S)[0] for c in charts]
    # 26 bodies (a table on one page): two charts of 13 (at most 24 bars to a page), the
    # table's order
    assert [c for c in categories if c.startswith("団体別集計")] == [
        "団体別集計!$A$5:$A$17",
        "団体別集計!$A$18:$A$30",
    ]
    sheet = load_workbook(out)["団体別集計"]
    scale = sheet.page_setup.scale or 100
    page = PRINTABLE_HEIGHT * 100 / scale  # points of the sheet on a printed page
    anchors = []  # (first row, height in points) of each chart, rows below the table 15 pt
    for drawing in sheets.values():
        for first, last, offset in re.findall(
            r"<xdr:from><xdr:col>\d+</xdr:col><xdr:colOff>\d+</xdr:colOff><xdr:row>(\d+)</xdr:row>"
            r".*?<xdr:to><xdr:col>\d+</xdr:col><xdr:colOff>\d+</xdr:colOff>"
            r"<xdr:row>(\d+)</xdr:row><xdr:rowOff>(\d+)</xdr:rowOff>",
            drawing,
            re.S,
        ):
            anchors.append((int(first), (int(last) - int(first)) * 15 + int(offset) / 12700))
    body_anchors = sorted(anchor for anchor in anchors if anchor[0] > 30)
    assert len(body_anchors) == 2
    # each chart starts a printed page (a manual break above it, the first above the blank
    # row between the table's notes and it) and fits on it
    breaks = [brk.id for brk in sheet.row_breaks.brk]
    (first, _), (second, _) = body_anchors
    assert breaks == [first - 1, second]
    assert all(height <= page for _, height in body_anchors)


def test_a_count_table_over_a_page_prints_as_every_count_table(tmp_path: Path) -> None:
    """30 bodies' 団体別集計 printed at 61 % on one page by a rule of its own, which left out
    the taller page header LibreOffice sets; it is planned as rounds' and compare's tables
    (xlsx_pages.page_plan): broken where its rows fill a page, its header on every page, its
    last rows with its notes, its charts on a sheet of their own."""
    # (32 bodies: 30 and the note on each share rounded on its own, shorter than largest
    # remainder's, fit one page at 60 %)
    bodies = {f"団体{number:02d}": [("○", ""), ("△", "")] for number in range(32)}
    out = planeval.export(_report(tmp_path, bodies), xlsx=tmp_path / "県.xlsx").files[0]
    book = load_workbook(out)
    sheet = book["団体別集計"]
    [total] = [cell.row for (cell,) in sheet.iter_rows(max_col=1) if cell.value == "合計"]
    last = max(cell.row for (cell,) in sheet.iter_rows(max_col=1) if cell.value)
    heights = [sheet.row_dimensions[row].height for row in range(5, total + 1)]
    notes = [sheet.row_dimensions[row].height for row in range(total + 1, last + 1)]
    header = sheet.row_dimensions[4].height
    # (as set: a run of columns of one width is one <col min max>, its padding 5 pixels of 7)
    widths = [
        round(dimension.width * 7 - 5) / 7
        for dimension in sheet.column_dimensions.values()
        for _column in range(dimension.min, dimension.max + 1)
    ]
    assert len(widths) == 11  # (団体, ◎ ○ △ × 計, four shares, 集計の状況: no 再掲 row)
    plan = page_plan(
        widths, heights, first_row=4, above=TITLE_ROWS_HEIGHT, header=header, under=notes
    )
    assert plan.breaks, "longer than a page at 60 %"
    assert [brk.id for brk in sheet.row_breaks.brk] == list(plan.breaks)
    assert (sheet.page_setup.scale or 100) == plan.scale
    assert sheet.print_title_rows == "$4:$4"  # (the header on every page)
    page = (PRINTABLE_HEIGHT - PAGE_SLACK) * 100 / plan.scale
    starts = [5, *(row + 1 for row in plan.breaks), total + 1]  # (as Excel numbers rows)
    for first, end in itertools.pairwise(starts):
        above = TITLE_ROWS_HEIGHT if first == 5 else 0.0
        on_page = heights[first - 5 : end - 5] + (notes[:2] if end == total + 1 else [])
        assert above + header + sum(on_page) <= page, (first, end)
    assert starts[-1] - starts[-2] >= NOTES_KEPT_WITH  # (the last page: not a row or two)
    assert not sheet._charts  # type: ignore[attr-defined]
    assert book["団体別集計（グラフ）"]._charts  # type: ignore[attr-defined]


def test_a_long_body_table_s_charts_share_one_scale_on_a_sheet_of_their_own(
    tmp_path: Path,
) -> None:
    """60 bodies: the table prints over pages under its repeated header, so its charts go to
    a sheet of their own (they printed under that header); its three charts share one value
    axis (equal bars on two pages were different counts) and each title says which part
    and which bodies it holds."""
    bodies = {f"団体{n:02d}": [("○", "")] * (1 + n % 7) + [("△", "")] for n in range(60)}
    [out] = planeval.export(_report(tmp_path, bodies), xlsx=tmp_path / "out" / "県.xlsx").files
    book = load_workbook(out)
    assert book.sheetnames[1:3] == ["団体別集計", "団体別集計（グラフ）"]
    assert book["団体別集計"].print_title_rows == "$4:$4"
    assert not book["団体別集計（グラフ）"].print_title_rows
    with zipfile.ZipFile(out) as archive:
        charts = [
            archive.read(name).decode()
            for name in sorted(archive.namelist())
            if re.fullmatch(r"xl/charts/chart\d+\.xml", name)
        ]
    parts = [c for c in charts if "団体別集計!$A$" in c]
    assert len(parts) == 3
    assert all('<c:max val="8"/>' in c and '<c:min val="0"/>' in c for c in parts)  # (7 + 1)
    titles = ["".join(re.findall(r"<a:t>(.*?)</a:t>", c)) for c in parts]
    assert titles == [
        "団体別の達成状況（件）1/3　団体00～団体19",
        "団体別の達成状況（件）2/3　団体20～団体39",
        "団体別の達成状況（件）3/3　団体40～団体59",
    ]


def test_the_body_table_in_every_format(exported: dict[str, Path]) -> None:
    order = _body_order(exported["xlsx"])
    markdown = exported["md"].read_text(encoding="utf-8")
    assert "## 団体別集計" in markdown
    assert "| 団体 | ◎ | ○ | △ | × | 計 | ◎ 割合（%） |" in markdown  # (no 再掲: review 179 #7)
    assert "| 青葉市 | 0 | 1 | 1 | 0 | 2 | 0.0 | 50.0 | 50.0 | 0.0 |" in markdown
    page = exported["html"].read_text(encoding="utf-8")
    assert '<h2 id="bodies-h">団体別集計</h2>' in page
    # each body's name links to its first tables (a thousand bodies: one long page)
    row = re.search(r'<tr><th scope="row"><a href="#([^"]+)">緑町</a></th>(.*?)</tr>', page)
    assert row and row[2].startswith('<td class="number" data-label="◎">1</td>')
    assert f'<h3 class="body" id="{row[1]}">緑町</h3>' in page
    assert '<td class="number share" data-label="◎ 割合（%）">' in row[2]  # (a phone's 2nd line)
    # a contents list links every section
    contents = page.split('<nav class="contents" aria-labelledby="contents-h">')[1].split("</nav>")[
        0
    ]
    anchors = re.findall(r'<a href="#([^"]+)">', contents)
    assert anchors[:2] == ["summary-h", "bodies-h"] and anchors[-1] == "issues-h"
    assert all(f' id="{anchor}"' in page for anchor in anchors)
    doc = Document(str(exported["docx"]))
    [table] = [t for t in doc.tables if t.rows[0].cells[0].text == "団体" and len(t.columns) > 8]
    names = [row.cells[0].text for row in table.rows[2:]]
    assert names == [*order, "合計"]
    assert [c.text for c in table.rows[2 + order.index("青葉市")].cells[1:6]] == [
        "0", "1", "1", "0", "2",
    ]  # fmt: skip
    assert "団体別集計" in [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    # (the CSV too: a prefecture's clerk works on it in Excel)
    bodies_csv = exported["csv"].with_name("団体別集計.csv").read_text(encoding="utf-8-sig")
    records = list(csv.reader(io.StringIO(bodies_csv)))
    assert records[0][:7] == ["団体", "◎", "○", "△", "×", "計", "◎ 割合（%）"]
    assert ["青葉市", "0", "1", "1", "0", "2", "0.0", "50.0", "50.0", "0.0", ""] in records
    assert records[0][-1] == "集計の状況"
    assert records[-1][0] == "合計"


def test_each_body_s_tables_stand_under_a_heading_of_its_own(exported: dict[str, Path]) -> None:
    """A roll-up's Chapter 3: under each policy, each body's tables under its own heading
    (Word's Heading 3, which its navigation pane and table of contents list; h3 and ### on the
    web), its directions one level below (review 9: 25 bodies ran together, each body only a
    suffix of its direction titles)."""
    doc = Document(str(exported["docx"]))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 3"]
    assert sorted(headings) == sorted(BODIES) and len(headings) == len(set(headings))
    page = exported["html"].read_text(encoding="utf-8")
    assert [
        bool(re.search(f'<h3 class="body" id="[^"]+">{name}</h3>', page)) for name in BODIES
    ] == [True] * 3
    assert "<h3>" not in page.split('<h2 id="issues-h">課題一覧</h2>')[0].split(">（1）")[2]
    markdown = exported["md"].read_text(encoding="utf-8").splitlines()
    assert [line for line in markdown if line.startswith("### ")] == [f"### {h}" for h in headings]
    # (a direction under its body's heading does not name the body again: review 10)
    fours = [line for line in markdown if line.startswith("#### ")]
    assert fours == ["#### 1-1"] * 3  # (it said 「1-1 青葉市」 under 「### 青葉市」)
    assert not any(
        name in heading for name in BODIES for heading in re.findall("<h4>.*?</h4>", page)
    )


def test_one_body_s_export_has_no_body_heading(tmp_path: Path) -> None:
    report = _report(tmp_path, {"青葉市": BODIES["青葉市"]})
    page = planeval.export(report, html=tmp_path / "one.html").files[0].read_text("utf-8")
    assert '<h3 class="body">' not in page and "<h3>" in page


# the issue list --------------------------------------------------------------------------------


def test_every_issue_says_whose_it_is_in_every_format(exported: dict[str, Path]) -> None:
    # 1-1-1① is three bodies' items: the 団体 column tells them apart, bodies in the table's
    # order, each body's issues together
    order = _body_order(exported["xlsx"])
    expected = [
        (body, f"1-1-1({number})", status)
        for body in order
        for number, (status, issue) in enumerate(BODIES[body], start=1)
        # (the list: rated △ or ×, which need an issue text, or with one: 緑町's ◎ without)
        if issue or status in ("△", "×")
    ]
    assert len(expected) == 3
    book = load_workbook(exported["xlsx"])
    rows = list(book["課題一覧"].iter_rows(min_row=4, values_only=True))
    assert rows[0][:3] == ("団体", "番号", "実施内容")
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == expected

    markdown = exported["md"].read_text(encoding="utf-8")
    issues = markdown[markdown.index("## 課題一覧") :].splitlines()
    table = [line.split(" | ") for line in issues if line.startswith("| ")]
    assert table[0][:3] == ["| 団体", "番号", "実施内容"]
    assert [(r[0].removeprefix("| "), r[1], r[3]) for r in table[1:]] == expected

    page = exported["html"].read_text(encoding="utf-8")
    section = page[page.index('<table class="issues') :]
    assert re.search(r'<th scope="col">団体</th><th scope="col">番号</th>', section)
    cells = re.findall(
        r'<tr><td class="body"[^>]*>(.*?)</td><th scope="row"><span class="lead">.*? </span>'
        r'<span class="id">(.*?)</span></th>'
        r'<td class="item"[^>]*>.*?</td><td class="status"[^>]*>(?:<abbr[^>]*>)?(.*?)(?:</abbr>)?</td>',
        section,
    )
    assert [tuple(c) for c in cells] == expected

    doc = Document(str(exported["docx"]))
    [word] = [t for t in doc.tables if t.rows[0].cells[1].text == "番号"]
    assert word.rows[0].cells[0].text == "団体"
    assert [(r.cells[0].text, r.cells[1].text, r.cells[3].text) for r in word.rows[1:]] == expected

    text = exported["csv"].read_text(encoding="utf-8-sig")
    records = list(csv.reader(io.StringIO(text)))
    assert records[0][:2] == ["団体", "番号"]
    at = records[0].index(word.rows[0].cells[3].text)  # (the status: 細目 only where used)
    assert [(r[0], r[1], r[at]) for r in records[1:]] == expected


def test_one_body_has_no_body_column_nor_body_table(tmp_path: Path) -> None:
    report = planeval.build_report(planeval.read_workbooks([SEED_WORKBOOK]).entries)
    out = tmp_path / "out"
    planeval.export(
        report, md=out / "区.md", html=out / "区.html", docx=out / "区.docx", csv=out / "csv"
    )
    assert {path.name for path in (out / "csv").iterdir()} == {
        "集計.csv", "課題一覧.csv", "進捗状況.csv",
    }  # fmt: skip
    for name in ("区.md", "区.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert "団体別集計" not in text
        assert "| 団体 |" not in text and '<th scope="col">団体</th>' not in text
    doc = Document(str(out / "区.docx"))
    assert not any(p.text == "団体別集計" for p in doc.paragraphs)
    assert all(t.rows[0].cells[0].text != "団体" for t in doc.tables)


# the note on the percentages --------------------------------------------------------------------


def test_a_note_on_the_rounding_under_every_percentage_table(exported: dict[str, Path]) -> None:
    book = load_workbook(exported["xlsx"])
    for name in ("集計", "団体別集計"):
        sheet = book[name]
        values = [row[0] for row in sheet.iter_rows(min_row=1, max_col=1, values_only=True)]
        total = values.index("合計") + 1  # (1-based: the 合計 row)
        # (each a row of its own: a row never splits across pages, review 29)
        # (the legend over 集計's only: said once — review 193 #9)
        legend = sheet.cell(total + 1, 1).value if name == "集計" else None
        note = sheet.cell(total + 1 + bool(legend), 1).value
        assert legend is None or legend.startswith("※計画を上回る実施：◎")
        assert NOTE.match(note), name
        shares = [c.column for c in sheet[4] if "割合" in str(c.value)]
        assert len(shares) == 4
        for row in range(5, total + 1):  # 0.0, 50.0: never 0 and 50 beside 17.4
            assert all(sheet.cell(row, column).number_format == "0.0" for column in shares)
    doc = Document(str(exported["docx"]))
    body = doc.element.body
    count_tables = [t for t in doc.tables if "割合（%）" in [c.text for c in t.rows[0].cells]]
    assert len(count_tables) == 2
    for table in count_tables:
        after = table._tbl.getnext()
        assert after is not None and NOTE.match("".join(after.itertext())), "no note"
        assert after.getparent() is body
    markdown = exported["md"].read_text(encoding="utf-8")
    assert len(NOTE.findall(markdown)) == 2
    assert re.search(r"\| 合計 \|[^\n]*\|\n\n※割合", markdown)
    page = exported["html"].read_text(encoding="utf-8")
    assert len(re.findall(r'</div>\n<p class="note">※割合（%）は', page)) == 2


def test_bodies_counted_no_row_of_are_named_under_the_totals(tmp_path: Path) -> None:
    """A prefecture's export with --keep-going: a body that never answered (an empty folder)
    is not silently missing from the printed report — every format says how many bodies were
    counted and names the others, under 集計 and under 団体別集計, and 団体別集計 has its row,
    the counts left blank (not 0: nothing was counted), as the terminal shows it."""
    from typer.testing import CliRunner

    from planeval.cli import app

    collection = tmp_path / "県内"
    for name, rows in BODIES.items():
        (collection / name).mkdir(parents=True)
        _body(collection / name / "回答.xlsx", rows)
    (collection / "鶴見村").mkdir()  # (unanswered; last of the folders, as its row)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        ["export", str(collection), "--bodies", "folder", "--keep-going",
         "--md", str(out / "県.md"), "--html", str(out / "県.html"),
         "--docx", str(out / "県.docx"), "--xlsx", str(out / "県.xlsx"),
         "--json", str(out / "県.json"), "--csv", str(out / "csv")],
    )  # fmt: skip
    assert result.exit_code == 1  # (the unanswered body is an error, counted around)
    said = "4団体のうち3団体の回答を集計しました。未集計の団体：鶴見村"
    # in full under 集計, and under 団体別集計, whose rows say why, in short (review 193 #2:
    # 「…の行を数えました。数えた行のない団体：…」 twice in each format)
    short = "4団体のうち3団体の回答を集計しました。未集計の団体とその理由は表に記載しています。"
    paragraphs = [p.text for p in Document(str(out / "県.docx")).paragraphs]
    for text in (
        (out / "県.md").read_text(encoding="utf-8"),
        (out / "県.html").read_text(encoding="utf-8"),
        "\n".join(paragraphs),
    ):
        assert (text.count(said), text.count(short)) == (1, 1)
        assert text.index(said) < text.index(short)
    for name, note in (("集計", said), ("団体別集計", short)):
        sheet = load_workbook(out / "県.xlsx")[name]
        cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
        assert any(note in cell for cell in cells), name
    # its row in 団体別集計, in every format: before 合計, no number in it, saying why (a blank
    # row read as a printing fault: review 56) — its name alone in 団体 as a lookup finds it,
    # its state in a cell of its own: in the workbook and the CSV in 集計の状況 (review 78b),
    # in Markdown its first number cell, on the web page and in Word over its number cells
    # (review 193 #3: 「鶴見村（未回答）」 wrapped in Word, 「…｜未集計」 on the web page)
    sheet = load_workbook(out / "県.xlsx")["団体別集計"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=5, max_row=9)]
    assert [row[0] for row in rows] == [*sorted(BODIES), "鶴見村", "合計"]
    assert rows[3][1:] == [None] * (len(rows[3]) - 2) + ["未集計（未回答）"]
    assert None not in rows[2][1:-1] and rows[2][-1] is None
    assert sheet.cell(8, 2).border.left.style == "thin"  # (in the table's grid)
    csv_rows = (out / "csv" / "団体別集計.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_rows[-2] == "鶴見村" + "," * (csv_rows[0].count(",")) + "未集計（未回答）"
    assert re.search(
        r"\| 鶴見村 \| 未集計（未回答） (\|  )+\|\n\| 合計 ",
        (out / "県.md").read_text(encoding="utf-8"),
    )
    page = (out / "県.html").read_text(encoding="utf-8")
    assert re.search(
        r'<th scope="row">鶴見村</th><td class="uncounted" colspan="\d+">未集計（未回答）</td></tr>',
        page,
    )
    word = Document(str(out / "県.docx")).tables[1]  # (集計, 団体別集計, …)
    assert [c.text for c in word.rows[-2].cells][:3] == ["鶴見村", *["未集計（未回答）"] * 2]
    assert len({id(c._tc) for c in word.rows[-2].cells}) == 2  # (one cell over the numbers)
    data = json.loads((out / "県.json").read_text(encoding="utf-8"))
    assert data["uncounted_bodies"] == ["鶴見村"]
    assert sorted(g["id"] for g in data["by_body"]["groups"]) == sorted(BODIES)
    # read back, the export still names the body it counted none of, and why (review 40:
    # 「13団体のうち11」 became 「11 団体」), and exported again says it again
    again = CliRunner().invoke(app, ["summarize", str(out / "県.xlsx"), "--by", "body"])
    assert again.exit_code == 0, again.output
    assert "4団体のうち3団体の回答を集計しました。未集計の団体：鶴見村（未回答）" in again.stdout
    assert [line.split()[1] for line in again.stdout.splitlines() if "│ 鶴見村" in line] == [
        "鶴見村（未回答）"
    ]
    twice = CliRunner().invoke(app, ["export", str(out / "県.xlsx"), "--md", str(out / "再.md")])
    assert twice.exit_code == 0, twice.output
    assert (out / "再.md").read_text(encoding="utf-8").count(said + "（未回答）") == 1


def test_a_body_rated_per_project_is_counted_alike_in_sentence_and_caption() -> None:
    """港川市 rates each 事業 on its row under its 基本方針 heading (no level between): the
    sentence and the table's caption count the same rows (the caption said 計画事業 1 for 5
    rated 事業, the sentence 5), in the word of the rows rated (here the default's 実施内容: a
    body with no 計画事業 between its top level and its rated rows has no 計画事業 to count)."""
    from planeval.model import Entry, Location
    from planeval.report.text_export import direction_caption

    entries = [
        Entry(Location("港川市.xlsx", "取組み結果", f"F{n + 4}"), "1", "", "1", "住民の力",
              n, str(n), name, None, "○", "○", policy_name="住民の力", body="港川市")
        for n, name in enumerate(["防災情報", "AI-OCR", "マイナンバー"], start=1)
    ]  # fmt: skip
    report = planeval.build_report(entries)
    [section] = report.policies
    assert section.sentence.startswith("情報化政策1「住民の力」では、3つの実施内容に取り組みました")
    [table] = section.tables
    assert direction_caption(table, report.scale).startswith("実施内容 3件（○ 3件）")


def test_word_s_issue_list_gives_a_body_s_name_its_line(tmp_path: Path) -> None:
    """A file-named body, 「body_0001_島北市」, broke over three lines in Word's issue list
    (「body_00／01_島北／市」), seven columns in a portrait page's 170 mm: with several bodies
    the list is on landscape pages, each name on one line."""
    from docx.shared import Mm

    from planeval.model import Entry, Location
    from planeval.report.docx_style import text_mm

    names = ["body_0001_島北市", "body_0002_福桜市"]
    where = Location("body.xlsx", "進捗", "D5")
    item = (where, "1", "1-1", "1-1-1", "窓口", 1, "①", "電子申請の拡充", "ア 手続の追加")
    # (a 細目 and a 所管部 column: a portrait page's width all given out)
    entries = [
        Entry(*item, "△", "△", "予算の確保が課題", department="総務部", body=name) for name in names
    ]
    report = planeval.build_report(entries)
    [out] = planeval.export(report, docx=tmp_path / "out" / "県.docx").files
    [table] = [t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "団体"
               and "課題等" in [c.text for c in t.rows[0].cells]]  # fmt: skip
    width = table.rows[1].cells[0].width  # (one line: its text and the cell's margins)
    assert width >= Mm(text_mm(names[0]) + 3.8)
    widths = [cell.width for cell in table.rows[1].cells]
    assert sum(widths) <= Mm(257.5)  # (within a landscape page)
    section = Document(str(out)).sections[-1]
    assert section.page_width > section.page_height


def test_a_label_wider_than_its_segment_is_left_out_of_the_chart(tmp_path: Path) -> None:
    """Review 11: a 「1」 over the end of a bar of 40 and a 「38」 cut at the axis. A segment too
    thin for its number has no label (the number is in the table above it); the others
    keep theirs, as does a thin segment of a short chart that gives it room."""
    bodies = {"青葉市": [("○", "")] * 120 + [("×", "")], "緑町": [("○", "")] * 3 + [("×", "")]}
    [out] = planeval.export(_report(tmp_path, bodies), xlsx=tmp_path / "out" / "県.xlsx").files
    with zipfile.ZipFile(out) as archive:
        [chart] = [
            archive.read(name).decode()
            for name in archive.namelist()
            if re.fullmatch(r"xl/charts/chart\d+\.xml", name)
            and "団体別集計!$A$" in archive.read(name).decode()
        ]
    series = re.findall(r"<c:ser>(.*?)</c:ser>", chart, re.S)
    deleted = [re.findall(r'<c:idx val="(\d+)"/><c:delete val="1"/>', s) for s in series]
    # ◎ and △ none (a zero shows nothing), ○ 120 and 3, × 1 and 1: 青葉市's × 1 at the end of
    # its bar of 121 has no room, nor has 緑町's (the axis ends at about 140; a chart as wide
    # as the page, review 133 #9, gives a 1 room on an axis of 70)
    assert deleted == [[], [], [], ["0", "1"]]


def test_the_charts_are_as_wide_as_the_printed_page(tmp_path: Path) -> None:
    """Review 133 #9: the charts (760 pixels) filled half of the A4 landscape page of a sheet
    printed at 75 %. Each spans the page at its sheet's scale, less Calc's wider columns:
    never past the page's edge (its end printed on a page of its own)."""
    from planeval.report.xlsx_writer import PRINTABLE_WIDTH

    for count in (3, 30):  # (under the table; on a sheet of their own)
        bodies = {f"団体{number:02d}": [("○", ""), ("△", "")] for number in range(count)}
        (tmp_path / str(count)).mkdir()
        report = _report(tmp_path / str(count), bodies)
        [out] = planeval.export(report, xlsx=tmp_path / str(count) / "県.xlsx").files
        book = load_workbook(out)
        with zipfile.ZipFile(out) as archive:
            drawings = {
                name: archive.read(name).decode()
                for name in archive.namelist()
                if re.fullmatch(r"xl/drawings/drawing\d+\.xml", name)
            }
        assert drawings
        for sheet in book.worksheets:
            for chart in sheet._charts:  # type: ignore[attr-defined]
                end = chart.anchor.to
                set_widths = {
                    column: dimension.width
                    for dimension in sheet.column_dimensions.values()
                    for column in range(dimension.min - 1, dimension.max)
                }
                # (xlsxwriter's pixels of a column: 7 a character and 5; a column not set 64)
                right = sum(
                    int((set_widths[column] - 0.71) * 7 + 0.5) + 5 if column in set_widths else 64
                    for column in range(end.col)
                )
                right += end.colOff / 9525
                page = PRINTABLE_WIDTH * 100 / (sheet.page_setup.scale or 100) / 0.75
                assert 0.9 * page <= right <= page / 1.06, (sheet.title, right, page)


def test_a_long_table_s_notes_print_with_its_last_rows_and_no_header_prints_alone() -> None:
    """Review 157 #1: 300 bodies' 団体別集計 printed its last rows with the legend and first
    note; the rest broke where they fell — 「一部未集計の団体：」 alone at the foot of one page,
    the next page its repeated header over no rows, then the bodies under that heading. The
    table's last rows are kept with all its notes (a list's heading with its lines), so the
    last page is rows and notes, whatever the number of bodies."""
    widths = [8.0, 14.0, *[7.0] * 6, *[9.0] * 4, 30.0]
    notes = [18.75] * 9  # (the legend, two notes, a list of bodies: its heading, each reason)
    header = 37.5
    for bodies in range(40, 140):
        heights = [18.75] * bodies
        plan = page_plan(
            widths, heights, first_row=4, above=TITLE_ROWS_HEIGHT, header=header, under=notes
        )
        if not plan.breaks:
            continue
        page = PRINTABLE_HEIGHT * 100 / plan.scale
        last_rows = heights[plan.breaks[-1] - 4 :]
        assert len(last_rows) >= NOTES_KEPT_WITH, bodies
        assert header + sum(last_rows) + sum(notes) <= page, bodies
