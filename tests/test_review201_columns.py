"""Review 201 #5: a terminal's chapter tables sized by what their columns hold, every table of
one run alike."""

from __future__ import annotations

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import SEED_WORKBOOK


def _boxes(columns: str) -> list[tuple[int, ...]]:
    """Each box's columns' widths (with their padding), as its top border draws them."""
    run = CliRunner().invoke(app, ["tables", str(SEED_WORKBOOK)], env={"COLUMNS": columns})
    assert run.exit_code == 0, run.output
    tops = [line for line in run.stdout.splitlines() if line.startswith("┌")]
    return [tuple(len(part) for part in top[1:-1].split("┬")) for top in tops]


def test_setagaya_s_tables_share_their_widths_by_what_the_columns_hold() -> None:
    """At 80 columns table 1-1 was 19/19/19/18 (達成状況 as wide as 課題等, 「○」 in it) and
    table 1-2 under it 22/22/10/21: now every table 19/26/12/18, 実施内容 the widest, 達成状況
    the narrowest; at 120 every table 30/40/13/32, not 29/29/29/28."""
    assert _boxes("80") == [(19, 26, 12, 18)] * 6
    assert _boxes("120") == [(30, 40, 13, 32)] * 6
