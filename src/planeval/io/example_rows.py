"""A form's example row (記入例) left in a reply: the grey row a survey's form carries under its
header — 「記入例」 in its No. cell, 「1 行政サービスのデジタル化」 … 「（例）対象手続を拡大する予定」
「○○課」 — that a clerk left in and typed the body's rows below. It is no item of the body's: it is
never counted, and its names name no level (review 97: counted as a B, its names published as
the body's own policy, 施策 and 取組項目 of the same numbers). Said in one notice per file at its
cell — a slip that changes nothing once left out, not a warning.

A row is an example by a mark: a cell holding only 記入例 / 例 / （例） / 【記入例】 / 見本 … (its
number cell, or a cell beside the table), that one pointed at the row, 「←記入例」「※記入例」, or
a number or name cell starting with one in brackets (「（例）電子申請の推進」) or ending so
(「① ○○○○の実施（記入例）」: review 100). A name merely holding 例 (例規, 事例, 条例) is no mark.
Looked for in the rows right under a header row, where forms put it, and further down only in
a row the general reader is given that holds such a cell as typed (a set's test in C: no work
on the common row) or whose name cell ends with one, 「…（記入例）」 sorted down among the body's
rows (one test of one cell; the common row's reader, item_rows.py, leaves such a name to it)."""

from __future__ import annotations

import unicodedata

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import SheetResult, TableState
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text

_WORDS = r"記入例|記載例|入力例|記入見本|見本|例"
_OPEN, _CLOSE = r"[(\[<【〔《〈「]", r"[)\]>】〕》〉」]"
# (compared NFKC, without spaces: （例） is (例) there, ［例］ [例])
# a mark pointed at its row from beside it: 「←記入例」「※記入例」「記入例→」 (＜－ is <- there)
_BEFORE, _AFTER = r"(?:[←⇐⬅※*→]|<-+)*", r"(?:[←→⇒➡]|-+>)*"
_WHOLE = LazyPattern(rf"{_BEFORE}{_OPEN}?(?:{_WORDS})\d*{_CLOSE}?:?(?:です)?{_AFTER}")
_LEADING = LazyPattern(rf"{_OPEN}(?:{_WORDS})\d*{_CLOSE}|(?:記入例|例)\d*[:)]")
_OPENING = "(（[［<＜【〔《〈「"
# a name ending with the mark in brackets: 「○○○○の実施（記入例）」 (never 「…（事例）」「…（例規）」)
_TRAILING = LazyPattern(rf"{_OPEN}(?:{_WORDS})\d*{_CLOSE}$")
# the marks as typed that let a row further down the table be looked at (most rows hold none)
TYPED_MARKS = frozenset(
    (
        "記入例",
        "例",
        "（例）",
        "(例)",
        "【例】",
        "【記入例】",
        "〔例〕",
        "＜例＞",
        "見本",
        "記載例",
        "入力例",
        "（記入例）",
        "(記入例)",
        "←記入例",
        "← 記入例",
        "←例",
        "※記入例",
        "記入例→",
    )
)
# a name's last characters where it ends with such a mark (「…（記入例）」「…(見本)」), asked of
# one cell of a row further down (ends_marked) and once of each item cell's value (item_rows.py)
ENDINGS = ("例）", "例)", "例】", "例］", "例]", "本）", "本)", "本】")
_NAME_ROLES = ("number", "project_number", "project", "item", "sub_item")
_SHOWN = 3  # example rows named in the notice; the rest counted
_QUOTED = 30  # characters of the item's name quoted


def example_mark(cells: list[object], table: TableState) -> tuple[int, str] | None:
    """The column and text of the mark that makes the row a form's example row, if one does."""
    names = {table.columns[role] for role in _NAME_ROLES if role in table.columns}
    if table.header is not None:
        names.update(table.header.levels)
    for column, value in enumerate(cells):
        if type(value) is not str or not (text := clean_text(value)):
            continue
        compacted = "".join(unicodedata.normalize("NFKC", text).split())
        if "例" not in compacted and "見本" not in compacted:  # (every mark's word holds one)
            continue
        if column != table.status_column and _WHOLE.fullmatch(compacted):
            return column, text
        if column in names and _LEADING.match(compacted):
            return column, text
        if column in names and _TRAILING.search(compacted):  # (its mark as typed quoted)
            return column, text[max(map(text.rfind, _OPENING)) :]
    return None


def name_column(table: TableState) -> int:
    """The column of the table's rated rows' names (its item's, else its project's), or -1."""
    return table.columns.get("item", table.columns.get("project", -1))


def ends_marked(cells: list[object], at: int) -> bool:
    """Whether the name cell ``at`` (name_column) ends with a mark, 「…（記入例）」: the one
    question asked of a row further down that holds none of TYPED_MARKS."""
    name = cells[at] if 0 <= at < len(cells) else None
    return type(name) is str and name.rstrip().endswith(ENDINGS)


def skip_examples(
    rows: list[tuple[int, list[object]]], index: int, table: TableState, result: SheetResult
) -> int:
    """The index of the first row at or after ``index`` (the row right under a header row) that
    is not a form's example row, each example row passed over noted in ``result.examples``
    (blank rows between them passed over too)."""
    at, end = index, len(rows)
    while at < end:
        row, cells = rows[at]
        if cells.count(None) + cells.count("") == len(cells):
            at += 1
            continue
        if not note_example(row, cells, table, result):
            break
        at += 1
        index = at
    return index


def note_example(row: int, cells: list[object], table: TableState, result: SheetResult) -> bool:
    """Whether the row is a form's example row; noted in ``result.examples`` where it is."""
    mark = example_mark(cells, table)
    if mark is None:
        return False
    item = table.columns.get("item", -1)
    name = clean_text(cells[item]) if 0 <= item < len(cells) else ""
    result.examples.append((cell_ref(row, mark[0]), mark[1], name))
    return True


def examples_said(file: str, grids: list[SheetGrid], sheets: list[SheetResult]) -> list[Problem]:
    """The one notice of the file's example rows left out, at the first one's cell (none
    where it has none)."""
    found = [
        (grid.name, *example)
        for grid, sheet in zip(grids, sheets, strict=True)
        for example in sheet.examples
    ]
    if not found:
        return []
    sheet, cell, mark, name = found[0]
    several = len({where for where, *_ in found}) > 1
    places = "、".join(
        f"「{where}」の {at}" if several else at for where, at, _mark, _name in found[:_SHOWN]
    )
    more = f" ほか {len(found) - _SHOWN} 行" if len(found) > _SHOWN else ""
    quoted = name if len(name) <= _QUOTED else name[: _QUOTED - 1] + "…"
    what = f"（{quoted} など）" if quoted and len(found) > 1 else f"（{quoted}）" if quoted else ""
    rows = "この行" if len(found) == 1 else f"{places}{more} の行"
    return [
        Problem(
            Location(file, sheet, cell),
            Severity.NOTICE,
            f"{rows}は「{mark}」とある様式の記入例{what}のため、数えていません"
            f"（その行の名前も{_levels(sheets)}の名前には使っていません）",
            "記入例の行は消してから提出するよう伝えてください。このままでも集計は変わりません",
        )
    ]


def _levels(sheets: list[SheetResult]) -> str:
    """The levels the file's rows have, in planeval's words (message_words says them in the
    body's): a direction only where a row has one — 基本目標 › 施策 › KPI forms have none
    (review 104 #9: 「基本目標・取り組みの方向性・施策」), a policy unless no row read has one."""
    entries = [entry for sheet in sheets for entry in sheet.entries]
    policy = not entries or any(entry.policy_id for entry in entries)
    direction = any(entry.direction_id for entry in entries)
    levels = ("情報化政策",) * policy + ("取り組みの方向性",) * direction + ("情報化計画事業",)
    return "・".join(levels)
