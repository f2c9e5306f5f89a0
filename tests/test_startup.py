"""What a start loads: each command imports what it uses and no more (the start-up is timed in
bench/, not here), and the commands built on demand (cli/lazy.py) show the same help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer.main
from openpyxl import Workbook

from planeval.cli import app
from tests.conftest import REPO

SEED = str(REPO / "data" / "setagaya" / "chapter3.xlsx")
# planeval run as `python -m planeval …`, writing the names of the modules it imported by the
# time it ended to argv[1]
CHILD = """
import atexit, runpy, sys
listing = sys.argv[1]
def write() -> None:
    with open(listing, "w", encoding="utf-8") as file:
        file.write("\\n".join(sorted(sys.modules)))
atexit.register(write)
sys.argv = ["planeval", *sys.argv[2:]]
runpy.run_module("planeval", run_name="__main__")
"""
HEAVY = ("pandas", "openpyxl", "xlsxwriter", "docx", "tabulate", "numpy")


def imported(tmp_path: Path, *args: str) -> set[str]:
    listing = tmp_path / "modules.txt"
    subprocess.run(
        [sys.executable, "-c", CHILD, str(listing), *args],
        capture_output=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    return set(listing.read_text(encoding="utf-8").split("\n"))


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_reader_and_no_renderer(tmp_path: Path, option: str) -> None:
    modules = imported(tmp_path, option)
    assert "planeval.cli" in modules
    unwanted = (*HEAVY, "rich", "python_calamine", "planeval.api", "planeval.io", "json")
    assert not modules & set(unwanted)
    if option == "--version":  # (no command asked for: no command's module, no wording)
        assert not modules & {"planeval.cli.reports", "planeval.cli.cycle", "planeval.wording"}


def test_a_json_summary_loads_no_rich_and_no_table_code(tmp_path: Path) -> None:
    modules = imported(tmp_path, "summarize", SEED, "-f", "json")
    assert "planeval.io.reader" in modules
    unwanted = (
        *HEAVY,
        "rich",
        "planeval.report.tables",
        "planeval.report.table_notes",
        "planeval.report.chapter3_rows",
        "planeval.plan",
        "planeval.cycle",
        "html.parser",  # (read only for a report text that is a page: check --text)
        "planeval.io.bodies",  # (--bodies only)
        "planeval.io.body_folders",
        "planeval.counter_words",  # (a body's own counters: check, and a config's wording)
        "planeval.cli.export",  # (the other commands' modules: cli/lazy.command_modules)
        "planeval.cli.cycle",
        "planeval.cli.rounds",
        "planeval.export_api",
        "planeval.io.named",  # (tables written in names: Setagaya's are ID tables)
        "planeval.io.hidden_rows",  # (a sheet hiding rows)
        "planeval.io.column_words",  # (a body's own column words)
        "planeval.error_rows",  # (a roll-up's rows in error)
        "planeval.report_api",  # (a report built)
    )
    assert not modules & set(unwanted)


# planeval run as CHILD does, writing the patterns it compiled (re's own cache of them)
COMPILED = """
import atexit, re, runpy, sys
listing = sys.argv[1]
def write() -> None:
    patterns = [str(key[1]) for key in re._cache]
    with open(listing, "w", encoding="utf-8") as file:
        file.write("\\n".join(patterns))
atexit.register(write)
sys.argv = ["planeval", *sys.argv[2:]]
runpy.run_module("planeval", run_name="__main__")
"""
# what only a rare row's pattern holds: a class of katakana (a lower level's mark, 「ア．」),
# a legend line's colons, 【廃止】, a folder put aside (旧/), a bracketed number beside a No.
RARE = ("アイウエオ", "[:：=＝]", "(廃止|削除)", "旧|過去", r"[(（]\s*[0-9０-９]+\s*[)）]")


def test_a_summary_compiles_no_pattern_only_rare_rows_need(tmp_path: Path) -> None:
    # (each of these classes of full-width characters costs millions of instructions to compile:
    # this workbook's rows, ア lines among them, need none of them)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["政策番号", "実施内容", "達成状況"])
    sheet.append(["1-1-1", "① 電子申請の拡充", None])
    sheet.append([None, "ア 申請様式の見直し", "○"])
    sheet.append([None, "イ アンケートの電子化", "◎"])
    path = tmp_path / "lower.xlsx"
    workbook.save(path)
    compiled = _compiled(tmp_path, path)
    assert "(\\d+)-(\\d+)-(\\d+)(?![\\d-])\\s*" in compiled  # (the run read its rows)
    assert [pattern for pattern in compiled if any(rare in pattern for rare in RARE)] == []


# what the patterns read only of cells the quick readers leave hold: a project's ID of any dash
# and width, a direction's, a heading numbered under a policy's (施策1-1), a status's remark
UNUSUAL = (r"^\s*(\d+)\s*[", "[「『]?([^。]+?)", "[^（()）]*")


def test_a_summary_compiles_no_pattern_its_headings_and_ids_cannot_match(tmp_path: Path) -> None:
    # (a chapter's title, a legend, a direction named with a long vowel's ー, a project's ID alone
    # in its cell: none can match those patterns, millions of instructions each to compile)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["第3章 情報化計画事業の進捗状況"])
    sheet.append(["※達成状況　◎：計画以上　○：計画どおり"])
    sheet.append(["情報化政策2 行政経営を支援する情報化"])
    sheet.append(["情報化計画事業の体系", "実施内容", "達成状況"])
    sheet.append(["2-1 公共施設ペーパーレス化の効果検証"])
    sheet.append(["2-1-1", "① データ連携の効果検証", "○"])
    sheet.append([None, "② 電子申請の拡充", "◎"])
    path = tmp_path / "plain.xlsx"
    workbook.save(path)
    compiled = _compiled(tmp_path, path)
    assert "(\\d+)-(\\d+)-(\\d+)(?![\\d-])\\s*" in compiled  # (the run read its rows)
    assert [pattern for pattern in compiled if any(part in pattern for part in UNUSUAL)] == []


def test_a_summary_loads_no_spreadsheet_library(tmp_path: Path) -> None:
    modules = imported(tmp_path, "summarize", SEED)
    assert "rich.console" in modules  # (the terminal table is drawn by report/box.py)
    assert not modules & set(HEAVY)


def test_a_sheet_of_figures_no_cell_asks_the_format_of_loads_no_html(tmp_path: Path) -> None:
    # (a 備考 column of figures: the sheet's number formats are offered, never read, and html's
    # table of entities, 8 M instructions to build, is for a format code read)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["政策番号", "実施内容", "達成状況", "備考"])
    sheet.append(["1-1-1", "電子申請の拡充", "○", 12.5])
    sheet.append(["1-1-2", "申請様式の見直し", "◎", 0.25])
    workbook.save(tmp_path / "figures.xlsx")
    modules = imported(tmp_path, "summarize", str(tmp_path / "figures.xlsx"), "-f", "json")
    assert "planeval.io.number_formats" in modules
    assert "html" not in modules


def _help(*, built: bool) -> str:
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    with click.Context(group, info_name="planeval", terminal_width=100) as context:
        if built:  # every command built first, as typer itself would
            for name in group.list_commands(context):
                group.get_command(context, name)
            assert len(group.commands) == len(group.list_commands(context))
        else:
            assert not group.commands
        return group.get_help(context)


def test_the_help_lists_each_command_as_built() -> None:
    listing = _help(built=False)
    assert listing == _help(built=True)
    assert "summarize" in listing and "rounds" in listing


def test_a_read_result_is_shown_by_its_sizes_and_equal_only_to_itself() -> None:
    """ReadResult, an accumulator, has no generated repr or __eq__ (start-up: 61 fields)."""
    from planeval.api import read_workbooks

    result = read_workbooks([SEED])
    assert repr(result) == (
        f"ReadResult(files=1, entries={len(result.entries)}, "
        f"problems={len(result.problems)}, read={len(result.read)})"
    )
    assert len(result.entries) > 0
    assert result == result
    assert result != read_workbooks([SEED])


def test_a_read_result_is_made_by_no_compiled_init() -> None:
    """ReadResult's __init__ is not compiled from source as its class is made (start-up: ~16 M
    instructions for 61 fields), and takes its fields by name, each else its default."""
    from planeval.read_records import ReadResult

    assert ReadResult.__init__.__code__.co_filename != "<string>"
    result = ReadResult(files=["a.xlsx"], roster="団体一覧.xlsx")
    assert (result.files, result.roster, result.entries, result.issue_parts) == (
        ["a.xlsx"],
        "団体一覧.xlsx",
        [],
        (),
    )
    assert ReadResult().entries is not ReadResult().entries
    with pytest.raises(TypeError, match="unexpected keyword argument 'file'"):
        ReadResult(file=["a.xlsx"])  # type: ignore[call-arg]


def _compiled(tmp_path: Path, path: Path) -> list[str]:
    """The patterns ``summarize path -f json`` compiles, run in a fresh interpreter."""
    listing = tmp_path / "compiled.txt"
    subprocess.run(
        [sys.executable, "-c", COMPILED, str(listing), "summarize", str(path), "-f", "json"],
        capture_output=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    return listing.read_text(encoding="utf-8").split("\n")
