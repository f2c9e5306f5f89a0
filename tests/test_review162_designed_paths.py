"""Review 162 (世田谷区, two yearly cycles): what the designed ways of working said that was not
true or not needed.

#1: a co-owner that leads no item (生涯学習部, co-owning 1-1-4) sent its form back as .xls. No
count depends on it (its form asks no status), yet `--keep-going` published 「直した後の件数は
この表と異なります」 and validate called it 未提出. #3: the whole-plan workbook copied to each
department, each rating its own rows (README), gave one notice a copy. (#2, the plan beside the
forms: test_plan_among_replies.py.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.cycle_fill import columns, fill_workbook, split_templates

PLAN = Path(__file__).resolve().parent.parent / "data" / "setagaya" / "plan.xlsx"
CO_OWNER = "生涯学習部"  # (co-owns 1-1-4, led by 教育政策部; leads nothing)
XLS_HEAD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # (an Excel 97–2003 workbook's first bytes)
CHANGES = "直した後の件数はこの表と異なります"
UNCHANGED = "所管のない部の回答のため、直しても件数は変わりません。"


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Every department's form filled in (as .xlsx), and the same folder with the co-owner's
    form sent back as .xls instead."""
    base = tmp_path_factory.mktemp("r162")
    fixed = split_templates(base / "xlsx")
    for path in sorted(fixed.glob("*.xlsx")):
        fill_workbook(path, remarks={"1-1-4①": "電子書籍の貸出数が増えた"})
    xls = base / "xls"
    shutil.copytree(fixed, xls)
    [form] = xls.glob(f"*_{CO_OWNER}.xlsx")
    form.unlink()
    form.with_suffix(".xls").write_bytes(XLS_HEAD + bytes(504))
    return fixed, xls


def test_a_co_owner_s_xls_says_no_count_changes(rounds: tuple[Path, Path]) -> None:
    fixed, xls = rounds
    plan = planeval.read_plan(PLAN)
    read = planeval.read_workbooks([xls], plan=plan)
    [error] = read.errors
    name = f"実施状況調査票_2022_{CO_OWNER}.xls"
    assert Path(error.location.file).name == name
    assert f"{CO_OWNER}は計画で所管する実施内容がないため件数は変わりません" in error.message
    assert f"「{name}」を Excel で開き「Excel ブック (*.xlsx)」形式で保存し直して" in error.hint
    # the count made past it is the count of the form saved as .xlsx: so the note says
    whole = planeval.summarize(planeval.read_workbooks([fixed], plan=plan).entries)
    assert planeval.summarize(read.entries).total == whole.total
    said = {s.department: s for s in planeval.submissions(read, plan)}[CO_OWNER]
    assert (said.state, said.label) == ("提出不要", "提出不要（読めないファイルのみ）")
    assert [Path(file).name for file in said.files] == [name]
    # the command line alike: the published note true, validate owing it nothing
    out = xls.parent / "報告.md"
    result = _run("export", str(xls), "--plan", str(PLAN), "--keep-going", "--md", str(out))
    assert result.exit_code == 1  # (an error still: its remark is not read)
    report = out.read_text(encoding="utf-8")
    assert f"ファイル形式が異なる回答 1 ファイルは集計に含めていません。{UNCHANGED}" in report
    assert CHANGES not in report
    result = _run("summarize", str(xls), "--plan", str(PLAN), "--keep-going")
    assert result.exit_code == 1 and UNCHANGED in result.stdout and CHANGES not in result.stdout
    result = _run("validate", str(xls), "--plan", str(PLAN), "-f", "json")
    assert result.exit_code == 1
    assert not [s for s in json.loads(result.stdout)["submissions"] if s["state"] == "未提出"]
    result = _run("validate", str(xls), "--plan", str(PLAN))
    assert "未提出" not in result.stdout and f"{CO_OWNER}から届いたファイルは" in result.stdout


def test_a_co_owner_s_xls_beside_a_lead_s_error_still_says_counts_change(
    rounds: tuple[Path, Path], tmp_path: Path
) -> None:
    """Where another error leaves rows out, fixing the errors does change the counts."""
    _fixed, xls = rounds
    both = tmp_path / "both"
    shutil.copytree(xls, both)
    [lead] = both.glob("*_教育政策部.xlsx")
    book = load_workbook(lead)
    sheet = book["実施状況"]
    status = columns(sheet)["達成状況"]
    cell = next(row[status] for row in sheet.iter_rows(min_row=6) if row[status].value == "○")
    cell.value = "達成"
    book.save(lead)
    result = _run("summarize", str(both), "--plan", str(PLAN), "--keep-going")
    assert result.exit_code == 1 and CHANGES in result.stdout and UNCHANGED not in result.stdout


def _own_rows(whole: Path, department: str, target: Path) -> None:
    """A department's copy of the whole-plan workbook, only the rows it leads rated."""
    book = load_workbook(whole)
    sheet = book["実施状況"]
    column = columns(sheet)
    status, item = column["達成状況"], column["実施内容"]
    for row in sheet.iter_rows(min_row=6):
        lead = str(row[column["所管部"]].value or "").split("（")[0]
        if lead == department and row[status].value is None and row[item].value:
            row[status].value = "○"
    book.save(target)


def test_the_whole_plan_workbook_passed_round_says_nothing_with_the_plan(
    tmp_path: Path,
) -> None:
    whole = tmp_path / "全庁.xlsx"
    assert _run("template", str(PLAN), "--fiscal-year", "令和4", "-o", str(whole)).exit_code == 0
    plan = planeval.read_plan(PLAN)
    leads = sorted({item.departments[0] for item in plan.items if item.departments})
    folder = tmp_path / "回答"
    folder.mkdir()
    for lead in leads:
        _own_rows(whole, lead, folder / f"{lead}.xlsx")
    read = planeval.read_workbooks([folder], plan=plan)
    assert not read.errors
    assert not [p for p in read.problems if "ほかのファイル" in p.message], read.problems
    assert planeval.summarize(read.entries).total.total == sum(
        1 for item in plan.items if not item.repeat_listing
    )
    result = _run("summarize", str(folder), "--plan", str(PLAN))
    assert result.exit_code == 0
    # (only the plan's 术 and 实, outside Shift_JIS, in the copies holding them)
    said = [line for line in result.stderr.splitlines() if line.startswith(("警告", "お知らせ:"))]
    assert [line for line in said if "Shift_JIS" not in line] == [], result.stderr
