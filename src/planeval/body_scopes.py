"""Which body each paragraph of a report on several bodies speaks of (check): a line naming
one body, the paragraphs under a heading naming one, a group heading combined with a body's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.model import TextCell
from planeval.scale import Scale
from planeval.stated_numbers import normalised


def body_sections(
    texts: Sequence[TextCell], bodies: Sequence[str], scale: Scale
) -> list[tuple[TextCell, str | None]]:
    """Each text of a report (not a body's own workbook) with the body it speaks of (None: the
    whole read): a line naming exactly one of several ``bodies`` (by its whole name, by the
    part after the last "_" of a file's name: 「島北市」 for body_0001_島北市, or without its
    prefecture: 「四日市市」 for 三重県四日市市; the longest where
    one name holds another, 中新本市 and 新本市) is that body's, and a heading naming one makes
    the paragraphs below it that body's until the next heading — but a Markdown heading
    deeper than the body's (### under ##) keeps it. A group heading just above a body's
    (「（1）情報化政策1 …」 then 「島北市」) goes with it too, so that its paragraphs are that
    body's policy 1."""
    if len(bodies) < 2:
        return [(text, None) for text in texts]
    from planeval.stated_numbers import read_numbers

    names = {body: _names_of(body) for body in bodies}
    placed: list[tuple[TextCell, str | None]] = []
    current: dict[str, tuple[str, int] | None] = {}  # per file: the body heading and its depth
    above: dict[str, TextCell] = {}  # per file: a heading naming no body, since the last body
    for text in texts:
        place = f"{text.location.file}\0{text.location.sheet}"
        plain = normalised(text.text)
        said = _bodies_named(plain, names)
        heading = not read_numbers(text.text, scale) and len(plain) < 40 and "。" not in plain
        depth = len(plain) - len(plain.lstrip("#")) or 99  # (plain text: no depth)
        if heading and len(said) == 1:
            if place in above:  # (the group heading above goes with each body's under it)
                placed.append((above[place], said[0]))
            current[place] = said[0], depth
            placed.append((text, None))  # (only a switch: in its body's text, no section)
            continue
        elif heading:
            held = current.get(place)
            if held is None or depth <= held[1] or held[1] == 99:
                current[place] = None
                above[place] = text
        body = said[0] if len(said) == 1 else None if said else _body_of(current.get(place))
        placed.append((text, body))
    return placed


def _names_of(body: str) -> set[str]:
    """What a report calls a body: its whole name, the part after the last "_" of a file's
    name (島北市 of body_0001_島北市), and a municipality's name without its prefecture (a
    prefecture's report heads 四日市市's paragraphs 「四日市市」, not 「三重県四日市市」)."""
    from planeval.io.body_name import body_named, without_prefecture

    named = body_named(body) or body
    return {body, body.rpartition("_")[2], without_prefecture(named)} - {""}


def _bodies_named(plain: str, names: Mapping[str, set[str]]) -> list[str]:
    """The bodies a line names, a name inside a longer one named there left out."""
    words = {
        body: max((w for w in found if w in plain), key=len, default="")
        for body, found in names.items()
    }
    named = {body: word for body, word in words.items() if word}
    return [
        body
        for body, word in named.items()
        if not any(word != other and word in other for other in named.values())
    ]


def _body_of(held: tuple[str, int] | None) -> str | None:
    return held[0] if held is not None else None
