"""The printed issue list and 集計 page as a reader judged them (review 125): an ID with its
project's name kept whole squeezed the texts beside it (#5), a list of a few columns left a
quarter of the landscape page unused while its 取組内容 wrapped (#5), co-owning departments
broke inside a name, 「市民課、デジタル・スマー／トシティ推進課」 (#6), a list just longer than a
page left its last row alone on the next (#8), a chart that nearly fitted under its table went
to a page of its own (#8), and a direction typed 「（2）　民間委託等の推進」 was quoted 「（2） 民間…」
in its sentence though its heading says 「（2）民間…」 (#11)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

import planeval
from planeval.aggregate import Group
from planeval.count import Count
from planeval.count_sentence import named_directions
from planeval.presets import PRESETS
from planeval.report.docx_export import DOCX_UNITS
from planeval.report.xlsx_writer import row_height
from tests.conftest import rated_entries, write_book
from tests.minamihama import PRESET_AND_WORDING as SETTINGS

PROJECTS = ["地域の子育て支援の充実", "防災対策の推進", "交通安全対策の推進"]
SHARED = "市民協働課、デジタル・スマートシティ推進課"
DEPARTMENTS = ["市民協働課", "情報政策課", SHARED]
STATUSES = ["取組中", "変更・中止", "取組中"]


def _report(tmp_path: Path, issue: str, rows: int = 12) -> planeval.Report:
    """A 集中改革プラン (南浜市's form) whose issue list names each 取組項目 by number and name."""
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    header = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
    table: list[list[object]] = [["基本方針1　事務事業の見直しと効率化"], header]
    for n in range(1, rows + 1):
        project = PROJECTS[n % 3]
        table.append(
            [f"1.{n}", project, f"{project}について検討し、実施する。", STATUSES[n % 3], issue,
             DEPARTMENTS[n % 3]]
        )  # fmt: skip
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": table})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    assert not [p for p in read.problems if p.is_error], read.problems
    return planeval.build_report(read.entries, config.scale, wording=config.wording)


def test_a_short_list_fills_its_page_with_each_text_on_its_line(tmp_path: Path) -> None:
    report = _report(tmp_path, "継続して取り組む。")
    out = tmp_path / "報告.xlsx"
    planeval.export(report, xlsx=out)
    sheet = load_workbook(out)["課題一覧"]
    headers = [cell.value for cell in sheet[4]][:-1]  # (出典, off the page)
    widths = [sheet.column_dimensions[chr(65 + c)].width - 0.71 for c in range(len(headers))]
    # (A4 landscape at full size holds some 132 characters of five columns, not 106 of them)
    assert len(widths) == 5 and sum(widths) >= 128, widths
    # (each row one line tall: 取組内容 and the co-owners' names on their lines)
    assert {sheet.row_dimensions[row].height for row in range(5, 17)} == {row_height(1)}


def test_the_names_beside_numbers_wrap_rather_than_the_texts(tmp_path: Path) -> None:
    """In Word's portrait page: the ID column narrower than 「1.2 地域の子育て支援の充実」 on
    one line, its number whole, so that the issue beside it is a line shorter."""
    issue = "資材価格の高騰により一部未実施。次年度に実施時期を見直す。"
    out = tmp_path / "報告.docx"
    planeval.export(_report(tmp_path, issue), docx=out)
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[-1].text == "担当課")
    width = table.columns[0].width.mm
    measure = DOCX_UNITS.measure
    named = max((row.cells[0].text for row in table.rows[1:]), key=measure)
    assert measure("1.12") + DOCX_UNITS.margin <= width < measure(named) + DOCX_UNITS.margin


def test_co_owners_break_between_their_names(tmp_path: Path) -> None:
    out = tmp_path / "報告.docx"
    planeval.export(_report(tmp_path, "継続して取り組む。"), docx=out)
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[-1].text == "担当課")
    shared = [row.cells[-1].text for row in table.rows[1:] if "、" in row.cells[-1].text]
    # (each name on lines of its own, one wider than the column between its phrases)
    assert shared and all(text.startswith("市民協働課、\n") for text in shared), shared
    assert all(text.replace("\n", "") == SHARED for text in shared), shared


def test_a_list_just_longer_than_a_page_prints_on_one(tmp_path: Path) -> None:
    """10 rows of three lines: a page and a bit at full size, printed a little smaller (as the
    count tables), not with its last rows alone on a second page."""
    issue = "関係課との調整に時間を要しており、次年度も継続して取り組む。" * 2
    out = tmp_path / "報告.xlsx"
    planeval.export(_report(tmp_path, issue, rows=10), xlsx=out)
    sheet = load_workbook(out)["課題一覧"]
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert 60 <= (sheet.page_setup.scale or 100) < 100
    assert not sheet.row_breaks.brk


def test_a_chart_that_nearly_fits_under_its_table_stays_there(tmp_path: Path) -> None:
    """川崎市's scale, six policies: bars a little thinner rather than a page of its own."""
    scale = PRESETS["kawasaki"]
    counts = {
        str(g): {s: 1 + (g + i) % 2 for i, s in enumerate(scale.counted)} for g in range(1, 7)
    }
    entries = [e._replace(policy_name="安全に暮らせる地域をつくる") for e in rated_entries(counts)]
    out = tmp_path / "報告.xlsx"
    planeval.export(planeval.build_report(entries, scale), xlsx=out)
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        drawing = archive.read("xl/drawings/drawing1.xml").decode()
    assert "<rowBreaks" not in sheet
    assert int(re.findall(r"<xdr:row>(\d+)</xdr:row>", drawing)[0]) < 20


def test_a_bracketed_number_is_quoted_as_its_heading_writes_it() -> None:
    count = Count({"◎": 1}, {})
    directions = [Group("1-2", "民間委託等の推進", count, 1, label="（2）")]
    policy = Group("1", "事務事業の再編・整理", count, 1)
    assert named_directions(policy, directions) == "「（2）民間委託等の推進」"
    plain = [Group("1-2", "民間委託等の推進", count, 1, label="1.2")]
    assert named_directions(policy, plain) == "「1.2 民間委託等の推進」"


def test_departments_joined_by_a_dot_break_after_it(tmp_path: Path) -> None:
    """Review 145 #4: a 担当課 of 部 joined by 「・」 (山並県's 「企画部・県民生活部」) wider
    than its column, which is as wide as its widest word, printed 「企画部・県民生活／部」 as
    Word filled the line: it is written broken after a 「・」, each line within the column."""
    joined = "総務部・企画部・県民生活部・健康福祉部"
    DEPARTMENTS[2] = joined
    try:
        report = _report(tmp_path, "継続して取り組む。")
    finally:
        DEPARTMENTS[2] = SHARED
    out = tmp_path / "報告.docx"
    planeval.export(report, docx=out)
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[-1].text == "担当課")
    room = table.columns[-1].width.mm - DOCX_UNITS.wrap.padding
    shown = {row.cells[-1].text for row in table.rows[1:] if "県民" in row.cells[-1].text}
    assert len(shown) == 1, shown
    text = shown.pop()
    assert text.replace("\n", "") == joined, text
    lines = text.split("\n")
    assert len(lines) > 1 and all(line.endswith("・") for line in lines[:-1]), lines
    assert all(DOCX_UNITS.wrap.advance(line) <= room for line in lines), (lines, room)
