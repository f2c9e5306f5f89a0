"""Nothing is lost: every rated input row is counted, shown as uncounted, or reported."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from planeval import DEFAULT_SCALE, summarize
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


PLAIN_ROWS = st.lists(
    st.tuples(
        st.sampled_from(["", "", "1-1-1 事業", "2-1-1事業", " ", "注記"]),
        st.sampled_from(["", "① 項目", "② 項目（1-1-1①再掲）", "ア 細目", " ③ 項目", "④項目"]),
        st.sampled_from(
            [
                "◎",
                "○",
                "△",
                "×",
                "-",
                "",
                " ○",
                "〇",
                "電子申請 ◎",
                " 電子調達 × ",
                "△（変更）",
                "細目 ?",
            ]
        ),
        st.sampled_from(["", "課題", " 課題 "]),
    ),
    max_size=20,
)


@settings(max_examples=400, deadline=None)
@given(PLAIN_ROWS, st.sets(st.tuples(st.integers(1, 20), st.integers(0, 3)), max_size=8))
@example(  # an item merged over two rows, each rated "label symbol"
    [("1-1-1 事業", "① 項目", "電子申請 ◎", ""), ("", "① 項目", "電子調達 ×", "課題")], {(2, 1)}
)
@example(  # the same without labels: the second row is read with a warning
    [("1-1-1 事業", "① 項目", "○", ""), ("", "① 項目", "×", "")], {(2, 1), (2, 0)}
)
def test_the_quick_path_for_plain_rows_reads_what_the_general_path_reads(
    rows: list[tuple[str, str, str, str]], merged_cells: set[tuple[int, int]]
) -> None:
    """read_sheet's one-step reading of plain item rows changes no answer, whichever cells
    are merged from above."""
    from unittest import mock

    from planeval.io import chapter3

    def grid() -> SheetGrid:
        sheet = SheetGrid("第3章", [HEADER, *[list(row) for row in rows]])
        sheet.continued = {(row, column) for row, column in merged_cells if row <= len(rows)}
        return sheet

    quick = read_sheet(grid(), file="a.xlsx", scale=DEFAULT_SCALE)
    with mock.patch.object(chapter3, "read_plain_item_row", return_value=False):
        general = read_sheet(grid(), file="a.xlsx", scale=DEFAULT_SCALE)
    assert quick.entries == general.entries
    assert quick.problems == general.problems
    assert quick.texts == general.texts
    assert quick.items_seen == general.items_seen


def test_a_short_row_the_quick_path_could_take_is_still_found_as_a_header_row() -> None:
    """Short rows go to the one-step reader before title matching, which is safe only because
    it refuses a status cell with a ※ remark: "評価 ※ ○" matches the title 評価 once the
    remark is dropped, and this row is a header row (事業 | … | 評価 | 実施内容)."""
    from unittest import mock

    from planeval.io import chapter3

    def grid() -> SheetGrid:
        sheet = SheetGrid(
            "第3章",
            [HEADER, ["1-1-1 事業", "① 項目", "○", ""], ["事業", "① 実施", "評価 ※ ○", "実施内容"]],
        )
        sheet.continued = {(2, 0)}  # the project column's title merged down from above
        return sheet

    quick = read_sheet(grid(), file="a.xlsx", scale=DEFAULT_SCALE)
    with mock.patch.object(chapter3, "read_plain_item_row", return_value=False):
        general = read_sheet(grid(), file="a.xlsx", scale=DEFAULT_SCALE)
    assert quick.tables == general.tables == 2
    assert quick.entries == general.entries
    assert len(quick.entries) == 1
