"""Review 150/153 B1: a town the prefecture's list of bodies marks 「評価尺度が違う」 — it rates in
another scale and is counted apart, on purpose — was still listed on the export's sheet 集計に
含めていない行 after a clean run: its items as rows left out, its cells as places with a 修正方法
(count it apart, or have it answer again) the clerk had already decided, and no error behind
any of it. The mark is the decision, said once as 未回答's is: the town among the bodies not
counted, 「評価尺度が違うため」; its rows not listed as left out, neither alone nor beside another
body's real error counted past (--keep-going)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from planeval.cells import COUNTED_PAST_SHEET
from planeval.past_errors import OTHER_SCALE
from tests.test_other_scale_body_whole import OTHER, REPLIES, _form, _settings, replies, run

__all__ = ["replies"]


def _sheet(book: Path) -> list[tuple[object, ...]]:
    sheets = load_workbook(book, read_only=True)
    return [row for row in sheets[COUNTED_PAST_SHEET].iter_rows(values_only=True) if any(row)]


def _towns_rows(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [row for row in rows if row[0] == OTHER]


def _export(replies: Path, tmp_path: Path, *more: str) -> tuple[int, Path, str]:
    config = _settings(tmp_path, mark="評価尺度が違う")
    book = tmp_path / "out" / "報告.xlsx"
    docx = tmp_path / "out" / "報告.docx"
    common = ["--bodies", "folder", "--config", str(config), *more]
    done = run("export", str(replies), *common, "--xlsx", str(book), "--docx", str(docx))
    checked = run("check", str(replies), *common, "--text", str(docx))
    return done.exit_code, book, checked.output


def test_a_marked_town_is_said_once_among_the_bodies_not_counted(
    replies: Path, tmp_path: Path
) -> None:
    code, book, checked = _export(replies, tmp_path)
    assert code == 0
    rows = _sheet(book)
    # (its one row, in the table of the bodies no row was counted of, with why)
    assert _towns_rows(rows) == [(OTHER, OTHER_SCALE, *[None] * (len(rows[0]) - 2))]
    said = " ".join(str(cell) for row in rows for cell in row if cell)
    assert "修正方法" not in said and "場所" not in said
    assert "集計に含めていない取組" not in said
    assert "一致しています" in checked  # (planeval's own report checks clean)


def test_a_marked_town_is_not_among_the_rows_an_error_left_out(
    replies: Path, tmp_path: Path
) -> None:
    # (another body's one status typed wrong, counted past: its row listed, the town's not)
    folder = replies / "04_南台市"
    rows = REPLIES["04_南台市"]["企画課"]
    _form(folder / "企画課.xlsx", "南台市", [(rows[0][0], "Ｘ"), *rows[1:]], legend=False)
    code, book, _ = _export(replies, tmp_path, "--keep-going")
    assert code == 1
    listed = _sheet(book)
    towns = _towns_rows(listed)
    assert towns == [(OTHER, OTHER_SCALE, *[None] * (len(towns[0]) - 2))]
    erring = [row for row in listed if row[0] == "南台市"]
    assert len(erring) == 2  # (its item, and the place of its error)
    assert not [row for row in listed if OTHER_SCALE in [str(cell) for cell in row[2:]]]
