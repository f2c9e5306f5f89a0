"""A policy sheet whose last printed page would hold a single row prints a little smaller
(at most SHRUNK_AT_MOST percent) with that row on the page before: 東浜市's 1-3-(4) stood
alone under 「基本方針1-3 防災力の向上（続き）」 on a page of its own (review 134 #1)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

import planeval
from planeval.model import Entry, Location
from planeval.report.building import build_report
from planeval.report.xlsx_export import write_xlsx


def _sheet(projects: int, tmp_path: Path) -> openpyxl.worksheet.worksheet.Worksheet:
    entries = [
        Entry(
            Location("進捗.xlsx", "第3章", f"D{n + 5}"), "1", "1-1", f"1-1-{n}", f"事業{n}の推進",
            1, "1", f"実施内容{n}の充実", None, "○", "○", "課題が残る。" * (n % 3),
            direction_name="施策1-1の名前", policy_name="政策1の名前",
        )
        for n in range(1, projects + 1)
    ]  # fmt: skip
    target = tmp_path / "報告.xlsx"
    write_xlsx(build_report(entries, planeval.DEFAULT_SCALE), target)
    return openpyxl.load_workbook(target).worksheets[1]


def test_a_last_page_of_one_row_is_saved_by_printing_a_little_smaller(tmp_path: Path) -> None:
    alone = _sheet(17, tmp_path)  # (at the width's 94 %: 16 rows, then 1-1-17 alone)
    wider = _sheet(16, tmp_path)
    assert not alone.row_breaks.brk
    assert 85 <= alone.page_setup.scale < wider.page_setup.scale == 94
    assert sum(1 for cell in alone["B"] if "の充実" in str(cell.value)) == 17


def test_a_last_page_of_two_rows_is_printed_at_the_width_s_scale(tmp_path: Path) -> None:
    sheet = _sheet(18, tmp_path)
    [last] = [brk.id for brk in sheet.row_breaks.brk]
    assert sheet.page_setup.scale == 94
    rows = [cell.row for cell in sheet["B"] if "の充実" in str(cell.value)]
    assert sum(row > last for row in rows) == 2
    assert sheet.cell(last + 1, 1).value == "1-1 施策1-1の名前（続き）"
