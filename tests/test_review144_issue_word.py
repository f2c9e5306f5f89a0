"""川辺市's issue column (review 144 #1): every form titles it 「取組み状況・課題」, the plan list
has none. The first run's notice on the 推進項目 column told the clerk to write
[wording] project = "推進項目"; the [wording] written so had no issue, and template wrote
planeval's 「課題等」. The notice now offers the issue line beside it, and with that line the
template writes the forms' title."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.kawabe_forms import FORM_TITLES, SETTINGS, kawabe_forms, kawabe_plan

RUNNER = CliRunner()
ISSUE = FORM_TITLES[5]  # 取組み状況・課題


def _run(*args: str) -> tuple[int, str]:
    result = RUNNER.invoke(app, list(args))
    return result.exit_code, result.stdout + result.stderr


def _issue_titles(folder: Path) -> set[str]:
    """The last header title of each template written in ``folder``: its issue column's."""
    titles = set()
    for form in folder.glob("*.xlsx"):
        sheet = load_workbook(form).worksheets[0]
        header = next(row for row in sheet.iter_rows(values_only=True) if "実施状況" in row)
        titles.add(str([value for value in header if value][-1]))
    return titles


def _template(tmp_path: Path, settings: Path, name: str) -> Path:
    plan = kawabe_plan(tmp_path / "計画.xlsx")
    folder = tmp_path / name
    code, out = _run(
        "template", str(plan), "--config", str(settings), "-o", str(folder),
        "--split-by", "department", "--fiscal-year", "令和8", "-q",
    )  # fmt: skip
    assert code == 0, out
    return folder


def test_the_first_run_offers_the_issue_line_beside_the_project_s(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    settings = tmp_path / "実施状況.toml"
    settings.write_text(SETTINGS.format(titles="").partition("[wording]")[0], encoding="utf-8")
    code, out = _run("summarize", str(forms), "--config", str(settings))
    assert code == 0, out
    notices = [line for line in out.splitlines() if 'project = "推進項目"' in line]
    assert notices, out
    line = f'issue = "{ISSUE}"'
    for notice in notices:
        assert f"[wording] を書くなら、課題の列も {line} と書いてください" in notice, notice
        assert f"template で作る調査票もその列を「{ISSUE}」と書きます" in notice, notice
    # a [wording] of project alone: the template says 課題等; with the line offered, the forms'
    worded = SETTINGS.format(titles="")
    settings.write_text(worded, encoding="utf-8")
    assert _issue_titles(_template(tmp_path, settings, "before")) == {"課題等"}
    settings.write_text(worded + line + "\n", encoding="utf-8")
    assert _issue_titles(_template(tmp_path, settings, "after")) == {ISSUE}
    code, out = _run("summarize", str(forms), "--config", str(settings))
    assert code == 0 and "お知らせ" not in out, out
