"""Reliability, second round: every entry of a folder is read or named with its reason."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.given_inputs import expand_inputs
from planeval.io.inputs import SETTINGS_NOTICE
from tests.conftest import write_book
from tests.hostile import write_xlsx

KINDS = ["workbook", "xls", "ods", "csv", "dangling", "loop", "fifo", "folder", "lock"]


def make(folder: Path, kind: str, number: int) -> Path:
    """One entry of ``kind`` in ``folder``; its path."""
    names = {"xls": "reply{}.xls", "ods": "reply{}.ods", "csv": "reply{}.csv", "lock": "~$r{}.xlsx"}
    path = folder / names.get(kind, kind + "{}.xlsx").format(number)
    if kind == "workbook":
        write_xlsx(path)
    elif kind in ("xls", "ods", "csv", "lock"):
        path.write_bytes(b"x")
    elif kind == "dangling":
        path.symlink_to(folder / "nowhere")
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    return path


def test_each_kind_of_entry_is_named_with_its_reason(tmp_path: Path) -> None:
    made = {kind: make(tmp_path, kind, 0) for kind in KINDS}
    result = planeval.read_workbooks([tmp_path])
    said = {Path(p.location.file): p for p in result.problems}
    assert result.files == [str(made["workbook"])]
    assert "（.xls）" in said[made["xls"]].message and said[made["xls"]].is_error  # (a lost reply)
    assert not said[made["csv"]].is_error  # (as often a table written out as a reply)
    assert "形式（.xlsx・.xlsm）ではないため" in said[made["ods"]].message
    assert "「Excel ブック (*.xlsx)」形式で保存し直してください" in said[made["csv"]].hint
    assert "リンク先がない" in said[made["dangling"]].message
    assert said[made["loop"]].is_error and "リンクの循環" in said[made["loop"]].hint
    assert "通常のファイルではない" in said[made["fifo"]].message
    assert "フォルダのため" in said[made["folder"]].message
    assert "一時ファイル" in said[made["lock"]].message


def test_a_file_given_twice_is_read_once_and_said(tmp_path: Path) -> None:
    """A department's file given by name beside its folder (review 16): each of its items was
    said twice, as in 「2 か所」 naming one cell twice; it is read once, with one notice."""
    rows = [["情報化計画事業の体系", "実施内容", "達成状況"], ["1-1-1 事業", "① 項目", "○"]]
    path = write_book(tmp_path / "総務部.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([tmp_path, path])
    assert result.files == [str(path)] and len(result.entries) == 1
    [notice] = result.problems
    assert notice.severity.name == "NOTICE" and notice.location.file == str(path)
    assert notice.message == "このファイルは二度指定されています。一度だけ読みました"
    again = CliRunner().invoke(app, ["summarize", str(path), str(path), "-f", "json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["total"]["total"] == 1
    write_book(tmp_path / "福祉部.xlsx", {"第3章": [rows[0], ["1-2-1 事業", "① 項目", "○"]]})
    folder = planeval.read_workbooks([tmp_path, tmp_path])  # (review 37: one notice a file)
    [notice] = folder.problems
    assert (notice.location.file, notice.message) == (
        str(tmp_path),
        "このフォルダは二度指定されています。一度だけ読みました",
    )
    assert len(folder.entries) == 2


def test_the_advice_to_give_keep_going_is_left_out_when_it_was_given(tmp_path: Path) -> None:
    make(tmp_path, "workbook", 0)
    make(tmp_path, "xls", 1)
    advice = "（このファイルを除いて集計するには --keep-going）"
    without = CliRunner().invoke(app, ["summarize", str(tmp_path)])
    assert without.exit_code == 1 and advice in without.stderr
    given = CliRunner().invoke(app, ["summarize", str(tmp_path), "--keep-going"])
    assert given.exit_code == 1
    assert "reply1.xls" in given.stderr and "保存し直してください" in given.stderr
    assert "--keep-going）" not in given.stderr


def test_a_folder_that_cannot_be_listed_is_a_problem_not_the_end_of_the_run(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good"
    good.mkdir()
    write_xlsx(good / "a.xlsx")
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0)
    try:
        if os.access(closed, os.R_OK):
            return  # (running as root: nothing is closed)
        result = planeval.read_workbooks([closed, good])
    finally:
        closed.chmod(0o755)
    assert result.files == [str(good / "a.xlsx")]
    assert "フォルダの中を見られません" in result.errors[0].message


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(KINDS), max_size=8))
def test_every_entry_of_a_folder_is_in_files_or_problems(kinds: list[str]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        made = [make(folder, kind, number) for number, kind in enumerate(kinds)]
        files, problems = expand_inputs([folder])
        named = {str(path) for path in files} | {p.location.file for p in problems}
        assert {str(path) for path in made} <= named
        assert len(files) + len(problems) >= len(made)


ROWS = [
    ["情報化計画事業の体系", "実施内容", "評価ランク", "課題等"],
    ["1-1-1 電子申請の拡充", "① 手続の追加", "○", ""],
    ["", "② 利用案内", "○", ""],
]


def _folder_with_settings(folder: Path) -> Path:
    """A department's replies as a clerk keeps them: the workbook, the settings that name its
    status column (評価ランク), a covering note and last year's sub-folder."""
    folder.mkdir()
    write_book(folder / "総務部.xlsx", {"第3章": ROWS})
    (folder / "planeval.toml").write_text(
        '[layout.titles]\nstatus = ["評価ランク"]\n', encoding="utf-8"
    )
    (folder / "送付状.txt").write_text("回答を送ります", encoding="utf-8")
    (folder / "2022").mkdir()
    return folder


def test_a_folder_names_planevals_settings_file_and_a_sub_folder(tmp_path: Path) -> None:
    folder = _folder_with_settings(tmp_path / "回答")
    said = {Path(p.location.file).name: p for p in planeval.read_workbooks([folder]).problems}
    # (the library reads no settings: the file is named, once, in the error it would fix)
    assert "planeval.toml" not in said
    settings = folder / "planeval.toml"
    assert said["総務部.xlsx"].message.startswith("評価の表が見つかりません")
    assert f"このフォルダの {settings} は使われていません" in said["総務部.xlsx"].hint
    assert f"--config {settings}" in said["総務部.xlsx"].hint
    (folder / "総務部.xlsx").unlink()  # (with no such error, its own notice names it)
    write_book(folder / "総務部.xlsx", {"第3章": [["体系", "実施内容", "達成状況"], *ROWS[1:]]})
    said = {Path(p.location.file).name: p for p in planeval.read_workbooks([folder]).problems}
    assert said["planeval.toml"].message == SETTINGS_NOTICE
    assert "ではないため読み飛ばしました" in said["送付状.txt"].message
    assert "フォルダのため" in said["2022"].message and "--bodies folder" in said["2022"].hint


def test_the_settings_file_a_run_reads_is_not_named_and_a_bodys_unused_one_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder_with_settings(tmp_path / "回答")
    (folder / "送付状.txt").unlink()
    (folder / "2022").rmdir()
    monkeypatch.chdir(folder)
    run = CliRunner().invoke(app, ["summarize", ".", "-f", "json"])
    assert run.exit_code == 0, run.output
    assert run.stderr == ""  # (the designed workflow: not a word)
    assert json.loads(run.stdout)["groups"][0]["counts"]["○"] == 2  # (its titles were used)
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["summarize", str(folder)])
    assert run.exit_code == 1  # (no table without the body's titles)
    assert "お知らせ" not in run.stderr  # (named in the error it would fix: no second line)
    assert f"{folder / 'planeval.toml'} は使われていません" in run.stderr


RATED = [["体系", "実施内容", "達成状況"], *ROWS[1:]]


def test_a_sub_folder_holding_workbooks_is_a_warning_a_quiet_run_still_mentions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A department's reply saved one level too deep (遅れて届いた分/) is not counted: a
    warning naming the folder, its workbooks and the fix; an empty sub-folder stays a notice;
    -q says it too (its replies change the counts), the empty one's notice hidden."""
    folder = tmp_path / "回答"
    folder.mkdir()
    write_book(folder / "総務部.xlsx", {"第3章": RATED})
    (folder / "遅れて届いた分").mkdir()
    write_book(folder / "遅れて届いた分" / "財務部.xlsx", {"第3章": RATED})
    (folder / "遅れて届いた分" / "~$財務部.xlsx").write_bytes(b"x")  # (Excel's lock file)
    (folder / "空").mkdir()
    said = {Path(p.location.file).name: p for p in planeval.read_workbooks([folder]).problems}
    late = said["遅れて届いた分"]
    assert late.severity == planeval.Severity.WARNING
    assert "（Excel ブック 1 件）" in late.message and "数えていません" in late.message
    assert f"{folder} {folder / '遅れて届いた分'}" in late.hint
    assert said["空"].severity == planeval.Severity.NOTICE
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(app, ["summarize", "回答", "-q", "-f", "csv"])
    assert run.exit_code == 0
    lines = run.stderr.splitlines()
    assert lines[0].startswith("警告: 回答/遅れて届いた分: 中に Excel ブックがあるフォルダです")
    assert lines[-1] == "警告 1 件。ほかに警告・お知らせ 1 件（-q のため表示していません）"
    # (doing as the fix says, the folder given too: read, and said no more — review 55)
    both = planeval.read_workbooks([folder, folder / "遅れて届いた分"])
    assert not [p for p in both.problems if "中に Excel ブックがあるフォルダ" in p.message]
    assert {Path(e.location.file).name for e in both.read} == {"総務部.xlsx", "財務部.xlsx"}


def test_a_collection_of_bodies_folders_read_without_bodies_folder_is_said_in_few_lines(
    tmp_path: Path,
) -> None:
    """A prefecture's 1,000 bodies' folders given without --bodies folder: one error for the
    folder (pointing at --bodies folder), one warning for its folders holding workbooks and
    one notice for the empty ones — not a line per folder."""
    collection = tmp_path / "県内"
    for number in range(12):
        (collection / f"団体{number:02}").mkdir(parents=True)
        if number < 10:
            write_book(collection / f"団体{number:02}" / "回答.xlsx", {"第3章": RATED})
    problems = planeval.read_workbooks([collection]).problems
    assert [(p.severity, p.location.file) for p in problems] == [
        (planeval.Severity.WARNING, str(collection)),
        (planeval.Severity.NOTICE, str(collection)),
        (planeval.Severity.ERROR, str(collection)),
    ]
    held, empty, error = problems
    assert held.message.startswith(
        "中に Excel ブックがあるフォルダが 10 個あります（団体00（1 件）、団体01（1 件）、"
        "団体02（1 件）…ほか 7 か所）"
    )
    assert "計 10 件" in held.message and "--bodies folder" in held.hint
    assert empty.message.startswith("フォルダ 2 個（団体10、団体11）は読み飛ばしました")
    assert "--bodies folder を付けてください" in error.hint


def test_an_output_folder_of_planevals_exports_beside_the_replies_is_no_warning(
    tmp_path: Path,
) -> None:
    """The designed workflow: the chapter exported into out/ inside the replies' folder, then
    the folder read again — planeval's own exports there are not replies left out."""
    folder = tmp_path / "回答"
    folder.mkdir()
    write_book(folder / "総務部.xlsx", {"第3章": RATED})
    result = planeval.read_workbooks([folder])
    planeval.export(planeval.build_report(result.entries), xlsx=folder / "out" / "第3章.xlsx")
    said = {Path(p.location.file).name: p for p in planeval.read_workbooks([folder]).problems}
    assert said["out"].severity == planeval.Severity.NOTICE  # (a folder, not read: as before)
    write_book(folder / "out" / "財務部.xlsx", {"第3章": RATED})  # (a reply saved there)
    said = {Path(p.location.file).name: p for p in planeval.read_workbooks([folder]).problems}
    assert said["out"].severity == planeval.Severity.WARNING
    assert "（Excel ブック 1 件）" in said["out"].message


def test_a_hidden_file_is_named_as_hidden_without_advice_to_re_save_it(tmp_path: Path) -> None:
    """.DS_Store or a program's own .complete beside the replies: named (every file is read or
    named), as hidden — not told to be opened in Excel and saved as .xlsx."""
    table = [["情報化計画事業の体系", "実施内容", "達成状況"], ["1-1-1 事業", "① 項目", "○"]]
    write_book(tmp_path / "総務部.xlsx", {"第3章": table})
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    [said] = planeval.read_workbooks([tmp_path]).problems
    assert Path(said.location.file).name == ".DS_Store"
    assert said.severity is planeval.Severity.NOTICE
    assert said.message == "隠しファイルのため読み飛ばしました" and not said.hint
