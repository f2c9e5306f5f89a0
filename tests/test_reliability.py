"""Reliability, second round: reading. Bounded by construction (a cell budget before calamine,
every part counted and held to its declared size, the size limit before any read), the
parsers given the judged bytes, openpyxl's timeouts and warnings in planeval's words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import planeval
from planeval.io import fast, judge, source
from tests.hostile import (
    FAR_BUT_WITHIN,
    GOOD_ROWS,
    SECOND_ROUND,
    UNREFERENCED_WIDE,
    table_sheet,
    write_xlsx,
)
from tests.test_hostile import MEASURED, _good

SRC = str(Path(planeval.__file__).resolve().parents[1])  # the planeval under test, in children


def measured(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """planeval run in a child process; its result and its peak memory in MB."""
    peak_file = tmp_path / "peak-kb"
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, str(peak_file), *args],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,
        env={**os.environ, "PYTHONPATH": SRC},
    )  # fmt: skip
    return done, int(peak_file.read_text()) // 1024


@pytest.mark.parametrize("case", SECOND_ROUND, ids=lambda case: case.name)
def test_each_second_round_file_gets_its_sentence(case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    result = planeval.read_workbooks([path])
    assert result.left_out == [str(path)]
    [error] = result.errors
    assert case.message in error.message and "Traceback" not in error.message


def test_far_cells_within_the_limits_never_reach_calamine_and_memory_stays_bounded(
    tmp_path: Path,
) -> None:
    """One cell at row 200,000 column 1,000 (2.4 KB on disk) would make calamine allocate a
    6 GB grid; cells without references placed by position likewise. Both go to openpyxl;
    the good files around them are counted; the refused files of the second round cost
    little; the whole run stays under 300 MB."""
    rows = [[(f"{n}-1-1 事業", "① 項目", "○", ""), ("", "② 項目", "△", "遅れ")] for n in (3, 4)]
    far = write_xlsx(tmp_path / "far.xlsx", table_sheet(rows[0], FAR_BUT_WITHIN))
    wide = write_xlsx(tmp_path / "wide.xlsx", table_sheet(rows[1], UNREFERENCED_WIDE))
    assert far.stat().st_size < 4096
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    refused = [case.make(hostile) for case in SECOND_ROUND]
    first, last = _good(tmp_path / "first.xlsx", "1-1-1"), _good(tmp_path / "last.xlsx", "2-1-1")
    paths = [first, far, wide, *refused, last]
    done, peak_mb = measured(tmp_path, "summarize", *map(str, paths), "--keep-going", "-f", "json")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    # the good files and both far files are read: 4 files × (○, △)
    assert data["total"]["counts"] == {"◎": 0, "○": 4, "△": 4, "×": 0}, data["problems"]
    errors = {p["file"]: p["message"] for p in data["problems"] if p["severity"] == "error"}
    for case, path in zip(SECOND_ROUND, refused, strict=True):
        assert case.message in errors[str(path)], case.name
    assert peak_mb < 300, f"peak {peak_mb} MB"


def test_the_cell_budget_decides_before_calamine_opens_the_file(tmp_path: Path) -> None:
    from planeval.io.archive import inspect_archive
    from planeval.io.structure import SheetEntry

    limits = planeval.Limits()
    cases = {
        "normal": (table_sheet(GOOD_ROWS), True),
        "far": (table_sheet(GOOD_ROWS, FAR_BUT_WITHIN), False),
        "unreferenced": (table_sheet(GOOD_ROWS, UNREFERENCED_WIDE), False),
        "claimed": (table_sheet(GOOD_ROWS).replace("<sheetData>", '<dimension ref="A1:ALL200000"/><sheetData>'), False),
    }  # fmt: skip
    for name, (sheet, suitable) in cases.items():
        path = write_xlsx(tmp_path / f"{name}.xlsx", sheet)
        with source.open_source(path, limits) as opened:
            facts = inspect_archive(opened, limits)
        entry = SheetEntry("第3章", "xl/worksheets/sheet1.xml", True)
        assert fast.suitable([entry], facts) is suitable, name


def test_the_parsers_read_the_judged_bytes_not_the_file_swapped_in_since(
    tmp_path: Path, monkeypatch
) -> None:
    original = _good(tmp_path / "status.xlsx", "1-1-1")
    other = _good(tmp_path / "other.xlsx", "9-9-9")
    real = judge.inspect_archive

    def swap_after_judging(opened, limits):
        facts = real(opened, limits)
        os.replace(other, original)  # a new file under the judged name
        other.write_bytes(original.read_bytes())
        return facts

    monkeypatch.setattr(judge, "inspect_archive", swap_after_judging)
    for in_memory in (source.IN_MEMORY, 0):  # held in memory; read through the open handle
        monkeypatch.setattr(source, "IN_MEMORY", in_memory)
        original = _good(tmp_path / "status.xlsx", "1-1-1")
        other = _good(tmp_path / "other.xlsx", "9-9-9")
        for engine in ("auto", "openpyxl"):
            original = _good(tmp_path / "status.xlsx", "1-1-1")
            result = planeval.read_workbooks([original], engine=engine)
            assert {e.project_id for e in result.entries} == {"1-1-1"}, (in_memory, engine)


def test_a_large_file_changed_in_place_while_read_is_refused(tmp_path: Path, monkeypatch) -> None:
    path = _good(tmp_path / "status.xlsx", "1-1-1")
    real = judge.inspect_archive

    def touch_after_judging(opened, limits):
        facts = real(opened, limits)
        with path.open("ab") as handle:
            handle.write(b"\0")
        return facts

    monkeypatch.setattr(judge, "inspect_archive", touch_after_judging)
    monkeypatch.setattr(source, "IN_MEMORY", 0)
    result = planeval.read_workbooks([path])
    assert result.left_out == [str(path)]
    assert "読み込み中にファイルが変更されました" in result.errors[0].message


def test_a_timeout_inside_openpyxl_gets_the_timeout_sentence(tmp_path: Path, monkeypatch) -> None:
    import openpyxl

    from planeval.io.limits import FileTimeout

    def times_out(*args, **kwargs):
        raise FileTimeout

    monkeypatch.setattr(openpyxl, "load_workbook", times_out)
    path = _good(tmp_path / "slow.xlsx", "1-1-1")
    result = planeval.read_workbooks([path], engine="openpyxl", limits=planeval.Limits(seconds=7))
    [error] = result.errors
    assert error.message.startswith("読み込みに 7 秒以上かかったため中断しました")
    assert "[limits] seconds" in error.message


def test_the_time_limit_swaps_its_handler_without_the_signal_modules_wrapper(
    monkeypatch,
) -> None:
    # (the wrapper raised and caught a ValueError each file, putting the handler back: perf59d)
    import signal
    import time

    from planeval.io.limits import FileTimeout, time_limit

    before = signal.getsignal(signal.SIGALRM)

    def wrapped(*args: object) -> None:
        raise AssertionError("signal.signal called")

    monkeypatch.setattr(signal, "signal", wrapped)
    with time_limit(60):
        pass
    with pytest.raises(FileTimeout), time_limit(0.01):
        time.sleep(1)
    assert signal.getsignal(signal.SIGALRM) == before


def test_openpyxls_own_warnings_never_reach_the_user(tmp_path: Path) -> None:
    extension = (
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        "<x14:dataValidations/></ext></extLst>"
    )
    sheet = table_sheet(GOOD_ROWS).replace("</worksheet>", extension + "</worksheet>")
    path = write_xlsx(tmp_path / "extended.xlsx", sheet)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = planeval.read_workbooks([path], engine="openpyxl")
    assert len(result.entries) == 2 and not result.problems
    assert [str(w.message) for w in caught] == []
