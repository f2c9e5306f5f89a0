"""Outputs as a director reads them (review 105 #9, 北嶺県: 群馬県's 達成A…後退D): compare's and
rounds' statuses as the body's cells write them, and the exports' cells aligned alike."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "所管部", "達成状況", "課題等"]
GUNMA = '[scale]\npreset = "gunma"\n[wording]\npreset = "gunma"\n'


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _rounds(folder: Path) -> tuple[list[str], list[str]]:
    """Two rounds of a body whose cells hold word and letter (前進B), and its planeval.toml."""
    statuses = {"R5": ("前進B", "達成A"), "R6": ("横ばいC", "達成A")}
    paths = [
        str(
            write_book(
                folder / f"{name}.xlsx",
                {"表": [HEADER, ["1-1-1 事業", "① 一", "", a, ""], ["", "② 二", "", b, ""]]},
            )
        )
        for name, (a, b) in statuses.items()
    ]
    (folder / "planeval.toml").write_text(GUNMA, encoding="utf-8")
    return paths, ["--config", str(folder / "planeval.toml")]


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("│")[1:-1]]


def test_compare_and_rounds_show_statuses_as_the_body_writes_them(tmp_path: Path) -> None:
    """compare and rounds printed 「B │ C │ 後退」 where the body's forms, tables and issue list
    write 「前進B」「横ばいC」: each status as its cells are; the JSON keeps the symbols (data)."""
    paths, config = _rounds(tmp_path)
    compared = run("compare", *paths, *config)
    assert compared.exit_code == 0, compared.output
    [moved] = [_cells(line) for line in compared.stdout.splitlines() if "│ 1-1-1①" in line]
    assert moved == ["1-1-1①", "一", "前進B", "横ばいC", "評価が下がった"]  # (review 140 #6)
    data = json.loads(run("compare", *paths, *config, "-f", "json").stdout)
    assert [(m["old"]["status"], m["new"]["status"]) for m in data["movements"]] == [("B", "C")]
    out = tmp_path / "最終評価.xlsx"
    shown = run("rounds", *paths, *config, "--xlsx", str(out))
    assert shown.exit_code == 0, shown.output
    rows = [_cells(line) for line in shown.stdout.splitlines() if "│ 1-1-1" in line]
    assert rows == [["1-1-1①", "一", "前進B", "横ばいC"], ["1-1-1②", "二", "達成A", "達成A"]]
    sheet = load_workbook(out).worksheets[0]
    cells = [[c.value for c in row] for row in sheet.iter_rows(min_row=5, max_row=6)]
    assert [row[2:4] for row in cells] == [["前進B", "横ばいC"], ["達成A", "達成A"]]


def test_figures_and_statuses_sit_at_the_top_of_their_cells_as_the_names(tmp_path: Path) -> None:
    """The policy sheets and Word's tables set an indicator's figures (48回) and its status
    (横ばいC) in the middle of the cell while the names beside them, wrapped over more lines,
    start at the top: a reader matched a figure to the wrong line. Every cell of a rated row
    starts at the top; figures still right-aligned and statuses centred across."""
    from docx import Document

    from tests.test_indicator_values import FIGURES, _built

    path, config = _built(tmp_path / "in")
    out = tmp_path / "out"
    exported = run("export", str(path), "--config", str(config), "--xlsx", str(out / "r.xlsx"),
                   "--docx", str(out / "r.docx"))  # fmt: skip
    assert exported.exit_code == 0, exported.output
    book = load_workbook(out / "r.xlsx")
    [policy] = [book[name] for name in book.sheetnames if name.startswith("基本目標1")]
    rows = list(policy.iter_rows())
    start = next(n for n, row in enumerate(rows) if row[2].value == FIGURES[0])
    rated = [row for row in rows[start + 1 :] if row[1].value]
    assert len(rated) == 3
    assert {cell.alignment.vertical for row in rated for cell in row[1:7]} == {"top"}
    assert {row[4].alignment.horizontal for row in rated} == {"right"}  # (a figure)
    assert {row[6].alignment.horizontal for row in rated} == {"center"}  # (the status)
    [table] = [
        t for t in Document(str(out / "r.docx")).tables if t.rows[0].cells[2].text == "策定時"
    ]
    assert {cell.vertical_alignment for row in table.rows[1:] for cell in row.cells} == {None}


def test_the_workbook_s_ids_sit_off_the_left_border(tmp_path: Path) -> None:
    """課題一覧's IDs (Ⅰ-1(1)) and 集計's 基本目標番号 (Ⅲ) touched the cell's left border, where
    the names beside them sit off it by their characters' own margins: indented one step,
    their column widened by that step so that no ID wraps."""
    import planeval
    from planeval.report.xlsx_writer import display_width
    from tests.conftest import SEED_WORKBOOK

    report = planeval.build_report(planeval.read_workbooks([SEED_WORKBOOK]).entries)
    planeval.export(report, xlsx=tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    issues, summary = book["課題一覧"], book["集計"]
    ids = [row[0] for row in issues.iter_rows(min_row=5) if row[0].value]
    assert len(ids) == len(report.issue_table().rows)
    assert {(c.alignment.horizontal, c.alignment.indent) for c in ids} == {("left", 1)}
    widest = max(display_width(str(cell.value)) for cell in ids)
    assert issues.column_dimensions["A"].width >= widest + 4.0  # (its margin and the step)
    numbers = [row[0] for row in summary.iter_rows(min_row=5) if row[2].value is not None]
    assert [c.value for c in numbers] == ["1", "2", "3", "合計"]
    assert {(c.alignment.horizontal, c.alignment.indent) for c in numbers} == {("left", 1)}
    names = [row[1] for row in issues.iter_rows(min_row=5) if row[1].value]
    assert {c.alignment.indent for c in names} == {0}  # (a name's own characters set it off)


def test_compare_and_rounds_in_blocks_head_each_policy_by_its_word(tmp_path: Path) -> None:
    """At 40 columns compare's and rounds' counts per policy were blocks headed 「ID 1」
    (review 102 #8, 105's 「ID Ⅰ 県民サービスのデジタル化」): 「基本目標1」, as the headings."""
    paths, config = _rounds(tmp_path)
    for command in ("compare", "rounds"):
        shown = CliRunner().invoke(app, [command, *paths, *config], env={"COLUMNS": "40"})
        assert shown.exit_code == 0, shown.output
        lines = shown.stdout.splitlines()
        assert "基本目標1" in lines and "番号 1" not in lines  # (an item's 「番号 1-1-1①」 stays)
