"""The words of a form's column titles, worked out once per distinct header row and shared by
every body's file that repeats it (perf53: io/column_words.tables_words): each file still gets
the words its own sheets give — a sheet's name (長与町's 基本目標Ⅰ) and the titles as typed are
its own — the same as if it had been read alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from planeval.io import column_words
from planeval.io.workbook import FileBody, ReadOptions, read_workbook
from planeval.status_cells import agreed_words
from tests.nagayo_forms import nagayo_book


def _words(path: Path) -> dict[str, str]:
    result = read_workbook(path, FileBody(path.stem), ReadOptions())
    return result.status_cells[str(path)].words


def _renamed(path: Path, to: Path) -> Path:
    """The same workbook, its sheets named Sheet1, Sheet2: no sheet names a policy."""
    wb = load_workbook(path)
    for number, sheet in enumerate(wb.worksheets, 1):
        sheet.title = f"Sheet{number}"
    wb.save(to)
    return to


@pytest.fixture
def forms(tmp_path: Path) -> list[Path]:
    named = nagayo_book(tmp_path).rename(tmp_path / "長与町.xlsx")
    other = tmp_path / "other"
    other.mkdir()
    retitled = nagayo_book(other, names="事業名").rename(tmp_path / "時津町.xlsx")
    return [named, _renamed(named, tmp_path / "川棚町.xlsx"), retitled]


def test_each_file_gets_the_words_it_gives_read_alone(forms: list[Path]) -> None:
    alone = []
    for path in forms:
        column_words._TABLES.clear()
        alone.append(_words(path))
    column_words._TABLES.clear()
    together = [_words(path) for path in forms]
    assert together == alone
    # (the same header row shared, the sheet's name its own; another title its own words)
    assert alone[0]["policy"] == "基本目標" and "policy" not in alone[1]
    assert "project" not in alone[0] and alone[2]["project"] == "事業"


def test_a_word_is_the_title_most_tables_give_none_on_a_tie() -> None:
    tables = [{"item": "事業"}, {"item": "事業", "status": "評価"}, {"item": "取組"}]
    assert agreed_words(tables) == {"item": "事業", "status": "評価"}
    assert agreed_words([{"item": "事業"}, {"item": "取組"}]) == {}
    assert agreed_words([{"issue": "課題"}] * 3) == {"issue": "課題"}
