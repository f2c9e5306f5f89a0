"""Corrected replies filed in a folder of their own under the first ones' names (review 133:
R6/再提出/062286_早瀬市.xlsx beside R6/062286_早瀬市.xlsx). Read with the folder, as the
sub-folder's warning advises, both were an error naming 「062286_早瀬市.xlsx、062286_早瀬市.xlsx」
and under --keep-going the body lost all its rows; read without it, the body counted whole from
its first reply was marked 一部未集計. The folder's workbook replaces the first, as a 修正版 does,
said once naming both with their folders; a body counted whole is not 一部未集計."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import partly_counted
from tests.test_bodies import _survey

FIRST = {
    "062286_早瀬市": ["○", "△", "×"],
    "083615_高砂町": ["◎", "○", "△"],
    "100005_東町": ["○"] * 3,
}
CORRECTED = ["◎", "◎", "○"]  # (早瀬市's, sent again)


def _replies(folder: Path, *, stated: bool = True) -> Path:
    (folder / "再提出").mkdir(parents=True)
    for stem, statuses in FIRST.items():
        heading = [["団体名", stem.split("_")[1]]] if stated else [["令和6年度 調査票"]]
        _survey(folder / f"{stem}.xlsx", heading, statuses)
    heading = [["団体名", "早瀬市"]] if stated else [["令和6年度 調査票"]]
    _survey(folder / "再提出" / "062286_早瀬市.xlsx", heading, CORRECTED)
    return folder


def test_a_reply_in_a_folder_of_corrections_replaces_the_one_of_its_name(tmp_path: Path) -> None:
    for stated in (True, False):  # (the 団体名 stated in the form, or its file's name alone)
        folder = _replies(tmp_path / f"R6_{stated}", stated=stated)
        read = planeval.read_workbooks([folder, folder / "再提出"], bodies="file")
        [said] = read.problems
        assert said.severity == planeval.Severity.NOTICE
        assert said.message.startswith(
            "「再提出/062286_早瀬市.xlsx」を修正版として数え、同じ団体の元の回答"
            f"「{folder.name}/062286_早瀬市.xlsx」は数えていません"
        )
        summary = planeval.summarize(read.entries, by="body")
        counts = {g.id: g.count.total for g in summary.groups}
        assert counts == {"早瀬市": 3, "高砂町": 3, "東町": 3}
        statuses = [e.status for e in read.entries if e.location.file.endswith("早瀬市.xlsx")]
        assert statuses == CORRECTED


def test_a_body_counted_whole_from_its_first_reply_is_not_partly_counted(tmp_path: Path) -> None:
    folder = _replies(tmp_path / "R6")
    read = planeval.read_workbooks([folder], bodies="file")
    assert partly_counted(read) == {}
    run = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file", "--by", "body"])
    assert "一部未集計" not in run.output
    assert "中に Excel ブックがあるフォルダです" in run.output  # (the later reply: not counted)


def test_two_workbooks_of_one_name_are_named_with_their_folders(tmp_path: Path) -> None:
    for side, last in (("東部", "△"), ("西部", "×")):
        (tmp_path / side).mkdir()
        _survey(tmp_path / side / "062286_早瀬市.xlsx", [["団体名", "早瀬市"]], ["○", last])
    read = planeval.read_workbooks([tmp_path / "東部", tmp_path / "西部"], bodies="file")
    [twice] = read.problems
    assert "（東部/062286_早瀬市.xlsx、西部/062286_早瀬市.xlsx）" in twice.message


def test_a_body_whose_only_reply_is_in_the_folder_of_corrections_is_said(tmp_path: Path) -> None:
    """Review 139 #8: 南田町's reply only in 再提出/, no first reply — counted, as before, and
    now said in one notice naming it (the first reply missing from the main folder)."""
    folder = _replies(tmp_path / "R6")
    _survey(folder / "再提出" / "南田町_回答.xlsx", [["団体名", "南田町"]], ["○", "×"])
    read = planeval.read_workbooks([folder, folder / "再提出"], bodies="file")
    counts = {g.id: g.count.total for g in planeval.summarize(read.entries, by="body").groups}
    assert counts == {"早瀬市": 3, "高砂町": 3, "東町": 3, "南田町": 2}
    [lone] = [p for p in read.problems if "修正版のフォルダにだけ" in p.message]
    assert lone.severity == planeval.Severity.NOTICE
    assert lone.location == planeval.Location(str(folder / "再提出"))
    assert lone.message.startswith(
        "修正版のフォルダにだけ回答がある団体が 1 団体あります: 南田町（再提出/南田町_回答.xlsx）"
    )
    assert "早瀬市" not in lone.message  # (its correction replaces its first reply)


def test_a_lone_correction_is_said_in_a_streamed_read_too(tmp_path: Path, monkeypatch) -> None:
    import planeval.rollup

    monkeypatch.setattr(planeval.rollup, "STREAM_FROM", 0)  # (every read streamed)
    folder = _replies(tmp_path / "R6")
    _survey(folder / "再提出" / "南田町_回答.xlsx", [["団体名", "南田町"]], ["○", "×"])
    args = ["summarize", str(folder), str(folder / "再提出"), "--bodies", "file"]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    assert done.stderr.count("修正版のフォルダにだけ回答がある団体が 1 団体あります: 南田町") == 1
