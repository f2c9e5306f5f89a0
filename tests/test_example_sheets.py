"""A form's example and notes sheets (記入例, 記入方法, メモ): their rows are not counted and
their paragraphs are not a report's text (a department's 「メモ」 sheet, review 27 F3)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

HEADER = ["事業", "実施内容", "達成状況", "課題等", "所管部"]


def department(path: Path, *, answer: bool = True, example: str = "記入例") -> Path:
    """A department's answer as a ward's form has it: the answer sheet and an example sheet
    with one filled-in example row (and a notes sheet with a sentence of counts)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "実施状況"
    sheet.append(HEADER)
    if answer:
        sheet.append(["1-1-1 電子申請の拡充", "① 申請手続のオンライン化", "○", "", "総務部"])
        sheet.append([None, "② 手数料のキャッシュレス化", "△", "一部延期した", "総務部"])
    shown = book.create_sheet(example)
    shown.append(["記入例（このシートは集計しません）"])
    shown.append(HEADER)
    shown.append(["9-9-9 （例）〇〇システムの導入", "① （例）〇〇の構築", "◎", "", "〇〇部"])
    notes = book.create_sheet("作業用メモ")
    notes.append(["記入メモ（集計時は無視してください）"])
    notes.append(["計画どおり実施が5件だった。"])
    book.save(path)
    return path


def test_an_example_sheet_s_row_is_not_counted_and_is_said_once(tmp_path: Path) -> None:
    read = planeval.read_workbooks([department(tmp_path / "総務部.xlsx")])
    assert [entry.status for entry in read.entries] == ["○", "△"]
    (notice,) = [p for p in read.problems if p.location.sheet == "記入例"]
    assert notice.severity is planeval.Severity.NOTICE
    assert (
        notice.message == "シート「記入例」は記入例・説明のシートのため、その 1 行は数えていません"
    )
    assert not [p for p in read.problems if p.severity is not planeval.Severity.NOTICE]


def test_an_answer_written_only_on_the_example_sheet_is_a_warning(tmp_path: Path) -> None:
    path = department(tmp_path / "企画部.xlsx", answer=False, example="記入例 ")
    result = CliRunner().invoke(app, ["summarize", str(path)], env={"COLUMNS": "300"})
    assert (
        "記入のある行がシート「記入例 」（記入例・説明のシート）にしかないため、その 1 行を数えていません"
        in (result.stderr)
    )
    assert "回答なら、回答用のシートに写すか、シート名から「記入例」などを外してください" in (
        result.stderr
    )
    assert result.exit_code == 1  # (the answer sheet itself is a blank form: an error)


def test_a_notes_sheet_s_sentence_is_not_checked_as_the_report_s(tmp_path: Path) -> None:
    """「計画どおり実施が5件だった。」 in a department's 作業用メモ: no statement of the plan's."""
    read = planeval.read_workbooks([department(tmp_path / "総務部.xlsx", example="記入見本")])
    assert not [text for text in read.texts if text.location.sheet == "作業用メモ"]
    result = planeval.check(read)
    assert not result.statements and not result.disagreements
