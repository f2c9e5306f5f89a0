"""An export of two scales read back (review 144 follow-up): its data sheet keeps the second
scale's rating of each row after the source's columns, as it keeps an indicator's figures.
Read by either settings file it counts as the replies did — by the second's, each row's
status is that column's (it was the first's, 49 errors) — and the column is never taken for
a figure, whatever its word (a 「進捗率」 scale was a figure column of the read-back)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_two_scales import ACHIEVEMENT, _setup


def _counts(*args: str) -> dict[str, dict[str, int]]:
    result = CliRunner().invoke(app, ["summarize", *args, "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    return {group["id"]: group["counts"] | group["uncounted"] for group in data["groups"]}


def test_each_scale_read_back_counts_as_the_replies(tmp_path: Path) -> None:
    inputs = _setup(tmp_path)
    out = tmp_path / "報告.xlsx"
    result = CliRunner().invoke(app, ["export", *inputs, "--xlsx", str(out)])
    assert result.exit_code == 0, result.output
    for config in ("実施状況.toml", "達成度.toml"):
        settings = ["--config", str(tmp_path / config)]
        assert _counts(str(out), *settings) == _counts(inputs[0], *settings), config
    both = ["--config", str(tmp_path / "実施状況.toml"), "--config", str(tmp_path / "達成度.toml")]
    again = CliRunner().invoke(app, ["tables", str(out), *both, "-f", "csv", "--no-bom"])
    first = CliRunner().invoke(app, ["tables", *inputs, "-f", "csv", "--no-bom"])
    assert again.exit_code == 0, again.output
    assert again.output.splitlines()[0] == first.output.splitlines()[0]


def test_the_other_scale_is_no_figure_read_back(tmp_path: Path) -> None:
    inputs = _setup(tmp_path)
    worded = ACHIEVEMENT.replace('item = "取組項目"\n', 'item = "取組項目"\nstatus = "進捗率"\n')
    (tmp_path / "達成度.toml").write_text(worded, encoding="utf-8")
    out = tmp_path / "報告.xlsx"
    result = CliRunner().invoke(app, ["export", *inputs, "--xlsx", str(out)])
    assert result.exit_code == 0, result.output
    shown = CliRunner().invoke(app, ["tables", *inputs, "-f", "csv", "--no-bom"]).output
    assert "進捗率" in shown.splitlines()[0]  # (the second scale's column, titled by its word)
    back = ["tables", str(out), "--config", str(tmp_path / "実施状況.toml"), "-f", "json"]
    result = CliRunner().invoke(app, back)
    assert result.exit_code == 0, result.output
    assert "進捗率" not in result.output  # (no figure of any row)
