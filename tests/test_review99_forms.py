"""Review 99 (南浜市's 集中改革プラン, its plan numbering its 取組項目 1.1, 1.2 … through each
基本方針): forms made by today's template keep that numbering, and a co-owner's 共管課の意見 on
them was lost without a word (its 取組項目 「2.2 …」 read as no number); forms made by the
previous version (numbered 1-1, the 再掲 mark written after the 取組内容) no longer paired with
the plan they came from."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_reform_plan_list import TITLES, _fill, _template

RUNNER = CliRunner()
# 番号, 取組項目, 担当課: 2.2 led by 人事課, 総務課 co-owning; 2.3 a 再掲 of 1.2
ROWS = {
    ("1", "事務事業の見直しと効率化"): [
        ("1.1", "市営住宅の見直し", "企画課"),
        ("1.2", "審議会の活用", "総務課"),
    ],
    ("2", "組織・定員の適正化と人材育成"): [
        ("2.1", "定員の適正化", "人事課"),
        ("2.2", "研修制度の見直し", "人事課・総務課"),
        ("2.3", "審議会の活用（1.2再掲）", "総務課"),
    ],
}
REMARK = "人事課と連携し、規程の改正案を作成済み。"


def _plan(path: Path) -> Path:
    rows: list[tuple[object, ...]] = [("南浜市集中改革プラン 取組一覧",), ()]
    for (policy, name), items in ROWS.items():
        rows += [(f"基本方針{policy}\u3000{name}",), ("(1)\u3000取組の推進",), TITLES]
        for number, item, department in items:
            rows.append((number, item, f"{item.split('（')[0]}について、実施する。", department))
    return write_book(path, {"取組一覧": rows})


def _returned(tmp_path: Path) -> Path:
    """Every 課's form filled in (取組中), 総務課's 共管の取組内容 with a remark on 2.2."""
    folder = _template(tmp_path, _plan(tmp_path / "取組一覧.xlsx"))
    returned = tmp_path / "回収"
    for department in ("企画課", "総務課", "人事課"):
        _fill(folder, returned, department)
    path = returned / "総務課_回答.xlsx"
    book = load_workbook(path)
    shared = book["共管の取組内容"]
    header = [cell.value for cell in shared[5]]
    [row] = [r for r in range(6, shared.max_row + 1) if shared.cell(r, 1).value]
    assert shared.cell(row, 1).value == "2.2 研修制度の見直し"  # (as the plan typed it)
    shared.cell(row, header.index("共管課の意見") + 1, REMARK)
    book.save(path)
    return returned


def _run(tmp_path: Path, command: str, folder: Path, *more: str) -> dict:
    result = RUNNER.invoke(
        app,
        [command, str(folder), "--plan", str(tmp_path / "取組一覧.xlsx"),
         "--config", str(tmp_path / "planeval.toml"), "-f", "json", *more],
    )  # fmt: skip
    said: dict = json.loads(result.stdout)
    said["exit_code"] = result.exit_code
    return said


def test_a_co_owner_s_remark_on_a_form_numbered_as_the_plan_is_attached(tmp_path: Path) -> None:
    """Finding 1: the remark under 2.2 「（共管 総務課）…」, as on the forms numbered 2-2."""
    issues = _run(tmp_path, "issues", _returned(tmp_path))
    assert issues["exit_code"] == 0
    [item] = [row for row in issues["issues"] if REMARK in row["issue"]]
    assert item["project_id"] == "2-2"
    assert item["issue"].endswith(f"（共管 総務課）{REMARK}")


def test_a_remark_whose_project_number_cannot_be_read_is_said(tmp_path: Path) -> None:
    """A remark no item can be found for is never dropped without a word: its row's 取組項目
    typed over with no number, a notice at the remark's cell names it and the fix."""
    returned = _returned(tmp_path)
    path = returned / "総務課_回答.xlsx"
    book = load_workbook(path)
    book["共管の取組内容"]["A6"] = "研修制度の見直し"
    book.save(path)
    checked = _run(tmp_path, "validate", returned)
    [notice] = [p for p in checked["problems"] if REMARK in p["message"]]
    assert (notice["severity"], notice["sheet"], notice["cell"]) == (
        "notice",
        "共管の取組内容",
        "D6",
    )
    assert notice["message"] == (
        f"共管課の総務課の意見「{REMARK}」は、その行の取組項目「研修制度の見直し」に番号が"
        "読み取れないため、どの取組内容の意見か分からず付けていません"
    )
    assert "「番号 名前」" in notice["hint"]


def _as_before(returned: Path, older: Path) -> Path:
    """The returned forms as the previous version of template wrote them: numbered 1-1, and a
    再掲 row's mark written after its 取組内容 (「…実施する。（1.2再掲）」)."""
    older.mkdir()
    for path in returned.glob("*.xlsx"):
        book = load_workbook(path)
        sheet = book["進捗状況"]
        for row in range(6, sheet.max_row + 1):
            number = sheet.cell(row, 1)
            if isinstance(number.value, str) and number.value[:1].isdigit():
                number.value = number.value.replace(".", "-")
            if "再掲" in str(sheet.cell(row, 2).value):
                sheet.cell(row, 3).value += "（1.2再掲）"
        book.save(older / path.name)
    return older


def test_forms_of_the_previous_version_pair_with_their_plan(tmp_path: Path) -> None:
    """Finding 5: the 再掲 row 2.3 was 「どのファイルにもありません」 and 総務課 「行なし 1件」."""
    older = _as_before(_returned(tmp_path), tmp_path / "旧調査票")
    checked = _run(tmp_path, "validate", older)
    assert checked["exit_code"] == 0, checked["problems"]
    assert [p for p in checked["problems"] if p["severity"] == "error"] == []
    assert {s["department"]: s["label"] for s in checked["submissions"]} == {
        "企画課": "提出済",
        "総務課": "提出済",
        "人事課": "提出済",
    }
    summary = _run(tmp_path, "summarize", older)
    assert summary["exit_code"] == 0
    assert summary["total"]["total"] == 4  # (1.1, 1.2, 2.1, 2.2: not the 再掲 2.3)
