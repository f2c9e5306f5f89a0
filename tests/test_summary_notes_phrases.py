"""The notes under 集計 in the workbook are broken between their phrases, as a policy sheet's
sentence is: Calc filled each line and printed 「…直した後の件数はこの表と異なります」 over
「。」 alone (review 183 #4)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.xlsx_writer import line_count
from tests.conftest import SEED_WORKBOOK


def test_a_note_of_several_lines_is_broken_between_its_phrases(tmp_path: Path) -> None:
    target = tmp_path / "報告.xlsx"
    result = CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), "--xlsx", str(target)])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(target)["集計"]
    merged = [m for m in sheet.merged_cells.ranges if m.min_row > 3 and m.min_col == 1]
    width = sum(
        sheet.column_dimensions[chr(64 + c)].width - 0.71 for c in range(1, 1 + merged[0].max_col)
    )
    long = [
        str(sheet.cell(m.min_row, 1).value)
        for m in merged
        if line_count(str(sheet.cell(m.min_row, 1).value).replace("\n", ""), width) > 1
    ]
    assert long  # (the seed's sentences under 集計: each more than a line)
    for text in long:
        lines = text.split("\n")
        assert len(lines) > 1, text
        assert all(line[:1] not in "。、）」" for line in lines[1:]), text
