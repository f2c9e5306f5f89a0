"""Review 162 #8 (still open in review 163): compare's and rounds' workbooks left their cells to
Excel and LibreOffice, which fill a line: 「…行政サービスの拡充【」 over 「拡充】」, and the legend
「…× 未実施 ／」 over 「- 再掲。」 alone. Each text is now broken between its phrases, never
inside a 【…】 tag, and the legend's symbols in lines as even as they go."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import TOML, form

NAMED = "(1) マイナポータル、インターネットを活用した行政サービスの拡充【拡充】"
ROWS = [("1-1-1", NAMED, "A", "", "総務課"), ("1-1-1", "(2) 申請状況の可視化", "B", "", "総務課")]


def _texts(xlsx: Path) -> dict[str, list[str]]:
    """Each text cell of every sheet (sheet › cell) as its lines."""
    book = load_workbook(xlsx)
    return {
        f"{sheet.title} › {cell.coordinate}": cell.value.split("\n")
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }


def test_names_and_legend_break_between_phrases(tmp_path: Path) -> None:
    city = _city(tmp_path)
    # (labels as long as a city's, 「… ／ D 目標を大きく下回った」: the legend wraps)
    longer = TOML.replace("やや下回った", "やや下回った（達成率80%以上100%未満）")
    (city / "planeval.toml").write_text(
        longer.replace("大きく下回った", "大きく下回った（80%未満）")
    )
    for year, status in ((5, "A"), (6, "C")):
        rows = [(ROWS[0][0], NAMED, status, "", "総務課"), ROWS[1]]
        form(city / f"R{year}" / "DX評価_総務部.xlsx", "総務部", rows, year=year)
    rounds = [str(city / "R5"), str(city / "R6")]
    for command in ("compare", "rounds"):
        xlsx = city / f"{command}.xlsx"
        args = [command, *rounds, "--xlsx", str(xlsx), "--config", str(city / "planeval.toml")]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        texts = _texts(xlsx)
        name = NAMED.split(" ", 1)[1]
        [named] = [lines for lines in texts.values() if "".join(lines) == name]
        assert len(named) > 1, named  # (wider than its column: broken by planeval …)
        for tag in re.findall(r"【[^】]*】", name):  # (… never inside its tag)
            assert any(tag in line for line in named), named
        legends = [lines for lines in texts.values() if lines[0].startswith("凡例")]
        assert legends and not any(line.startswith("／") for ls in legends for line in ls)


def test_the_legend_s_symbols_wrap_in_even_lines() -> None:
    """The city's legend under a table of each width it may be: where its symbols take two
    lines, the last holds more than 「- 再掲。」 alone (review 162 #8, at the compare sheet's 100
    characters: 「…× 未実施 ／」 over 「- 再掲。」)."""
    from planeval.presets import PRESETS
    from planeval.report.summary_legend import legend
    from planeval.report.xlsx_notes import legend_lines

    said = legend(PRESETS["setagaya"])
    for width in range(60, 120):
        lines = legend_lines([said], width)
        symbols = lines[: next(i for i, line in enumerate(lines) if line.endswith("。")) + 1]
        assert " ".join(symbols) == f"{said.split('。')[0]}。", lines  # (every symbol, whole)
        if len(symbols) == 2:
            assert symbols[-1].count(" ／ ") >= 1, (width, lines)
