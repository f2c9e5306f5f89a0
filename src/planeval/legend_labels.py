"""The labels a sheet's legend line states of its status values (「評価の基準　A：順調　B：概ね
順調　対象外：評価対象外」), and whether a preset's labels are those: a preset is suggested for
a body's values only where its words are the body's too (review 23: 北野市's A–D 順調…遅れ
were sent to hirakata's 効果的…)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Sequence

from planeval.lazy_pattern import LazyPattern
from planeval.scale import Scale
from planeval.text import compact

# what a label ends at: a space of any width (NFKC makes U+3000 one), a list's comma or
# slash, a note (※)
_LABEL = r"(?P<label>[^\s、,/|※;]+)"
# what may stand before a value in a legend: the line's start, a space, a list's separator
_BEFORE = r"(?:^|(?<=[\s、,/|・\[(「【]))"


def stated_labels(
    texts: Sequence[str], values: Collection[str], *, remarks: bool = False
) -> dict[str, str]:
    """Each of ``values`` (as typed in the status cells) that a text states a label of, as
    「A：順調」 or 「A=順調」 (a mark, no letter or digit in it, 「－ 評価できない」 too), → that
    label (without a remark in brackets after it: 「評価できない（集計から除く）」 is 評価できない;
    with ``remarks``, as stated, 「評価できない(集計から除く)」, NFKC's brackets), in the order
    the texts state them."""
    typed = {value: unicodedata.normalize("NFKC", value).strip() for value in values}
    marks = {value for value, text in typed.items() if text and not any(map(str.isalnum, text))}
    found: list[tuple[int, int, str, str]] = []
    for index, text in enumerate(texts):
        plain = unicodedata.normalize("NFKC", text)
        said = ":" in plain or "=" in plain
        if not said and not any(typed[mark] in plain for mark in marks):
            continue  # (most texts: headings and sentences, no legend)
        for value in values:
            match = _legend_of(typed[value]).search(plain) if said else None
            if match is None and value in marks:
                match = _mark_legend_of(typed[value]).search(plain) or _mark_case_of(
                    typed[value]
                ).search(plain)
            if (
                match is not None
                and (label := match["label"] if remarks else without_remark(match["label"]))
                and not _COUNT.fullmatch(label)
            ):
                found.append((index, match.start(), value, label))
    stated: dict[str, str] = {}
    for _, _, value, label in sorted(found):
        stated.setdefault(value, label)
    return stated


@functools.lru_cache(maxsize=256)
def _legend_of(value: str) -> re.Pattern[str]:
    return re.compile(rf"{_BEFORE}{re.escape(value)}\s*[:=]\s*{_LABEL}")


@functools.lru_cache(maxsize=64)
def _mark_legend_of(value: str) -> re.Pattern[str]:
    """A mark and its label after a space (「－ 評価できない」), a word first."""
    return re.compile(rf"{_BEFORE}{re.escape(value)}\s+(?=[^\W\d_]){_LABEL}")


@functools.lru_cache(maxsize=64)
def _mark_case_of(value: str) -> re.Pattern[str]:
    """A mark a sentence of the legend says is typed for a case (「事業中止の場合は「-」を記入」,
    「中止は「-」」: review 143 #2), the case its label."""
    return re.compile(
        rf"(?P<label>[^\s、,/|※;。「」()]+?)(?:[のな]?(?:場合|とき|時)|は)[はに]?、?「{re.escape(value)}」"
    )


# a legend line's lead word (「評価基準　A 目標達成（達成率100%以上）　B 概ね達成…」: review 149 #3)
LEGEND_LEAD = LazyPattern(r"^[※*]?\s*(?:評価基準|評価の基準|評価区分|凡例|判定基準)\s*[:：]?\s*")


def spaced_labels(
    texts: Sequence[str], values: Collection[str], symbols: Collection[str] = ()
) -> tuple[int, dict[str, str]]:
    """The labels a legend line led by its word (評価基準, 凡例…) states of ``values`` with a
    space alone between each and its label, no colon (浜松市's KPI form: 「評価基準　A 目標達成
    （達成率100%以上）　B 概ね達成…　D 評価できない」), or a line of nothing but such pairs of
    ``values`` and ``symbols`` (the scale's, a value not typed this year) without a lead word
    (「A 目標達成、B 概ね達成、C 未達成、D 評価できない」 above 水沢市's table: review 165 #1),
    each without its remark in brackets; with the line's index in ``texts``. (-1, {}) where no
    line states two values so, or a value is said twice (a sentence, not a legend)."""
    for index, text in enumerate(texts):
        plain = unicodedata.normalize("NFKC", text).strip()
        lead = LEGEND_LEAD.match(plain) or _only_pairs(plain, {*values, *symbols})
        if lead is None or ":" in plain or "=" in plain:
            continue
        stated: dict[str, str] = {}
        for value in values:
            typed = unicodedata.normalize("NFKC", value).strip()
            found = re.findall(
                rf"{_BEFORE}{re.escape(typed)}\s+{_LABEL}", plain[max(lead.end() - 1, 0) :]
            )
            if len(found) > 1:
                return -1, {}
            if found and (label := without_remark(found[0])) and not _COUNT.fullmatch(label):
                stated[value] = label
        if len(stated) >= 2:
            order = sorted(stated, key=lambda value: plain.find(f"{value} "))
            return index, {value: stated[value] for value in order}
    return -1, {}


def _only_pairs(plain: str, symbols: Collection[str]) -> re.Match[str] | None:
    """An empty match at the line's start where ``plain`` is two or more of ``symbols``, each
    with a word after a space, and nothing else but the separators between them."""
    typed = sorted({unicodedata.normalize("NFKC", s).strip() for s in symbols} - {""}, key=len)
    if not typed or not plain:
        return None
    alternatives = "|".join(re.escape(symbol) for symbol in reversed(typed))
    pair = rf"{_BEFORE}(?:{alternatives})\s+{_LABEL}"
    pairs = len(re.findall(pair, plain))
    rest = re.sub(pair, "", plain)
    return re.match("", plain) if pairs >= 2 and not rest.strip(" 、,/／|・") else None


# a count, not a label: a total row's breakdown 「S：2　A：2　B：4　計：9」 (review 64: S's label
# suggested as 「2件」), 「A=3件」, 「B：12指標」
_COUNT = LazyPattern(r"[\d,]+(?:か所|[^\W\d_%]{1,2})?")


def without_remark(label: str) -> str:
    """A label without the remark in brackets after it (「評価できない(集計から除く)」)."""
    return re.sub(r"\([^()]*\)$", "", label).strip()


def spoken_label(label: str) -> str:
    """A label as a sentence says it: without the remark a legend gives in brackets after it,
    its thresholds or what it covers — 「目標達成（達成率100%以上）」 is 目標達成 in 「目標達成2件」
    and whole in the legend (浜松市-style KPI labels set with [[scale.status]]: review 149 #5),
    「評価できない（実績値未確定など）」 評価できない (review 197 #4); ``check`` reads both."""
    bare = _REMARK_AFTER.sub("", label)
    return bare if bare.strip() else label


def short_label(scale: Scale, symbol: str) -> str:
    """The label of ``symbol`` as prose and captions name it (spoken_label) — the count
    sentences, the issue list's lead, compare's 「評価できないに変化」 —; whole where the short
    form is another status's label or short form too (the remark then tells them apart)."""
    label = scale.label(symbol)
    short = spoken_label(label)
    if short == label:
        return label
    others = (s.label for s in scale.statuses if s.symbol != symbol)
    return label if any(short in (other, spoken_label(other)) for other in others) else short


# a label's remark in brackets after its word: 「目標達成（達成率100%以上）」, 「評価できない（実績値
# 未確定など）」
_REMARK_AFTER = LazyPattern(r"(?<=[^\s（(])[（(][^（）()]+[）)]$")


def labels_agree(preset: Scale, stated: dict[str, str]) -> bool:
    """Whether each label ``stated`` of a value the preset knows is that symbol's label in the
    preset (compared as symbols are: full width as ASCII, no spaces), or the value holds the
    preset's label itself — a whole phrase (目標達成) or word and letter (達成A) — so that what
    the legend says of it is a definition, not another word; True where nothing is stated.
    A measure's word every stated label repeats before its figures, one of the preset's
    labels leads with too, is no other word (愛知県's 「A：達成率100%以上　B：達成率80%以上…」
    for aichi's 達成率100%以上, 80%以上100%未満: review 85); nor is a label without the words
    every rating's label of the preset ends with (名東区's 「B：80%以上」 for nagoya's 80%以上の
    達成状況: review 149 #1)."""
    lead, tail = _measure(stated.values(), preset), _tail(preset)
    for value, label in stated.items():
        symbol = preset.normalise(value)
        if symbol is None:
            continue
        own, said = compact(preset.label(symbol)), compact(label)
        if own in (said, said + tail) or own in compact(value) or preset.normalise(label) == symbol:
            continue  # (an alias of that status is its word too: 「ほぼ目標どおり」, review 147)
        if compact(spoken_label(preset.label(symbol))) == said:
            continue  # (「A：目標達成」 for a label set 「目標達成（達成率100%以上）」: review 149 #5)
        if _bare(own, lead) != _bare(said, lead):
            return False
    return True


def _tail(preset: Scale) -> str:
    """The phrase every ranked status's label of ``preset`` ends with after 「の」 (nagoya's
    「の達成状況」: what a legend leaves unsaid), "" where they share none."""
    labels = [compact(status.label) for status in preset.statuses if status.ranked]
    shortest = min(map(len, labels), default=0)
    size = next(
        (n for n in range(shortest) if len({label[len(label) - n - 1] for label in labels}) > 1),
        shortest,
    )
    tail = labels[0][len(labels[0]) - size :] if size else ""
    start = tail.find("の")
    if len(labels) < 2 or start < 0 or any(len(label) == len(tail) for label in labels):
        return ""
    return tail[start:]


def _measure(labels: Collection[str], preset: Scale) -> str:
    """The word before the figures every one of ``labels`` (two or more) starts with, where a
    label of ``preset`` starts with it too (達成率); "" where none."""
    if len(labels) < 2:
        return ""
    compacted = [compact(label) for label in labels]
    lead = re.match(r"\D+(?=\d)", compacted[0])
    word = lead[0] if lead else ""
    if not word or not all(re.match(rf"{re.escape(word)}\d", label) for label in compacted):
        return ""
    return word if any(compact(s.label).startswith(word) for s in preset.statuses) else ""


def _bare(label: str, lead: str) -> str:
    return label.removeprefix(lead) if lead else label
