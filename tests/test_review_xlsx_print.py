"""compare's and rounds' workbooks print as the export's sheets do (review 26: item names cut
at the column's edge, 「-（再掲） 前回」 cut, 22 columns printed very small on A4): texts
wrapped in columns up to a bound, each row as tall as its lines, titles broken between their
words, the notes wrapped within the table's width, A4 landscape fitted to the width."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.xlsx_pages import SMALLEST_SCALE
from planeval.report.xlsx_writer import (
    display_width,
    fit_to_width_scale,
    line_count,
    row_height,
)
from tests.conftest import write_book

# a city's 行政改革 action plan as its clerk keeps it: one column per level, the items'
# names long sentences, a 担当課 per row, the two years' tables alike
HEADER = ["基本方針", "取組項目", "担当課", "達成状況", "課題"]
LONG = "窓口でのキャッシュレス決済の導入と手数料等の収納方法の多様化による市民の利便性の向上"
ITEMS = [
    ("1 市民サービスの向上", f"(1) {LONG}", "市民課"),
    ("", "(2) 証明書のコンビニ交付", "市民課"),
    ("2 行政運営の効率化", "(1) テレワークの推進", "職員課"),
]


def _year(path: Path, era: str, statuses: str) -> Path:
    rows: list[list[object]] = [[f"行政改革実施計画 取組状況（{era}年度）"], [], HEADER]
    rows += [
        [level, item, unit, status, ""]
        for (level, item, unit), status in zip(ITEMS, statuses, strict=True)
    ]
    return write_book(path, {"取組状況": rows})


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _widths(sheet: Worksheet) -> list[float]:
    """Each column's width as set (xlsxwriter writes columns alike as one range)."""
    widths: dict[int, float] = {}
    for dimension in sheet.column_dimensions.values():
        for column in range(dimension.min, dimension.max + 1):
            widths[column] = float(dimension.width)
    return [widths[column] for column in range(1, sheet.max_column + 1)]


def _printed_as_the_export(
    sheet: Worksheet, header_row: int, *, titles_from: int | None = None
) -> list[float]:
    """A4 landscape at a scale that fits one page's width (xlsx_pages.page_plan: smaller
    where that keeps a table on fewer pages), the header rows (``titles_from`` the first
    where two) on every page, every header and text cell wrapped, the header row as tall as
    its longest title's lines; returns the columns' widths."""
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)
    assert sheet.print_title_rows == f"${titles_from or header_row}:${header_row}"
    widths = _widths(sheet)
    # (a width is stored with Excel's 5 px of padding added: 7.0 as 7.7109375)
    assert (setup.scale or 100) <= fit_to_width_scale([width - 5 / 7 for width in widths])
    headers = [cell.value for cell in sheet[header_row]]
    # (a cell under a title over two rows is part of that title's merged cell: no value)
    assert all(cell.alignment.wrap_text for cell in sheet[header_row] if cell.value)
    lines = max(line_count(str(h or ""), w) for h, w in zip(headers, widths, strict=True))
    assert sheet.row_dimensions[header_row].height == row_height(lines)
    return widths


def test_compare_workbook_wraps_long_names_and_prints_its_counts_legibly(tmp_path: Path) -> None:
    old = _year(tmp_path / "令和5年度.xlsx", "令和5", "○△○")
    new = _year(tmp_path / "令和6年度.xlsx", "令和6", "◎○×")
    out = tmp_path / "比較.xlsx"
    result = run("compare", str(old), str(new), "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    movements, counts = book.worksheets
    widths = _printed_as_the_export(movements, 4)
    headers = [cell.value for cell in movements[4]]
    name = headers.index("実施内容")
    row = next(
        r for r in movements.iter_rows(min_row=5) if str(r[name].value).replace("\n", "") == LONG
    )
    # the long name wraps in its column (narrower than its one line), broken between its
    # phrases (review 162 #8), its row as tall as its lines: printed whole, not cut at the edge
    assert widths[name] < display_width(LONG) + 2
    assert row[name].alignment.wrap_text
    lines = line_count(row[name].value, widths[name])
    assert lines > 1 and movements.row_dimensions[row[0].row].height == row_height(lines)
    # the counts: each symbol in one cell over its 前回・今回・増減 (「-（再掲） 前回」 was
    # cut, printed 「-（再掲） 前」 over 「回」 in a column of 8), each column as wide as its
    # title, both header rows on every page, and all on A4 at 80 % or more (no smaller than
    # the export prints a count table, its readable least, either)
    widths = _printed_as_the_export(counts, 5, titles_from=4)
    over = [cell.value for cell in counts[4]]
    titles = [cell.value for cell in counts[5]]
    symbols = [value for value in over[2:] if value]
    assert symbols == ["◎", "○", "△", "×", "計", "-（再掲）"]
    assert titles[2:] == ["令和5\n年度", "令和6\n年度", "増減"] * len(symbols)  # (review 186 #6)
    spans = sorted((r.min_col, r.max_col) for r in counts.merged_cells.ranges if r.min_row == 4)
    assert spans == [(1, 1), (2, 2), *((c, c + 2) for c in range(3, len(titles) + 1, 3))]
    # (each title on its own lines: 「令和5」 over 「年度」, never broken inside one)
    assert all(
        line_count(str(t), w) == str(t).count("\n") + 1 for t, w in zip(titles, widths, strict=True)
    )
    assert all(
        line_count(symbol, sum(widths[column : column + 3])) == 1
        for column, symbol in enumerate(over)
        if symbol and column >= 2
    )
    # (a width is stored with Excel's 5 px of padding added: 7.0 as 7.7109375)
    # (75 %, not 80 %, since the counts are headed by their years, 「令和5／年度」 a unit wider
    # than 前回: review 186 #6 — six symbols' 18 columns; the export's least is SMALLEST_SCALE)
    assert fit_to_width_scale([width - 5 / 7 for width in widths]) >= max(75, SMALLEST_SCALE)
    # the notes under the counts: one cell merged over the table's width, wrapped, as tall
    # as its lines
    notes = next(
        cell
        for cell in counts["A"]
        if isinstance(cell.value, str) and cell.value.startswith("凡例")
    )
    merged = next(r for r in counts.merged_cells.ranges if r.min_row == notes.row)
    assert (merged.min_col, merged.max_col) == (1, len(titles)) and notes.alignment.wrap_text
    assert counts.row_dimensions[notes.row].height == row_height(
        line_count(notes.value, sum(widths))
    )


def test_rounds_workbook_prints_as_the_export(tmp_path: Path) -> None:
    paths = [
        _year(tmp_path / f"令和{era}年度.xlsx", str(era), statuses)
        for era, statuses in ((4, "×△○"), (5, "○△○"), (6, "◎○×"))
    ]
    out = tmp_path / "推移.xlsx"
    assert run("rounds", *map(str, paths), "--xlsx", str(out)).exit_code == 0
    items, counts = load_workbook(out).worksheets
    widths = _printed_as_the_export(items, 4)
    name = [cell.value for cell in items[4]].index("実施内容")
    long = next(
        r for r in items.iter_rows(min_row=5) if str(r[name].value).replace("\n", "") == LONG
    )  # (broken between its phrases: review 162 #8)
    lines = line_count(long[name].value, widths[name])
    assert items.row_dimensions[long[0].row].height == row_height(lines)
    assert widths[name] < display_width(LONG) + 2
    _printed_as_the_export(counts, 4)


def test_the_counts_print_each_policys_name_on_one_line(tmp_path: Path) -> None:
    """compare's and rounds' 名称 as wide as 集計's (xlsx_widths.name_width): in 14 characters
    Excel printed 「区民の力を活か」 over 「す情報化」 (review 84); each name now on one line,
    its row one line tall."""
    names = {"1": "市民サービスの向上", "2": "区民の力を活かす情報化"}
    items = [(f"{n} {names[n]}" if level else "", item, unit) for (level, item, unit), n in
             zip(ITEMS, "112", strict=True)]  # fmt: skip
    paths = []
    for era, statuses in ((5, "○△○"), (6, "◎○×")):
        rows: list[list[object]] = [[f"行政改革実施計画 取組状況（令和{era}年度）"], [], HEADER]
        rows += [[*item[:2], item[2], s, ""] for item, s in zip(items, statuses, strict=True)]
        paths.append(write_book(tmp_path / f"令和{era}年度.xlsx", {"取組状況": rows}))
    for command, header_row in (("compare", 5), ("rounds", 4)):
        out = tmp_path / f"{command}.xlsx"
        result = run(command, *map(str, paths), "--xlsx", str(out))
        assert result.exit_code == 0, result.output
        counts = load_workbook(out).worksheets[1]
        widths = _widths(counts)
        column = [cell.value for cell in counts[4]].index("名称")  # (compare's: over two rows)
        shown = [row[column] for row in counts.iter_rows(min_row=header_row + 1)]
        named = [cell for cell in shown if cell.value in names.values()]
        assert {cell.value for cell in named} == set(names.values())
        width = round(widths[column] * 7 - 5) / 7  # (stored with Excel's 5 px of padding)
        for cell in named:
            assert width >= display_width(cell.value) + 2
            assert counts.row_dimensions[cell.row].height == row_height(1)
