"""The count tables' stacked bar charts in the workbook (集計, 団体別集計): drawn from the
count cells, in neutral colours, several charts on one scale when the groups do not fit one,
no label on a segment too thin for it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planeval.report.count_rows import CountRow
from planeval.report.document import CountSection, Report
from planeval.report.xlsx_writer import (
    DEFAULT_ROW_HEIGHT,
    FONT,
    LAYOUT_SLACK,
    PRINTABLE_HEIGHT,
    PRINTABLE_WIDTH,
    Writer,
    display_width,
)
from planeval.unanswered_words import entries_counter

# the charts of the counts, in pixels: the title and legend, then each bar by the number of
# bars (3 policies: 60 each; 21 bodies: 24 each), at most GROUPS_PER_CHART to a printed page
CHART_TOP, BAR_MIN, BAR_MAX, BARS_HEIGHT = 90, 21, 60, 504
TITLE_CELLS = 70  # a chart title's line (12 pt: Calc breaks one of a 760-pixel chart at about 76)
GROUPS_PER_CHART = 24
# Neutral report colours from the darkest, the best status, to the lightest: evenly apart in
# lightness in the scale's order, so that a black-and-white copy tells each from its neighbours
# (two of five fixed shades printed the same grey, 1.05:1, and out of order: review 125 #2)
DARKEST, LIGHTEST = (0x1F, 0x4E, 0x79), (0xC6, 0xDB, 0xEF)


def chart_fills(count: int) -> list[tuple[str, str]]:
    """The fill of each of ``count`` statuses in the scale's order, and the label colour that
    reads on it (white on the dark ones)."""
    fills = []
    for index in range(count):
        share = index / (count - 1) if count > 1 else 0.0
        rgb = [
            round(dark + (light - dark) * share)
            for dark, light in zip(DARKEST, LIGHTEST, strict=True)
        ]
        grey = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
        fills.append(("#{:02X}{:02X}{:02X}".format(*rgb), "#FFFFFF" if grey < 140 else "#000000"))
    return fills


def write_charts(
    writer: Writer,
    sheet: Any,
    source: str,
    report: Report,
    section: CountSection,
    *,
    labels: int,
    row: int,
    scale: int,
    header_row: int,
    used: float = 0.0,
    lead: int = 0,
) -> None:
    """The table's groups (on sheet ``source``) as stacked bars, in the table's order,
    labelled with the groups' names (the table's header on ``header_row``; its ``labels``
    columns after ``lead`` ones: a body's 団体コード before its name), from ``row`` of
    ``sheet`` (``used``: the points of its
    page above): below the table if they fit on its page; otherwise on pages of their own,
    at most GROUPS_PER_CHART bars to a chart and one chart to a page, every page readable."""
    page = PRINTABLE_HEIGHT * 100 / scale  # (points of the sheet on one printed page)
    # (not 合計, nor its うち重点 line)
    table = section.table.rows[: max(i for i, row in enumerate(section.table.rows) if not row.sub)]
    # (a body no row was counted of, blank in the table beside its 未集計, has no bar: an empty
    # bar with its name read as a body rating nothing, review 92; nor has a group's うち重点
    # line, a sub-count that read as another group, review 96 — each bar the sheet's row of
    # its group, the ranges then of several parts)
    drawn = [(index, row) for index, row in enumerate(table) if not row.blank and not row.sub]
    if not drawn:
        return
    places = [header_row + 1 + index for index, _row in drawn]
    rows = [row for _index, row in drawn]
    groups = len(rows)
    charts = math.ceil(groups / GROUPS_PER_CHART)
    per_chart = math.ceil(groups / charts)
    # several charts share one scale (equal bars on two pages are equal counts) and each
    # says which part it is: 「…（件）2/42　body_0025～body_0048」
    parts = Parts(charts, _axis_top(max(row.total for row in rows)) if charts > 1 else None)
    breaks = []
    for number, start in enumerate(range(0, groups, per_chart), start=1):
        count = min(per_chart, groups - start)
        bar = max(BAR_MIN, min(BAR_MAX, BARS_HEIGHT // count))
        # (a row's worth spare: Calc's rows come out a little taller than set, and a chart
        # ending at the page's foot printed a blank page after it: review 47)
        room = (page - DEFAULT_ROW_HEIGHT - used) / 0.75  # (pixels left under the table)
        if not start and used and CHART_TOP + count * bar > room:
            # (its bars a little thinner where that keeps it under the table: 川崎市's four
            # bars of 60 pixels sent it to a page of its own, 8 pixels short: review 125 #8)
            fitted = int((room - CHART_TOP) // count)
            bar = fitted if fitted >= max(BAR_MIN, bar * 4 // 5) else bar
        height = CHART_TOP + count * bar
        if start or (used and used + height * 0.75 > page - DEFAULT_ROW_HEIGHT):
            # (the first before the blank row above it: a page of that row alone otherwise)
            breaks.append(row if start else row - 1)
        head = (
            f"{section.chart_title}（{entries_counter(report.wording)}）"  # (指標: review 200 #4)
        )
        # (the bodies by their names: 「青葉市（エラーのため）～」 in a title read as a verdict,
        # review 78 #3 — the table above says each body's reason)
        first_name, last_name = (
            row.label or row.id for row in (rows[start], rows[start + count - 1])
        )
        title = parts.heading(head, number, first_name, last_name)
        bars = places[start : start + count]
        shown = rows[start : start + count]
        _chart(
            writer, sheet, source, report, labels, bars, height, row, title, parts.top,
            shown=shown, lead=lead, width=chart_width(scale),
        )  # fmt: skip
        row += math.ceil(height * 0.75 / DEFAULT_ROW_HEIGHT) + 1
    if breaks:
        sheet.set_h_pagebreaks(breaks)


@dataclass(frozen=True, slots=True)
class Parts:
    """The charts of one table: how many, and the value axis's end they share (None: one
    chart, its own)."""

    charts: int
    top: int | None

    def part(self, number: int) -> str:
        """ "2/42": not 「（2/42）」, whose full-width brackets printed 「（件）（ 2/42 ）」 as if
        spaced inside (review 130 #5)."""
        return f"{number}/{self.charts}"

    def title(self, number: int, first: str, last: str) -> str:
        """ "2/42　body_0025～body_0048", or "" for a table's only chart."""
        return f"{self.part(number)}　{first}～{last}" if self.charts > 1 else ""

    def heading(self, head: str, number: int, first: str, last: str) -> str:
        """The chart's title: ``head`` and its part on one line where they fit TITLE_CELLS,
        else the part's bodies on a line of their own (and the last on another where even
        that is too wide): Calc broke 「…～緑丘市（一部未集」 over 「計）」 (review 29)."""
        whole = f"{head}{self.title(number, first, last)}"
        if self.charts == 1 or display_width(whole) <= TITLE_CELLS:
            return whole
        bodies = f"{first}～{last}"
        lines = [bodies] if display_width(bodies) <= TITLE_CELLS else [f"{first}～", last]
        return "\n".join([f"{head}{self.part(number)}", *lines])


def _axis_top(largest: int) -> int:
    """A round end for a value axis at or above ``largest``: 70 for 67, 200 for 175."""
    step = max(int(10 ** (len(str(max(largest, 1))) - 1)) // 2, 1)
    return max(math.ceil(largest / step) * step, 1)


# A chart's plot area, in pixels: the chart's width less its margins and the names beside the
# bars (a cell of a name about 6 pixels); a label's width, a digit or comma about 7
CHART_MARGINS, NAME_CELL, LABEL_CHAR, LABEL_PADDING = 50, 6, 7, 6


def chart_width(scale: int) -> int:
    """A chart's width in pixels: the printed page's at ``scale`` percent, less Calc's wider
    columns its anchor spans (LAYOUT_SLACK, and CHART_SLACK: at the page's very edge its
    right end printed on a page of its own) — 760 pixels filled half the page of a sheet
    printed at 75 % (review 133 #9)."""
    return int(PRINTABLE_WIDTH * 100 / scale / 0.75 / LAYOUT_SLACK / CHART_SLACK)


CHART_SLACK = 1.03


def _thin_segments(
    rows: Sequence[CountRow], series: int, top: int | None, width: int
) -> list[list[bool]]:
    """Per counted status (``series`` of them), per bar: whether the segment is too thin for
    its label (「566」 cut to 「66」 at the axis, a 「1」 over the bar's end): the number is in
    the table above, the chart shows the proportions. ``top``: the value axis's end (None:
    Excel's own, estimated); ``width``: the chart's, in pixels."""
    largest = max((row.total for row in rows), default=0)
    end = top if top is not None else _automatic_end(largest)
    names = max((display_width(row.name or row.shown_id) for row in rows), default=0)
    plot = width - CHART_MARGINS - names * NAME_CELL

    def thin(count: int) -> bool:
        return 0 < count * plot / end < len(f"{count:,}") * LABEL_CHAR + LABEL_PADDING

    return [
        [index < len(row.counts) and thin(row.counts[index]) for row in rows]
        for index in range(series)
    ]


def _automatic_end(largest: int) -> int:
    """The value axis's end Excel chooses for bars up to ``largest``, about: the next
    multiple of a round step (_step) past it."""
    step = _step(largest)
    return int((largest // step + 1) * step)


def _step(largest: int) -> int:
    """A round step of the value axis for bars up to ``largest`` (1, 2 or 5 × 10ⁿ, some eight
    steps to the bar), never under 1: counts are whole (長与町's 4 bars were ruled 0.5, 1.0,
    1.5 …, review 87)."""
    raw = max(largest, 1) / 8
    power = 10 ** math.floor(math.log10(raw))
    return int(max(next(n * power for n in (1, 2, 5, 10) if n * power >= raw), 1))


def _chart(
    writer: Writer,
    sheet: Any,
    name: str,
    report: Report,
    labels: int,
    bars: Sequence[int],
    height: int,
    row: int,
    title: str,
    top: int | None = None,
    *,
    shown: Sequence[CountRow] = (),
    lead: int = 0,
    width: int,
) -> None:
    """A stacked bar per group (rows ``bars`` of sheet ``name``, in order, whose counts are
    ``shown``) drawn from the count cells: neutral colours, no "0" labels and no label wider
    than its segment; ``title`` (Parts.heading), ``top`` the value axis's end."""
    chart = writer.book.add_chart({"type": "bar", "subtype": "stacked"})
    # (the name column, or the body's; the ID column where a group has no name: policy 1 of
    # bodies naming it apart, read as 1, not as a bar with no label)
    category = lead + labels - 1 - (labels > 1 and any(not row.name for row in shown))
    hidden = _thin_segments(shown, len(report.scale.counted), top, width)
    fills = chart_fills(len(report.scale.counted))
    for index, symbol in enumerate(report.scale.counted):
        column = lead + labels + index
        fill, ink = fills[index]
        custom = [{"delete": True} if thin else None for thin in hidden[index]]
        chart.add_series(
            {
                # (each status by its symbol and label, as the legend line under the table:
                # 「■1 ■2 ■3」 said nothing of a scale of digits, review 86 #12; as the body
                # writes it, 「■達成A」 beside 「※進捗状況：達成A…」 — review 199 #5)
                "name": report.wording.status_named(symbol, report.scale),
                "categories": _cells(name, bars, category),
                "values": _cells(name, bars, column),
                "fill": {"color": fill},
                "border": {"color": "#FFFFFF"},
                "gap": 60,
                "data_labels": {
                    "value": True,
                    "num_format": "#,##0;-#,##0;;",  # zero shows nothing
                    "font": {"name": FONT, "color": ink},
                    **({"custom": custom} if any(custom) else {}),
                },
            }
        )
    chart.set_title({"name": title, "name_font": {"name": FONT, "size": 12}})
    # the categories (a bar chart's y axis) in the table's order, every one labelled: Calc
    # hides every other name of 24 bars (tickLblSkip 1 notwithstanding) unless the labels'
    # rotation is said to be 0, which it reads as "may overlap" (each has its bar's height)
    names = {"name": FONT, "rotation": 0}
    chart.set_y_axis({"reverse": True, "interval_unit": 1, "num_font": names})
    largest = max((row.total for row in shown), default=0)
    values = {
        "num_font": {"name": FONT},
        "major_gridlines": {"visible": True},
        "major_unit": _step(top if top is not None else largest),
    }
    if top is not None:
        values |= {"min": 0, "max": top}
    chart.set_x_axis(values)
    chart.set_legend({"position": "bottom", "font": {"name": FONT}})
    chart.set_size({"width": width, "height": height})
    sheet.insert_chart(row, 0, chart)


def _cells(sheet: str, rows: Sequence[int], column: int) -> list[Any] | str:
    """The cells of ``column`` in ``rows`` (0-based, ascending) of ``sheet``, as a chart's
    range: [sheet, first, column, last, column] where the rows run on, else a union of each
    run's range, 「=(団体別集計!$B$5:$B$6,団体別集計!$B$15:$B$16)」 (Excel and Calc draw it so)."""
    from xlsxwriter.utility import quote_sheetname, xl_range_abs

    if rows[-1] - rows[0] == len(rows) - 1:
        return [sheet, rows[0], column, rows[-1], column]
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    where = quote_sheetname(sheet)
    parts = (f"{where}!{xl_range_abs(run[0], column, run[-1], column)}" for run in runs)
    return f"=({','.join(parts)})"
