"""compare with no item changed (review 21 N7): a sentence in the body's words, not an empty
box under 「達成状況の変化」; the formats read by programs keep the empty table."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import REPO

SEED = REPO / "data" / "setagaya" / "chapter3.xlsx"


def test_no_change_is_said_in_a_sentence(tmp_path: Path) -> None:
    later = tmp_path / "later.xlsx"
    shutil.copy(SEED, later)
    for encoding in ("utf-8", "cp932"):
        shown = CliRunner(charset=encoding).invoke(
            app, ["compare", str(SEED), str(later)], env={"COLUMNS": "80"}
        )
        assert shown.exit_code == 0, shown.output
        lines = shown.stdout.splitlines()
        assert lines[0] == "達成状況の変わった実施内容はありません", lines[:3]
        assert lines[1].startswith("政策別の件数の変化"), lines[:3]
        assert "│ ID" not in shown.stdout and "| 番号" not in shown.stdout
    csv = CliRunner().invoke(app, ["compare", str(SEED), str(later), "-f", "csv"]).stdout
    assert csv.lstrip("\ufeff").startswith("番号,実施内容,細目,前回,今回,変化\n"), csv
