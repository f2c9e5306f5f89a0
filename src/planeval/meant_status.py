"""The status an unknown status cell most likely means, where what was typed says it plainly:
a value holding one status's word and more (「完了済み」: 完了), a common shorthand of one
(「済」: 完了), a word ended 済 whose stem one status's word says done (「達成済」: hamamatsu's
A 目標達成, not 概ね達成 nor 未達成 — review 180 #1), or a word ended 済 (「取組済」: 完了,
`done_status`; 「着手済」 says started, not done: the scale's status of an item under way,
`started_status`, review 144). Asked only of a value
already in error (Scale.unknown), never of a row read. A value that negates or hedges a
status's word, 「未完了」「完了せず」「ほぼ完了」「概ね完了」, is guessed nothing — not that
status, nor by Scale's typo guess (its alias would count every unfinished item as done:
review 95). A value of one status's word and another's symbol, 「前進A」「達成（B）」, says two
(`two_statuses`): which was meant is asked of who answered, never guessed (review 105)."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from planeval.text import compact

if TYPE_CHECKING:
    from planeval.scale import Scale

# shorthands clerks write for a status by its word (kept tiny: only the obvious)
SHORTHANDS = {"済": "完了", "済み": "完了"}
_DONE = ("済", "済み")  # (a word ended so says it is done: 「取組済」 is 完了, no typo of 取組中)
# words that turn or narrow a status's word (「未完了」「完了していない」「一部完了」「完了せず」
# 「達成できず」), or hedge it (「ほぼ完了」「概ね完了」「約」): no guess
_NOT_SO = re.compile("未|不|非|無|ない|なし|無し|せず|できず|一部|予定|見込|ほぼ|概ね|おおむね|約")
# words saying an item was started, not finished (「着手済」「開始済み」: 取組中, never 完了)
_STARTED = re.compile("着手|開始|始動|着工|取り?掛|取りかか|スタート")
_UNDER_WAY = ("取組中", "実施中", "進行中", "着手")  # (a scale's status of an item started)
_NOT_DONE = re.compile("中|途")  # (a status's word saying under way: 実施中 is no 実施済)


def _folded(text: str) -> str:
    return compact(unicodedata.normalize("NFKC", text))


def _held(scale: Scale, folded: str) -> dict[str, str]:
    """Each of ``scale``'s symbols, labels and aliases of two characters or more that ``folded``
    holds → its status's symbol, in the scale's order."""
    return {
        form: status.symbol
        for status in scale.statuses
        for form in map(compact, (status.symbol, status.label, *status.aliases))
        if len(form) >= 2 and form in folded
    }


def turns_status(scale: Scale, text: str) -> bool:
    """Whether ``text`` holds a status's symbol, label or alias (two characters or more) of
    ``scale`` with a word that negates or hedges it (「未完了」「達成せず」「ほぼ完了」): a value
    no status may be guessed for. A form held inside a longer one held is not asked (「未達成で
    す」 holds 未達成, not a turned 達成)."""
    folded = _folded(text)
    held = _held(scale, folded)
    return any(
        _NOT_SO.search(folded.replace(form, "", 1)) is not None
        for form in held
        if not any(form != other and form in other for other in held)
    )


def meant_status(scale: Scale, text: str) -> str | None:
    """The symbol ``text`` (no symbol of ``scale``) most likely means: a shorthand's status, the
    status whose label says the same of a row not rated (unrated_words.same_meaning), or
    the one status whose symbol, label or alias (two characters or more) it holds with nothing
    turning it; None where none or several, or where a preset knows ``text`` as it is (another
    scale's value: preset_hints says so)."""
    from planeval.presets import PRESETS
    from planeval.unrated_words import same_meaning

    folded = _folded(text)
    if not folded or any(preset.normalise(folded) for preset in PRESETS.values()):
        return None
    if (short := SHORTHANDS.get(folded)) is not None:
        return scale.normalise(short)
    if (same := same_meaning(scale, folded)) is not None:  # (「評価不能」: − 評価できない)
        return same
    held = _held(scale, folded)
    if not held:  # (「達成済」: the status whose word says 達成 plainly, review 180 #1)
        return _done_word(scale, folded)
    if len(set(held.values())) != 1:
        return None
    *_, (form, symbol) = held.items()  # (its last form held, as the scale lists them)
    return None if _NOT_SO.search(folded.replace(form, "", 1)) else symbol


def _done_word(scale: Scale, folded: str) -> str | None:
    """The one status whose symbol, label or alias holds the stem of ``folded`` ended 済
    (「達成済」: 達成) with nothing turning, hedging or saying under way beside it (hamamatsu's
    目標達成, aichi's 達成率100%以上; not 概ね達成, 未達成, 実施中); None where none or several."""
    stem = folded.removesuffix("み").removesuffix("済")
    if len(stem) < 2 or stem == folded or _NOT_SO.search(stem):
        return None
    meant = {
        status.symbol
        for status in scale.statuses
        for form in map(compact, (status.symbol, status.label, *status.aliases))
        if stem in form
        and not _NOT_SO.search(rest := form.replace(stem, "", 1))
        and not _NOT_DONE.search(rest)
    }
    return meant.pop() if len(meant) == 1 else None


def done_status(scale: Scale, text: str) -> str | None:
    """The scale's 完了 for a value that says it is done by its ending, 「取組済」「実施済み」,
    holding no status's word nor one turning it — asked before Scale's typo guess, which took
    「取組済」 for a slip of 取組中; None otherwise, or where the scale has no 完了."""
    folded = _folded(text)
    if len(folded) < 2 or not folded.endswith(_DONE) or _NOT_SO.search(folded):
        return None
    return None if _held(scale, folded) else scale.normalise(SHORTHANDS["済"])


def started_status(scale: Scale, text: str) -> str | None:
    """For ``text`` saying an item was started (「着手済」「開始済み」, nothing negating it): the
    scale's status of an item under way (progress's 取組中), or "" where it has none (no guess:
    the message names its statuses); None where ``text`` says no start (review 144 #2: 「着手済」
    was offered 完了 and its alias, which would count every item under way as done)."""
    folded = _folded(text)
    if _STARTED.search(folded) is None or _NOT_SO.search(folded):
        return None
    return next(filter(None, map(scale.normalise, _UNDER_WAY)), "")


def said_status(scale: Scale, symbol: str) -> str:
    """``symbol`` as a fix names it: 「'A'（目標達成）」, 「'再掲'」 (a symbol its own label once)."""
    label = scale.label(symbol)
    return f"'{symbol}'（{label}）" if label and label != symbol else f"'{symbol}'"


def meant_hint(scale: Scale, text: str, symbol: str) -> str:
    """The fix for ``text`` read as ``symbol``: write the symbol, or make ``text`` its alias."""
    said = said_status(scale, symbol)
    return (
        f"{said} のことですか。そうなら '{symbol}' と書いてください（同じ書き方が多ければ、"
        f"planeval.toml で '{text}' を '{symbol}' の別名（aliases）にできます）"
    )


_BRACKETED = re.compile(r"(.+?)\((.+)\)")  # (compacted: （ ） are ( ) there)


def two_statuses(scale: Scale, text: str) -> tuple[str, str] | None:
    """The message and fix of ``text`` holding one status's word or symbol beside another's
    symbol, in brackets or not (gunma's 「前進A」, 「達成（B）」: 前進 is B, 達成 A); None
    otherwise."""
    folded = _folded(text)
    bracketed = _BRACKETED.fullmatch(folded)
    if bracketed is not None:
        splits = [(bracketed[1], bracketed[2])]
    else:
        # (a word and a symbol: 「前進A」, 「A前進」 — not two symbols, 「12」 on a scale of 1–5)
        symbols = [compact(symbol) for symbol in scale.symbols]
        splits = [
            split
            for symbol in symbols
            if len(folded) > len(symbol)
            for split in (
                (folded[: -len(symbol)], symbol) if folded.endswith(symbol) else None,
                (symbol, folded[len(symbol) :]) if folded.startswith(symbol) else None,
            )
            if split is not None and not (split[0] in symbols and split[1] in symbols)
        ]
    for first, second in splits:
        one, other = scale.normalise(first), scale.normalise(second)
        if one is not None and other is not None and one != other:
            return (
                f"'{text}' は「{first}」が {scale.named(one, '{symbol}（{label}）')}、"
                f"「{second}」が {scale.named(other, '{symbol}（{label}）')}で、評価が食い違って"
                "います。どちらの評価か分からないため、この行は数えていません",
                f"どちらの評価か回答した部署に確かめて、'{written(scale, one)}' か "
                f"'{written(scale, other)}' に直してください",
            )
    return None


def written(scale: Scale, symbol: str) -> str:
    """The status as the scale writes it whole: its alias of word and symbol (gunma's 前進B),
    else its symbol."""
    status = next(status for status in scale.statuses if status.symbol == symbol)
    both = compact(status.label + status.symbol)
    return next((alias for alias in status.aliases if compact(alias) == both), symbol)
