"""The bodies a report's line names (for ``check``, read with several bodies): a body by its
whole name, its file's name's last part or its name without its prefecture, and a body named
with its prefecture before it (「北海道中崎町」「宮城県青森市」: the municipality, the prefecture
only saying where it is, though it is a body of the read too); a paragraph naming several read
sentence by sentence (「中崎町は実施済21件でした。中川市は実施済が9件でした。」: each body's), and a
sentence naming several bodies said not compared, never compared with the whole read's rows
unsaid (review 120 #3: 記載 21, 集計 2,049)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from planeval.model import TextCell
from planeval.scale_words import normalised
from planeval.statements import StatedCounts

_SENTENCE = re.compile(r"[^。]+。?")


def names_of(body: str) -> set[str]:
    """What a report calls a body: its whole name, the part after the last "_" of a file's
    name (島北市 of body_0001_島北市), and a municipality's name without its prefecture (a
    prefecture's report heads 四日市市's paragraphs 「四日市市」, not 「三重県四日市市」)."""
    from planeval.io.body_name import body_named, without_prefecture

    named = body_named(body) or body
    return {body, body.rpartition("_")[2], without_prefecture(named)} - {""}


def bodies_named(
    plain: str, names: Mapping[str, set[str]], groups: Mapping[str, Collection[str]] | None = None
) -> list[str]:
    """The bodies a line names, in the order it names them, a name inside a longer one named
    there left out, and so is a prefecture named right before another body's name (「北海道中崎
    町」: 中崎町); a body named in another form of its kanji (「高瀬市」 of 髙瀬市, 「濱山市」 of 浜山市:
    review 179 #2) as the readers take its form's name, unless that writing is another body's
    own name (崎坂市 and 﨑坂市, two bodies: each its own). A group of ``groups`` (a 都道府県's
    bodies, named among ``names``) named with one of its bodies only says where that one is."""
    words = {
        body: max((w for w in found if w in plain), key=len, default="")
        for body, found in names.items()
    }
    if not all(words.values()):  # (a body not named as written: by its kanji's common form)
        from planeval.io.variant_names import common_kanji

        common = common_kanji(plain)
        own = {word for found in names.values() for word in found}
        for body in [body for body, word in words.items() if not word]:
            words[body] = _written_as(names[body], plain, common, own, common_kanji)
    named = {body: word for body, word in words.items() if word}
    for group, members in (groups or {}).items():  # (「北海道の中崎町は」: 中崎町)
        # (… and 「長野県川辺町の実施内容2件は」, 「未集計の団体：岩手県本津町（辞退）」: a body not
        # counted as the export names it, not a scope of 長野県's — reviews 204 #5, 205 #2)
        if group in named and (
            any(body in named for body in members) or _before_another(group, plain, members)
        ):
            del named[group]
    return [
        body
        for body, word in sorted(named.items(), key=lambda named: plain.find(named[1]))
        if not any(word != other and word in other for other in named.values())
        and not (word[-1] in "都道府県" and _before_another(word, plain, named.values()))
    ]


def _written_as(
    found: Collection[str],
    plain: str,
    common: str,
    own: Collection[str],
    fold: Callable[[str], str],
) -> str:
    """The longest of a body's names (``found``) ``plain`` writes in another form of its kanji,
    as written there (``common``: ``plain`` with each kanji in its common form, ``fold`` making
    it so, character for character); "" where it writes none, or only another body's own name
    (``own``: every body's names as they are)."""
    for word in sorted(found, key=len, reverse=True):
        at = common.find(fold(word))
        while at >= 0:
            if (written := plain[at : at + len(word)]) not in own:
                return written
            at = common.find(fold(word), at + 1)
    return ""


def _before_another(prefecture: str, plain: str, words: Collection[str]) -> bool:
    """Whether ``prefecture`` stands in ``plain`` only right before another body's name."""
    alone = plain
    for other in (word for word in words if word != prefecture):
        alone = re.sub(rf"{re.escape(prefecture)}\s*{re.escape(other)}", "", alone)
    return alone != plain and prefecture not in alone


def by_sentence(
    text: TextCell,
    plain: str,
    names: Mapping[str, set[str]],
    groups: Mapping[str, Collection[str]] | None = None,
) -> list[tuple[TextCell, list[str]]]:
    """A paragraph naming several bodies in runs of sentences, each from a sentence naming
    bodies to the next (a sentence naming none goes with the one before it: 「中崎町と中川市は
    連携しています。実施済はそれぞれ…」), with the bodies each run names; one run where the
    paragraph is one sentence."""
    runs: list[tuple[str, list[str]]] = []
    for sentence in _SENTENCE.findall(text.text):
        said = bodies_named(normalised(sentence), names, groups)
        if said or not runs:
            runs.append((sentence, said))
        else:
            runs[-1] = (runs[-1][0] + sentence, runs[-1][1])
    if len(runs) < 2:
        return [(text, bodies_named(plain, names, groups))]
    return [(text._replace(text=said), bodies) for said, bodies in runs]


def unscoped(
    found: Sequence[StatedCounts],
    bodies: Collection[str],
    groups: Mapping[str, Collection[str]] | None = None,
) -> list[StatedCounts]:
    """``found``, the whole read's statements, each naming several of ``bodies`` (or of the
    ``groups`` of them: 「北海道と青森県では」) but not every one said not compared: which body's
    rows it speaks of is not known."""
    if len(bodies) < 2:
        return list(found)
    names = {body: names_of(body) for body in bodies} | {group: {group} for group in groups or {}}
    kept = []
    for statement in found:
        said = bodies_named(normalised(statement.text), names, groups)
        if len(said) > 1 and len(said) < len(names) and not statement.unplaced:
            listed = "・".join(body.rpartition("_")[2] for body in said)
            why = f"{listed} の複数の団体を挙げる文なので、どの団体の集計と比べるか決められません"
            statement = replace(statement, unplaced=why)
        kept.append(statement)
    return kept
