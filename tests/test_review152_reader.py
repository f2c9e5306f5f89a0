"""Reviews 151 and 152 read as a reader: the terminal legend saying again what a column's title
says (「凡例：－ 事業中止」 under a column titled 事業中止), the caption's 「評価した実施内容と細目 16」,
the two-scale 大綱's printed 集計 pages under one heading with one legend twice, and its
課題一覧.csv without the 達成度 the xlsx's 課題一覧 has."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import SEED_WORKBOOK
from tests.test_review143_marks_among_words import _kawase
from tests.test_two_scales import ROWS, _setup

RUNNER = CliRunner()


def test_summarize_gives_no_legend_of_a_mark_its_column_is_titled_by(tmp_path: Path) -> None:
    """#1 (review 151 recheck): 川瀬町's 「－」 is titled 事業中止 in summarize's table; the
    legend under it said 「凡例：－ 事業中止」 again (a scale of marks keeps its legend:
    test_cli's 「凡例：◎ 計画を上回る実施 ／ …」)."""
    source, config = _kawase(tmp_path)
    result = RUNNER.invoke(app, ["summarize", source, "--config", config], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    table = [line.split("│") for line in result.output.splitlines() if line.startswith("│")]
    head = table[: 1 + next(at for at, cells in enumerate(table) if "番号" in cells[1])]
    titles = ["".join(cells[at].strip() for cells in head) for at in range(len(head[0]))]
    assert "事業中止" in titles, titles  # (the column's title, 「－」 nowhere)
    assert "凡例" not in result.output, result.output


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_the_issue_csv_carries_the_second_scales_rating_as_the_xlsx_does(tmp_path: Path) -> None:
    """#4 (review 151 #6's residue): 課題一覧.csv had 実施状況 alone, the xlsx's 課題一覧 both."""
    inputs = _setup(tmp_path)
    out = tmp_path / "csv"
    result = RUNNER.invoke(app, ["export", *inputs, "--csv", str(out)])
    assert result.exit_code == 0, result.output
    listed = _csv_rows((out / "課題一覧.csv").read_text(encoding="utf-8"))
    assert listed, "no issue list"
    titles = list(listed[0])
    assert titles.index("達成度") == titles.index("実施状況") + 1, titles
    rows = [row for own in ROWS.values() for row in own]
    for shown in listed:
        row = next(r for r in rows if r[2].endswith(shown["取組項目"]))
        assert shown["実施状況"] == row[3], shown
        assert shown["達成度"] == (row[4] or "－"), shown
    assert any(row["達成度"] not in ("", "－") for row in listed), listed


def test_the_rated_count_of_a_caption_reads_as_a_count(tmp_path: Path) -> None:
    """#2 (review 152 #12): 「評価した実施内容と細目 16」 read as 細目 16; now 「…と細目：16件」, as a
    public document counts, and check reads its own report back still."""
    from planeval.api import read_workbooks

    report = tmp_path / "r.md"
    result = RUNNER.invoke(app, ["export", str(SEED_WORKBOOK), "--md", str(report)])
    assert result.exit_code == 0, result.output
    text = report.read_text(encoding="utf-8")
    entries = read_workbooks([SEED_WORKBOOK]).entries
    rated = sum(1 for e in entries if e.direction_id == "1-1" and e.status != "-")
    assert f"（評価した実施内容と細目{rated}件：" in text, text
    assert not re.search(r"評価した[^\s\d：]+ \d", text), text
    checked = RUNNER.invoke(app, ["check", str(SEED_WORKBOOK), "--text", str(report)])
    said = "".join(checked.output.split())  # (the seed's own 第3章 text holds a planted slip)
    assert "表の説明6件" in said and "r.md" not in said, checked.output


def test_each_printed_count_page_of_two_scales_names_its_scale(tmp_path: Path) -> None:
    """#3 (review 152 #2): the xlsx's 集計（実施状況） and 集計（達成度） printed under one heading,
    the same legend under each table; now each page names its scale right above its table,
    the legend under that table on that page."""
    from openpyxl import load_workbook

    inputs = _setup(tmp_path)
    book_path = tmp_path / "報告.xlsx"
    result = RUNNER.invoke(app, ["export", *inputs, "--xlsx", str(book_path)])
    assert result.exit_code == 0, result.output
    book = load_workbook(book_path)
    counts = [sheet for sheet in book if sheet.title.startswith("集計（")]
    assert [sheet.title for sheet in counts] == ["集計（実施状況）", "集計（達成度）"]
    for sheet in counts:
        cells = [[cell.value for cell in row] for row in sheet.iter_rows(max_col=1)]
        header = next(at for at, (value,) in enumerate(cells) if value == "改革の柱番号")
        assert cells[header - 1][0] == sheet.title, cells[: header + 1]
        total = next(at for at, (value,) in enumerate(cells) if value == "合計")
        assert str(cells[total + 1][0]).startswith("※"), cells[total:]
