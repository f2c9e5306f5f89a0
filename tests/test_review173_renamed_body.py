"""Review 173 (北山県): a prefecture's roll-up with ``--bodies file`` and a roster.

#2: 岩井町, renamed 岩井みなと町 (the roster's 備考 says so), sent its form with the old 団体名 under
its 団体コード 493252, filed 493252_岩井みなと町.xlsx: the run stopped, 「どちらの団体の回答か分から
ない…ファイル名を直してください」, no cell, the code ignored. #3: compare R6 → R7 said the rename
twice, the first telling the clerk to edit the roster or last year's reply. #4: 梅田町's B3, 93236
(its leading 4 dropped), was quoted 「093236」 in a notice naming no cell. #5: a row marked a 再掲 of
itself was said to point at a row in no file, a 部署's reply awaited."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book
from tests.test_roster import _reply

RENAME = "令和7年1月1日 小泉村を編入し岩井町から名称変更"
ROSTER = [
    ["団体コード", "団体名", "回答状況", "備考"],
    ["493236", "梅田町", "", ""],
    ["493252", "岩井みなと町", "", RENAME],
]


def _survey(tmp_path: Path, replies: dict[str, tuple[str, str, list[str]]], folder: str) -> Path:
    """The roster, the settings naming it, and one round's replies (file → code, 団体名, statuses)."""
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    (tmp_path / folder).mkdir()
    for file, (code, name, statuses) in replies.items():
        _reply(tmp_path / folder / file, code, name, statuses)
    return tmp_path / folder


def _read(folder: Path) -> planeval.ReadResult:
    roster = planeval.load_config(folder.parent / "planeval.toml").roster
    return planeval.read_workbooks([folder], bodies="file", roster=roster)


def _counted(result: planeval.ReadResult) -> dict[str, list[str]]:
    counted: dict[str, list[str]] = {}
    for entry in result.entries:
        counted.setdefault(entry.body, []).append(entry.status_text)
    return counted


R7 = {
    "493236_梅田町.xlsx": ("493236", "梅田町", ["○"]),
    "493252_岩井みなと町.xlsx": ("493252", "岩井町", ["◎", "△"]),
}


def test_a_renamed_body_s_form_with_its_old_name_is_counted_by_its_code(tmp_path: Path) -> None:
    """#2: the form's code and its file's agree on 岩井みなと町: its reply, a notice at the 団体名
    cell saying the old name and the roster's note; no error, nothing left out."""
    result = _read(_survey(tmp_path, R7, "R7"))
    assert _counted(result) == {"梅田町": ["○"], "岩井みなと町": ["◎", "△"]}
    assert result.errors == [] and result.left_out == []
    [said] = result.problems
    assert said.severity.value == "notice" and said.location.cell == "B3"
    assert Path(said.location.file).name == "493252_岩井みなと町.xlsx"
    assert "旧名「岩井町」" in said.message and RENAME in said.message
    assert "493252" in said.message and "ファイル名を直して" not in said.hint


def test_another_name_under_agreeing_codes_is_a_name_to_correct(tmp_path: Path) -> None:
    """#2: a 団体名 the roster's note does not give as an old name, the form's and file's codes
    agreeing: counted as the code's body, the notice names the name to write."""
    replies = {"493252_岩井みなと町.xlsx": ("493252", "岩井港町", ["○"])}
    result = _read(_survey(tmp_path, replies, "R7"))
    assert _counted(result) == {"岩井みなと町": ["○"]}
    said = [p for p in result.problems if p.location.cell == "B3"]
    assert [p.severity.value for p in said] == ["notice"]
    assert "旧名" not in said[0].message and "「岩井みなと町」に直して" in said[0].hint


def test_a_code_the_file_s_name_does_not_share_still_leaves_the_reply_out(tmp_path: Path) -> None:
    """The code alone does not settle a name unlike the list's: a file named without a code
    stays the error it was (which body's reply cannot be told)."""
    replies = {"岩井みなと町.xlsx": ("493252", "梅田町", ["○"])}
    result = _read(_survey(tmp_path, replies, "R7"))
    assert result.entries == [] and result.errors


def test_compare_says_a_rename_the_roster_states_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#3: R6's 岩井町 (the same code) and R7's 岩井みなと町: compare's pairing notice only — not
    the roster's 「「岩井町」として集計しました…団体一覧…を直してください」 beside it."""
    _survey(tmp_path, {**R7, "493252_岩井みなと町.xlsx": ("493252", "岩井みなと町", ["◎"])}, "R7")
    _survey(tmp_path, {"493252_岩井町.xlsx": ("493252", "岩井町", ["○"])}, "R6")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["compare", "R6", "R7", "--bodies", "file"])
    assert run.exit_code == 0, run.output
    said = [line for line in run.output.splitlines() if "岩井町" in line and "│" not in line]
    assert len(said) == 1, said
    assert "岩井町 → 岩井みなと町" in said[0]


def test_a_code_missing_its_leading_digit_is_quoted_as_typed_at_its_cell(tmp_path: Path) -> None:
    """#4: the code as its cell holds it, the sheet and cell named, a warning (README: found by
    its name, with a warning at the code's cell); 梅田町 counted under the list's code."""
    replies = {"493236_梅田町.xlsx": ("93236", "梅田町", ["○", "△"])}
    result = _read(_survey(tmp_path, replies, "R7"))
    assert _counted(result) == {"梅田町": ["○", "△"]}
    [said] = [p for p in result.problems if p.location.file.endswith("梅田町.xlsx")]
    assert (said.severity.value, said.location.sheet, said.location.cell) == (
        "warning",
        "回答票",
        "B2",
    )
    assert "団体コード 93236 は" in said.message and "093236" not in said.message
    assert "493236 に直して" in said.hint


def test_a_repeat_listing_of_itself_says_no_row_rates_the_item(tmp_path: Path) -> None:
    """#5: 新北山町's first row, 1-1①, marked 「（1-1①再掲）」 (and 3-1② a repeat of it): not
    「1-1① の行がどのファイルにもありません」 nor a 部署's reply awaited, but what is true — the
    row is marked a repeat of itself, so no row rates 1-1①."""
    head = ["No.", "基本方針", "取組項目", "取組内容", "評価", "課題", "担当課"]
    policy, first = "1 行政手続のデジタル化", "1-1 オンライン申請の推進"
    rows: list[list[object]] = [
        ["令和7年度 新北山町DX推進計画 取組状況報告書"],
        ["団体名", "新北山町"],
        [],
        head,
        [1, policy, first, "① 書かない窓口の導入", "-", "（1-1①再掲）", "企画課"],
        [2, policy, "1-2 窓口のデジタル化", "① 電子申請手続の拡大", "◎", None, "企画課"],
        [3, "3 人材の育成", "3-1 職員研修の充実", "① 職員研修", "○", None, "企画課"],
        [
            4,
            "3 人材の育成",
            "3-1 職員研修の充実",
            "② 書かない窓口の導入",
            "-",
            "（1-1①再掲）",
            "総務課",
        ],
    ]
    (tmp_path / "R7").mkdir()
    write_book(tmp_path / "R7" / "493261_新北山町.xlsx", {"様式1": rows})
    result = planeval.read_workbooks([tmp_path / "R7"], bodies="file")
    said = {p.location.cell: p for p in result.problems if "再掲とされていますが" in p.message}
    assert sorted(said) == ["E5", "E8"]
    assert "この行自身が 1-1① で、自身の再掲とされているため" in said["E5"].message
    assert "1-1① の行も再掲とされているため" in said["E8"].message
    for one in said.values():
        assert "1-1① を評価した行がありません" in one.message
        assert "どのファイルにもありません" not in one.message
        assert "部署" not in one.message + one.hint
    rated = [entry.status_text for entry in result.entries if entry.repeat_of is None]
    assert rated == ["◎", "○"]  # (the two listings shown, not counted)


def test_the_default_title_notice_of_a_roll_up_names_the_setting_not_a_town_s_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#7: each town's form titled with its own plan (「北山市DX推進計画 実施状況」 …): export's
    notice of planeval's plain title was pinned on 北山市's A1 and offered 北山市's title for the
    prefecture's report. It is the settings' now, naming [wording] title, no town's title as the
    example."""
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": ROSTER})
    toml = '[wording]\nitem = "取組"\n\n[bodies]\nroster = "団体一覧.xlsx"\n'
    (tmp_path / "planeval.toml").write_text(toml, "utf-8")
    (tmp_path / "R7").mkdir()
    for code, town in (("493236", "梅田町"), ("493252", "岩井みなと町")):
        path = _reply(tmp_path / "R7" / f"{code}_{town}.xlsx", code, town, ["○"])
        book = load_workbook(path)
        book.active["A1"] = f"令和7年度　{town}DX推進計画　実施状況"
        book.save(path)
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["export", "R7", "--bodies", "file", "--md", "報告.md"])
    assert run.exit_code == 0, run.output
    [said] = [line for line in run.output.splitlines() if "既定の「計画の進捗状況」" in line]
    assert said.startswith("お知らせ: planeval.toml: ") and "[wording] に title" in said
    assert "R7" not in said and " › A1" not in said
    assert '--title "梅田町' not in said and 'title = "梅田町' not in said
