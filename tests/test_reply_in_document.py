"""A municipality that answered with a PDF (or a Word document, a photo) instead of the
workbook: review 78's 杉並原村, whose 192326_杉並原村.pdf was a notice 「読み飛ばしました」 that -q
hid, while the roster, the table of bodies and compare called it 未回答 — the prefecture would
phone a body that did answer. Like an .xls, it is that body's reply in a form planeval cannot
read: an error naming the file and the fix, the body 「ファイル形式が異なるため」. A PDF beside its
body's workbook (a covering letter, a printed copy) and a guide naming no body stay notices."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import uncounted_why
from tests.conftest import write_book
from tests.prefecture_forms import reply

ROSTER = [
    ["団体コード", "団体名"],
    ["192000", "青葉市"],
    ["192021", "緑町"],
    ["192326", "杉並原村"],
    ["192084", "川辺町"],
]
PDF = b"%PDF-1.6\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _reply(path: Path, statuses: list[str]) -> Path:
    return reply(path, statuses, "令和6年度 情報化計画 進捗状況調査 回答票")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """The prefecture's folder: the roster, its settings, and the replies as they came in —
    杉並原村's a PDF, 川辺町's nothing, 緑町 a workbook with a covering letter beside it, and
    the guide the prefecture sent out with the form."""
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    _reply(replies / "192000_青葉市.xlsx", ["○", "△"])
    _reply(replies / "192021_緑町.xlsx", ["◎"])
    (replies / "192021_緑町.pdf").write_bytes(PDF)  # (the same form, printed)
    (replies / "192326_杉並原村.pdf").write_bytes(PDF)
    (replies / "記入要領.pdf").write_bytes(PDF)
    return tmp_path


def _roster(inbox: Path) -> tuple[planeval.Listed, ...]:
    return planeval.load_config(inbox / "planeval.toml").roster


def test_a_pdf_named_as_a_bodys_reply_is_its_reply_not_read(inbox: Path) -> None:
    """川辺町 sent only its covering letter: no reply (未回答), the letter a notice."""
    (inbox / "回答" / "192084_川辺町_送付文.pdf").write_bytes(PDF)
    result = planeval.read_workbooks([inbox / "回答"], bodies="file", roster=_roster(inbox))
    assert result.bodies == ["青葉市", "緑町", "杉並原村", "川辺町"]
    assert uncounted_why(result) == {"杉並原村": "ファイル形式が異なるため", "川辺町": "未回答"}
    errors = {Path(p.location.file).name: p for p in result.problems if p.is_error}
    assert set(errors) == {"192326_杉並原村.pdf", "団体一覧.xlsx"}
    said = errors["192326_杉並原村.pdf"]
    assert said.message == (
        "杉並原村の回答のようですが、PDF は planeval が読む形式（.xlsx・.xlsm）ではないため"
        "読めません（.pdf）。杉並原村の行は数えていません（未回答ではありません）"
    )
    assert said.hint.startswith("杉並原村に調査票を Excel ブック（.xlsx）で送ってもらい")
    assert errors["団体一覧.xlsx"].message.endswith("（未回答）: 川辺町")
    notices = {Path(p.location.file).name for p in result.problems if not p.is_error}
    assert {"192021_緑町.pdf", "記入要領.pdf", "192084_川辺町_送付文.pdf"} <= notices


@pytest.mark.parametrize("name", ["192326_杉並原村.docx", "192326_杉並原村.jpg"])
def test_a_word_document_or_a_photo_of_the_form_is_a_reply_too(inbox: Path, name: str) -> None:
    replies = inbox / "回答"
    (replies / "192326_杉並原村.pdf").rename(replies / name)
    result = planeval.read_workbooks([replies], bodies="file", roster=_roster(inbox))
    assert uncounted_why(result)["杉並原村"] == "ファイル形式が異なるため"
    [said] = [p for p in result.problems if p.is_error and p.location.file.endswith(name)]
    assert "杉並原村の回答のようですが" in said.message


def test_a_pdf_alone_in_a_bodys_folder_is_its_reply_not_read(tmp_path: Path) -> None:
    """--bodies folder: 杉並原村's folder held its PDF and was said 「フォルダにブックがありません
    （未回答）」; a PDF beside a body's workbook stays a notice, the body counted whole."""
    folders = tmp_path / "回答"
    for body in ("青葉市", "杉並原村", "川辺町"):
        (folders / body).mkdir(parents=True)
    _reply(folders / "青葉市" / "回答.xlsx", ["○"])
    (folders / "青葉市" / "送付文.pdf").write_bytes(PDF)
    (folders / "杉並原村" / "回答.pdf").write_bytes(PDF)
    (folders / "川辺町" / "送付文.pdf").write_bytes(PDF)  # (its letter alone: no reply)
    result = planeval.read_workbooks([folders], bodies="folder")
    assert uncounted_why(result) == {"杉並原村": "ファイル形式が異なるため", "川辺町": "未回答"}
    errors = {Path(p.location.file).name: p.message for p in result.problems if p.is_error}
    assert set(errors) == {"回答.pdf", "川辺町"}
    assert errors["回答.pdf"].startswith("杉並原村の回答のようですが、PDF は")
    assert not [
        p for p in result.problems if "杉並原村」のフォルダにブックがありません" in p.message
    ]
    letters = [p for p in result.problems if p.location.file.endswith("送付文.pdf")]
    assert [p.severity for p in letters] == [planeval.Severity.NOTICE] * 2


def test_summarize_q_says_the_pdf_and_the_body_as_answered(inbox: Path) -> None:
    args = ["summarize", str(inbox / "回答"), "--bodies", "file", "--by", "body", "-q"]
    done = CliRunner().invoke(
        app, [*args, "--keep-going", "--config", str(inbox / "planeval.toml")]
    )
    assert done.exit_code == 1
    assert "杉並原村（ファイル形式が異なるため）" in done.stdout
    assert "192326_杉並原村.pdf: 杉並原村の回答のようですが" in done.stderr
    assert "（未回答）: 川辺町（" in done.stderr and "杉並原村（未回答）" not in done.stdout


def test_the_report_says_the_pdf_as_a_file_not_read_not_an_errors_place(inbox: Path) -> None:
    """Review 87: the sheet of rows left out opened 「エラーのあった 1 か所の行…」 for a reply
    never read (御代田町's PDF); it is said as the file it is, as the summary says it."""
    from openpyxl import load_workbook

    from planeval.cells import COUNTED_PAST_SHEET

    book = inbox / "報告.xlsx"
    args = ["export", str(inbox / "回答"), "--bodies", "file", "--keep-going", "--xlsx", str(book)]
    done = CliRunner().invoke(app, [*args, "--config", str(inbox / "planeval.toml")])
    assert done.exit_code == 1
    opening = load_workbook(book)[COUNTED_PAST_SHEET]["A2"].value
    assert opening.startswith("ファイル形式が異なる回答 1 ファイルは集計に含めていません")
