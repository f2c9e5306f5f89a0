"""rounds' workbook as it prints on A4 landscape: a table of items just over a page printed a
little smaller on one (羽村市's 27 施策 left five alone on a second page), a longer one broken
where its rows fill a page, never a last page of a row or two (a page fewer where printing up
to 10 % smaller saves one). Each body's workbook as its clerk writes it (OTHER-BODIES.md);
the heights read back from the written workbook."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.xlsx_pages import (
    NOTES_KEPT_WITH,
    PAGE_SLACK,
    SMALLEST_SCALE,
    TITLE_ROWS_HEIGHT,
)
from planeval.report.xlsx_writer import DEFAULT_ROW_HEIGHT, PRINTABLE_HEIGHT
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS

HEADER_ROW = 4  # (the items' header row, as Excel numbers it: the title, the years, a blank)


def _rounds(tmp_path: Path, key: str) -> Path:
    """Three rounds of one body's replies (the same workbook each year), their workbook."""
    [body] = [body for body in BODIES if body.key == key]
    first = tmp_path / "令和4年度"
    first.mkdir()
    body.build(first)
    for year in ("令和5年度", "令和6年度"):
        shutil.copytree(first, tmp_path / year)
    (tmp_path / "planeval.toml").write_text(CONFIGS[key], encoding="utf-8")
    out = tmp_path / "最終評価.xlsx"
    folders = [str(tmp_path / year) for year in ("令和4年度", "令和5年度", "令和6年度")]
    labels = [word for label in ("初年度", "中間", "最終") for word in ("--label", label)]
    result = CliRunner().invoke(
        app,
        ["rounds", *folders, *labels, "--xlsx", str(out),
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return out


def _pages(out: Path) -> tuple[int, list[int], float, list[float]]:
    """The items sheet's print scale, the rows its pages break before (as Excel numbers
    them), its header row's height and its item rows' (those with an ID, from the header)."""
    sheet = load_workbook(out).worksheets[0]
    rows = range(HEADER_ROW + 1, sheet.max_row + 2)
    ids = list(itertools.takewhile(lambda row: sheet.cell(row, 1).value, rows))  # (notes below)
    heights = [sheet.row_dimensions[row].height or DEFAULT_ROW_HEIGHT for row in ids]
    header = sheet.row_dimensions[HEADER_ROW].height or DEFAULT_ROW_HEIGHT
    breaks = [brk.id + 1 for brk in sheet.row_breaks.brk]
    return sheet.page_setup.scale or 100, breaks, header, heights


def test_a_table_just_over_a_page_prints_a_little_smaller_on_one(tmp_path: Path) -> None:
    scale, breaks, header, heights = _pages(_rounds(tmp_path, "hamura"))
    page = PRINTABLE_HEIGHT - PAGE_SLACK
    whole = TITLE_ROWS_HEIGHT + header + sum(heights)
    assert breaks == []
    assert SMALLEST_SCALE <= scale < 100
    assert whole > page  # (at full size it did not fit one page)
    assert whole <= page * 100 / scale


@pytest.mark.parametrize("key", ["minamihara_shuchu", "nagoya_moriyama"])
def test_a_long_table_leaves_no_row_alone_on_its_last_page(tmp_path: Path, key: str) -> None:
    scale, breaks, header, heights = _pages(_rounds(tmp_path, key))
    assert breaks, "a table of several pages"
    page = (PRINTABLE_HEIGHT - PAGE_SLACK) * 100 / scale
    starts = [HEADER_ROW + 1, *breaks, HEADER_ROW + 1 + len(heights)]
    for first, end in itertools.pairwise(starts):
        on_page = heights[first - HEADER_ROW - 1 : end - HEADER_ROW - 1]
        above = TITLE_ROWS_HEIGHT if first == HEADER_ROW + 1 else 0.0
        assert above + header + sum(on_page) <= page, (first, end)
    assert starts[-1] - starts[-2] >= NOTES_KEPT_WITH  # (the last page: not a row or two)


def test_the_items_sheet_says_what_each_symbol_means(tmp_path: Path) -> None:
    """rounds' items sheet printed a table of symbols with no legend (only its counts sheet
    had one); compare's items sheet has one under its table."""
    items, counts = load_workbook(_rounds(tmp_path, "nagoya_moriyama")).worksheets[:2]
    for sheet in (items, counts):
        cells = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]
        notes = [text for text in cells if text.startswith("凡例")]
        assert len(notes) == 1 and "50%未満" in notes[0], (sheet.title, cells[-3:])


def test_a_legend_broken_over_lines_starts_each_at_the_cell_s_edge(tmp_path: Path) -> None:
    """Review 109 #7: a legend wider than the table's cell is broken between its symbols, but
    each line after the first began with the terminal's indent of two spaces, 「…C 未達成 ／」
    over 「  − 評価できない。」, in the printed workbook."""
    items = load_workbook(_rounds(tmp_path, "kawasaki")).worksheets[0]
    [legend] = [
        str(cell.value) for row in items.iter_rows() for cell in row
        if str(cell.value).startswith("凡例")
    ]  # fmt: skip
    lines = legend.split("\n")
    assert len(lines) > 2, lines  # (its symbols over more than one line: the case at hand)
    assert [line for line in lines if line != line.lstrip()] == [], lines
    assert lines[1].startswith("2 目標を上回って達成"), lines
