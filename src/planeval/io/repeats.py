"""Repeat listings (再掲): a row listing again an item rated elsewhere, shown and not counted.

Its name points at the item it repeats (「…（1-2-1③再掲）」, 「…（2.3再掲）」, 「【再掲】…」) and its
status is the scale's repeat symbol. A row with one and not the other would be counted twice, or
not at all: said here, in the words of the layout that read it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from planeval.model import Location, Problem, Severity
from planeval.repeat_marks import marked_repeat as marked_repeat  # (numbered.py reads it here)
from planeval.repeat_marks import parse_repeat_of
from planeval.scale import UNSAID_REPEAT, Scale, is_dash

# (Setagaya's 1-1-1 references are parsed by repeat_marks.parse_repeat_of; its example is the default)
SETAGAYA_EXAMPLE = "（1-1-1①再掲）"


def repeat_mark(text: str) -> str | None:
    """A repeat listing's mark in an item's name or another cell of its row: Setagaya's
    「（1-1-1①再掲）」 read as the item's ID, any other (「（2.3再掲）」, 「【再掲】」) as typed."""
    return parse_repeat_of(text) or marked_repeat(text)


def status_repeat_of(
    status_text: str, mark: Callable[[str], str | None] = marked_repeat
) -> str | None:
    """What a status cell typed as the 再掲 of an item names (「2.2.3の再掲」, repeat_cells.py),
    read as ``mark`` reads 「（2.2.3再掲）」 in a name; None where it names none."""
    from planeval.repeat_cells import typed_reference  # (a repeat listing's row alone)

    reference = typed_reference(status_text)
    return None if reference is None else mark(f"（{reference}再掲）")


def worded_repeat(status_text: str, symbol: str = "") -> str | None:
    """A status cell saying 再掲 in words, naming no source, as a bare 「【再掲】」 in a name does:
    a repeat listing naming nothing (""), shown and not counted — the clerk's word is the mark
    (review 161 #2: 「再掲」 there was an error, 「再掲元の書き込みがありません」). An alias of a
    ``symbol`` worded so, 「再」 declared for 「再掲」, is read as that symbol is (review 195 #2: it
    was that error). A dash alone (「-」, 「－」) is no such word, even declared as 再掲's alias:
    typed for 対象外 or a blank too, it still asks for the source."""
    if "再掲" in status_text or ("再掲" in symbol and not is_dash(status_text)):
        return ""
    return None


def repeat_in_row(
    row: Sequence[object], mark: Callable[[str], str | None] = marked_repeat
) -> str | None:
    """What any cell of ``row`` marks the row as a repeat listing of (``mark`` of its text),
    None when no cell does: a row rated as a repeat listing whose names say nothing may say it
    in a 備考 column beside the one read as the issue's."""
    for value in row:
        if type(value) is str and "再掲" in value and (found := mark(value)) is not None:
            return found
    # (a cell saying where the item is listed: 「再掲（1-5参照）」「（1-5に掲載）」 — review 154 #3)
    from planeval.repeat_cells import listed_at  # (a repeat listing's row alone)

    return next(
        (found for value in row if type(value) is str and (found := listed_at(value))), None
    )


def repeat_mismatch(
    cell: Location,
    status_text: str,
    repeat_of: str | None,
    scale: Scale,
    *,
    where: str = "実施内容",
    example: str = SETAGAYA_EXAMPLE,
    status: str = "達成状況",
) -> Problem:
    """What to say at ``cell`` of a repeat listing (再掲) rated as an item, or of an item marked
    as a repeat listing: one would be counted twice (a warning, counted as the repeat), the
    other not at all (an error of kind UNSAID_REPEAT, its value as typed: another preset's
    rating, preset_hints asks) — told to choose the ``status`` column's rating by its title
    (川瀬町's 評価: review 143 #9)."""
    repeat = scale.repeat_symbol
    if repeat_of is None:
        return Problem(
            cell,
            Severity.ERROR,
            f"'{status_text}'（再掲）ですが、{where}に再掲元の書き込み（「{example}」のような）が"
            "ありません。評価のない行のため、この行は数えていません",
            f"再掲でなければ{status}を選んでください。再掲なら{where}に「{example}」のように"
            "再掲元を書いてください",
            kind=UNSAID_REPEAT,
            value=status_text,
        )
    listing = f"再掲の行（{repeat_of} の再掲）" if repeat_of else "再掲の行"
    source = f"再掲元の {repeat_of} と" if repeat_of else "再掲元と"
    return Problem(
        cell,
        Severity.WARNING,
        f"{listing}が '{status_text}' と評価されています。"
        f"{source}二重に数えないよう、この行は再掲（'{repeat}'）として数えました",
        f"再掲の行は '{repeat}' にしてください（評価は再掲元の行に書きます）",
    )


def named_repeat_symbol(
    texts: tuple[str, ...],
    symbol: str,
    status_text: str,
    cell: Location,
    scale: Scale,
    problems: list[Problem],
    row: Sequence[object] = (),
    status: Callable[[], str] = lambda: "達成状況",
) -> tuple[str, str | None] | None:
    """The symbol to count a row of a table written in names by (named.py), and what it
    repeats (None: no repeat listing; "" for 「【再掲】」, naming nothing), as numbered.py
    does with 1-1-1 references: a row one of whose ``texts`` (its item's or project's name, its
    note) marks it as a repeat listing (「（2.3再掲）」, 「【再掲】」) is one, whatever its status
    says (a warning when rated: the item is rated where it is listed first); None, with an
    error, for a repeat listing's status on a row that does not say what it repeats — in any
    cell of its ``row``: a 備考 column beside the one read as the issue's says it too, and the
    status cell itself (「2.2.3の再掲」); the error names the column by its title (``status``,
    asked only then). (The
    reference is in the body's own numbering, not planeval's: kept as typed, not looked up.)"""
    repeat_of = next((found for text in texts if (found := marked_repeat(text)) is not None), None)
    if repeat_of is None and symbol == scale.repeat_symbol:
        repeat_of = repeat_in_row(row)
    if not repeat_of and symbol == scale.repeat_symbol:  # (none, or 「【再掲】」 naming none)
        repeat_of = status_repeat_of(status_text) or repeat_of
        repeat_of = worded_repeat(status_text, symbol) if repeat_of is None else repeat_of
    if (symbol == scale.repeat_symbol) == (repeat_of is not None):
        return symbol, repeat_of
    problems.append(
        repeat_mismatch(
            cell,
            status_text,
            repeat_of,
            scale,
            where="名称か備考",
            example="（2.3再掲）",
            status=status(),
        )
    )
    if repeat_of is None:
        return None
    assert scale.repeat_symbol is not None  # (asked only of a scale with one: named.py)
    return scale.repeat_symbol, repeat_of
