"""A body whose reply was left out keeps its place among the bodies (review 21 F16): with
--bodies file, 06_東山市.xlsx stating 団体名 青葉市 (a copied form) is not counted, and 東山市
came after 森野町 — in the codes' order by folder, second. It is placed by the code its form
states, as by folder; by its file's place where the forms state no code."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.test_bodies import _survey


def _replies(folder: Path, forms: list[tuple[str, str, str]]) -> Path:
    folder.mkdir(parents=True)
    for name, body, code in forms:
        heading = [["団体名", body, "団体コード", code]] if code else [["団体名", body]]
        _survey(folder / name, heading, ["○"])
    return folder


def test_a_left_out_reply_is_placed_by_the_code_it_states(tmp_path: Path) -> None:
    folder = _replies(
        tmp_path / "回答",
        [
            ("01_青葉市.xlsx", "青葉市", "082015"),
            ("03_川辺町.xlsx", "川辺町", "083411"),
            ("05_森野町.xlsx", "森野町", ""),  # (no code: after the body before it)
            ("06_東山市.xlsx", "青葉市", "082023"),  # (東山市's code, 青葉市's name: left out)
            ("08_南台市.xlsx", "南台市", "082031"),
        ],
    )
    result = planeval.read_workbooks([folder], bodies="file")
    assert result.left_out == [str(folder / "06_東山市.xlsx")], result.problems
    assert result.bodies == ["青葉市", "東山市", "南台市", "川辺町", "森野町"]
    by_folder = tmp_path / "団体別"
    for name, body in (("01_青葉市", "青葉市"), ("06_東山市", "東山市"), ("08_南台市", "南台市")):
        code = {"青葉市": "082015", "東山市": "082023", "南台市": "082031"}[body]
        _replies(by_folder / name, [("回答.xlsx", body, code)])
    assert planeval.read_workbooks([by_folder], bodies="folder").bodies == [
        "青葉市", "東山市", "南台市"
    ]  # fmt: skip


def test_a_left_out_reply_stating_a_counted_body_s_code_keeps_its_file_s_place(
    tmp_path: Path,
) -> None:
    """A copied form with the other body's code too says nothing of whose it is: its body
    stays after the body before it among the files, never sorted beside the other body."""
    folder = _replies(
        tmp_path / "回答",
        [
            ("01_青葉市.xlsx", "青葉市", "082015"),
            ("02_南台市.xlsx", "南台市", "082031"),
            ("03_東山市.xlsx", "青葉市", "082015"),
        ],
    )
    result = planeval.read_workbooks([folder], bodies="file")
    assert result.bodies == ["青葉市", "南台市", "東山市"]


def test_without_codes_a_left_out_reply_keeps_its_file_s_place(tmp_path: Path) -> None:
    folder = _replies(
        tmp_path / "回答",
        [
            ("01_青葉市.xlsx", "青葉市", ""),
            ("02_東山市.xlsx", "青葉市", ""),
            ("03_南台市.xlsx", "南台市", ""),
        ],
    )
    result = planeval.read_workbooks([folder], bodies="file")
    assert result.bodies == ["青葉市", "東山市", "南台市"]


def test_two_bodies_of_one_name_and_two_codes_are_never_one_body(tmp_path: Path) -> None:
    """Review 44: 伊達市 of 北海道 (012335) and of 福島県 (072133), each stating its 団体名 and
    code, were one body of both replies' rows. With a roster listing both, each is named with
    its code's prefecture and counted; without one, neither is counted, an error offering
    those names."""
    folder = _replies(
        tmp_path / "回答",
        [
            ("012335_伊達市.xlsx", "伊達市", "012335"),
            ("072133_伊達市.xlsx", "伊達市", "072133"),
            ("082015_青葉市.xlsx", "青葉市", "082015"),
        ],
    )
    roster = tmp_path / "団体一覧.csv"
    roster.write_text("団体コード,団体名\n012335,伊達市\n072133,伊達市\n082015,青葉市\n", "utf-8")
    listed = planeval.read_workbooks(
        [folder], bodies="file", roster=planeval.read_roster(roster, planeval.Limits())
    )
    assert sorted({e.body for e in listed.entries}) == ["北海道伊達市", "福島県伊達市", "青葉市"]
    assert listed.problems == [] and listed.uncounted_bodies == []
    alone = planeval.read_workbooks([folder], bodies="file")
    assert {e.body for e in alone.entries} == {"青葉市"}
    [error] = [p for p in alone.problems if p.is_error]
    assert "同じ団体名「伊達市」で、団体コードが違います（012335、072133）" in error.message
    assert "「北海道伊達市」「福島県伊達市」のように書き分けて" in error.hint
    assert alone.uncounted_bodies == ["伊達市"]


def test_two_bodies_of_one_name_in_files_named_alike_are_each_counted(tmp_path: Path) -> None:
    """Review 139 (3's kin): 伊達市 of 北海道 and of 福島県, each stating its code, filed as
    回答_伊達市.xlsx and 回答_伊達市_2.xlsx (no code nor prefecture in the file's name), were
    called one 伊達市's answer sent twice: neither counted, and a warning said one had been
    counted as the other 伊達市. With a roster listing both, each is its own, as when the files
    are named by their codes."""
    folder = _replies(
        tmp_path / "回答",
        [("回答_伊達市.xlsx", "伊達市", "012335"), ("回答_伊達市_2.xlsx", "伊達市", "072133")],
    )
    roster = tmp_path / "団体一覧.csv"
    roster.write_text("団体コード,団体名\n012335,伊達市\n072133,伊達市\n", "utf-8")
    listed = planeval.read_workbooks(
        [folder], bodies="file", roster=planeval.read_roster(roster, planeval.Limits())
    )
    assert sorted({e.body for e in listed.entries}) == ["北海道伊達市", "福島県伊達市"]
    assert listed.problems == [] and listed.uncounted_bodies == []


def test_validate_never_offers_an_option_it_does_not_have(tmp_path: Path) -> None:
    """Review 44: validate's hints said 「（このファイルを除いて集計するには --keep-going）」, and
    `validate --keep-going` is a usage error: validate counts nothing."""
    from typer.testing import CliRunner

    from planeval.cli import app

    folder = _replies(tmp_path / "回答", [("01_青葉市.xlsx", "青葉市", "082015")])
    (folder / "02_川辺町.xls").write_bytes(b"\xd0\xcf\x11\xe0 old Excel")  # (a form not read)
    summarized = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file"])
    assert "--keep-going" in summarized.stderr  # (summarize has it, and says so)
    validated = CliRunner().invoke(app, ["validate", str(folder), "--bodies", "file"])
    assert validated.exit_code == 1 and "川辺町" in validated.stdout + validated.stderr
    assert "--keep-going" not in validated.stdout + validated.stderr


def test_a_copy_under_another_name_stating_the_body_is_one_warning(tmp_path: Path) -> None:
    """Review 44: 「千代田区 (2).xlsx」, a byte copy of 「131016_千代田区.xlsx」, gave a warning per
    item (33); a copy stating the same 団体名 is one warning, its rows counted once."""
    import shutil

    folder = _replies(tmp_path / "回答", [("131016_千代田区.xlsx", "千代田区", "131016")])
    shutil.copy(folder / "131016_千代田区.xlsx", folder / "千代田区 (2).xlsx")
    result = planeval.read_workbooks([folder], bodies="file")
    assert [p.message for p in result.problems] == [
        "「千代田区 (2).xlsx」は「131016_千代田区.xlsx」と同じ内容のブック（同じ回答の写し）のため、"
        "一度だけ数えました"
    ]
    assert len(result.entries) == 1 and result.bodies == ["千代田区"]


def test_a_reply_in_another_prefecture_s_folder_is_told(tmp_path: Path) -> None:
    """Review 44: 横浜市 (141003) filed in 「13_東京都」 was counted right and said by nothing."""
    _replies(tmp_path / "全国" / "13_東京都", [("141003_横浜市.xlsx", "横浜市", "141003")])
    _replies(tmp_path / "全国" / "14_神奈川県", [("141305_川崎市.xlsx", "川崎市", "141305")])
    result = planeval.read_workbooks(
        [tmp_path / "全国" / "13_東京都", tmp_path / "全国" / "14_神奈川県"], bodies="file"
    )
    [said] = result.problems
    assert said.severity.value == "notice" and said.location.file.endswith("141003_横浜市.xlsx")
    assert said.message == (
        "団体コード 141003（神奈川県）の回答が、フォルダ「13_東京都」にあります。"
        "団体コードのとおりの団体として数えました"
    )
    assert sorted(result.bodies) == ["川崎市", "横浜市"]


def test_summarize_json_gives_each_body_s_code_and_why_it_was_not_counted(
    tmp_path: Path,
) -> None:
    """Review 44: the JSON named the bodies left out without their reasons, and no code."""
    import json

    from typer.testing import CliRunner

    from planeval.cli import app

    folder = _replies(
        tmp_path / "回答",
        [("082015_青葉市.xlsx", "青葉市", "082015"), ("083411_川辺町.xlsx", "川辺町", "")],
    )
    (folder / "082031_南台市.xls").write_bytes(b"\xd0\xcf\x11\xe0 old Excel")
    said = CliRunner().invoke(
        app,
        [
            "summarize",
            str(folder),
            "--bodies",
            "file",
            "--by",
            "body",
            "--keep-going",
            "-f",
            "json",
        ],
    )
    data = json.loads(said.stdout)
    assert data["uncounted_why"] == {"南台市": "ファイル形式が異なるため"}
    assert data["body_codes"] == {"青葉市": "082015"}  # (川辺町's form states none)


def test_a_corrected_version_beside_the_first_is_the_one_counted(tmp_path: Path) -> None:
    """Review 44: 「231002_名古屋市_修正版.xlsx」 beside 「231002_名古屋市.xlsx」, one rating
    corrected: the differing item was an error, counted nowhere, and every other a warning.
    The corrected version is counted, the first is not, one notice says so."""
    result = _first_and_corrected(tmp_path, ["○", "△", "○"])
    assert sorted(e.status for e in result.entries) == ["×", "○", "○"]
    assert [(p.severity.value, p.message) for p in result.problems] == [
        (
            "notice",
            "「231002_名古屋市_修正版.xlsx」を修正版として数え、同じ団体の元の回答"
            "「231002_名古屋市.xlsx」は数えていません",
        )
    ]


def test_the_errors_of_the_reply_a_corrected_version_replaces_are_moot(tmp_path: Path) -> None:
    """Review 80: the first reply's cells in error (why the 修正版 was sent) were said beside
    the notice that it is not counted — a run of bodies stopped on a reply it had set aside."""
    result = _first_and_corrected(tmp_path, ["○", "Ｚ", "○"])
    assert sorted(e.status for e in result.entries) == ["×", "○", "○"]
    assert [p.severity.value for p in result.problems] == ["notice"]


def _first_and_corrected(tmp_path: Path, first: list[str]) -> planeval.ReadResult:
    """名古屋市's first reply rated ``first`` and its 修正版 rating ○ × ○, read as bodies."""
    folder = tmp_path / "回答"
    folder.mkdir()
    heading = [["団体名", "名古屋市", "団体コード", "231002"]]
    _survey(folder / "231002_名古屋市.xlsx", heading, first)
    _survey(folder / "231002_名古屋市_修正版.xlsx", heading, ["○", "×", "○"])
    return planeval.read_workbooks([folder], bodies="file")
