"""A body's reply in a folder inside the given one (--bodies file): review 49's
「raw_file/東部地域/222097_島田市.xlsx」 — the sub-folder's warning named no body, and the roster's
error and the summary called 島田市 unanswered. The warning names the bodies its workbooks'
names name, and such a body answered: not counted, for its reply sits in a folder inside."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.past_errors import uncounted_why
from tests.test_bodies import _survey


def test_a_reply_in_a_sub_folder_is_its_body_s_not_unanswered(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    (folder / "東部地域").mkdir(parents=True)
    _survey(folder / "221007_静岡市.xlsx", [["団体名", "静岡市"]], ["○"])
    _survey(folder / "222101_富士市.xlsx", [["団体名", "富士市"]], ["△"])
    _survey(folder / "東部地域" / "222097_島田市.xlsx", [["団体名", "島田市"]], ["×"])
    _survey(folder / "東部地域" / "回答.xlsx", [["団体名", "島田市"]], ["×"])  # (names none)
    roster = tmp_path / "団体一覧.csv"
    roster.write_text(
        "団体コード,団体名\n221007,静岡市\n222097,島田市\n222101,富士市\n223441,小山町\n", "utf-8"
    )
    listed = planeval.read_roster(roster, planeval.Limits())
    read = planeval.read_workbooks([folder], bodies="file", roster=listed)
    [held] = [p for p in read.problems if p.location.file == str(folder / "東部地域")]
    assert held.message.startswith(
        "中に Excel ブックがあるフォルダです（Excel ブック 2 件、島田市の回答、"
        "ファイル名に団体名のないブック 1 件（回答.xlsx））。"
    )
    [unanswered] = [p for p in read.problems if p.reason == "未回答"]
    assert unanswered.message.endswith(
        "団体一覧の 1 団体から回答のブックがありません（未回答）: 小山町"
    )
    assert read.bodies == ["静岡市", "島田市", "富士市", "小山町"]
    assert uncounted_why(read) == {
        "島田市": "フォルダの中のフォルダに置かれていたため",
        "小山町": "未回答",
    }
    # (without a roster, alike: 島田市 is a body of the read, its reply not counted)
    alone = planeval.read_workbooks([folder], bodies="file")
    assert uncounted_why(alone) == {"島田市": "フォルダの中のフォルダに置かれていたため"}
    assert set(alone.bodies) == {"静岡市", "島田市", "富士市"}


def test_every_resubmitted_reply_in_a_sub_folder_is_named_by_code_too(tmp_path: Path) -> None:
    """Review 137 #8: 再提出/ held 青瀬市_回答.xlsx and 082031.xlsx (林丘市's code on the
    list); the warning named 青瀬市 alone. Each is named, the code's by the list's body."""
    folder = tmp_path / "R7回答"
    (folder / "再提出").mkdir(parents=True)
    _survey(folder / "082031_林丘市.xlsx", [["団体名", "林丘市"]], ["○"])
    _survey(folder / "青瀬市_回答.xlsx", [["団体名", "青瀬市"]], ["△"])
    _survey(folder / "再提出" / "082031.xlsx", [["団体名", "林丘市"]], ["◎"])
    _survey(folder / "再提出" / "青瀬市_回答.xlsx", [["団体名", "青瀬市"]], ["◎"])
    roster = tmp_path / "団体一覧.csv"
    roster.write_text("団体コード,団体名\n082031,林丘市\n082040,青瀬市\n", "utf-8")
    listed = planeval.read_roster(roster, planeval.Limits())
    read = planeval.read_workbooks([folder], bodies="file", roster=listed)
    [held] = [p for p in read.problems if p.location.file == str(folder / "再提出")]
    files = sorted(path.name for path in (folder / "再提出").iterdir())
    assert held.message.startswith(
        f"中に Excel ブックがあるフォルダです（Excel ブック {len(files)} 件、林丘市、青瀬市の回答）。"
    )
    # (without the list, the code names no body: the workbook is named by its file)
    alone = planeval.read_workbooks([folder], bodies="file")
    [held] = [p for p in alone.problems if p.location.file == str(folder / "再提出")]
    assert "青瀬市の回答、ファイル名に団体名のないブック 1 件（082031.xlsx）" in held.message


def test_a_reply_named_by_code_in_a_prefecture_s_folder_is_its_code_s_body(
    tmp_path: Path,
) -> None:
    """Review 156 #2: R7回答/13_東京都/131016.xlsx (団体名 石田崎区), the sub-folder not given:
    27 such files were said to state 「東京都」 (the folder's name) and to be renamed 130001.xlsx,
    and their bodies called 未回答, 東京都 held instead. The code's body is held, 東京都 (which
    sent nothing) is 未回答, and nothing is said of a 団体名 no form states."""
    folder = tmp_path / "R7回答"
    (folder / "13_東京都").mkdir(parents=True)
    _survey(folder / "012017_青葉市.xlsx", [["団体名", "青葉市"]], ["○"])
    _survey(folder / "13_東京都" / "131016.xlsx", [["団体名", "石田崎区"]], ["△"])
    _survey(folder / "13_東京都" / "131024_上ノ田区.xlsx", [["団体名", "上ノ田区"]], ["×"])
    roster = tmp_path / "団体一覧.csv"
    roster.write_text(
        "団体コード,団体名\n012017,青葉市\n130001,東京都\n131016,石田崎区\n131024,上ノ田区\n",
        "utf-8",
    )
    listed = planeval.read_roster(roster, planeval.Limits())
    read = planeval.read_workbooks([folder], bodies="file", roster=listed)
    assert not [p for p in read.problems if "東京都です" in p.message], read.problems
    assert not [p for p in read.problems if "130001.xlsx" in p.hint], read.problems
    assert uncounted_why(read) == {
        "東京都": "未回答",
        "石田崎区": "フォルダの中のフォルダに置かれていたため",
        "上ノ田区": "フォルダの中のフォルダに置かれていたため",
    }
    [unanswered] = [p for p in read.problems if p.reason == "未回答"]
    assert unanswered.message.endswith(
        "団体一覧の 1 団体から回答のブックがありません（未回答）: 東京都"
    )
