"""The pieces every part of the web page (report/html_export.py) is made of: text as HTML (IDs
in it held together), a status symbol with its meaning spelled out, an ID and its name, the
legend's paragraph, a cell's column title for a phone's stacked rows, and a table in its own
scrolling box (printed whole on a page where it is short, its name repeated on each page
where it is long)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from planeval.ids import name_gap
from planeval.report.fold import cp932_width
from planeval.report.html_phrases import phrased
from planeval.report.indicator_values import is_figure
from planeval.report.text_export import ID_PATTERN
from planeval.scale import Scale

_PLACE = re.compile(r"小数第\d+位")  # (「小数第 / 1位」 broke at 390 px: review 163 #3)


# a heading line over the rows below it (群馬県's 「ICTを活用した学びの充実」 under 施策5; a
# 都道府県 over its bodies in 団体別集計: html_bodies): bold on white, ruled under, in the table
# and in a phone's stacked rows alike — in the row, not the page's style, which every other
# body's page keeps as it was (review 166 #3)
ROW_HEADING = "font-weight:bold;background:#fff;border-bottom:2px solid #1f4e79;padding-top:.6em"


def html_text(text: str) -> str:
    """Text as HTML: escaped, line breaks kept, IDs in it ("（1-1-1⑤再掲）") and a decimal
    place (「小数第1位」) held together."""
    escaped = html.escape(text).replace("\n", "<br>")
    held = ID_PATTERN.sub(r'<span class="id">\g<0></span>', escaped)
    return _PLACE.sub(r'<span class="figure">\g<0></span>', held)


def legend_html(legend: str) -> list[str]:
    """The legend's paragraph, none where it would explain nothing (Scale.legend)."""
    return [f'<p class="legend">{html_text(legend)}</p>'] if legend else []


def id_html(identifier: str) -> str:
    return f'<span class="id">{html.escape(identifier)}</span>' if identifier else ""


def named_html(identifier: str, name: str, *, cell: bool = False) -> str:
    """ "<span class=id>1-1-1</span> 名前": the ID kept whole on one line; in a table's
    ``cell``, the name broken only between its phrases (html_phrases)."""
    shown = phrased(name) if cell else html_text(name)
    return f"{id_html(identifier)}{name_gap(identifier)}{shown}".strip()  # (「（1）名前」 as typed)


def row_header(value: str, body: str = "") -> str:
    """The issue list's row header, its number (and name: 「1.1 市営住宅の見直し」); with
    several bodies its body's name before it, shown only on a phone's card, whose 団体 line it
    stands for: each card was headed by a number every body has, 「1-1」, over a plain
    「団体：浜中町」 (review 193 #11)."""
    number, _, name = value.partition(" ")
    named = named_html(number, name, cell=True) if name else id_html(value)
    lead = f'<span class="lead">{html_text(body)} </span>' if body else ""
    return f'<th scope="row">{lead}{named}</th>'


def symbol_html(symbol: str, scale: Scale, shown: str = "") -> str:
    """A status symbol (as ``shown``, 「達成度1」, where its title says more) with its meaning
    for screen readers and on hover (none for a symbol that is its own label: 取組中)."""
    label = scale.label(symbol) if symbol in scale.symbols else ""
    if not label or label in (symbol, shown):  # (「事業中止」 titled by its label: Scale.by_label)
        return html_text(shown or symbol)
    return f'<abbr title="{html_text(label)}">{html_text(shown or symbol)}</abbr>'


def boxed(
    table_id: str,
    caption: str,
    css: str,
    head: str,
    body: list[str],
    *,
    stacked: bool = False,
    named: str = "",
    least: float = 0.0,
) -> list[str]:
    """A table (``head`` its column titles: _head) in its own horizontally scrolling box, a
    focusable region only where it scrolls (html_style.SCRIPT); ``stacked``, on a phone — or
    wider, where it does not fit — each row a block of labelled lines instead (its cells carry
    ``data-label``), so that a rating is never behind a sideways scroll. A table of up to
    KEPT_ROWS rows prints whole on one page (html_style: ``kept``): Chromium, kept from
    leaving one row alone, breaks before the table's header, not between two earlier rows, and
    a direction's rows continued on the next page did not name it (review 134 #3, #10); a
    longer one ``named`` so in a header row of its own, printed only, on every page it runs
    onto (its rows on the next page were under no name: review 134). With a ``least`` width
    (em), its columns as its <colgroup> sizes them, held at that width at the least
    (html_columns, html_style's ``fixed``)."""
    css, box = (f"{css} stacked", "table-box stacked") if stacked else (css, "table-box")
    if sum(row.count("<tr") for row in body) <= KEPT_ROWS:
        box = f"{box} kept"
    elif named:  # (as Word's and Excel's title row repeated on each page: html_style)
        columns = head.count("<th ")
        row = f'<tr class="named"><th scope="colgroup" colspan="{columns}">{html_text(named)}</th></tr>'
        head = head.replace("<thead>", f"<thead>{row}", 1)
    held = f' fixed" style="--least:{least}em' if least else ""
    return [
        f'<div class="{box}">',
        f'<table class="{css}{held}">',
        f'<caption id="{table_id}">{html_text(caption)}</caption>',
        head,
        "<tbody>",
        *body,
        "</tbody>",
        "</table>",
        "</div>",
    ]


def head_html(titles: Sequence[str]) -> str:
    """A table's one header row of ``titles`` (as HTML)."""
    return "<thead><tr>" + "".join(f'<th scope="col">{t}</th>' for t in titles) + "</tr></thead>"


KEPT_ROWS = 12  # rows: a table up to this long printed on one page


def data_label(header: str, text: str = "") -> str:
    """A cell's column title, for a phone's stacked rows (「達成状況：○」); none for a cell
    whose ``text`` labels its own lines with the titles joined in ``header`` (two issue
    columns read together, io/issue_columns.py: 「評価の理由：…」「今後の方向性：…」 under
    評価の理由・今後の方向性 — a phone showed 「評価の理由・今後の方向性：評価の理由：…」,
    review 152 #8)."""
    titles = header.split("・")
    if not header or (len(titles) > 1 and text.startswith(tuple(f"{t}：" for t in titles))):
        return ""
    return f' data-label="{html_text(header)}"'


def figures_html(value: str) -> str:
    """An indicator's figures, each with its bracketed remark kept on its line: 「90.1%(小)」
    (a browser broke it before 「(小)」, review 28), and each short one whole: 「１２.０%」
    (broken after its point, 「１２.／０%」: review 62); words and longer texts break as text.
    Each line of a cell typed over lines (Alt+Enter: 「97.0%(小)⏎98.2%(中)」) alike, not the
    whole as one long word (broken 「97.0% / (小)」: review 122 #11)."""
    return "<br>".join(
        " ".join(
            f'<span class="figure">{html_text(word)}</span>'
            if kept_whole(word)
            else phrased(word)  # (「オンライン<wbr>相談件数」: html_style's keep-all)
            for word in line.split(" ")
        )
        for line in value.split("\n")
    )


_WHOLE = 12  # characters: a figure (「1,480人」「２６.１%」) kept on one line; words break


def kept_whole(word: str) -> bool:
    """Whether a value's word is a figure set on one line (figures_html): 「90.1%(小)」, 「5G人口
    カバー率」 (a digit in it)."""
    return bool(_REMARKED.fullmatch(word)) or (len(word) <= _WHOLE and any(map(str.isdigit, word)))


_REMARKED = re.compile(r"[^\s(（]{1,12}[(（][^)）]{1,6}[)）]")  # 90.1%(小), 12件（速報）


def value_td(value: str, label: str) -> str:
    """An indicator's figure as a table's cell, right-aligned where it is a figure (is_figure),
    its column title ``label`` (data_label): Chapter 3's and the issue list's (review 172 #4)."""
    return f'<td class="value{" numeric" * is_figure(value)}"{label}>{figures_html(value)}</td>'


def short_class(text: str, up_to: int) -> str:
    """`` short`` (kept on one line) for a cell's text of one line up to ``up_to`` em wide,
    so that its column is as wide as its short texts: at 1280 px 緑ヶ丘市's 「変更・中止」 broke
    over two lines, 「継続して取り組／む」 left 「む」 alone and 「1.1.8 学校給食の外部／化」 broke
    beside wider columns (review 125 #13)."""
    return " short" if cp932_width(text) <= 2 * up_to and "\n" not in text else ""


WORD, NAME, TEXT = 6, 13, 10  # em: a status of one word, a name, another text kept whole
