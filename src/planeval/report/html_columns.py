"""Chapter 3's tables on the web page, their columns sized once for the page (a <colgroup>
for each set of columns: DirectionTable.columns): worked out from every row of the tables that
have them, so that no column moves from one table to the next. A status, a mark and a figure
column as narrow as its longest value (each figure whole) and its title's widest word; the
text columns (names, 課題, 担当課, an indicator's name) sharing the rest in proportion to what
they hold (text_shares.by_content). 東上野県's 課題・今後の方向性 was four lines
(「順調に／進捗している。／引き続き／推進する。」) beside 105 px for 「1,120手続」, each 基本目標's
table sized apart; Setagaya's 達成状況 235 px for 「○」 (review 201 #6)."""

from __future__ import annotations

import html
import re

from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.document import Report
from planeval.report.html_cells import NAME, kept_whole
from planeval.report.html_phrases import phrased
from planeval.report.indicator_values import worded_values
from planeval.report.widths import header_words, widest

PAGE = 140  # cells (half an em each): a table's width where the page is widest (72em, 1em sides)
PADDING = 2  # cells: a cell's sides (.5em each)
TEXT_LEAST = 12  # cells: the narrowest a text column is given (six characters) …
TEXT_HELD = 10  # cells: … and held at where the page is narrower (five), else stacked
PHRASE = 32  # cells: a phrase up to this given its line where the page is widest
SHORT = 2 * NAME  # cells: a department's name up to this kept on its line (short_class)


def colgroups(report: Report) -> dict[Chapter3Columns, tuple[str, float]]:
    """Each set of Chapter 3's columns' <colgroup> and the least width (em) its tables hold
    them at: a narrow column its width in em, the texts their shares of the rest in % (a
    table laid out fixed: html_style's ``fixed``), each text no narrower than its least; on a
    page narrower the table is too wide for its box, set tight, then stacked
    (html_style.SCRIPT), as before."""
    tables = [table for section in report.policies for table in section.tables]
    found = {}
    for columns in dict.fromkeys(table.columns for table in tables):
        alike = [table for table in tables if table.columns == columns]
        headers = alike[0].headers(report.wording)
        rows = [row.cells(columns) for table in alike for row in table.rows]
        texts, least, widths = column_widths(list(headers), rows, columns)
        shared = sum(widths[at] + PADDING for at in texts)
        cols, narrow, rest = [], 0, 0.0
        for at, width in enumerate(widths):
            if at in texts:
                cols.append(f"{100 * (width + PADDING) / shared:.1f}%")
                rest = max(rest, (least[at] + PADDING) * shared / (width + PADDING))
            else:
                cols.append(f"{(width + PADDING) / 2:g}em")
                narrow += width + PADDING
        group = "".join(f'<col style="width:{col}">' for col in cols)
        found[columns] = (f"<colgroup>{group}</colgroup>", round((narrow + rest) / 2 + 0.5, 1))
    return found


def column_widths(
    headers: list[str], rows: list[list[str]], columns: Chapter3Columns
) -> tuple[list[int], list[int], list[int]]:
    """The text columns, each column's least width and its width in cells: the narrow ones (between the item and
    the texts after the rating: a mark, figures, the status) their widest value, each word
    whole (a sub-item's status, 「電子申請 ◎」, its symbol), or their title's widest word; the
    texts the rest of PAGE by what they hold, none narrower than TEXT_LEAST (their least
    TEXT_HELD or their title's widest word)."""
    cells = [[row[at] for row in rows] for at in range(len(headers))]
    ended = columns.with_issue + columns.with_department
    lead = columns.with_project + 1
    status = lead + columns.between  # (placed: another scale's rating after it)
    texts = [
        at
        for at in range(len(headers))
        if (at < lead or at >= len(headers) - ended or worded_values(cells[at])) and at != status
    ]
    least, natural, start = [], [], [0] * len(headers)
    for at, header in enumerate(headers):
        word = widest(header_words(header), cells_of)
        if at in texts:
            natural.append(int(max(widest(cells[at], cells_of), word, 1)))
            # (a department's name whole on its line, as short as it is: short_class)
            held = SHORT if at == len(headers) - 1 and columns.with_department else TEXT_HELD
            # (an indicator's name's figure whole, 「5G人口カバー率」, as figures_html sets it)
            whole = widest((w for c in cells[at] for w in c.split() if kept_whole(w)), cells_of)
            least.append(min(natural[-1], int(max(held, word, whole * (lead <= at < status)))))
            # (given each phrase whole, with a cell to spare: 「コミュニケーションツール／の」)
            phrases = widest((p for cell in cells[at] for p in _phrases(cell)), cells_of)
            start[at] = min(natural[-1], max(least[-1], TEXT_LEAST, min(int(phrases) + 1, PHRASE)))
        else:
            words = (_status_words(cell) if at == status else cell.split() for cell in cells[at])
            # (a cell to spare: 「進捗状況」 in its 4em broke 「進捗状／況」)
            least.append(int(max(widest((w for each in words for w in each), cells_of), word)) + 1)
            natural.append(least[-1])
            start[at] = least[-1]
    room = PAGE - PADDING * len(headers)
    if sum(start) > room:  # (東上野県's nine columns: phrases broken rather than cards at 1280)
        start = [max(n, min(TEXT_LEAST, natural[at])) for at, n in enumerate(least)]
    return texts, least, _fewest_lines(start, natural, texts, room, cells)


def _fewest_lines(
    widths: list[int], natural: list[int], texts: list[int], room: int, cells: list[list[str]]
) -> list[int]:
    """``widths`` with the ``room`` left given to the texts a cell at a time, each to the
    column that makes the rows fewest lines (a row as tall as its tallest text), else to the
    one holding most for its width: Setagaya's 課題等, mostly empty, was given a fifth of the
    page by what it holds, 「新型／コロナウイルスワクチン／の予防接種などの／業務への利用が
    拡大」, beside 実施内容 on one line with room to spare."""
    sizes = [[cells_of(cell) for cell in column] for column in cells]
    held = {at: sum(sizes[at]) for at in texts}

    def lines(trial: list[int]) -> int:
        return sum(
            max(-(-sizes[at][row] // trial[at]) for at in texts) for row in range(len(cells[0]))
        )

    widths = list(widths)
    while sum(widths) < room:
        short = [at for at in texts if widths[at] < natural[at]]
        if not short:  # (every text on one line: the rest to the texts by their widths)
            left, total = room - sum(widths), sum(widths[at] for at in texts)
            return [w + left * w // total if at in texts else w for at, w in enumerate(widths)]
        trials = {at: lines([w + (i == at) for i, w in enumerate(widths)]) for at in short}
        best = min(trials.values())
        widths[
            max((at for at in short if trials[at] == best), key=lambda at: held[at] / widths[at])
        ] += 1
    return widths


def _status_words(cell: str) -> list[str]:
    """A status cell's pieces kept whole: its symbol, and a sub-item's phrases (「インターネット
    閲覧端末管理システム ○」: 「インターネット」, 「閲覧」…) that break before it — Setagaya's
    達成状況 was 235 px wide for 「○」 beside it (review 201 #6)."""
    sub, _, symbol = cell.rpartition(" ")
    return [symbol, *_phrases(sub)]


def _phrases(text: str) -> list[str]:
    """``text``'s pieces the page breaks it between (html_phrases: its phrases, its spaces)."""
    pieces = re.split(r"<wbr>|<br>| ", phrased(text)) if text else []
    return [html.unescape(re.sub(r"<[^>]+>", "", piece)) for piece in pieces]


def cells_of(text: str) -> int:
    """``text``'s width in half ems as a browser sets it: a Latin letter or digit a little
    wider than half (「1,120手続」 nine and a half, not cp932's nine)."""
    ascii_ = sum(char.isascii() for char in text)
    return -(-(12 * ascii_ + 20 * (len(text) - ascii_)) // 10)
