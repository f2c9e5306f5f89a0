"""Printed tables' columns as wide as what they hold (review 17, 浜松市 and a national survey):
titles never broken inside a word, a 担当課 of 15 characters not three lines tall beside a wide
column of single symbols, a one-line issue's row one line tall, no band row repeating the
heading above it. The written xlsx and docx are read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

import planeval
from planeval.model import Entry, Location
from planeval.report.document import Report
from planeval.report.docx_style import text_mm
from planeval.report.xlsx_writer import display_width, line_count, row_height

LONG_DEPARTMENT = "デジタル・スマートシティ推進課"
ONE_LINE_ISSUE = "国の仕様確定の遅れにより一部を次年度に延期"
# Hamamatsu's planeval.toml: 基本方針 / 施策 / 取組 / KPI rated A–D under 評価
SETTINGS = """[scale]
preset = "hamamatsu"

[wording]
policy = "基本方針"
direction = "施策"
project = "取組"
item = "KPI"
status = "評価"
issue = "評価の理由・今後の方向性"
department = "担当課"
"""


def _report(entries: list[Entry], folder: Path) -> Report:
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    config = planeval.load_config(folder / "planeval.toml")
    return planeval.build_report(entries, config.scale, wording=config.wording)


def _entry(number: int, status: str, issue: str, department: str, body: str = "") -> Entry:
    where = Location("KPI評価.xlsx", "KPI評価", f"H{number + 6}")
    return Entry(
        where, "1", "1-1", "1-1-1", "オンライン手続の拡充", number, f"No.{number}",
        "オンライン化した手続数", None, status, status, issue, department,
        "行かない・書かない市役所", "市民サービスのDX", body=body,
    )  # fmt: skip


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    entries = [
        _entry(1, "B", "目標値の8割以上を達成した。", LONG_DEPARTMENT),
        _entry(2, "C", ONE_LINE_ISSUE, "会計課"),
        _entry(3, "A", "", "市民生活課"),
    ]
    folder = tmp_path_factory.mktemp("export")
    report = _report(entries, folder)
    paths = {"xlsx": folder / "KPI評価.xlsx", "docx": folder / "KPI評価.docx"}
    planeval.export(report, **paths)  # type: ignore[arg-type]
    return paths


def _width(sheet, column: int) -> float:
    from openpyxl.utils import get_column_letter

    # (openpyxl reads back the width xlsxwriter stored: the characters and 5 px of padding)
    return float(sheet.column_dimensions[get_column_letter(column)].width) - 5 / 7


def test_a_title_s_word_is_never_broken_in_the_printed_counts(exported) -> None:
    """「基本方針番号」 in a column of 10 printed 「基本方針番／号」."""
    sheet = load_workbook(exported["xlsx"])["集計"]
    [title] = [c for row in sheet.iter_rows() for c in row if c.value == "基本方針番号"]
    assert line_count("基本方針番号", _width(sheet, title.column)) == 1
    table = Document(str(exported["docx"])).tables[0]
    assert table.rows[0].cells[0].text == "基本方針番号"
    assert table.columns[0].width.mm >= text_mm("基本方針番号") + 2 * 1.0


def test_the_issue_list_s_columns_follow_what_they_hold(exported) -> None:
    """A 担当課 of 15 characters took three lines in Word's 24 mm beside a 17 mm column of
    single symbols: at most two lines now, and the symbols' column no wider than its title."""
    table = Document(str(exported["docx"])).tables[-1]
    titles = [cell.text for cell in table.rows[0].cells]
    widths = dict(zip(titles, (column.width.mm for column in table.columns), strict=True))
    assert widths["担当課"] - 3.8 >= text_mm(LONG_DEPARTMENT) / 2
    assert widths["評価"] <= text_mm("評価") + 5
    assert widths["担当課"] > widths["評価"]
    sheet = load_workbook(exported["xlsx"])["課題一覧"]
    header = next(row for row in sheet.iter_rows() if row[0].value == "番号")
    columns = {cell.value: _width(sheet, cell.column) for cell in header}
    assert line_count(LONG_DEPARTMENT, columns["担当課"]) == 1
    assert columns["評価"] < 10


def test_a_one_line_issue_s_row_is_one_line_tall_on_the_policy_sheet(exported) -> None:
    """「国の仕様確定の遅れにより一部を次年度に延期」 printed on a row two lines tall, its
    symbol low, in a 44-character column beside a 24-character column of symbols."""
    book = load_workbook(exported["xlsx"])
    sheet = next(s for s in book if s.title.startswith("基本方針1"))
    [cell] = [c for row in sheet.iter_rows() for c in row if c.value == ONE_LINE_ISSUE]
    assert sheet.row_dimensions[cell.row].height == row_height(1)
    assert display_width(ONE_LINE_ISSUE) <= _width(sheet, cell.column) - 1
    assert _width(sheet, cell.column - 1) < 12  # (評価: its title and one symbol)


def test_the_data_sheet_s_titles_print_on_one_line(exported) -> None:
    """「実施内容番号（表記）」 in a 6-character column printed with a lone 「）」 on a line."""
    sheet = load_workbook(exported["xlsx"])["データ"]
    titles = [cell for cell in sheet[1] if cell.value]
    assert "KPI番号（表記）" in [cell.value for cell in titles]
    for cell in titles:  # (評価の理由・今後の方向性 too: 12 wide characters in 26, one line)
        assert line_count(cell.value, _width(sheet, cell.column)) == 1, cell.value
    assert sheet.row_dimensions[1].height == row_height(1)


def test_no_band_row_repeats_the_body_s_heading_in_word(tmp_path: Path) -> None:
    """Under each body's heading 3 「秋田県秋田市」, its table's first row said 「秋田県秋田市」
    again (a survey's rows under no direction)."""
    bodies = ["北海道札幌市", "秋田県秋田市"]
    entries = [
        _entry(number, "B", "", "市民課", body)._replace(
            direction_id="", direction_name="", project_id=f"1-1-{number}"
        )
        for body in bodies
        for number in (1, 2)
    ]  # (two projects each: kept together only as a table)
    planeval.export(_report(entries, tmp_path), docx=tmp_path / "調査.docx")
    doc = Document(str(tmp_path / "調査.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 3"]
    assert headings == bodies
    chapter3 = [t for t in doc.tables if t.rows[0].cells[0].text == "取組"]
    assert len(chapter3) == 2
    for table in chapter3:
        assert table.rows[1].cells[0].text.startswith("1-1-1 "), table.rows[1].cells[0].text
        # (a short table on its heading's page: a page it ran onto had no body's name)
        kept = [p.paragraph_format.keep_with_next for p in table.rows[1].cells[2].paragraphs]
        assert all(kept) and len(table.rows) == 3


def test_a_body_s_table_longer_than_a_page_names_its_body_on_every_page(tmp_path: Path) -> None:
    """A body's table of 40 projects runs onto a second page: its repeated band row names the
    body there (the heading above the table is on the first page only)."""
    entries = [
        _entry(number, "B", "", "市民課", body)._replace(
            direction_id="", direction_name="", project_id=f"1-1-{number}"
        )
        for body, projects in (("北海道札幌市", 2), ("秋田県秋田市", 40))
        for number in range(1, projects + 1)
    ]
    planeval.export(_report(entries, tmp_path), docx=tmp_path / "調査.docx")
    doc = Document(str(tmp_path / "調査.docx"))
    short, table = [t for t in doc.tables if t.rows[0].cells[0].text == "取組"]
    assert short.rows[1].cells[0].text.startswith("1-1-1 ")  # (kept on its heading's page)
    assert table.rows[1].cells[0].text == "秋田県秋田市" and len(table.rows) == 42
    header = table.rows[1]._tr.trPr.find(qn("w:tblHeader"))
    assert header is not None  # (repeated on the pages it runs onto, under the column titles)


def test_columns_share_a_page_as_an_automatic_table_does() -> None:
    from planeval.report.widths import Need, header_words, shared

    assert header_words("実施内容番号（表記）") == ["実施内容番号", "（表記）"]
    assert header_words("A 割合（%）") == ["A", " ", "割合", "（%）"]
    needs = [Need(10, 10), Need(20, 60), Need(10, 50)]  # (an ID; an issue; a department)
    assert shared(needs, 100, free=[1]) == [10, 50, 40]  # its least and a share of what it lacks
    assert shared(needs, 200, free=[1], spare=True) == [10, 140, 50]  # the spare to the text
    assert shared(needs, 200, free=[1]) == [10, 60, 50]
    # a column just short of its line gets it from the text (its row was printed two lines tall)
    assert shared([Need(10, 50), Need(20, 60)], 105, free=[1], snap=4) == [50, 55]
    assert shared([Need(10, 50), Need(20, 60)], 100, free=[1], snap=4) == [45, 55]


def test_a_long_count_table_s_notes_print_under_its_last_rows(tmp_path: Path) -> None:
    """A national survey's 団体別集計 of 49 bodies printed its notes alone on a fourth page,
    under the repeated header: its rows were counted 15 points tall, which 游ゴシック makes
    18.75 in Excel (every row's height is set now), and the last rows go over with the notes."""
    from planeval.report.xlsx_pages import NOTES_KEPT_WITH
    from planeval.report.xlsx_writer import PRINTABLE_HEIGHT

    bodies = [f"団体{number:02d}市" for number in range(1, 61)]
    entries = [_entry(1, "B", "", "市民課", body) for body in bodies]
    planeval.export(_report(entries, tmp_path), xlsx=tmp_path / "調査.xlsx")
    sheet = load_workbook(tmp_path / "調査.xlsx")["団体別集計"]
    [total] = [c.row for c in sheet["A"] if c.value == "合計"]
    heights = {row: sheet.row_dimensions[row].height for row in range(5, total + 2)}
    assert all(heights.values()), heights  # (none left to the font)
    breaks = [brk.id for brk in sheet.row_breaks.brk]
    assert breaks and breaks[-1] <= total - NOTES_KEPT_WITH  # (openpyxl: the row above it)
    page = PRINTABLE_HEIGHT * 100 / (sheet.page_setup.scale or 100)
    last_page = sum(heights[row] for row in range(breaks[-1] + 1, total + 2))
    assert last_page + sheet.row_dimensions[4].height <= page


def test_a_count_table_of_whole_phrase_statuses_fits_the_printed_page(tmp_path: Path) -> None:
    """羽村市's 集計 in Word: each count and share column as wide as 「次年度以降計画を見直す」
    on one line, the table ran off both sides of the page, its 施策番号 and 割合 cut off
    (review 20's renders). The titles now break inside, between their words (「計画どお／り完了」
    in review 21's); the numbers never do."""
    from planeval.presets import PRESETS

    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "hamura"\n[[scale.status]]\nsymbol = "計画どおり進捗"\n'
        '[wording]\npolicy = "施策"\nproject = "施策"\nitem = "事業"\n',
        encoding="utf-8",
    )
    config = planeval.load_config(tmp_path / "planeval.toml")
    statuses = [s for s in config.scale.symbols if s in PRESETS["hamura"].symbols or "進捗" in s]
    entries = [
        Entry(
            Location("施策評価.xlsx", "施策評価", f"D{n + 5}"), "27", "27", "27-1", "都市基盤整備",
            n, str(n), f"事業{n}", None, status, status, "", "都市計画課", "", "都市基盤整備",
        )
        for n, status in enumerate(statuses * 4, start=1)
    ]  # fmt: skip
    report = planeval.build_report(entries, config.scale, wording=config.wording)
    planeval.export(report, docx=tmp_path / "r.docx")
    table = Document(str(tmp_path / "r.docx")).tables[0]
    widths = [column.width.mm for column in table.columns]
    assert sum(widths) <= 170 + 0.5  # (A4 less the margins)
    titles = [cell.text for cell in table.rows[1].cells]
    # (each number whole: a status's count and share; 計 as wide as its own numbers)
    assert all(
        width >= text_mm("100.0") + 2
        for width, title in zip(widths[2:], titles[2:], strict=True)
        if title != "計"
    )
    # (each title broken between its words, in as many lines as Word shows: review 21)
    assert titles[2:5] == ["計画どおり\n完了", "計画どおり\n進捗", "次年度以降\n計画を\n見直す"], (
        titles
    )
    # (Setagaya's symbols: each title whole on one line, as before)
    seed = planeval.build_report(
        [e._replace(status="○", status_text="○") for e in entries], planeval.load_config(None).scale
    )
    planeval.export(seed, docx=tmp_path / "s.docx")
    header = Document(str(tmp_path / "s.docx")).tables[0].rows[1].cells
    assert all(cell.width is None or cell.width.mm >= text_mm(cell.text) for cell in header)


NAGOYA = Path(__file__).parent / "workbooks" / "nagoya_moriyama_r6.xlsx"
NAGOYA_SETTINGS = '[scale]\npreset = "nagoya"\n\n[wording]\npreset = "nagoya"\n'


def test_a_figure_with_a_digit_among_kanji_fits_its_word_column(tmp_path: Path) -> None:
    """Review 82: 名古屋市守山区's 目標 and 実績 printed 「年4／回」 on every row of 63: Word and
    LibreOffice set a space where a kanji meets a digit (LibreOffice: 1.8 pt of a 9 pt line
    each side of the 4, 「年4回」 27.3 pt, 9.6 mm), which the column's width left out."""
    (tmp_path / "planeval.toml").write_text(NAGOYA_SETTINGS, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([NAGOYA], scale=config.scale, wording=config.wording)
    report = planeval.report_of(result, config.scale, wording=config.wording)
    planeval.export(report, docx=tmp_path / "r.docx")
    table = Document(str(tmp_path / "r.docx")).tables[1]
    titles = [cell.text for cell in table.rows[0].cells]
    widths = dict(zip(titles, (column.width.mm for column in table.columns), strict=True))
    as_printed = 27.32 * 25.4 / 72  # (年 9 pt, 1.8 pt, 4 5.72 pt, 1.8 pt, 回 9 pt)
    assert widths["目標"] >= as_printed + 2 * 1.9, widths
    assert widths["実績"] >= as_printed + 2 * 1.9, widths
    assert text_mm("年4回") >= as_printed


HIRAKATA_GOALS = (
    "安全で、健やかに暮らせるまち",
    "子育て世代が住みたいと感じ、誰もが生き生きと学べるまち",
    "地域で支え合い、誰もが住み慣れたところで暮らし続けられるまち",
)


def test_titles_over_both_header_rows_give_the_names_their_room(tmp_path: Path) -> None:
    """Review 82: 枚方市's 集計 in Word printed its 基本目標名 in four lines beside 「評価対象外」
    and 「基本目標番号」 on one line each, though both stand over the two header rows and
    break between their words in two lines without making the header taller."""
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "hirakata"\n\n[wording]\npreset = "hirakata"\n', encoding="utf-8"
    )
    config = planeval.load_config(tmp_path / "planeval.toml")
    entries = [
        Entry(
            Location("施策評価.xlsx", "施策評価", f"D{n + 5}"), policy, policy, f"{policy}-{n}",
            f"施策{n}", n, str(n), f"施策{n}", None, status, status, "", "", "", name,
        )
        for n, (policy, name, status) in enumerate(
            [("Ⅰ", HIRAKATA_GOALS[0], "A"), ("Ⅱ", HIRAKATA_GOALS[1], "評価対象外"),
             ("Ⅲ", HIRAKATA_GOALS[2], "E")], start=1,
        )
    ]  # fmt: skip
    report = planeval.build_report(entries, config.scale, wording=config.wording)
    planeval.export(report, docx=tmp_path / "r.docx")
    table = Document(str(tmp_path / "r.docx")).tables[0]
    titles = [cell.text for cell in table.rows[0].cells]
    widths = [column.width.mm for column in table.columns]
    assert titles[0] == "基本目標\n番号", titles
    assert "評価\n対象外" in titles, titles  # (between its words: never 「評価対／象外」)
    name = widths[1] - 2 * 1.0  # (the count table's cell margins)
    assert all(text_mm(goal) / name <= 3 for goal in HIRAKATA_GOALS), widths
    assert sum(widths) <= 170 + 0.5
