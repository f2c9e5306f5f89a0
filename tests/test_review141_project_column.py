"""The 推進項目 column of 川辺市's forms (review 141 #4): 改革の柱 | 推進項目 | 取組項目, the 推進項目
the 取組項目's project. The first run's notice told the clerk to write it as a level
([layout.titles] level = ["推進項目"]), and template then refused every form; it now says the
[wording] line that reads it as the project, and a level line written anyway breaks nothing."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.kawabe_forms import ITEMS, PROJECTS, SETTINGS, kawabe_forms, kawabe_plan

RUNNER = CliRunner()
LEVEL = '[layout.titles]\nlevel = ["推進項目"]\n'


def _run(*args: str) -> tuple[int, str]:
    result = RUNNER.invoke(app, list(args))
    return result.exit_code, result.stdout + result.stderr


def _settings(tmp_path: Path, text: str) -> str:
    path = tmp_path / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_first_runs_notice_says_the_project_word(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    plain = _settings(tmp_path, SETTINGS.format(titles="").partition("[wording]")[0])
    code, out = _run("summarize", str(forms), "--config", plain)
    assert code == 0
    assert '[wording] に project = "推進項目" と書いてください' in out
    assert "評価する行（「取組項目」の列）のすぐ上の段の列なら" in out
    # following it, the 推進項目 are read and named, with no notice left
    worded = _settings(tmp_path, SETTINGS.format(titles=""))
    code, out = _run("summarize", str(forms), "--config", worded, "--by", "project")
    assert code == 0, out
    assert "お知らせ" not in out
    for number, name in PROJECTS.items():
        assert number in out and name in out


def test_a_level_line_written_anyway_does_not_refuse_the_forms(tmp_path: Path) -> None:
    """level = ["推進項目"] and project = "推進項目": the forms are written, and a form filled
    in reads back with its 推進項目 and every 取組項目."""
    settings = _settings(tmp_path, SETTINGS.format(titles=LEVEL))
    plan = kawabe_plan(tmp_path / "計画.xlsx")
    out_folder = tmp_path / "調査票"
    code, out = _run(
        "template", str(plan), "--config", settings, "-o", str(out_folder),
        "--split-by", "department", "--fiscal-year", "令和7",
    )  # fmt: skip
    assert code == 0, out
    forms = sorted(out_folder.glob("*.xlsx"))
    assert len(forms) == len({item[2] for item in ITEMS})
    for form in forms:
        book = load_workbook(form)
        sheet = book.worksheets[0]
        header = next(row for row in sheet.iter_rows() if any(c.value == "実施状況" for c in row))
        column = next(c.column for c in header if c.value == "実施状況")
        for row in sheet.iter_rows(min_row=header[0].row + 1):
            if row[column - 1].data_type != "f" and any(
                str(c.value or "").endswith(tuple(i[1] for i in ITEMS)) for c in row
            ):
                sheet.cell(row[0].row, column, "完了")
        book.save(form)
    code, out = _run("summarize", str(out_folder), "--config", settings, "--by", "project")
    assert code == 0, out
    for number, name in PROJECTS.items():
        count = sum(item[0].startswith(number) and item[3] != "再掲" for item in ITEMS)
        assert any(
            number in line and name in line and f"│ {count:>2} │" in line
            for line in out.splitlines()
        ), out
