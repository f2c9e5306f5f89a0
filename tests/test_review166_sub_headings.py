"""上毛県's 教育委員会 (review 166 #3): under 「施策5　デジタル人材の育成」 a line stands above
each of its two tables, 「正しく安全にICTを利活用できる人づくり」 over (1), 「ICTを活用した学びの
充実」 over (2), as the prefecture's published 進捗状況 prints them. 施策5 stays the level; each
line was dropped from every output, then only named in a notice saying so. Now each output
prints it as a heading directly above the rows it heads, inside 施策5's table, and nothing
counted, numbered or levelled changes (the same read without the lines gives the same rows)."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval import read_workbooks, report_of
from planeval.cli import app
from planeval.config import load_config
from tests.test_review166_through_groups import CONFIG, GROUPS, LINES, _form

runner = CliRunner()
OWNER = "教育委員会事務局"


def _forms(tmp_path: Path, *, lines: bool = True) -> tuple[Path, Path]:
    """Its one form (the lines above its tables, or none) and the planeval.toml beside it."""
    folder = tmp_path / ("回答" if lines else "回答_行なし")
    folder.mkdir()
    groups = [(*group[:4], group[4] if lines else None, group[5]) for group in GROUPS]
    _form(folder / f"08_{OWNER}_進捗状況.xlsx", OWNER, groups)
    settings = tmp_path / "planeval.toml"
    settings.write_text(CONFIG, encoding="utf-8")
    return folder, settings


def _read(folder: Path, settings: Path):
    config = load_config(settings)
    result = read_workbooks(
        [folder], scale=config.scale, layout=config.layout, wording=config.wording
    )
    return config, result


def _ids(result) -> list[tuple[str, str, str, str, str]]:
    return [
        (e.policy_id, e.direction_id, e.project_id, e.shown_id, e.status) for e in result.entries
    ]


def test_the_lines_head_their_rows_in_the_report_and_change_no_count(tmp_path: Path) -> None:
    folder, settings = _forms(tmp_path)
    config, result = _read(folder, settings)
    _, plain = _read(_forms(tmp_path, lines=False)[0], settings)
    assert _ids(result) == _ids(plain) and len(result.entries) == len(plain.entries)
    assert {e.direction_id for e in result.entries} == {"3-5"}  # (施策5 stays the level)
    assert result.problems == [] and plain.problems == []  # (no notice: the designed path)
    report = report_of(result, config.scale, wording=config.wording)
    [section] = report.policies
    [table] = section.tables
    headed = [(row.heading, row.entry.project_id) for row in table.rows if row.heading]
    firsts = [rows[0].entry.project_id for rows in table.projects()]
    assert headed == list(zip(LINES, firsts, strict=True))  # (each over its table's first row)
    assert sum(1 for row in table.rows if row.heading) == len(LINES)


def _run(tmp_path: Path, *args: str, columns: int = 200):
    return runner.invoke(
        app, [*args, "--config", str(tmp_path / "planeval.toml")], env={"COLUMNS": str(columns)}
    )


def test_tables_prints_each_line_as_a_heading_over_its_rows(tmp_path: Path) -> None:
    folder, _ = _forms(tmp_path)
    result = _run(tmp_path, "tables", str(folder))
    assert result.exit_code == 0, result.output
    assert "お知らせ" not in result.output and "載せていません" not in result.output
    lines = result.stdout.splitlines()
    for line, group in zip(LINES, ("(1)", "(2)"), strict=True):
        at = next(i for i, text in enumerate(lines) if line in text)
        assert re.fullmatch(rf"│ {line} +│", lines[at]), lines[at]  # (across every column)
        assert lines[at - 1].startswith("├") and "┴" in lines[at - 1]  # (the columns end)
        assert lines[at + 1].startswith("├") and "┬" in lines[at + 1]  # (and start again)
        assert lines[at + 2].startswith(f"│ {group}"), lines[at + 2]
    narrow = _run(tmp_path, "tables", str(folder), columns=60)  # (a block a row)
    stacked = narrow.stdout.splitlines()
    for line, group in zip(LINES, ("(1)", "(2)"), strict=True):
        at = stacked.index(f"【{line}】")
        assert stacked[at + 1].startswith(f"項目 {group}"), stacked[at : at + 2]
    markdown = _run(tmp_path, "tables", str(folder), "--format", "github").stdout.splitlines()
    at = next(i for i, text in enumerate(markdown) if LINES[1] in text)
    assert re.match(rf"\| \*\*【{LINES[1]}】\*\* +\|( +\|)+$", markdown[at]), markdown[at]
    assert markdown[at + 1].startswith("| (2)")


def test_export_prints_each_line_above_its_rows_in_every_format(tmp_path: Path) -> None:
    folder, _ = _forms(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    names = {"md": "報告.md", "html": "報告.html", "xlsx": "報告.xlsx", "docx": "報告.docx"}
    options = [arg for kind, name in names.items() for arg in (f"--{kind}", str(out / name))]
    result = _run(tmp_path, "export", str(folder), *options)
    assert result.exit_code == 0, result.output
    assert "お知らせ" not in result.output
    markdown = (out / names["md"]).read_text(encoding="utf-8").splitlines()
    page = (out / names["html"]).read_text(encoding="utf-8")
    book = load_workbook(out / names["xlsx"])
    sheet = next(book[name] for name in book.sheetnames if name.startswith("基本目標3"))
    cells = [[str(cell.value or "") for cell in row] for row in sheet.iter_rows()]
    merged = {str(part).split(":")[0] for part in sheet.merged_cells.ranges}
    word = Document(str(out / names["docx"]))
    rows = [[cell.text for cell in row.cells] for table in word.tables for row in table.rows]
    for line, group in zip(LINES, ("(1)", "(2)"), strict=True):
        at = markdown.index(f"| **【{line}】** |" + " |" * 5)
        assert markdown[at + 1].startswith(f"| {group}"), markdown[at + 1]
        row = rf'<tr><th scope="rowgroup" colspan="6" style="[^"]*">{line}</th></tr>'
        assert re.search(
            rf"<tbody>\n?{row}\n?<tr><th scope=\"row\"[^>]*>.*?{re.escape(group)}", page
        )
        at = next(i for i, texts in enumerate(cells) if texts[0] == line)
        assert f"A{at + 1}" in merged and not any(cells[at][1:])  # (across the table)
        assert cells[at + 1][0].startswith(group), cells[at + 1]
        at = next(i for i, texts in enumerate(rows) if texts[0] == line)
        assert set(rows[at]) == {line}  # (one cell merged across)
        assert rows[at + 1][0].startswith(group), rows[at + 1]
