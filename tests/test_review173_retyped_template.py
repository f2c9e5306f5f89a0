"""Review 173 #1: a department copies its returned form of last year — a workbook planeval's
template wrote for that year —, retypes its A1 and A2 to this year's and changes some of its
ratings. Its document properties still record last year's round: that decides, and the file is
last year's workbook sent again (an error, its rows not counted), as when only A1 is retyped.
The forms here are written by planeval's own template function for two years, filled as
departments fill them; the designed cycle (this year's template filled) says nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.packaging.custom import CustomPropertyList
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.fiscal import fiscal_year_label
from tests.cycle_fill import PLAN, fill_workbook, item_rows, status_and_issue

LAST, THIS = 2022, 2023
CLERK = "危機管理部"  # (the department that copied last year's file)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout + result.stderr


def _round(folder: Path, year: int, default: str) -> Path:
    """The plan's split templates for ``year``, each filled (every item ``default``)."""
    plan = planeval.read_plan(PLAN)
    planeval.write_templates(plan, folder, fiscal_year=year, split_by_department=True)
    for path in folder.glob("*.xlsx"):
        fill_workbook(path, default=default)
    return folder


def _own(folder: Path) -> Path:
    return next(folder.glob(f"*_{CLERK}.xlsx"))


def _retyped(last: Path, target: Path, *, keep_record: bool = True) -> None:
    """Last year's returned workbook with its sheets' A1 and A2 retyped this year's, its first rated
    row changed (the clerk updated some ratings, not all), saved as ``target``."""
    book = load_workbook(last)
    for each in (s for s in book if s.title != "記入方法"):  # (the co-owner's sheet too)
        for cell in ("A1", "A2"):
            text = str(each[cell].value)
            each[cell] = text.replace(fiscal_year_label(LAST), fiscal_year_label(THIS))
    sheet = book["実施状況"]
    status, _issue = status_and_issue(sheet)
    for _key, row in list(item_rows(sheet))[:1]:
        row[status].value = "○"
    if not keep_record:  # (a workbook whose properties were lost: no year recorded)
        book.custom_doc_props = CustomPropertyList()
    book.save(target)


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("r173")
    return _round(root / "R4", LAST, "◎"), _round(root / "R5", THIS, "○")


def _with_copy(rounds: tuple[Path, Path], folder: Path, *, keep_record: bool = True) -> Path:
    last, this = rounds
    shutil.copytree(this, folder)
    _retyped(_own(last), _own(folder), keep_record=keep_record)
    return _own(folder)


def test_last_year_s_form_with_a1_and_a2_retyped_is_not_counted(rounds, tmp_path: Path) -> None:
    copied = _with_copy(rounds, tmp_path / "回答")
    result = planeval.read_workbooks([tmp_path / "回答"])
    errors = [p for p in result.problems if p.is_error]
    assert [p.location.file for p in errors] == [str(copied)]
    error = errors[0]
    assert error.location.cell == "A2"
    assert error.message.startswith(f"{fiscal_year_label(LAST)}の調査票です")
    assert "planeval_template_fiscal_year" in error.message and "記入方法" in error.message
    assert f"A1 の表題と A2 の対象年度は{fiscal_year_label(THIS)}" in error.message
    assert f"{fiscal_year_label(THIS)}の調査票" in error.hint
    # none of its rows — last year's ratings, ◎ — is counted as this year's
    assert all(entry.location.file != str(copied) for entry in result.entries)
    assert "◎" not in {entry.status for entry in result.entries}
    assert result.entries  # (the other departments' rows are)


def test_every_command_says_it_and_exits_1(rounds, tmp_path: Path) -> None:
    copied = _with_copy(rounds, tmp_path / "回答")
    folder = str(tmp_path / "回答")
    for command in (
        ["validate", folder],
        ["summarize", folder],
        ["validate", folder, "--plan", str(PLAN)],
    ):
        code, said = _run(*command)
        assert code == 1, said
        assert f"{copied.name} › 実施状況 › A2: {fiscal_year_label(LAST)}の調査票です" in said
    assert "未提出（令和4年度の調査票）" in said  # (提出状況, validate --plan)
    code, said = _run("compare", str(rounds[0]), folder)
    assert code == 1 and "planeval_template_fiscal_year" in said


def test_the_only_file_is_told_by_the_year_given(rounds, tmp_path: Path) -> None:
    folder = tmp_path / "一つ"
    folder.mkdir()
    _retyped(_own(rounds[0]), folder / _own(rounds[1]).name)
    code, said = _run("validate", str(folder), "--fiscal-year", "令和5")
    assert code == 1 and "（この回は令和5年度（2023年度））" in said
    code, said = _run("validate", str(folder))  # (no other file, no year given: not told)
    assert code == 0, said


def test_this_year_s_forms_and_a_file_recording_no_year_say_nothing(rounds, tmp_path: Path) -> None:
    for folder in (rounds[1], _with_copy(rounds, tmp_path / "回答", keep_record=False).parent):
        for extra in ([], ["--fiscal-year", "令和5"]):
            code, said = _run("validate", str(folder), *extra)
            assert code == 0 and "エラー" not in said and "警告" not in said, said


def test_a_body_reusing_one_blank_template_for_all_is_not_refused(tmp_path: Path) -> None:
    """Last year's blank templates, each retyped alike and sent out again: told by each other,
    none is another round's (the designed cycle writes this year's template instead)."""
    last = tmp_path / "R4"
    planeval.write_templates(
        planeval.read_plan(PLAN), last, fiscal_year=LAST, split_by_department=True
    )
    folder = tmp_path / "回答"
    folder.mkdir()
    for path in last.glob("*.xlsx"):
        _retyped(path, folder / path.name.replace(str(LAST), str(THIS)))
        fill_workbook(folder / path.name.replace(str(LAST), str(THIS)))
    code, said = _run("validate", str(folder))
    assert code == 0 and "エラー" not in said and "警告" not in said, said
