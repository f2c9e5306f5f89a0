"""Review 186 #6 (東三河県ITプラン): compare --xlsx headed each symbol's counts 前回 | 今回 | 増減,
the years only in the subtitle; a prefecture prints the years as the column heads. Where both
rounds' years are known: 「令和5／年度」 | 「令和6／年度」 | 増減 (on two lines, the columns as narrow
as before); 前回 | 今回 where they are not."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.higashimikawa_forms import SETTINGS, sheet_rows, write_round


def _heads(tmp_path: Path, old: Path, new: Path) -> list[object]:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    out = tmp_path / "比較.xlsx"
    args = [str(old), str(new), "--config", str(tmp_path / "planeval.toml"), "--xlsx", str(out)]
    done = CliRunner().invoke(app, ["compare", *args])
    assert done.exit_code == 0, done.output
    sheet = load_workbook(out)["基本目標別の件数の変化"]
    return [cell.value for cell in sheet[5]]


def test_the_counts_are_headed_by_the_rounds_years(tmp_path: Path) -> None:
    old = write_round(tmp_path / "R5", last_year=True)
    new = write_round(tmp_path / "R6")
    years = ["令和5\n年度", "令和6\n年度", "増減"]
    assert _heads(tmp_path, old, new) == [None, None, *years * 5]  # (A B C D 計)


def test_rounds_of_no_known_year_are_headed_before_and_now(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    old = write_book(tmp_path / "a" / "old.xlsx", {"表": sheet_rows(last_year=True)})
    new = write_book(tmp_path / "b" / "new.xlsx", {"表": sheet_rows()})
    assert _heads(tmp_path, old, new) == [None, None, *["前回", "今回", "増減"] * 5]
