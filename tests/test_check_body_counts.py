"""A prefecture's roll-up states how many bodies it asked and how many answered (「4市町村の
うち3市町村から回答」「回答率75.0%」): with several bodies read (--bodies) and its roster, check
compares them with the roster's bodies and those that sent something (review 104's note 1,
review 109: listed as not compared although the run knew both)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import write_book
from tests.test_roster import _reply, run

# the list, 山田村 marked 辞退 by the clerk after her call
ROSTER = [
    ["団体コード", "団体名", "回答状況"],
    [12017, "青葉市", ""],
    [12025, "緑町", ""],
    [12033, "川辺町", ""],
    [12041, "山田村", "辞退"],
]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "青葉市.xlsx", "012017", "青葉市", ["○", "○", "△"])
    _reply(replies / "緑町.xlsx", "012025", "緑町", ["◎", "×"])
    _reply(replies / "川辺町.xlsx", "012033", "川辺町", ["○"])
    return tmp_path


def _check(inbox: Path, text: str) -> tuple[int, dict]:
    (inbox / "報告.md").write_text(text, encoding="utf-8")
    args = ["check", str(inbox / "回答"), "--bodies", "file", "-f", "json"]
    done = run(inbox, *args, "--text", str(inbox / "報告.md"))
    return done.exit_code, json.loads(done.stdout)


def test_the_bodies_asked_and_answered_agree_with_the_roster(inbox: Path) -> None:
    text = (
        "県内4市町村のうち3市町村から回答がありました。回答団体数は3団体（回答率75.0%）でした。\n"
    )
    code, data = _check(inbox, text)
    assert (code, data["disagreements"], data["not_compared"]) == (0, [], []), data


@pytest.mark.parametrize("asked", ["に対し、", "に対して", "を対象に", "へ照会し、", "に調査を"])
def test_the_bodies_asked_by_the_words_asking_them_are_the_roster_s(
    inbox: Path, asked: str
) -> None:
    """「県内18市町に対し、…照会し」 counts the bodies asked, as 「18市町のうち」 does: compared with
    the roster (review 198 #5: 「団体の数は比べていません」 beside a roster of exactly 18)."""
    code, data = _check(inbox, f"県内4市町村{asked}進捗状況を照会しました。\n")
    assert (code, data["disagreements"], data["not_compared"]) == (0, [], []), data
    code, data = _check(inbox, f"県内5市町村{asked}進捗状況を照会しました。\n")
    found = [(d["what"], d["stated"], d["counted"], d["note"]) for d in data["disagreements"]]
    assert (code, found) == (1, [("bodies", 5, 4, "（団体一覧の 4 団体。辞退の 山田村 を含む）")])


def test_a_wrong_count_of_bodies_says_what_was_counted(inbox: Path) -> None:
    code, data = _check(inbox, "全5団体のうち4団体が回答し、回答率は80.0%でした。\n")
    assert code == 1
    found = [(d["what"], d["stated"], d["counted"], d["note"]) for d in data["disagreements"]]
    assert found == [
        ("bodies", 5, 4, "（団体一覧の 4 団体。辞退の 山田村 を含む）"),
        ("answered bodies", 4, 3, "（団体一覧の 4 団体のうち、辞退の 山田村 を除く 3 団体）"),
        ("answered bodies", 80.0, 75.0, "（団体一覧の 4 団体のうち、辞退の 山田村 を除く 3 団体）"),
    ], data
    assert data["not_compared"] == []


def test_another_count_of_bodies_is_still_said_not_compared(inbox: Path) -> None:
    """「○と回答した団体は2団体」 counts the bodies that rated some row ○: not compared."""
    code, data = _check(inbox, "○と回答した団体は2団体でした。\n")
    assert code == 1
    assert [n["stated"] for n in data["not_compared"]] == [2], data
