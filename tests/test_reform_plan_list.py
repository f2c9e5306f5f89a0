"""A 集中改革プラン's list of its 取組 (review 98, 南浜市): headings 「基本方針1　…」 and 「(1)　…」
over a table 番号 | 取組項目 | 取組内容 | 担当課, the rows numbered 1.1, 1.2 … through each
基本方針 as text, no 区分 column, a row listed again marked in its 取組項目 — the row's name —
「審議会の活用（1.2再掲）」. Its forms show 1.1 as typed, number no 取組内容 (the plan does not),
lock the 再掲 row as the scale's 再掲, and no 課 is said to owe it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.minamihama import titled

RUNNER = CliRunner()
TOML = titled("南浜市集中改革プラン 取組状況")
TITLES = ("番号", "取組項目", "取組内容", "担当課")
# 番号, 取組項目, 担当課 (the 取組内容 describes it: 「…について、段階的に実施する。」)
ROWS = {
    ("1", "事務事業の見直しと効率化"): [
        ("1.1", "市営住宅の見直し", "企画課"),
        ("1.2", "審議会の活用", "総務課"),
        ("1.3", "補助金の見直し", "企画課"),
    ],
    ("2", "市民との協働と開かれた市政"): [
        ("2.1", "オープンデータの推進", "総務課"),
        ("2.2", "審議会の活用（1.2再掲）", "総務課"),  # (the 取組内容 says nothing of it)
        ("2.3", "市民提案制度の創設", "企画課"),
    ],
}


def city_plan(path: Path, *, treatment: bool = False) -> Path:
    """The list as the city types it: a title, each 基本方針's heading and its one 推進項目's,
    its table under them; with a 区分 column (all 継続) where ``treatment``."""
    titles = (*TITLES[:3], "区分", TITLES[3]) if treatment else TITLES
    rows: list[tuple[object, ...]] = [("南浜市集中改革プラン（令和4年度～令和8年度）取組一覧",), ()]
    for (policy, name), items in ROWS.items():
        rows += [(f"基本方針{policy}\u3000{name}",), ("(1)\u3000取組の推進",), titles]
        for number, item, department in items:
            text = f"{item.split('（')[0]}について、段階的に実施する。"
            rows.append(
                (number, item, text, "継続", department)
                if treatment
                else (number, item, text, department)
            )
    return write_book(path, {"取組一覧": rows})


def _template(tmp_path: Path, plan: Path, folder: str = "調査票") -> Path:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    result = RUNNER.invoke(
        app,
        ["template", str(plan), "--fiscal-year", "令和6", "-o", str(tmp_path / folder),
         "--split-by", "department", "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return tmp_path / folder


def _form(folder: Path, department: str) -> list[tuple[object, ...]]:
    sheet = load_workbook(folder / f"進捗状況調査票_2024_{department}.xlsx")["進捗状況"]
    return [row for row in sheet.iter_rows(min_row=5, values_only=True)]


def _fill(folder: Path, target: Path, department: str) -> Path:
    """A 課's form filled in as the 課 would: 取組中 in every open status cell."""
    book = load_workbook(folder / f"進捗状況調査票_2024_{department}.xlsx")
    sheet = book["進捗状況"]
    status = [cell.value for cell in sheet[5]].index("進捗状況") + 1
    for row in range(6, sheet.max_row + 1):
        cell, number = sheet.cell(row, status), str(sheet.cell(row, 1).value or "")
        if cell.value is None and number[:1].isdigit():  # (an item's row, not a heading's)
            cell.value = "取組中"
    target.mkdir(exist_ok=True)
    book.save(target / f"{department}_回答.xlsx")
    return target


def test_a_row_named_as_a_repeat_listing_is_locked_as_one_on_its_form(tmp_path: Path) -> None:
    """「審議会の活用（1.2再掲）」 in the 取組項目 column: its status written 再掲 and locked, its
    cell no drop-down's, as the instructions say (再掲の行は記入不要)."""
    folder = _template(tmp_path, city_plan(tmp_path / "取組一覧.xlsx"))
    rows = _form(folder, "総務課")
    repeat = next(row for row in rows if row[0] == "2.2")
    assert repeat[1:] == (
        "審議会の活用（1.2再掲）",
        "審議会の活用について、段階的に実施する。",
        "総務課",
        "再掲",
        None,
    )
    sheet = load_workbook(folder / "進捗状況調査票_2024_総務課.xlsx")["進捗状況"]
    (rule,) = sheet.data_validations.dataValidation
    cells = [cell for ranged in rule.sqref.ranges for cell in ranged.cells]
    assert {sheet.cell(row, 1).value for row, _column in cells} == {"1.2", "2.1"}


def test_an_unreturned_department_owes_no_repeat_listing(tmp_path: Path) -> None:
    """総務課 (1.2, 2.1 and the 再掲 2.2) never answered: 2 of its items are not counted, and
    基本方針2's sentence leaves 1 out, not 2."""
    folder = _template(tmp_path, city_plan(tmp_path / "取組一覧.xlsx"))
    returned = _fill(folder, tmp_path / "回収", "企画課")
    args = ["--plan", str(tmp_path / "取組一覧.xlsx"), "--config", str(tmp_path / "planeval.toml")]
    checked = RUNNER.invoke(app, ["validate", str(returned), *args])
    assert checked.exit_code == 1, checked.stdout
    assert "この課が所管する計画の取組内容 2 件は集計に含まれていません" in checked.stdout
    md = tmp_path / "集計.md"
    exported = RUNNER.invoke(app, ["export", str(returned), *args, "--md", str(md), "-q"])
    assert exported.exit_code == 0, exported.stderr
    text = md.read_text(encoding="utf-8")
    assert "総務課の取組内容 2 件は、回答が提出されていないため集計に含めていません" in text
    assert "その取組内容1件は集計に含めていません" in text  # (基本方針2: 2.1, not 2.2)
    assert "その取組内容2件" not in text


def test_the_forms_show_the_plans_numbers_as_typed_and_read_back_as_its_items(
    tmp_path: Path,
) -> None:
    """1.1 on the form as in the plan, no 取組内容番号 column (the plan numbers its 取組内容 in
    none), and the returned forms pair with the plan item for item, 1.1 in every output."""
    folder = _template(tmp_path, city_plan(tmp_path / "取組一覧.xlsx"))
    rows = _form(folder, "企画課")
    assert rows[0] == (
        "取組項目番号",
        "取組項目",
        "取組内容",
        "担当課",
        "進捗状況",
        "取組状況・課題",
    )
    assert [row[0] for row in rows[1:]] == [
        "基本方針1 事務事業の見直しと効率化", "(1) 取組の推進", "1.1", "1.3",
        "基本方針2 市民との協働と開かれた市政", "(1) 取組の推進", "2.3",
    ]  # fmt: skip
    returned = _fill(folder, tmp_path / "回収", "企画課")
    _fill(folder, returned, "総務課")
    args = ["--plan", str(tmp_path / "取組一覧.xlsx"), "--config", str(tmp_path / "planeval.toml")]
    checked = RUNNER.invoke(app, ["validate", str(returned), *args])
    assert checked.exit_code == 0, checked.stderr
    assert checked.stderr == ""
    assert checked.stdout.splitlines()[-1] == "全 2 課の調査票が提出され、すべて記入されています"
    tables = RUNNER.invoke(app, ["tables", str(returned), *args[2:], "-f", "csv"])
    assert tables.exit_code == 0, tables.stderr
    assert "1.1,市営住宅の見直し" in tables.stdout
    assert "2.2,審議会の活用（1.2再掲）" in tables.stdout
    # (the 推進項目's ID beside its number as typed: 1-1 of 「(1)　取組の推進」; no 取組項目 1-1)
    assert "1,事務事業の見直しと効率化,1-1,(1),取組の推進,1.1,市営住宅の見直し" in tables.stdout
    assert "1-1,市営住宅の見直し" not in tables.stdout


def test_a_plan_without_a_kubun_column_makes_the_same_forms(tmp_path: Path) -> None:
    """A 集中改革プラン's list has no 区分 (新規/継続…): read as every item carried on, its
    forms those of the same list with a 区分 of 継続 on every row."""
    without = _template(tmp_path, city_plan(tmp_path / "取組一覧.xlsx"), "なし")
    given = _template(tmp_path, city_plan(tmp_path / "区分あり.xlsx", treatment=True), "あり")
    for department in ("企画課", "総務課"):
        assert _form(without, department) == _form(given, department)
    assert len(_form(without, "企画課")) == 8  # (header, 2 headings, 2 推進項目, 1.1, 1.3, 2.3)


def test_a_returned_form_of_the_city_is_no_plan_without_a_kubun_column(tmp_path: Path) -> None:
    """The city's own form (番号 | 取組項目 | 取組内容 | 進捗状況 | …) given as the plan: a status
    table, said so (exit 2), not read as a plan for having no 区分 to tell it by."""
    form = write_book(
        tmp_path / "回答.xlsx",
        {
            "進捗状況": [
                ("基本方針1\u3000事務事業の見直しと効率化",),
                ("番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"),
                ("1.1", "市営住宅の見直し", "市営住宅の見直しについて、…", "取組中", "", "企画課"),
            ]
        },
    )
    result = RUNNER.invoke(app, ["validate", str(form), "--plan", str(form)])
    assert result.exit_code == 2
    assert "計画事業一覧ではなく、実施状況の表（各部の調査票の回答など）のようです" in result.stderr
