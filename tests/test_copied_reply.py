"""A body that sent another body's file under its own name (review 139 #7: 春宮市's
012033_春宮市.xlsx a byte copy of 雪里町's 013056.xlsx): its error said the 団体名 was not its
file's body, never that the two files are one — the clerk could not tell at once that 春宮市
attached the wrong file and that 雪里町 is counted once. The error now names the file it copies."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("exported", [False, True])
def test_compare_asks_the_body_of_a_copy_for_its_own_reply(
    tmp_path: Path, folder: Path, exported: bool
) -> None:
    """Review 156 Part 1 (139 #6): 春宮市's reply this round a copy of 雪里町's, compare said
    「ブックのエラーを直せば数えられます」 — no error of the book to fix: 春宮市 has to send its
    own. So too of the round's export read back, which records the copy's error."""
    last = tmp_path / "R6回答"
    last.mkdir()
    own = ["○"]  # (春宮市's own reply last round)
    for name, body, marks in (
        ("013056.xlsx", "雪里町", ["○", "△"]),
        ("021008_青葉市.xlsx", "青葉市", ["◎"]),
        ("012033_春宮市.xlsx", "春宮市", own),
    ):
        _survey(last / name, [["団体名", body]], marks)
    new = str(folder)
    if exported:
        new = str(tmp_path / "報告.xlsx")
        args = ["export", str(folder), "--bodies", "file", "--keep-going", "--xlsx", new]
        assert CliRunner().invoke(app, args).exit_code == 1
    result = CliRunner().invoke(
        app,
        ["compare", str(last), new, "--bodies", "file", "--keep-going"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code in (0, 1), result.output
    said = "".join(result.output.split())
    assert f"春宮市：今回はほかの団体の回答の写し（前回{len(own)}件）" in said, result.output
    assert "ブックのエラーを直せば" not in said, result.output
    assert "春宮市自身の回答を受け取り、写しと置き換えれば数えられます" in said, result.output
    as_json = CliRunner().invoke(
        app, ["compare", str(last), new, "--bodies", "file", "--keep-going", "-f", "json"]
    )
    [apart] = json.loads(as_json.stdout)["bodies_apart"]
    assert apart["body"] == "春宮市" and len(apart["copy_in"]) == 1, apart
