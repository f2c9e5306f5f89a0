"""A band row that names a level by its word and number in a form planeval does not read as a
heading — 「【第1分野】行政手続のオンライン化」, 「■分野１ …」 — over rows under no level: said
once a sheet, since the rows below it are then counted with no level above them (or by their
IDs' first number, io/named.py) where the body meant them under that band (review 133 #1: a
survey's 5 分野 counted as one 「（分野の段なし）」 row, silently). Asked only of a row of one
text and no rating, read while no level has been read (group_rows.read_group_row)."""

from __future__ import annotations

from planeval.io.grid import cell_ref
from planeval.model import Location, Problem, Severity
from planeval.text import ROMAN_NUMERALS

UNREAD_BAND = "unread_band"  # Problem.kind: said once a sheet
_DIGITS = frozenset("0123456789０１２３４５６７８９" + ROMAN_NUMERALS)


def unread_band(
    text: str, headings: tuple[str, ...], *, at: tuple[str, str, int, int], problems: list[Problem]
) -> None:
    """Say the band row ``text`` (``at``: file, sheet, row, column) where its head names a level
    (a word of ``headings`` and a number), unless said of this sheet already."""
    head = text[:12]
    if head[:1] in "※注*＊" or not _DIGITS.intersection(head):
        return
    word = next((word for word in headings if word in head), None)
    file, sheet, row, column = at
    if word is None or any(p.kind == UNREAD_BAND and p.location.sheet == sheet for p in problems):
        return
    problems.append(
        Problem(
            Location(file, sheet, cell_ref(row, column)),
            Severity.WARNING,
            f"「{text if len(text) <= 30 else text[:29] + '…'}」は{word}の見出しの行のようですが、"
            f"見出しとして読めませんでした。{word}の名前は集計に出ず、番号に{word}のない下の行は"
            f"「（{word}の段なし）」に数えています",
            f"見出しは「{word}1　名前」または「【{word}1】名前」の形で書いてください",
            kind=UNREAD_BAND,
        )
    )
