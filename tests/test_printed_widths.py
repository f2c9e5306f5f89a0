"""Printed workbooks break a status, a legend, only where a reader would (review 92 #5)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from planeval.report.xlsx_writer import display_width
from tests.test_cycle_rounds import _round, run
from tests.test_export_cosmetics import _export


def _widths(sheet: Worksheet) -> dict[int, float]:
    """Each column's width by its number (xlsxwriter writes one <col> for a run of equal ones)."""
    widths: dict[int, float] = {}
    for dimension in sheet.column_dimensions.values():
        for column in range(dimension.min, dimension.max + 1):
            widths[column] = dimension.width
    return widths


def test_a_whole_phrase_status_prints_on_one_line_in_the_data_sheet(tmp_path: Path) -> None:
    """羽村市's 「次年度以降計画を見直す」 in a 評価 column 12 wide printed 「次年度以降計／画を見直す」,
    「計画どおり完了」 as 「計画どおり完／了」, as typed too (評価（入力値）): each status column is as
    wide as its longest status on one line."""
    paths = _export("hamura", tmp_path, xlsx="xlsx")
    sheet = load_workbook(paths["xlsx"])["データ"]
    widths = _widths(sheet)
    titles = {cell.value: cell.column for cell in sheet[1]}
    # (this fixture's words; the status as typed its own column where some row typed otherwise)
    columns = [titles[t] for t in ("達成状況", "達成状況（入力値）") if t in titles]
    for column in columns:
        values = {sheet.cell(row, column).value for row in range(2, sheet.max_row + 1)}
        assert "次年度以降計画を見直す" in values
        longest = max(display_width(str(value)) for value in values if value)
        assert widths[column] >= longest + 2, (sheet.cell(1, column).value, widths[column])


def test_compares_legend_breaks_between_its_symbols_and_sentences(tmp_path: Path) -> None:
    """The compare workbook's legend, in a cell as wide as a narrow table, printed 「計は評価でき
    ／ない（－）を除く件数」 (北浜市, review 92): it is broken before it is written, a sentence on a
    line of its own, a legend between its symbols, each line within the table's width."""
    old = _round(tmp_path / "old.xlsx", [("1-1-1 事業", "① 一", "△"), ("", "② 二", "△")])
    new = _round(tmp_path / "new.xlsx", [("1-1-1 事業", "① 一", "○"), ("", "② 二", "○")])
    out = tmp_path / "変化.xlsx"
    assert run("compare", str(old), str(new), "--xlsx", str(out)).exit_code == 0
    sheet = load_workbook(out).worksheets[0]
    [legend] = [c for r in sheet.iter_rows() for c in r if str(c.value).startswith("凡例")]
    [merged] = [m for m in sheet.merged_cells.ranges if legend.coordinate in m]
    widths = _widths(sheet)
    room = sum(widths[column] for column in range(merged.min_col, merged.max_col + 1))
    notes = str(legend.value).split("\n")
    ends = [i for i, line in enumerate(notes) if line.startswith("計は")]
    assert ends, notes  # (its sentence on a line of its own)
    lines = notes[: ends[0] + 1]  # (the legend's lines: the notes after it as written)
    assert all(display_width(line) <= room - 2 for line in lines), (room, lines)
    parts = [part.strip().rstrip("／").strip() for line in lines for part in line.split(" ／ ")]
    assert {"○ 計画どおり実施", "△ 内容を一部修正して実施", "× 未実施"} <= set(parts)
