"""Nothing is lost: every rated input row is counted, shown as uncounted, or reported."""

from __future__ import annotations

import datetime
import functools
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from planeval import DEFAULT_SCALE, summarize
from planeval.config import Config, load_config
from planeval.io.chapter3 import read_sheet
from planeval.io.grid import SheetGrid, cell_ref

HEADER: list[object] = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
STATUS_VALUES = [
    "◎",
    "○",
    "△",
    "×",
    "-",
    "〇",
    " ✕ ",
    "●",
    "",
    "A",
    "電子申請 ◎",
    "細目 ?",
    "△（変更）",
]
PROJECT_VALUES = ["", "", "", "1-1-1 事業", "１－２－１事業", "2-1-1", "事業だけ"]
ITEM_VALUES = ["", "① 項目", "(2) 項目", "3. 項目", "ア 細目", "項目だけ"]

rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(PROJECT_VALUES),
        st.sampled_from(ITEM_VALUES),
        st.sampled_from(STATUS_VALUES),
        st.sampled_from(["", "課題"]),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(rows_strategy)
@example([("1-1-1 事業", "① 項目", "○", ""), ("", "", "", "課題"), ("", "② 項目", "○", "")])
@example([("1-1-1 事業", "① 項目", "○", ""), ("事業だけ", "", "", ""), ("", "② 項目", "○", "")])
def test_every_rated_row_is_an_entry_or_a_problem(rows: list[tuple[str, str, str, str]]) -> None:
    grid = SheetGrid("第3章", [HEADER, *[list(row) for row in rows]])
    result = read_sheet(grid, file="status.xlsx", scale=DEFAULT_SCALE)
    rated_rows = {index + 1 for index, row in enumerate(rows) if row[1] or row[2]}
    entry_rows = [int(e.location.cell[1:]) - 1 for e in result.entries]  # type: ignore[index]
    problem_rows = {
        int(p.location.cell[1:]) - 1  # type: ignore[index]
        for p in result.problems
        if p.is_error
    }
    assert len(entry_rows) == len(set(entry_rows)), "a row was counted twice"
    assert not set(entry_rows) & problem_rows, "a row was both counted and reported as an error"
    # every rated row is an entry or an error, except an item line whose ア/イ lines follow
    unaccounted = rated_rows - set(entry_rows) - problem_rows
    for row in unaccounted:
        assert rows[row - 1][2] == "" and rows[row - 1][1] != ""
        assert any(later[1] == "ア 細目" for later in rows[row:]), "no lower level follows"
    # counted + uncounted = entries: none disappears between reading and counting
    summary = summarize(result.entries, scale=DEFAULT_SCALE)
    total = summary.total
    assert total.total + sum(total.uncounted.values()) == len(result.entries)
    assert all(e.location.cell == cell_ref(int(e.location.cell[1:]) - 1, 2) for e in result.entries)  # type: ignore[index]


# Tables as bodies lay them out: the four titled columns in any order, with or without 細目
# and 所管部 columns, and status cells that are numbers or dates as Excel stores them.
OPTIONAL_COLUMNS = {"sub_item": "細目", "department": "所管部"}
NUMERIC_STATUS = [3, 3.0, 2.5, datetime.datetime(2022, 5, 31), True]


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[object], list[list[object]], int]:
    """A header, its rows and the status column, columns in a drawn order."""
    roles = ["project", "item", "status", "issue"]
    roles += [role for role in OPTIONAL_COLUMNS if draw(st.booleans())]
    roles = draw(st.permutations(roles))
    titles = {"project": "情報化計画事業の体系", "item": "実施内容", "status": "達成状況"}
    titles |= {"issue": "課題等", **OPTIONAL_COLUMNS}
    values = {
        "project": st.sampled_from(PROJECT_VALUES),
        "item": st.sampled_from(ITEM_VALUES),
        "status": st.sampled_from([*STATUS_VALUES, *NUMERIC_STATUS]),
        "issue": st.sampled_from(["", "課題"]),
        "sub_item": st.sampled_from(["", "", "電子申請", 2]),
        "department": st.sampled_from(["", "総務部", "財務部（共管: 総務部）"]),
    }
    rows = draw(
        st.lists(st.tuples(*(values[role] for role in roles)).map(list), min_size=1, max_size=20)
    )
    return [titles[role] for role in roles], rows, roles.index("status")


@settings(max_examples=300, deadline=None)
@given(tables(), st.sets(st.tuples(st.integers(1, 20), st.integers(0, 5)), max_size=6))
def test_any_column_order_with_sub_items_departments_and_numbers_loses_no_row(
    table: tuple[list[object], list[list[object]], int], merged: set[tuple[int, int]]
) -> None:
    """Whatever the columns' order, merges and cell types: every row with a status value is
    an entry or an error at its status cell (or an item line rated by ア/イ lines below), and a
    number never becomes a status of a scale that has none."""
    header, rows, status_column = table
    grid = SheetGrid("第3章", [header, *rows])
    grid.continued = {(r, c) for r, c in merged if r <= len(rows) and c < len(header)}
    result = read_sheet(grid, file="status.xlsx", scale=DEFAULT_SCALE)
    assert all(e.status in DEFAULT_SCALE.symbols for e in result.entries)
    assert not any(isinstance(e.status_text, int | float) for e in result.entries)
    status_cells = [e.location.cell for e in result.entries]
    assert len(set(status_cells)) == len(status_cells), "a row was counted twice"
    status_letter = cell_ref(0, status_column)[:-1]
    assert all(cell.startswith(status_letter) for cell in status_cells)  # type: ignore[union-attr]
    counted_rows = {_row(cell) for cell in status_cells}
    reported_rows = {_row(p.location.cell) for p in result.problems if p.is_error}
    for index, row in enumerate(rows, start=1):
        value = row[status_column]
        if value in ("", None) or (index, status_column) in grid.continued:
            continue
        if isinstance(value, int | float | datetime.datetime):
            assert index + 1 not in counted_rows, f"{value!r} in row {index + 1} was counted"
        assert index + 1 in counted_rows | reported_rows, f"the rated row {index + 1} vanished"


def _row(cell: str | None) -> int:
    return int("".join(ch for ch in cell or "0" if ch.isdigit()))


def test_a_short_row_with_a_remark_in_a_title_is_a_header_row() -> None:
    """ "評価 ※ ○" is the title 評価 once the remark is dropped: this row starts a new table
    (事業 | … | 評価 | 実施内容), however short."""
    grid = SheetGrid(
        "第3章",
        [HEADER, ["1-1-1 事業", "① 項目", "○", ""], ["事業", "① 実施", "評価 ※ ○", "実施内容"]],
    )
    grid.continued = {(2, 0)}
    result = read_sheet(grid, file="a.xlsx", scale=DEFAULT_SCALE)
    assert result.tables == 2
    assert len(result.entries) == 1


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["1-1-1", "1-1-2"]),
            st.sampled_from([None, 1, 2]),
            st.sampled_from(["申請", "届出", "申 請", "申請【新規】"]),
            st.sampled_from(["○", "△"]),
        ),
        max_size=12,
    )
)
def test_rows_with_different_numbers_or_names_never_become_one_entry(rows) -> None:
    """Merging the same item read twice keeps every distinct (project, number, name): two
    different items are never one count (spacing and 【】 marks aside, names are compared)."""
    from planeval.model import Entry, Location
    from planeval.same_items import merge_duplicates
    from planeval.text import comparable_name

    entries = [
        Entry(Location(f"f{i}.xlsx"), "1", "1-1", p, "事業", n, "", name, None, s, s)
        for i, (p, n, name, s) in enumerate(rows)
    ]
    kept, problems = merge_duplicates(entries)
    distinct = {(p, n, comparable_name(name)) for p, n, name, _s in rows}
    statuses: dict[tuple, set[str]] = {}
    for p, n, name, s in rows:
        statuses.setdefault((p, n, comparable_name(name)), set()).add(s)
    agreeing = {key for key, found in statuses.items() if len(found) == 1}
    assert {(e.project_id, e.item_no, comparable_name(e.item_name)) for e in kept} == agreeing
    assert len(kept) == len(agreeing) <= len(distinct)
    assert sum(p.is_error for p in problems) == len(distinct) - len(agreeing)


# Two status columns read for 達成度, a blank beside 未着手 not rated (review 208 #1): each
# 改革項目 typed on its first item's row and merged down; every item's row is an entry or an
# error, whatever its place in its group and its columns, and keeps its own number.
_TWO_SCALES = (
    '[scale]\npreset = "achievement"\n\n[[scale.status]]\nsymbol = "－"\nlabel = "対象外"\n'
    'counted = false\nblank = true\nblank_beside = ["未着手"]\n\n[layout]\nstatus_column = "達成度"\n'
    '\n[wording]\npolicy = "大綱の柱"\nproject = "改革項目"\nitem = "取組項目"\nstatus = "達成度"\n'
)
_ITEM_ROW = st.tuples(
    st.sampled_from(["未着手", "取組中", "完了", ""]), st.sampled_from([None, "未達成", "達成"])
)


@functools.cache
def _two_scales_config() -> Config:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "planeval.toml"
        path.write_text(_TWO_SCALES, encoding="utf-8")
        return load_config(path)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_ITEM_ROW, min_size=1, max_size=4), min_size=1, max_size=5))
def test_a_groups_first_row_with_its_read_status_blank_is_never_lost(groups) -> None:
    config = _two_scales_config()
    header = ["No.", "改革項目", "取組項目", "所管課", "実施状況", "達成度", "取組実績・課題"]
    lines: list[list[object]] = [header, ["Ⅰ　市民サービスの向上"]]
    continued: set[tuple[int, int]] = set()
    items_at: dict[int, tuple[str, set[int | None]]] = {}  # (0-based row → its project, number)
    for g, items in enumerate(groups, start=1):
        for i, (stage, rating) in enumerate(items, start=1):
            if i > 1:
                continued.add((len(lines), 1))
            # (every row names its item, No. and 課: blank in both columns it is not answered,
            # an error; a project's one row may be numbered by the project alone: sole_items)
            items_at[len(lines)] = (f"1-{g}", {i} if len(items) > 1 else {i, None})
            lines.append([f"({g})-{i}", f"({g}) 改革項目", f"取組{g}-{i}", "市民課", stage, rating])
    grid = SheetGrid("進捗状況", lines)
    grid.continued = continued
    result = read_sheet(grid, file="a.xlsx", scale=config.scale, layout=config.layout)
    counted = {_row(e.location.cell) - 1: (e.project_id, e.item_no) for e in result.entries}
    reported = {_row(p.location.cell) - 1 for p in result.problems if p.is_error}
    assert len(counted) == len(result.entries), "a row was counted twice"
    for row, (project, numbers) in items_at.items():
        assert row in counted or row in reported, f"the item's row {row + 1} vanished"
        if row in counted:
            assert counted[row][0] == project and counted[row][1] in numbers, f"row {row + 1}"
