"""北川崎市's forms, one workbook a 局 (review 202): 備蓄物資整備事業, co-owned by 危機管理課 (its
rating) and 防災まちづくり課 (a blank row in its own 局's workbook), showed 危機管理課 alone in
every table; both are named in its 所管課 cell, as a form naming both in one cell shows them (#5)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.review202_forms import SETTINGS, write_round

RUNNER = CliRunner()


def _config(home: Path) -> list[str]:
    (home / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return ["--config", str(home / "planeval.toml")]


def test_the_co_owner_of_a_blank_row_is_named_beside_the_lead(tmp_path: Path) -> None:
    forms, options = write_round(tmp_path / "R6", 6), _config(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(
        [forms], scale=config.scale, layout=config.layout, wording=config.wording
    )
    owners = {entry.item_name: entry.department for entry in read.entries}
    assert owners["備蓄物資整備事業"] == "危機管理課、防災まちづくり課"
    assert owners["防災計画推進事業"] == "危機管理課"  # (an item of one 課 as it was)
    said = RUNNER.invoke(app, ["tables", str(forms), "-f", "csv", *options])
    assert said.exit_code == 0, said.stderr
    row = next(line for line in said.stdout.splitlines() if "備蓄物資整備事業" in line)
    assert row.endswith(",危機管理課、防災まちづくり課")

