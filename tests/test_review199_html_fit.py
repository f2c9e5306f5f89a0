"""東上野県's chapter tables on a desktop (review 199 #2): 9 columns, 施策 | 取組 | 指標名 |
基準値（R3） | 目標値（R7） | 実績値 | 進捗状況 | 課題・今後の方向性 | 担当課, were each 取組 a card of
9 labelled lines at 1280 and 1600 px (69 cards, no table): the page's script stacked a table
wider than its box (1312 px in 1120), its 指標名 not broken between phrases (the browser's
phrase of 「統合型校務支援システム導入校の」 was 241 px wide) and its short names kept on one
line. A table too wide is now set tighter first (html_style's ``tight``), and stacked only
where that still does not fit (a phone)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

import tests.test_review194_indicator_names as forms
from planeval.cli import app
from planeval.report.html_style import SCRIPT, STYLE

WIDE = [  # (the widest of 東上野県's: a long run of kanji, a figure with its remark)
    ("1-1", "ウ", "県・市町村共同利用型電子申請の拡大", "オンライン診療実施医療機関数", "15%",
     "60%", "27.1%（速報値）", "横ばいC", "実績が伸び悩んでいる。周知方法を見直す。"),
]  # fmt: skip


def _em(text: str) -> float:
    """``text``'s width in em: a Japanese character 1, an ASCII one about half."""
    return sum(0.55 if char.isascii() else 1.0 for char in text)


def _least(cell: str) -> float:
    """A cell's least width in em: its widest piece between the breaks it allows (<wbr>, <br>,
    a space; each figure whole, a ``short`` cell that is no phrased name whole), its sides
    .3em each."""
    whole = 'class="dept short"' in cell or ("<wbr>" not in cell and "figure" in cell)
    text = re.sub(r"<(?!wbr|br)[^>]+>", "", cell.split(">", 1)[1])
    pieces = [text.replace("<wbr>", "")] if whole else re.split(r"<wbr>|<br>| ", text)
    return max(map(_em, pieces)) + 0.6


# em: each column's min-width in html_style (th.project 8em, td.item 10em, an indicator's
# text 7em, td.issue 9em)
_MIN = {"project": 8.0, "item": 10.0, "value": 7.0, "issue": 9.0}


def test_a_wide_chapter_table_fits_a_desktop_box_as_a_table(tmp_path: Path, monkeypatch) -> None:
    """At 1280 px (and wider) the page's box is 70em (main's 72em less its 1em sides). A table
    lays out no narrower than the sum of its columns' least widths: each column's widest
    unbreakable piece (a phrase, a figure, a kept name) or its min-width, whichever is wider.
    Tight (.9em text, .3em sides, names broken between phrases — 指標名 and 担当課 now phrased —
    every figure whole), 東上野県's widest rows sum under 70em, so the table stays a table; the
    script tries tight before stacking (each step re-measured), a phone stacks by the media
    query as before."""
    assert 'step(boxes,"cards","tight");step(boxes,"tight","cards");' in SCRIPT
    assert "table.tight{font-size:.9em}table.tight .short:not(.dept),table.tight thead th" in STYLE
    monkeypatch.setattr(forms, "ROWS", [*forms.ROWS, *WIDE])
    forms.write_returns(tmp_path, "指標名")
    monkeypatch.chdir(tmp_path)
    exported = CliRunner().invoke(app, ["export", "回答R6", "--html", "r.html"])
    assert exported.exit_code == 0, exported.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    start = page.index('<table class="chapter3')
    table = page[start : page.index("</table>", start)]
    rows = [re.findall(r"<t[hd] [^>]*>.*?</t[hd]>", row) for row in table.split("<tr>")[2:]]
    assert '<td class="value" data-label="指標名">オンライン<wbr>診療実施医療機関数</td>' in table
    columns = max(map(len, rows))  # (担当課 shown where the departments differ: below)
    widths: list[float] = [0.0] * columns
    for cells in rows:
        for at, cell in enumerate(cells[1 - columns :], start=1):
            kind = re.search(r'class="(\w+)', cell)
            least = max(_least(cell), _MIN.get(kind.group(1) if kind else "", 0.0))
            widths[at] = max(widths[at], least if "numeric" not in cell else _least(cell))
        if len(cells) == columns:  # (the project's cell, on its first row)
            widths[0] = max(widths[0], _least(cells[0]), _MIN["project"])
    assert [round(width, 2) for width in widths] == [8.6, 13.6, 9.6, 4.25, 5.35, 8.35, 4.15, 9.0]
    widths.append(_em("デジタル推進課") + 0.6)  # (a short department's name kept whole)
    assert round(0.9 * sum(widths), 1) <= 70.0
    assert round(sum(widths) + 0.4 * len(widths), 1) > 70.0  # (as it was, 1em text, .5em sides)
