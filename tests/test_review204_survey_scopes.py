"""Review 204: a national survey's draft checked while some replies were not counted (an .xls).
#1 a count the sentence scopes to the bodies counted (「回答のあった3団体のうち、○は4件」) is
compared with the rows counted, not held back for the .xls; the whole plan's, held back, says
the count read beside it. #2 a count of one 都道府県's bodies (「北海道では○2件」) is compared
with that prefecture's rows, not the whole survey's. #3 「回答のあった3団体」 of three counted
and four that answered agrees; another number says which answered bodies were not counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import write_book
from tests.test_roster import _reply, run

ROSTER = [
    ["団体コード", "都道府県", "団体名", "回答状況"],
    [12017, "北海道", "青葉市", ""],
    [12025, "北海道", "緑町", ""],
    [22012, "青森県", "川辺町", ""],
    [22021, "青森県", "山田村", ""],
]


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Four bodies, 山田村's reply an .xls planeval does not read (its rows not counted)."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "012017_青葉市.xlsx", "012017", "青葉市", ["○", "○", "△"])
    _reply(replies / "012025_緑町.xlsx", "012025", "緑町", ["◎", "×"])
    _reply(replies / "022012_川辺町.xlsx", "022012", "川辺町", ["○"])
    (replies / "022021_山田村.xls").write_bytes(b"\xd0\xcf\x11\xe0 an old workbook")
    return tmp_path


def _check(inbox: Path, text: str) -> tuple[int, dict]:
    (inbox / "報告.txt").write_text(text, encoding="utf-8")
    args = ["check", str(inbox / "回答"), "--bodies", "file", "--keep-going", "-f", "json"]
    done = run(inbox, *args, "--text", str(inbox / "報告.txt"))
    return done.exit_code, json.loads(done.stdout)


def _wrong(data: dict) -> list[tuple[str, str, object, object, str]]:
    return [
        (d["scope"], d["what"], d["stated"], d["counted"], d["note"]) for d in data["disagreements"]
    ]


def _skipped(data: dict) -> list[tuple[str, str, object, str]]:
    return [(n["scope"], n["phrase"], n["stated"], n["reason"]) for n in data["not_compared"]]


def test_the_bodies_counted_are_the_bodies_that_answered(inbox: Path) -> None:
    """#3: 3 counted of 4 that answered (山田村's .xls): 「回答のあった3団体」 agrees."""
    code, data = _check(inbox, "回答のあった3団体について集計しました。\n")
    assert (code, _wrong(data), _skipped(data)) == (1, [], []), data


def test_a_wrong_count_of_bodies_names_those_not_counted(inbox: Path) -> None:
    _, data = _check(inbox, "回答のあった2団体について集計しました。\n")
    note = "（団体一覧の 4 団体。すべての団体が回答。うち集計 3：ファイル形式が異なる 1）"
    assert _wrong(data) == [("計画全体", "answered bodies", 2, 4, note)], data


def test_a_count_of_the_bodies_counted_is_compared_with_their_rows(inbox: Path) -> None:
    """#1: the sentence scopes to the 3 bodies counted; 山田村's .xls is none of its rows."""
    code, data = _check(inbox, "回答のあった3団体のうち、○は4件、◎は1件でした。\n")
    assert (code, _wrong(data), _skipped(data)) == (1, [("計画全体", "○", 4, 3, "")], []), data
    assert "読めた行の集計と一致" not in data["verdict"], data["verdict"]


def test_the_whole_survey_s_count_held_back_says_the_rows_read(inbox: Path) -> None:
    """#1: of the whole survey, 山田村's rows may be among it: held back, the count read said."""
    code, data = _check(inbox, "調査全体では、○は4件でした。\n")
    reason = (
        "この範囲に数えなかった行（エラー、1 ファイル）があるため比べていません（読めた行では 3）"
    )
    assert (code, _wrong(data), _skipped(data)) == (
        1,
        [],
        [("計画全体", "○は4件", 4, reason)],
    ), data


def test_a_prefecture_s_counts_are_compared_with_its_bodies_rows(inbox: Path) -> None:
    """#2: 北海道 (青葉市 ○○△, 緑町 ◎×): ○2 ◎1 agree; ○3, the survey's, is 北海道's 2."""
    code, data = _check(inbox, "都道府県別では、北海道で○2件、◎1件でした。\n")
    assert (code, _wrong(data), _skipped(data)) == (1, [], []), data  # (1: the .xls)
    _, data = _check(inbox, "都道府県別では、北海道で○3件、◎1件でした。\n")
    assert _wrong(data) == [("北海道 計画全体", "○", 3, 2, "")], data


def test_a_body_named_with_its_prefecture_is_that_body_s(inbox: Path) -> None:
    _, data = _check(inbox, "北海道の緑町では◎1件、×1件でした。\n")
    assert (_wrong(data), _skipped(data)) == ([], []), data


def test_a_prefecture_of_a_list_not_giving_every_body_s_is_not_compared(inbox: Path) -> None:
    """The list leaves 川辺町's 都道府県 blank: 青森県's rows are not known, nor 北海道's."""
    blank = [row if row[2] != "川辺町" else [22012, "", "川辺町", ""] for row in ROSTER]
    write_book(inbox / "団体一覧.xlsx", {"一覧": blank})
    _, data = _check(inbox, "北海道で○3件でした。\n")
    reason = (
        "都道府県ごとの数は、団体一覧（[bodies] roster）の「都道府県」の列がすべての団体に"
        "書かれているときだけ、その都道府県の団体の行と比べます（都道府県が空の団体: 川辺町）"
    )
    assert (_wrong(data), _skipped(data)) == (
        [],
        [("北海道 計画全体", "北海道で○3件", 3, reason)],
    ), data
