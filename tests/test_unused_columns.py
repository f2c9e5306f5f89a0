"""A column no row uses is left out of what a person reads — the terminal's box and every
tabulate format — and kept in CSV and JSON, which programs read (review 22: `issues -f github`
showed an empty 細目 column for a body without sub-items)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.render import TableData, only_used
from tests.conftest import REPO, write_book

SEED = str(REPO / "data" / "setagaya" / "chapter3.xlsx")  # (sub-items: 電子申請 ◎ …)
HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _without_sub_items(folder: Path) -> str:
    rows = [
        HEADER,
        ["1-1-1 電子申請の拡充", "① 対象手続の拡大", "△", "国の仕様確定が遅れた"],
        ["", "② 申請状況の可視化", "×", "予算措置が見送られた"],
    ]
    sheet = [["情報化政策1 行政のデジタル化"], *rows]
    return str(write_book(folder / "進捗.xlsx", {"第3章": sheet}))


def _header(out: str) -> list[str]:
    line = next(line for line in out.splitlines() if "番号" in line)
    return [cell for cell in line.replace("|", " ").split() if cell]


@pytest.mark.parametrize("fmt", ["github", "grid", "plain", "simple", "pipe"])
def test_a_tabulate_issue_list_leaves_out_a_column_no_row_uses(tmp_path: Path, fmt: str) -> None:
    path = _without_sub_items(tmp_path)
    out = CliRunner().invoke(app, ["issues", path, "-f", fmt]).stdout
    assert _header(out) == ["番号", "実施内容", "達成状況", "課題等", "出典"], out
    with_sub_items = CliRunner().invoke(app, ["issues", SEED, "-f", fmt]).stdout
    assert "細目" in _header(with_sub_items), with_sub_items


def test_csv_keeps_every_column(tmp_path: Path) -> None:
    out = CliRunner().invoke(app, ["issues", _without_sub_items(tmp_path), "-f", "csv"]).stdout
    assert out.lstrip("\ufeff").splitlines()[0] == "番号,実施内容,細目,達成状況,課題等,所管部,出典"


def test_only_used_keeps_the_numeric_columns_right_aligned() -> None:
    table = TableData("t", ["番号", "空", "◎", "計"], [["1", "", "2", "2"]], frozenset({2, 3}))
    kept = only_used(table)
    assert list(kept.headers) == ["番号", "◎", "計"] and kept.numeric == frozenset({1, 2})
    assert only_used(TableData("t", ["番号", "空"], [])).headers == ["番号", "空"]  # (no rows)


def test_the_export_s_csv_keeps_the_columns_its_data_sheet_leaves_out(tmp_path: Path) -> None:
    """The データ sheet leaves out a column no row fills and records those it holds
    (planeval_data_columns), which planeval reads it back by; 進捗状況.csv has only its header
    to say its columns, and what reads it (Power Query naming them, a prefecture pasting its
    bodies' files one under another) needs the same ones from every body: all of them."""
    from openpyxl import load_workbook

    path = _without_sub_items(tmp_path)
    folder, book = tmp_path / "csv", tmp_path / "評価.xlsx"
    exported = CliRunner().invoke(app, ["export", path, "--csv", str(folder), "--xlsx", str(book)])
    assert exported.exit_code == 0, exported.output
    data = [cell.value for cell in load_workbook(book)["データ"][1]]
    assert "細目" not in data and "実施内容名" in data
    lines = (folder / "進捗状況.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == (
        "政策,政策名,方向性,方向性名,事業番号,事業名,番号,実施内容,細目,達成状況,課題等,所管部"
    )
    assert [line.split(",")[8] for line in lines[1:]] == ["", ""]  # (細目: none)
