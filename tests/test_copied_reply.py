"""A body that sent another body's file under its own name (review 139 #7: 春宮市's
012033_春宮市.xlsx a byte copy of 雪里町's 013056.xlsx): its error said the 団体名 was not its
file's body, never that the two files are one — the clerk could not tell at once that 春宮市
attached the wrong file and that 雪里町 is counted once. The error now names the file it copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
import planeval.rollup
from planeval.cli import app
from tests.test_bodies import _survey


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    replies = tmp_path / "R7回答"
    replies.mkdir()
    _survey(replies / "013056.xlsx", [["団体名", "雪里町"]], ["○", "△"])
    _survey(replies / "021008_青葉市.xlsx", [["団体名", "青葉市"]], ["◎"])
    shutil.copyfile(replies / "013056.xlsx", replies / "012033_春宮市.xlsx")
    return replies


def test_the_error_of_another_bodys_file_says_it_is_a_copy(folder: Path) -> None:
    read = planeval.read_workbooks([folder], bodies="file")
    [said] = read.errors
    assert said.location.file == str(folder / "012033_春宮市.xlsx")
    assert said.message == (
        "団体名「雪里町」と書かれたブックですが、ファイル名は春宮市です。"
        f"{folder / '013056.xlsx'}（雪里町の回答）と中身がまったく同じファイル（写し）です。"
        "雪里町の回答を二度数えないよう、このブックの行は数えていません"
    )
    assert said.hint.startswith("春宮市がほかの団体のファイルを取り違えて送ったとみられます")
    counts = {g.id: g.count.total for g in planeval.summarize(read.entries, by="body").groups}
    assert counts == {"雪里町": 2, "青葉市": 1}


@pytest.mark.parametrize("streamed", [False, True])
def test_summarize_says_it_read_whole_or_streamed(
    folder: Path, streamed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if streamed:
        monkeypatch.setattr(planeval.rollup, "STREAM_FROM", 0)  # (every read streamed)
    args = ["summarize", str(folder), "--bodies", "file", "--by", "body", "--keep-going"]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 1, done.output  # (its error left out: --keep-going's exit)
    assert done.stderr.count("と中身がまったく同じファイル（写し）です") == 1


def test_a_file_of_its_own_stating_another_body_says_no_copy(folder: Path) -> None:
    """A form copied and filled in (not the same bytes): the error as before."""
    _survey(folder / "012033_春宮市.xlsx", [["団体名", "雪里町"]], ["×", "×"])
    [said] = planeval.read_workbooks([folder], bodies="file").errors
    assert "写し" not in said.message
    assert said.message.endswith(
        "どちらの団体の回答か分からないため、このブックの行は数えていません"
    )
