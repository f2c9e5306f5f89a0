"""A corrected version (修正版) beside a body's first reply is that reply's replacement in every
mode, as with --bodies file: review 49's 伊東市, whose folder held 「調査票（伊東市）.xlsx」 and
「調査票（伊東市）_修正版.xlsx」, was read as two departments — the two items rated otherwise
errors (neither counted), every other a warning, 伊東市 counted with 10 rows of 12."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.past_errors import partly_counted
from tests.conftest import write_book
from tests.test_bodies import _body, _survey

CORRECTED = "「調査票（伊東市）_修正版.xlsx」を修正版として数え、同じ団体の元の回答「調査票（伊東市）.xlsx」は"


def _folders(root: Path) -> Path:
    (root / "222089_伊東市").mkdir(parents=True)
    (root / "221007_静岡市").mkdir()
    heading = [["団体名", "伊東市", "団体コード", "222089"]]
    _survey(root / "222089_伊東市" / "調査票（伊東市）.xlsx", heading, ["×", "○", "△", "○"])
    _survey(root / "222089_伊東市" / "調査票（伊東市）_修正版.xlsx", heading, ["○", "○", "○", "○"])
    _survey(root / "221007_静岡市" / "調査票（静岡市）.xlsx", [["団体名", "静岡市"]], ["△"])
    return root


def test_a_corrected_version_in_a_body_s_folder_replaces_the_first(tmp_path: Path) -> None:
    root = _folders(tmp_path / "回答")
    read = planeval.read_workbooks([root], bodies="folder")
    [said] = read.problems
    assert said.severity is planeval.Severity.NOTICE, said
    assert said.location.file == str(root / "222089_伊東市" / "調査票（伊東市）.xlsx")
    assert said.message == CORRECTED + "数えていません"
    assert sorted((e.body, e.status) for e in read.entries) == [
        ("伊東市", "○"), ("伊東市", "○"), ("伊東市", "○"), ("伊東市", "○"), ("静岡市", "△")
    ]  # fmt: skip
    assert not read.uncounted_bodies and not partly_counted(read)
    # (streamed, the two files hold one project: read again together, alike)
    streamed, counted = planeval.summarize_workbooks(
        [root], bodies="folder", by="body", stream=True
    )
    assert [p.message for p in counted.problems] == [said.message]
    assert [(g.id, g.count.total) for g in streamed.groups] == [("静岡市", 1), ("伊東市", 4)]


def test_a_department_s_corrected_version_replaces_its_first_in_one_body_s_folder(
    tmp_path: Path,
) -> None:
    """One body's folder read without --bodies: a department's 修正版 beside its first reply
    replaces it; another department's workbook, sharing few items, is read beside them."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _body(folder / "総務課.xlsx", ["○", "△", "×"])
    _body(folder / "総務課_修正版.xlsx", ["○", "○", "×"])
    rows = [["情報化政策2 しごと"], ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]]
    rows += [["2-1-1 事業", "(1) 窓口", "◎", ""]]

    write_book(folder / "企画課.xlsx", {"第3章": rows})
    read = planeval.read_workbooks([folder])
    [said] = read.problems
    assert said.severity is planeval.Severity.NOTICE and "「総務課.xlsx」は" in said.message
    assert sorted(e.status for e in read.entries) == ["×", "○", "○", "◎"]
    assert {e.location.file for e in read.entries} == {
        str(folder / "総務課_修正版.xlsx"), str(folder / "企画課.xlsx")
    }  # fmt: skip


def test_a_replaced_reply_s_errors_are_moot(tmp_path: Path) -> None:
    """Review 62: 教育委員会.xlsx, replaced by its 修正版, still gave its five errors (a status
    the form later corrected): the run stopped on a workbook it says it does not count."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _body(folder / "総務課.xlsx", ["○", "概ね", "×"])
    _body(folder / "総務課_修正版.xlsx", ["○", "○", "×"])
    read = planeval.read_workbooks([folder])
    [said] = read.problems
    assert said.severity is planeval.Severity.NOTICE and "「総務課.xlsx」は" in said.message
    assert sorted(e.status for e in read.entries) == ["×", "○", "○"]


def test_a_corrected_version_replaces_only_the_reply_it_names(tmp_path: Path) -> None:
    """Review 65: a survey's bodies' forms, read without --bodies, hold the same items: 恵那市's
    修正版 replaced 17 other bodies' replies (7 rows counted of 210). It replaces the one its
    name says it corrects."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for name in ("212016_岐阜市", "212024_大垣市", "212105_恵那市"):
        _body(folder / f"{name}.xlsx", ["○", "△", "×"])
    _body(folder / "212105_恵那市_修正版.xlsx", ["○", "○", "×"])
    read = planeval.read_workbooks([folder])
    said = [p for p in read.problems if p.severity is planeval.Severity.NOTICE]
    assert [p.location.file for p in said] == [str(folder / "212105_恵那市.xlsx")]
    assert {Path(e.location.file).name for e in read.read} == {
        "212016_岐阜市.xlsx", "212024_大垣市.xlsx", "212105_恵那市_修正版.xlsx"
    }  # fmt: skip


def test_the_latest_of_several_corrected_versions_is_counted(tmp_path: Path) -> None:
    """Review 115 #3: 「…_修正版2.xlsx」 beside 「…_修正版.xlsx」 and the first reply replaced
    only the first; both corrections were read, their one differing rating an error counted in
    neither and every other item a warning. The latest is counted, one notice naming the rest,
    and 提出状況 names both as not counted."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _body(folder / "総務課.xlsx", ["○", "△", "×"])
    _body(folder / "総務課_修正版.xlsx", ["○", "○", "×"])
    _body(folder / "総務課_修正版２.xlsx", ["○", "○", "◎"])
    read = planeval.read_workbooks([folder])
    [said] = read.problems
    assert said.severity is planeval.Severity.NOTICE
    assert said.message == (
        "「総務課_修正版２.xlsx」を修正版として数え、それより前の回答「総務課.xlsx」"
        "「総務課_修正版.xlsx」は数えていません"
    )
    assert said.hint == "前の回答を数える場合は、総務課_修正版２.xlsxを別のフォルダに移してください"
    assert sorted(e.status for e in read.entries) == ["○", "○", "◎"]
    assert read.superseded == {
        str(folder / "総務課.xlsx"): str(folder / "総務課_修正版２.xlsx"),
        str(folder / "総務課_修正版.xlsx"): str(folder / "総務課_修正版２.xlsx"),
    }


def test_a_second_correction_of_a_body_named_by_its_file(tmp_path: Path) -> None:
    """--bodies file: 03_緑町, 03_緑町（修正） and 03_緑町（修正2） are one body's replies, the
    last counted (the second correction was named 緑町2, or its rows doubled the first's)."""
    folder = tmp_path / "回収"
    folder.mkdir()
    _body(folder / "03_緑町.xlsx", ["○", "△", "×"])
    _body(folder / "03_緑町（修正）.xlsx", ["○", "○", "×"])
    _body(folder / "03_緑町（修正2）.xlsx", ["◎", "○", "×"])
    _body(folder / "01_青葉市.xlsx", ["◎"])
    read = planeval.read_workbooks([folder], bodies="file")
    [said] = read.problems
    assert (
        said.severity is planeval.Severity.NOTICE and "「03_緑町（修正2）.xlsx」を" in said.message
    )
    assert sorted((e.body, e.status) for e in read.entries) == [
        ("緑町", "×"), ("緑町", "○"), ("緑町", "◎"), ("青葉市", "◎")
    ]  # fmt: skip
