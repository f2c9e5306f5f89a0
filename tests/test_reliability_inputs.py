"""Reliability, second round: every entry of a folder is read or named with its reason."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import planeval
from planeval.io.inputs import expand_inputs
from tests.hostile import write_xlsx

KINDS = ["workbook", "xls", "ods", "csv", "dangling", "loop", "fifo", "folder", "lock"]


def make(folder: Path, kind: str, number: int) -> Path:
    """One entry of ``kind`` in ``folder``; its path."""
    names = {"xls": "reply{}.xls", "ods": "reply{}.ods", "csv": "reply{}.csv", "lock": "~$r{}.xlsx"}
    path = folder / names.get(kind, kind + "{}.xlsx").format(number)
    if kind == "workbook":
        write_xlsx(path)
    elif kind in ("xls", "ods", "csv", "lock"):
        path.write_bytes(b"x")
    elif kind == "dangling":
        path.symlink_to(folder / "nowhere")
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    return path


def test_each_kind_of_entry_is_named_with_its_reason(tmp_path: Path) -> None:
    made = {kind: make(tmp_path, kind, 0) for kind in KINDS}
    result = planeval.read_workbooks([tmp_path])
    said = {Path(p.location.file): p for p in result.problems}
    assert result.files == [str(made["workbook"])]
    assert "（.xls）" in said[made["xls"]].message
    assert "形式（.xlsx・.xlsm）ではないため" in said[made["ods"]].message
    assert "「Excel ブック (*.xlsx)」形式で保存し直してください" in said[made["csv"]].hint
    assert "リンク先がない" in said[made["dangling"]].message
    assert said[made["loop"]].is_error and "リンクの循環" in said[made["loop"]].hint
    assert "通常のファイルではない" in said[made["fifo"]].message
    assert "フォルダのため" in said[made["folder"]].message
    assert "一時ファイル" in said[made["lock"]].message


def test_a_folder_that_cannot_be_listed_is_a_problem_not_the_end_of_the_run(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good"
    good.mkdir()
    write_xlsx(good / "a.xlsx")
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0)
    try:
        if os.access(closed, os.R_OK):
            return  # (running as root: nothing is closed)
        result = planeval.read_workbooks([closed, good])
    finally:
        closed.chmod(0o755)
    assert result.files == [str(good / "a.xlsx")]
    assert "フォルダの中を見られません" in result.errors[0].message


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(KINDS), max_size=8))
def test_every_entry_of_a_folder_is_in_files_or_problems(kinds: list[str]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        made = [make(folder, kind, number) for number, kind in enumerate(kinds)]
        files, problems = expand_inputs([folder])
        named = {str(path) for path in files} | {p.location.file for p in problems}
        assert {str(path) for path in made} <= named
        assert len(files) + len(problems) >= len(made)
