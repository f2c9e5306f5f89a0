"""Which column of a header row plays which role (io/headers.py keys the titles): the status
columns, the project and item columns — a second project or item title making the first a level
above it —, the level columns, the number columns and whose rows each numbers, the issue column
preferred where there are several. A body's tables repeat their header row: each distinct one is
worked out once (find_columns)."""

from __future__ import annotations

from planeval.io.header_titles import WEAK_STATUSES
from planeval.io.headers import DEFAULT_LAYOUT, HeaderRow, Titles, header_roles, title_key
from planeval.io.worded_numbers import numbered_level, place_numbers, worded_numbers


def find_columns(cells: list[object], titles: Titles | None = None) -> HeaderRow | None:
    """The header row's columns if ``cells`` is a header row, else None. A body's tables
    repeat their header row (one per policy, on every sheet, in every department's file):
    each distinct header row is worked out once, and the same HeaderRow given again."""
    if len(cells) - cells.count(None) - cells.count("") < 2:
        return None  # (two titles at least: a heading, a note or a direction row has one cell)
    titles = titles or DEFAULT_LAYOUT.vocabulary()
    # the cells and their types: an ExcelError (a str) equal to a title is no title, 1 no 1.0
    key = (titles, tuple(cells), tuple(map(type, cells)))
    header = _HEADERS.get(key)
    if header is None:
        header = _find_columns(cells, titles)
        if header is not None and len(_HEADERS) < 4096:
            _HEADERS[key] = header
    return header


_HEADERS: dict[tuple[Titles, tuple[object, ...], tuple[type, ...]], HeaderRow] = {}


def numbered_by(cells: list[object], titles: Titles, column: int) -> HeaderRow | None:
    """The header row ``cells`` with ``column`` read as the rows' number column: a level
    column under a project's title whose cells are numbers alone (項目 over 1-3-(1) beside
    事業名), read as if [layout.titles] number named it."""
    return _find_columns(cells, titles, column)


def _find_columns(cells: list[object], titles: Titles, number: int = -1) -> HeaderRow | None:
    roles = header_roles(cells, titles)
    if number in roles:
        roles[number] = "number"
    if "status" not in roles.values() or len(roles) < 2:
        return None
    columns: dict[str, int] = {}
    unread_issues: list[int] = []
    levels: list[int] = []
    statuses: list[tuple[int, str]] = []
    numbers: list[int] = []  # a second number column (No. | 番号 | 取組 | KPI)
    project_titled: list[int] = []  # (項目 | 事業名: the first a level, or the rows' numbers)
    indicator = -1  # (取組番号 | 取組 | 指標 | 策定時: the 取組's indicator, a figure)
    for index, role in roles.items():
        if role == "status":
            statuses.append((index, str(cells[index]).strip()))
        elif role == "level":
            levels.append(index)
        elif role not in columns:
            columns[role] = index
        elif role == "number":
            numbers.append(index)
        elif role == "issue":
            rank = titles.issue_rank(title_key(cells[index]))
            if rank < titles.issue_rank(title_key(cells[columns["issue"]])):
                columns["issue"], index = index, columns["issue"]
            unread_issues.append(index)  # (read beside it or said: io/issue_columns.py)
        elif role == "project":  # a second project title: the first is a level above it
            levels.append(columns[role])
            project_titled.append(columns[role])
            columns[role] = index
        elif role == "item":  # a second item title: the first names the unit above it
            from planeval.io.indicator_names import names_indicator  # (imported for it alone)

            if title_key(cells[index]) not in titles.own_items and names_indicator(
                cells, roles, columns["item"], index
            ):
                indicator = index  # (unless it names the first's indicator: review 101)
                continue
            if "project" in columns:
                levels.append(columns["project"])
            columns["project"], columns["item"] = columns["item"], index
    weak = {title_key(title) for title in WEAK_STATUSES}
    if len(statuses) > 1 and (strong := [s for s in statuses if title_key(s[1]) not in weak]):
        statuses = strong  # (取組状況 beside 評価: the text of what was done)
    if "project" not in columns and "item" not in columns:
        # a level column beside the status is the rated unit itself (施策 | 評価)
        if not levels:
            return None
        columns["project"] = levels.pop()
    if "item" not in columns and (named := numbered_level(cells, roles, columns, levels)):
        levels.remove(named)  # (改革項目番号 | 改革項目 | 取り組み項目: the 改革項目 numbered)
        columns["project"], columns["item"] = named, columns["project"]
    # (施策番号 | 施策名 | 取組番号 | 取組内容: each number its neighbour's, review 88)
    # (基本方針 | 事業番号 | 事業, the 事業 an item under a level: the nagoya preset's, review 203 #2)
    worded = worded_numbers(cells, roles, columns) if columns.keys() & {"project", "item"} else {}
    if worded:
        projects_numbered = place_numbers(columns, numbers, worded)
    else:
        if (
            numbers and "project" in columns
        ):  # (No. | 番号 | 改革項目 | 取組項目, rated: 1.2 its own)
            _number_both(columns, numbers[0])
        projects_numbered = _numbers_projects(columns)
    project_title = title_key(cells[columns["project"]]) if "project" in columns else ""
    rated = columns.get("item", columns.get("project", -1))
    if indicator < 0 and 0 <= rated < len(cells) - 1 and "指標" in str(cells[rated + 1]):
        from planeval.io.indicator_names import indicator_beside  # (指標名 beside 取組)

        indicator = indicator_beside(cells, roles, rated)
    if titles.levels_over_projects:  # (推進項目 over a project's column only: review 170 #1)
        read = (*levels, columns.get("project", -1))
        levels = [
            column
            for column in levels
            if title_key(cells[column]) not in titles.levels_over_projects
            or any(column < other < rated for other in read)
        ]
    unsure = [
        column
        for column in levels
        if column > rated and title_key(cells[column]) in titles.levels_by_cells
    ]
    return HeaderRow(
        columns,
        tuple(sorted(set(levels) - set(unsure))),
        tuple(statuses),
        project_title,
        projects_numbered,
        tuple((column, str(cells[column]).strip()) for column in sorted(unread_issues)),
        title_key(cells[columns["mark"]]) if "mark" in columns else "",
        tuple(sorted(unsure)),
        "item" in worded,
        indicator,
        tuple(column for column in project_titled if column in levels),
    )


def _number_both(columns: dict[str, int], other: int) -> None:
    """Two number columns beside a project and an item column (浜松市: No. | 番号 | 取組 | KPI,
    a running No. and the 取組's 1.1.1): the one nearer the project column is the project's
    number ("project_number"), the other the rated rows' own — unless the nearer extends the
    project's (1.2 under 改革項目 1: named.py, levels.row_number), as it may without an item
    column (No. | 番号 | 改革項目 | 取組項目, the 取組項目 rated)."""
    project = columns["project"]
    first = columns["number"]
    if abs(other - project) < abs(first - project):
        first, other = other, first
    columns["project_number"], columns["number"] = first, other


def _numbers_projects(columns: dict[str, int]) -> bool:
    """Whether the number column is the projects': nearer the project column than the item
    column (番号 | 事務事業名 | 取組内容), or as near and left of it (事業名 | No. | 取組内容
    numbers the items). Without an item column the number is the rated row's own."""
    if not {"number", "project", "item"} <= columns.keys() or "project_number" in columns:
        return False
    number, project, item = columns["number"], columns["project"], columns["item"]
    return (abs(number - project), project < number) < (abs(number - item), item < number)
