"""A prefecture's roll-up prints every body's full-width row body first: a city's
「492078 緑ヶ丘市　1-2 窓口のデジタル化」 over its 施策 1-2-1, a town's 「493210 松尾町」 over
its 施策 1-1 — the city's was 「1-2 窓口のデジタル化（492078 緑ヶ丘市）」, the same row read
two ways one line apart (review 183 #5)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

import planeval
from planeval.model import Entry, Location
from planeval.report.building import build_report
from planeval.report.xlsx_export import write_xlsx

CODES = {"緑ヶ丘市": "492078", "松尾町": "493210"}


def _entry(body: str, direction: str, project: str, name: str, number: int) -> Entry:
    return Entry(
        Location(f"{body}.xlsx", "進捗状況", f"D{number + 5}"), "1", direction, project, name,
        number, "①", f"取組{number}", None, "○", "○",
        direction_name="窓口のデジタル化" if direction else "", policy_name="行政手続",
        body=body,
    )  # fmt: skip


def _report():  # type: ignore[no-untyped-def]
    entries = [
        _entry("緑ヶ丘市", "1-2", "1-2-1", "書かない窓口の導入", 1),
        _entry("緑ヶ丘市", "1-2", "1-2-2", "RPAの導入", 2),
        _entry("松尾町", "", "1-1", "オンライン申請の推進", 1),
    ]
    return build_report(entries, planeval.DEFAULT_SCALE, bodies=list(CODES), codes=CODES)


def test_every_body_s_row_in_the_policy_sheet_starts_with_the_body(tmp_path: Path) -> None:
    target = tmp_path / "報告.xlsx"
    write_xlsx(_report(), target)
    sheet = openpyxl.load_workbook(target).worksheets[2]  # (集計, 団体別集計, the policy's)
    merged = {(m.min_row, m.min_col) for m in sheet.merged_cells.ranges if m.max_col > 2}
    titles = [
        str(sheet.cell(row, 1).value)
        for row, column in sorted(merged)
        if row > 7 and column == 1 and sheet.cell(row, 1).value
    ]
    assert titles == ["492078 緑ヶ丘市\u30001-2 窓口のデジタル化", "493210 松尾町"]
    projects = [str(cell.value) for cell in sheet["A"] if str(cell.value or "")[:1] == "1"]
    assert projects == ["1-2-1 書かない窓口の導入", "1-2-2 RPAの導入", "1-1 オンライン申請の推進"]
