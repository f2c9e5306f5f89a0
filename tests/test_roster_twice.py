"""A body typed twice on the list of bodies (review 139 #1): 森根市 on two rows was called
未回答 though it answered — 「団体一覧の 1 団体から回答のブックがありません: 森根市」, nothing
counted where every body had, and compare said so of each round. It is one body now, with one
warning at the list's second row; two bodies of one name in two prefectures (伊達市) stay two."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import reply

TWICE = [
    ["団体コード", "団体名"],
    ["010006", "北海道"],
    ["062014", "森根市"],
    ["062014", "森根市"],
]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Both bodies answered; 森根市 is on the list's rows 3 and 4."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": TWICE})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    for year in ("r6", "r7"):
        (tmp_path / year).mkdir()
        reply(tmp_path / year / "010006_北海道.xlsx", ["○", "△"])
        reply(tmp_path / year / "062014_森根市.xlsx", ["◎"])
    return tmp_path


def _run(folder: Path, *args: str):
    return CliRunner().invoke(
        app, [*args, "--bodies", "file", "--config", str(folder / "planeval.toml")]
    )


def test_a_body_twice_on_the_list_is_one_body_that_answered(inbox: Path) -> None:
    config = planeval.load_config(inbox / "planeval.toml")
    assert [listed.name for listed in config.roster] == ["北海道", "森根市"]
    result = planeval.read_workbooks([inbox / "r7"], bodies="file", roster=config.roster)
    assert not result.errors
    assert result.bodies == ["北海道", "森根市"]
    assert not result.uncounted_bodies
    [warning] = [p for p in result.problems if p.severity == planeval.Severity.WARNING]
    assert warning.location == planeval.Location(str(inbox / "団体一覧.xlsx"), "一覧", "B4")
    assert warning.message == (
        "団体一覧の 4 行目の 森根市（062014）は 3 行目と同じ団体です。1 団体として数えました"
    )
    assert "1 行にしてください" in warning.hint


def test_summarize_and_compare_count_it(inbox: Path) -> None:
    done = _run(inbox, "summarize", str(inbox / "r7"), "--by", "body")
    assert done.exit_code == 0, done.stderr
    assert "未回答" not in done.stdout + done.stderr
    rows = [line for line in done.stdout.splitlines() if "森根市" in line]
    assert len(rows) == 1
    assert done.stderr.count("3 行目と同じ団体です") == 1
    compared = _run(inbox, "compare", str(inbox / "r6"), str(inbox / "r7"))
    assert compared.exit_code == 0, compared.stderr
    assert "未回答" not in compared.stdout + compared.stderr
    assert compared.stderr.count("3 行目と同じ団体です") == 1


def test_one_name_in_one_prefecture_under_two_codes_is_one_body(inbox: Path) -> None:
    """A code mistyped on the second row (062022 in 山形県 as 062014 is): one 森根市, the
    first row's, the warning naming both codes."""
    rows = [*TWICE[:3], ["062022", "森根市"]]
    write_book(inbox / "団体一覧.xlsx", {"一覧": rows})
    listed = planeval.load_config(inbox / "planeval.toml").roster
    assert [(one.name, one.code) for one in listed] == [("北海道", "010006"), ("森根市", "062014")]
    result = planeval.read_workbooks([inbox / "r7"], bodies="file", roster=listed)
    assert not result.errors
    [warning] = [p for p in result.problems if p.severity == planeval.Severity.WARNING]
    assert "（062022）" in warning.message and "（062014）" in warning.message


def test_one_name_in_two_prefectures_is_two_bodies(tmp_path: Path) -> None:
    """伊達市 of 北海道 and of 福島県: twins, not a row typed twice; no warning of the list."""
    write_book(
        tmp_path / "一覧.xlsx",
        {"一覧": [["団体コード", "団体名"], ["012335", "伊達市"], ["072133", "伊達市"]]},
    )
    listed = planeval.read_roster(tmp_path / "一覧.xlsx", planeval.Limits())
    assert [one.code for one in listed] == ["012335", "072133"]
    assert not any(one.again for one in listed)
