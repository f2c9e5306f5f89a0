"""A prefecture's list of the bodies that should answer (団体一覧, planeval.toml's [bodies]
roster): under --bodies file a body that sent nothing has no file to name it; with the list it
is one error at its line and a row of the 団体別集計 with nothing counted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["番号", "計画事業名", "実施内容", "達成状況\n（◎○△×）", "課題等", "担当課"]
# the prefecture's list, as its clerk keeps it: a title, then codes typed as numbers
ROSTER = [
    ["令和5年度 市町村情報化計画 進捗状況調査 対象団体一覧"],
    [],
    ["No.", "団体コード", "団体名", "担当"],
    [1, 12017, "青葉市", "情報政策課"],
    [2, 12025, "緑町", "企画課"],
    [3, 12033, "川辺町", "総務課"],
    [4, 12041, "山田村", "総務課"],
]


def _reply(path: Path, code: str | None, name: str | None, statuses: list[str]) -> Path:
    """A municipality's reply on the prefecture's form: 団体コード and 団体名 above the table,
    its own plan numbered from 1-1-1."""
    rows: list[list[object]] = [
        ["令和5年度 市町村情報化計画 進捗状況調査 回答票"],
        ["団体コード", code] if code else [],
        ["団体名", name] if name else [],
        [],
        HEADER,
    ]
    rows += [
        ["1-1-1", "行政手続のオンライン化", f"{'①②③④'[n]} 電子申請の拡大", status, "", "企画課"]
        for n, status in enumerate(statuses)
    ]
    return write_book(path, {"回答票": rows})


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """The clerk's folder: the list, the settings naming it, and three of four replies (山田村
    never answered; 緑町's file is called 回答(1).xlsx, its form naming it)."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text(
        '[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8"
    )
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "01_青葉市.xlsx", "012017", "青葉市", ["○", "○", "△"])
    _reply(replies / "回答(1).xlsx", "012025", "緑町", ["◎", "×"])
    _reply(replies / "120335_川辺町.xlsx", None, None, ["○"])
    return tmp_path


def run(folder: Path, *args: str):
    return CliRunner().invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "120"}
    )


def test_a_body_on_the_list_that_sent_nothing_is_an_error_at_its_line(inbox: Path) -> None:
    config = planeval.load_config(inbox / "planeval.toml")
    assert [listed.name for listed in config.roster] == ["青葉市", "緑町", "川辺町", "山田村"]
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=config.roster)
    [error] = result.errors
    assert error.location == planeval.Location(str(inbox / "団体一覧.xlsx"), "一覧", "C7")
    assert error.message == "団体一覧の 1 団体から回答のブックがありません（未回答）: 山田村"
    assert result.bodies == ["青葉市", "緑町", "川辺町", "山田村"]
    assert result.uncounted_bodies == ["山田村"]
    assert not [p for p in result.problems if p is not error]

    refused = run(inbox, "summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body")
    assert refused.exit_code == 1 and "未回答）: 山田村" in refused.stderr


def test_the_bodies_that_answered_are_counted_in_the_list_s_order(inbox: Path) -> None:
    """(the body filed under its code, 120335_川辺町, matched by it; each count from its rows)"""
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body"]
    done = run(inbox, *args, "--keep-going", "-f", "json")
    assert done.exit_code == 1, done.stderr  # (counted, with the error said)
    data = json.loads(done.stdout)
    assert [(g["id"], g["total"]) for g in data["groups"]] == [
        ("青葉市", 3),
        ("緑町", 2),
        ("川辺町", 1),
        ("山田村", None),  # (nothing counted, not 0: a group as the table's empty row)
    ]
    assert data["groups"][-1]["not_counted"] == "未回答"
    assert data["uncounted_bodies"] == ["山田村"]  # (a row with nothing counted, in the table)
    shown = run(inbox, *args, "--keep-going").stdout
    assert [line.split("│")[1].strip() for line in shown.splitlines() if "│" in line][1:] == [
        "青葉市", "緑町", "川辺町", "山田村（未回答）", "合計"
    ]  # fmt: skip
    # a CSV's data: each body's 団体コード as its form states it, what a ministry joins on
    # (review 120 #4; 川辺町's form states none, 山田村 sent nothing: the list's, as it gives
    # them, typed as numbers)
    data_rows = run(inbox, *args, "--keep-going", "-f", "csv").stdout.lstrip("\ufeff").splitlines()
    assert [row.split(",")[:2] for row in data_rows] == [
        ["団体コード", "団体"], ["012017", "青葉市"], ["012025", "緑町"], ["12033", "川辺町"],
        ["12041", "山田村"], ["", "合計"],
    ]  # fmt: skip
    for streamed in (False, True):  # (a large read is counted file by file: the same)
        config = planeval.load_config(inbox / "planeval.toml")
        summary, result = planeval.summarize_workbooks(
            [inbox / "回答"], by="body", bodies="file", roster=config.roster, stream=streamed
        )
        assert result.bodies == ["青葉市", "緑町", "川辺町", "山田村"]
        assert [g.id for g in summary.groups] == ["青葉市", "緑町", "川辺町"]
        [error] = result.errors
        assert error.message.endswith("（未回答）: 山田村")


def test_a_folder_or_file_named_only_with_a_code_of_the_list_is_that_body(tmp_path: Path) -> None:
    """Review 109 #1: a body's folder named 120254/ (its 団体コード, on the list) was a body
    called 「120254」 — 緑町 reported 未回答, and told to write a code the list has."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text(
        '[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8"
    )
    roster = planeval.load_config(tmp_path / "planeval.toml").roster
    for folder, status in zip(("青葉市", "120254", "川辺町", "山田村"), "◎○△×", strict=True):
        (tmp_path / "回答" / folder).mkdir(parents=True)
        stated = "緑町" if folder == "120254" else None  # (as its form states it)
        _reply(tmp_path / "回答" / folder / "回答票.xlsx", None, stated, [status])
    by_folder = planeval.read_workbooks([tmp_path / "回答"], bodies="folder", roster=roster)
    assert by_folder.bodies == ["青葉市", "緑町", "川辺町", "山田村"]
    assert {e.body for e in by_folder.entries} == set(by_folder.bodies)
    assert not by_folder.problems
    files = tmp_path / "ファイル"
    files.mkdir()
    _reply(files / "120171.xlsx", None, None, ["○"])  # (no 団体名 on the form: its file names it)
    by_file = planeval.read_workbooks([files], bodies="file", roster=roster)
    assert [e.body for e in by_file.entries] == ["青葉市"]
    assert "120171" not in by_file.bodies


def test_a_body_read_that_is_not_on_the_list_is_an_error_at_its_file_its_rows_left_out(
    inbox: Path,
) -> None:
    """Review 159 #1: the list is the bodies asked; a reply from a body it lacks was a
    warning and counted all the same (one body and its rows more than the list's)."""
    stray = _reply(inbox / "回答" / "東山市.xlsx", None, None, ["○"])
    result = planeval.read_workbooks(
        [inbox / "回答"],
        bodies="file",
        roster=planeval.load_config(inbox / "planeval.toml").roster,
    )
    [error] = [p for p in result.errors if p.location == planeval.Location(str(stray))]
    assert error.message.startswith("団体「東山市」は団体一覧（")
    assert "このブックの行は数えていません" in error.message
    assert "東山市" not in result.bodies
    assert not [entry for entry in result.entries if entry.location.file == str(stray)]


def test_a_body_stating_a_code_the_list_lacks_is_told_of_a_merger_not_to_add_a_code(
    inbox: Path,
) -> None:
    """Review 63: a town merged away, its reply stating its 団体コード, was told to write its code
    to be matched by it; it is a body the list lacks (merged or renamed), said with its code."""
    _reply(inbox / "回答" / "130001_旧東山町.xlsx", "130001", "旧東山町", ["○"])
    result = planeval.read_workbooks(
        [inbox / "回答"],
        bodies="file",
        roster=planeval.load_config(inbox / "planeval.toml").roster,
    )
    [said] = [p for p in result.errors if "旧東山町" in p.message]
    assert said.message.startswith("団体「旧東山町」（団体コード 130001）は団体一覧（")
    assert "合併・名称の変更" in said.hint and "団体コードを書けば" not in said.hint
    assert "団体一覧に加えるか" in said.hint and "旧東山町" not in result.bodies


def test_a_list_as_text_in_shift_jis(tmp_path: Path) -> None:
    """「団体コード,団体名」 lines saved from Excel as CSV (Shift_JIS), a name alone too."""
    listed = tmp_path / "団体一覧.csv"
    listed.write_bytes("団体コード,団体名\r\n012017,青葉市\r\n\r\n緑町\r\n".encode("cp932"))
    roster = planeval.read_roster(listed, planeval.Limits())
    assert [(b.name, b.code, b.location.cell) for b in roster] == [
        ("青葉市", "012017", "2行目"),
        ("緑町", "", "4行目"),
    ]


def test_without_bodies_the_list_is_not_used(inbox: Path) -> None:
    only = inbox / "回答" / "01_青葉市.xlsx"
    done = run(inbox, "summarize", str(only))
    assert done.exit_code == 0, done.stderr
    assert "山田村" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ('roster = "名簿.xlsx"', "[bodies] roster の団体一覧"),
        ("roster = 3", "[bodies] roster には団体一覧のファイル名を文字列で"),
        ('roster = "空.csv"', "団体一覧に団体がありません"),
        ('rooster = "団体一覧.xlsx"', "rooster"),
    ],
)
def test_a_mistake_in_the_setting_is_a_usage_error_naming_its_line(
    inbox: Path, setting: str, said: str
) -> None:
    (inbox / "空.csv").write_text("団体名\n", encoding="utf-8")
    (inbox / "planeval.toml").write_text(f"[bodies]\n{setting}\n", encoding="utf-8")
    done = run(inbox, "summarize", str(inbox / "回答"), "--bodies", "file")
    assert done.exit_code == 2
    assert said in done.stderr and "planeval.toml" in done.stderr and "Traceback" not in done.stderr


def test_a_body_not_counted_is_listed_where_the_list_has_it(tmp_path: Path) -> None:
    """A reply saved as .xls, filed under its code and a name typed otherwise
    (「012033_川辺町役場.xls」), was listed first — by its file's name — and its body on the list
    said unanswered (review 20): matched by the code its file is filed under, it is listed
    where the list has it, and the list's body is not said to have sent nothing."""
    listed = tmp_path / "団体一覧.csv"
    listed.write_text(
        "団体コード,団体名\n012017,青葉市\n012025,緑町\n012033,川辺町\n012041,山田村\n",
        encoding="utf-8",
    )
    roster = planeval.read_roster(listed, planeval.Limits())
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "01_青葉市.xlsx", "012017", "青葉市", ["○", "○", "△"])
    _reply(replies / "回答(1).xlsx", "012025", "緑町", ["◎", "×"])
    (replies / "012033_川辺町役場.xls").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    )
    result = planeval.read_workbooks([replies], bodies="file", roster=roster)
    assert result.bodies == ["青葉市", "緑町", "川辺町役場", "山田村"]
    assert result.uncounted_bodies == ["川辺町役場", "山田村"]
    said = [p.message for p in result.problems]
    assert "団体一覧の 1 団体から回答のブックがありません（未回答）: 山田村" in said
    assert not [message for message in said if "団体一覧" in message and "にない名前" in message]
    for streamed in (False, True):  # (a large read is counted file by file: the same)
        _summary, counted = planeval.summarize_workbooks(
            [replies], by="body", bodies="file", roster=roster, stream=streamed
        )
        assert counted.bodies == result.bodies


def test_a_report_names_the_unanswered_body_as_such_and_counts_no_row_for_it(
    inbox: Path,
) -> None:
    """The published report said 「山田村（回答のブックがない、回答が読めなかった、または評価が
    数えられなかったため…）」 of a body the list shows never answered, and counted the list's line
    as a place of rows left out (review 23): the rows left out are the replies' own."""
    _reply(inbox / "回答" / "04_川辺町_追加.xlsx", "012033", "川辺町", ["○", "か"])
    page = inbox / "報告.md"
    args = ["export", str(inbox / "回答"), "--bodies", "file", "--keep-going", "--md", str(page)]
    done = run(inbox, *args)
    assert done.exit_code == 1, done.stderr  # (the list's 未回答 and the reply's typo said)
    text = page.read_text(encoding="utf-8")
    assert "未集計の団体：山田村（未回答）" in text
    assert "記入に不備のあった 1 か所の行は集計に含めていません" in text
    counted = planeval.counted_past(
        planeval.read_workbooks(
            [inbox / "回答"],
            bodies="file",
            roster=planeval.load_config(inbox / "planeval.toml").roster,
        )
    )
    assert [place.place.split(" › ")[-1] for place in counted.places] == ["D7"]


def test_check_bounds_a_count_by_the_replies_rows_left_out_not_by_the_list(inbox: Path) -> None:
    """With a body unanswered (the list's line an error) and a blank status in the body's
    word (「進捗状況が空です」, reworded), check knew no bound: every stated count of the whole
    was 「比べられなかった」 (review 23). The rows left out are the replies' own: 1 here."""
    config = inbox / "planeval.toml"
    config.write_text(config.read_text("utf-8") + '[wording]\nstatus = "進捗状況"\n', "utf-8")
    _reply(inbox / "回答" / "01_青葉市.xlsx", "012017", "青葉市", ["○", "○", "△", ""])
    (inbox / "報告.txt").write_text("回答のあった取組のうち、○が9件でした。\n", encoding="utf-8")
    args = ["check", str(inbox / "回答"), "--bodies", "file", "--keep-going", "-f", "json"]
    done = run(inbox, *args, "--text", str(inbox / "報告.txt"))
    data = json.loads(done.stdout)
    assert done.exit_code == 1
    [wrong] = data["disagreements"]  # (○ 3 counted: 9 is beyond the one row left out)
    assert (wrong["what"], wrong["stated"], wrong["counted"]) == ("○", 9, 3)
    assert data["not_compared"] == []


def test_compare_says_an_unanswered_body_once_not_once_a_round(inbox: Path) -> None:
    """Both rounds read against the one list: its 「未回答」 line was said twice, alike (review
    23). A body that sent nothing stops a count, not a comparison: a notice, exit 0."""
    shutil.copytree(inbox / "回答", inbox / "前回")
    args = ["compare", str(inbox / "前回"), str(inbox / "回答"), "--bodies", "file"]
    done = run(inbox, *args)
    assert done.exit_code == 0, done.stderr
    assert done.stderr.count("（未回答）: 山田村") == 1
    assert "お知らせ: " in done.stderr and " の回）" not in done.stderr  # (both rounds': once)


def test_a_pasted_row_of_an_unanswered_body_is_of_no_row(inbox: Path) -> None:
    """planeval's 団体別集計 leaves 山田村's row empty: pasted as it is, it agrees; filled in,
    it is compared with nothing counted, named 未回答 — it was 「「山田村」の行がない」 (review 24)."""
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body", "-f", "github"]
    table = run(inbox, *args, "--keep-going").stdout
    assert "| 山田村（未回答） |" in table  # (why, in its row: review 60)
    report = inbox / "報告.md"
    report.write_text(table, encoding="utf-8")
    check = ["check", str(inbox / "回答"), "--bodies", "file", "--keep-going", "-f", "json"]
    data = json.loads(run(inbox, *check, "--text", str(report)).stdout)
    assert data["disagreements"] == [] and data["not_compared"] == []
    filled = next(line for line in table.splitlines() if line.startswith("| 山田村"))
    cells = filled.split("|")
    cells[3] = " 2 "  # (its ○)
    report.write_text(table.replace(filled, "|".join(cells)), encoding="utf-8")
    data = json.loads(run(inbox, *check, "--text", str(report)).stdout)
    found = {(d["scope"], d["stated"], d["counted"]) for d in data["disagreements"]}
    assert ("表の「山田村（未回答）」の行", 2, 0) in found


def test_the_list_kept_in_the_replies_folder_is_no_reply_not_read(inbox: Path) -> None:
    """Review 52: the list (a CSV) kept beside the replies was a notice 「回答であれば Excel で開き
    …保存し直してください」, a file of the settings taken for a reply."""
    (inbox / "回答" / "団体一覧.csv").write_bytes(
        "団体コード,団体名\r\n012017,青葉市\r\n".encode("cp932")
    )
    settings = inbox / "回答" / "planeval.toml"
    settings.write_text('[bodies]\nroster = "団体一覧.csv"\n', encoding="utf-8")
    config = planeval.load_config(settings)
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=config.roster)
    assert not [p for p in result.problems if "団体一覧.csv" in p.location.file and not p.is_error]
    assert result.bodies[0] == "青葉市"


def test_a_roster_named_from_a_settings_folder_is_named_without_steps_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 89: 「../cfg/setagaya/../../r1/団体一覧.xlsx › 団体一覧 › B4」 in every message."""
    (tmp_path / "cfg" / "setagaya").mkdir(parents=True)
    (tmp_path / "r1").mkdir()
    write_book(tmp_path / "r1" / "団体一覧.xlsx", {"団体一覧": [["団体名"], ["青葉市"]]})
    settings = tmp_path / "cfg" / "setagaya" / "planeval.toml"
    settings.write_text('[bodies]\nroster = "../../r1/団体一覧.xlsx"\n', "utf-8")
    monkeypatch.chdir(tmp_path / "r1")
    config = planeval.load_config(Path("../cfg/setagaya/planeval.toml"))
    assert [listed.location.file for listed in config.roster] == ["団体一覧.xlsx"]
    monkeypatch.chdir(tmp_path)
    config = planeval.load_config(Path("cfg/setagaya/planeval.toml"))
    assert [listed.location.file for listed in config.roster] == ["r1/団体一覧.xlsx"]


def test_many_unanswered_bodies_are_a_few_named_and_the_rest_counted(tmp_path: Path) -> None:
    """Review 97 #5: under summarize's table of bodies, 240 unanswered bodies were all named
    over 20 lines (the table names each in its row), and rounds' notice of the bodies no round
    answered was one line of about 100 names: five are named, the rest counted."""
    roster = [["団体コード", "団体名"]] + [[f"01{n:03d}1", f"第{n}町"] for n in range(2, 14)]
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": roster})
    (tmp_path / "planeval.toml").write_text(
        '[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8"
    )
    rounds = []
    for year in ("R5", "R6"):
        folder = tmp_path / year
        folder.mkdir()
        _reply(folder / "第2町.xlsx", "010021", "第2町", ["○", "△"])
        rounds.append(str(folder))
    summary = run(tmp_path, "summarize", rounds[1], "--bodies", "file", "--by", "body",
                  "--keep-going")  # fmt: skip
    assert "Traceback" not in summary.output
    said = " ".join(summary.stdout.split())
    assert "未回答（11団体）：第3町、第4町、第5町、第6町、第7町 ほか 6 団体" in said
    assert "第13町" not in said.split("未集計の団体")[1]
    compared = run(tmp_path, "rounds", *rounds, "--bodies", "file")
    said = " ".join(compared.stderr.split())
    assert "第3町、第4町、第5町、第6町、第7町 ほか 6 団体はどの回にも回答がないため" in said
