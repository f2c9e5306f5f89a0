"""The bundled workbook is exactly what the reviewed transcription builds."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import REPO, SEED_WORKBOOK

BUILD = REPO / "data" / "setagaya" / "build_chapter3.py"
TSV = REPO / "data" / "setagaya" / "chapter3.tsv"


PLAN_BUILD = REPO / "data" / "setagaya" / "build_plan.py"
PLAN = REPO / "data" / "setagaya" / "plan.xlsx"


def _snapshot(path: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    return values, sorted(str(r) for r in sheet.merged_cells.ranges)


@pytest.mark.parametrize(("script", "committed"), [(BUILD, SEED_WORKBOOK), (PLAN_BUILD, PLAN)])
def test_the_committed_workbooks_match_their_transcriptions(
    tmp_path: Path, script: Path, committed: Path
) -> None:
    rebuilt = tmp_path / committed.name
    subprocess.run([sys.executable, str(script), str(rebuilt)], check=True, capture_output=True)
    assert _snapshot(rebuilt) == _snapshot(committed)


def test_the_transcription_covers_seed_lines_556_to_650_in_order() -> None:
    with TSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    lines = [int(row["seed_line"]) for row in rows]
    assert lines == sorted(lines) and lines[0] == 556 and lines[-1] == 650
    # one table per direction, 1-1 printed in two parts (header rows at lines 568 and 576)
    assert sum(row["kind"] == "header" for row in rows) == 7
    assert sum(row["kind"] == "item" for row in rows) == 51
