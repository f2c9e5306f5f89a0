"""compare's and rounds' workbooks: the item tables as text, the counts as numbers (a change
shown as +3 / ▲2 by its number format, still a number to Excel), and for rounds a chart.

Printed as the export's sheets are (review 26): each column as wide as its values up to a
bound, beyond which they wrap between their phrases (xlsx_chapter3.phrases_broken), its title
only between its words (xlsx_widths.titled), each row as tall as its tallest cell, the notes
in one wrapped cell as wide as the table; A4 landscape fitted to the width, the header row on
every page, the pages as xlsx_pages.page_plan breaks them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planeval.cycle.compare import Comparison
from planeval.cycle.rounds import Rounds
from planeval.fiscal import between, years_said
from planeval.model import Problem
from planeval.report.render import TableData
from planeval.report.xlsx_chapter3 import STATUS, phrases_broken
from planeval.report.xlsx_charts import chart_fills
from planeval.report.xlsx_notes import legend_lines
from planeval.report.xlsx_pages import TITLE_ROWS_HEIGHT, page_plan
from planeval.report.xlsx_widths import LEAST, name_width, table_widths
from planeval.report.xlsx_writer import (
    BODY,
    DEFAULT_ROW_HEIGHT,
    Writer,
    line_count,
    page_setup,
    row_height,
)
from planeval.wording import ID_TITLE

CHANGE_FORMAT = '+0;"▲"0;"±0"'
_HEAD = {"bold": True, "border": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"}
HEADER_ROW = 3  # of every table: the title, the rounds' years, a blank row above it
# the widest a column of text is made to put its values on one line (wider, they wrap): an
# item's name, in a table of a few columns more, within A4 landscape's width at full size;
# the counts' IDs and rounds (回); their policies' names as 集計's (xlsx_widths.name_width)
TEXT_MOST, LABEL_MOST = 60.0, 14.0


def _heading(writer: Writer, sheet: Any, title: str, period: str) -> int:
    """The sheet's title and the rounds' years above its table; returns the table's header
    row (the title and years are atop every printed page too: ``_print_setup``)."""
    writer.text(sheet, 0, 0, title, bold=True, font_size=14)
    if period:
        writer.text(sheet, 1, 0, period)
    return HEADER_ROW


@dataclass(frozen=True, slots=True)
class _Table:
    """A sheet's table as it prints: its columns' widths, its header rows' and rows' heights."""

    sheet: Any
    widths: list[float]
    header: tuple[float, ...]
    heights: tuple[float, ...]

    @property
    def below(self) -> int:
        """The row under the table."""
        return HEADER_ROW + len(self.header) + len(self.heights)


def _header_row(
    writer: Writer, sheet: Any, row: int, headers: Sequence[str], widths: list[float]
) -> float:
    """The header row, as tall as its longest title wraps to, and the columns' widths;
    returns its height."""
    height = row_height(max(map(line_count, headers, widths)))
    sheet.set_row(row, height)
    for column, (header, width) in enumerate(zip(headers, widths, strict=True)):
        sheet.set_column(column, column, width)
        writer.text(sheet, row, column, header, **_HEAD)
    return height


def _tall(values: Sequence[str | int], widths: Sequence[float]) -> float:
    """A row's height: as tall as its tallest text wraps to."""
    texts = [(v, w) for v, w in zip(values, widths, strict=True) if isinstance(v, str)]
    return row_height(max((line_count(v, w) for v, w in texts), default=1))


def _notes(
    writer: Writer, sheet: Any, row: int, lines: Sequence[str], widths: Sequence[float]
) -> float:
    """Lines under a table in one cell as wide as the table, wrapped: printed whole within
    the page's width (a line of its own ran past the table's last column, off the page).
    Returns the cell's height (0 without lines)."""
    if not lines:
        return 0.0
    text = "\n".join(legend_lines(lines, sum(widths)))
    height = row_height(line_count(text, sum(widths)))
    sheet.set_row(row, height)
    note = {"text_wrap": True, "valign": "top"}
    writer.merged_text(sheet, (row, 0), (row, len(widths) - 1), text, **note)
    return height


def _text_sheet(writer: Writer, table: TableData, name: str, title: str, period: str) -> _Table:
    sheet = writer.sheet(name)
    first = _heading(writer, sheet, title, period)
    widths = table_widths(table.headers, table.rows, [TEXT_MOST] * len(table.headers))
    header = _header_row(writer, sheet, first, table.headers, widths)
    heights = []
    for row, values in enumerate(table.rows, start=first + 1):
        # (never 「…行政サービスの拡充【」 over 「拡充】」, as Excel fills a line: review 162 #8)
        texts = zip(values, widths, strict=True)
        values = [phrases_broken(v, w) if isinstance(v, str) else v for v, w in texts]
        heights.append(_tall(values, widths))
        sheet.set_row(row, heights[-1])
        for column, value in enumerate(values):  # (a status centred, as export's: review 167 #10)
            writer.text(sheet, row, column, value, **(STATUS if column in table.statuses else BODY))
    return _Table(sheet, widths, (header,), tuple(heights))


def _print_setup(
    table: _Table,
    title: str,
    period: str,
    under: Sequence[float] = (),
    *,
    beside: Sequence[float] = (),
) -> None:
    """As the export prints its sheets (xlsx_writer.page_setup): its pages as
    xlsx_pages.page_plan plans them (``under``: the heights of the rows under it, a blank
    one, the notes; ``beside``: the widths of columns right of it, a chart's), the header
    rows on every page, the title and the years in the page header."""
    sheet, header_rows = table.sheet, len(table.header)
    first = HEADER_ROW + header_rows
    plan = page_plan(
        [*table.widths, *beside], table.heights, first_row=first, above=TITLE_ROWS_HEIGHT,
        header=sum(table.header), under=under,
    )  # fmt: skip
    sheet.freeze_panes(first, 0)
    page_setup(sheet, left=title, right=period, repeat_row=HEADER_ROW, scale=plan.scale)
    sheet.repeat_rows(HEADER_ROW, first - 1)
    if plan.breaks:
        sheet.set_h_pagebreaks(list(plan.breaks))


def _number_sheet(
    writer: Writer,
    name: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str | int]],
    title: str,
    period: str,
    *,
    over: Sequence[str] = (),
) -> _Table:
    """A table whose int cells are numbers; a header ending in 増減 formats its column. A
    column of numbers as wide as its title's widest word, one of text (ID, 回) as wide as
    what it holds up to LABEL_MOST, the policies' names (名称) as 集計's (up to
    xlsx_widths.NAME_MOST). ``over``: a title over each column's (compare's symbol over its
    前回・今回・増減, in one cell over the three: 「-（再掲）」 printed whole over columns as
    narrow as 「前回」), "" where a column's own title fills both rows."""
    sheet = writer.sheet(name)
    first = _heading(writer, sheet, title, period)
    number = writer.fmt(**BODY)
    change = writer.fmt(**BODY, num_format=CHANGE_FORMAT)
    from planeval.report.changed_counts import NAME

    # (a policy's name whole, as 集計 prints it: 「区民の力を活か」 over 「す情報化」 in 14, review 84)
    names = [str(row[headers.index(NAME)]) for row in rows] if NAME in headers else []
    most = [name_width(names, least=LEAST) if h == NAME else LABEL_MOST for h in headers]
    widths = table_widths(headers, rows, most)
    top = first + 1 if over else first  # (the row of the columns' own titles)
    header: tuple[float, ...] = (_header_row(writer, sheet, top, headers, widths),)
    if over:
        header = (_titles_over(writer, sheet, first, headers, over, widths), *header)
    heights = []
    for row, values in enumerate(rows, start=top + 1):
        heights.append(_tall(values, widths))
        sheet.set_row(row, heights[-1])
        for column, value in enumerate(values):
            if isinstance(value, int):
                is_change = headers[column].endswith("増減")
                sheet.write_number(row, column, value, change if is_change else number)
            else:
                writer.text(sheet, row, column, value, **BODY)
    return _Table(sheet, widths, header, tuple(heights))


def _titles_over(
    writer: Writer,
    sheet: Any,
    row: int,
    headers: Sequence[str],
    over: Sequence[str],
    widths: Sequence[float],
) -> float:
    """The titles over the columns' own (on ``row``, theirs under it): one cell over the
    columns a title is over, a column with none its own title in one cell over both rows;
    the row as tall as the longest wraps to (its height returned)."""
    head = writer.fmt(**_HEAD)
    lines, column = 1, 0
    while column < len(headers):
        if not over[column]:
            sheet.merge_range(row, column, row + 1, column, headers[column], head)
            column += 1
            continue
        last = column
        while last + 1 < len(over) and over[last + 1] == over[column]:
            last += 1
        lines = max(lines, line_count(over[column], sum(widths[column : last + 1])))
        sheet.merge_range(row, column, row, last, "", writer.fmt(**_HEAD, align="center"))
        writer.text(sheet, row, column, over[column], **_HEAD, align="center")
        column = last + 1
    sheet.set_row(row, row_height(lines))
    return row_height(lines)


def write_comparison_xlsx(
    comparison: Comparison,
    movements: TableData,
    target: Path,
    *,
    source: str,
    include_same: bool = False,
) -> list[Problem]:
    from planeval.report.changed_counts import NAME, change_headers, count_changes, named_policies
    from planeval.report.compare_notes import compare_footer, trend_counts
    from planeval.report.summary_legend import legend

    writer = Writer(target, source, constant_memory=False)
    words, period = comparison.wording, years_said(comparison.years)
    name = f"{words.status}の変化"
    title = f"{words.title}　{movements.title}"
    table = _text_sheet(writer, movements, name, title, period)
    # (what its B and A mean, and how many improved, under the items: review 85, the sheet
    # of the changes had no legend)
    said = (legend(comparison.scale, wording=comparison.wording), trend_counts(comparison))
    lines = [line for line in said if line]
    height = _notes(writer, table.sheet, table.below + 1, lines, table.widths)
    _print_setup(table, title, period, (DEFAULT_ROW_HEIGHT, height))
    changes = count_changes(comparison)
    named = named_policies(changes)  # (no 名称 column where no policy has a name)
    counts, symbols = change_headers(comparison)  # (each symbol over its 前回・今回・増減)
    headers: list[str] = [ID_TITLE, *([NAME] if named else []), *counts]
    over = [""] * (len(headers) - len(counts)) + symbols
    rows: list[list[str | int]] = [
        [policy, *([name] if named else []), *(n for a, b in pairs for n in (a, b, b - a))]
        for policy, name, pairs in changes
    ]
    name = f"{words.policy_short}別の件数の変化"
    title = f"{words.title}　{name}{between(comparison.years)}"
    table = _number_sheet(writer, name, headers, rows, title, period, over=over)
    # (the legend, what was not compared: under the counts; no command named — a document)
    notes = compare_footer(comparison, printed=True, include_same=include_same)
    lines = notes.splitlines() if notes else []
    height = _notes(writer, table.sheet, table.below + 1, lines, table.widths)
    _print_setup(table, f"{words.title}　{name}", period, (DEFAULT_ROW_HEIGHT, height))
    writer.close()
    return writer.problems


def write_rounds_xlsx(
    rounds: Rounds, items: TableData, target: Path, *, source: str
) -> list[Problem]:
    from planeval.report.changed_counts import NAME, count_headers, named_policies
    from planeval.report.round_notes import rounds_notes
    from planeval.report.round_tables import count_rows, count_title, rows_title
    from planeval.report.summary_legend import legend

    writer = Writer(target, source, constant_memory=False)
    words, period = rounds.wording, years_said(rounds.years, compared=False)
    name = rows_title(rounds)
    title = f"{words.title}　{items.title}"
    table = _text_sheet(writer, items, name, title, period)
    # (what each symbol means, as under compare's items; how many improved and fell, what is
    # 「未集計」 and why: under the items)
    shown = legend(rounds.scale, wording=rounds.wording)
    said = (shown, rounds.trend_line(), rounds_notes(rounds, printed=True))
    notes = "\n".join(filter(None, said))
    lines = notes.splitlines() if notes else []
    height = _notes(writer, table.sheet, table.below + 1, lines, table.widths)
    # (the years on the page header's right only, as compare's: review 73, the two ran together)
    _print_setup(table, f"{words.title}　{name}", period, (DEFAULT_ROW_HEIGHT, height))
    for own in (True, False) if rounds.own else (False,):  # (each round's own too: review 158)
        counts = count_rows(rounds, own)  # (an うち重点 line under each policy's, as compare's)
        named = named_policies(counts)  # (no 名称 column where no policy has a name)
        headers = [ID_TITLE, *([NAME] if named else []), "回", *count_headers(rounds.scale)]
        rows: list[list[str | int]] = []
        for policy, policy_name, per_round in counts:
            first = [policy or ("" if named else policy_name), *([policy_name] if named else [])]
            rows += [[*first, label, *n] for label, n in zip(rounds.labels, per_round, strict=True)]
        total = next(at for at, row in enumerate(counts) if row[0] == "合計")  # (its rows' start)
        name = count_title(rounds, own) if rounds.own else f"{words.policy_short}別の件数"
        title = f"{words.title}　{name}{between(rounds.years)}"
        apart = _chart_column(rounds, headers.index("回")) - len(headers)
        beside = [BLANK_WIDTH] * apart + [CHART_WIDTH]
        table = _number_sheet(writer, name, headers, rows, title, period)
        start = HEADER_ROW + 1 + total * len(rounds.labels)
        _chart(writer, table.sheet, rounds, first_total_row=start, labels=headers.index("回"))
        below = max(HEADER_ROW + len(rows) + 2, HEADER_ROW + _CHART_ROWS)  # (the chart's too)
        # (the legend, 「計は評価対象外を除く件数」, and whose counts these are not, as under the
        # items: the page a director reads the counts on says why a round counts fewer — review 41)
        height = _notes(writer, table.sheet, below, lines, table.widths)
        blank = [DEFAULT_ROW_HEIGHT] * (below - table.below)  # (beside the chart, under the counts)
        _print_setup(table, f"{words.title}　{name}", period, (*blank, height), beside=beside)
    writer.close()
    return writer.problems


_CHART_ROWS = 20  # rows: the chart's height beside the counts (288 px × 1.2 over 20 px rows;
# a row is at least that: row_height)
_CHART_SCALE = 1.3, 1.2  # of xlsxwriter's chart, 480 × 288 px
BLANK_WIDTH = 8.43  # characters: a column of Excel's own width (between the counts and chart)
CHART_WIDTH = (480 * _CHART_SCALE[0] - 5) / 7  # the chart as wide as a column of these many


def _chart_column(rounds: Rounds, labels: int) -> int:
    """The column the chart starts at (``labels``: the rounds' column): right of the counts
    (past 計 and the symbols not counted), a column apart."""
    return labels + len(rounds.scale.counted) + len(rounds.scale.uncounted) + 3


def _chart(
    writer: Writer, sheet: Any, rounds: Rounds, *, first_total_row: int, labels: int
) -> None:
    """A stacked column per round (the 合計 rows; ``labels``: the rounds' column, the
    counts after it): how the statuses moved over the period."""
    chart = writer.book.add_chart({"type": "column", "subtype": "stacked"})
    last = first_total_row + len(rounds.labels) - 1
    name = sheet.get_name()
    fills = chart_fills(len(rounds.scale.counted))
    for offset, symbol in enumerate(rounds.scale.counted):
        column = labels + 1 + offset
        chart.add_series(
            {
                "name": rounds.scale.named(symbol),
                "categories": [name, first_total_row, labels, last, labels],
                "values": [name, first_total_row, column, last, column],
                # (the export's neutral colours, darkest for the best status)
                "fill": {"color": fills[offset][0]},
                "border": {"color": "#FFFFFF"},
            }
        )
    chart.set_title({"name": f"{rounds.wording.status}の件数の推移（合計）"})
    chart.set_y_axis({"name": "件数"})
    chart.set_legend({"position": "bottom"})
    position = _chart_column(rounds, labels)
    scaled = {"x_scale": _CHART_SCALE[0], "y_scale": _CHART_SCALE[1]}
    sheet.insert_chart(HEADER_ROW + 1, position, chart, scaled)
