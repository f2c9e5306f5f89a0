"""Review 91 (南海県's three rounds): what compare and rounds said under their tables that was not
so.

- A department renamed (組織改正: last year's forms say 行政部, this year's plan and form
  総務部 for the same items) was said in both rounds to have sent no form (「前回は調査票の提出
  がなかった部: 総務部」「今回は…: 行政部」, rounds' 「その取組内容 0 件は…」, in its workbook
  too), though every item was answered and compared. It is one notice naming both names.
- An item the revised plan dropped was 「今回未集計」, not 削除, when another department sent
  last year's form again (left out with --fiscal-year): the round was taken to have missed
  items in that workbook, though it was read and holds other items.
- The workbooks compare and rounds write, documents to hand round, named a command
  (「…を計画とともに集計した表（summarize --keep-going）には含まれません」): the terminal's only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import GENERAL_ROWS, PLANNING_ROWS, form

RUNNER = CliRunner()
RENAMED = "行政部"  # (総務部's name in the years before the plan's revision)


@pytest.fixture()
def city(tmp_path: Path) -> Path:
    city = _city(tmp_path, welfare_leads=False)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    return city


def _round(city: Path, year: int, general: str, rows: list[tuple[str, ...]] = GENERAL_ROWS) -> Path:
    folder = city / f"令和{year}年度"
    form(folder / f"DX評価_{general}.xlsx", general, rows, year=year)
    form(folder / "DX評価_企画部.xlsx", "企画部", PLANNING_ROWS, year=year)
    return folder


def _run(city: Path, *args: str) -> tuple[int, str, str]:
    done = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "400"}
    )
    return done.exit_code, done.stdout, done.stderr


def _notes(xlsx: Path) -> str:
    """Every text of the workbook (its notes under the tables among them)."""
    book = load_workbook(xlsx)
    return "\n".join(
        value
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    )


def test_a_renamed_department_is_no_department_that_sent_nothing(city: Path) -> None:
    before = _round(city, 5, RENAMED)
    after = _round(city, 6, "総務部", [(*GENERAL_ROWS[0][:2], "A", "", "総務課"), GENERAL_ROWS[1]])
    code, shown, said = _run(city, "compare", str(before), str(after))
    assert code == 0, said
    assert "提出がなかった" not in shown and "未集計" not in shown, shown
    assert "1-1-1(1) │ 対象手続の拡大" in shown and "改善" in shown  # (compared as it is)
    assert "前回だけ回答" not in said and "今回だけ回答" not in said, said
    assert (
        f"お知らせ: {after / 'DX評価_総務部.xlsx'}: {RENAMED}（前回）と総務部（今回）は同じ取組内容"
        " 2 件を回答しています。部の名前が変わったもの（組織改正など）とみて、その取組内容をそのまま"
        "比べました（別の部なら、それぞれの調査票の取組内容の番号と名称を確かめてください）"
    ) in said.splitlines(), said


def test_rounds_says_no_unsent_department_nor_0_items_in_its_workbook(
    city: Path, tmp_path: Path
) -> None:
    folders = [str(_round(city, 4, RENAMED)), str(_round(city, 5, RENAMED))]
    folders.append(str(_round(city, 6, "総務部")))
    xlsx = tmp_path / "推移.xlsx"
    code, shown, said = _run(city, "rounds", *folders, "--xlsx", str(xlsx))
    assert code == 0, said
    for text in (shown, _notes(xlsx)):
        assert "提出がない" not in text and " 0 件" not in text and "未集計" not in text, text
    assert f"{RENAMED}（令和4年度・令和5年度）と総務部（令和6年度）は同じ取組内容 2 件" in said


def test_an_item_the_plan_dropped_is_削除_beside_last_year_s_form_sent_again(city: Path) -> None:
    plan = load_workbook(city / "計画.xlsx")
    sheet = plan.active
    [row] = [r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 4).value == "申請状況の可視化"]
    sheet.delete_rows(row)
    plan.save(city / "計画.xlsx")
    before = _round(city, 5, "総務部")
    after = city / "令和6年度"
    form(after / "DX評価_総務部.xlsx", "総務部", GENERAL_ROWS[:1], year=6)
    form(after / "DX評価_企画部.xlsx", "企画部", PLANNING_ROWS, year=5)  # (last year's again)
    years = ["--fiscal-year", "令和5", "--fiscal-year", "令和6"]
    code, shown, said = _run(city, "compare", str(before), str(after), *years, "--keep-going")
    assert code == 1, said  # (企画部's form an error, counted past)
    [dropped] = [line for line in shown.splitlines() if "│ 申請状況の可視化" in line]
    assert dropped.split("│")[-2].strip() == "削除", shown
    unsent = [line for line in shown.splitlines() if line.endswith("│ 今回未集計 │")]
    assert len(unsent) == len(PLANNING_ROWS), shown  # (企画部's, its form last year's)
    assert "読んだものの数えなかった" not in shown, shown


@pytest.mark.parametrize("command", ["compare", "rounds"])
def test_the_workbooks_name_no_command(city: Path, tmp_path: Path, command: str) -> None:
    before = _round(
        city, 4, "総務部", [*GENERAL_ROWS, ("1-1-1", "(3) 手続案内の動画配信", "B", "", "総務課")]
    )
    after = _round(city, 5, "総務部")
    xlsx = tmp_path / f"{command}.xlsx"
    code, shown, said = _run(city, command, str(before), str(after), "--xlsx", str(xlsx))
    assert code == 0, said
    note = "を計画とともに集計した表"
    assert f"{note}（summarize --keep-going）と同じく" in shown  # (the terminal's hint)
    written = _notes(xlsx)
    assert f"{note}と同じく" in written and "summarize" not in written, written


def test_validate_calls_a_department_answered_in_another_s_workbook_answered(city: Path) -> None:
    """Review 93: validate called 総務部 未提出 (「未提出 1 部」) beside 「問題は見つかりませんでした」
    and a count holding all its items, answered in 行政部's workbook (its name before the
    revision) — the case compare and rounds no longer say. It is 提出済, naming whose workbook
    answered it; a co-owner's rating alone still leaves its lead 未提出 (review 88)."""
    before = _round(city, 5, RENAMED)
    code, shown, said = _run(city, "validate", str(before), "-f", "csv")
    assert code == 0, said + shown
    [row] = [line for line in shown.splitlines() if line.startswith("総務部,")]
    assert row.startswith(f"総務部,提出済（{RENAMED}のブックで回答）,"), row
    assert f"DX評価_{RENAMED}.xlsx" in row
    assert "未提出" not in shown + said
