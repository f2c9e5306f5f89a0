"""A policy sheet whose last printed page would hold a single row prints a little smaller
(at most SHRUNK_AT_MOST percent) with that row on the page before: 東浜市's 1-3-(4) stood
alone under 「基本方針1-3 防災力の向上（続き）」 on a page of its own (review 134 #1); so does one
whose last page its few rows would leave about ¾ blank (review 152 #7, 154 #11)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

import planeval
from planeval.model import Entry, Location
from planeval.report.building import build_report
from planeval.report.chapter3_pages import SHRUNK_AT_MOST
from planeval.report.docx_export import write_docx
from planeval.report.xlsx_export import write_xlsx
from tests.test_docx import kept_rows


def _entries(projects: int) -> list[Entry]:
    return [
        Entry(
            Location("進捗.xlsx", "第3章", f"D{n + 5}"), "1", "1-1", f"1-1-{n}", f"事業{n}の推進",
            1, "1", f"実施内容{n}の充実", None, "○", "○", "課題が残る。" * (n % 3),
            direction_name="施策1-1の名前", policy_name="政策1の名前",
        )
        for n in range(1, projects + 1)
    ]  # fmt: skip


def _policy_two(projects: int, *, issues: bool) -> list[Entry]:
    """Policy 2's sheet of ``projects`` one-item projects (its issues as _entries' if asked)."""
    return [
        Entry(
            Location("進捗.xlsx", "第3章", f"D{n + 40}"), "2", "2-1", f"2-1-{n}", f"事業{n}の推進",
            1, "1", f"実施内容2-{n}の充実", None, "○", "○", "課題が残る。" * (n % 3) * issues,
            direction_name="施策2-1の名前", policy_name="政策2の名前",
        )
        for n in range(1, projects + 1)
    ]  # fmt: skip


def _sheet(projects: int, tmp_path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    target = tmp_path / "報告.xlsx"
    write_xlsx(build_report(_entries(projects), planeval.DEFAULT_SCALE), target)
    return openpyxl.load_workbook(target).worksheets[1]


def test_a_last_page_of_one_row_is_saved_by_printing_a_little_smaller(tmp_path: Path) -> None:
    alone = _sheet(19, tmp_path)  # (at the width's 94 %: 18 rows, then 1-1-19 alone)
    wider = _sheet(18, tmp_path)
    assert not alone.row_breaks.brk
    assert 85 <= alone.page_setup.scale < wider.page_setup.scale == 94
    assert sum(1 for cell in alone["B"] if "の充実" in str(cell.value)) == 19


def test_a_last_page_of_few_rows_is_saved_by_printing_smaller(tmp_path: Path) -> None:
    """A sheet just over a page, its last page holding two rows about ¾ blank, prints on one
    page (桜川市's 1-21 and 1-22 alone on page 3, review 154 #11; 川辺市's and 名東区's few
    rows, review 152 #7): its rows all on it, smaller than the width's scale."""
    sheet = _sheet(20, tmp_path)  # (at the width's 94 %: 18 rows, then 2 alone)
    assert not sheet.row_breaks.brk
    assert sheet.page_setup.scale < 94
    assert sum(1 for cell in sheet["B"] if "の充実" in str(cell.value)) == 20


def test_a_last_page_of_many_rows_is_printed_at_the_width_s_scale(tmp_path: Path) -> None:
    sheet = _sheet(26, tmp_path)  # (16 rows, then 10: more than a third of a page)
    [last] = [brk.id for brk in sheet.row_breaks.brk]
    assert sheet.page_setup.scale == 94
    rows = [cell.row for cell in sheet["B"] if "の充実" in str(cell.value)]
    assert sum(row > last for row in rows) == 26 - sum(row <= last for row in rows) > 6
    assert sheet.cell(last + 1, 1).value == "1-1 施策1-1の名前（続き）"


def test_a_word_table_s_last_rows_print_together(tmp_path: Path) -> None:
    """In Word, a direction's table keeps its last three rows on one page (each but the last
    with the next), each a project of one item: 桜川市's 1-22 sat alone atop page 2 under the
    repeated header (review 154 #11); no other row is held."""
    from docx import Document

    target = tmp_path / "報告.docx"
    write_docx(build_report(_entries(40), planeval.DEFAULT_SCALE), target)
    [table] = [t for t in Document(str(target)).tables if len(t.rows) > 40]
    rows = table.rows[2:]  # (under the header and the direction's row)
    assert sum(1 for row in rows if "の充実" in row.cells[1].text) == 40
    assert kept_rows(rows) == [False] * 37 + [True, True, False]


def test_a_chapter_s_policy_sheets_print_at_one_scale(tmp_path: Path) -> None:
    """A policy sheet printed smaller to save a page prints its chapter's other sheets as
    small: 世田谷区's policy 2 printed narrower than policy 1 on the page before (review 183
    #4); each sheet's rows still all on their pages."""
    entries = _entries(28) + _policy_two(19, issues=True)
    target = tmp_path / "報告.xlsx"
    write_xlsx(build_report(entries, planeval.DEFAULT_SCALE), target)
    first, second = openpyxl.load_workbook(target).worksheets[1:3]
    assert not second.row_breaks.brk  # (its 19th row on its page, as the sheet alone prints)
    assert first.page_setup.scale == second.page_setup.scale < 94
    assert sum(1 for cell in first["B"] if "の充実" in str(cell.value)) == 28
    assert sum(1 for cell in second["B"] if "の充実" in str(cell.value)) == 19


def test_a_sheet_printed_much_smaller_on_one_page_keeps_the_others_scale(tmp_path: Path) -> None:
    """A sheet just over a page printed much smaller to fit on one does not print its
    chapter's other sheets as small (one scale for the chapter only down to SHRUNK_AT_MOST)."""
    entries = _entries(26) + _policy_two(22, issues=False)
    target = tmp_path / "報告.xlsx"
    write_xlsx(build_report(entries, planeval.DEFAULT_SCALE), target)
    first, second = openpyxl.load_workbook(target).worksheets[1:3]
    assert not second.row_breaks.brk
    assert second.page_setup.scale < 94 * (100 - SHRUNK_AT_MOST) / 100
    assert first.page_setup.scale == 94
