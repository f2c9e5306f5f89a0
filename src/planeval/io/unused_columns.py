"""A table's columns that nothing reads: a column a clerk added to the form (担当者, 備考２,
an inspection's 確認日) under a title no role claims. Its cells would be left out of every
count and output without a word; a filled one is said in a notice, once per file and column
(not per cell), with the fix.

Claimed are the columns of every role the header row finder knows (io/headers.py: the
project, item, status — every status column, read or not —, issue, sub-item, department,
number and mark columns and the levels, the config's [layout.titles] among them), the
indicator's value columns (io/value_columns.py: 策定時 | 現状値 …, a 集中改革プラン's 取組実績),
a description of the rows the form gives (事業の概要, 事業の目的・内容: no output shows one),
and the columns other notices already name (a second issue column, a column of numbered
levels: io/level_columns.py). A column is filled where a cell below its title, within its
table and not continued from a merge above, holds something not kept as the sheet's text (a
note or a table's 合計 row is read as text, for check). A filled column under no title at all
(a header cell left empty, or right of the last title) is said too, by its letter and its
first cells (untitled_notice)."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from planeval.cells import split_ref
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.header_titles import HEADER_TITLES, NAME_ALONE
from planeval.io.headers import HeaderRow, Titles, header_roles, title_key
from planeval.io.value_titles import is_description_title
from planeval.lazy_pattern import LazyPattern
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text
from planeval.unread_numbers import UNREAD_COLUMN, UNREAD_NUMBER, numbers_rows, offer

if TYPE_CHECKING:
    from planeval.io.tables import SheetResult

# The body's name or code typed on every row (団体名, 市町村コード): a roll-up form's, said
# nowhere — a column of several bodies' names is compiled.py's error
_BODY = LazyPattern(r"^(?:回答)?(?:団体|自治体|市区町村|区市町村|市町村)(?:名|名称|コード)?$")


class UnusedColumn(NamedTuple):
    """A filled column no role reads: its sheet, its title's cell (F5) and title as typed.
    (A named tuple: one is made for each such column of every table, and its own constructor
    costs about a third of a frozen dataclass's.)"""

    sheet: str
    cell: str
    title: str
    free: str = ""  # a role its table has no column of (issue, department), offered in the fix
    items: bool = False  # its table reads an item column: a title of an item's is not the names
    # under no title ("" title): its filled cells within the table, as (cell, value) — the
    # first few, and how many in all
    filled: tuple[tuple[str, str], ...] = ()
    total: int = 0

    @property
    def letter(self) -> str:
        return self.cell.rstrip("0123456789")


def unclaimed(
    grid: SheetGrid,
    row: int,
    header: HeaderRow,
    titles: Titles,
    figures: tuple[tuple[int, str], ...],
    said: set[str],
) -> "UnusedColumns | None":
    """The titled columns of the header row ``row`` that no role reads (``titles``: the
    layout's, by which every column with a role's title is claimed, read or not: a second
    issue column the config's title passed over; ``figures``: its value columns; ``said``:
    the titles a notice of numbered levels already names); None where there are none, nor
    an untitled one inside the header row or right of it (no row of the sheet is wider)."""
    cells = grid.row(row)
    titled, untitled, free, items = _candidates(cells, header, titles, figures)
    continued = grid.continued
    columns = tuple(
        (column, title)
        for column, title in titled
        if (row, column) not in continued and title not in said
    )
    inside = frozenset(column for column in untitled if (row, column) not in continued)
    if not columns and not inside and grid.widest_row() <= len(cells):
        return None  # (no column any row of it could fill: most tables, told without its rows)
    return UnusedColumns(grid, row, columns, (free, items), inside, len(cells))


def _candidates(
    cells: list[object], header: HeaderRow, titles: Titles, figures: tuple[tuple[int, str], ...]
) -> tuple[tuple[tuple[int, str], ...], tuple[int, ...], str, bool]:
    """The header row's columns no role claims, titled (with their titles) and untitled, the
    role a fix may offer and whether an item column is read (指標・目標 beside 取組み内容 is
    no second names column: review 188): all told by the header row's cells alone, so worked out once
    per distinct header row (find_columns shares one HeaderRow per distinct row of titles;
    the cells are compared too), the cells merged from above left to the caller."""
    known = _CANDIDATES.get(id(header))
    if known is not None and known[0] is header and known[1:4] == (titles, figures, cells):
        return known[4]
    roles = header_roles(cells, titles)
    claimed = {
        *roles,
        *header.columns.values(),
        *header.levels,
        *header.unsure_levels,
        *(column for column, _title in (*header.statuses, *header.unread_issues, *figures)),
    }
    titled = tuple(
        (column, title)
        for column, value in enumerate(cells)
        if column not in claimed
        and (title := clean_text(value))
        and not is_description_title(title_key(value))
        and not _BODY.match(title_key(value))  # (its body's name or code: io/compiled.py)
    )
    untitled = tuple(
        column
        for column, value in enumerate(cells)
        if column not in claimed and not clean_text(value)
    )
    free = next((role for role in _OFFERED if role not in roles.values()), "")
    found = titled, untitled, free, "item" in roles.values()
    if len(_CANDIDATES) < 4096:  # (the header is kept with them: its id names no other)
        _CANDIDATES[id(header)] = (header, titles, figures, list(cells), found)
    return found


_CANDIDATES: dict[
    int,
    tuple[
        HeaderRow,
        Titles,
        tuple[tuple[int, str], ...],
        list[object],
        tuple[tuple[tuple[int, str], ...], tuple[int, ...], str, bool],
    ],
] = {}
_OFFERED = {"issue": "課題等", "department": "所管"}  # (the roles a fix may offer: one column each)


class UnusedColumns:
    """One table's unclaimed titled columns while its rows are read: at its end, those filled.
    (A plain class, not a dataclass: one is defined at every start, and a dataclass compiles
    its methods then.)"""

    __slots__ = ("columns", "first_row", "free", "grid", "untitled", "width")

    def __init__(
        self,
        grid: SheetGrid,
        first_row: int,
        columns: tuple[tuple[int, str], ...],
        free: tuple[str, bool],
        untitled: frozenset[int],
        width: int,
    ) -> None:
        self.grid = grid
        self.first_row = first_row  # the header row
        self.columns = columns
        self.free = free  # (UnusedColumn.free and .items)
        # the header's empty cells no role claims, and its width: every column right of it
        # has no title either
        self.untitled = untitled
        self.width = width

    def flush(self, result: "SheetResult", end: int | None) -> None:
        """The filled ones into ``result.unused_columns`` (``end``: the row after the table,
        None for the sheet's end)."""
        grid = self.grid
        rows = grid.rows
        assert isinstance(rows, dict)
        last = end if end is not None else max(rows, default=-1) + 1
        below = list(filter(rows.__contains__, range(self.first_row + 1, last)))  # (in C)
        if result.examples:  # (a form's 記入例 row: its 「←記入例」 beside it said as that row's)
            examples = {int(split_ref(cell)[1]) - 1 for cell, _, _ in result.examples}
            below = [index for index in below if index not in examples]
        texts: set[str] | None = None  # (the sheet's cells kept as text: asked when needed)
        for column, title in self.columns:
            for index in below:
                cells = rows[index]
                if column >= len(cells) or (value := cells[column]) is None or value == "":
                    continue  # (most cells of such a column: empty, judged without cleaning)
                if (index, column) in grid.continued or not clean_text(value):
                    continue
                if texts is None:
                    texts = {text.location.cell or "" for text in result.texts}
                if cell_ref(index, column) in texts:
                    continue
                header = cell_ref(self.first_row, column)
                found = UnusedColumn(grid.name, header, title, *self.free)
                result.unused_columns.append(found)
                break
        self._untitled(result, below)

    def _untitled(self, result: "SheetResult", below: list[int]) -> None:
        """The filled columns under no title into ``result.unused_columns``, each with its
        filled cells (a cell kept as the sheet's text, a note beside the table, not one)."""
        grid, rows = self.grid, self.grid.rows
        assert isinstance(rows, dict)
        filled: dict[int, list[tuple[str, str]]] = {}
        inside, width = tuple(self.untitled), self.width
        if not inside and max(map(len, map(rows.__getitem__, below)), default=0) <= width:
            return  # (no untitled column inside the header, no row wider: told in C)
        for index in below:
            cells = rows[index]
            columns = (*inside, *range(width, len(cells))) if len(cells) > width else inside
            for column in columns:  # (most rows: none, or a few empty cells)
                if column >= len(cells) or (value := cells[column]) is None or value == "":
                    continue
                if (index, column) not in grid.continued and (text := clean_text(value)):
                    filled.setdefault(column, []).append((cell_ref(index, column), text))
        if not filled:
            return
        texts = {text.location.cell or "" for text in result.texts}
        for column in sorted(filled):
            own = [(cell, value) for cell, value in filled[column] if cell not in texts]
            if own:
                header = cell_ref(self.first_row, column)
                found = UnusedColumn(grid.name, header, "", filled=tuple(own[:2]), total=len(own))
                result.unused_columns.append(found)


def unused_notices(
    file: str, sheets: list["SheetResult"], ignored: tuple[str, ...] = ()
) -> list[Problem]:
    """One notice per column title and letter of the file's filled unclaimed columns, at the
    first sheet's title cell, naming the other sheets that have it; none of a column whose
    title is ``ignored`` (planeval.toml's [columns] ignore, compared as titles are)."""
    found: dict[tuple[str, str], list[UnusedColumn]] = {}
    known = {title_key(title) for title in ignored} - {""}
    for sheet in sheets:
        for column in sheet.unused_columns:
            if not (column.title and title_key(column.title) in known):
                found.setdefault((column.title, column.letter), []).append(column)
    return [
        _notice(file, columns) if columns[0].title else untitled_notice(file, columns)
        for columns in found.values()
    ]


def _notice(file: str, columns: list[UnusedColumn]) -> Problem:
    first = columns[0]
    others = list(dict.fromkeys(column.sheet for column in columns if column.sheet != first.sheet))
    also = f"（シート「{'」「'.join(others)}」の同じ列も）" if others else ""
    title = first.title
    said = (
        f"「{title}」の列（{first.letter}列）は読んでいません{also}。planeval の知らない列名のため、"
        "記入された内容は集計にもどの出力にも使われません"
    )
    if numbers_rows(title):  # (施策番号 read as nothing: the rows numbered file by file)
        where = Location(file, first.sheet, first.cell)
        notice = Problem(where, Severity.NOTICE, said, offer(title))
        return replace(notice, kind=UNREAD_NUMBER, value=title)
    # (a names column dropped loses the level it names: never 「数え方に影響はない」, review 103)
    effect = (
        "名称の列のため、読まないと、その名称の段（施策など）ごとには数えられません。"
        if _names(title, first.items)
        else "数え方に影響はないため、使わない列ならこのままで構いません。"
    )
    offered = _offer(title, first.free, first.items)
    return Problem(
        Location(file, first.sheet, first.cell),
        Severity.NOTICE,
        said,
        f"{effect}このお知らせを出さないなら"
        f' planeval.toml の [columns] に ignore = ["{title}"] と書いてください'
        + (f"。{offered}" if offered else ""),
        kind=UNREAD_COLUMN,
    )


def _offer(title: str, free: str, items: bool) -> str:
    """The fix offered to read the column: as the rows' names where its title names them (長与町's
    施策・取組, review 85: not 「課題等などに書き写して」), as the role its table lacks, else
    copying into a column read; none of an item's title beside the item column read (名古屋市
    の区の 指標・目標 beside 取組み内容, review 188: its targets are neither names nor 課題等),
    nor of a result's (its 結果 beside 評価: an outcome, no 課題等)."""
    if title_key(title) in NAME_ALONE:  # (名称 alone: whose, the title does not say)
        return "読ませるなら、列名を「施策名」のように、どの段の名称か分かるように書いてください"
    if _names(title, items):
        return (
            "名称の列として読ませるなら planeval.toml の [layout.titles] に"
            f' item = ["{title}"] と書いてください'
        )
    if items and _names(title):  # (an item's title alone)
        return ""
    if _RESULT.search(title_key(title)):  # (結果 beside 評価: what was done, no 課題等 — 188)
        return ""
    if free:
        return (
            f"{_OFFERED[free]}の列として読ませるなら planeval.toml の [layout.titles] に"
            f' {free} = ["{title}"] と書き、ほかの内容なら読まれる列に書き写してください'
        )
    return "内容を使うなら、読まれる列（課題等など）に書き写してください"


def _names(title: str, items: bool = False) -> bool:
    """Whether a title names the rows' names: a part of it (「・」「/」 between), a name or
    名称 after it dropped, is a level's, project's or item's title (施策・取組, 取組の名称) —
    not an item's where its table reads an item column (``items``)."""
    words = _name_words(("level", "project") if items else ("level", "project", "item"))
    parts = _PARTS.split(title_key(title))
    return any(part in NAME_ALONE or _NAMED.sub("", part) in words for part in parts)


@cache
def _name_words(roles: tuple[str, ...]) -> frozenset[str]:
    """The titles of ``roles`` (the levels, projects and items), as keys (worked out once: a
    read of many files with a column planeval does not read asks it of each)."""
    return frozenset(title_key(word) for role in roles for word in HEADER_TITLES[role])


_PARTS = LazyPattern(r"[・/]")
# a result's title (結果, 取組の結果: status-like, the row's outcome), offered as no role
_RESULT = LazyPattern(r"結果$")
_NAMED = LazyPattern(r"(?:の名称|名称|名)$")


def untitled_notice(file: str, columns: list[UnusedColumn]) -> Problem:
    """A filled column under no title: its letter and first cells, at the first of them."""
    first = columns[0]
    count = sum(column.total for column in columns)
    shown = "、".join(
        f"{cell}「{value if len(value) <= 15 else value[:14] + '…'}」"
        for cell, value in first.filled
    )
    more = f"ほか {count - len(first.filled)} 件" if count > len(first.filled) else ""
    others = list(dict.fromkeys(column.sheet for column in columns if column.sheet != first.sheet))
    also = f"（シート「{'」「'.join(others)}」の同じ列も）" if others else ""
    return Problem(
        Location(file, first.sheet, first.filled[0][0]),
        Severity.NOTICE,
        f"見出しのない{first.letter}列に記入があります（{shown}{more}）{also}。見出しがないため"
        "読んでおらず、記入された内容は集計にもどの出力にも使われません",
        f"内容を使うなら、{first.cell} に「課題等」など planeval の読む列名を書くか、読まれる列に"
        "書き写してください。使わない書き込みならこのままで構いません（数え方に影響はありません）",
    )
