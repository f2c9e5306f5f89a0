"""Review 168 #5: under --keep-going, a reply of last year from a body the roster does not list
(北浦町, merged since) was said twice as 「数えていないファイル: …（別の年度の調査票のため）」, once
for each of its two errors: it is said once."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.test_prefecture_rollup import form, run
from tests.test_review165_roster_bodies import _replies, _settings


def test_a_file_left_out_for_two_errors_is_listed_once(tmp_path: Path) -> None:
    options = _settings(tmp_path)
    replies = _replies(tmp_path / "R6")
    old = replies / "493287_北浦町.xlsx"
    form(old, "北浦町", "493287", [["B"]], year=5)
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", "--keep-going",
               *options)  # fmt: skip
    errors = [line for line in said.stderr.splitlines() if line.startswith("エラー:")]
    assert len([line for line in errors if old.name in line]) == 2, said.stderr
    listed = [line for line in said.stderr.splitlines() if "数えていないファイル" in line]
    assert len(listed) == 1 and old.name in listed[0], said.stderr
    assert said.exit_code == 1


def test_a_body_the_roster_says_merged_is_not_to_be_added_to_it(tmp_path: Path) -> None:
    """Review 168 #4 (first half): 北浦町's old reply was told 「団体一覧に加えるか…」 though the
    roster's 新北山町 says 「令和6年1月1日 北浦町・南浦村が新設合併」: adding it is no fix."""
    merged = "令和6年1月1日 北浦町・南浦村が新設合併"
    roster = (("491004", "北山市", ""), ("492019", "南原市", ""), ("493236", "梅田町", ""),
              ("493295", "新北山町", merged))  # fmt: skip
    options = _settings(tmp_path, roster)
    replies = _replies(tmp_path / "R6")
    form(replies / "493287_北浦町.xlsx", "北浦町", "493287", [["B"]], year=6)
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", *options)
    (error,) = [line for line in said.stderr.splitlines() if "493287_北浦町" in line]
    assert "団体一覧に加える" not in error, error
    assert f"新北山町には「{merged}」とあります" in error and "フォルダから除いて" in error
    assert said.exit_code == 1


def test_the_library_holds_a_file_left_out_for_two_errors_once(tmp_path: Path) -> None:
    """The CLI listed 北浦町's reply once (above), yet the read itself held it twice in
    ReadResult.left_out, once for each error (last year's title; a body the roster lacks): a
    library caller saw it twice. Both reads (read_workbooks, and summarize_workbooks' roll-up)
    hold it once, and each of its errors is still said."""
    _settings(tmp_path)
    replies = _replies(tmp_path / "R6")
    old = replies / "493287_北浦町.xlsx"
    form(old, "北浦町", "493287", [["B"]], year=5)
    roster = planeval.read_roster(tmp_path / "団体一覧.xlsx", planeval.Limits())
    read = planeval.read_workbooks([replies], bodies="file", roster=roster)
    _summary, rolled = planeval.summarize_workbooks(
        [replies], bodies="file", roster=roster, by="body"
    )
    for result in (read, rolled):
        assert len([p for p in result.errors if p.location.file == str(old)]) >= 2
        assert result.left_out == [str(old)], result.left_out


def test_a_code_of_another_body_quotes_the_form_s_name_at_its_cell(tmp_path: Path) -> None:
    """Review 168 #4 (second half): 【令和6年度回答】北山県梅田町.xlsx, whose form's 団体名 says
    梅田町 and whose 団体コード is 杉野町's, was told 「…調査票の団体名は北山県梅田町です」 — the
    prefecture from the file's name, not the form's. The warning quotes the 団体名 as the form
    types it and names the cell holding it, beside the code's cell it is said at."""
    roster = (("491004", "北山市"), ("493236", "梅田町"), ("493244", "杉野町"))
    options = _settings(tmp_path, roster)
    replies = tmp_path / "R6"
    replies.mkdir()
    form(replies / "491004_北山市.xlsx", "北山市", "491004", [["A"]])
    form(replies / "493244_杉野町.xlsx", "杉野町", "493244", [["B"]])
    wrapped = form(replies / "【令和6年度回答】北山県梅田町.xlsx", "梅田町", "493244", [["C"]])
    said = run("summarize", str(replies), "--bodies", "file", "--by", "body", *options)
    (warned,) = [line for line in said.stderr.splitlines() if "493244 は" in line]
    assert warned.startswith(f"警告: {wrapped} › 評価結果 › B3: "), warned
    assert "ですが、調査票の団体名（B2）は「梅田町」です。" in warned, warned
    assert "北山県" not in warned.split(" › B3: ")[1]
    assert "団体名のとおり団体一覧の梅田町（493236）として集計しました" in warned
    assert said.exit_code == 0
