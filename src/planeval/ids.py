"""Reading the numbers people type: project and direction IDs, item numbers, sub-item marks."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from planeval.model import Entry

from planeval.lazy_pattern import LazyPattern


def _lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """The pattern, compiled when a run first uses it (at import it took more start-up than any
    other module; most runs use few of them: the usual "1-1-1" and "①" are read without)."""
    return functools.cache(functools.partial(re.compile, pattern, flags))


# Every dash a Japanese keyboard or a PDF might give between the parts of "1-1-1".
DASHES = "‐‑‒–—―−－ー─-"  # (also a status that is a dash alone, 「－」: own_scale.py)
_DASH = f"[{DASHES}]"
_DASH_SET = frozenset(DASHES)
_PROJECT = _lazy(rf"^\s*(\d+)\s*{_DASH}\s*(\d+)\s*{_DASH}\s*(\d+)(?![\d{DASHES}])\s*(.*)$", re.S)
_DIRECTION = _lazy(rf"^\s*(\d+)\s*{_DASH}\s*(\d+)(?![\d{DASHES}])\s*(.*)$", re.S)
_CIRCLED = _lazy(r"^\s*([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*(.*)$", re.S)
_BRACKETED = _lazy(r"^\s*([（(]\s*([0-9０-９]+)\s*[）)])\s*(.*)$", re.S)
_DOTTED = _lazy(r"^\s*(([0-9０-９]+)\s*[.．)）、])\s*(.*)$", re.S)
# An item's number joined to the numbers of the levels above it: 1-1-(1), 1-3-(1), 1.1.1,
# (1)-1, 1-1-1 — the item's own the last (a space or nothing after a bracket, then the name)
_PART = r"(?:[0-9０-９]+|[（(]\s*[0-9０-９]+\s*[）)])"
_JOINED = _lazy(
    rf"^\s*({_PART}(?:\s*[.．{DASHES}]\s*{_PART})+)(?:[\s　、]+|(?<=[）)]))(?=\S)(.*)$", re.S
)
_JOINED_PARTS = _lazy(r"[0-9０-９]+")
KATAKANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
_KANA = frozenset(KATAKANA)
LOWER_MARKS = frozenset(KATAKANA + "（(")  # what a lower level's mark starts with
_OPENING, _CLOSING, _KANA_STOPS = frozenset("（("), frozenset("）)"), frozenset(".．)）、")
_KANA_LABEL = _lazy(rf"([{KATAKANA}])[\s　]+")  # 「ア 」 after 「(1)」: the item's own mark


class Numbered(NamedTuple):
    """An ID or number read from the start of a cell, and the name after it (a named tuple:
    one is built for every distinct project cell of a large read)."""

    id: str
    name: str


def _digits(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_ASCII_PROJECT = _lazy(r"(\d+)-(\d+)-(\d+)(?![\d-])\s*", re.A)
_ASCII_DIRECTION = _lazy(r"(\d+)-(\d+)", re.A)


@functools.lru_cache(maxsize=65_536)  # (a project cell repeats down its rows)
def parse_project(text: str) -> Numbered | None:
    """``"１－１－１ 名前"`` → ``Numbered("1-1-1", "名前")``; None if it is not a project ID."""
    plain = _ASCII_PROJECT().match(text)  # "1-1-1 名前" as most type it: the quick way
    if plain and text[(end := plain.end()) : end + 1] not in _DASH_SET:  # (nor "1-1-1" alone)
        if (number := text[: plain.end(3)])[0] == "0" or "-0" in number:  # (as typed, or 01-1-1)
            number = f"{int(plain[1])}-{int(plain[2])}-{int(plain[3])}"
        return _new(Numbered, (number, text[end:].strip()))  # (built as the tuple it is)
    if not _two_dashes_first(text):  # (not compiled for a direction's "1-1 データ…")
        return None
    match = _PROJECT().match(digits_only(text))
    if not match:
        return None
    return Numbered("-".join(str(int(part)) for part in match.group(1, 2, 3)), match[4].strip())


def _two_dashes_first(text: str) -> bool:
    """Whether two dashes come before any character but a digit or a space, as _PROJECT asks
    (its classes of every dash cost 4.7 M instructions to compile: asked of few cells)."""
    dashes = 0
    for character in text:
        if character in _DASH_SET:
            dashes += 1
            if dashes == 2:
                return True
        elif not (character.isdecimal() or character.isspace()):
            return False
    return False


@functools.lru_cache(maxsize=65_536)
def parse_direction(text: str) -> Numbered | None:
    """``"1-1 名前"`` → ``Numbered("1-1", "名前")``; None if it is not a direction ID."""
    plain = _ASCII_DIRECTION().match(text)  # "1-1 名前" as most type it: the quick way
    if plain is not None:
        # (what the pattern below reads alike: not a digit or dash of any width after it, and
        # no full-width digit in the name, which that pattern reads as its ASCII one)
        end = plain.end()
        after = text[end : end + 1]
        if after and not after.isdecimal() and after not in DASHES and not _FULL_WIDTH_DIGIT(text):
            return Numbered(f"{int(plain[1])}-{int(plain[2])}", text[end:].strip())
    if not text.lstrip()[:1].isdecimal():  # (the pattern's ^\s*\d: not compiled for 「政策2 …」)
        return None
    match = _DIRECTION().match(digits_only(text))
    if not match:
        return None
    return Numbered("-".join(str(int(part)) for part in match.group(1, 2)), match[3].strip())


def digits_only(text: str) -> str:
    """Full-width digits to ASCII, leaving the rest of the text (the name) as typed."""
    # (translate looks up every character of a long name; most have no full-width digit)
    return text.translate(_FULL_WIDTH_DIGITS) if _FULL_WIDTH_DIGIT(text) else text


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULL_WIDTH_DIGIT = re.compile("[０-９]").search


class ItemNumber(NamedTuple):
    """The number at the start of an item cell: its value, the label as typed, the rest."""

    number: int | None
    label: str
    name: str


_CIRCLED_LABELS, _new = tuple(chr(0x2460 + index) for index in range(20)), tuple.__new__
_PLAIN_BRACKETED = _lazy(r"[(（]([0-9]+)[)）]")
_NOT_PLAIN = frozenset(f"{KATAKANA}.．{DASHES}")  # (after 「(1)」: a kana label, a joined number)


@functools.lru_cache(maxsize=65_536)  # (each distinct cell text is read once)
def parse_item(text: str) -> ItemNumber:
    """Read "① 名前", "(1) 名前", "1. 名前" or "1) 名前"; a cell without a number keeps its text."""
    first = text[:1]
    if first and "\u2460" <= first <= "\u2473":  # ①-⑳, by far the most common: no regex
        number = ord(first) - 0x2460 + 1
        # (the label one shared string, not a copy per item: a national read has millions)
        return _new(ItemNumber, (number, _CIRCLED_LABELS[number - 1], text[1:].strip()))
    if first in "(（" and (plain := _PLAIN_BRACKETED().match(text)) is not None:
        # 「(1) 名前」, the next most common, read as _BRACKETED reads it below — where no
        # number is joined to it (「(1)-1 名前」: _joined's) and no kana follows (「(1)ア」)
        name = text[plain.end() :].strip()
        if name and name[0] not in _NOT_PLAIN:
            return _new(ItemNumber, (int(plain[1]), plain[0], name))
    match = _CIRCLED().match(text)
    if match:
        return ItemNumber(int(unicodedata.numeric(match[1])), match[1], match[2].strip())
    if (joined := _joined(text)) is not None:
        return joined
    for pattern in (_BRACKETED, _DOTTED):
        match = pattern().match(text)
        if match:
            label, name = match[1].strip(), match[3].strip()
            # 「(1)ア 窓口の一元化」, 「(1) イ …」: the ア is the number's, not the name's ((1)ア and
            # (1)イ are two items, and a round renumbering one pairs it by its name)
            kana = _KANA_LABEL().match(name)
            if kana is not None and kana.end() < len(name):
                label, name = f"{label}{kana[1]}", name[kana.end() :]
            return ItemNumber(int(_digits(match[2])), label, name)
    return ItemNumber(None, "", text.strip())


def _joined(text: str) -> ItemNumber | None:
    """ "1-1-(1) 名前" → (1, "1-1-(1)", "名前"): an item numbered with its project's number in
    front (a body's 1-1-(1) under 施策 1-1, 1.1.1 under 1.1), its own number the last; None
    for any other text, and for "1-1 名前", which is a direction's ID as Setagaya writes it
    (parse_direction), not an item's."""
    if not text[:1].isdigit() and text.lstrip()[:1] not in ("(", "（"):
        return None  # (most item cells: a name, or ① told above)
    match = _JOINED().match(text)
    if match is None:
        return None
    label = match[1].strip()
    parts = number_parts(label)
    if len(parts) == 2 and not any(mark in label for mark in "(（.．"):
        return None
    return ItemNumber(parts[-1], label, match[2].strip())


def label_number(label: str) -> int | None:
    """An item's number from its label as typed — 「(2)」「（2）」「②」「1-1-(1)」「(1)ア」 —, as
    parse_item reads it before a name: the circled number, else the last number in it; None for
    a mark with no number (イ)."""
    if _CIRCLED().match(label):
        return int(unicodedata.numeric(label.strip()[0]))
    parts = number_parts(label)
    return parts[-1] if parts else None


def number_parts(label: str) -> list[int]:
    """The numbers of a label as typed: "1-3-(1)" → [1, 3, 1], "(1)ア" → [1], "①" → []."""
    return [int(_digits(part)) for part in _JOINED_PARTS().findall(label)] if label else []


def parse_lower_level(text: str) -> str | None:
    """The text of a lower-level line marked ア, イ, ウ… ("ア 電子申請", "(イ) …"), or None."""
    first = text[:1]
    if first not in LOWER_MARKS and not first.isspace():
        return None  # (most item cells: "① …", told by their first character)
    return text.strip() if _lower_split(text) is not None else None


def lower_mark(text: str) -> tuple[str, str] | None:
    """(the kana, the rest) of a line marked ア, イ … (parse_lower_level's): 「ア．名前」,
    「（ア）名前」 and 「ア　名前」 are ア's (review 72: 「ア．」 paired with no plan item)."""
    found = _lower_split(text)
    if found is None:  # (「ア証明書」「カおくやみ…」: a kana before no katakana, no word of it)
        glued = len(text) > 2 and text[0] in KATAKANA and text[1].isalpha()
        glued = glued and not "\u30a0" <= text[1] <= "\u30ff"
        return (text[0], text[1:].strip()) if glued else None
    return found[0].strip("（()）.．、 \u3000"), found[1].strip()


def _lower_split(text: str) -> tuple[str, str] | None:
    """(the mark as typed, the rest) of a line marked ア, イ …: a kana in brackets 「(ア)」, or
    a kana and a stop or a space 「ア．」「ア 」, after any spaces; None for any other text
    (「アンケート…」 is a word, 「(1) …」 no kana's). Told by characters: a pattern's classes of
    katakana cost ~5 M instructions to compile, at every start reading such a line."""
    stripped = text.lstrip()
    mark, after = stripped[:1], stripped[1:2]
    if mark in _OPENING:
        size = 3 if after in _KANA and stripped[2:3] in _CLOSING else 0
    else:
        size = 2 if mark in _KANA and (after in _KANA_STOPS or after.isspace()) else 0
    return (stripped[:size], stripped[size:]) if size else None


def circled(number: int) -> str:
    """1 → "①" … 50 → "㊿"; larger numbers as "(51)"."""
    if 1 <= number <= 20:
        return chr(0x2460 + number - 1)
    if 21 <= number <= 35:
        return chr(0x3251 + number - 21)
    if 36 <= number <= 50:
        return chr(0x32B1 + number - 36)
    return f"({number})"


DIGITS = frozenset("0123456789０１２３４５６７８９")  # (ASCII and full width)
_JOINS = frozenset(".-．－")  # between the numbers of one ID (1.1.1, 1-1-1)
_TWO_PARTS = LazyPattern(r"\d+-\d+")  # (a project numbered as a direction, 1-1)
_WORDED = LazyPattern(r"[A-Za-z]+(\d+(?:[-.]\d+)*)")  # (a number led by its word: KPI1-1-1)
_NUMBERS = LazyPattern(r"\d+")
RUNNING = "No."  # before a running No. beside a project's own number (No. | 番号 | 取組 | KPI)


def id_form(label: str) -> str:
    """A label as an ID shows it: full-width brackets, digits and hyphens as ASCII, as NFKC
    makes them (「（2）」 is 2-(2) beside another 課's 1-(1): review 85), a circled ① or a
    Ⅱ kept (NFKC would make them 1 and II). The label as typed stays the item's own."""
    return label if label.isascii() else label.translate(_WIDE)


_WIDE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def name_gap(label: str) -> str:
    """What stands between a label and its name where both are shown: nothing after a label in
    full-width brackets, typed with the name right after it (「（1）定員管理の適正化」: review 85),
    else a space (「(1) 補助金の見直し」, 「１－３－（２） 市ウェブ…」: review 141 #9)."""
    return "" if label[:1] in "（【〔「『" and label[-1:] in "）】〕」』" else " "


def joined_id(project: str, label: str, policy_id: str = "", direction_id: str = "") -> str:
    """An item's ID of its project's (as the body numbers it) and its own label (Entry.shown_id,
    PlanItem.shown_id): 「1-1-1①」, 「1-1(1)」, 「3 10」, 「3-21」 under a policy with no project
    level, 「1-1-2」 for No. 2 under 施策1-1, 「1-1-(1)」 alone for a label with its project's;
    「1-(1)」 for the (1) rated right under policy 1 (a 大綱's 改革の柱 › 取組項目, as its 再掲
    notes and two-level plans write it — 1(1) read as a number eleven: review 79a), but 「(1)-14」
    as typed, which holds its policy's number (review 195 #3); a number
    led by its word, 「KPI1-1-1」, as typed where it holds its project's number (1.1), else
    beside it, 「1.1 KPI3」; the label's full-width forms as ASCII (id_form)."""
    label = id_form(label)
    if label.startswith(project) and label[len(project) : len(project) + 1] in _JOINS:
        return label
    right_under = project == policy_id and not direction_id
    if right_under and label[:1] in ("(", "（") and project[-1:] in DIGITS:  # (not "": 27-)
        # (「(1)-14」 under 改革項目 1 holds its number as typed: not 1-(1)-14, review 195 #3)
        return label if _holds(label, project) else f"{project}-{label}"
    if label[:1] in DIGITS and project[-1:] in DIGITS:
        if (project == policy_id and not direction_id) or (
            label.isdecimal() and _TWO_PARTS.fullmatch(project) is not None
        ):
            return f"{project}-{label}"  # (施策1-1's 事業 No.2: 1-1-2, as plans number it)
        return f"{project} {label}"
    if label.startswith(RUNNING):  # (「1.1.2 No.3」)
        return f"{project} {label}"
    if (worded := _WORDED.fullmatch(label)) is not None:
        return label if _holds(worded[1], project) else f"{project} {label}"
    return f"{project}{label}"


def _holds(number: str, project: str) -> bool:
    """Whether an item's number begins with its project's, however each is joined (1-1-1 of
    1.1: 浜松市's KPI1-1-1 beside 施策 1.1, which as typed names both — review 113)."""
    parts, projects = _NUMBERS.findall(number), _NUMBERS.findall(project)
    return bool(projects) and len(parts) > len(projects) and parts[: len(projects)] == projects


def policy_joined(entry: "Entry") -> bool:
    """Whether the entry's ID is its own label joined to its policy's ID by planeval
    (joined_id: 「2-14」, 「1-(1)」 of an item rated right under its policy), no number the
    body wrote as it stands (distinct_ids.py)."""
    label, joined = entry.item_label, entry.project_id == entry.policy_id and not entry.direction_id
    return bool(label) and joined and entry.shown_id == f"{entry.project_shown_id}-{id_form(label)}"


def written_number(label: str) -> bool:
    """Whether an item rated right under its policy (policy_joined) is shown by its ``label``,
    the number its body wrote — 14, or 11-1 typed in parts (西津市's 施策 11) —, not planeval's
    2-14 or 3-11-1: a label led by a digit (a bracket's (1) is shown 1-(1), review 79a). Messages
    (describe) and flat lists (distinct_ids.joined_number) alike (review 182 #5)."""
    return label[:1].isdecimal()


def describe(entry: "Entry") -> str:
    """An item as messages name it: 「1-1-2① 名前（細目）」; unnumbered, 「名前（1-3 施策名）」 (review 46);
    a number rated right under its policy as the body wrote it in the row named, 「14 名前」 (枚方市's
    施策 No. 14 under 基本目標Ⅱ: 2-14 is no number it wrote; a bracket's 1-(1) is: review 79a); a
    number beside its project's apart, 「17 名前（4 施策名）」, 「31 名前（Ⅲ-1 歳入の確保）」, not 「4 17」;
    one typed in parts, 「11-1 名前」 as 西津市's form writes its 施策 11's first part, not 「3-11-1」
    (review 182 #5)."""
    sub = f"（{entry.sub_item}）" if entry.sub_item else ""
    name, project = entry.item_name, entry.project_name
    if written_number(entry.item_label) and policy_joined(entry):
        return f"{entry.item_label} {name}{sub}"
    above, label = entry.project_shown_id, entry.item_label
    apart = above.isdecimal() or (" " in entry.shown_id and not above[:1].isdecimal())  # Ⅲ-1 31
    if apart and label.isdecimal() and project not in ("", name) and name:
        return f"{label} {name}{sub}（{above} {project}）"  # (not 「4 17」: review 168 #2)
    if entry.item_label or entry.item_no is not None or project in ("", name) or not name:
        return f"{entry.shown_id} {name}{sub}"
    return f"{name}{sub}（{' '.join(filter(None, (entry.project_shown_id, project)))}）"
