"""Which rows each paragraph speaks of (check): with several bodies, a paragraph in a body's
workbook or a report's line naming one body, the paragraphs under a heading naming one, a group
heading combined with a body's; with several files, a table's 合計 row that file's rows; and
each pasted table of counts under the part its header stands in."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from planeval.body_sentences import bodies_named, by_sentence, names_of
from planeval.captions import read_caption
from planeval.direction_headings import Directions
from planeval.model import Entry, Location, TextCell
from planeval.pasted_tables import PastedTable
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.scope_words import REMARK, TABLE_ROW, unmarked
from planeval.stated_number import WHOLE_PLAN
from planeval.unlevelled import is_unlevelled_heading

# (body, file): the rows a part of the texts speaks of, None for all
Part = tuple[str | None, str | None]


def scoped_parts(
    texts: Sequence[TextCell],
    entries: Sequence[Entry],
    bodies: Mapping[str, str],
    scale: Scale,
    directions: Directions | None = None,
    groups: Mapping[str, Collection[str]] | None = None,
) -> dict[Part, list[TextCell]]:
    """The texts by the rows they speak of: a table's 合計 row in one of several files (a
    department's) that file's; a paragraph in a body's workbook (``bodies``: each file's body)
    that body's; a report's text as body_sections places it (``directions``: those a heading
    under a body's may name), or naming one of the ``groups`` of bodies (a 都道府県) that group's."""
    parts: dict[Part, list[TextCell]] = {}
    if len(files := {entry.location.file for entry in entries}) > 1:
        # (a table's 合計 row, and a sheet of counts beside a department's table — its 集計 —
        # in one of several files with rows: that file's rows, review 36)
        own = [
            t
            for t in texts
            if _table_total(t)
            or (t.location.sheet and t.location.file in files and not bodies.get(t.location.file))
        ]
        for text in own:
            parts.setdefault((bodies.get(text.location.file), text.location.file), []).append(text)
        texts = [text for text in texts if text not in own]
    for text in texts:
        if body := bodies.get(text.location.file):
            parts.setdefault((body, None), []).append(text)
    others = [text for text in texts if not bodies.get(text.location.file)]
    names = sorted({e.body for e in entries if e.body})
    for text, body in body_sections(others, names, scale, directions, groups):
        parts.setdefault((body, None), []).append(text)
    return parts


def form_rows(read: Sequence[Entry], counted: Sequence[Entry]) -> dict[str, list[Entry]]:
    """Each file's rows as its form holds them (``read``), of the files some of whose rows
    are not ``counted`` as theirs (a co-owner's copy of an item its lead rated alike, counted
    once at the lead's row): a table's 合計 row counts its own form's rows, as every read's
    warning does (stated_totals.py; review 88: 6 stated, 4 compared). Empty for most reads."""
    held, own = (Counter(entry.location.file for entry in rows) for rows in (read, counted))
    if held == own:
        return {}
    kept = {entry.location: entry for entry in counted}  # (as counted: its names, its remarks)
    return {
        file: [kept.get(entry.location, entry) for entry in read if entry.location.file == file]
        for file, n in held.items()
        if n != own[file]
    }


def scope_said(scope: str, body: str | None, file: str | None) -> str:
    """A scope as said of a body's paragraph (港川市 計画全体) or a file's table total
    (「総務部.xlsx の表」); of any other text as it is."""
    if file is not None:  # (its table's total, 「総務部.xlsx の表」; else its own scope's)
        name = file.replace("\\", "/").rsplit("/", 1)[-1]
        name += " の表" if scope == WHOLE_PLAN else f" {scope}"
        return f"{body} {name}" if body else name
    return f"{body} {scope}" if body else scope


_TABLE_TOTAL = re.compile(r"^(?:合計|総計|総数) \S+$")  # (io/chapter3.py's 「合計 13事業」)


def _table_total(text: TextCell) -> bool:
    """Whether ``text`` is a workbook table's total row (合計, 総計, 総数 and its count)."""
    return text.location.sheet is not None and _TABLE_TOTAL.match(text.text) is not None


def body_sections(
    texts: Sequence[TextCell],
    bodies: Sequence[str],
    scale: Scale,
    directions: Directions | None = None,
    groups: Mapping[str, Collection[str]] | None = None,
) -> list[tuple[TextCell, str | None]]:
    """Each text of a report (not a body's own workbook) with the body it speaks of (None: the
    whole read): a line naming exactly one of several ``bodies`` (by its whole name, by the
    part after the last "_" of a file's name: 「島北市」 for body_0001_島北市, or without its
    prefecture: 「四日市市」 for 三重県四日市市; the longest where one name holds another, 中新本市
    and 新本市; after a prefecture's, 「北海道中崎町」: body_sentences.py) is that body's — a
    paragraph naming several, each run of its sentences from one naming a body —, and a heading naming one makes
    the paragraphs below it that body's until the next heading — but a Markdown heading
    deeper than the body's (### under ##) keeps it. A group heading just above a body's
    (「（1）情報化政策1 …」 then 「島北市」) goes with it too, so that its paragraphs are that
    body's policy 1. A heading naming one of ``directions`` under a body's keeps it, as
    planeval's own report heads a body's tables (「1-1」 under 「島北市」; a Markdown heading
    as high as the body's does not), and goes with each body's heading below it as a group
    heading does where no body's is above it; planeval's caption of a table is no heading,
    nor is a row of a table (a page's short row, 「1-2 …<tab>実施」, closed a body's section),
    nor a note its 。 left off (planeval's 「※対象外は件数に含めません」 right above a body's
    heading took the group heading's place: scope_words.REMARK). A line naming one of the
    ``groups`` of bodies (a 都道府県: body_groups.py) is that group's, as a body's is."""
    if len(bodies) < 2:
        return [(text, None) for text in texts]
    from planeval.stated_numbers import read_numbers

    names = {body: names_of(body) for body in bodies} | {group: {group} for group in groups or {}}
    placed: list[tuple[TextCell, str | None]] = []
    current: dict[str, tuple[str, int] | None] = {}  # per file: the body heading and its depth
    above: dict[str, TextCell] = {}  # per file: a heading naming no body, since the last body
    direction: dict[str, TextCell] = {}  # per file: a direction's heading under no body's
    for text in texts:
        place = f"{text.location.file}\0{text.location.sheet}"
        plain = normalised(text.text)
        said = bodies_named(plain, names, groups)
        heading = (
            not TABLE_ROW.search(plain)  # (a row of a table: no heading, as statements' says)
            and not read_numbers(text.text, scale)
            and len(plain) < 40
            and "。" not in plain
            and not REMARK.search(plain)  # (a note: 「※対象外は件数に含めません」)
            and not read_caption(text.text, scale)
        )
        depth = len(plain) - len(plain.lstrip("#")) or 99  # (plain text: no depth)
        if heading and len(said) == 1:
            if is_unlevelled_heading(unmarked(plain)):  # (区分なし（森野町）:
                above[place] = text  # its section's scope, the body's rows; no heading above)
                direction.pop(place, None)
            for group in (above, direction):  # (the headings above go with each body's)
                if place in group:
                    placed.append((group[place], said[0]))
            current[place] = said[0], depth
            placed.append((text, None))  # (only a switch: in its body's text, no section)
            continue
        elif heading:
            held = current.get(place)
            if not _names_direction(plain, directions):
                if held is None or depth <= held[1] or held[1] == 99:
                    current[place] = None
                    above[place] = text
                    direction.pop(place, None)
            elif held is None or depth <= held[1] < 99:  # (not a body's own direction)
                current[place] = None
                direction[place] = text
        runs = by_sentence(text, plain, names, groups) if len(said) > 1 else [(text, said)]
        for run, named in runs:  # (「中崎町は…。中川市は…」: each sentence its body's)
            body = named[0] if len(named) == 1 else None if named else _body_of(current.get(place))
            placed.append((run, body))
    return placed


def _names_direction(plain: str, directions: Directions | None) -> bool:
    """Whether the heading ``plain`` names a direction, a level below a body's heading."""
    words = unmarked(plain)
    return directions is not None and bool(directions.numbered(words) or directions.named(words))


def _body_of(held: tuple[str, int] | None) -> str | None:
    return held[0] if held is not None else None


def tables_by_part(
    tables: Sequence[PastedTable], parts: Mapping[Part, Sequence[TextCell]]
) -> dict[Part, list[PastedTable]]:
    """Each table under the part of the texts its header stands in (a body's section of a
    report: that body's rows). A short header line is also put with the body whose name
    follows it, as a group heading would be (body_scopes): its own place is the whole read's."""
    part_of: dict[int | Location, Part] = {}
    for part, texts in parts.items():
        for text in texts:
            for key in (id(text), text.location):
                if key not in part_of or part[0] is None:
                    part_of[key] = part
    placed: dict[Part, list[PastedTable]] = {}
    for table in tables:  # (a header put back together from cell lines: by its first line)
        header = table.header
        part = part_of.get(id(header)) or part_of.get(header.location, (None, None))
        placed.setdefault(part, []).append(table)
    return placed
