"""A repeat listing's (再掲) mark in an item's name or issue text, and the item it points at:
「…（1-2-1③再掲）」, 「…（2.3再掲）」, 「（再掲：3-(1)-②）」, 「【再掲】…」 (the numbers as ids.py reads them)."""

from __future__ import annotations

from planeval.ids import DASHES, parse_project
from planeval.lazy_pattern import LazyPattern

_DASH = f"[{DASHES}]"

_REPEAT = LazyPattern(
    rf"[（(]\s*([0-9０-９]+\s*{_DASH}\s*[0-9０-９]+\s*{_DASH}\s*[0-9０-９]+)\s*"
    r"([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|[（(][0-9０-９]+[）)])?\s*再掲\s*[）)]"
)


def parse_repeat_of(text: str) -> str | None:
    """The item a repeat listing points at: "…（1-2-1③再掲）" → "1-2-1③"."""
    if "再掲" not in text:
        return None
    match = _REPEAT.search(text)
    if not match:
        return None
    project = parse_project(match[1])
    assert project is not None
    return project.id + (match[2] or "")


_REFERRED = r"(?:[^（()）【】\[\]［］]|[（(][^（()）]*[)）])*?"  # (1.1(1)ア: a bracket within)
# (or after 再掲: 「（再掲：3-(1)-②）」, review 161 #2; an item moved, 「（再掲1-(3)-⑨→3-(1)-②）」)
_MARKED = LazyPattern(
    rf"[（(【\[［]({_REFERRED})\s*の?\s*再掲(?:[\s　:：、,，]*(?P<after>{_REFERRED}[→⇒]{_REFERRED})"
    rf"|[\s　:：、,，]+(?P<after2>{_REFERRED})|[^（()）【】\[\]［］]*)\s*[）)】\]］]"
)


def marked_repeat(name: str) -> str | None:
    """What a name marked as a repeat listing points at, as typed: 「…（2.3再掲）」 → "2.3",
    「…（再掲 3-(1)-②）」 → "3-(1)-②", 「【再掲】…」 → ""; None for a name not so marked."""
    match = _MARKED.search(name) if "再掲" in name else None
    return None if match is None else (match[1] or match["after"] or match["after2"] or "").strip()


def without_repeat_mark(name: str) -> str:
    """A name with its repeat listing's mark taken out: 「…実施する。（1.5再掲）」 → 「…実施する。」
    (the name as it stands where the mark is elsewhere: review 99's 再掲 row of an older form)."""
    return _MARKED.sub("", name).strip() if "再掲" in name else name


def names_repeat(name: str) -> bool:
    """Whether an item's name marks it a repeat listing (再掲: 「…（2.3再掲）」, 「【再掲】…」): the row
    template writes the repeat symbol in, never counted, nor in a count of the plan's items."""
    return parse_repeat_of(name) is not None or marked_repeat(name) is not None
