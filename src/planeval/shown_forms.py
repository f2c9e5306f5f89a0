"""One shown form for each level's number. A 課 typing its 施策 Ⅱ-2 「II-2」 (Latin letters) or
Ⅲ-1 「Ⅲ－1」 (a full-width dash) is read as 2-2 and 3-1, paired and counted as the other
forms' Ⅱ-1 and Ⅱ-3 are, but was shown as typed beside them: a director's table mixed its
notations (review 105). Each number's Roman numerals (Ⅱ or II) and the dash between its parts
are shown as the plan types them, where a plan is given and writes the number alike but for
them; else as most of its body's files type them, ties to Ⅱ and 「-」. Nothing else: a number's
digits keep their width, and 1.1 stays 1.1 beside 1-1 — a body may type 「２．１．１」 in one file
and 「1.1.1」 in another, each shown as typed. Only the shown form changes: the IDs, and so
the pairing and the counts, are as read."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from operator import attrgetter
from typing import TYPE_CHECKING

from planeval.ids import DASHES
from planeval.level_labels import POLICY_WORD
from planeval.model import Entry, ReadResult
from planeval.text import ROMAN_NUMERALS

if TYPE_CHECKING:
    from planeval.plan import Plan

Notation = tuple[str, str]  # (Roman numerals: "Ⅱ"/"II"/"", the dash between parts: "-"/"－"/"")

_LATIN = {unicodedata.normalize("NFKC", c): c for c in ROMAN_NUMERALS}  # "II" → "Ⅱ"
_LATIN_RUN = re.compile(r"(?<![A-Za-z])[IVX]+(?![A-Za-z])")
_DASH = re.compile(f"[{DASHES}]")
_PREFERRED: Notation = ("Ⅱ", "-")  # (a tie: as most plans and planeval write them)
_LABEL, _FILE_LABEL = (
    attrgetter("project_label"),
    attrgetter("body", "location.file", "project_label"),
)


def one_form(result: ReadResult, plan: Plan | None = None) -> None:
    """``result``'s project numbers as typed (Entry.project_label) and its policies' and
    directions' (ReadResult.level_labels) each in one notation, as the module says. Most reads
    type every number in one notation, as the plan does: nothing changes."""
    labels = set(map(_LABEL, result.read)) - {""}
    planned = {_key(label): label for label in _plan_labels(plan)}
    in_plan = (planned[key] for label in labels if (key := _key(label)) in planned)
    if not _mixed(map(_notation, {*labels, *in_plan})):
        return  # (every number typed in one notation, the plan's: most reads)
    pairs = {pair for pair in map(_FILE_LABEL, result.read) if pair[2]}
    notations = {
        body: _majority([_notation(label) for b, _, label in pairs if b == body])
        for body in {body for body, _, _ in pairs}
    }
    forms = {
        (body, label): _written(label, _notation(planned.get(_key(label), "")) or notation)
        for body, notation in notations.items()
        for label in {*labels, *result.level_labels.values()}
    }

    def entry(e: Entry) -> Entry:
        label = forms.get((e.body, e.project_label), e.project_label)
        if label == e.project_label:
            return e
        return e._replace(project_label="" if label == e.project_id else label)

    result.read = list(map(entry, result.read))
    result.error_rows = list(map(entry, result.error_rows))
    for key, label in result.level_labels.items():
        body = key.partition("\x1f")[0] if "\x1f" in key else ""
        if key.endswith(POLICY_WORD):  # (a word, 基本目標: no number)
            continue
        result.level_labels[key] = forms.get((body, label), label)


def _plan_labels(plan: Plan | None) -> set[str]:
    if plan is None:
        return set()
    levels = attrgetter("project_label", "policy_label", "direction_label")
    return {label for item in plan.items for label in levels(item) if label}


def _key(label: str) -> str:
    """A number with its notation left out: 「II-2」, 「Ⅱ－２」 and 「Ⅱ-2」 alike."""
    return _DASH.sub("-", unicodedata.normalize("NFKC", "".join(label.split())))


def _notation(label: str) -> Notation | None:
    """How ``label`` writes its Roman numerals and its dash ("" where it has none; None: neither)."""
    roman = "Ⅱ" if any(c in ROMAN_NUMERALS for c in label) else ""
    dash = found[0] if (found := _DASH.search(label)) else ""
    roman = roman or ("II" if _LATIN_RUN.search(label) else "")
    return (roman, dash) if roman or dash else None


def _mixed(notations: Iterable[Notation | None]) -> bool:
    """Whether two of ``notations`` write a part apart (Ⅱ and II; 「-」 and 「－」)."""
    romans, dashes = set(), set()
    for notation in filter(None, notations):
        romans.add(notation[0])
        dashes.add(notation[1])
    return len(romans - {""}) > 1 or len(dashes - {""}) > 1


def _majority(listed: list[Notation | None]) -> Notation:
    """Each part of the notation most of ``listed`` write (a tie: _PREFERRED's)."""
    parts = []
    for place, preferred in enumerate(_PREFERRED):
        counted = Counter(n[place] for n in listed if n and n[place])
        parts.append(max(counted, key=lambda p: (counted[p], p == preferred), default=preferred))
    return parts[0], parts[1]


def _written(label: str, notation: Notation) -> str:
    """``label`` with its Roman numerals and its dash written as ``notation`` (a part it leaves
    empty: as typed); the digits and any dots as typed."""
    roman, dash = notation
    if roman == "Ⅱ":
        label = _LATIN_RUN.sub(lambda m: _LATIN.get(m[0], m[0]), label)
    elif roman:
        label = "".join(
            unicodedata.normalize("NFKC", c) if c in ROMAN_NUMERALS else c for c in label
        )
    return _DASH.sub(dash, label) if dash else label
