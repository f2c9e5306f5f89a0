"""Pairing the same item across rounds: by number and name, never by number alone.

An item pairs with the item of the same ID whose name is the same (compared after NFKC, with
【新規】-style marks and spacing aside); an item renumbered within its project is found by its
name. Across plan periods a mapping renumbers the old round first: whole projects
(``1-1-3=1-1-4``) or single items (``1-1-3②=1-1-4③``, paired whatever their names).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from planeval.cycle.map_ids import id_like, item_key, mark, marked
from planeval.errors import UsageError
from planeval.ids import DASHES, circled, id_form, parse_item, parse_project
from planeval.item_keys import EntryKey, entry_key
from planeval.model import Entry, Problem, first_places, running_number
from planeval.name_numbers import name_number, name_numbered
from planeval.read_records import ReadResult
from planeval.sole_items import sole_projects, unnumbered
from planeval.text import comparable_name

_DOTS = re.compile(r"(?<=[0-9０-９])[.．](?=[0-9０-９])")  # (1.1.3, as a body numbers: 1-1-3)
Pair = tuple[Entry | None, Entry | None]
MAP_FORMS = (
    "--map には「旧=新」の形で番号を指定してください（compare・rounds の表の ID のまま、"
    "一つの行ごと: 1-(2)イ=3-(3)ア や 1-1-3②=1-1-4③、事業ごと（その下の行すべて）: "
    "1-1-3=1-1-4 や 1-(2)=3-(3) や 1.1.3=1.1.4）"
)


def split_id(text: str) -> tuple[str, int | None] | None:
    """ "1-1-3" → ("1-1-3", None), "1-1-3②" or "1-1-3 (2)" → ("1-1-3", 2), the body's own
    "1.1.3" as 1-1-3; None otherwise."""
    project = parse_project(_DOTS.sub("-", text))
    if project is None:
        return None
    if not project.name:
        return project.id, None
    item = parse_item(project.name)
    if item.number is None or item.name:
        return None
    return project.id, item.number


def parse_mapping(pairs: Sequence[str], file: Path | None = None) -> dict[str, str]:
    """ "1-1-3=1-1-4" or "1-1-3②=1-1-4③" pairs, from the command line and/or a file of such
    lines (or CSV)."""
    lines = list(pairs)
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise UsageError(
                f"{file}: 対応表のファイルが見つかりません。--map-file のパスを確認してください"
            ) from None
        except UnicodeDecodeError:
            raise UsageError(
                f"{file}: 対応表の文字コードが UTF-8 ではないため読めません。"
                "UTF-8 で保存し直してください"
            ) from None
        except OSError as error:
            raise UsageError(f"{file}: 対応表を読めません（{error.strerror or error}）") from None
        lines += [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    mapping: dict[str, str] = {}
    for line in lines:
        parts = [part.strip() for part in re.split(r"[=,\t]", line) if part.strip()]
        ids = [split_id(part) for part in parts]
        known_forms = all(found or id_like(part) for found, part in zip(ids, parts, strict=True))
        if len(parts) != 2 or not known_forms or _mixed(ids[0], ids[1]):
            raise UsageError(f"{MAP_FORMS}（指定された値: '{line}'）")
        # (another ID as the tables print it, 1-(2)イ or 1.2: made a key by map_ids.by_shown_ids)
        source, target = (
            _id_text(found) if found else _DOTS.sub("-", id_form(part))
            for found, part in zip(ids, parts, strict=True)
        )
        if mapping.get(source, target) != target:  # (one item split in two: review 66)
            raise UsageError(
                f"--map で {source} を {mapping[source]} と {target} の二つに対応させています。"
                "一つの番号は一つにしか対応させられません（分かれた取組は対応させず、前回の番号は"
                "削除、今回の番号は追加として示されます）"
            )
        mapping[source] = target
    return mapping


def _mixed(source: tuple[str, int | None] | None, target: tuple[str, int | None] | None) -> bool:
    """Whether a pair maps a project (1-1-3) to one item (1-1-4③), or an item to a project."""
    if source is None or target is None:
        return False
    return (source[1] is None) != (target[1] is None)


def _key_parts(key: str) -> tuple[str, int | None] | None:
    """An item's key of a project of two parts, 「6-2④」 (map_ids.by_shown_ids'): ("6-2", 4)."""
    number = parse_item(key[-1:]).number if key[-1:] and not key[-1].isascii() else None
    return (key[:-1], number) if number is not None else None


def unused_pairs(mapping: Mapping[str, str], old: ReadResult, new: ReadResult) -> list[Problem]:
    """``check --previous --map``: a warning for each pair naming nothing of its round, the
    pairs read as the tables show their IDs (map_ids.by_shown_ids), as compare says them."""
    from planeval.cycle.map_ids import by_shown_ids
    from planeval.cycle.unpaired_map import unused_mapping

    typed = (old.level_labels, new.level_labels)
    resolved = by_shown_ids(mapping, old.entries, new.entries, labels=typed)
    return unused_mapping(resolved, old.entries, new.entries, labels=typed)


def _id_text(found: tuple[str, int | None]) -> str:
    project, number = found
    return project if number is None else f"{project}{circled(number)}"


def renumber(entry: Entry, mapping: Mapping[str, str]) -> tuple[Entry, bool]:
    """The entry with the mapping's new numbers, and whether an item mapping named it."""
    if not mapping:
        return entry, False
    if (key := item_key(entry)) is not None and (target := mapping.get(key)) is not None:
        if (found := marked(target)) is not None:  # (an item marked: 3-3's ア, map_ids)
            project, number, label = found
            if not entry.item_label and name_number(entry.item_name) == label:
                label = ""  # (its number in its name still: 「15 特定健診事業」, not 15 twice)
            return entry._replace(project_id=project, item_no=number, item_label=label), True
        project, number = (
            split_id(target) or _key_parts(target) or (entry.project_id, entry.item_no)
        )
        return entry._replace(
            project_id=project, item_no=number, item_label=circled(number or 0)
        ), True
    project_id = mapping.get(entry.project_id, entry.project_id)
    if project_id == entry.project_id:
        return entry, False
    return entry._replace(
        project_id=project_id,
        direction_id=project_id.rsplit("-", 1)[0],
        policy_id=project_id.split("-")[0],
    ), False


def not_renumbered(rows: Sequence[Entry], mapping: Mapping[str, str]) -> tuple[Entry, ...]:
    """The ``rows`` ``mapping`` leaves as they are: of an earlier round's rows the plan would
    make errors, those compare and rounds say (a row --map renumbers is the plan's revision,
    not an error of its round; a pair renumbering other rows hides none of the rest: review 93)."""
    return tuple(row for row in rows if renumber(row, mapping)[0] == row)


def moved(old: Entry, new: Entry, mapping: Mapping[str, str] | None = None) -> bool:
    """Whether a pair of one item is under another number (renumbered within its project, its
    project renumbered under its name, or by an item mapping): a project renumbered by the
    ``mapping`` as a whole is not a move of its items, nor is a running No. that every row
    inserted above shifts (「50」 → 「51」: Nagoya's 事業, numbered down the whole table) — nor
    beside the item's own number another round gives it, 「8」 of a compiled workbook numbering
    its rows against 「KPI3-3-1」 of the 課's form (review 113): it numbers rows, not items —
    nor the same number typed otherwise, 1-1-1 → 1.1.1 or １－１－１ (review 122 #6). compare
    says it 「旧 → 新（番号変更）」, rounds 「旧 → 新」 beside the item."""
    if running_number(old.item_label) or running_number(new.item_label):
        return False
    if old.project_id != new.project_id and unnumbered(old) and unnumbered(new):
        # (a project rated as one row, paired by its name: sole_items, _by_project_name — or an
        # unnumbered item of a project renumbered under its name: renumbered_projects.py)
        if comparable_name(old.project_name) == comparable_name(new.project_name):
            return True
        # (an item the plan moved to another project, paired by its name: by_item_name)
        return renumber(old, mapping or {})[0].project_id != new.project_id
    if old.project_id != new.project_id and renumber(old, mapping or {})[0].project_id != (
        new.project_id
    ):  # (a numbered item of a project renumbered under its name, not by the mapping: Ⅳ-2① →
        # Ⅳ-3①, its own number alike — renumbered_projects.py)
        return True
    if old.item_no is not None and new.item_no is not None and old.item_no != new.item_no:
        return True
    # (「(1)ウ」 → 「(1)イ」: one number, another label — renumbered all the same)
    if old.item_label == new.item_label:
        return False
    return _as_number(old.item_label) != _as_number(new.item_label)


def _as_number(label: str) -> str:
    """A label as its number reads, whatever digits and separators typed it: 1-1-1 for 1.1.1,
    １－１－１ and 1 - 1 - 1 alike."""
    return _SEPARATOR.sub("-", id_form(label)).strip()


_SEPARATOR = re.compile(rf"\s*[.{re.escape(DASHES)}]\s*")


# (both within the entry's body: a body pairs with itself only, several bodies read at once)
def _by_number(entry: Entry) -> tuple[str, str, int | None, str, str]:
    # (with its mark: an indicator's イ, (1)イ beside (1)ア — map_ids.item_key; of an item
    # numbered in its name alone, that number: name_numbers.py)
    entry = name_numbered(entry)
    return (
        entry.body,
        entry.project_id,
        entry.item_no,
        mark(entry),
        comparable_name(entry.sub_item or ""),
    )


def _by_name(entry: Entry) -> tuple[str, str, str, str]:
    sub = comparable_name(entry.sub_item) if entry.sub_item else ""
    return entry.body, entry.project_id, comparable_name(entry.item_name), sub


def _by_project_name(
    old: Sequence[Entry], new: Sequence[Entry], matched: dict[int, int], taken: set[int]
) -> None:
    """A project rated as one row (sole_items: 「2.1.13 市税徴収の適正化」 over its 取組内容)
    renumbered, 2.1.13 → 2.1.4, or its number swapped with another's: paired by the project's
    name, where that name is on one such row left unpaired of each round (review 116: 追加 and
    削除 of one name). Adds to ``matched`` and ``taken``."""
    sides: list[dict[tuple[str, str], list[int]]] = []
    for entries, done in ((old, matched.keys()), (new, taken)):
        sole = sole_projects(entries)
        named: dict[tuple[str, str], list[int]] = {}
        for index, entry in enumerate(entries):
            if index not in done and (entry.body, entry.project_id) in sole and entry.project_name:
                named.setdefault((entry.body, comparable_name(entry.project_name)), []).append(
                    index
                )
        sides.append(named)
    for key, found in sides[0].items():
        if len(found) == 1 and len(there := sides[1].get(key, [])) == 1:
            matched[found[0]] = there[0]
            taken.add(there[0])


def body_ranks(*rounds: Sequence[Entry], named: Sequence[str] = ()) -> dict[str, int]:
    """Each body's place: as ``named`` (the reads' ``bodies``, the inputs' order, the newest
    round's first), then as the rounds' entries meet them (the newest given first) — every
    output lists bodies so."""
    return first_places([*named, *(entry.body for entries in rounds for entry in entries)])


def pair(
    old: Sequence[Entry],
    new: Sequence[Entry],
    mapping: Mapping[str, str] | None = None,
    bodies: Sequence[str] = (),
) -> list[Pair]:
    """Every item of either round once: paired with its counterpart, or alone; each body's
    in turn, in the order of ``bodies`` (the reads' order; else as the rounds meet them)."""
    renamed = [renumber(entry, mapping or {}) for entry in old]
    new_by_key: dict[EntryKey, int] = {}
    new_by_number: dict[tuple[str, str, int | None, str, str], int] = {}  # (items a mapping names)
    for index, entry in enumerate(new):
        new_by_key.setdefault(entry_key(entry), index)
        new_by_number.setdefault(_by_number(entry), index)
    matched: dict[int, int] = {}  # old index → new index
    taken: set[int] = set()
    merged: dict[int, int] = {}  # (an old item --map puts onto one already paired: 統合)
    mapped_onto: set[int] = set()  # (the new items an old item --map names is paired with)
    # (those under their own number and name first: one --map puts onto their number is
    # merged into them, never pairs in their place — review 144 #6, 窓口受付時間の見直し 削除)
    for index, (entry, named) in sorted(enumerate(renamed), key=lambda found: found[1][1]):
        found = new_by_number.get(_by_number(entry)) if named else new_by_key.get(entry_key(entry))
        if named and (same := new_by_key.get(entry_key(old[index]))) is not None:
            # (a round numbering the item as the new one does already, with its name: the
            # mapping is an older round's — rounds' 令和4 of 令和3→令和5, whose swapped ③ and ④
            # the mapping swapped again, review 59)
            found = same
        elif named and found in mapped_onto:  # (two old items mapped to one: merged into it,
            merged[index] = found  # both given — not one put onto an item paired as itself)
        if found is None or found in taken:
            continue
        matched[index] = found
        taken.add(found)
        if named:
            mapped_onto.add(found)
    # an item renumbered within its project: the same name under another number
    new_by_name: dict[tuple[str, str, str, str], int] = {}
    for index, entry in enumerate(new):
        if index not in taken:
            new_by_name.setdefault(_by_name(entry), index)
    for index, (entry, _named) in enumerate(renamed):
        if index in matched or index in merged:
            continue
        found = new_by_name.pop(_by_name(entry), None)
        if found is None and entry is not old[index]:
            # (a number the mapping moves, reused: rounds' 2-1-2=2-1-3 read in the round that
            # already numbers 電子決裁 2-1-3 and its new 2-1-2 データ分析 — that item by its own)
            found = new_by_name.pop(_by_name(old[index]), None)
        if found is not None:
            matched[index] = found
            taken.add(found)
    _by_project_name([entry for entry, _named in renamed], new, matched, taken)
    if len(matched) < len(old):  # (items left: a project renumbered under its name)
        from planeval.cycle.renumbered_projects import by_project_name

        by_project_name([entry for entry, _named in renamed], new, matched, taken)
    if len(matched) < len(old) and len(taken) < len(new):  # (an item moved to another 施策)
        from planeval.cycle.renumbered_projects import by_item_name

        touched = {
            index for index, (entry, _named) in enumerate(renamed) if entry is not old[index]
        }
        by_item_name([entry for entry, _named in renamed], new, matched, taken, touched)
    pairs: list[tuple[EntryKey, Pair]] = []
    seen_old: set[EntryKey] = set()
    for index, (entry, _named) in enumerate(renamed):
        key = entry_key(entry)
        if index in matched or index in merged:
            found = matched.get(index, merged.get(index, 0))
            pairs.append((entry_key(new[found]), (old[index], new[found])))
        elif key not in seen_old:
            pairs.append((key, (old[index], None)))
        seen_old.add(key)
    seen_new: set[EntryKey] = set()
    for index, entry in enumerate(new):
        key = entry_key(entry)
        if index not in taken and key not in seen_new:
            pairs.append((key, (None, entry)))
        seen_new.add(key)
    from planeval.id_order import id_order

    rank = body_ranks(new, old, named=bodies)

    def order(item: tuple[EntryKey, Pair]) -> tuple[object, ...]:
        (project, number_and_name, sub), (_old, new_entry) = item
        number = number_and_name.split(":", 1)[0]
        body, _, project_id = project.rpartition("\x1f")  # (entry_key: body, then project)
        return (
            rank.get(body, len(rank)),
            id_order(project_id),
            int(number) if number.isdecimal() else 0,
            number,
            sub,
            new_entry is None,
        )

    return [found for _key, found in sorted(pairs, key=order)]
