"""Why a body was not counted, in a public report's words (review 193 #2, #3): 「ファイル形式が
異なるため」 for 「読めない形式の回答」 and 「記入に不備があったため」 for 「エラーのため」, in the
documents, the JSON and the CSV alike; an export written before, which records the earlier
words, read back as said now; and check reading a clerk's sentence in either words."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import uncounted_why
from planeval.stated_left_out import _reasons_said
from planeval.uncounted_rows import BLANK
from tests.test_bodies_counted import _collection

NOW = {"北山村": "ファイル形式が異なるため", "南川村": "未回答", "白浜町": "記入に不備があったため"}


def _exported(tmp_path: Path) -> Path:
    folder = _collection(tmp_path)
    out = tmp_path / "県.xlsx"
    args = ["export", str(folder), "--bodies", "folder", "--keep-going", "--xlsx", str(out)]
    assert CliRunner().invoke(app, args).exit_code == 1  # (the bodies' errors, counted past)
    return out


def test_the_reasons_are_a_public_report_s_words_in_every_output(tmp_path: Path) -> None:
    folder = _collection(tmp_path)
    assert uncounted_why(planeval.read_workbooks([folder], bodies="folder")) == NOW
    args = ["summarize", str(folder), "--bodies", "folder", "--keep-going", "--by", "body"]
    said = CliRunner().invoke(app, [*args, "-f", "json"]).stdout
    assert {
        group["id"]: group["not_counted"]
        for group in json.loads(said)["groups"]
        if group.get("not_counted")
    } == NOW
    out = tmp_path / "県.md"
    CliRunner().invoke(app, ["export", *args[1:5], "--md", str(out)])
    text = out.read_text(encoding="utf-8")
    assert (
        "4団体のうち1団体の回答を集計しました。未集計の団体：北山村（回答を集計できなかったため）、"
        "南川村（未回答）、白浜町（記入に不備があったため）"
    ) in text  # (the .xls's reason the clerk's, NOW's: review 204 #5)
    assert "エラー" not in text and "読めない形式" not in text and "行を数え" not in text


def test_an_export_written_with_the_earlier_words_reads_back_as_said_now(
    tmp_path: Path,
) -> None:
    out = _exported(tmp_path)
    # (as an export before review 193 recorded them: its custom property of the bodies)
    older = tmp_path / "前.xlsx"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(older, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/custom.xml":
                text = data.decode("utf-8")
                assert "ファイル形式が異なるため" in text and "記入に不備があったため" in text
                text = text.replace("ファイル形式が異なるため", "読めない形式の回答")
                data = text.replace("記入に不備があったため", "エラーのため").encode("utf-8")
            target.writestr(item, data)
    for book in (out, older):
        assert uncounted_why(planeval.read_workbooks([book])) == NOW, book.name
    again = tmp_path / "再.md"
    done = CliRunner().invoke(app, ["export", str(older), "--md", str(again)])
    assert done.exit_code == 0, done.output
    text = again.read_text(encoding="utf-8")
    assert (
        "北山村（回答を集計できなかったため）" in text
        and "白浜町（記入に不備があったため）" in text
    )
    assert "エラーのため" not in text and "読めない形式の回答" not in text


def test_check_reads_a_clerk_s_sentence_in_the_words_of_either_report() -> None:
    for words in ("記入に不備があったため", "エラーのため"):
        sentence = f"このほか白浜町の3件は、{words}集計に含めていません"
        assert _reasons_said(sentence) == frozenset({BLANK, ""}), words


def test_an_export_recording_a_held_or_broken_reply_s_earlier_words_reads_back_as_now(
    tmp_path: Path,
) -> None:
    """「中のフォルダに置かれた回答」 and 「壊れたファイル」, as an export before this session
    recorded them, read back as said now: 「フォルダの中のフォルダに置かれていたため」 and
    「ファイルが開けなかったため」, in the list of bodies the report prints again."""
    out = _exported(tmp_path)
    older = tmp_path / "前.xlsx"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(older, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/custom.xml":
                text = data.decode("utf-8").replace("ファイル形式が異なるため", "壊れたファイル")
                text = text.replace("記入に不備があったため", "中のフォルダに置かれた回答")
                data = text.encode("utf-8")
            target.writestr(item, data)
    assert uncounted_why(planeval.read_workbooks([older])) == {
        "北山村": "ファイルが開けなかったため",
        "南川村": "未回答",
        "白浜町": "フォルダの中のフォルダに置かれていたため",
    }
    again = tmp_path / "再.md"
    assert CliRunner().invoke(app, ["export", str(older), "--md", str(again)]).exit_code == 0
    assert (
        "4団体のうち1団体の回答を集計しました。未集計の団体：北山村（回答を集計できなかったため）、"
        "南川村（未回答）、白浜町（回答を集計できなかったため）"
    ) in again.read_text(encoding="utf-8")
