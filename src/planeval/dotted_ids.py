"""Project and direction IDs typed otherwise than planeval writes them (1-1-1): with dots, as
other bodies number (「1.1.1 名前」「１．１ 名前」), or with a dot and a dash both, a slip of the
keyboard (「1.1-1」). Read where ids.parse_project and ids.parse_direction found none."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation as
# its class is made — TypedId's 3 fields and MixedId's 4 — on every run)
import functools
import re
from typing import NamedTuple

from planeval.ids import DASHES, digits_only, parse_project
from planeval.lazy_pattern import LazyPattern


class TypedId(NamedTuple):
    """A project's or direction's ID typed otherwise than planeval writes it: its ID, the name
    after it, and the number as typed (「1.1.1」, 「１．１」), which the outputs show."""

    id: str
    name: str
    typed: str


# 「1.1.1 名前」「１．１ 名前」: the one-cell layout's IDs numbered with dots, as other bodies do.
# Three parts are an ID whatever follows; two only followed by a space and a name, no part
# written with a leading zero, no unit after it (「1.05」「1.5 倍」 are numbers with decimals).
_DOTTED_ID = LazyPattern(r"^\s*(\d+\s*[.．]\s*\d+(\s*[.．]\s*\d+)?)(?![\d.．])\s*(.*)$", re.S)
_UNITS = frozenset("%％倍割円人件年月日時分秒㎡㎞mkgＫＭ万億千百")


@functools.lru_cache(maxsize=4_096)  # (its project cell's ID read once per project)
def parse_dotted(text: str) -> TypedId | None:
    """``"1.1.1 名前"`` → ``TypedId("1-1-1", "名前", "1.1.1")``, ``"１．１ 名前"`` → a direction's
    ``TypedId("1-1", "名前", "１．１")``; None for any other text (read where parse_project and
    parse_direction did not: the dashed form, by far the most common, costs nothing more)."""
    if "." not in text and "．" not in text:
        return None
    plain = digits_only(text)
    match = _DOTTED_ID.match(plain)
    if match is None:
        return None
    parts = re.split(r"\s*[.．]\s*", match[1])
    name = match[3].strip()
    if match[2] is None and (
        not name
        or match.end(1) == match.start(3)  # (no space before the name: 「1.5倍」)
        or name[0] in _UNITS
        or any(len(part) > 1 and part.startswith("0") for part in parts)
    ):
        return None
    typed = text[match.start(1) : match.end(1)]  # (as typed: the digits kept full-width)
    return TypedId("-".join(str(int(part)) for part in parts), name, typed)


def typed_id(typed: str) -> str:
    """A number as a body typed it, 「2.1.1」, as its ID (2-1-1; "" where not dotted so):
    what a sheet showing the typed number in its ID's place is read back by."""
    found = parse_dotted(typed) if typed.count(".") + typed.count("．") == 2 else None
    return found.id if found is not None and not found.name else ""


def parse_project_typed(text: str) -> TypedId | None:
    """A project's ID as planeval writes it, ``"1-1-1 名前"`` (typed "": shown as its ID), or
    with dots, ``"1.1.1 名前"`` (shown as typed); None for any other text."""
    found = parse_project(text)
    if found is not None:
        return TypedId(found.id, found.name, "")
    dotted = parse_dotted(text)
    return dotted if dotted is not None and dotted.id.count("-") == 2 else None


class MixedId(NamedTuple):
    """A project's ID whose three numbers are joined by a dot and a dash both (「1.1-1」): its
    ID, the name after it, the number as found, and as it is shown — joined throughout as its
    first join was typed (「1.1.1」; "" where that is a dash: shown as its ID, 1-1-1)."""

    id: str
    name: str
    found: str
    shown: str


_MIXED_ID = LazyPattern(
    rf"^\s*(\d+)\s*([.．{DASHES}])\s*(\d+)\s*([.．{DASHES}])\s*(\d+)(?![\d.．{DASHES}])\s*(.*)$",
    re.S,
)


@functools.lru_cache(maxsize=1_024)
def parse_mixed(text: str) -> MixedId | None:
    """``"1.1-1 名前"`` → ``MixedId("1-1-1", "名前", "1.1-1", "1.1.1")``, ``"1-1.1 名前"`` →
    ``MixedId("1-1-1", "名前", "1-1.1", "")``: a slip of the keyboard between the two ways
    bodies number (parse_project, parse_dotted), read as the three numbers it holds; None for
    any other text (the dashed or dotted form alone among them)."""
    if ("." not in text and "．" not in text) or not any(dash in text for dash in DASHES):
        return None
    plain = digits_only(text)
    match = _MIXED_ID.match(plain)
    if match is None or (match[2] in ".．") == (match[4] in ".．"):
        return None
    numbers = [str(int(part)) for part in match.group(1, 3, 5)]
    found = text[match.start(1) : match.end(5)]  # (as typed: full-width digits kept)
    typed = [text[match.start(group) : match.end(group)] for group in (1, 3, 5)]
    shown = match[2].join(typed) if match[2] in ".．" else ""
    return MixedId("-".join(numbers), match[6].strip(), found, shown)
