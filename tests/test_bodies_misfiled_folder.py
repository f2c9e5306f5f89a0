"""A reply filed in another body's folder (--bodies folder): review 49's 島田市 workbook (団体名
島田市, 団体コード 222097) in 「222101_富士市」 was read as a second department of 富士市 — five
conflict errors blaming its departments, 富士市 counted with 7 rows of 12 —, and 島田市's empty
folder said 「未回答」 with no pointer to it. It is no row of 富士市's: one error names it, the
body it states, the folder and the move, and stands for 島田市's empty folder."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.past_errors import MISFILED, partly_counted, uncounted_why
from tests.test_bodies import _survey


def _collection(root: Path, misfiled: str, heading: list[list[str]]) -> Path:
    for folder in ("222097_島田市", "222101_富士市", "221007_静岡市"):
        (root / folder).mkdir(parents=True)
    fuji = [["団体名", "富士市", "団体コード", "222101"]]
    _survey(root / "222101_富士市" / "調査票（富士市）.xlsx", fuji, ["○", "△", "×"])
    _survey(root / "222101_富士市" / misfiled, heading, ["△", "△", "○"])
    _survey(root / "221007_静岡市" / "回答.xlsx", [["団体名", "静岡市"]], ["◎"])
    return root


def test_a_reply_stating_another_body_in_a_body_s_folder_is_not_that_body_s(
    tmp_path: Path,
) -> None:
    shimada = [["団体名", "島田市", "団体コード", "222097"]]
    root = _collection(tmp_path / "回答", "調査票（島田市）.xlsx", shimada)
    read = planeval.read_workbooks([root], bodies="folder")
    [said] = read.problems
    assert said.is_error and said.reason == MISFILED
    assert said.location.file == str(root / "222101_富士市" / "調査票（島田市）.xlsx")
    assert said.message == (
        "団体名「島田市」（団体コード 222097）と書かれたブックが、富士市のフォルダ「222101_富士市」"
        "にあります。富士市の回答としても島田市の回答としても数えていません。島田市のフォルダ"
        "「222097_島田市」にはブックがありません"
    )
    assert said.hint.startswith(
        f"島田市の回答なら、島田市のフォルダ（{root / '222097_島田市'}）に移して"
    )
    assert sorted((e.body, e.status) for e in read.entries) == sorted(
        [("富士市", "○"), ("富士市", "△"), ("富士市", "×"), ("静岡市", "◎")]
    )
    assert read.bodies == ["静岡市", "島田市", "富士市"]
    assert uncounted_why(read) == {
        "島田市": "ほかの団体のフォルダに置かれていたため"
    } and not partly_counted(read)
    # (streamed: the misfiled file is left out where it is read, alike)
    streamed, counted = planeval.summarize_workbooks(
        [root], bodies="folder", by="body", stream=True
    )
    assert counted.problems == read.problems
    assert [(g.id, g.count.total) for g in streamed.groups] == [("静岡市", 1), ("富士市", 3)]


def test_what_says_a_reply_is_another_body_s(tmp_path: Path) -> None:
    """A 回答.xlsx stating 島田市, no code: 島田市 is another folder's body, so its reply. The
    same stating a body the read does not know (a form's example left in place) is the
    folder's, with a warning, as is one whose code is the folder's own."""
    root = _collection(tmp_path / "一", "回答.xlsx", [["団体名", "島田市"]])
    read = planeval.read_workbooks([root], bodies="folder")
    assert [p.reason for p in read.problems] == [MISFILED]
    assert {e.body for e in read.entries} == {"富士市", "静岡市"} and len(read.entries) == 4

    for name, heading in (
        ("二", [["団体名", "青葉市"]]),
        ("三", [["団体名", "島田市", "団体コード", "222101"]]),
    ):
        root = _collection(tmp_path / name, "回答.xlsx", heading)
        read = planeval.read_workbooks([root], bodies="folder")
        # (島田市's folder unanswered; the reply's items rated otherwise than 富士市's: errors)
        assert [p.reason for p in read.problems if p.reason] == ["未回答"], read.problems
        [warned] = [p for p in read.problems if "団体名" in p.message]
        assert "フォルダ「富士市」の団体として数えています" in warned.message
        assert (str(root / "222101_富士市" / "回答.xlsx"), "富士市") in {
            (e.location.file, e.body) for e in read.read
        }


def test_a_folder_of_many_bodies_replies_is_no_body_s_to_misfile_from(tmp_path: Path) -> None:
    """Review 44's 全国 read by folder: 「01_北海道」 holds its municipalities' replies, each
    named after the body it states — counted as the folder's with a warning, as before, not
    each an error sending it to a folder of its own; so are a region's, 「東部地域」."""
    for folder, name, body in (
        ("01_北海道", "012050_崎北市.xlsx", "崎北市"),
        ("東部地域", "222097_島田市.xlsx", "島田市"),
    ):
        root = tmp_path / folder
        (root / folder).mkdir(parents=True)
        _survey(root / folder / name, [["団体名", body, "団体コード", name[:6]]], ["○"])
        read = planeval.read_workbooks([root], bodies="folder")
        assert [p.severity for p in read.problems] == [planeval.Severity.WARNING], read.problems
        assert len(read.entries) == 1 and not read.left_out
