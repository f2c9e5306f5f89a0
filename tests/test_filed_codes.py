"""A 団体コード taken from a reply's file name under --bodies file (「03251_赤坂台市.xlsx」,
「492270.xlsx」), its form stating none: matched against the list of bodies as a form's code is
(review 133 #2, listed_codes.py) — only where it fits one body and the reply's name is that
body's. A code fitting another body was matched silently (a six-digit one to that body, its
own body then called 未回答 while counted), and a file named only 12017 by its first five
digits to 北町's 120171, though 12017 is as much 青葉市's 012017 with its leading zero lost."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.io.roster_file import by_code
from tests.test_listed_codes import THREE_BODIES, _inbox, coded_rows
from tests.test_roster import _reply, run


def _filed(tmp_path: Path, files: dict[str, str | None], extra: str = "") -> Path:
    """The list, and a reply per file name stating no code (and the 団体名 given, if any)."""
    inbox = _inbox(tmp_path, {})
    if extra:
        with (inbox / "団体一覧.csv").open("a", encoding="utf-8") as listed:
            listed.write(extra)
    for name, body in files.items():
        _reply(inbox / "回答" / name, None, body, ["○"])
    return inbox


def test_a_filed_five_digit_code_fitting_another_body_is_said_with_the_name_to_give_it(
    tmp_path: Path,
) -> None:
    """緑町's reply filed as 01203 — 川辺町's 012033 without its check digit: 緑町's by its name,
    and a warning at the file saying what to rename it to."""
    inbox = _filed(
        tmp_path,
        {"012017_青葉市.xlsx": None, "01203_緑町.xlsx": "緑町", "012033_川辺町.xlsx": None},
    )
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    done = run(inbox, *args, "-f", "csv")
    assert done.exit_code == 0 and done.stderr.splitlines() == [
        f"警告: {inbox / '回答' / '01203_緑町.xlsx'}: ファイル名の団体コード 01203 は、団体一覧の"
        "川辺町（012033）の末尾の検査数字がない形ですが、この回答の団体名は緑町です。団体コード"
        "では照らし合わせず、団体名のとおり団体一覧の緑町（012025）として集計しました"
        "（ファイル名を「012025_緑町.xlsx」に直してください。川辺町の回答なら、回答の団体名を"
        "直してください）",
        "警告 1 件",
    ], done.stderr
    assert coded_rows(done.stdout) == THREE_BODIES


def test_a_filed_six_digit_code_of_another_body_does_not_take_the_reply_from_its_name(
    tmp_path: Path,
) -> None:
    """緑町's reply filed under 川辺町's whole code: it was counted as 緑町 and 緑町 called
    未回答 (the list's 緑町 answered by nobody, its code 012033 shown twice)."""
    inbox = _filed(tmp_path, {"青葉市.xlsx": None, "012033_緑町.xlsx": None, "川辺町.xlsx": None})
    roster = planeval.load_config(inbox / "planeval.toml").roster
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=roster)
    assert result.errors == [], [p.message for p in result.errors]
    [warned] = [p for p in result.problems if "012033 は" in p.message]
    assert warned.severity.value == "warning"
    assert warned.location.file == str(inbox / "回答" / "012033_緑町.xlsx")
    assert "川辺町（012033）の団体コードですが、この回答の団体名は緑町です" in warned.message
    assert warned.hint.startswith("ファイル名を「012025_緑町.xlsx」に直してください")
    assert result.known_codes == {"青葉市": "012017", "緑町": "012025", "川辺町": "012033"}


def test_a_file_named_by_a_code_fitting_two_bodies_is_neither_s(tmp_path: Path) -> None:
    """12017.xlsx, its form naming no body: 青葉市's 012017 with its leading zero lost, or 北町's
    120171 without its check digit — it was 北町's by its first five digits, without a word."""
    inbox = _filed(tmp_path, {"12017.xlsx": None, "緑町.xlsx": None}, "120171,北町\n")
    roster = planeval.load_config(inbox / "planeval.toml").roster
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=roster)
    said = [p for p in result.problems if "12017" in p.message]
    assert [(p.severity.value, p.message) for p in said] == [
        (
            "warning",
            "ファイル名の団体コード 12017 は、団体一覧の青葉市（012017）の先頭の 0がない形とも"
            "北町（120171）の末尾の検査数字がない形で、どの団体の回答か決められません。団体一覧の"
            "どの団体の回答としても扱っていません",
        )
    ]
    [unanswered] = result.errors
    assert unanswered.message.endswith("（未回答）: 青葉市、川辺町、北町"), unanswered.message


def test_by_code_matches_a_name_only_by_a_code_fitting_one_body(tmp_path: Path) -> None:
    inbox = _filed(tmp_path, {}, "120171,北町\n202401,南村\n")
    roster = planeval.load_config(inbox / "planeval.toml").roster
    assert [by_code(name, roster) for name in ("01203", "012034", "12017", "20240401")] == [
        "川辺町",  # (its 012033 without the check digit, no other body's)
        "川辺町",  # (its first five digits: the check digit mistyped)
        "12017",  # (青葉市's and 北町's alike)
        "20240401",  # (a date, no code: not 南村's by its first five digits)
    ]


def test_a_file_named_with_another_body_s_code_is_said_where_its_form_states_its_own(
    tmp_path: Path,
) -> None:
    """Review 139 #3: 緑町's form stating its code as the number 12025 (its leading zero
    lost), filed as 012033.xlsx — 川辺町's code: only the zero was said, the file's name
    carrying another body's code not a word (as it is where the form states none)."""
    inbox = _inbox(tmp_path, {"青葉市": "012017", "川辺町": "012033"})
    _reply(inbox / "回答" / "012033.xlsx", "12025", "緑町", ["○"])
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    done = run(inbox, *args, "-f", "csv")
    assert done.exit_code == 0, done.stderr
    warned = [line for line in done.stderr.splitlines() if line.startswith("警告: ")]
    assert warned == [
        f"警告: {inbox / '回答' / '012033.xlsx'}: ファイル名の団体コード 012033 は、団体一覧の"
        "川辺町（012033）の団体コードですが、この回答の団体名は緑町です。団体コードでは照らし"
        "合わせず、団体名のとおり団体一覧の緑町（012025）として集計しました（ファイル名を"
        "「012025.xlsx」に直してください。川辺町の回答なら、回答の団体名を直してください）"
    ], done.stderr
    assert "先頭の 0" in done.stderr  # (the form's code: its notice kept)
    assert coded_rows(done.stdout) == THREE_BODIES
