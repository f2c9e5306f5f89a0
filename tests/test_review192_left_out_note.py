"""Review 192 (190 #4's rest): the note under 集計 of a count made past errors told residents
「エラーのあった 2 か所（2 ファイル）の行と、評価の表のない 1 ファイルは集計に含めていません。…」,
beside rows whose cells say 「未評価」 and 「未集計（記入誤り）」 (past_errors.LEFT_OUT_ROWS). It now
says the places in a public document's words, the same in md, xlsx and on the terminal."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import write_book
from tests.test_review190_memo_and_pending import HEADER, _folder, _lines

NOTE = (
    "記入に不備のあった 2 か所（2 ファイル）の行と、評価の表のない 1 ファイルは集計に含めて"
    "いません。直した後の件数はこの表と異なります。"
)


def _round(tmp_path: Path) -> Path:
    """190's round (a blank rating, a memo) and a rating of no grade (「Ｃ＋」)."""
    folder = _folder(tmp_path)
    write_book(
        folder / "04_市民生活部.xlsx",
        {
            "施策評価": [
                ["基本目標2　健やかに暮らせるまち"],
                HEADER,
                [8, "地域福祉の推進", "B", "引き続き取り組む", "福祉課"],
                [9, "消費者行政の推進", "Ｃ＋", "", "市民課"],
            ]
        },
    )
    return folder


def test_the_note_under_集計_says_no_error_to_residents(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    text, book = tmp_path / "報告.md", tmp_path / "報告.xlsx"
    code, _ = _lines(["export", "--keep-going", "--md", str(text), "--xlsx", str(book)], folder)
    assert code == 1
    written = text.read_text(encoding="utf-8")
    assert [line for line in written.splitlines() if "か所" in line] == [NOTE]
    assert "エラー" not in written, written
    sheet = load_workbook(book)["集計"]
    assert [c.value for row in sheet.iter_rows() for c in row if c.value == NOTE] == [NOTE]
    code, lines = _lines(["summarize", "--keep-going"], folder)
    assert code == 1 and NOTE in "".join(lines), lines


def test_check_reads_the_note_as_it_read_last_years(tmp_path: Path) -> None:
    """check of the exported md against the forms: no number of it disagrees, and last year's
    report, its note in the words of then, is read alike (nothing of either taken for a count)."""
    folder = _round(tmp_path)
    text = tmp_path / "報告.md"
    _lines(["export", "--keep-going", "--md", str(text)], folder)
    code, lines = _lines(["check", "--keep-going", "--text", str(text)], folder)
    assert not any("食い違" in line for line in lines), lines
    was = "エラーのあった 2 か所（2 ファイル）の行と、"
    text.write_text(text.read_text(encoding="utf-8").replace(NOTE[:26], was), encoding="utf-8")
    assert was in text.read_text(encoding="utf-8")
    assert _lines(["check", "--keep-going", "--text", str(text)], folder) == (code, lines)
