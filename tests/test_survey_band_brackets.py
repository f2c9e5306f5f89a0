"""A national survey's common form (review 133 #1): ID | 調査項目 | 取組状況 | 備考, each 分野 a
band row 「【分野1】行政手続のオンライン化」 merged across the table, the ID 1-1 … 2-3 stating
its 分野 on every row. The band was not read as a heading (its word and number in 【】), so every
row was counted in one 「（分野の段なし）」 row, silently, and `tables` listed 1-1, 2-1, 1-2 …
A band bracketed so (【】, 〔〕, ［］) is the 分野's heading, and where no band row is read the
ID's first number is the 分野 all the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

TOML = """[[scale.status]]
symbol = "A"
label = "実施済"

[[scale.status]]
symbol = "B"
label = "実施中"

[[scale.status]]
symbol = "C"
label = "検討中"

[[scale.status]]
symbol = "D"
label = "未着手"

[layout.titles]
number = ["ID"]
item = ["調査項目"]

[wording]
policy = "分野"
item = "調査項目"
status = "取組状況"
"""
FIELDS = {"1": "行政手続のオンライン化", "2": "セキュリティ対策"}
STATUSES = {"1": ["A", "B", "B"], "2": ["D", "A", "C"]}


def _form(path: Path, band: str | None) -> None:
    """The form as the ministry sends it; ``band`` the band row's text ({n}: the 分野's number,
    {name} its name), None for a form with no band rows (the ID alone states the 分野)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet.append(["令和6年度 自治体情報化推進状況調査 調査票"])
    sheet.append(["団体名", "緑ヶ丘市"])
    sheet.append(["ID", "調査項目", "取組状況", "備考"])
    for n, name in FIELDS.items():
        if band is not None:
            sheet.append([band.format(n=n, name=name)])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=4
            )
        for i, status in enumerate(STATUSES[n], start=1):
            sheet.append([f"{n}-{i}", f"項目{n}-{i}", status, None])
    sheet.append([])
    sheet.append(["※1 取組状況は、令和6年4月1日時点の状況を記入してください。"])
    book.save(path)


def _summary(tmp_path: Path, band: str | None) -> planeval.Summary:
    _form(tmp_path / "緑ヶ丘市.xlsx", band)
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary, result = planeval.summarize_workbooks(
        [tmp_path / "緑ヶ丘市.xlsx"],
        scale=config.scale,
        layout=config.layout,
        wording=config.wording,
    )
    assert [p.message for p in result.problems] == []
    return summary


def _counts(summary: planeval.Summary) -> dict[str, dict[str, int]]:
    return {g.id: {s: n for s, n in g.count.counts.items() if n} for g in summary.groups}


EXPECTED = {"1": {"A": 1, "B": 2}, "2": {"A": 1, "C": 1, "D": 1}}


@pytest.mark.parametrize("band", ["【分野{n}】{name}", "〔分野{n}〕{name}", "［分野{n}］ {name}"])
def test_a_band_row_bracketing_its_word_and_number_is_the_policy_heading(
    tmp_path: Path, band: str
) -> None:
    summary = _summary(tmp_path, band)
    assert _counts(summary) == EXPECTED
    assert [g.name for g in summary.groups] == list(FIELDS.values())


def test_without_band_rows_the_items_ids_state_their_policy(tmp_path: Path) -> None:
    assert _counts(_summary(tmp_path, None)) == EXPECTED


def test_tables_lists_each_policy_s_items_under_its_band(tmp_path: Path) -> None:
    _form(tmp_path / "緑ヶ丘市.xlsx", "【分野{n}】{name}")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["tables", str(tmp_path / "緑ヶ丘市.xlsx"), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "100"},
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line[:4] for line in lines if line.startswith("分野")] == ["分野1 ", "分野2 "]
    items = [line.split()[1] for line in lines if line.startswith("│ ") and "-" in line]
    assert items == ["1-1", "1-2", "1-3", "2-1", "2-2", "2-3"]


@pytest.mark.parametrize("ids", [True, False])
def test_a_band_row_not_read_as_a_heading_is_said_once(tmp_path: Path, ids: bool) -> None:
    """「【第1分野】…」 (its number before the word) is no heading planeval reads: said once, at
    the first band, as its rows' 分野 is then their ID's (1-1 …) or none (a running No.)."""
    _form(tmp_path / "緑ヶ丘市.xlsx", "【第{n}分野】{name}")
    if not ids:  # (the same form numbered 1–6 straight through)
        book = load_workbook(tmp_path / "緑ヶ丘市.xlsx")
        for number, row in enumerate((5, 6, 7, 9, 10, 11), start=1):
            book.active.cell(row, 1).value = number
        book.save(tmp_path / "緑ヶ丘市.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    summary, result = planeval.summarize_workbooks(
        [tmp_path / "緑ヶ丘市.xlsx"],
        scale=config.scale,
        layout=config.layout,
        wording=config.wording,
    )
    [band] = result.problems
    assert (band.location.cell, band.severity) == ("A4", planeval.Severity.WARNING)
    assert band.message.startswith("「【第1分野】行政手続のオンライン化」は分野の見出しの行のよう")
    assert [g.id for g in summary.groups] == (["1", "2"] if ids else [""])
