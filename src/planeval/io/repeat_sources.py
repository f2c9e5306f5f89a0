"""Repeat listings naming an item no file holds: 「（1-9に掲載）」 on a row rated 再掲 where no row
of 1-9 was read (review 154 #3). The row stays a repeat listing, never counted; the notice names
its cell, for the reference may be mistyped or the item's department may not have answered.
Only a reference shaped as the body's own numbers are (1-5 among 1-1 … 2-4) is looked up:
one in another numbering (「（総合計画 2.3 再掲）」) is kept as typed, as before."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from collections.abc import Collection, Iterable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from planeval.ids import DASHES
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry, Problem, Severity
from planeval.read_records import ReadResult
from planeval.repeat_marks import without_repeat_mark
from planeval.text import comparable_name

if TYPE_CHECKING:
    from planeval.io.reader import Inputs
    from planeval.io.workbook import ReadOptions

_PLAIN = str.maketrans(
    {**dict.fromkeys(DASHES, "-"), **{chr(0xFF10 + d): str(d) for d in range(10)}}
)
_DIGITS = LazyPattern(r"[0-9]+")
_NUMBER = LazyPattern(r"[0-9]+|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")  # (② as 2 is)
# (Setagaya's 1-1-1① references: validate looks them up, with the plan — cycle/validate.py)
_THREE_PARTS = LazyPattern(r"^[0-9]+-[0-9]+-[0-9]+")
_BODY, _REPEAT_OF = attrgetter("body"), attrgetter("repeat_of")


def _key(number: str) -> str:
    """A number as compared: full-width digits and every dash plain, no spaces (「１－５」 is
    1-5; a circled ② stays ②)."""
    return "".join(number.translate(_PLAIN).split())


def _numbers(entry: Entry) -> Iterable[str]:
    return (_key(number) for number in (entry.shown_id, entry.project_shown_id) if number)


class Sources(NamedTuple):
    """What a read's rows tell of the numbers its repeat listings may name, by body: the
    numbers of its rows (not a listing's; the rows in error among them), none of three parts
    (no reference of three parts is looked up), and its projects' own rows (their numbers,
    name, 取組内容 and ID), and the names of its rows (comparable, as a listing naming its
    source by name is looked up: review 161 #2). A read counted file by file (rollup.py)
    keeps this of each file, not its rows."""

    known: dict[str, set[str]]
    own: dict[str, list[tuple[tuple[str, ...], str, str, str]]]
    names: dict[str, set[str]]


def listings(entries: Iterable[Entry]) -> list[tuple[Entry, str]]:
    """The repeat listings of ``entries`` whose reference is looked up, each with its key."""
    # (the listings picked out in C: a large read's rows, few of them listings)
    listed = list(filter(_REPEAT_OF, entries))
    keyed = zip(listed, map(_key, map(_REPEAT_OF, listed)), strict=True)
    return [(entry, key) for entry, key in keyed if not _THREE_PARTS.match(key)]


def sources_of(
    entries: Sequence[Entry], error_rows: Sequence[Entry], bodies: Collection[str] | None = None
) -> Sources:
    """The Sources of the rows read (``entries``) and in error, of ``bodies`` (None: all)."""
    known: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for entry in (*entries, *error_rows):
        if not entry.repeat_of and (bodies is None or entry.body in bodies):
            numbers = [n for n in _numbers(entry) if not _THREE_PARTS.match(n)]
            if numbers:
                known.setdefault(entry.body, set()).update(numbers)
            if said := {n for name in _names(entry) if (n := comparable_name(name))}:
                names.setdefault(entry.body, set()).update(said)
    own: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
    for entry in entries:
        if not entry.repeat_of and (bodies is None or entry.body in bodies) and _own_project(entry):
            shown = entry.project_shown_id or entry.shown_id
            row = (tuple(_numbers(entry)), entry.project_name, entry.item_name, shown)
            own.setdefault(entry.body, []).append(row)
    return Sources(known, own, names)


def join_sources(sources: Sources, part: Sources) -> None:
    """``part``'s (one file's: file_counts.count_file) into ``sources``, the read's."""
    for body, numbers in part.known.items():
        sources.known.setdefault(body, set()).update(numbers)
    for body, rows in part.own.items():
        sources.own.setdefault(body, []).extend(rows)
    for body, names in part.names.items():
        sources.names.setdefault(body, set()).update(names)


def unknown_sources(result: ReadResult) -> list[Problem]:
    """A warning at each repeat listing's status cell whose reference, shaped as its body's
    own numbers, names no row read of that body (the rows in error among them)."""
    keyed = listings(result.entries)
    if not keyed:  # (none, or Setagaya's 1-1-1①: the rows are not looked through)
        return []
    bodies = {entry.body for entry, _ref in keyed}
    return sources_said(keyed, sources_of(result.entries, result.error_rows, bodies))


def sources_said(keyed: Sequence[tuple[Entry, str]], sources: Sources) -> list[Problem]:
    """unknown_sources of the repeat listings ``keyed`` (listings), the rows' ``sources``."""
    said = _unknown_names([entry for entry, key in keyed if not _DIGITS.search(key)], sources)
    known = sources.known
    shapes = {body: {_NUMBER.sub("9", n) for n in numbers} for body, numbers in known.items()}
    repeats: dict[str, set[str]] = {}  # (each body's numbers of rows that are listings)
    for entry, _key_of in keyed:
        repeats.setdefault(entry.body, set()).update(_numbers(entry))
    for entry, key in keyed:
        if not _DIGITS.search(key):  # (a name: _unknown_names)
            continue
        sides = moved_ids(key)
        if found := [side for side in sides if side in known.get(entry.body, ())]:
            own = sources.own.get(entry.body, ())
            told = [_named_otherwise(entry, side, own) for side in found]
            said += [] if [] in told else told[0]  # (either side its item's: no warning)
            continue
        listed = [side for side in sides if side in repeats.get(entry.body, ())]
        if listed:  # (its source a listing too, or this very row: review 173 #5)
            said.append(_source_listed(entry, listed[0]))
            continue
        if not {_NUMBER.sub("9", side) for side in sides} & shapes.get(entry.body, set()):
            continue
        none = " の行も ".join(sides) + " の行も" if len(sides) > 1 else f"{entry.repeat_of} の行が"
        said.append(
            Problem(
                entry.location,
                Severity.WARNING,
                f"{_called(entry)}は {entry.repeat_of} の再掲とされていますが、"
                f"{none}どのファイルにもありません（この行は再掲として件数に含めていません）",
                f"再掲元の番号を確かめてください。{_not_come(entry, sides[0])}",
            )
        )
    return said


def _not_come(entry: Entry, source: str) -> str:
    """What may be why a listing's source was not read: its department's reply not come in (a
    body's one file, --bodies file, has no department to wait for: review 173 #5)."""
    if entry.body:
        return (
            f"{entry.body}の回答がいくつかのファイルに分かれていて {source} の行のファイルが"
            "届いていなければ、届いてから読み直してください"
        )
    return f"{source} を受け持つ部署の回答が届いていなければ、届いてから読み直してください"


def _source_listed(entry: Entry, source: str) -> Problem:
    """The warning at a listing whose source is itself a listing — this very row (新北山町's
    「① ガバメントクラウドへの移行」 marked 「（1-1①再掲）」 at 1-1①), or another: no row rates
    the item (review 173 #5: said to be in no file, a 部署's reply awaited)."""
    itself = source in _numbers(entry)
    found = f"この行自身が {source} で、自身の" if itself else f"{source} の行も"
    return Problem(
        entry.location,
        Severity.WARNING,
        f"{_called(entry)}は {entry.repeat_of} の再掲とされていますが、{found}再掲とされているため、"
        f"{source} を評価した行がありません（この行は再掲として件数に含めていません）",
        f"{source} がこの計画で評価する取組なら、{source} の行の評価欄に評価を書き、課題欄の"
        "「再掲」を消してください。ほかの取組の再掲なら、再掲元の番号を直してください",
    )


def moved_ids(key: str) -> list[str]:
    """The numbers a repeat listing's reference may name its source by: the one it names, or,
    an item moved (「再掲1-(3)-⑨→3-(1)-②」: listed at 3-(1)-② now, its old number before the
    arrow), the number it moved to, then the one it moved from — either, where it names a row
    read, is its source (which a city means, its list does not say)."""
    moved_from, arrow, moved_to = key.replace("⇒", "→").partition("→")
    return [moved_to, moved_from] if arrow and moved_to and moved_from else [key]


def _unknown_names(named: list[Entry], sources: Sources) -> list[Problem]:
    """A warning at each repeat listing naming its source by name (「（再掲：電子契約の導入）」,
    review 161 #2) where no row of its body read has that name, its project's or its own (a
    name holding the other, a shortened one, is the same; ``sources``' names)."""
    said = []
    for entry in named:
        source = comparable_name(entry.repeat_of or "")
        names = sources.names.get(entry.body, ())
        if any(source in name or name in source for name in names):
            continue
        said.append(
            Problem(
                entry.location,
                Severity.WARNING,
                f"{_called(entry, named=True)}は「{entry.repeat_of}」"
                f"の再掲とされていますが、「{entry.repeat_of}」という名称の行がどのファイルにも"
                "ありません（この行は再掲として件数に含めていません）",
                "再掲元の名称か番号を確かめてください。再掲元を受け持つ部署の回答が届いて"
                "いなければ、届いてから読み直してください",
            )
        )
    return said


def _names(entry: Entry) -> tuple[str, ...]:
    return tuple(name for name in (entry.project_name, entry.item_name) if name)


def _named_otherwise(
    entry: Entry, key: str, rows: Sequence[tuple[tuple[str, ...], str, str, str]]
) -> list[Problem]:
    """A warning at a repeat listing whose name is not that of the item read at the number it
    names (review 159 #2: 「1-22 公共施設の統廃合（4-5再掲）」, 4-5 renumbered this year to
    下水道使用料の適正化 — published pointing readers at the wrong item), naming both, and the
    item read under the listing's name where there is one (4-6). A name (or 取組内容) that
    holds the other's (a shortened one) is the same item's. ``rows``: its body's projects'
    own rows (Sources.own)."""
    if not _own_project(entry):  # (a row under a project named for its group: not its name)
        return []
    own = comparable_name(without_repeat_mark(entry.project_name))
    sources = [row for row in rows if key in row[0] and row[1]]
    at = [row[1] for row in sources]
    mine = {n for name in _names(entry) if (n := comparable_name(without_repeat_mark(name)))}
    theirs = {comparable_name(n) for row in sources for n in (row[1], row[2]) if n}
    if not own or not at or any(a in b or b in a for a in mine for b in theirs):
        return []  # (its 取組内容 as the source's, 全事務事業の評価, is the same item's too)
    named = [row[3] for row in rows if comparable_name(row[1]) == own]
    found = f"「{without_repeat_mark(entry.project_name)}」は {named[0]} です" if named else ""
    fix = (
        f"再掲元の番号を {named[0]} に直してください"
        if named
        else "再掲元の番号か名称を確かめてください"
    )
    return [
        Problem(
            entry.location,
            Severity.WARNING,
            f"{_called(entry, named=True)}は {entry.repeat_of} の再掲とされていますが、"
            f"{key if '→' in (entry.repeat_of or '') else entry.repeat_of} は「{at[0]}」です{'。' + found if found else ''}",
            f"{fix}。番号が変わった取組を指したままでは、報告書が読み手を別の取組に案内します",
        )
    ]


def _called(entry: Entry, *, named: bool = False) -> str:
    """A repeat listing as a warning names it: its number (「1-5 」, or with its name, 「1-5「…」」),
    its name alone where its number was typed 「再掲」 (review 161 #8: none is invented)."""
    name = f"「{without_repeat_mark(entry.project_name)}」"
    if "再掲" in entry.shown_id:
        return name
    return f"{entry.shown_id}{name}" if named else f"{entry.shown_id} "


def _own_project(entry: Entry) -> bool:
    """Whether a row is a project of its own (1-22 公共施設の統廃合), its project's name its own."""
    return bool(entry.shown_id) and _key(entry.shown_id) == _key(entry.project_shown_id or "")


class FileRepeats(NamedTuple):
    """One file's part in looking up a read's repeat listings when it is counted file by file
    (rollup.py): its listings and, where it has some, its Sources; else the bodies its rows
    are of, for such a file is read again for its Sources only where a file of one of them
    lists a repeat to look up — never, on most large reads."""

    listed: list[tuple[Entry, str]]
    sources: Sources | None
    bodies: frozenset[str]


def file_repeats(part: ReadResult) -> FileRepeats:
    """One file's FileRepeats, as read (file_counts.count_file)."""
    if keyed := listings(part.entries):
        return FileRepeats(keyed, sources_of(part.entries, part.error_rows), frozenset())
    bodies = frozenset(map(_BODY, part.entries)) | frozenset(map(_BODY, part.error_rows))
    return FileRepeats([], None, bodies)


def part_sources(part: ReadResult) -> Sources:
    """A file's Sources, read where it was (read_each's ``then``)."""
    return sources_of(part.entries, part.error_rows)


def streamed_sources(
    repeats: Sequence[FileRepeats],
    inputs: "Inputs",
    options: "ReadOptions",
    jobs: int,
    said: Collection[Problem],
) -> list[Problem]:
    """unknown_sources of a read counted file by file, of each file's ``repeats``
    (file_repeats); the files of ``inputs`` of a body a file lists a repeat of that gave no
    Sources read again for theirs, as ``options`` read them. None already ``said`` (a file's
    read again jointly, numbered otherwise: rollup.py)."""
    keyed = [pair for found in repeats for pair in found.listed]
    if not keyed:
        return []
    listed = {entry.body for entry, _key in keyed}
    sources = Sources({}, {}, {})
    for found in repeats:
        if found.sources is not None:
            join_sources(sources, found.sources)
    lacking = [i for i, found in enumerate(repeats) if found.bodies & listed]
    if lacking:
        from planeval.io.workers import read_each

        files, owners = [inputs.files[i] for i in lacking], [inputs.owners[i] for i in lacking]
        for part in read_each(files, owners, options, jobs=jobs, then=part_sources):
            join_sources(sources, part)
    known = set(said)
    return [problem for problem in sources_said(keyed, sources) if problem not in known]
