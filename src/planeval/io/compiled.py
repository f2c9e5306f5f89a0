"""Several bodies' answers compiled into one workbook: a prefecture's list with a 団体名 column
(one row per body and 取組), or a binder of the replies, one sheet per body each stating its
団体名 above its table. planeval reads a workbook as one body's answer: read so, every body's
1-1 would be one item rated many times — 21 bodies' 実施済 counted as 1, with exit 0, or one
body's blank cell filled with another's status (review 52). Such a workbook is an error at the
column or the sheets that show it and is not counted, with the fix: one workbook per body,
read with --bodies file (and --by item for each 取組's bodies): the command to split it names
the workbook as given, to work when pasted (review 139 R1: its folder was dropped)."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from typing import NamedTuple

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.headers import title_key
from planeval.io.stated_heading import stated
from planeval.io.tables import SheetResult
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.read_records import ReadResult
from planeval.text import clean_text, comparable_name, pasted_path

# A column of bodies' names: 団体名, 自治体名, 市町村名, 市区町村名, 回答団体 …
_BODY_TITLE = LazyPattern(
    r"^(?:回答)?(?:団体|自治体|市区町村|区市町村|市町村)(?:名|名称)?$|^回答団体$"
)
_BODY_CHARS = frozenset("団治町")  # (a character every _BODY_TITLE holds)
_SHOWN = 3  # bodies named in the message; the rest counted
_FIX = (
    "planeval split {file} -o 団体別/ で団体ごとのブック（表の上に「団体名 | 長野市」）に分け、"
    "planeval summarize 団体別/ --bodies file で読んでください（取組ごとの団体数は --by item、"
    "団体ごとの件数は --by body）"
)


class BodyColumn(NamedTuple):
    """A table's column of bodies' names: its sheet, header row and column, and the bodies
    its cells name, in the order met."""

    grid: SheetGrid
    header: int
    column: int
    title: str
    bodies: tuple[str, ...]


def compiled_bodies(
    file: str, grids: list[SheetGrid], sheets: list[SheetResult], stated_body: str | None = ""
) -> Problem | None:
    """The error of a workbook holding several bodies' answers (its sheets read into
    ``sheets``, example sheets set aside), or None for one body's workbook; ``stated_body``
    the first 団体名 its sheets state (None: none does, no sheet to look at for one)."""
    answered = answered_sheets(grids, sheets)
    if (found := body_column(answered)) is not None:
        where = Location(file, found.grid.name, cell_ref(found.header, found.column))
        letter = where.cell.rstrip("0123456789") if where.cell else ""
        said = f"「{found.title}」の列（{letter}列）に{_named(list(found.bodies))}の行がまとめられています"
        return _error(where, said)
    several = len(answered) > 1 and stated_body is not None  # (one sheet, or none stating one)
    if several and len(bodies := sheet_bodies(answered)) > 1:
        first = next(iter(bodies.values()))[0].name
        named = [f"{name}（シート「{sheets[0].name}」）" for name, sheets in bodies.items()]
        more = f" ほか {len(bodies) - _SHOWN} 団体" if len(bodies) > _SHOWN else ""
        said = f"シートごとに違う団体名が書かれています（{len(bodies)} 団体: {'、'.join(named[:_SHOWN])}{more}）"
        return _error(Location(file, first), said)
    return None


def answered_sheets(
    grids: list[SheetGrid], sheets: list[SheetResult]
) -> list[tuple[SheetGrid, SheetResult]]:
    """The sheets holding a table (a form's example sheets set aside: emptied), rated in the
    scale or not (a first run's list, its statuses not yet set: review 57)."""
    return [(grid, sheet) for grid, sheet in zip(grids, sheets, strict=True) if sheet.headers]


def body_column(answered: list[tuple[SheetGrid, SheetResult]]) -> BodyColumn | None:
    """The first table column titled as bodies' names (団体名) holding two bodies or more."""
    for grid, sheet in answered:
        rows = grid.rows
        assert isinstance(rows, dict)
        starts = sorted({row for row, _heading, _sub in sheet.headers})
        for index, row in enumerate(starts):
            for column, title in enumerate(rows.get(row, ())):
                if type(title) is not str or _BODY_CHARS.isdisjoint(title):
                    continue  # (most titles: no 団体, 自治体 or 市町村 in them, told in C)
                if not _BODY_TITLE.match(title_key(title)):
                    continue
                end = starts[index + 1] if index + 1 < len(starts) else max(rows) + 1
                bodies = tuple(
                    dict.fromkeys(
                        text
                        for below in range(row + 1, end)
                        if column < len(cells := rows.get(below, ()))
                        and (text := clean_text(cells[column]))
                        and not text.isdecimal()  # (a 団体コード pasted with a form's heading)
                    )
                )
                if len(bodies) > 1:
                    return BodyColumn(grid, row, column, clean_text(title), bodies)
    return None


def sheet_bodies(answered: list[tuple[SheetGrid, SheetResult]]) -> dict[str, list[SheetGrid]]:
    """Each body the sheets' heading lines state (a binder of replies) → its sheets, named as
    first written (written otherwise, one body: 白石 野市 is 白石野市)."""
    named: dict[str, str] = {}  # comparable name → as first written
    bodies: dict[str, list[SheetGrid]] = {}
    for grid, _sheet in answered:
        if body := stated([grid]).body:
            first = named.setdefault(comparable_name(body), body)
            bodies.setdefault(first, []).append(grid)
    return bodies


def stated_bodies(grids: list[SheetGrid]) -> tuple[tuple[str, str], ...]:
    """Each body the sheets' heading lines state, as first written, with the code it states
    ("" where none): several of a binder of replies (read with --bodies file, review 137 #1:
    its bodies held in it, none of them unanswered), one or none of a body's workbook."""
    named: dict[str, tuple[str, str]] = {}
    for grid in grids if len(grids) > 1 else ():
        if body := (heading := stated([grid])).body:
            named.setdefault(comparable_name(body), (body, heading.code or ""))
    return tuple(named.values())


def _named(bodies: list[str]) -> str:
    more = f" ほか {len(bodies) - _SHOWN} 団体" if len(bodies) > _SHOWN else ""
    return f" {len(bodies)} 団体（{'、'.join(bodies[:_SHOWN])}{more}）"


def not_counted(result: ReadResult, said: Problem, body: str) -> ReadResult:
    """``result`` of such a workbook: ``said``, and nothing counted (its body, if asked for
    with --bodies, answered and uncounted)."""
    result.problems.append(said)
    result.leave_out([said.location.file])
    if body:
        result.file_bodies[said.location.file] = str(body)
    return result


def _error(where: Location, found: str) -> Problem:
    return Problem(
        where,
        Severity.ERROR,
        f"{found}。planeval は1つのブックを1つの団体の回答として読むため、このままでは別々の"
        "団体の同じ番号の取組を1件として数えてしまいます。このブックは数えていません",
        _FIX.format(file=pasted_path(where.file)),
        reason="複数の団体をまとめたブック",
    )
