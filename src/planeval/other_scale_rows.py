"""A number a report's text states of the rows another scale's status qualifies, which would
otherwise read as the total: 「達成度が「達成」の取り組み項目は2件でした」 in a 実施状況 report,
「完了した取り組み項目は2件です」 in a 達成度 one (review 94: a 行政改革大綱 rates each item on two
scales, one planeval.toml each, and its report states both). Such a number is that column's
count, checked with that scale's config: listed as another scale's, failing nothing — as
「達成8件」 already is (unknown_counters.other_scale) —, never compared with the total."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planeval.lazy_pattern import LazyPattern
from planeval.presets import PRESETS
from planeval.scale import Scale
from planeval.scale_words import ScaleWords, normalised, words_of
from planeval.text import compact
from planeval.unknown_counters import Unknown, another_scale_reason, of_preset, other_scale

# a 行政改革大綱's two status columns: each preset's column title, and the other column's preset
# (the title names the other scale only where the loaded scale is that other one's)
_TITLES = {"progress": ("実施状況", "achievement"), "achievement": ("達成度", "progress")}
# the whole (「取り組み項目は全30件」「合計30件」): a total whatever words qualify it
_WHOLE_BEFORE = LazyPattern(r"(?:全|合計|総数|総計|計)\s*(?:は|が|で|:)?\s*$")
# a title as the subject of the rows counted: 「達成度が高い取り組み項目は」 (not 「実施状況は
# 30件のうち」, whose 30 is the whole)
_TITLE_SUBJECT = r"{title}\s*(?:が|は)\s*[^\s、。,()「」\d]{{1,12}}?(?:した|い|な|の)[^\s、。,()「」\d]{{0,6}}?(?:は|が)\s*$"
_OTHER_WORDS: dict[int, tuple[Scale, tuple[tuple[str, str], ...]]] = {}


def other_scale_rows(before: str, clause: str, words: ScaleWords) -> Unknown | None:
    """Why a number read as a total is not compared where another preset's status (or, between
    a 行政改革大綱's two scales, the other status column's title) qualifies the rows it counts
    in its ``clause`` (its sentence's words before it, from the last 、; ``before``: all the
    words before it) and no word of the loaded scale does; None where it is a total (「全30件」,
    or no other scale's word)."""
    if _WHOLE_BEFORE.search(before):
        return None
    scale = words.scale
    for word, name in _other_words(scale):
        if word in clause and (found := words_of(PRESETS[name]).before.search(clause)):
            said = found["paren"] or found["core"]
            if scale.normalise(said) is None:
                other = other_scale(said, scale) or name
                return Unknown(another_scale_reason(said, other, words), True, other)
    for name, (title, sibling) in _TITLES.items():
        if (
            title in clause
            and _is_of(scale, sibling)
            and not _is_of(scale, name)
            and re.search(_TITLE_SUBJECT.format(title=re.escape(title)), clause)
        ):
            reason = (
                f"「{title}」の区分の数で、この評価尺度（{words.describe()}）の数ではありません"
                + of_preset(name)
            )
            return Unknown(reason, True, name)
    return None


def rated_beside(word: str, scale: Scale) -> bool:
    """Whether the rows another preset's status ``word`` qualifies (完了 in a 達成度 report) are
    those the loaded ``scale`` rates: its blank status may stand beside every other status of
    that preset (blank_beside = ["未着手", "取組中"]) and not beside ``word``, so 「完了した4件の
    うち、達成は2件」 states 達成's count (review 114 #2)."""
    beside = next((s.blank_beside for s in scale.statuses if s.blank and s.blank_beside), ())
    if not beside or (name := other_scale(word, scale)) is None:
        return False
    preset = PRESETS[name]
    others = {compact(symbol) for symbol in preset.symbols} - set(beside)
    return others == {compact(preset.normalise(word) or word)}


def _is_of(scale: Scale, name: str) -> bool:
    """Whether ``scale`` knows every status of preset ``name`` (it is that preset's, or adds to it)."""
    return all(scale.normalise(symbol) == symbol for symbol in PRESETS[name].symbols)


def _other_words(scale: Scale) -> tuple[tuple[str, str], ...]:
    """(word, preset) of every other preset's counted status word the loaded ``scale`` does not
    know, two characters or more and not a bare letter or digit (「A」「1」 name groups too),
    the longest first."""
    found = _OTHER_WORDS.get(id(scale))
    if found is not None and found[0] is scale:
        return found[1]
    words: dict[str, str] = {}
    for name, preset in PRESETS.items():
        for status in preset.statuses:
            if not status.counted:
                continue
            for form in (status.symbol, status.label, *status.aliases):
                word = normalised(form).strip()
                if len(word) > 1 and not word.isascii() and scale.normalise(word) is None:
                    words.setdefault(word, name)
    listed = tuple(sorted(words.items(), key=lambda pair: (-len(pair[0]), pair[0])))
    _OTHER_WORDS[id(scale)] = (scale, listed)
    return listed


def header_scale(headers: Sequence[Sequence[str]], scale: Scale) -> tuple[str, list[str]] | None:
    """(preset, its statuses as the header rows name them) of a table of numbers whose header
    rows (``headers``: the cells of its lines above its rows) name two or more counted
    statuses of another preset — more than of any other — and none of the loaded ``scale``'s
    counted ones: planeval's own count table of the other status column pasted in (review
    94's 「未着手 | 取組中 | 完了 | 計」 in a 達成度 check); None for any other table."""
    counted = set(scale.counted)
    named: dict[str, list[str]] = {}
    for line in headers:
        for cell in map(normalised, line):
            if scale.normalise(cell) in counted:
                return None
            for name in _counted_in(cell) if scale.normalise(cell) is None else ():
                if cell not in named.setdefault(name, []):
                    named[name].append(cell)
    most = sorted(named.items(), key=lambda pair: -len(pair[1]))
    if not most or len(most[0][1]) < 2 or (len(most) > 1 and len(most[1][1]) == len(most[0][1])):
        return None
    return most[0]


def _counted_in(cell: str) -> list[str]:
    """The presets a header's cell is a counted status of (its symbol or label, as typed: not
    a word with a remark, 「完了（見込み）」)."""
    key = compact(cell)
    return [
        name
        for name, preset in PRESETS.items()
        if any(
            status.counted and key in (compact(status.symbol), compact(status.label))
            for status in preset.statuses
        )
    ]
