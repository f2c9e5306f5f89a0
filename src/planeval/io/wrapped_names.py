"""An item's name wrapped onto the next row by its department (東浜市's 市民生活部, review 177 #1):
No. 12 「協働事業提案制度の」 with nothing rated, and on the row below, its No. cell blank,
「運用」 with the ratings. One item: read at the lower row with the upper row's No., project and
department and the two names joined, said once in a notice naming both rows. Before, the upper
row was a group row numbered 12 — a 改革項目 「1-12」 over an item 「運用」 — and No. 12 was
reported missing. Where the lower row states a project or department of its own, it may be an
item of its own whose No. was left out: the upper row's blank rating is then an error whose fix
names both rows (UNSURE). Asked by io/named.py of a numbered row with nothing rated, and of a
rated row with no No."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from planeval.cells import cell_ref
from planeval.io.grid import SheetGrid
from planeval.io.levels import item_number
from planeval.io.note_rows import is_note
from planeval.io.row_roles import role_texts
from planeval.io.tables import SheetResult, TableState
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text

WRAPPED, UNSURE = "wrapped", "unsure"

# the roles of a row naming an item of its own, not the next line of the name above
_ITS_OWN = ("project", "department")


def wrapped_pair(grid: SheetGrid, upper: int, table: TableState) -> str | None:
    """Whether the row ``upper`` — its own No. and name typed, nothing rated — and the row below
    it — no No. of its own, a name of no mark (「① …」) and a rating, the row after it no such
    row again (rows rated without numbers under a group row) — are one item whose name was
    wrapped (WRAPPED), may be (UNSURE: the lower row types a project or department), or not."""
    header = table.header
    if header is None or not {"number", "item"} <= table.columns.keys():
        return None
    if header.project_number and not table.numbers_rows:
        return None  # (the No. numbers the projects: the items below unnumbered)
    texts, own = role_texts(grid.row(upper), upper, table)
    if "status" in texts or not {"number", "item"} <= own:
        return None
    if not _continues(grid, upper + 1, table) or _continues(grid, upper + 2, table):
        return None
    _, below_own = role_texts(grid.row(upper + 1), upper + 1, table)
    return UNSURE if any(role in below_own for role in _ITS_OWN) else WRAPPED


def wrapped_rows(
    grid: SheetGrid,
    row: int,
    table: TableState,
    file: str,
    result: SheetResult,
    texts: dict[str, str],
    own: AbstractSet[str],
) -> tuple[dict[str, str], AbstractSet[str], str | None]:
    """A row of a named table as read: a rated row with no No. joined to the row above whose
    name it continues (joined_rows); and whether a numbered row with nothing rated is one whose
    name the next row continues (WRAPPED: read there), may be (UNSURE), or neither (None)."""
    if "number" not in table.columns:
        return texts, own, None  # (most named tables: no No. column)
    if "number" not in own and "status" in own:
        joined = joined_rows(grid, row, table, file, result)
        return (*joined, None) if joined is not None else (texts, own, None)
    if "status" in texts or "number" not in own:
        return texts, own, None
    return texts, own, wrapped_pair(grid, row, table)


def joined_rows(
    grid: SheetGrid, row: int, table: TableState, file: str, result: SheetResult
) -> tuple[dict[str, str], AbstractSet[str]] | None:
    """The texts and own roles of the rated ``row`` joined to the row above it whose name it
    continues (its No., project and department; the names and issue texts joined), said in a
    notice; None where it continues none."""
    upper = row - 1
    if upper <= table.first_row or wrapped_pair(grid, upper, table) != WRAPPED:
        return None
    texts, own = role_texts(grid.row(upper), upper, table)
    below, below_own = role_texts(grid.row(row), row, table)
    joined = {**texts, **below}
    joined["item"] = _joined_name(texts["item"], below["item"])
    if texts.get("issue") and below.get("issue"):
        joined["issue"] = f"{texts['issue']}\n{below['issue']}"
    number, status = texts["number"], below["status"]
    result.problems.append(
        Problem(
            Location(file, grid.name, cell_ref(upper, table.columns["item"])),
            Severity.NOTICE,
            f"{upper + 1}～{row + 1} 行目: 実施内容「{number} {texts['item']}」の名称が次の行に"
            f"「{below['item']}」と続き、達成状況はその行（{cell_ref(row, table.status_column)}）"
            f"に記入されています。2 行を 1 つの実施内容「{number} {joined['item']}」として、"
            f"達成状況「{status}」で数えました",
            f"別の実施内容なら {row + 1} 行目に番号を記入してください。名称を 1 つのセルにまとめる"
            "（セル内の改行は Alt+Enter）と、このお知らせは出ません",
        )
    )
    return joined, own | below_own


def wrapped_fix(row: int, wrapped: str | None) -> str:
    """The fix of the blank rating of ``row`` where the row below may continue its name or be an
    item of its own (``wrapped`` UNSURE); "" elsewhere."""
    if wrapped != UNSURE:
        return ""
    below = row + 2  # (its Excel row)
    return (
        f"次の {below} 行目は番号が空のまま達成状況が記入されています。1 つの実施内容の名称が"
        f" 2 行に分かれたのなら、{below} 行目の名称を {row + 1} 行目の名称に続けて入力し、達成状況を"
        f" {row + 1} 行目に移して {below} 行目を削除してください。別の実施内容なら、{row + 1} 行目"
        f"に達成状況を、{below} 行目に番号を記入してください"
    )


def _continues(grid: SheetGrid, row: int, table: TableState) -> bool:
    """Whether ``row`` could be a wrapped name's next line: a rating and a name of its own (no
    mark, no note), no No. of its own, no level column's cell of its own."""
    line = grid.row(row)
    texts, own = role_texts(line, row, table)
    if "status" not in own or "item" not in own or "number" in own:
        return False
    name = texts["item"]
    if item_number("", name).label or is_note(name):
        return False
    header = table.header
    assert header is not None
    return not any(
        column < len(line) and (row, column) not in grid.continued and clean_text(line[column])
        for column in header.levels
    )


def _joined_name(first: str, second: str) -> str:
    """A name wrapped at a line's end: joined as typed on one line (a space between two words
    of Latin letters or digits)."""
    spaced = first[-1:].isascii() and first[-1:].isalnum() and second[:1].isascii()
    return f"{first} {second}" if spaced and second[:1].isalnum() else f"{first}{second}"
