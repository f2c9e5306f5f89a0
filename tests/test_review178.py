"""Review 178 (世田谷区, a first-time clerk's yearly cycle): a plan whose 細目 column carries an
item's parts the seed's way — the first on the item's row, the others on rows below with the 事業
and 実施内容 cells blank — lost every part but the first (#1); a partly filled old-year form was
called blank (#4); a continuing item's deleted row was called new to the plan (#5); validate's
closing summary filed a department missing a row under 未記入 (#6)."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

RUNNER = CliRunner()
HEADER = ["情報化計画事業の体系", "実施内容", "細目", "新規/拡大/継続/終了", "関係部"]
PLAN_ROWS = [
    ["世田谷区情報化事業計画（平成30年度～令和3年度）　計画事業一覧"],
    HEADER,
    ["1-1 ICT を活用した行政サービスの拡充及び継続的改善"],
    ["1-1-3 ICT を活用した生涯学習の充実支援", "① 図書館のサービス向上", "IC タグ", "継続",
     "生涯学習部"],
    [None, None, "電子書籍サービス", "継続", None],
    [None, None, "閲覧端末管理システム", "継続", None],
    [None, "② 文化財資料の公開", None, "継続", None],
    ["1-1-4 手続の電子化", "① 電子申請の拡充", None, "継続", "DX推進担当部"],
    [None, "② 納付方法の多様化", None, "継続", None],
    [None, "③ 電子契約の導入", None, "継続", None],
]  # fmt: skip
# (what each department rates, by item label and 細目: the truth the counts are checked against)
RATINGS = {
    "生涯学習部": {("①", "IC タグ"): "△", ("①", "電子書籍サービス"): "◎",
                   ("①", "閲覧端末管理システム"): "○", ("②", ""): "○"},
    "DX推進担当部": {("①", ""): "◎", ("②", ""): "○", ("③", ""): "△"},
}  # fmt: skip


def _plan(folder: Path, rows: list[list[object]] = PLAN_ROWS) -> Path:
    """The clerk's 計画事業一覧, typed in Excel as the seed's tables are."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "計画事業一覧"
    for row in rows:
        sheet.append(row)
    path = folder / "plan.xlsx"
    book.save(path)
    return path


def _forms(plan: Path, year: str = "令和3") -> Path:
    forms = plan.parent / f"調査票{year}"
    made = RUNNER.invoke(app, ["template", str(plan), "--fiscal-year", year, "-o", str(forms),
                               "--split-by", "department"])  # fmt: skip
    assert made.exit_code == 0, made.output
    return forms


def _rows(path: Path) -> list[tuple[object, ...]]:
    """The form's rows a department rates (its item cell filled), as (label, 細目, cells)."""
    sheet = load_workbook(path)["実施状況"]
    titles = [cell.value for cell in sheet[5]]
    sub, status = titles.index("細目"), titles.index("達成状況")
    return [
        (str(row[1].value)[0], row[sub].value or "", row[status])
        for row in sheet.iter_rows(min_row=6)
        if row[1].value
    ]


def _fill(forms: Path, target: Path, ratings: dict[str, dict[tuple[str, str], str]]) -> Path:
    """Each department's form rated as ``ratings`` say (△ with its reason), into ``target``."""
    target.mkdir(exist_ok=True)
    for form in forms.glob("*.xlsx"):
        book = load_workbook(form)
        sheet = book["実施状況"]
        own = ratings.get(form.stem.rsplit("_", 1)[1], {})
        titles = [cell.value for cell in sheet[5]]
        for label, sub, cell in _rows(form):
            if (label, str(sub)) in own:
                row = cell.row
                sheet.cell(row, titles.index("達成状況") + 1, own[(label, str(sub))])
                if own[(label, str(sub))] == "△":
                    sheet.cell(row, titles.index("課題等") + 1, "導入時期の変更")
        book.save(target / form.name)
    return target


def _without_sub_item(forms: Path, department: str, sub_item: str) -> None:
    """The department's form with the row of its 細目 ``sub_item`` deleted, as a clerk would."""
    form = forms / f"実施状況調査票_2021_{department}.xlsx"
    book = load_workbook(form)
    [row] = [cell.row for _, sub, cell in _rows(form) if sub == sub_item]
    book["実施状況"].delete_rows(row)
    book.save(form)


def test_each_sub_item_row_of_the_plan_is_on_the_forms_and_counted(tmp_path: Path) -> None:
    """#1: 生涯学習部's form had only 「IC タグ」 of 1-1-3①'s three parts; filled as given,
    validate said all filled and summarize counted 5 rows of 7. Every part is a row of the form
    and of the count."""
    plan = _plan(tmp_path)
    forms = _forms(plan)
    parts = [(label, sub) for label, sub, _ in _rows(forms / "実施状況調査票_2021_生涯学習部.xlsx")]
    assert parts == list(RATINGS["生涯学習部"])
    replies = _fill(forms, tmp_path / "回答", RATINGS)
    checked = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(plan)])
    assert checked.exit_code == 0, checked.output
    counted = RUNNER.invoke(app, ["summarize", str(replies), "--plan", str(plan), "-f", "json"])
    assert counted.exit_code == 0, counted.output
    total = json.loads(counted.stdout)["total"]
    rated = [status for ratings in RATINGS.values() for status in ratings.values()]
    assert total["total"] == len(rated)
    assert total["counts"] == {symbol: rated.count(symbol) for symbol in "◎○△×"}


def test_a_sub_item_row_deleted_from_a_form_is_missing(tmp_path: Path) -> None:
    """#1: `--plan` expects each part: a form without 「電子書籍サービス」's row is an error at the
    plan's cell naming the 細目, not a count one row short with exit 0."""
    plan = _plan(tmp_path)
    forms = _forms(plan)
    _without_sub_item(forms, "生涯学習部", "電子書籍サービス")
    replies = _fill(forms, tmp_path / "回答", RATINGS)
    checked = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(plan)])
    assert checked.exit_code == 1, checked.output
    assert (
        "plan.xlsx › 計画事業一覧 › C5: 計画の実施内容 1-1-3① 図書館のサービス向上（細目「電子書籍"
        in (" ".join(checked.output.split()))
    ), checked.output


def test_a_sub_item_row_under_no_item_is_an_error_at_its_plan_cell(tmp_path: Path) -> None:
    """#1: a 細目 row with no item of its project above it cannot be placed: an error at its
    cell, never a row dropped unsaid."""
    rows = [*PLAN_ROWS[:7], ["1-1-4 手続の電子化", None, "電子申請", "継続", "DX推進担当部"],
            *PLAN_ROWS[7:]]  # fmt: skip
    plan = _plan(tmp_path, rows)
    made = RUNNER.invoke(app, ["template", str(plan), "--fiscal-year", "令和3",
                               "-o", str(tmp_path / "調査票.xlsx")])  # fmt: skip
    assert made.exit_code == 1, made.output
    said = " ".join(made.output.split())
    assert (
        "plan.xlsx › 計画事業一覧 › C8: 細目「電子申請」がどの実施内容のものか分かりません" in said
    )


def test_a_partly_filled_form_of_last_year_is_not_called_blank(tmp_path: Path) -> None:
    """#4: 生涯学習部 sent last year's form, 2 of its 4 rows rated: beside the other-year error,
    validate said 「達成状況が一つも記入されていません … 記入前の調査票が提出された」. The blanks are
    said as they are, cell by cell, and nothing says the form came back blank."""
    plan = _plan(tmp_path)
    replies = _fill(_forms(plan), tmp_path / "回答", RATINGS)
    last_year = _forms(plan, "令和2")
    partly = dict(list(RATINGS["生涯学習部"].items())[::3])  # (the first and the last)
    old = _fill(last_year, tmp_path / "回答R2", {"生涯学習部": partly})
    sent = replies / "実施状況調査票_2021_生涯学習部.xlsx"
    sent.write_bytes((old / "実施状況調査票_2020_生涯学習部.xlsx").read_bytes())
    blanks = [cell.coordinate for label, sub, cell in _rows(sent) if (label, sub) not in partly]
    checked = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(plan)])
    said = " ".join(checked.output.split())
    assert checked.exit_code == 1, checked.output
    assert "令和2年度（2020年度）の調査票です" in said
    assert "一つも記入されていません" not in said and "記入前の調査票" not in said
    for cell in blanks:
        assert f"生涯学習部.xlsx › 実施状況 › {cell}: 実施内容「① 図書館のサービス向上" in said, (
            cell
        )


def _without(forms: Path, department: str, label: str) -> None:
    """The department's form with the row of its item ``label`` deleted, as a clerk deletes it."""
    form = next(forms.glob(f"*_{department}.xlsx"))
    book = load_workbook(form)
    [row] = [cell.row for own, _, cell in _rows(form) if own == label]
    book["実施状況"].delete_rows(row)
    book.save(form)


def test_a_deleted_row_is_said_new_only_where_the_plan_says_new(tmp_path: Path) -> None:
    """#5: DX推進担当部 deleted the row of 1-1-4③, the last of its project, 区分 「継続」: the hint
    said 「計画に新しく加わった実施内容です」 and sent the clerk after last year's form. The
    hint follows the plan's 区分: 継続 is a row deleted, 新規 an item added."""
    for treatment, hint in (("継続", "計画の区分は「継続」で、前からある実施内容です。"),
                            ("新規", "計画に新しく加わった実施内容です。")):  # fmt: skip
        folder = tmp_path / treatment
        folder.mkdir()
        rows = [*PLAN_ROWS[:-1], [None, "③ 電子契約の導入", None, treatment, None]]
        plan = _plan(folder, rows)
        forms = _forms(plan)
        _without(forms, "DX推進担当部", "③")
        replies = _fill(forms, folder / "回答", RATINGS)
        checked = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(plan)])
        said = " ".join(checked.output.split())
        assert checked.exit_code == 1, checked.output
        assert "B10: 計画の実施内容 1-1-4③ 電子契約の導入 がどのファイルにもありません" in said
        assert hint in said, said
        assert ("新しく加わった" in said) == (treatment == "新規"), said


def test_validate_names_a_department_missing_a_row_as_its_table_does(tmp_path: Path) -> None:
    """#6: DX推進担当部 deleted a row, its 提出状況 row 「行なし 1件」, and validate's closing
    line filed it under 「未記入のある部」: the department would look for a blank cell. A
    deleted part of an item (細目) is 行なし too, not 記入誤り."""
    plan = _plan(tmp_path)
    forms = _forms(plan)
    _without(forms, "DX推進担当部", "③")
    _without_sub_item(forms, "生涯学習部", "電子書籍サービス")
    replies = _fill(forms, tmp_path / "回答", RATINGS)
    checked = RUNNER.invoke(app, ["validate", str(replies), "--plan", str(plan)])
    said = " ".join(checked.output.split())
    assert checked.exit_code == 1, checked.output
    assert "2 部のうち、行なしのある部 2 部（生涯学習部、DX推進担当部）があります" in said, said
    assert "未記入" not in said and "記入誤り" not in said, said
    statuses = [line.split("│")[2].strip() for line in checked.output.splitlines()
                if line.startswith("│") and "部" in line.split("│")[1]]  # fmt: skip
    assert statuses.count("行なし 1件") == 2, statuses
