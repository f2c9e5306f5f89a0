"""A prefecture's round whose replies came half as files, half as folders (review 89): 緑町/ (its
課's workbooks) beside 調査票_青葉市.xlsx. `--bodies file` on it counted 青葉市 only, exit 0, 緑町
in a stderr warning only, and that warning advised giving 緑町/ too — which, under --bodies file,
made its 企画課 and 情報政策課 two bodies. `--bodies folder` refused the workbook beside the
folder, and bodies given were not listed in the order given."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import uncounted_why
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _department(path: Path, project: int, statuses: list[str], body: str = "") -> Path:
    """A 課's workbook of one project (1-1-N), stating its 団体名 where ``body`` is given."""
    rows = [["団体名", body]] if body else []
    rows += [["情報化政策1 くらし"], HEADER, [f"1-1-{project} 事業{project}"]]
    rows[-1] += ["(1) 取組1", statuses[0], ""]
    rows += [["", f"({n}) 取組{n}", status, ""] for n, status in enumerate(statuses[1:], start=2)]
    return write_book(path, {"第3章": rows})


def _round(tmp_path: Path) -> Path:
    """回答/: 緑町/ (three 課, one stating 緑町), 調査票_青葉市.xlsx beside it."""
    folder = tmp_path / "回答"
    (folder / "緑町").mkdir(parents=True)
    _department(folder / "緑町" / "企画課.xlsx", 1, ["○", "△"])
    _department(folder / "緑町" / "情報政策課.xlsx", 2, ["○", "○", "×"])
    _department(folder / "緑町" / "総務課.xlsx", 3, ["◎"], body="緑町")
    _department(folder / "調査票_青葉市.xlsx", 1, ["◎", "○", "△", "○"], body="青葉市")
    return folder


def _totals(read: planeval.ReadResult) -> list[tuple[str, int]]:
    summary = planeval.summarize(read.entries, by="body")
    return [(group.id, group.count.total) for group in summary.groups]


def test_bodies_folder_reads_a_workbook_beside_the_bodies_folders_as_a_body(
    tmp_path: Path,
) -> None:
    folder = _round(tmp_path)
    read = planeval.read_workbooks([folder], bodies="folder")
    [notice] = read.problems  # (said: review 90, tests/test_bodies_beside_folders.py)
    assert notice.location.file == str(folder) and notice.message.endswith(
        "ブック 1 件を、それぞれ一つの団体として数えました: 調査票_青葉市.xlsx（青葉市）"
    )
    assert _totals(read) == [("緑町", 6), ("青葉市", 4)]  # (緑町's three 課 one body)
    assert read.bodies == ["緑町", "青葉市"]


def test_bodies_are_listed_in_the_order_given(tmp_path: Path) -> None:
    """A folder of bodies' folders given first, then a workbook: listed so (it was last)."""
    folder = tmp_path / "団体別"
    (folder / "緑町").mkdir(parents=True)
    _department(folder / "緑町" / "総務課.xlsx", 1, ["○"])
    aoba = _department(tmp_path / "青葉市.xlsx", 1, ["△"])
    read = planeval.read_workbooks([folder, aoba], bodies="folder")
    assert read.bodies == ["緑町", "青葉市"]
    assert [entry.body for entry in read.entries] == ["緑町", "青葉市"]
    backwards = planeval.read_workbooks([aoba, folder], bodies="folder")
    assert backwards.bodies == ["青葉市", "緑町"]


def test_a_roster_beside_the_bodies_folders_is_not_read_as_a_body(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    write_book(folder / "団体一覧.xlsx", {"一覧": [["団体名"], ["青葉市"], ["緑町"]]})
    listed = planeval.read_roster(folder / "団体一覧.xlsx", planeval.Limits())
    read = planeval.read_workbooks([folder], bodies="folder", roster=listed)
    assert not read.problems
    assert read.bodies == ["青葉市", "緑町"]  # (the roster's order)


def test_bodies_file_says_a_body_s_folder_it_did_not_read_under_the_table(
    tmp_path: Path,
) -> None:
    folder = _round(tmp_path)
    read = planeval.read_workbooks([folder], bodies="file")
    assert uncounted_why(read) == {"緑町": "フォルダの中のフォルダに置かれていたため"}
    [held] = [p for p in read.problems if p.location.file == str(folder / "緑町")]
    # the fix counts 緑町 as one body; giving 緑町/ too would make each 課 a body
    assert f"例: … {folder} {folder / '緑町'}" not in held.hint
    assert f"--bodies folder で読んでください（例: … --bodies folder {folder}。" in held.hint
    done = CliRunner().invoke(
        app, ["summarize", str(folder), "--bodies", "file", "--by", "body"], env={"COLUMNS": "100"}
    )
    assert done.exit_code == 0
    assert "2団体のうち1団体の回答を集計しました。未集計の団体：緑町" in done.stdout
    assert "（フォルダの中のフォルダに置かれていたため）" in done.stdout


def test_bodies_file_given_a_body_s_folder_says_it_is_split(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    read = planeval.read_workbooks([folder, folder / "緑町"], bodies="file")
    assert _totals(read) == [("青葉市", 4), ("企画課", 2), ("情報政策課", 3), ("緑町", 1)]
    [split] = [p for p in read.problems if p.severity is planeval.Severity.WARNING]
    assert split.location.file == str(folder / "緑町")
    assert split.message == (
        "団体「緑町」のフォルダのようですが、--bodies file ではブック一つが一つの団体のため、"
        "中のブック 3 件（企画課.xlsx、情報政策課.xlsx、総務課.xlsx）を別々の団体として数えています"
    )
    assert f"--bodies folder {folder}。緑町を一つの団体として" in split.hint


def test_one_body_s_own_folder_with_bodies_folder_says_what_to_give(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    (folder / "緑町" / "旧").mkdir()  # (a folder inside: still one body's own, not bodies')
    with pytest.raises(planeval.UsageError) as raised:
        planeval.read_workbooks([folder / "緑町"], bodies="folder")
    said = str(raised.value)
    assert said.startswith(f"{folder / '緑町'}: Excel ブックを直接入れたフォルダです（3 件）")
    assert "一つの団体（緑町）のフォルダなら、その団体だけを数えるには --bodies を付けずに" in said
    assert f"団体ごとのフォルダを集めたフォルダ（{folder}）を --bodies folder で" in said
    assert "compare・rounds の一回分も、このフォルダ一つで指定できます" in said


def test_compare_given_a_round_of_several_paths_says_how_to_give_it(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    given = [str(folder / "緑町"), str(folder / "調査票_青葉市.xlsx"), str(folder)]
    done = CliRunner().invoke(app, ["compare", "--bodies", "folder", *given])
    assert done.exit_code == 2
    assert (
        f"エラー: 余分な引数があります（{folder}）。前回・今回はそれぞれ一つのブックかフォルダで"
        "指定します。"
    ) in done.stderr
    assert (
        "団体のフォルダとブックが混じる回は、それらを一つのフォルダにまとめて --bodies folder で"
        "指定してください（中のフォルダ一つ、ブック一つがそれぞれ一つの団体です）"
    ) in done.stderr.replace("\n", "")
