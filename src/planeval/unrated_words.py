"""Words that say a row was not rated — it could not be (評価不能, 判定できなかった, 評価困難) or it
lies outside the rating (評価の対象外) — and the scale's status whose label says the same
(nagayo's − 評価できない, hirakata's 評価対象外): a cell's 「評価不能」 is that status's, to type
as its symbol or make its alias, never a status of its own beside it (review 109 #5; a
report's count of such rows: unrated_rows.py)."""

from __future__ import annotations

import unicodedata

from planeval.ids import DASHES
from planeval.lazy_pattern import LazyPattern
from planeval.scale import Scale
from planeval.text import compact

# (not 達成できなかった: nagayo's C, a rating)
_UNABLE = (
    r"(?:評価|判定|判断|測定)(?:の|が|することが|を行うことが)?"
    r"(?:でき(?:ない|なかった|ず|ません)|不能|不可|困難)"
)
_OUTSIDE = r"(?:評価|集計|判定)?(?:の)?対象(?:外|としない|としなかった)"
UNRATED = f"{_UNABLE}|{_OUTSIDE}"  # (either, for a pattern of a report's words)
_KINDS = {"unable": LazyPattern(_UNABLE), "outside": LazyPattern(_OUTSIDE)}
_MEANINGS: dict[int, tuple[Scale, dict[str, str]]] = {}


def says_unrated(label: str) -> bool:
    """Whether ``label`` says a row not rated (浜松市's D 評価できない, 評価対象外), not a
    rating: the issue list's lead names such a status apart (review 197 #4)."""
    return bool(_kind(compact(unicodedata.normalize("NFKC", label))))


def _kind(text: str) -> str:
    """Which not-rated meaning ``text`` (compact) says whole: "unable", "outside" or ""."""
    return next((kind for kind, pattern in _KINDS.items() if pattern.fullmatch(text)), "")


def _meanings(scale: Scale) -> dict[str, str]:
    """Each not-rated meaning a single status of ``scale`` says by its label or an alias → its
    symbol (a meaning two statuses say is neither's)."""
    found = _MEANINGS.get(id(scale))
    if found is not None and found[0] is scale:
        return found[1]
    said: dict[str, set[str]] = {}
    for status in scale.statuses:
        for form in (status.label, *status.aliases):
            if kind := _kind(compact(form)):
                said.setdefault(kind, set()).add(status.symbol)
    meanings = {kind: symbols.pop() for kind, symbols in said.items() if len(symbols) == 1}
    _MEANINGS[id(scale)] = (scale, meanings)
    return meanings


def same_meaning(scale: Scale, text: str) -> str | None:
    """The symbol of the status whose label says what ``text`` (no form of the scale's) says
    of a row not rated — 「評価不能」「判定不能」「評価困難」 of nagayo's − 評価できない; a dash
    typed alone, the mark forms use for a row that could not be rated (浜松市's 「-」 beside D
    評価できない: review 113) —, or None."""
    plain = unicodedata.normalize("NFKC", text).strip()
    kind = "unable" if len(plain) == 1 and plain in DASHES else _kind(compact(plain))
    return _meanings(scale).get(kind) if kind else None


def preset_first(name: str, preset: Scale, text: str) -> str | None:
    """The fix of ``text``, a word for a row not rated, in a file whose other values are preset
    ``name``'s: that preset first, then its status saying the same (hamamatsu's D 評価できない
    for 「評価不能」) — never a status not counted, which the preset's counted D is not (review
    113); None where the preset has no such status."""
    from planeval.meant_status import meant_hint

    if (symbol := same_meaning(preset, text)) is None:
        return None
    return (
        f'ほかの値は preset "{name}" の評価尺度のものです。planeval.toml に [scale] preset = '
        f'"{name}" と書いてください。この値はその尺度の {meant_hint(preset, text, symbol)}'
    )


def held_symbol(scale: Scale) -> str | None:
    """The status not counted a rating not yet known is typed as: one saying 保留 (評価保留), or
    a row that could not be rated (nagayo's − 評価できない); None where none does (hirakata's
    評価対象外 says a row outside the rating, not one whose rating is to come)."""
    unable = _meanings(scale).get("unable")
    for symbol in scale.uncounted_results:
        words = (symbol, scale.label(symbol))
        if symbol == unable or any("保留" in word for word in words):
            return symbol
    return None


def pending_fix(scale: Scale, reason: str, label: str = "") -> str:
    """The fix of a rating left blank for ``reason`` (評価がまだ出ていない; 現状値が出ていないため
    評価しない): the scale's status for it (held_symbol), else the planeval.toml lines adding
    評価保留 (with ``label``, the word the form wrote: 集計中) — shown in the tables, not counted
    (review 186 #3, 190 #6)."""
    if (held := held_symbol(scale)) is not None:
        return f"{reason}なら {held} と入力すると、件数に含めず表に載せます"
    labelled = f'label = "{label}"・' if label else ""
    return (
        f'{reason}なら、planeval.toml に [[scale.status]] を加えて symbol = "評価保留"・'
        f"{labelled}counted = false と書き、この欄に 評価保留 と入力すると、件数に含めず表に"
        "載せます"
    )
