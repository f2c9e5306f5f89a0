"""Review 164: compare's warning of a --map pair it did not use named each item by its ID and
its name, and a name led by its number (羽根村市's 課 type 「16 地域包括ケア推進事業」) showed
that number twice: 「--map: 15=16 は使っていません（今回の 16 16 地域包括ケア推進事業 は…）」.
The number is said once."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import PROJECTS, build


def test_an_unused_pair_names_each_item_by_its_number_once(tmp_path: Path) -> None:
    first, last = build(tmp_path / "r5", 0), build(tmp_path / "r6", 1)
    old, new = 5, 6  # (both rated in both rounds, each compared with itself)
    result = CliRunner().invoke(
        app,
        ["compare", str(first), str(last), "--map", f"{old}={new}",
         "--config", str(tmp_path / "r6" / "planeval.toml")],
        env={"COLUMNS": "250"},
    )  # fmt: skip
    [warning] = [
        line for line in result.output.splitlines() if f"{old}={new} は使っていません" in line
    ]
    for number in (old, new):
        name = PROJECTS[number][1]
        assert f"の {number} {name} は番号と名称が同じ" in warning, warning
        assert f"{number} {number} " not in warning
    assert result.exit_code == 0, result.output
