"""The print-ready workbook's column widths by their titles: each as wide as its title's
widest word and wide enough for Excel to break the title only between its words (review 23:
「対象外（評価対象／外）」 in a column as wide as its widest word), and the data sheet's by its
values, and its rows' heights by the values that wrap (xlsx_export.py writes the sheets)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from planeval.report.cell_wrap import header_width
from planeval.report.widths import widest, widest_word
from planeval.report.xlsx_chapter3 import XLSX_UNITS
from planeval.report.xlsx_writer import display_width, line_count

WORD_UP_TO = 17.0  # a title's word of up to 8 characters whole; a longer one (a phrase) breaks
# データ: each column as wide as its values up to these (names and texts wrap), IDs and
# symbols up to DATA_MOST, none narrower than its title (data_widths) or DATA_LEAST; a status
# a whole phrase on one line up to 11 characters (羽村市's 「次年度以降計画を見直す」: review 92
# saw 「計画どおり完／了」 in 12), a longer text typed as a status wrapped
DATA_WIDTHS = {"policy_name": 14, "direction_name": 18, "project_name": 20, "item_name": 24}
DATA_WIDTHS |= {"sub_item": 10, "status": 26, "status_text": 26, "issue": 24, "department": 12}
DATA_WIDTHS |= {"file": 24, "sheet": 10}
DATA_MOST, DATA_LEAST, DATA_TITLE_UP_TO = 12.0, 6.0, 23.0
# an ID's cell (Ⅰ-1(1), 基本目標番号 Ⅲ) indented one step off its left border, as the names
# beside it sit off theirs by their characters' own margins (review 105 #9d), and the width
# that step takes: LibreOffice's is a full-width character, Excel's less
INDENT, INDENT_WIDTH = {"align": "left", "indent": 1}, 2.0  # (without align, lost)


def data_widths(headers: Sequence[str], values: Sequence[float]) -> list[float]:
    """Each data column as wide as its values on one line up to its DATA_WIDTHS (names and
    texts wrap beyond; ``values``: value_widths), and its title on one line up to
    DATA_TITLE_UP_TO (a 6-character column printed 「実施内容番号（表記／）」 with a lone
    bracket; Calc wraps a title as it fills the line, a bracket at either end, and the titles
    are the machines' column names, so they are never broken by hand), a longer one broken
    between its words (``titled``)."""
    widths = [
        max(min(display_width(header), DATA_TITLE_UP_TO) + 2.0, DATA_LEAST, width)
        for header, width in zip(headers, values, strict=True)
    ]
    return [titled(header, width) for header, width in zip(headers, widths, strict=True)]


def value_widths(
    names: Sequence[str], distinct: Sequence[Collection[object]]
) -> tuple[set[int], list[float]]:
    """Each column's widest value on one line with its padding, up to the column's DATA_WIDTHS
    (0 for a column with no value), and the columns no row has a value in; ``distinct``: each
    column's values, each once (a value is measured once, however many rows hold it)."""
    empty: set[int] = set()
    widths: list[float] = []
    for column, (name, values) in enumerate(zip(names, distinct, strict=True)):
        texts = [str(value) for value in values if value is not None and value != ""]
        if not texts:
            empty.add(column)
        wide = max((_line_width(text) + 2.0 for text in texts), default=0.0)
        widths.append(min(wide, float(DATA_WIDTHS.get(name, DATA_MOST))))
    return empty, widths


def _line_width(text: str) -> float:
    return display_width(text) if "\n" not in text else widest([text], display_width)


def tall_values(values: Iterable[object], width: float) -> dict[object, int]:
    """The texts among ``values`` that wrap to more than one line in a column ``width`` wide,
    and their lines: a row as tall as its tallest cell is looked up, not measured, row by row."""
    tall = ((value, line_count(value, width)) for value in values if isinstance(value, str))
    return {value: lines for value, lines in tall if lines > 1}


def titled(header: str, width: float) -> float:
    """``width``, or as much wider as a title needs for its widest word (up to WORD_UP_TO) on a
    line and for Excel to break it only between its words (review 23: 「対象外（評価対象／外）」
    in 17, its widest word's width: cell_wrap.header_width)."""
    least = max(width, widest_word(header, display_width, up_to=WORD_UP_TO) + 2.0)
    return header_width(header, least, XLSX_UNITS.wrap, most=display_width(header) + 2.0)


LEAST = 6.0  # a column of numbers: as wide as its title's widest word, at least this
# characters of a column of names: as wide as the longest up to NAME_MOST; a longer name
# wraps, its row as tall as its lines, so that every name prints whole
NAME_LEAST, NAME_MOST = 30.0, 44.0
# … but a name longer by up to three wide characters widens it to its width: wrapped, its last
# one to three characters stood on a line of their own — 中原市's 22-character 基本政策Ⅱ, 「…まち
# づく／り」 in Excel, a blank second line in LibreOffice's print (review 172 #7)
NAME_SLACK = 3 * 2.1


def name_width(names: Iterable[str], *, least: float = NAME_LEAST) -> float:
    """A column of names — 集計's policies, compare's and rounds' 名称 — as wide as its longest
    on one line (display_width: a wide character 2.1), at least ``least``, up to NAME_MOST
    (review 84: compare's 名称 in 14 printed 「区民の力を活か」 over 「す情報化」)."""
    longest = max([least, *(display_width(name) + 2.0 for name in names)])
    return longest if longest <= NAME_MOST + NAME_SLACK else NAME_MOST


def table_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str | int]], most: Sequence[float]
) -> list[float]:
    """Each column of compare's and rounds' tables as wide as its widest value on one line (a
    change's +/▲ a character more) up to its ``most``, and its title's widest word, broken
    only between its words; a column of numbers at least LEAST."""
    widths = []
    for column, header in enumerate(headers):
        shown = [f"▲{row[column]}" if isinstance(row[column], int) else row[column] for row in rows]
        widest = max((display_width(str(value)) + 2.0 for value in shown), default=LEAST)
        widths.append(titled(header, max(min(widest, most[column]), LEAST)))
    return widths
