"""Chapter 3's tables on the web page, their columns sized once for the page (a <colgroup>
for each set of columns: DirectionTable.columns): worked out from every row of the tables that
have them, so that no column moves from one table to the next. A status, a mark and a figure
column as narrow as its longest value (each figure whole) and its title's widest word; the
text columns (names, 課題, 担当課, an indicator's name) sharing the rest as makes the rows
fewest lines, as the page breaks their phrases, a merged 施策 costing lines only where it is
taller than the rows it spans (_fewest_lines). 東上野県's 課題・今後の方向性 was four lines
(「順調に／進捗している。／引き続き／推進する。」) beside 105 px for 「1,120手続」, each 基本目標's
table sized apart; Setagaya's 達成状況 235 px for 「○」 (review 201 #6)."""

from __future__ import annotations

import html
import re

from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.chapter3_rows import Chapter3Row
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
SAMPLED = 300  # rows: a set of tables' widths worked out from about as many (_sample)
SHORT = 2 * NAME  # cells: a department's name up to this kept on its line (short_class)


def colgroups(report: Report) -> dict[Chapter3Columns, tuple[str, float]]:
    """Each set of Chapter 3's columns' <colgroup> and the least width (em) its tables hold
    them at: a narrow column its width in em, the texts their shares of the rest in % (a
    table laid out fixed: html_style's ``fixed``), each text no narrower than its least; on a
    page narrower the table is too wide for its box, set tight, then stacked
    (html_style.SCRIPT), as before. A table worked out for the tight type (_tight) is held
    at more than the page's width, so that the page sets it so."""
    tables = [table for section in report.policies for table in section.tables]
    found = {}
    for columns in dict.fromkeys(table.columns for table in tables):
        alike = [table for table in tables if table.columns == columns]
        headers = alike[0].headers(report.wording)
        rows = [row.cells(columns) for table in alike for row in table.rows]
        spans = [_spans(row, columns) for table in alike for row in table.rows]
        texts, least, widths = column_widths(list(headers), rows, columns, spans=spans)
        shared = sum(widths[at] + PADDING for at in texts)
        cols, narrow, rest = [], 0, 0.0
        for at, width in enumerate(widths):
            if at in texts:
                cols.append(f"{100 * (width + PADDING) / shared:.1f}%")
                rest = max(rest, (least[at] + PADDING) * shared / (width + PADDING))
            else:
                cols.append(f"{(width + PADDING) / 2:g}em")
                narrow += width + PADDING
        held = (narrow + rest) / 2 + 0.5
        if sum(widths) + PADDING * len(widths) > PAGE:  # (worked out for the tight type)
            held = max(held, PAGE / 2 + 1)
        group = "".join(f'<col style="width:{col}">' for col in cols)
        found[columns] = (f"<colgroup>{group}</colgroup>", round(held, 1))
    return found


def _spans(row: Chapter3Row, columns: Chapter3Columns) -> dict[int, int]:
    """The rows a row's merged cells span (its project's, its item's: 0 where covered)."""
    spans = {int(columns.with_project): row.item_rows}
    return {0: row.project_rows, **spans} if columns.with_project else spans


def column_widths(
    headers: list[str],
    rows: list[list[str]],
    columns: Chapter3Columns,
    *,
    spans: list[dict[int, int]] | None = None,
) -> tuple[list[int], list[int], list[int]]:
    """The text columns, each column's least width and its width in cells: the narrow ones (between the item and
    the texts after the rating: a mark, figures, the status) their widest value, each word
    whole (a sub-item's status, 「電子申請 ◎」, its symbol), or their title's widest word; the
    texts the rest of PAGE as makes the rows fewest lines (_fewest_lines: a merged cell,
    ``spans``, costing lines only where it is taller than the rows it spans), none narrower
    than TEXT_LEAST (their least TEXT_HELD or their title's widest word). Where each text's
    phrases whole do not fit the page, the room is that of the tight type (_tight)."""
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
            # (a department's name whole on its line, as short as it is: short_class; of
            # several, each: 「統計データ課、」 over 「情報政策課」)
            held = TEXT_HELD
            if at == len(headers) - 1 and columns.with_department:
                names = (name for cell in cells[at] for name in re.split(r"(?<=、)", cell))
                held = int(min(widest(names, cells_of), SHORT))
            # (an indicator's name's figure whole, 「5G人口カバー率」, as figures_html sets it)
            whole = widest((w for c in cells[at] for w in c.split() if kept_whole(w)), cells_of)
            least.append(min(natural[-1], int(max(held, word, whole * (lead <= at < status)))))
            # (given each phrase whole, with a cell to spare: 「コミュニケーションツール／の」)
            phrases = widest((p for c in dict.fromkeys(cells[at]) for p in _phrases(c)), cells_of)
            start[at] = min(natural[-1], max(least[-1], TEXT_LEAST, min(int(phrases) + 1, PHRASE)))
        else:
            words = (_status_words(cell) if at == status else cell.split() for cell in cells[at])
            # (a cell to spare: 「進捗状況」 in its 4em broke 「進捗状／況」)
            least.append(int(max(widest((w for each in words for w in each), cells_of), word)) + 1)
            natural.append(least[-1])
            start[at] = least[-1]
    room = PAGE - 1 - PADDING * len(headers)  # (held: half an em more, rounded up)
    if sum(start) > room:  # (東上野県's nine columns: set tight rather than as cards at 1280)
        room = _tight(len(headers))
    if sum(start) > room:
        start = [max(n, min(TEXT_LEAST, natural[at])) for at, n in enumerate(least)]
    merged = spans or [{} for _ in rows]
    kept = _sample(merged)
    cells = [[column[row] for row in kept] for column in cells]
    return (
        texts,
        least,
        _fewest_lines(start, natural, texts, room, cells, [merged[row] for row in kept]),
    )


def _sample(spans: list[dict[int, int]]) -> list[int]:
    """The rows the widths are worked out from: all, or of more than SAMPLED, every n-th
    project's (its merged cells' rows together) up to about SAMPLED — the shares of a
    thousand bodies' tables are those of a few hundred of their rows, and each row costs
    every width tried."""
    starts = [row for row, merged in enumerate(spans) if 0 not in merged.values()]
    step = -(-len(spans) // SAMPLED)
    if step <= 1:
        return list(range(len(spans)))
    ends = [*starts[1:], len(spans)]
    return [row for at in range(0, len(starts), step) for row in range(starts[at], ends[at])]


def _tight(columns: int) -> int:
    """The room (cells) of a table's columns set in the tight type (html_style's _TIGHT, 0.9
    of the size): a tenth more cells in the page's width, a cell to spare for the least
    (colgroups' held width at most the page's)."""
    return int(PAGE / 0.9) - 2 - PADDING * columns


def _fewest_lines(
    widths: list[int],
    natural: list[int],
    texts: list[int],
    room: int,
    cells: list[list[str]],
    spans: list[dict[int, int]],
) -> list[int]:
    """``widths`` with the ``room`` left given to the texts, each time to the column whose
    next width saving lines saves most for the cells it takes (a row as tall as its tallest
    text, as the browser breaks them: between phrases; a merged cell — a 施策 over its 取組 —
    its lines spread over the rows it spans, costing a line only where it is taller than
    them all; and, by less, the lines of every text and each word broken as a row's line),
    then the rest to the texts by their
    widths. 東上野県's 取組 was squeezed to five lines, 「ウ／マイナンバー／カードを／活用した／
    手続の推進」, to save 施策's merged cells lines that cost nothing; Setagaya's 課題等, mostly
    empty, was given a fifth of the page by what it holds."""
    pieces = {at: [_pieces(cell) for cell in cells[at]] for at in texts}
    merged = sorted(
        ((row, at, s) for row, cells in enumerate(spans) for at, s in cells.items() if s > 1),
        key=lambda merged: merged[2],  # (an item's inside its project's)
    )
    alone = {at: [row.get(at, 1) == 1 for row in spans] for at in texts}  # (not merged)
    memo: dict[tuple[int, int], tuple[list[int], float]] = {}  # (set_in's)

    def set_in(at: int, width: int) -> tuple[list[int], float]:
        """Each cell's lines in column ``at`` at ``width``, and what they cost besides the
        rows' (a merged cell's lines spread over its rows, a word broken as a row's line)."""
        if (at, width) not in memo:
            drawn = [_lines(each, width) for each in pieces[at]]
            lines = [n for n, _ in drawn]
            spread = sum(lines[row] * (span - 1) / span for row, a, span in merged if a == at)
            broken = len(texts) * sum(broken for _, broken in drawn)
            memo[at, width] = lines, sum(lines) - spread + broken
        return memo[at, width]

    def tallest(trial: dict[int, int], but: int) -> list[int]:
        """Each row's tallest cell but those of column ``but`` and the merged ones."""
        drawn = [(set_in(at, trial[at])[0], alone[at]) for at in texts if at != but]
        return [
            max([1, *(lines[row] for lines, one in drawn if one[row])]) for row in range(len(spans))
        ]

    def score(trial: dict[int, int], at: int, others: list[int]) -> float:
        """The rows' lines at ``trial`` (``others`` each row's tallest cell but ``at``'s),
        each a line of every text, and the texts' own (set_in)."""
        lines, one = set_in(at, trial[at])[0], alone[at]
        heights = [max(h, lines[row]) if one[row] else h for row, h in enumerate(others)]
        for row, column, span in merged:
            short = set_in(column, trial[column])[0][row] - sum(heights[row : row + span])
            heights[row + span - 1] += max(short, 0)
        return len(texts) * sum(heights) + sum(set_in(a, trial[a])[1] for a in texts)

    widths = list(widths)
    while sum(widths) < room:
        best: tuple[float, int, int] | None = None
        trial = {at: widths[at] for at in texts}
        for at in texts:
            others = tallest(trial, at)
            now = score(trial, at, others)
            for wider in range(
                widths[at] + 1, min(natural[at], widths[at] + room - sum(widths)) + 1
            ):
                if set_in(at, wider) != set_in(at, wider - 1):
                    saved = now - score({**trial, at: wider}, at, others)
                    gain = saved / (wider - widths[at])
                    if saved > 0 and (best is None or gain > best[0]):
                        best = (gain, at, wider)
        if best is None:  # (no width saves a line: the rest to the texts by their widths)
            left, total = room - sum(widths), sum(widths[at] for at in texts)
            return [w + left * w // total if at in texts else w for at, w in enumerate(widths)]
        _, at, widths[at] = best
    return widths


def _pieces(text: str) -> list[tuple[int, int]]:
    """``text``'s pieces the page breaks it between (_phrases) as (width in tenths of a
    cell, 0), a space as (0, 1), a line's first piece after a <br> as (width, 2)."""
    out = []
    for number, line in enumerate(_shown(text).split("<br>") if text else []):
        first = bool(number)
        for piece in re.split(r"<wbr>|( )", line):
            if piece == " ":
                out.append((0, 1))
            elif piece:
                out.append((_tenths(html.unescape(piece)), 2 * first))
                first = False
    return out


def _lines(pieces: list[tuple[int, int]], width: int) -> tuple[int, bool]:
    """The lines ``pieces`` take in ``width`` cells, each line as full as its pieces whole
    make it, a piece wider than the line broken where it is full (overflow-wrap), and
    whether one is."""
    lines, filled, room = 0, 0, 10 * width
    broken = any(size > room for size, _ in pieces)
    for size, start in pieces:
        if start == 1:
            filled += bool(filled) * _SPACE
            continue
        if not lines or start == 2 or filled + size > room:
            lines, filled = lines + 1, 0
        over = max(-(-(filled + size) // room) - 1, 0)
        lines, filled = lines + over, filled + size - over * room
    return lines, broken


_SPACE = 6  # tenths of a cell: a space between a name's words


def _status_words(cell: str) -> list[str]:
    """A status cell's pieces kept whole: its symbol, and a sub-item's phrases (「インターネット
    閲覧端末管理システム ○」: 「インターネット」, 「閲覧」…) that break before it — Setagaya's
    達成状況 was 235 px wide for 「○」 beside it (review 201 #6)."""
    sub, _, symbol = cell.rpartition(" ")
    return [symbol, *_phrases(sub)]


def _phrases(text: str) -> list[str]:
    """``text``'s pieces the page breaks it between (html_phrases: its phrases, its spaces)."""
    pieces = re.split(r"<wbr>|<br>| ", _shown(text)) if text else []
    return [html.unescape(piece) for piece in pieces]


def _shown(text: str) -> str:
    """``text`` phrased (html_phrases), its <wbr> and <br> kept, its other tags taken out
    (an ID's <span class="id">: a space in a tag is no place to break)."""
    return re.sub(r"<(?!wbr>|br>)[^>]*>", "", phrased(text))


def cells_of(text: str) -> int:
    """``text``'s width in half ems as a browser sets it: a Latin letter or digit a little
    wider than half (「1,120手続」 nine and a half, not cp932's nine)."""
    return -(-_tenths(text) // 10)


def _tenths(text: str) -> int:
    """``text``'s width in tenths of a cell (cells_of)."""
    ascii_ = sum(char.isascii() for char in text)
    return 12 * ascii_ + 20 * (len(text) - ascii_)
