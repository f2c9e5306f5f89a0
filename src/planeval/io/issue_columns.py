"""A table with two issue columns (評価の理由 | 今後の方向性, 取組内容・課題 | 備考): the header row
reads the title ISSUE_PREFERENCE puts first (header_columns._find_columns), and its cells
below decide what is said of the other — nothing where it is empty (review 54), else a notice
naming it with the planeval.toml lines that keep it or leave it out knowingly. Where the
preferred column holds no text below the header and the other does (an empty 備考 added beside
a filled 取組内容・課題), the filled one is read, unsaid (review 114: the issues were lost) —
unless the settings chose the title.

Both titles in [layout.titles] issue keep both: each rated row's issue text is its texts, left
to right, each on its line after its column's title (「評価の理由：…」「今後の方向性：…」), in
every output that shows the issue (review 148 #1: 枚方市's form publishes the reason for each
rating and the direction, and one of them was dropped, unsaid where [wording] named the other).
A title in [columns] ignore is left out unsaid; no other setting drops a filled column unsaid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planeval.cells import split_ref
from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.headers import HeaderRow, Layout, Titles, title_key
from planeval.issue_parts import joined
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text

if TYPE_CHECKING:
    from planeval.io.tables import SheetResult, TableState

# the issue columns read together, left to right: (column, title as shown)
Issues = tuple[tuple[int, str], ...]


def choose_issue(
    grid: SheetGrid,
    row: int,
    columns: dict[str, int],
    header: HeaderRow,
    titles: Titles,
    layout: Layout,
    file: str,
    problems: list[Problem],
) -> Issues:
    """``columns``' "issue" the filled one of the table's issue columns (header row ``row``),
    and a notice in ``problems`` of each other holding texts that the settings neither keep
    nor ignore; the columns to read together where they keep several (else ())."""

    def filled(column: int) -> bool:
        return any(clean_text(grid.value(at, column)) for at, _ in grid.iter_rows() if at > row)

    others = [(column, title) for column, title in header.unread_issues if filled(column)]
    read = columns["issue"]
    own = titles.own_issues
    if others and title_key(grid.value(row, read)) not in own and not filled(read):
        (columns["issue"], _title), *others = others  # (the empty one: nothing lost, unsaid)
    said = clean_text(grid.value(row, columns["issue"]))
    kept = [(c, t) for c, t in others if title_key(said) in own and title_key(t) in own]
    left = {title_key(title) for title in layout.ignored}
    for column, title in others:
        if (column, title) not in kept and title_key(title) not in left:
            both = sorted(((column, title), (columns["issue"], said)))
            where = Location(file, grid.name, cell_ref(row, column))
            problems.append(_unread(where, title, said, [_shown(t) for _c, t in both]))
    if not kept:
        return ()
    return tuple(sorted((*kept, (columns["issue"], said))))


def _unread(where: Location, title: str, said: str, both: list[str]) -> Problem:
    """The notice of an issue column with texts not read: the line that keeps ``both`` (the
    two titles, left to right), or the one that leaves it out knowingly. (No 課題等 in it: the
    body's [wording] would say 「今後の方向性の列が二つ」 of 評価の理由 | 今後の方向性.)"""
    name, listed = _shown(title), ", ".join(f'"{shown}"' for shown in both)
    return Problem(
        where,
        Severity.NOTICE,
        f"「{name}」の列は読んでいません（文章を書く列が二つあるため、"
        f"「{_shown(said)}」の列だけを読みました）",
        f"両方を載せるなら、planeval.toml の [layout.titles] に issue = [{listed}] と書いて"
        f"ください（一つの欄に「{both[0]}：…」「{both[1]}：…」と列の名前を付けて載せます）。"
        f'「{name}」を載せないなら [columns] に ignore = ["{name}"] と書くと、'
        "このお知らせは出ません",
    )


def _shown(title: str) -> str:
    """A column's title as a label: its lines joined, a remark after ※ dropped."""
    return "".join(line.strip() for line in title.splitlines()).split("※")[0].strip()


def join_issues(table: TableState, grid: SheetGrid, result: SheetResult) -> None:
    """Each entry of ``table`` (the last of ``result``'s on its sheet below its header row) with
    its issue text the texts of its issue columns, each after its title (issue_parts.joined):
    the read column's as read (its continued lines too), the others' from the entry's row; the
    titles the sheet's issue_parts."""
    sheet, read, entries = grid.name, table.columns["issue"], result.entries
    result.issue_parts = tuple(_shown(title) for _column, title in table.issues)
    for at in range(len(entries) - 1, -1, -1):
        entry = entries[at]
        cell = entry.location.cell
        if entry.location.sheet != sheet or not cell:
            break
        row = int(split_ref(cell)[1]) - 1
        if row <= table.first_row:
            break
        texts = (
            (_shown(title), entry.issue if column == read else clean_text(grid.value(row, column)))
            for column, title in table.issues
        )
        entries[at] = entry._replace(issue=joined(texts))
