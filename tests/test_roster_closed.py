"""A survey closed with known non-responders (review 97 #4): a national office's roster named
bodies that never answered, and every summarize, export, check and validate stopped on the
roster's 「未回答」 error — the office ran with --keep-going for ever, which lets a real row
error through as well. The list now marks a body known not to answer (回答状況 「辞退」「未回答」
…, or a field after the name in a CSV line): it is said in a notice, still 未回答 in the table
of bodies and in 「4団体のうち3 団体」, and a clean run exits 0. A body the list does not mark
that sent nothing (a reply mislaid) is still the error, its hint saying how to mark it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import uncounted_why
from tests.conftest import write_book
from tests.test_roster import ROSTER, _reply

# the clerk's list with a column 回答状況, 山田村 marked 辞退 (a phone call in October)
CLOSED = [[*row, "回答状況" if row and row[0] == "No." else ""] for row in ROSTER]
CLOSED[-1][-1] = "辞退（10/3 電話）"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": CLOSED})
    (tmp_path / "planeval.toml").write_text(
        '[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8"
    )
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "01_青葉市.xlsx", "012017", "青葉市", ["○", "○", "△"])
    _reply(replies / "02_緑町.xlsx", "012025", "緑町", ["◎", "×"])
    _reply(replies / "120335_川辺町.xlsx", None, None, ["○"])
    return tmp_path


def run(folder: Path, *args: str):
    return CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "120"}
    )


def test_a_body_the_list_marks_is_a_notice_and_said_as_marked(inbox: Path) -> None:
    """Review 100 #8: said 「山田村（辞退（10/3 電話））」, brackets nested, and 山田村 was
    「未回答」 in every table although the list says it declined."""
    config = planeval.load_config(inbox / "planeval.toml")
    assert [listed.closed for listed in config.roster] == ["", "", "", "辞退（10/3 電話）"]
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=config.roster)
    assert not result.errors
    [notice] = [p for p in result.problems if "団体一覧" in p.message]
    assert notice.severity is planeval.Severity.NOTICE
    assert notice.location == planeval.Location(str(inbox / "団体一覧.xlsx"), "一覧", "C7")
    assert notice.message == (
        "団体一覧で回答しないとしている 1 団体は、辞退として集計しました: 山田村（辞退、10/3 電話）"
    )
    assert result.bodies == ["青葉市", "緑町", "川辺町", "山田村"]
    assert result.uncounted_bodies == ["山田村"]
    assert uncounted_why(result) == {"山田村": "辞退"}


def test_the_run_counts_and_exits_0(inbox: Path) -> None:
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    done = run(inbox, *args)
    assert done.exit_code == 0, done.stderr
    assert "エラーがあるため集計していません" not in done.stderr
    assert "4団体のうち3団体の回答を集計しました。未集計の団体：山田村（辞退）" in done.stdout
    data = json.loads(run(inbox, *args, "-f", "json").stdout)
    assert [(g["id"], g["total"]) for g in data["groups"]][-1] == ("山田村", None)
    assert data["groups"][-1]["not_counted"] == "辞退"
    assert run(inbox, "validate", str(inbox / "回答"), "--bodies", "file").exit_code == 0


def test_a_body_the_list_does_not_mark_is_still_the_error_with_how_to_mark(inbox: Path) -> None:
    (inbox / "回答" / "02_緑町.xlsx").unlink()  # (mislaid: not known not to answer)
    config = planeval.load_config(inbox / "planeval.toml")
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=config.roster)
    [error] = result.errors
    assert error.message == "団体一覧の 1 団体から回答のブックがありません（未回答）: 緑町"
    assert (
        "団体一覧（団体一覧.xlsx）の「回答状況」の列に「未回答」（または「辞退」）と書けば"
        in error.hint
    )
    assert "山田村（辞退、10/3 電話）" in " ".join(p.message for p in result.problems)
    done = run(inbox, "summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body")
    assert done.exit_code == 1 and "エラーがあるため集計していません" in done.stderr


def test_a_csv_list_marks_a_body_in_a_field_after_its_name(tmp_path: Path) -> None:
    listed = tmp_path / "団体一覧.csv"
    listed.write_text(
        "団体コード,団体名,回答状況\n012017,青葉市\n012025,緑町,回答済\n012041,山田村,未回答\n",
        encoding="utf-8",
    )
    roster = planeval.read_roster(listed, planeval.Limits())
    assert [(b.name, b.code, b.closed) for b in roster] == [
        ("青葉市", "012017", ""),
        ("緑町", "012025", ""),
        ("山田村", "012041", "未回答"),
    ]
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "01_青葉市.xlsx", "012017", "青葉市", ["○"])
    _reply(replies / "02_緑町.xlsx", "012025", "緑町", ["◎"])
    result = planeval.read_workbooks([replies], bodies="file", roster=roster)
    assert not result.errors and result.uncounted_bodies == ["山田村"]
    assert uncounted_why(result) == {"山田村": "未回答"}  # (as the list marks it)


def test_bodies_declined_and_unanswered_are_each_said_as_marked(tmp_path: Path) -> None:
    listed = tmp_path / "団体一覧.csv"
    listed.write_text(
        "012017,青葉市\n012025,緑町,回答辞退(予算)\n012041,山田村,未回答\n", encoding="utf-8"
    )
    roster = planeval.read_roster(listed, planeval.Limits())
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "01_青葉市.xlsx", "012017", "青葉市", ["○"])
    result = planeval.read_workbooks([replies], bodies="file", roster=roster)
    [notice] = [p for p in result.problems if "団体一覧" in p.message]
    assert notice.message == (
        "団体一覧で回答しないとしている 2 団体は、辞退・未回答として集計しました: "
        "緑町（回答辞退、予算）、山田村（未回答）"
    )
    assert uncounted_why(result) == {"緑町": "辞退", "山田村": "未回答"}


def test_a_marked_body_that_answered_is_counted(inbox: Path) -> None:
    _reply(inbox / "回答" / "04_山田村.xlsx", "012041", "山田村", ["○"])
    config = planeval.load_config(inbox / "planeval.toml")
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=config.roster)
    assert not result.errors and not result.uncounted_bodies
    assert not [p for p in result.problems if "山田村" in p.message]


def test_an_empty_folder_of_a_marked_body_is_a_notice(inbox: Path) -> None:
    """--bodies folder: the body's folder made and left empty."""
    folders = inbox / "団体別"
    for body in ("青葉市", "緑町", "川辺町", "山田村"):
        (folders / body).mkdir(parents=True)
    for body in ("青葉市", "緑町", "川辺町"):
        _reply(folders / body / "企画課.xlsx", None, None, ["○"])
    config = planeval.load_config(inbox / "planeval.toml")
    result = planeval.read_workbooks([folders], bodies="folder", roster=config.roster)
    assert not result.errors
    [notice] = [p for p in result.problems if "山田村" in p.message]
    assert notice.message == (
        "団体「山田村」のフォルダにブックがありません（未回答）。団体一覧で「辞退（10/3 電話）」"
        "としているため、辞退として集計しました"
    )
    assert result.uncounted_bodies == ["山田村"]
    # (review 104 #3: said 「山田村（未回答）」 in every table though the notice says 辞退)
    assert uncounted_why(result) == {"山田村": "辞退"}
    done = run(inbox, "summarize", str(folders), "--bodies", "folder", "--by", "body", "-qq")
    assert "未集計の団体：山田村（辞退）" in done.stdout


def test_an_empty_folder_of_a_body_not_marked_offers_the_list_s_mark(inbox: Path) -> None:
    """Review 100 #6: the empty folder's error offered only --keep-going, though marking the
    body on the list closes the collection — as the list's own error says."""
    folders = inbox / "団体別"
    for body in ("青葉市", "緑町", "川辺町", "山田村"):
        (folders / body).mkdir(parents=True)
    for body in ("青葉市", "川辺町", "山田村"):
        _reply(folders / body / "企画課.xlsx", None, None, ["○"])
    done = run(inbox, "summarize", str(folders), "--bodies", "folder", "--by", "body")
    assert done.exit_code == 1
    assert (
        f"エラー: {folders / '緑町'}: 団体「緑町」のフォルダにブックがありません（未回答）（回答が"
        "届いていれば、このフォルダに入れてください。回答しないと分かっている団体は、団体一覧（"
        "団体一覧.xlsx）の「回答状況」の列に「未回答」（または「辞退」）と書けば、止めずに未回答として集計"
        "します（届いていない団体を除いて集計するには --keep-going））"
    ) in done.stderr.replace("\n", "")


def test_without_a_list_the_empty_folder_s_error_offers_one(tmp_path: Path) -> None:
    folders = tmp_path / "団体別"
    for body in ("青葉市", "緑町"):
        (folders / body).mkdir(parents=True)
    _reply(folders / "青葉市" / "企画課.xlsx", None, None, ["○"])
    result = planeval.read_workbooks([folders], bodies="folder")
    [error] = result.errors
    assert error.message == "団体「緑町」のフォルダにブックがありません（未回答）"
    assert error.hint == (
        "回答が届いていれば、このフォルダに入れてください。回答しないと分かっている団体は、"
        "planeval.toml の [bodies] roster に団体一覧を指定してその団体に「未回答」（または"
        "「辞退」）と書けば、止めずに未回答として集計します（届いていない団体を除いて集計するには"
        " --keep-going）"
    )
