"""compare's and rounds' workbooks: the item tables as text, the counts as numbers (a change
shown as +3 / ▲2 by its number format, still a number to Excel), and for rounds a chart."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planeval.cycle.compare import Comparison
from planeval.cycle.rounds import Rounds
from planeval.fiscal import between, years_said
from planeval.model import Problem
from planeval.report.render import TableData
from planeval.report.xlsx_writer import Writer, display_width

CHANGE_FORMAT = '+0;"▲"0;"±0"'
_HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"}
_CELL = {"border": 1, "text_wrap": True, "valign": "top"}
HEADER_ROW = 3  # of every table: the title, the rounds' years, a blank row above it


def _heading(writer: Writer, sheet: Any, title: str, period: str) -> int:
    """The sheet's title and the rounds' years above its table (and atop every printed page,
    with the page number under it); returns the table's header row."""
    writer.text(sheet, 0, 0, title, bold=True, font_size=14)
    if period:
        writer.text(sheet, 1, 0, period)
    sheet.set_header(f"&L{title.replace('&', '&&')}&R{period.replace('&', '&&')}")
    sheet.set_footer("&C&P / &N")
    return HEADER_ROW


def _text_sheet(writer: Writer, table: TableData, name: str, title: str, period: str) -> Any:
    sheet = writer.sheet(name)
    first = _heading(writer, sheet, title, period)
    for column, header in enumerate(table.headers):
        writer.text(sheet, first, column, header, **_HEAD)
        width = max([display_width(header), *(display_width(r[column]) for r in table.rows)])
        sheet.set_column(column, column, min(max(width + 2, 8), 60))
    for row, values in enumerate(table.rows, start=first + 1):
        for column, value in enumerate(values):
            writer.text(sheet, row, column, value, **_CELL)
    _print_setup(sheet, first)
    return sheet


def _print_setup(sheet: Any, header_row: int) -> None:
    sheet.freeze_panes(header_row + 1, 0)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)


def _number_sheet(
    writer: Writer,
    name: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str | int]],
    title: str,
    period: str,
) -> Any:
    """A table whose int cells are numbers; a header ending in 増減 formats its column. A
    column of numbers is 8 wide, one of text (ID, 名称, 回) as wide as what it holds."""
    sheet = writer.sheet(name)
    first = _heading(writer, sheet, title, period)
    number = writer.fmt(**_CELL)
    change = writer.fmt(**_CELL, num_format=CHANGE_FORMAT)
    for column, header in enumerate(headers):
        writer.text(sheet, first, column, header, **_HEAD)
        texts = [str(row[column]) for row in rows if not isinstance(row[column], int)]
        width = max(map(display_width, [header, *texts])) + 2 if texts else 8
        sheet.set_column(column, column, min(max(width, 8), 40))
    for row, values in enumerate(rows, start=first + 1):
        for column, value in enumerate(values):
            if isinstance(value, int):
                is_change = headers[column].endswith("増減")
                sheet.write_number(row, column, value, change if is_change else number)
            else:
                writer.text(sheet, row, column, value, **_CELL)
    _print_setup(sheet, first)
    return sheet


def write_comparison_xlsx(
    comparison: Comparison, movements: TableData, target: Path, *, source: str
) -> list[Problem]:
    from planeval.report.changes import (
        NAME,
        compare_footer,
        count_changes,
        count_headers,
        named_policies,
    )

    writer = Writer(target, source, constant_memory=False)
    words, period = comparison.wording, years_said(comparison.years)
    name = f"{words.status}の変化"
    _text_sheet(writer, movements, name, f"{words.title}　{movements.title}", period)
    changes = count_changes(comparison)
    named = named_policies(changes)  # (no 名称 column where no policy has a name)
    headers: list[str] = ["ID", *([NAME] if named else [])]
    for symbol in count_headers(comparison.scale):  # (評価対象外 too, after 計)
        headers += [f"{symbol} 前回", f"{symbol} 今回", f"{symbol} 増減"]
    rows: list[list[str | int]] = [
        [policy, *([name] if named else []), *(n for a, b in pairs for n in (a, b, b - a))]
        for policy, name, pairs in changes
    ]
    name = f"{words.policy_short}別の件数の変化"
    title = f"{words.title}　{name}{between(comparison.years)}"
    sheet = _number_sheet(writer, name, headers, rows, title, period)
    notes = compare_footer(comparison)  # (the legend, what was not compared: under the counts)
    for place, line in enumerate(notes.splitlines() if notes else []):
        writer.text(sheet, HEADER_ROW + len(rows) + 2 + place, 0, line)
    writer.close()
    return writer.problems


def write_rounds_xlsx(
    rounds: Rounds, items: TableData, target: Path, *, source: str
) -> list[Problem]:
    from planeval.report.changes import (
        NAME,
        count_headers,
        named_policies,
        rounds_apart_lines,
        rounds_notes,
    )
    from planeval.report.views import legend

    writer = Writer(target, source, constant_memory=False)
    words, period = rounds.wording, years_said(rounds.years)
    name = words.by(words.item)
    sheet = _text_sheet(writer, items, name, f"{words.title}　{items.title}", period)
    notes = rounds_notes(rounds)  # (what is 「未集計」 and why, under the items)
    for place, line in enumerate(notes.splitlines() if notes else []):
        writer.text(sheet, HEADER_ROW + len(items.rows) + 2 + place, 0, line)
    counts = rounds.policy_counts()
    named = named_policies(counts)  # (no 名称 column where no policy has a name)
    headers = ["ID", *([NAME] if named else []), "回", *count_headers(rounds.scale)]
    rows: list[list[str | int]] = []
    for policy, policy_name, per_round in counts:
        for label, numbers in zip(rounds.labels, per_round, strict=True):
            rows.append(
                [rounds.shown_id(policy), *([policy_name] if named else []), label, *numbers]
            )
    name = f"{words.policy_short}別の件数"
    title = f"{words.title}　{name}{between(rounds.years)}"
    sheet = _number_sheet(writer, name, headers, rows, title, period)
    first_total_row = HEADER_ROW + 1 + len(rows) - len(rounds.labels)
    _chart(writer, sheet, rounds, first_total_row=first_total_row, labels=headers.index("回"))
    below = max(HEADER_ROW + len(rows) + 2, HEADER_ROW + _CHART_ROWS)  # (the chart's too)
    # (the legend, 「計は評価対象外を除く件数」, and whose counts these are not)
    lines = [line for line in (legend(rounds.scale), *rounds_apart_lines(rounds)) if line]
    for place, line in enumerate(lines):
        writer.text(sheet, below + place, 0, line)
    writer.close()
    return writer.problems


_CHART_ROWS = 20  # rows: the chart's height beside the counts (288 px × 1.2 over 20 px rows)


def _chart(
    writer: Writer, sheet: Any, rounds: Rounds, *, first_total_row: int, labels: int
) -> None:
    """A stacked column per round (the 合計 rows; ``labels``: the rounds' column, the
    counts after it): how the statuses moved over the period."""
    chart = writer.book.add_chart({"type": "column", "subtype": "stacked"})
    last = first_total_row + len(rounds.labels) - 1
    name = sheet.get_name()
    for offset, symbol in enumerate(rounds.scale.counted):
        column = labels + 1 + offset
        chart.add_series(
            {
                "name": rounds.scale.named(symbol),
                "categories": [name, first_total_row, labels, last, labels],
                "values": [name, first_total_row, column, last, column],
            }
        )
    chart.set_title({"name": f"{rounds.wording.status}の件数の推移（合計）"})
    chart.set_y_axis({"name": "件数"})
    chart.set_legend({"position": "bottom"})
    # (right of the counts: past 計 and the symbols not counted, a column apart)
    position = labels + len(rounds.scale.counted) + len(rounds.scale.uncounted) + 3
    sheet.insert_chart(HEADER_ROW + 1, position, chart, {"x_scale": 1.3, "y_scale": 1.2})
