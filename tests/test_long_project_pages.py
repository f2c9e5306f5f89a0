"""A project longer than a printed page of the workbook names itself again on every page it
runs onto, 「1-1-2 …（続き）」 under its direction's 「…（続き）」: its cell merged over all its
rows printed on the first page alone (review 130 #1)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

import planeval
from planeval.model import Entry, Location
from planeval.report.building import build_report
from planeval.report.xlsx_export import write_xlsx


def _entries(projects: dict[str, int]) -> list[Entry]:
    entries, row = [], 5
    for project, items in projects.items():
        for n in range(1, items + 1):
            row += 1
            entries.append(
                Entry(
                    Location("進捗.xlsx", "第3章", f"D{row}"), "1", "1-1", project,
                    f"事業{project}の推進", n, str(n), f"実施内容{project}-{n}の充実", None,
                    "○", "○", "課題が残る。" * (n % 2 * 3), direction_name="施策1-1の名前",
                    policy_name="政策1の名前",
                )
            )  # fmt: skip
    return entries


def test_a_project_longer_than_a_page_is_named_on_each_of_its_pages(tmp_path: Path) -> None:
    target = tmp_path / "報告.xlsx"
    write_xlsx(build_report(_entries({"1-1-1": 3, "1-1-2": 60}), planeval.DEFAULT_SCALE), target)
    sheet = openpyxl.load_workbook(target).worksheets[1]
    breaks = [brk.id for brk in sheet.row_breaks.brk]  # (the last row of each page)
    assert len(breaks) >= 3
    named = {cell.row: cell.value for cell in sheet["A"] if cell.value}
    for last in breaks[1:]:  # (the first: 1-1-1's page before 1-1-2's)
        assert named[last + 1] == "1-1 施策1-1の名前（続き）"
        assert named[last + 2] == "1-1-2 事業1-1-2の推進（続き）"
    # each of its rows under a cell naming it, on the page that row prints on
    spans = [r for r in sheet.merged_cells.ranges if r.min_col == r.max_col == 1]
    items = [c.row for c in sheet["B"] if "実施内容1-1-2-" in str(c.value)]
    for row in items:
        [span] = [r for r in spans if r.min_row <= row <= r.max_row]
        assert str(named[span.min_row]).startswith("1-1-2 事業1-1-2の推進")
        assert not any(span.min_row <= last < span.max_row for last in breaks)
    assert len(items) == 60
