"""Lines of a report's text that look like a row of a table of numbers — a label, then two
numbers or more and nothing else, between tabs (Excel's, Word's copy), Markdown's pipes or
spaces —, which no reader of tables took (pasted_tables.py, year_tables.py, cross_tables.py)
and which hold no count a paragraph states (those with counters, 7指標, are statements'): each
run of them said once, at its first line, as numbers not compared, with the fix, so that
``check`` never says all agree of a report with a table it did not read. A run under a heading
of money (予算, 事業費: past_tables.other_numbers) is listed as settled: its words say it counts
no rows; so is one headed by another preset's statuses (the other status column's count table of
a 行政改革大綱, checked with that scale's config)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from planeval.check_result import NotCompared
from planeval.model import Location, TextCell
from planeval.other_scale_rows import header_scale
from planeval.past_tables import other_numbers
from planeval.pasted_rows import line_cells
from planeval.scale import Scale
from planeval.scale_words import normalised, words_of
from planeval.scope_words import TABLE_ROW

# a cell holding numbers alone: 12, 1,200, 31.8, 31.8%, ▲2, 2（28.6%）
_NUMBERS = re.compile(r"[\d.,%()▲△+\-\s]*\d[\d.,%()▲△+\-\s]*")
_SEPARATOR = re.compile(r"[\s|:\-]+")
_LABEL_MOST = 40  # the longest label of a row (a policy's name; a sentence is none)
_UNREAD = (
    "数の並んだ表の行ですが、どの集計のどの数か読み取れないため、この表（{lines}）は比べて"
    "いません（状況の件数か割合の表なら、状況（{examples}・計）を行の見出しか列の見出しにし、"
    "もう一方に区分の番号か名前と「全体」を並べてください。件数の表でなければ、この表を除いた"
    "本文を --text に指定してください）"
)
_MONEY = "金額など件数でない数の表なので、集計とは比べません"
_OTHER_SCALE = (
    '表の見出しの{named}はこの評価尺度（{scale}）の区分ではありません（preset "{preset}" の'
    "区分です。この表（{lines}）の数はその尺度の設定で check してください）"
)


def unread_rows(
    texts: Sequence[TextCell], taken: Collection[Location], scale: Scale
) -> list[NotCompared]:
    """Each run of ``texts`` (a report's lines, in order) that are rows of numbers and none of
    ``taken`` (the lines the readers of tables read), said once as not compared (the
    ``scale``'s counted symbols named in the fix; a table headed by another preset's statuses
    said as that scale's, failing nothing)."""
    runs: list[list[int]] = []
    for at, text in enumerate(texts):
        if text.location in taken or _row(text.text) is None:
            continue
        last = runs[-1][-1] if runs else None
        if last == at - 1 and texts[last].location.file == text.location.file:
            runs[-1].append(at)
        else:
            runs.append([at])
    return [_said(texts, run, scale) for run in runs]


def notes_under(texts: Sequence[TextCell], said: Sequence[NotCompared]) -> dict[Location, str]:
    """The line right under each table ``said`` not read (planeval's rounding note under its
    export's table, 「合計が100.0にならない行があります（改革項目番号 4 は 99.9%）」) → the preset
    whose statuses head it ("" for a table of no known scale: a two-column export's other
    table, review 147 #2): its shares are of that table's rows, not of the loaded scale's."""
    at = {text.location: index for index, text in enumerate(texts)}
    under: dict[Location, str] = {}
    for number in (n for n in said if n.location in at):
        index = at[number.location]
        while index < len(texts) and TABLE_ROW.search(texts[index].text):
            index += 1
        if index < len(texts) and texts[index].location.file == number.location.file:
            under[texts[index].location] = number.other_scale
    return under


def _row(text: str) -> tuple[list[str], list[str]] | None:
    """(labels, numbers) of a line that is a row of numbers: at most two labels, then two
    numbers or more; None for any other line."""
    line = normalised(text).strip()
    if "。" in line or _SEPARATOR.fullmatch(line):
        return None
    found = line_cells(line)
    cells = found[1] if found else line.split()
    cells = [cell.strip() for cell in cells]
    numbers = 0
    while numbers < len(cells) and _NUMBERS.fullmatch(cells[len(cells) - 1 - numbers]):
        numbers += 1
    labels = [cell for cell in cells[: len(cells) - numbers] if cell]
    if numbers < 2 or len(labels) > 2 or len(" ".join(labels)) > _LABEL_MOST:
        return None
    return labels, cells[len(cells) - numbers :]


def _said(texts: Sequence[TextCell], run: Sequence[int], scale: Scale) -> NotCompared:
    first, last = texts[run[0]], texts[run[-1]]
    labels, numbers = _row(first.text) or ([], ["0"])
    digits = re.search(r"\d+(?:\.\d+)?", numbers[-1].replace(",", ""))  # (its 計, if any)
    value = (float(digits[0]) if "." in digits[0] else int(digits[0])) if digits else 0
    lines = first.location.cell or ""
    if len(run) > 1 and last.location.cell:
        lines = f"{lines.removesuffix('行目')}〜{last.location.cell}の {len(run)} 行"
    said = " ".join([*labels, *numbers])
    start = run[0]  # (its header: the table's lines above it, a heading of money above them)
    while start > 0 and TABLE_ROW.search(texts[start - 1].text):
        start -= 1
    money = any(other_numbers(texts, at) for at in range(start, run[0] + 1))
    headers = [
        (found or ("", []))[1] for found in map(line_cells, (t.text for t in texts[start : run[0]]))
    ]
    if not money and (other := header_scale(headers, scale)):
        # (planeval's count table of the other status column: its config checks it, review 94)
        reason = _OTHER_SCALE.format(
            named="".join(f"「{word}」" for word in other[1]),
            scale=words_of(scale).describe(),
            preset=other[0],
            lines=lines,
        )
        return NotCompared(
            None, "表", said, value, reason, first.location, True, other_scale=other[0]
        )
    statuses = scale.counted
    examples = "・".join(statuses[:2]) + ("…" if len(statuses) > 2 else "")
    reason = _MONEY if money else _UNREAD.format(lines=lines, examples=examples)
    return NotCompared(None, "表", said, value, reason, first.location, money)
