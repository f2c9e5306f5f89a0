"""check --text reads a Word report (.docx) as it is: the report planeval's `export --docx`
wrote and the clerk edited in Word, its paragraphs and its tables' rows in order, each named
by its place (「8段落目」, 「表1の3行目」) — review 85: the clerk had to save it as text first."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from typer.testing import CliRunner

from planeval.cli import app
from planeval.io.text_files import text_paragraphs
from tests.conftest import SEED_WORKBOOK

SEED = str(SEED_WORKBOOK)


def _run(*args: str) -> tuple[int, str, str]:
    found = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return found.exit_code, found.stdout, found.stderr


def _exported(folder: Path) -> Path:
    report = folder / "第3章.docx"
    assert _run("export", SEED, "--docx", str(report), "-q")[0] == 0
    return report


def test_the_export_s_word_report_reads_as_paragraphs_and_table_rows(tmp_path: Path) -> None:
    cells = text_paragraphs(_exported(tmp_path))
    places = {cell.location.cell: cell.text for cell in cells}
    assert places["1段落目"] == "情報化計画事業の進捗状況"
    # (集計's rows, their cells between tabs as Word's 「書式なしテキスト」 gives them)
    assert places["表1の6行目"].split("\t") == [
        "合計", "", "5", "29", "15", "0", "49", "2", "10.2", "59.2", "30.6", "0.0",
    ]  # fmt: skip
    assert any("計画を上回る実施4件" in text for text in places.values())


def test_check_compares_a_word_report_and_names_the_paragraph(tmp_path: Path) -> None:
    report = _exported(tmp_path)
    # the report as written agrees: the one difference is the seed's own text (A9's △6)
    code, out, err = _run("check", SEED, "--text", str(report))
    assert "Traceback" not in out + err and "書式なしテキスト" not in err
    assert code == 1 and "食い違いが 1 件" in out and "第3章 › A9" in out
    assert "段落目" not in out.split("段落と表の")[0]  # (no paragraph of the report listed)
    # a count the clerk got wrong while editing it in Word
    document = Document(str(report))
    [paragraph] = [p for p in document.paragraphs if "計画を上回る実施4件" in p.text]
    for run in paragraph.runs:
        run.text = run.text.replace("計画を上回る実施4件", "計画を上回る実施5件")
    edited = tmp_path / "第3章_修正.docx"
    document.save(str(edited))
    code, out, _err = _run("check", SEED, "--text", str(edited))
    assert code == 1
    [row] = [line for line in out.splitlines() if "計画を上回る実施" in line and "5" in line]
    assert "段落目" in row and "4" in row


def test_a_file_named_docx_that_is_no_word_document_is_a_usage_error(tmp_path: Path) -> None:
    workbook = tmp_path / "報告書.docx"
    workbook.write_bytes(SEED_WORKBOOK.read_bytes())  # (an .xlsx renamed)
    code, out, err = _run("check", SEED, "--text", str(workbook))
    assert code == 2 and "Traceback" not in out + err
    assert "報告書.docx: Word の文書（.docx）ではありません" in err
    assert "書式なしテキスト (*.txt)" in err


def test_an_old_word_document_is_still_asked_to_be_saved_as_text(tmp_path: Path) -> None:
    old = tmp_path / "報告書.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    code, _out, err = _run("check", SEED, "--text", str(old))
    assert code == 2 and "古い形式の Word 文書" in err and "書式なしテキスト (*.txt)" in err
