"""A ministry's survey by body on a terminal (review 137 #10): at 80 columns the box broke
every status title 「実施／済」「未着／手」 while the 団体 column was given room for the whole
「花瀬市（別の年度の調査票のため）」. The names are now folded before planeval's mark first, so
each status title stays whole; at 40 columns the table is one block per body, at 120 whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from planeval.cli import app
from tests.survey_forms import STATUSES, survey


def _summarize(tmp_path: Path, columns: int) -> str:
    folder = survey(tmp_path / "R7回答")
    args = ["summarize", str(folder), "--bodies", "file", "--keep-going", "--by", "body"]
    result = CliRunner().invoke(
        app, [*args, "--config", str(tmp_path / "planeval.toml")], env={"COLUMNS": str(columns)}
    )
    assert result.exit_code == 1, result.output  # (若津市's blank status: an error)
    return result.stdout


@pytest.mark.parametrize("columns", [40, 80, 120])
def test_status_titles_whole_at_each_width(tmp_path: Path, columns: int) -> None:
    shown = _summarize(tmp_path, columns)
    lines = shown.splitlines()
    assert all(cell_len(line) <= columns for line in lines), shown
    for status in STATUSES:  # each title on one line, never 「未着」 over 「手」
        assert any(status in line for line in lines), (status, shown)
        assert not any(status[:2] in line and status not in line for line in lines), shown
    if columns == 40:  # (one block per body)
        assert "団体 札幌市" in lines, shown
        return
    box = [line for line in lines if line.startswith("│")]
    header = box[0]
    assert all(status in header for status in STATUSES), shown
    rows = {line.split("│")[1].strip(): line for line in box[1:]}
    # the name column as wide as its names need: 「花瀬市」 over its mark at 80, whole at 120
    name_width = cell_len(header.split("│")[1]) - 2
    mark = "（別の年度の調査票のため）"
    if columns == 80:
        assert "花瀬市" in rows and mark in rows, shown
        assert name_width == cell_len(mark), shown
    else:
        assert f"花瀬市{mark}" in rows, shown
    counts = [int(n) for n in re.findall(r"\d+", rows["札幌市"].split("│", 2)[2])]
    assert counts[:4] == [1, 1, 1, 1], shown
