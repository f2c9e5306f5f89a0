"""A table with two issue columns (評価の理由 | 今後の方向性, 取組内容・課題 | 備考): the header row
reads the title ISSUE_PREFERENCE puts first (header_columns._find_columns), and its cells
below decide what is said of the other — nothing where it is empty (review 54), else a notice
naming it with the [layout.titles] line that reads it. Where the preferred column holds no text
below the header and the other does (an empty 備考 added beside a filled 取組内容・課題), the filled
one is read, unsaid (review 114: the issues were lost) — unless the settings chose the title."""

from __future__ import annotations

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.headers import HeaderRow, Titles, title_key
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text


def choose_issue(
    grid: SheetGrid,
    row: int,
    columns: dict[str, int],
    header: HeaderRow,
    titles: Titles,
    *,
    file: str,
    problems: list[Problem],
) -> None:
    """``columns``' "issue" the filled one of the table's issue columns (header row ``row``),
    and a notice in ``problems`` of each other holding texts."""

    def filled(column: int) -> bool:
        return any(clean_text(grid.value(at, column)) for at, _ in grid.iter_rows() if at > row)

    others = [(column, title) for column, title in header.unread_issues if filled(column)]
    read = columns["issue"]
    if others and title_key(grid.value(row, read)) not in titles.own_issues and not filled(read):
        (columns["issue"], _title), *others = others  # (the empty one: nothing lost, unsaid)
    said = clean_text(grid.value(row, columns["issue"]))
    for column, title in others:
        problems.append(
            Problem(
                Location(file, grid.name, cell_ref(row, column)),
                Severity.NOTICE,
                f"「{title}」の列は読んでいません（課題等の列が二つあるため、"
                f"「{said}」の列を課題等として読みました）",
                f"「{title}」の列を読むなら、planeval.toml の [layout.titles] に"
                f' issue = ["{title}"] と書いてください（「{said}」の列のままでよければ'
                f' issue = ["{said}"] と書くと、このお知らせは出ません）',
            )
        )
