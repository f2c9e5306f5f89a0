"""compare and the roster (団体一覧): review 78's 川辺町, on the list and answering in neither
round, was named by summarize, check and export (「数えた行のない団体：川辺町（未回答）」) but
by compare only in notices, which -q hides. compare names it under its tables as summarize
does, with each round's reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import ROSTER, reply


@pytest.fixture
def rounds(tmp_path: Path) -> Path:
    """Two rounds of replies; 川辺町 sent nothing in either."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    for year, statuses in (("r5", ["△", "○"]), ("r6", ["○", "○"])):
        (tmp_path / year).mkdir()
        reply(tmp_path / year / "192000_青葉市.xlsx", statuses)
        reply(tmp_path / year / "192021_緑町.xlsx", statuses[:1])
    return tmp_path


def _compare(folder: Path, *more: str):
    args = ["compare", str(folder / "r5"), str(folder / "r6"), "--bodies", "file", *more]
    return CliRunner().invoke(
        app, [*args, "-q", "--config", str(folder / "planeval.toml")], env={"COLUMNS": "120"}
    )


def test_compare_names_a_body_of_the_roster_that_answered_in_no_round(rounds: Path) -> None:
    done = _compare(rounds)
    assert done.exit_code == 0, done.stderr  # (a body unanswered stops a count, not a comparison)
    assert (
        done.stdout.splitlines()[-1] == "どの回も未集計の団体（比べていません）：川辺町（未回答）"
    )


def test_each_rounds_reason_where_they_differ(rounds: Path) -> None:
    """川辺町's reply of the first round was in another form (an .xls), none in the second."""
    (rounds / "r5" / "192084_川辺町.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(508))
    done = _compare(rounds, "--keep-going")
    assert done.stdout.splitlines()[-1] == (
        "どの回も未集計の団体（比べていません）：川辺町（前回はファイル形式が異なるため、今回は未回答）"
    )
    data = json.loads(_compare(rounds, "--keep-going", "--format", "json").stdout)
    assert data["counted_in_no_round"] == {
        "川辺町": {"old": "ファイル形式が異なるため", "new": "未回答"}
    }
