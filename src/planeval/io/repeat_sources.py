"""Repeat listings naming an item no file holds: 「（1-9に掲載）」 on a row rated 再掲 where no row
of 1-9 was read (review 154 #3). The row stays a repeat listing, never counted; the notice names
its cell, for the reference may be mistyped or the item's department may not have answered.
Only a reference shaped as the body's own numbers are (1-5 among 1-1 … 2-4) is looked up:
one in another numbering (「（総合計画 2.3 再掲）」) is kept as typed, as before."""

from __future__ import annotations

from collections.abc import Iterable

from planeval.ids import DASHES, without_repeat_mark
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry, Problem, Severity
from planeval.read_records import ReadResult
from planeval.text import comparable_name

_PLAIN = str.maketrans(
    {**dict.fromkeys(DASHES, "-"), **{chr(0xFF10 + d): str(d) for d in range(10)}}
)
_DIGITS = LazyPattern(r"[0-9]+")
# (Setagaya's 1-1-1① references: validate looks them up, with the plan — cycle/validate.py)
_THREE_PARTS = LazyPattern(r"^[0-9]+-[0-9]+-[0-9]+")


def _key(number: str) -> str:
    """A number as compared: full-width digits and every dash plain, no spaces (「１－５」 is
    1-5; a circled ② stays ②)."""
    return "".join(number.translate(_PLAIN).split())


def _numbers(entry: Entry) -> Iterable[str]:
    return (_key(number) for number in (entry.shown_id, entry.project_shown_id) if number)


def unknown_sources(result: ReadResult) -> list[Problem]:
    """A warning at each repeat listing's status cell whose reference, shaped as its body's
    own numbers, names no row read of that body (the rows in error among them)."""
    keyed = [(entry, _key(entry.repeat_of)) for entry in result.entries if entry.repeat_of]
    keyed = [(entry, key) for entry, key in keyed if not _THREE_PARTS.match(key)]
    said = _unknown_names([entry for entry, key in keyed if not _DIGITS.search(key)], result)
    keyed = [(entry, key) for entry, key in keyed if _DIGITS.search(key)]
    if not keyed:  # (none, or Setagaya's 1-1-1①: the rows are not looked through)
        return said
    bodies = {entry.body for entry, _ref in keyed}
    known: dict[str, set[str]] = {}
    for entry in (*result.entries, *result.error_rows):
        if not entry.repeat_of and entry.body in bodies:
            known.setdefault(entry.body, set()).update(_numbers(entry))
    shapes = {body: {_DIGITS.sub("9", n) for n in numbers} for body, numbers in known.items()}
    for entry, key in keyed:
        if key in known.get(entry.body, ()):
            said += _named_otherwise(entry, key, result)
            continue
        if _DIGITS.sub("9", key) not in shapes.get(entry.body, ()):
            continue
        said.append(
            Problem(
                entry.location,
                Severity.WARNING,
                f"{_called(entry)}は {entry.repeat_of} の再掲とされていますが、"
                f"{entry.repeat_of} の行がどのファイルにもありません（この行は再掲として件数に含めていません）",
                f"再掲元の番号を確かめてください。{entry.repeat_of} を受け持つ部署の回答が届いて"
                "いなければ、届いてから読み直してください",
            )
        )
    return said


def _unknown_names(named: list[Entry], result: ReadResult) -> list[Problem]:
    """A warning at each repeat listing naming its source by name (「（再掲：電子契約の導入）」,
    review 161 #2) where no row of its body read has that name, its project's or its own (a
    name holding the other, a shortened one, is the same)."""
    said = []
    for entry in named:
        source = comparable_name(entry.repeat_of or "")
        rows = (e for e in (*result.entries, *result.error_rows) if e.body == entry.body)
        names = {comparable_name(n) for e in rows if not e.repeat_of for n in _names(e)}
        if any(source in name or name in source for name in names if name):
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


def _named_otherwise(entry: Entry, key: str, result: ReadResult) -> list[Problem]:
    """A warning at a repeat listing whose name is not that of the item read at the number it
    names (review 159 #2: 「1-22 公共施設の統廃合（4-5再掲）」, 4-5 renumbered this year to
    下水道使用料の適正化 — published pointing readers at the wrong item), naming both, and the
    item read under the listing's name where there is one (4-6). A name (or 取組内容) that
    holds the other's (a shortened one) is the same item's."""
    if not _own_project(entry):  # (a row under a project named for its group: not its name)
        return []
    own = comparable_name(without_repeat_mark(entry.project_name))
    rows = [e for e in result.entries if not e.repeat_of and e.body == entry.body]
    rows = [e for e in rows if _own_project(e)]
    sources = [e for e in rows if key in _numbers(e) and e.project_name]
    at = [e.project_name for e in sources]
    mine = {n for name in _names(entry) if (n := comparable_name(without_repeat_mark(name)))}
    theirs = {comparable_name(n) for e in sources for n in (e.project_name, e.item_name) if n}
    if not own or not at or any(a in b or b in a for a in mine for b in theirs):
        return []  # (its 取組内容 as the source's, 全事務事業の評価, is the same item's too)
    named = [
        e.project_shown_id or e.shown_id for e in rows if comparable_name(e.project_name) == own
    ]
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
            f"{entry.repeat_of} は「{at[0]}」です{'。' + found if found else ''}",
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
