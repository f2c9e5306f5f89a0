"""A ministry's survey exported as CSV (review 137 #11): 課題一覧.csv carried each row's file,
sheet and cell in a column 出典 although `--with-sources` (内部用) was not given; it now does
only with it, as the other formats. 進捗状況.csv lists the rows of Chapter 3's tables: 若津市's
blank item 「未評価」 in its place, and none of 花瀬市's, whose last year's form was
left out whole — as no format's tables have them —, 団体別集計.csv saying why."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.survey_forms import items, survey


def _csv(folder: Path, *more: str) -> dict[str, list[dict[str, str]]]:
    out = folder.parent / "csv"
    args = ["export", str(folder), "--bodies", "file", "--keep-going", "--csv", str(out)]
    config = ["--config", str(folder.parent / "planeval.toml")]
    result = CliRunner().invoke(app, [*args, *config, *more], env={"COLUMNS": "120"})
    assert result.exit_code == 1, result.output  # (若津市's blank status: an error)
    return {
        path.name: list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        for path in out.glob("*.csv")
    }


@pytest.mark.parametrize("sources", [False, True])
def test_issue_list_csv_has_sources_only_when_asked(tmp_path: Path, sources: bool) -> None:
    folder = survey(tmp_path / "R7回答")
    files = _csv(folder, *(["--with-sources"] if sources else []))
    issues = files["課題一覧.csv"]
    assert issues and ("出典" in issues[0]) is sources
    places = [value for row in issues for value in row.values() if "回答票 ›" in value]
    assert len(places) == (len(issues) if sources else 0), issues


def test_progress_csv_lists_chapter3_rows_and_the_bodies_table_says_why(tmp_path: Path) -> None:
    files = _csv(survey(tmp_path / "R7回答"))
    progress = files["進捗状況.csv"]
    wakatsu = {row["番号"]: row["取組状況"] for row in progress if row["団体"] == "若津市"}
    assert wakatsu == {"1-1": "実施済", "1-2": "未評価", "2-1": "実施中", "2-2": "未着手"}
    assert not any(row["団体"] == "花瀬市" for row in progress)
    bodies = {row["団体"]: row["集計の状況"] for row in files["団体別集計.csv"]}
    assert bodies["花瀬市"] == "未集計（回答を集計できなかったため）"
    counted = [name for name, state in bodies.items() if not state.startswith("未集計")]
    assert len(progress) == len(items()) * (len(counted) - 1)  # (合計 is no body)
