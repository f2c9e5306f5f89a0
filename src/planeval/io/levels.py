"""The levels of a table written in names (named.py): what is known above the current row,
slot by slot, and the IDs its numbers make ("1.1.1", "(1)ア", "Ⅲ", or numbered in order; a
level's own number at the start of its name, and as typed: io/own_ids.py)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from planeval.ids import DIGITS, KATAKANA, RUNNING, ItemNumber, lower_mark, parse_item
from planeval.io.note_rows import is_note
from planeval.io.own_ids import NUMBER_PARTS, PLAIN_DIGITS, WholeId, split_own_id, typed_id
from planeval.lazy_pattern import LazyPattern
from planeval.text import HEADING_WORDS, clean_text, level_heading, number_value, sub_heading

if TYPE_CHECKING:
    from planeval.io.grid import SheetGrid
    from planeval.model import Location

# ... and as an ID, its kana kept ("(1)ア": 1, ア) and a circled last part after a dash ("1-1-①":
# 1, 1, 1; Setagaya's 「1-1-1①」 names an item of 1-1-1, not a fourth level)
_ID_PARTS = LazyPattern(rf"{NUMBER_PARTS.pattern}|[{KATAKANA}]|(?<=[-－.．])[\u2460-\u2473]")


class Levels:
    """The levels known above the current row: (id, name) per slot, top first. Slot 0 is a
    heading above or inside the table; then the level columns; then a group row; then the
    project column where an item column rates below it. (A plain class, not a dataclass: one
    is defined at every start, and a dataclass compiles its methods then.)"""

    __slots__ = ("cells", "counters", "ordered", "slots", "typed")

    def __init__(self) -> None:
        self.slots: list[tuple[str, str] | None] = []
        self.counters: dict[tuple[int, str], int] = {}
        # (a level's slot, its ID) → its number as the body typed it, where planeval writes
        # it otherwise (1-1 typed 1.1, 3 typed Ⅲ): what the outputs show. By slot: one ID may
        # name levels of two depths (改革項目 1 of 基本方針1 is 1-1, and its 取組項目 typed 1.1)
        self.typed: dict[tuple[int, str], str] = {}
        self.ordered: set[str] = set()  # the IDs of levels numbered in order, none typed
        self.cells: dict[str, Location] = {}  # (a level's ID → the cell first naming it)

    def set(self, slot: int, own_id: str | None, name: str, typed: str = "") -> None:
        """Set a slot (clearing every slot below it); without an ID of its own, the level is
        numbered after the last one under the same parent. The level the slot holds, typed
        again (a level cell repeated on every row: the same ID, or the same name without
        one), continues it. ``typed``: its number as typed, where that is not its ID."""
        while len(self.slots) <= slot:
            self.slots.append(None)
        current = self.slots[slot]
        parent = self.parent_id(slot)
        if own_id is None:
            if current is not None and current[1] == name:
                return
            key = (slot, parent)
            last = self.counters.get(key, 0)
            if current is not None and (number := current[0].rpartition("-")[2]).isdigit():
                # (after the level it follows, whatever numbered that one: a 施策 given the
                # row's No. 1, then 「(2) 防犯…」 unnumbered, is 2 — not 1 again, one 施策)
                last = max(last, int(number))
            self.counters[key] = last + 1
            own_id = str(self.counters[key])
            self.ordered.add(_full_id(parent, own_id))
        full = _full_id(parent, own_id, typed)
        if typed and typed != full:
            self.typed[slot, full] = typed
        if current is not None and current[0] == full:
            return
        self.slots[slot] = (full, name)
        del self.slots[slot + 1 :]

    def note_typed(self, labels: dict[str, str], *identifiers: str) -> None:
        """Each of the levels ``identifiers`` (a rated row's policy and direction) into
        ``labels`` (SheetResult.level_labels) with its number as typed, where it differs."""
        for identifier in identifiers if self.typed else ():
            if identifier and (typed := self.typed_of(identifier)):
                labels.setdefault(identifier, typed)

    def typed_of(self, identifier: str, *, lowest: bool = False) -> str:
        """The number as typed of the level ``identifier`` holds — the topmost one holding
        it, or the ``lowest`` (a rated row's project) —, "" where typed as its ID."""
        if not self.typed:
            return ""  # (most tables: every number typed as its ID)
        slots = range(len(self.slots))
        for slot in reversed(slots) if lowest else slots:
            held = self.slots[slot]
            if held is not None and held[0] == identifier:
                return self.typed.get((slot, identifier), "")
        return ""

    def parent_id(self, slot: int) -> str:
        for value in reversed(self.slots[:slot]):
            if value is not None:
                return value[0]
        return ""

    def path(self) -> list[tuple[str, str]]:
        return [value for value in self.slots if value is not None]


def level_id(
    text: str, words: tuple[str, ...] = HEADING_WORDS, *, bare: bool = False
) -> tuple[str | None, str, str]:
    """A level cell's ID, name and number as typed (``split_own_id``), its number also read
    in brackets or circled, 「(3) 地域の安全を守る」 → ("3", "地域の安全を守る", "(3)"), as a group
    row's is: the level is its typed number, not its place among the cells (a 施策 (3) after
    (1), or first under its 基本目標, is no 施策 2 or 1); and after the level's word, as a
    heading types it (``words``: 「基本目標1 安全なまち」, 「施策1-1 防災力の向上」): the word
    is the level's, said by the report's headings, not part of its name. ``bare``: a level
    cell's word and number with no name, 「柱１」 (review 144 #8), is that level, unnamed — no
    name of its own to differ from the other files' 「Ⅰ 市民サービスの向上」."""
    own_id, name, typed = split_own_id(text)
    if own_id is None and text[:1] not in _LEVEL_MARKS and (worded := _worded(text, words, bare)):
        return worded
    if own_id is None and text[:1] in _LEVEL_MARKS:
        parsed = parse_item(text)
        if parsed.number is not None and parsed.name and label_kind(parsed.label) in _ONE_NUMBER:
            return str(parsed.number), parsed.name, parsed.label
    return own_id, name, typed


@functools.lru_cache(maxsize=4096)  # (a level cell is typed again on every row)
def _worded(text: str, words: tuple[str, ...], bare: bool) -> tuple[str, str, str] | None:
    """「基本目標1 名前」 → ("1", "名前", ""), 「基本方針Ⅰ 名前」 → ("1", "名前", "Ⅰ"), 「施策1.1
    名前」 → ("1-1", "名前", "1.1"); None where no level word and number lead a name."""
    if (heading := level_heading(text, words)) is not None and (heading[2] or bare):
        _, own_id, name, typed = heading
        return own_id, name, typed_id(typed, own_id)
    if (sub := sub_heading(text, words)) is not None:
        own_id, name, typed = sub
        return own_id, name, typed_id(typed, own_id)
    return None


# the level numbers read in a level's cell beside split_own_id's: (3), （３）, ③, 3)
_LEVEL_MARKS = frozenset(
    "(（0123456789０１２３４５６７８９" + "".join(map(chr, range(0x2460, 0x2474)))
)
_ONE_NUMBER = frozenset({"(0)", "①", "0)"})


def number_id(number: str) -> str | None:
    """A number column's value as an ID: "1.1.1" and "1-1-1" → "1-1-1", "1-3-(1)" → "1-3-1",
    "Ⅲ" → "3", "(1)ア" → "1-ア", "1-1-①" → "1-1-1", "①" alone → "1"; None without a number."""
    if len(number) == 1 and "\u2460" <= number <= "\u2473":
        return str(number_value(number))  # (東浜市's 項目 ①: its 事業 1, typed so — review 128)
    parts = _ID_PARTS.findall(number)
    values = [part if part in KATAKANA else str(number_value(part)) for part in parts]
    return "-".join(values) if NUMBER_PARTS.search(number) else None


def extends(number: str, project_id: str | None) -> bool:
    """Whether a number column's value is the project's number and one more part: the rated
    row's own ID, not the project's (a city's 1.2 under 改革項目 1 — "1 事務事業の見直し" —, as
    its plan numbers it); ``project_id`` the project's ID as its cell or level gives it
    (under a heading too: 1.2 under the level 1-1, typed "(1) …" under 基本方針1)."""
    if project_id is None or number[-1:] not in DIGITS:
        return False  # (most rows' numbers: "", or one 1-1-1 of the project's own)
    full = number_id(number)
    if full is None or full == project_id or "-" not in full:
        return False
    upper = full.rpartition("-")[0]
    return upper == project_id or project_id.endswith(f"-{upper}")


def row_number(number: str, typed: str, project_id: str, running: bool) -> str:
    """The rated row's number in a table of two number columns (No. | 番号 | …): the 番号,
    ``typed``, where it is the row's own (``extends``: 1.2 under 改革項目 1, the No. beside it
    then only a running number, which rows inserted above shift); else the No., marked as a
    running one (「1.1.1 No.2」) beside the projects' 1.1.1 where an item column rates below
    them (``running``: 浜松市's No. | 番号 | 取組 | KPI)."""
    if typed and extends(typed, project_id):
        return typed
    return RUNNING + number if running and number.isdigit() else number


def _full_id(parent: str, own_id: str, typed: str = "") -> str:
    """A level's ID under its parent: a whole ID ("1-1-1") as it is; a number of the level
    alone ("3") after the parent's; "1-ア" ("(1)ア") under its group 1 said once ("4-1-ア"),
    and "1-1" typed "(1)-1" under 基本方針 (1) of 基本目標2 ("2-1-1": a number led by a
    bracketed one, as its level's heading typed it, is no whole ID — review 128)."""
    first, _, rest = own_id.partition("-")
    under = parent.rpartition("-")[2] == first  # (its first number its parent's own)
    whole = "-" in own_id and own_id.replace("-", "").isdigit()
    if not parent or (whole and not (under and typed.startswith(("(", "（")))):
        return own_id
    if rest and under:
        return f"{parent}-{rest}"
    return f"{parent}-{own_id}"


@functools.cache  # (compiled when a table first needs it: not at start-up)
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[int, str]]:
    """The numbering a label or name starts with: digits, katakana, circled numbers or Roman
    numerals, in brackets or joined by . and -, followed by a space or nothing ("ア",
    "(1)ア 名前", "1.1 名前", "② 名前"; not "オンライン…", whose first katakana is a word's);
    "(1) ア 名前" spaced; and each character's shape."""
    label = re.compile(
        r"^\s*((?:[(（]?(?:[0-9０-９]+|[ア-ン]|[\u2460-\u2473]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])[)）]?[.．\-－]?)+)"
        r"(?=[\s　、]|$)"
    )
    spaced = re.compile(r"^(\s*[(（][0-9０-９]+[)）])[\s　]+(?=[ア-ン](?:[\s　]|$))")
    shapes = str.maketrans(
        {
            **{char: "0" for char in "0123456789０１２３４５６７８９"},
            **{char: "ア" for char in KATAKANA},
            **{chr(code): "①" for code in range(0x2460, 0x2474)},
            **{char: "Ⅰ" for char in "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"},
            "（": "(", "）": ")", "．": ".", "－": "-",
        }
    )  # fmt: skip
    return label, spaced, shapes


def label_kind(text: str) -> str | None:
    """The shape of the numbering ``text`` starts with, whatever its numbers: "(1)ア 名前" and
    "(1) ア 名前" → "(0)ア", "イ" → "ア", "1.12 名前" → "0.0", "② 名前" → "①"; None without numbering. Rows of
    one level share a shape; a deeper level has another ((1) over ア, 1.1 over 1.1.1)."""
    label, spaced, shapes = _label_patterns()
    match = label.match(spaced.sub(r"\1", text))
    if match is None:
        return None
    return re.sub("0+", "0", match[1].translate(shapes)).rstrip(".-")


def item_number(number: str, name: str, whole: WholeId | None = None) -> ItemNumber:
    """The rated row's number: from the number column ("1.1.1" → 1, labelled "1.1.1"; ``whole``
    where it numbers every level, "1-(1)-②" → 2), or from the start of its name ("(1)ア 名前")."""
    if whole is not None:
        return ItemNumber(whole.value(), number, name)
    if number:
        if not number.isascii():  # (「１－１」 shown as 1-1, as its ID reads: review 49)
            if len(number) == 1 and "\u2460" <= number <= "\u2473":  # (取組番号 ③: review 88)
                return ItemNumber(ord(number) - 0x2460 + 1, number, name)
            number = number.translate(PLAIN_DIGITS)
        parts = NUMBER_PARTS.findall(number)
        value = number_value(parts[-1]) if parts else None
        return ItemNumber(value, number, name)
    parsed = parse_item(name)
    if parsed.number is not None:
        return parsed  # (「(1)ア 名前」 numbered (1)ア by parse_item)
    if (lower := lower_mark(name)) is not None:  # (「イ　名前」「イ．名前」「（イ）名前」: イ)
        return ItemNumber(None, lower[0], lower[1] or name)
    own_id, rest, typed = split_own_id(name)
    if own_id is not None and "-" in own_id and rest:
        # 「1-1-1 電子申請」 under 事業 1-1 (施策 | 事業 | 取組, each level's ID in its cell)
        return ItemNumber(int(own_id.rpartition("-")[2]), typed or own_id, rest)
    return parsed


def numbered_project(
    texts: dict[str, str], role: str = "number", rows: bool = False
) -> tuple[str | None, str, str]:
    """The ID, name and number as typed (split_own_id) of a project whose number stands in a
    column of its own beside its name ("1-1-1" | "電子申請の拡充"; ``role``: that column's,
    "project_number" where the number column numbers the rows); without a number, one at the
    start of its name (which a name carrying one keeps: 「1.1 窓口サービスの改善」 beside a
    running No. 1 is 1.1). ``rows``: the column numbers the rated rows (1.1, 1.2 under one
    改革項目 「事務事業の見直し」): the project's number is then the upper part of theirs (1)."""
    own_id, name, typed = level_id(texts.get("project", ""))
    number = texts.get(role)
    if own_id is None and number:
        own_id = number_id(number)
        # (a number of its own, 「1」, kept as typed: under 基本方針1 its ID is 1-1 — review 89)
        typed = typed_id(number, own_id) or own_id or ""
        if own_id is None and "再掲" in number:  # (No. 「再掲」: numbered in order only to keep
            typed = number.strip()  # it apart, shown as typed, never invented — review 161 #8)
        if rows:
            if own_id is None or "-" not in own_id:
                return None, name, ""  # (a running No. 2: the project numbered in order)
            own_id, typed = own_id.rpartition("-")[0], ""
    return own_id, name, typed


def numbers_rows(
    grid: SheetGrid, row: int, columns: dict[str, int], role: str, texts: dict[str, str]
) -> bool | None:
    """Whether the number column ``role`` beside the project column numbers the rated rows,
    not the projects (a city's 1.1, 1.2 … typed as text under its 改革項目): its number extends
    the project's own (1.2 beside 「1 事務事業の見直し」, ``extends``), or, the project
    numbered by nothing else, the row below holds another number of the same upper parts
    (1.1 over 1.2) under the same project — its cell blank, merged or typed again. None where
    the row below holds the next running No. (1 and 2) — one project of two rows, two projects
    of one name, or a project of one row beside the next — or nothing, the table's last row:
    the table tells, or the sheet's other tables (running_numbers.py). A note below (「※3.3は…」,
    its number another row's) is no row of the table: the table's last row (review 131)."""
    number, project = texts.get(role, ""), texts["project"]
    own_id = split_own_id(project)[0]
    dotted = "." in number or "-" in number
    # (a No. of one number beside a project numbered in two parts, 7 beside 「Ⅰ-2 行政の…」
    # (1-2), never the project's: told as beside a project numbered by nothing — review 170 #6)
    plain = own_id is not None and "-" in own_id and number.isdigit()
    if (own_id is not None and not plain) or not (dotted or number.isdigit()):
        return extends(number, own_id)
    if number.isdigit() and _BRACKETED.match(project):  # (No. 36 beside 「(1) 民間委託の推進」,
        return True  # numbered of its own: the rows', in a table of one row too — review 72)
    below = grid.row(row + 1)
    cells = [
        "" if (row + 1, column) in grid.continued or column >= len(below) else below[column]
        for column in (columns[role], columns["project"])
    ]
    under, name = (clean_text(cell) for cell in cells)
    if is_note(under):  # (「※3.3は総務課が評価を記入します。」 under the table: no row of it)
        under = ""
    if not dotted:  # (a No. 1, 2 … beside one name typed again on each row, as 西区 merged it
        # down: review 50 — or two projects of one name, 平田市's No. 6 and 7: review 89; or
        # beside the next project's name, or last in its table: a project of one row, whose No.
        # the table's other projects, or the sheet's other tables, tell — 守山区's 取組み内容
        # numbered through its 柱, one 取組み項目 of one row: review 102)
        if under.isdigit() and under != number:
            return None
        return None if not under and not name and not _rated(below, columns) else False
    return under != number and name in ("", project) and same_upper(number, under)


def _rated(line: list[object], columns: dict[str, int]) -> bool:
    """Whether a row holds a status: a rated row of the table, not a blank row or a note under
    it (or a row past the sheet's last)."""
    column = columns.get("status", len(line))
    return column < len(line) and bool(clean_text(line[column]))


_BRACKETED = LazyPattern(r"[(（]\s*[0-9０-９]+\s*[)）]")  # (only beside a No. column)


def same_upper(number: str, other: str) -> bool:
    """Whether two numbers of a column are two rows' of one project: 1.1 and 1.2 (1-1, 1-2)."""
    first, second = number_id(number), number_id(other)
    if first is None or second is None or "-" not in first:
        return False
    return first.rpartition("-")[0] == second.rpartition("-")[0]


def group_name(text: str) -> tuple[str, str]:
    """ "(1) 情報モラル教育の推進" keeps its number as an ID, "1 情報モラル教育の推進", and as
    typed, "(1)" (own_ids.typed_id): what the outputs show, not the 1-1 it makes under its
    基本目標 1 (as a group numbered "(1)" in a number column is shown)."""
    parsed = parse_item(text)
    if parsed.number is None:
        return text, ""
    return f"{parsed.number} {parsed.name}", typed_id(parsed.label, str(parsed.number))
