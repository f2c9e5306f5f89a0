"""Several bodies' answers compiled into one workbook (review 52): a prefecture's list with a
団体名 column, or a binder of replies with one sheet per body. Read as one body's workbook,
21 bodies' 実施済 of one 取組 were counted as 1 with exit 0; such a workbook is an error at the
column or sheet that shows it, nothing of it counted, and the fix says --bodies file."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import COMPILED, UNANSWERED, uncounted_why
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _rows(body_column: list[str]) -> list[list[str]]:
    rows = [["情報化政策1 窓口"], ["団体名", *HEADER]]
    for n, body in enumerate(body_column):
        rows.append([body, "1-1-1 窓口改革" if n == 0 else "", "① 書かない窓口", "○", ""])
    return rows


def test_a_list_of_every_body_s_rows_is_refused_at_its_body_column(tmp_path: Path) -> None:
    book = write_book(tmp_path / "市町村一覧.xlsx", {"一覧": _rows(["長野市", "松本市", "上田市"])})
    result = planeval.read_workbooks([book])
    [error] = result.errors
    assert (error.location.sheet, error.location.cell) == ("一覧", "A2")
    assert "「団体名」の列（A列）に 3 団体（長野市、松本市、上田市）の行" in error.message
    assert "--bodies file" in error.hint
    assert result.entries == []  # (not the three bodies' ○ as one item's, 1)
    run = CliRunner().invoke(app, ["summarize", str(book), "--keep-going"])
    assert run.exit_code == 1 and "Traceback" not in run.output


def test_one_body_s_workbook_with_its_name_in_a_column_is_read(tmp_path: Path) -> None:
    book = write_book(tmp_path / "長野市.xlsx", {"回答": _rows(["長野市", "長野市"])})
    result = planeval.read_workbooks([book])
    assert not result.errors
    assert [entry.status for entry in result.entries] == ["○"]  # (one item, said twice)


def test_a_binder_of_replies_one_sheet_per_body_is_refused(tmp_path: Path) -> None:
    def reply(body: str, status: str) -> list[list[str]]:
        return [
            ["団体名", body],
            ["情報化政策1 窓口"],
            HEADER,
            ["1-1-1 窓口改革", "① 書かない窓口", status, ""],
        ]

    sheets = {"長野市": reply("長野市", "○"), "白馬村": reply("白馬村", "×")}
    book = write_book(tmp_path / "回答綴り.xlsx", sheets)
    for bodies in (None, "file"):
        result = planeval.read_workbooks([book], bodies=bodies)
        [error] = result.errors
        assert error.location.sheet == "長野市"
        assert (
            "シートごとに違う団体名" in error.message
            and "白馬村（シート「白馬村」）" in error.message
        )
        assert result.entries == []
    # (one body's workbook with a sheet per department, each stating the same body: read)
    same = write_book(tmp_path / "長野市.xlsx", {"総務部": reply("長野市", "○")})
    assert not planeval.read_workbooks([same]).errors


def test_a_list_in_a_scale_not_yet_set_is_told_as_a_list_first(tmp_path: Path) -> None:
    """Review 57: a first run on a contractor's list (statuses 実施済 …, no planeval.toml yet)
    gave 384 errors of the scale and never said it was several bodies' list, nor split."""
    rows = [["団体名", *HEADER]] + [
        [body, "1-1-1 窓口改革" if n == 0 else "", "① 書かない窓口", "実施済", ""]
        for n, body in enumerate(["長野市", "松本市"])
    ]
    book = write_book(tmp_path / "一覧.xlsx", {"一覧": [["情報化政策1 窓口"], *rows]})
    [error] = planeval.read_workbooks([book]).problems
    assert "「団体名」の列（A列）に 2 団体" in error.message
    assert f"planeval split {book} -o 団体別/" in error.hint


def test_a_binder_named_for_a_prefecture_read_with_a_roster_holds_its_bodies(
    tmp_path: Path,
) -> None:
    """Review 137 #1: read with --bodies file, a prefecture's binder was told as a workbook
    stating 長野市 filed under 長野県's name (no word of split), took 長野市's place in the
    roster's list under its own file name, and its other bodies were called 未回答."""

    def reply(code: str, body: str) -> list[list[str]]:
        return [["団体コード", code], ["団体名", body], ["情報化政策1 窓口"], HEADER]

    roster = [["団体コード", "団体名"], ["200000", "長野県"], ["202011", "長野市"]]
    roster += [["204854", "白馬村"], ["202029", "松本市"]]
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": roster})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    folder = tmp_path / "回答"
    folder.mkdir()
    sheets = {"長野市": reply("202011", "長野市"), "白馬村": reply("204854", "白馬村")}
    for sheet in sheets.values():
        sheet.append(["1-1-1 窓口改革", "① 書かない窓口", "○", ""])
    binder = write_book(folder / "長野県_市町村回答とりまとめ.xlsx", sheets)
    own = [*reply("200000", "長野県"), ["1-1-1 窓口改革", "① 書かない窓口", "◎", ""]]
    write_book(folder / "200000_長野県.xlsx", {"回答": own})
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([folder], bodies="file", roster=config.roster)
    said = {problem.location.file: problem for problem in result.errors}
    assert "シートごとに違う団体名" in said[str(binder)].message
    assert "planeval split" in said[str(binder)].hint
    assert result.bodies == ["長野県", "長野市", "白馬村", "松本市"]  # (no file's name)
    why = uncounted_why(result)
    assert why == {"長野市": COMPILED, "白馬村": COMPILED, "松本市": UNANSWERED}
    unanswered = said[str(tmp_path / "団体一覧.xlsx")].message
    assert "1 団体から回答のブックがありません（未回答）: 松本市" in unanswered
    asked = ["summarize", str(folder), "--bodies", "file", "--by", "body", "--keep-going"]
    config = ["--config", str(tmp_path / "planeval.toml")]
    run = CliRunner().invoke(app, [*asked, *config], env={"COLUMNS": "120"})
    assert run.exit_code == 1 and "Traceback" not in run.output
    assert f"白馬村（{COMPILED}）" in run.output and "とりまとめ（" not in run.output


def test_the_split_command_it_suggests_works_when_pasted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 139 (R1's nit): 「planeval split 長野県_市町村回答とりまとめ.xlsx -o 団体別/」 named the
    binder without its folder (tmpbinder/), so the command pasted found no such workbook. It
    names the binder as given, quoted where its folder's name holds a space."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "R7 回答").mkdir()
    write_book(tmp_path / "R7 回答" / "一覧.xlsx", {"一覧": _rows(["長野市", "松本市"])})
    run = CliRunner().invoke(app, ["summarize", "R7 回答/", "--bodies", "file"])
    assert run.exit_code == 1
    said = run.stderr
    command = said[said.index("planeval split ") : said.index(" で団体ごとのブック")]
    assert command == 'planeval split "R7 回答/一覧.xlsx" -o 団体別/'
    split = CliRunner().invoke(app, shlex.split(command)[1:])
    assert split.exit_code == 0, split.output
    assert sorted(path.name for path in (tmp_path / "団体別").iterdir()) == [
        "松本市.xlsx",
        "長野市.xlsx",
    ]
