"""Review 159 #1: with a list of bodies (団体一覧) given, the list is the bodies asked. A town
absorbed by a merger (高田坂市, not on this year's list) that still sent its reply was warned
of and counted all the same: the national total was 48,169 where the ministry's was 48,139,
and check said 「団体一覧の 1699 団体」 of a list of 1,698. Its reply is now an error naming
the file and the fix, its rows and the body left out of every total (--keep-going counts the
rest); compare's earlier round, read by this year's list, still counts it (it was asked then)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.workbook import ReadOptions
from planeval.rollup import count_workbooks
from tests.test_roster import _reply

ROSTER = [["団体コード", "団体名"], ["012017", "青葉市"], ["012025", "緑町"]]
LISTED = {"01_青葉市.xlsx": ("012017", "青葉市", ["○", "○", "△"]), "02_緑町.xlsx": ("012025", "緑町", ["◎", "×"])}  # fmt: skip
MERGED = ("012033", "高田坂市", ["◎", "◎", "×", "△"])  # (absorbed by 青葉市: not listed)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    from tests.conftest import write_book

    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "回答").mkdir()
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    for name, (code, body, statuses) in LISTED.items():
        _reply(tmp_path / "回答" / name, code, body, statuses)
    _reply(tmp_path / "回答" / "03_高田坂市.xlsx", *MERGED)
    return tmp_path


def _listed_rows() -> int:
    return sum(len(statuses) for _code, _body, statuses in LISTED.values())


@pytest.mark.parametrize("stream", [False, True])
def test_a_reply_of_a_body_the_list_lacks_adds_nothing_to_the_list_s_totals(
    inbox: Path, stream: bool
) -> None:
    roster = planeval.load_config(inbox / "planeval.toml").roster
    tally, _marked, result = count_workbooks(
        [inbox / "回答"], by="body", options=ReadOptions(), bodies="file", stream=stream,
        roster=roster,
    )  # fmt: skip
    summary = tally.summary()
    assert summary.total.total == _listed_rows()
    assert [group.key[-1] for group in summary.groups] == ["青葉市", "緑町"]
    assert result.bodies == ["青葉市", "緑町"]
    [error] = [p for p in result.errors if "高田坂市" in p.message]
    assert error.location.file == str(inbox / "回答" / "03_高田坂市.xlsx")
    assert "団体コード 012033" in error.message and "行は数えていません" in error.message
    assert "団体一覧に加えるか" in error.hint and "除いて" in error.hint


def test_summarize_stops_on_it_and_keep_going_counts_the_rest(inbox: Path) -> None:
    config = str(inbox / "planeval.toml")
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    stopped = CliRunner().invoke(app, [*args, "--config", config])
    assert stopped.exit_code == 1
    assert "03_高田坂市.xlsx: 団体「高田坂市」（団体コード 012033）は団体一覧" in stopped.stderr
    kept = CliRunner().invoke(app, [*args, "--keep-going", "--config", config])
    assert kept.exit_code == 1
    total = next(line for line in kept.stdout.splitlines() if line.startswith("│ 合計"))
    assert total.split("│")[-3].strip() == str(_listed_rows())
    assert "高田坂市" not in kept.stdout


def test_check_counts_the_list_s_bodies(inbox: Path) -> None:
    report = inbox / "報告.txt"
    report.write_text("3団体から回答がありました。\n", encoding="utf-8")
    done = CliRunner().invoke(
        app,
        ["check", str(inbox / "回答"), "--bodies", "file", "--keep-going",
         "--text", str(report), "--config", str(inbox / "planeval.toml")],
        env={"COLUMNS": "200"},  # (its note whole beside the words it quotes)
    )  # fmt: skip
    assert "（団体一覧の 2 団体" in done.stdout, done.stdout
