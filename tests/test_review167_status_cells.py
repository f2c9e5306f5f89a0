"""Review 167 #10 (first half): compare's workbook wrote the statuses — 達成度 1–5, digits — at
the left of their cells as text, where the export centres every status cell. compare's and
rounds' item sheets now centre them as the export does (xlsx_chapter3.STATUS, one format)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import TOML, form

DIGITS = TOML.replace('as_planned = "B"', 'as_planned = "3"')
for _letter, _digit in zip("ABCD", "4321", strict=True):
    DIGITS = DIGITS.replace(f'symbol = "{_letter}"', f'symbol = "{_digit}"')


def _alignments(xlsx: Path, sheet: str, columns: tuple[str, ...]) -> dict[str, set[str | None]]:
    """Each titled column's cells' horizontal alignments, under its title on ``sheet``."""
    rows = list(load_workbook(xlsx)[sheet].iter_rows())
    (header,) = [row for row in rows if columns[0] in [cell.value for cell in row]]
    at = [cell.value for cell in header].index
    below = rows[rows.index(header) + 1 :]
    return {
        title: {row[at(title)].alignment.horizontal for row in below if row[at(title)].value}
        for title in columns
    }


def test_compare_and_rounds_centre_the_statuses_as_export_does(tmp_path: Path) -> None:
    city = _city(tmp_path)
    (city / "planeval.toml").write_text(DIGITS, encoding="utf-8")
    for year, status in ((5, "4"), (6, "2")):
        rows = [
            ("1-1-1", "(1) 電子申請の拡大", status, "", "総務課"),
            ("1-1-1", "(2) 可視化", "3", "", "総務課"),
        ]
        form(city / f"R{year}" / "DX評価_総務部.xlsx", "総務部", rows, year=year)
    options = ["--config", str(city / "planeval.toml")]
    exported = city / "報告.xlsx"
    done = CliRunner().invoke(app, ["export", str(city / "R6"), "--xlsx", str(exported), *options])
    assert done.exit_code == 0, done.output
    book = load_workbook(exported)
    centred = {
        cell.alignment.horizontal
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value in ("2", "3") and cell.border.left.style
    }
    assert centred == {"center"}, centred  # (export's status cells)
    rounds = [str(city / "R5"), str(city / "R6")]
    for command, sheet, columns in (
        ("compare", "評価の変化", ("令和5年度", "令和6年度")),
        ("rounds", None, ("令和5年度", "令和6年度")),
    ):
        xlsx = city / f"{command}.xlsx"
        done = CliRunner().invoke(app, [command, *rounds, "--xlsx", str(xlsx), *options])
        assert done.exit_code == 0, done.output
        name = sheet or load_workbook(xlsx).sheetnames[0]
        aligned = _alignments(xlsx, name, columns)
        assert aligned == {title: centred for title in columns}, (command, aligned)
        if command == "compare":  # (its 変化 and the items' names as text, as before)
            assert _alignments(xlsx, name, ("変化",)) == {"変化": {None}}
