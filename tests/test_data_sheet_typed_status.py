"""The export's データ sheet wrote 「進捗状況（入力値）」 beside 進捗状況 where every row typed its
symbol as it is: one column twice (review 98 #14). It is left out there, recorded as the
status's, and read back as it was typed; kept where some row typed it otherwise (Setagaya's
「電子申請 ◎」)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import REPO
from tests.test_marked_counts import _built


def _exported(source: Path, config: Path | None, out: Path) -> list[str]:
    args = ["export", str(source), "--xlsx", str(out)]
    made = CliRunner().invoke(app, args + (["--config", str(config)] if config else []))
    assert made.exit_code == 0, made.output
    return [str(cell.value) for cell in load_workbook(out)["データ"][1]]


def test_a_status_typed_as_its_symbol_on_every_row_is_one_column(tmp_path: Path) -> None:
    path, config = _built(tmp_path, "うち重点")  # (川崎市's 評価票: 達成度 1–5 as typed)
    out = tmp_path / "out.xlsx"
    headers = _exported(path, config, out)
    assert not any("入力値" in title for title in headers), headers
    settings = planeval.load_config(config)
    read = {
        name: planeval.read_workbooks([p], scale=settings.scale, layout=settings.layout)
        for name, p in (("forms", path), ("export", out))
    }
    typed = [{(e.item_name, e.status_text) for e in r.entries} for r in read.values()]
    assert typed[0] == typed[1]


def test_a_status_typed_otherwise_somewhere_keeps_its_column(tmp_path: Path) -> None:
    headers = _exported(REPO / "data" / "setagaya" / "chapter3.xlsx", None, tmp_path / "s.xlsx")
    assert "達成状況（入力値）" in headers
