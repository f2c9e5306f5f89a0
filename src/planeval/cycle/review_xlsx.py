"""compare's and rounds' workbooks: the item tables as text, the counts as numbers (a change
shown as +3 / ▲2 by its number format, still a number to Excel), and for rounds a chart."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planeval.cycle.compare import Comparison
from planeval.cycle.rounds import Rounds
from planeval.model import Problem
from planeval.report.render import TableData
from planeval.report.xlsx_writer import Writer, display_width

CHANGE_FORMAT = '+0;"▲"0;"±0"'
_HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"}
_CELL = {"border": 1, "text_wrap": True, "valign": "top"}


def _text_sheet(writer: Writer, table: TableData) -> None:
    sheet = writer.sheet(table.title)
    for column, header in enumerate(table.headers):
        writer.text(sheet, 0, column, header, **_HEAD)
        width = max([display_width(header), *(display_width(r[column]) for r in table.rows)])
        sheet.set_column(column, column, min(max(width + 2, 8), 60))
    for row, values in enumerate(table.rows, start=1):
        for column, value in enumerate(values):
            writer.text(sheet, row, column, value, **_CELL)
    _print_setup(sheet)


def _print_setup(sheet: Any) -> None:
    sheet.freeze_panes(1, 0)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def _number_sheet(
    writer: Writer, title: str, headers: Sequence[str], rows: Sequence[Sequence[str | int]]
) -> Any:
    """A table whose int cells are numbers; a header ending in 増減 formats its column."""
    sheet = writer.sheet(title)
    number = writer.fmt(**_CELL)
    change = writer.fmt(**_CELL, num_format=CHANGE_FORMAT)
    for column, header in enumerate(headers):
        writer.text(sheet, 0, column, header, **_HEAD)
        sheet.set_column(column, column, 8 if column > 1 else 24)
    for row, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            if isinstance(value, int):
                is_change = headers[column].endswith("増減")
                sheet.write_number(row, column, value, change if is_change else number)
            else:
                writer.text(sheet, row, column, value, **_CELL)
    _print_setup(sheet)
    return sheet


def write_comparison_xlsx(
    comparison: Comparison, movements: TableData, target: Path, *, source: str
) -> list[Problem]:
    from planeval.report.review import count_changes, uncounted_notes

    writer = Writer(target, source, constant_memory=False)
    _text_sheet(writer, movements)
    headers: list[str] = ["ID", "名称"]
    for symbol in (*comparison.scale.counted, "計"):
        headers += [f"{symbol} 前回", f"{symbol} 今回", f"{symbol} 増減"]
    rows: list[list[str | int]] = [
        [policy, name, *(n for a, b in pairs for n in (a, b, b - a))]
        for policy, name, pairs in count_changes(comparison)
    ]
    title = f"{comparison.wording.policy_short}別の件数の変化"
    sheet = _number_sheet(writer, title, headers, rows)
    notes = uncounted_notes(comparison)  # (what was not compared, under the counts)
    for place, line in enumerate(notes.splitlines() if notes else []):
        writer.text(sheet, len(rows) + 2 + place, 0, line)
    writer.close()
    return writer.problems


def write_rounds_xlsx(
    rounds: Rounds, items: TableData, target: Path, *, source: str
) -> list[Problem]:
    writer = Writer(target, source, constant_memory=False)
    _text_sheet(writer, items)
    symbols = (*rounds.scale.counted, "計")
    headers = ["ID", "名称", "回", *symbols]
    rows: list[list[str | int]] = []
    for policy, name, per_round in rounds.policy_counts():
        for label, counts in zip(rounds.labels, per_round, strict=True):
            rows.append([policy, name, label, *counts])
    sheet = _number_sheet(writer, f"{rounds.wording.policy_short}別の件数", headers, rows)
    sheet.set_column(2, 2, 14)
    _chart(writer, sheet, rounds, first_total_row=len(rows) - len(rounds.labels) + 1)
    writer.close()
    return writer.problems


def _chart(writer: Writer, sheet: Any, rounds: Rounds, *, first_total_row: int) -> None:
    """A stacked column per round (the 合計 rows): how the statuses moved over the period."""
    chart = writer.book.add_chart({"type": "column", "subtype": "stacked"})
    last = first_total_row + len(rounds.labels) - 1
    name = sheet.get_name()
    for offset, symbol in enumerate(rounds.scale.counted):
        column = 3 + offset
        chart.add_series(
            {
                "name": rounds.scale.named(symbol),
                "categories": [name, first_total_row, 2, last, 2],
                "values": [name, first_total_row, column, last, column],
            }
        )
    chart.set_title({"name": f"{rounds.wording.status}の件数の推移（合計）"})
    chart.set_y_axis({"name": "件数"})
    chart.set_legend({"position": "bottom"})
    sheet.insert_chart(1, len(rounds.scale.counted) + 5, chart, {"x_scale": 1.3, "y_scale": 1.2})
