"""Hostile and broken input: every file judged quickly and in bounded memory, one bad file
never sinks a batch, nothing is lost, no traceback unless --debug."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.chapter3 import read_sheet
from planeval.io.grid import ExcelError, SheetGrid
from tests.hostile import (
    CASES,
    HEADER_ROW,
    SHEET_END,
    SHEET_START,
    inline_row,
    lying_sizes,
    missing_part,
    write_xlsx,
)

# planeval in a child process that writes its own peak memory (kB) to argv[1] when it exits.
# The peak is the process's own high-water mark (VmHWM), not getrusage's ru_maxrss: Linux keeps
# ru_maxrss across exec, so a child forked from a large pytest process would report the
# parent's size (the suite grew past 300 MB and this test with it).
MEASURED = """
import atexit, sys
peak_file = sys.argv[1]
def peak():
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    open(peak_file, "w").write(kb)
atexit.register(peak)
sys.argv = ["planeval", *sys.argv[2:]]
from planeval.cli import main
main()
"""


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_hostile_file_gets_its_own_sentence(case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    result = planeval.read_workbooks([path])
    errors = [p for p in result.problems if p.is_error]
    assert len(errors) == 1, [str(p) for p in result.problems]
    assert case.message in errors[0].message
    assert errors[0].location.file == str(path)
    if case.left_out:
        assert result.left_out == [str(path)] and errors[0].location.cell is None
    else:
        assert errors[0].location.cell == "C2"
    assert "Traceback" not in errors[0].message


def _good(path: Path, project: str) -> Path:
    rows = [(f"{project} 事業", "① 項目", "○", ""), ("", "② 項目", "△", "理由")]
    return write_xlsx(
        path,
        SHEET_START
        + "".join(inline_row(n, r) for n, r in enumerate([HEADER_ROW, *rows], 1))
        + SHEET_END,
    )


def test_a_batch_of_hostile_files_between_good_ones_in_bounded_time_and_memory(
    tmp_path: Path,
) -> None:
    hostile = tmp_path / "hostile"
    hostile.mkdir()
    paths = [_good(tmp_path / "first.xlsx", "1-1-1")]
    paths += [case.make(hostile) for case in CASES]
    paths.append(_good(tmp_path / "last.xlsx", "2-1-1"))
    # the tool's own per-file time limit makes "judged within seconds" part of the answer
    (tmp_path / "planeval.toml").write_text("[limits]\nseconds = 10\n", encoding="utf-8")
    peak_file = tmp_path / "peak-kb"
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, str(peak_file), "summarize", *map(str, paths), "--keep-going", "-f", "json"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False,
    )  # fmt: skip
    peak_kb = int(peak_file.read_text())
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    data = json.loads(done.stdout)
    assert data["total"]["counts"] == {"◎": 0, "○": 2, "△": 2, "×": 0}  # both good files
    errors = {p["file"]: p["message"] for p in data["problems"] if p["severity"] == "error"}
    for case, path in zip(CASES, paths[1:-1], strict=True):
        assert case.message in errors[str(path)], case.name
    assert "秒以上かかったため中断しました" not in done.stdout
    assert peak_kb < 300 * 1024, f"peak {peak_kb / 1024:.0f} MB"


def test_limits_come_from_planeval_toml(tmp_path: Path, monkeypatch) -> None:
    path = _good(tmp_path / "status.xlsx", "1-1-1")
    (tmp_path / "planeval.toml").write_text("[limits]\nrows = 2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("summarize", str(path))
    assert result.exit_code == 1
    assert "行が多すぎます（3 行目まで、上限 2 行）" in result.stderr
    assert "[limits] rows で変えられます" in result.stderr
    (tmp_path / "planeval.toml").write_text("[limits]\nrows = -1\n", encoding="utf-8")
    bad = run("summarize", str(path))
    assert bad.exit_code == 2 and "rows は正の数で書いてください" in bad.stderr
    (tmp_path / "planeval.toml").write_text("[limits]\nspeed = 1\n", encoding="utf-8")
    assert "speed という上限はありません" in run("summarize", str(path)).stderr


def test_a_file_that_takes_too_long_is_left_out(tmp_path: Path, monkeypatch) -> None:
    from planeval.io import judge

    slow, fast = _good(tmp_path / "slow.xlsx", "1-1-1"), _good(tmp_path / "fast.xlsx", "2-1-1")
    real = judge.open_xlsx

    def sleepy(path: Path, **options):
        if path == slow:
            time.sleep(5)
        return real(path, **options)

    monkeypatch.setattr(judge, "open_xlsx", sleepy)
    result = planeval.read_workbooks(
        [slow, fast], limits=planeval.Limits(seconds=0.3), engine="openpyxl"
    )
    assert result.left_out == [str(slow)]
    assert "読み込みに 0.3 秒以上かかったため中断しました" in result.errors[0].message
    assert {e.project_id for e in result.entries} == {"2-1-1"}


def test_debug_shows_the_traceback_and_nothing_else_does(tmp_path: Path, monkeypatch) -> None:
    from planeval.io import workbook

    path = _good(tmp_path / "odd.xlsx", "1-1-1")

    def broken(grid, *, file: str, scale, **options):
        raise KeyError("sheet1")

    monkeypatch.setattr(workbook, "read_sheet", broken)
    plain = run("summarize", str(path))
    assert plain.exit_code == 1 and "Traceback" not in plain.stderr
    assert "予期しないエラーが起きました（KeyError: 'sheet1'）" in plain.stderr
    debug = run("--debug", "summarize", str(path))
    assert "Traceback (most recent call last)" in debug.stderr


def test_reading_refuses_to_start_without_defusedxml(monkeypatch, tmp_path: Path) -> None:
    import importlib.util

    import openpyxl.xml

    path = _good(tmp_path / "a.xlsx", "1-1-1")
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "defusedxml" else real(name, *a),
    )
    with pytest.raises(planeval.PlanevalError, match="defusedxml"):
        planeval.read_workbooks([path])
    monkeypatch.undo()
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)  # openpyxl would parse unprotected
    with pytest.raises(planeval.PlanevalError, match="defusedxml が使えないため"):
        planeval.read_workbooks([path], engine="openpyxl")


def test_control_characters_long_cells_and_hidden_rows_are_read_not_lost(tmp_path: Path) -> None:
    strings = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>○_x0007_</t></si></sst>'
    )
    sheet = (
        SHEET_START
        + inline_row(1, HEADER_ROW)
        + '<row r="2"><c r="A2" t="inlineStr"><is><t>1-1-1 事業</t></is></c><c r="B2" t="inlineStr">'
        + '<is><t>① 項目</t></is></c><c r="C2" t="s"><v>0</v></c></row>'
        + '<row r="3" hidden="1"><c r="B3" t="inlineStr"><is><t>② 長い</t></is></c><c r="C3" '
        + f't="inlineStr"><is><t>△</t></is></c><c r="D3" t="inlineStr"><is><t>{"x" * 40_000}</t></is></c></row>'
        + SHEET_END
    )
    path = write_xlsx(tmp_path / "odd.xlsx", sheet, strings=strings)
    result = planeval.read_workbooks([path])
    assert [(e.status, len(e.issue)) for e in result.entries] == [("○", 0), ("△", 40_000)]
    # (a hidden row that is rated: a warning naming it, counted and published — review 53)
    assert [(p.severity.value, p.location.cell, p.message) for p in result.problems] == [
        (
            "warning",
            "C3",
            "非表示の行に評価した行が 1 件あります（1-1-1② 長い：達成状況 △。非表示の行: 3 行目）。"
            "非表示でも数え、報告書の表にも載せています",
        )
    ]
    out = tmp_path / "r.xlsx"
    exported = run("export", str(path), "--xlsx", str(out))
    assert exported.exit_code == 0 and "32,767 文字" in exported.stderr
    unrated = sheet.replace('t="inlineStr"><is><t>△</t></is></c>', "/>")  # (rates nothing)
    result = planeval.read_workbooks(
        [write_xlsx(tmp_path / "unrated.xlsx", unrated, strings=strings)]
    )
    assert (
        "notice",
        "非表示の行があります（3 行目）。評価を記入した行ではないため、数えていません",
    ) in [(p.severity.value, p.message) for p in result.problems]


CELL_VALUES = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.sampled_from(
        [
            "1-1-1 事業",
            "1-2 方向",
            "① 項目",
            "ア 細目",
            "○",
            "電子 ◎",
            "-",
            "再掲",
            "（1-1-1①再掲）",
        ]
    ),
    st.sampled_from(HEADER_ROW),
    st.builds(ExcelError, st.sampled_from(["#DIV/0!", "#REF!", "#N/A"])),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(CELL_VALUES, max_size=6), max_size=14))
def test_random_grids_only_ever_give_entries_and_problems(rows: list[list[object]]) -> None:
    grid = SheetGrid("第3章", [list(HEADER_ROW), *rows])
    result = read_sheet(grid, file="fuzz.xlsx", scale=planeval.DEFAULT_SCALE)
    assert all(isinstance(entry, planeval.Entry) for entry in result.entries)
    assert all(problem.location.file == "fuzz.xlsx" for problem in result.problems)
    assert all(entry.status in planeval.DEFAULT_SCALE.symbols for entry in result.entries)


def test_a_macro_workbook_is_read_and_its_macros_never_run(tmp_path: Path) -> None:
    import zipfile

    path = _good(tmp_path / "macro.xlsm", "1-1-1")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\x00" * 64)
    result = planeval.read_workbooks([path])
    assert len(result.entries) == 2
    assert [p.message for p in result.problems] == [
        "マクロ付きブック（.xlsm）です。値だけを読み、マクロは実行していません"
    ]


def test_a_part_that_inflates_past_its_limit_is_stopped_whatever_its_header_says(
    tmp_path: Path,
) -> None:
    from tests.hostile import _lying

    path = _lying(tmp_path)  # its sheet claims 100 bytes and holds about 100 KB
    result = planeval.read_workbooks([path], limits=planeval.Limits(part_mb=0.01))
    assert "xl/worksheets/sheet1.xml が展開すると 0.01 MB を超えます" in result.errors[0].message


def test_parts_remembered_from_earlier_files_are_judged_again_when_anything_differs(
    tmp_path: Path,
) -> None:
    """planeval remembers the parts it has judged (a roll-up's files come from one template)
    by their exact bytes, declared size and CRC, and the structure read from identical
    workbook parts: a file right after a good one, sharing all but one detail with it, still
    gets its own judgement."""
    import zipfile

    good = write_xlsx(tmp_path / "a_good.xlsx")
    dtd = tmp_path / "b_dtd.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(dtd, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "_rels/.rels":
                data = data.replace(b"?>", b'?><!DOCTYPE r [<!ENTITY e "x">]>', 1)
            out.writestr(name, data)
    lying = tmp_path / "c_lying.xlsx"
    lying.write_bytes(good.read_bytes())
    lying_sizes(lying, b"_rels/.rels")
    missing = missing_part(tmp_path)  # the same workbook parts as the good file, no sheet
    again = write_xlsx(tmp_path / "e_good.xlsx")

    result = planeval.read_workbooks([good, dtd, lying, missing, again])
    assert result.files == [str(good), str(again)]
    assert result.left_out == [str(dtd), str(lying), str(missing)]
    message = {problem.location.file: problem.message for problem in result.errors}
    assert "DTD やエンティティ宣言があるため" in message[str(dtd)]
    assert "壊れているか途中で切れたブックです" in message[str(lying)]
    assert "ブックに必要な部品が欠けています" in message[str(missing)]


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.left_out], ids=lambda case: case.name
)
def test_a_hostile_plan_gets_the_same_sentence_as_a_hostile_status_workbook(
    case, tmp_path: Path
) -> None:
    from planeval.io.plan_reader import read_plan

    path = case.make(tmp_path)
    with pytest.raises(planeval.PlanevalError) as refused:
        read_plan(path)
    assert str(refused.value) == f"{path}: {planeval.read_workbooks([path]).errors[0].message}"
