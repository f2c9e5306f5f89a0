"""The two ways a workbook is opened give the same answers, and each is taken where it must be:
python-calamine for judged workbooks without formulas or saved errors, openpyxl for the rest."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planeval
from planeval.io import fast, judge
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "細目", "所管部", "達成状況", "課題等"]
STATUS = st.sampled_from(["◎", "○", "△", "×", "-", "〇", "", "●", 3, 3.0, 2.5])
SUB_ITEM = st.sampled_from(["", "", "電子申請", 2, datetime.datetime(2022, 5, 31)])
DEPARTMENT = st.sampled_from(["", "総務部", "財務部（共管: 総務部）", 7])


def _rows(statuses: list[object], subs: list[object], departments: list[object]) -> list[list]:
    rows: list[list[object]] = [HEADER]
    for index, (status, sub, department) in enumerate(
        zip(statuses, subs, departments, strict=False)
    ):
        project = f"1-1-{index // 3 + 1} 事業{index // 3 + 1}" if index % 3 == 0 else ""
        rows.append([project, f"({index % 3 + 1}) 項目", sub, department, status, "課題"])
    return rows


def _read_both(path: Path) -> tuple[planeval.ReadResult, planeval.ReadResult]:
    return planeval.read_workbooks([path]), planeval.read_workbooks([path], engine="openpyxl")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(STATUS, min_size=1, max_size=9),
    st.lists(SUB_ITEM, min_size=9, max_size=9),
    st.lists(DEPARTMENT, min_size=9, max_size=9),
    st.booleans(),
)
def test_calamine_and_openpyxl_read_every_cell_type_the_same(
    tmp_path: Path, statuses: list, subs: list, departments: list, merge: bool
) -> None:
    rows = _rows(statuses, subs, departments)
    merges = {"第3章": ["A2:A3"]} if merge and len(rows) > 3 else None
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows}, merges=merges)
    quick, slow = _read_both(path)
    assert quick.entries == slow.entries
    assert quick.problems == slow.problems


def _opened_with(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which reader opened each file, recorded as the run goes."""
    used: list[str] = []
    real_fast, real_xlsx = fast.open_fast, judge.open_xlsx

    def spy_fast(*args: object, **options: object):  # type: ignore[no-untyped-def]
        opened = real_fast(*args, **options)  # type: ignore[arg-type]
        if opened is not None:
            used.append("calamine")
        return opened

    def spy_xlsx(*args: object, **options: object):  # type: ignore[no-untyped-def]
        used.append("openpyxl")
        return real_xlsx(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(fast, "open_fast", spy_fast)
    monkeypatch.setattr(judge, "open_xlsx", spy_xlsx)
    return used


def test_a_plain_workbook_is_read_with_calamine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _opened_with(monkeypatch)
    path = write_book(tmp_path / "a.xlsx", {"第3章": _rows(["○", "△", 3], ["", "", ""], [""] * 3)})
    result = planeval.read_workbooks([path])
    assert used == ["calamine"]
    assert len(result.entries) == 2


def test_a_workbook_with_formulas_is_read_with_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _opened_with(monkeypatch)
    rows = _rows(["○", '=IF(1,"○","×")'], ["", ""], ["", ""])
    path = write_book(tmp_path / "a.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([path])
    assert used == ["openpyxl"]
    assert any("数式の結果が保存されていない" in p.message for p in result.errors)


def test_engine_openpyxl_never_takes_calamine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _opened_with(monkeypatch)
    path = write_book(tmp_path / "a.xlsx", {"第3章": _rows(["○"], [""], [""])})
    planeval.read_workbooks([path], engine="openpyxl")
    assert used == ["openpyxl"]


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_reading_leaves_garbage_collection_as_the_caller_had_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: judge.Engine
) -> None:
    """Collection pauses while a file is read and combined (gc_pause.py), and only then."""
    import gc

    path = write_book(tmp_path / "status.xlsx", {"第3章": _rows(["◎", "○"], ["", ""], ["", ""])})
    while_read: list[bool] = []
    real = fast.open_fast
    monkeypatch.setattr(
        fast, "open_fast", lambda *args: (while_read.append(gc.isenabled()), real(*args))[1]
    )
    assert gc.isenabled()
    assert len(planeval.read_workbooks([path], engine=engine).entries) == 2
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(planeval.read_workbooks([path], engine=engine).entries) == 2
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert while_read == ([False, False] if engine == "auto" else [])


def test_many_hidden_rows_are_named_with_the_count_of_the_rest(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows = [HEADER] + [
        ["1-1-1 事業" if n == 1 else "", f"({n}) 項目", "", "", "○", ""] for n in range(1, 26)
    ]
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows})
    book = load_workbook(path)
    for row in range(2, 27):
        book["第3章"].row_dimensions[row].hidden = True
    book.save(path)
    [warning] = planeval.read_workbooks([path]).problems  # (rated rows hidden: review 53)
    assert warning.message.startswith(
        "非表示の行に評価した行が 25 件あります（1-1-1(1) 項目：達成状況 ○、"
    )
    assert "ほか 22 件。非表示の行: 2・3・4・" in warning.message  # (3 items named)
    assert "21 行目 ほか 5 行）" in warning.message  # (25 rows: 20 named, the rest counted)


def test_without_automatic_collection_reading_and_writing_leave_no_cyclic_garbage(
    tmp_path: Path,
) -> None:
    """The command line runs with the cycle collector off (cli.common.main): what makes
    reference cycles — an openpyxl workbook read, an xlsxwriter workbook and a Word document
    written — frees them itself, so a run over many files does not add up their objects."""
    import gc

    path = write_book(tmp_path / "status.xlsx", {"第3章": _rows(["◎", "○"], ["", ""], ["", ""])})
    gc.collect()
    gc.disable()
    try:
        read = planeval.read_workbooks([path], engine="openpyxl")
        report = planeval.build_report(read.entries, fiscal_year=2022)
        written = planeval.export(report, xlsx=tmp_path / "報告.xlsx", docx=tmp_path / "報告.docx")
        assert (tmp_path / "報告.xlsx").is_file() and (tmp_path / "報告.docx").is_file()
        left = gc.collect()
    finally:
        gc.enable()
    assert len(read.entries) == 2 and not [p for p in written.problems if p.is_error]
    assert left < 50  # (an openpyxl, xlsxwriter or python-docx document is thousands)


def test_cyclic_garbage_left_by_reading_does_not_grow_with_the_rows(tmp_path: Path) -> None:
    """An ID table's reader of its common rows (io/item_rows.py) held its table, sheet and
    result in a cycle: with the collector paused, as in the command line's workers, every
    sheet read stayed in memory (10 files of 100,000 rows: 680 MB where 220 MB is right)."""
    import gc

    left = []
    for count in (6, 600):
        statuses = ["◎", "○", "△"] * (count // 3)
        path = write_book(
            tmp_path / f"status{count}.xlsx", {"第3章": _rows(statuses, [""] * count, [""] * count)}
        )
        gc.collect()
        gc.disable()
        try:
            assert len(planeval.read_workbooks([path]).entries) == count
            left.append(gc.collect())
        finally:
            gc.enable()
    assert left[1] <= left[0] + 10, left


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_rows_a_filter_hid_are_a_notice(tmp_path: Path, engine: str) -> None:
    """Review 76: a 課 that filtered its sheet (Excel's autofilter with a criterion) had its
    filtered-out rows warned of on every run, as rows hidden by hand are (an abolished 事業 set
    aside: review 53). Rows a filter hid are a view, counted: a notice; by hand, a warning."""
    from openpyxl import load_workbook

    rows = [HEADER] + [["1-1-1 事業", f"({n}) 項目", "", "", "○△"[n % 2], ""] for n in (1, 2, 3)]
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows})
    book = load_workbook(path)
    sheet = book["第3章"]
    sheet.row_dimensions[3].hidden = True
    book.save(path)
    [hand] = planeval.read_workbooks([path], engine=engine).problems
    assert hand.severity is planeval.Severity.WARNING
    sheet.auto_filter.ref = "A1:F4"
    sheet.auto_filter.add_filter_column(4, ["△"])
    book.save(path)
    read = planeval.read_workbooks([path], engine=engine)
    [filtered] = read.problems
    assert filtered.severity is planeval.Severity.NOTICE
    assert filtered.message.startswith(
        "フィルターで非表示になっている行に評価した行が 1 件あります"
    )
    assert len(read.entries) == 3
    sheet.auto_filter.ref = "A1:F2"  # (review 77: a row hidden by hand outside the filter's rows)
    book.save(path)
    [hand] = planeval.read_workbooks([path], engine=engine).problems
    assert hand.severity is planeval.Severity.WARNING


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_a_row_hidden_by_hand_in_a_filtered_sheet_is_said_as_hidden_by_hand(
    tmp_path: Path, engine: str
) -> None:
    """Review 177 #3: a row hidden by hand in a sheet with an autofilter was said to be hidden
    by the filter, a notice, where alone it was a warning. The filter's criterion tells them
    apart (a row whose value it shows was hidden by hand): each said alike either way."""
    from openpyxl import load_workbook

    rows = [HEADER] + [["1-1-1 事業", f"({n}) 項目", "", "", "○△"[n % 2], ""] for n in (1, 2, 3)]
    path = write_book(tmp_path / "status.xlsx", {"第3章": rows})
    book = load_workbook(path)
    sheet = book["第3章"]
    sheet.row_dimensions[2].hidden = True  # (1) △: shown by the filter, hidden by hand
    book.save(path)
    [alone] = planeval.read_workbooks([path], engine=engine).problems
    sheet.row_dimensions[3].hidden = True  # (2) ○: hidden by the filter
    sheet.auto_filter.ref = "A1:F4"
    sheet.auto_filter.add_filter_column(4, ["△"])
    book.save(path)
    read = planeval.read_workbooks([path], engine=engine)
    hand, filtered = read.problems
    assert (hand.severity, hand.message, hand.location.cell) == (
        alone.severity,
        alone.message,
        alone.location.cell,
    )
    assert hand.severity is planeval.Severity.WARNING
    assert hand.message.startswith(
        "非表示の行に評価した行が 1 件あります（1-1-1(1) 項目：達成状況 △"
    )
    assert "非表示の行: 2 行目）" in hand.message
    assert filtered.severity is planeval.Severity.NOTICE
    assert filtered.message.startswith("フィルターで非表示になっている行に評価した行が 1 件")
    assert "非表示の行: 3 行目）" in filtered.message
    assert len(read.entries) == 3


@pytest.mark.parametrize("first_figure", [3, 1_150])
def test_a_long_sheet_s_whole_figures_are_ints_wherever_its_first_figure_stands(
    tmp_path: Path, first_figure: int
) -> None:
    """calamine gives every number as a float; the grid gives a whole one as openpyxl does, an
    int, and keeps the rest — in a long sheet whose first rows hold a figure (looked at first)
    and in one whose first figure is far below them (found in the pass over every cell)."""
    rows: list[list[object]] = [["番号", "名前", "予算額", "執行率"]]
    rows += [[f"{row}", f"名前{row}", "", ""] for row in range(1, 1_200)]
    rows[first_figure][2:] = [1500.0, 0.25]
    rows[1_190][2:] = [20.0, 1.0]
    path = write_book(tmp_path / "figures.xlsx", {"表": rows})
    with judge.judging(planeval.Limits()):
        opened = judge.open_judged(path, planeval.Limits()).opened
    assert opened is not None and opened.sheets, "read with calamine"
    grid = opened.sheets[0]
    assert grid.value(first_figure, 2) == 1500 and type(grid.value(first_figure, 2)) is int
    assert grid.value(first_figure, 3) == 0.25
    assert [type(grid.value(1_190, column)) for column in (2, 3)] == [int, int]
    assert grid.value(5, 0) == "5" and grid.value(5, 2) == ""
