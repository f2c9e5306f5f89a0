"""--map's IDs as compare and rounds print them, made the keys the renumbering goes by.

A pair names its items or projects as the tables show them: 川崎市's 施策 6-2-3 (item 3 of
project 6-2), an indicator table's 1-(2)イ (policy 1, group (2), indicator イ: its group's
number restarting under each policy, distinct_ids.py), led by a policy typed Ⅱ (Ⅱ-(1)ア), a
project 1-(2), 1-2 or 1.2 (review 91). An ID is compared by its numbers and marks alone — its
hyphens, dots, brackets and spaces aside, full width as half — so 1-(2)イ, 1-2イ and 1(2)イ
name one item; one naming items of two numbers is refused with both, to be written whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from planeval.distinct_ids import numbered_through, own_id
from planeval.errors import UsageError
from planeval.ids import circled, id_form
from planeval.level_labels import NO_LABELS, LevelLabels, shown_number
from planeval.model import Entry
from planeval.name_numbers import name_numbered

LABELLED = "\x1f"  # (between an item key's project, number and label: item_key)
_SPLIT = re.compile(r"\d+|[\u2160-\u217f]+|[A-Za-z]+|[^\s\-.()（）・,、]")
# what an ID is made of: digits, Roman numerals, circled numbers, kana and letters as marks,
# and what separates them; at least one number
_ID = re.compile(r"[\s\-.()（）・0-9\u2160-\u217f\u2460-\u24ff\u3251-\u32bfA-Za-z\u3041-\u30ff]+")
_NUMBER = re.compile(r"[0-9\u2160-\u217f\u2460-\u24ff\u3251-\u32bf]")


def id_like(text: str) -> bool:
    """Whether ``text`` may be an ID the tables print (parse_mapping's other forms): numbers,
    marks and separators only, with a number among them — not an item's name."""
    plain = id_form(text.strip())
    return 0 < len(plain) <= 40 and _ID.fullmatch(plain) is not None and bool(_NUMBER.search(plain))


def item_key(entry: Entry) -> str | None:
    """The key an item mapping names it by: 「1-1-3②」 of a numbered item, and of one marked
    (an indicator's イ, 「(1)イ」 beside 「(1)ア」: one number, two items) its project, number
    and label apart (1-2\x1f\x1fイ, 1-1\x1f1\x1f(1)イ), as of one numbered in its name alone,
    「15 特定健診事業」 (1-3\x1f\x1f15: name_numbers.py, review 164 #4); None for an item of
    neither."""
    entry = name_numbered(entry)
    if entry.item_no is not None and not mark(entry):
        return f"{entry.project_id}{circled(entry.item_no)}"
    if not entry.item_label:
        return None
    number = "" if entry.item_no is None else str(entry.item_no)
    return LABELLED.join((entry.project_id, number, entry.item_label))


def marked(key: str) -> tuple[str, int | None, str] | None:
    """An item_key of a marked item as (project, number, label); None for another key."""
    if LABELLED not in key:
        return None
    project, number, label = key.split(LABELLED, 2)
    return project, int(number) if number else None, label


def mark(entry: Entry) -> str:
    """What tells the item from the others of its number: its label where it has no number
    (イ), the kana after its number (「(1)イ」's イ), else nothing (①, (1): the number)."""
    if entry.item_no is None:
        return entry.item_label
    return "".join(_KANA.findall(entry.item_label))


_KANA = re.compile(r"[\u3041-\u30ff]")


def _tokens(text: str) -> tuple[str, ...]:
    """An ID's numbers and marks in order: 1-(2)イ, 1-2イ and 1(2)イ are (1, 2, イ)."""
    return tuple(
        str(int(part)) if part.isdecimal() else part for part in _SPLIT.findall(id_form(text))
    )


# (an ID's tokens → the keys of what it names, and the ID as the tables show each)
Named = dict[tuple[str, ...], dict[str, str]]


def by_shown_ids(
    mapping: Mapping[str, str],
    old: Sequence[Entry],
    new: Sequence[Entry],
    *,
    labels: tuple[LevelLabels, LevelLabels] = (NO_LABELS, NO_LABELS),
) -> dict[str, str]:
    """``mapping`` with each pair of IDs as the tables show them made their keys: an item's
    (item_key: 6-2-3 → 6-2③, 1-(2)イ → 1-2\\x1fイ) where both name an item, else a project's
    (1-(2) → 1-2); a pair naming nothing of its round kept as given (unused_mapping says it).
    A number that is a project's ID as it stands stays a project's (1-1-3 of a three-level
    plan). ``labels``: each round's levels' numbers as typed (ReadResult.level_labels: Ⅱ)."""
    if not mapping:
        return {}
    named = [named_ids(entries, typed) for entries, typed in zip((old, new), labels, strict=True)]
    projects = {e.project_id for e in old}
    resolved: dict[str, str] = {}
    for source, target in mapping.items():
        if source in projects:
            resolved[source] = target
            continue
        found = []
        for kind in (0, 1):  # (an item's, then a project's)
            was, now = _one(named[0][kind], source, "前回"), _one(named[1][kind], target, "今回")
            if was is not None and now is not None:
                resolved[was] = now
                break
            found.append((was, now))
        else:
            if any(was for was, _ in found) and any(now for _, now in found):
                row, whole = (source, target) if found[0][0] else (target, source)
                raise UsageError(
                    f"--map の {source}={target}: {row} は一つの行の番号、{whole} は事業（その下の"
                    "行すべて）の番号です。行は行に、事業は事業に対応させてください"
                )
            resolved[source] = target
    return resolved


def known(number: str, named: tuple[Named, Named]) -> bool:
    """Whether ``number`` (a mapping's, as given) names an item or project of ``named``."""
    return any(_tokens(number) in ids for ids in named)


def _one(named: Named, shown: str, when: str) -> str | None:
    """The key of the one item or project ``shown`` names; a UsageError where it names two."""
    found = named.get(_tokens(shown), {})
    if len(found) > 1:
        ids = "、".join(sorted(set(found.values())))
        raise UsageError(
            f"--map の {shown} は{when}の評価の {len(found)} つ（{ids}）に当たります。"
            f"どれか一つを compare・rounds の表の ID のまま（{min(found.values())} など）"
            "指定してください"
        )
    return next(iter(found), None)


def named_ids(entries: Sequence[Entry], typed: LevelLabels = NO_LABELS) -> tuple[Named, Named]:
    """Every ID a reader may give the round's items, and its projects, by their tokens."""
    through = numbered_through(entries)
    items: Named = {}
    projects: Named = {}
    for entry in entries:
        if (key := item_key(entry)) is not None:
            own = own_id(entry, through, typed)
            entry = name_numbered(entry)  # (「15 特定健診事業」: 1-3's 15, never 1-3 alone)
            shown = _led(entry, own, typed)
            for form in (entry.shown_id, own, *_leading(entry, own, typed)):
                items.setdefault(_tokens(form), {}).setdefault(key, shown)
            plain = f"{entry.project_id}{id_form(entry.item_label)}"  # (1-2イ, as if one cell)
            items.setdefault(_tokens(plain), {}).setdefault(key, shown)
        project = entry.project_shown_id
        forms = [
            entry.project_id,
            *([project, *_leading(entry, project, typed)] if project else []),
        ]
        for form in forms:
            projects.setdefault(_tokens(form), {}).setdefault(entry.project_id, forms[-1])
    return items, projects


def _led(entry: Entry, own: str, typed: LevelLabels) -> str:
    """The item's ID led by its policy's number (as a message names it)."""
    return next(iter(_leading(entry, own, typed)), own)


def _leading(entry: Entry, own: str, typed: LevelLabels) -> Iterator[str]:
    """``own`` led by its policy's number and by its direction's, as typed and as IDs — as
    a flat list leads it where numbers restart (distinct_ids.ListedIds)."""
    for level in _levels(entry):
        for labels in (typed, NO_LABELS):
            number = shown_number(labels, level, entry.body)
            if not own.startswith(f"{number}-"):
                yield f"{number}-{own}"


def _levels(entry: Entry) -> Iterable[str]:
    return [level for level in (entry.policy_id, entry.direction_id) if level]
