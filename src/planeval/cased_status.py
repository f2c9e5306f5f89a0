"""A status typed as its word and its letter, the letter in lower case: 上毛県's 「達成ａ」 beside
「達成Ａ」 and 「横ばい　C」, an IME's slip (review 181 #6). Full width is read as the scale's own
letter without a word (NFKC: 「Ｃ」 is C); lower case is not — a lone 「ａ」 says nothing of which
status, and is still an error. But where the word before it names one status and the letter is
that status's symbol in the other case (and no symbol of its own), the cell means that status:
it is counted so (Scale.normalise asks cased), and said once per sheet and text in a notice,
with its cells, the department told how the scale writes it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.cells import cell_list
from planeval.model import Location, Problem, Severity
from planeval.status_cells import FORM_WORDED
from planeval.text import compact

if TYPE_CHECKING:
    from planeval.model import Entry
    from planeval.scale import Scale

CELLS_SHOWN = 5


def cased(scale: Scale, key: str) -> str | None:
    """The status ``key`` (compacted, ending in a lower-case ASCII letter) stands for: the one
    its word names where its letter upper-cased is that status's symbol and the letter as
    typed no symbol or word of the scale's; None otherwise (「ａ」 alone, 「達成ｂ」)."""
    word, letter = key[:-1], key[-1]
    # (the word ending in no such letter: normalise asks no further — a long cell of them, no)
    if not word or "a" <= word[-1] <= "z" or scale.normalise(letter) is not None:
        return None
    meant = scale.normalise(word)
    return meant if meant is not None and meant == scale.normalise(letter.upper()) else None


def cased_statuses(entries: Sequence[Entry], scale: Scale) -> list[Problem]:
    """One notice per sheet and status text of ``entries`` read by cased(): counted as the
    status its word names, the department told to type it as the scale writes it."""
    found: dict[tuple[str, str, str], list[Entry]] = {}
    for entry in entries:
        text = entry.status_text
        key = compact(text)
        if key and "a" <= key[-1] <= "z" and entry.status and cased(scale, key) == entry.status:
            where = entry.location
            found.setdefault((where.file, where.sheet or "", text), []).append(entry)
    return [_notice(text, rows, scale) for (_file, _sheet, text), rows in found.items()]


def _notice(text: str, rows: list[Entry], scale: Scale) -> Problem:
    from planeval.meant_status import written  # (a slip: few files)

    first = rows[0].location
    others = [str(entry.location.cell) for entry in rows[1:] if entry.location.cell]
    also = f"。{cell_list(others, CELLS_SHOWN)} も同じです" if others else ""
    status, key = rows[0].status, compact(text)
    return Problem(
        Location(first.file, first.sheet, first.cell),
        Severity.NOTICE,
        f"達成状況「{text}」は {scale.named(status, '{symbol}（{label}）')} として数えました（「{key[:-1]}」"
        f"は '{status}' の言葉で、「{text.rstrip()[-1]}」は小文字の '{status}' と読みました）{also}",
        f"記号は大文字で「{written(scale, status)}」のように入力するよう、記入した部署に伝えて"
        "ください",
        kind=FORM_WORDED,
    )
