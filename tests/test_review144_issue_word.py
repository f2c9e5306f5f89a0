"""川辺市's issue column (review 144 #1): every form titles it 「取組み状況・課題」, the plan list
has none, and a [wording] without ``issue`` had template write planeval's 「課題等」 with no word
said. A read now says so of the planeval.toml, with the ``issue`` line that names it; with that
line, template writes the forms' title and the read says nothing more."""

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


def test_a_wording_without_the_forms_issue_title_is_offered_its_line(tmp_path: Path) -> None:
    forms = kawabe_forms(tmp_path / "回答")
    settings = tmp_path / "実施状況.toml"
    settings.write_text(SETTINGS.format(titles=""), encoding="utf-8")
    code, out = _run("summarize", str(forms), "--config", str(settings))
    assert code == 0, out
    notice = next(line for line in out.splitlines() if "調査票の課題の列" in line)
    assert notice.startswith(f"お知らせ: {settings} › [wording]: ")
    assert f"見出しは「{ISSUE}」で、[wording] の issue（「課題等」）と違います" in notice
    assert "template で書き出す調査票では「課題等」になります" in notice
    assert f"{settings.name} の [wording] に次の行を加えてください" in notice
    line = f'issue = "{ISSUE}"'
    assert f"  {line}" in out.splitlines()
    # as it is, the template says 課題等; the line added, the forms' title, and no notice left
    assert _issue_titles(_template(tmp_path, settings, "before")) == {"課題等"}
    settings.write_text(SETTINGS.format(titles="") + line + "\n", encoding="utf-8")
    assert _issue_titles(_template(tmp_path, settings, "after")) == {ISSUE}
    code, out = _run("summarize", str(forms), "--config", str(settings))
    assert code == 0, out
    assert "お知らせ" not in out
