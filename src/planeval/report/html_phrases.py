"""A table cell's Japanese text in the web page broken only between its phrases: a <wbr> where
a word ends (breaks.py, no worse than GOOD; none inside a long run of kanji, nor before a last
character alone), in a cell set ``word-break: keep-all`` (html_style) so that the browser
breaks nowhere else, and inside a phrase only where it alone is wider than its line
(``overflow-wrap``). The browser's own ``auto-phrase`` broke 「周知方／法の見直し」, 「成年後／
見制度」 and 「管理方／法を調整中」 (review 134 #7)."""

from __future__ import annotations

import html
import re

from planeval.report.breaks import KANJI_WORDS, TOKENS, ranks
from planeval.report.text_export import ID_PATTERN


def phrased(text: str) -> str:
    """``text`` as HTML, escaped, a line break kept as <br>, with a <wbr> before each phrase
    but its line's first: 「周知<wbr>方法の<wbr>見直しが<wbr>課題。」; its IDs held together
    (「（1-1-1⑤再掲）」), as html_export's other text."""
    shown = "<br>".join(_line(line) for line in text.split("\n"))
    return ID_PATTERN.sub(r'<span class="id">\g<0></span>', shown)


def _line(line: str) -> str:
    parts = TOKENS.findall(line)
    runs = _kanji_runs(parts)
    # (no break before a last character alone: 「データセット／数」 left 「数」 on a line)
    last = len(parts) - (len(parts[-1]) == 1) if parts else 0
    out = []
    for at, (part, rank) in enumerate(zip(parts, ranks(parts), strict=True)):
        between = 0 < at < last and not part.isspace() and not parts[at - 1].isspace()
        breaks = rank is not None and (
            rank < KANJI_WORDS or (rank == KANJI_WORDS and runs[at] <= _RUN)
        )
        out.append(f"<wbr>{html.escape(part)}" if between and breaks else html.escape(part))
    return "".join(out)


# a run of kanji up to this long is broken between its two-kanji words (breaks.py's guess,
# counted from its end: 健康／診断／対象者); a longer one is kept whole as the browser kept it,
# the guess going wrong in it (「特定健／診受診率向上事業」), and broken only where it is wider
# than its line
_RUN = 7


def _kanji_runs(parts: list[str]) -> list[int]:
    """For each part, the length of the run of single kanji it is in (0 for any other)."""
    lengths = [0] * len(parts)
    at = 0
    while at < len(parts):
        end = at
        while end < len(parts) and len(parts[end]) == 1 and _is_kanji(parts[end]):
            end += 1
        lengths[at:end] = [end - at] * (end - at)
        at = max(end, at + 1)
    return lengths


def _is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "々〆"


# the page title's breaks (<wbr>), in an h1 set ``word-break: keep-all`` (html_style): before a
# plan's ordinal, 「第6次」, after 計画 where more follows, and after the body's name (at the
# start, after a space or an ordinal), its first 市区町村 — not one inside a name, 「羽根村市」's
# 村, nor a word's, 「市民」; at 390 px the browser broke 「羽根村市第／6次総合計画…」 (review
# 164 #8)
_TITLE_BREAKS = re.compile(
    r"(?<=\S)(?=第[0-9０-９一二三四五六七八九十]+[次期])"
    r"|(?<=計画)(?=[\u4e00-\u9fff\u30a1-\u30ffA-Za-z0-9Ａ-Ｚａ-ｚ０-９])"  # (not 「計画／の」)
    r"|(?:^|(?<=\s)|(?<=[0-9０-９][次期]))(?:[\u4e00-\u9fff々ヶ]{1,5}?[市区町村])"
    r"(?=[^\s市区町村民内部政長議立営街場域第])"
)


def title_html(title: str) -> str:
    """The page's title as HTML, escaped, with a <wbr> where it may break (_TITLE_BREAKS):
    「羽根村市<wbr>第6次総合計画<wbr>後期基本計画　施策評価」."""
    shown, at = [], 0
    for match in _TITLE_BREAKS.finditer(title):
        if 0 < match.end() < len(title) and match.end() > at:
            shown += [html.escape(title[at : match.end()]), "<wbr>"]
            at = match.end()
    return "".join([*shown, html.escape(title[at:])])
