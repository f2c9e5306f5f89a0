"""template for a plan whose 施策 are numbered in brackets under their 基本目標 (review 143 #3):
川瀬町's 計画事業一覧 (基本目標 | 施策 | No. | 事業名 | 担当課 | 区分, 「１ 安心して暮らせるまち」 |
「（１）防災・減災の推進」 | ①) was refused, and so were the shapes the refusal asked for
(「1 …」 | 「(1) …」, 「1-(1) …」). Each is now read as its returned forms are — 施策 1-(1), 事業
① —, and the forms template writes come back filled with the counts the 課 gave."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

GOALS = {"1": "安心して暮らせるまち", "2": "健やかに暮らせるまち"}
# (基本目標, 施策 number, 施策名, No., 事業名, 担当課, the rating its 課 gives)
PLAN = [
    ("1", "1", "防災・減災の推進", "①", "防災行政無線のデジタル化", "総務課", "計画どおり完了"),
    ("1", "1", "防災・減災の推進", "②", "自主防災組織の育成支援", "総務課", "一部実施"),
    ("1", "1", "防災・減災の推進", "③", "ハザードマップの改訂", "建設課", "計画どおり完了"),
    ("1", "2", "交通安全・防犯の推進", "①", "通学路合同点検の実施", "総務課", "-"),
    ("2", "1", "健康づくりの推進", "①", "特定健診の受診勧奨", "保健福祉課", "次年度以降計画を見直す"),
    ("2", "1", "健康づくりの推進", "②", "健康ポイント事業", "保健福祉課", "計画どおり完了"),
    ("2", "2", "子育て支援の充実", "①", "子育て支援センターの運営", "保健福祉課", "一部実施"),
]  # fmt: skip
TOML = """[scale]
preset = "hamura"
issue_list = "status"

[[scale.status]]
symbol = "一部実施"
label = "一部実施"
after = "計画どおり完了"
needs_issue = true

[[scale.status]]
symbol = "-"
label = "事業中止"
needs_issue = true
after = "次年度以降計画を見直す"

[wording]
preset = "hamura"
title = "第2次川瀬町総合計画 後期基本計画 施策評価"
policy = "基本目標"
project = "施策"
item = "事業"
status = "評価"
issue = "評価の理由・課題"
department = "担当課"
"""
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _list(path: Path, header: list[str], row: Callable[[tuple[str, ...]], list[str]]) -> Path:
    """A plan list of one sheet: its title, its header, one row per 事業 (``row``: its cells)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["第2次川瀬町総合計画 後期基本計画 事業一覧（令和5年度～令和9年度）"])
    sheet.append(header)
    for item in PLAN:
        sheet.append([*row(item), "継続"])
    book.save(path)
    return path


def town_list(path: Path) -> Path:
    """The town's own: full-width numbers, the 事業's ① in a No. column."""
    return _list(
        path,
        ["基本目標", "施策", "No.", "事業名", "担当課", "区分"],
        lambda i: [f"{i[0]} {GOALS[i[0]]}".translate(FULL_WIDTH), f"（{i[1]}）{i[2]}".translate(
            FULL_WIDTH), i[3], i[4], i[5]],
    )  # fmt: skip


def half_width_list(path: Path) -> Path:
    """The shapes the refusal named: 「1 …」 beside 「(1) …」, the No. column gone."""
    return _list(
        path,
        ["基本目標", "施策", "事業名", "担当課", "区分"],
        lambda i: [f"{i[0]} {GOALS[i[0]]}", f"({i[1]}) {i[2]}", i[4], i[5]],
    )


def joined_list(path: Path) -> Path:
    """The other shape it named: 「1-(1) 防災・減災の推進」 in the 施策 cell."""
    return _list(
        path,
        ["基本目標", "施策", "事業名", "担当課", "区分"],
        lambda i: [f"{i[0]} {GOALS[i[0]]}", f"{i[0]}-({i[1]}) {i[2]}", i[4], i[5]],
    )


def dashed_list(path: Path) -> Path:
    """The message's 「1-1」, typed before the 施策's name: its rows were read as 施策 headings
    beside a 事業名 column (not an item column titled 取組), and every 事業 was dropped."""
    return _list(
        path,
        ["基本目標", "施策", "事業名", "担当課", "区分"],
        lambda i: [f"{i[0]} {GOALS[i[0]]}", f"{i[0]}-{i[1]} {i[2]}", i[4], i[5]],
    )


def town_sheets(path: Path) -> Path:
    """The town's evaluation sheets with no rating yet: a sheet per 基本目標 under its heading
    「基本目標１　…」, No. | 施策 | 事業名 | 担当課, each 施策 merged down, a blank row between."""
    book = Workbook()
    book.remove(book.active)
    for goal, name in GOALS.items():
        sheet = book.create_sheet(f"目標{goal}")
        sheet.append(["第2次川瀬町総合計画 後期基本計画 事業一覧"])
        sheet.append([f"基本目標{goal}　{name}".translate(FULL_WIDTH)])
        sheet.append(["No.", "施策", "事業名", "担当課"])
        rows = [item for item in PLAN if item[0] == goal]
        row = 4
        for project in dict.fromkeys(item[1] for item in rows):
            under = [item for item in rows if item[1] == project]
            for at, item in enumerate(under, start=row):
                sheet.cell(at, 1, item[3]), sheet.cell(at, 3, item[4]), sheet.cell(at, 4, item[5])
            sheet.cell(row, 2, f"（{project}）{under[0][2]}".translate(FULL_WIDTH))
            sheet.merge_cells(start_row=row, end_row=row + len(under) - 1, start_column=2,
                              end_column=2)  # fmt: skip
            row += len(under) + 1  # (a blank row between 施策)
    book.save(path)
    return path


def fill(path: Path) -> None:
    """Rate each 事業 of the form as PLAN's 課 do (by its name), a reason where one is needed."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    ratings = {item[4]: item[6] for item in PLAN}
    titles: dict[str, int] = {}
    for row in sheet.iter_rows():
        cells = {cell.value: cell.column - 1 for cell in row if cell.value}
        if not titles and "評価" in cells:
            titles = cells
        elif titles and (name := row[titles["事業"]].value) in ratings:
            row[titles["評価"]].value = ratings[name]
            if ratings[name] != "計画どおり完了":
                row[titles["評価の理由・課題"]].value = "予算の制約により一部を見送った。"
    book.save(path)


@pytest.mark.parametrize(
    "write", [town_list, half_width_list, joined_list, dashed_list, town_sheets]
)
def test_a_plan_of_bracketed_projects_makes_forms_counted_back_as_filled(
    tmp_path: Path, write: Callable[[Path], Path]
) -> None:
    plan = write(tmp_path / "計画事業一覧.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    forms = tmp_path / "様式R8"
    made = run("template", str(plan), "--fiscal-year", "令和8", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    written = sorted(forms.glob("*.xlsx"))
    assert [path.stem.rpartition("_")[2] for path in written] == sorted({item[5] for item in PLAN})
    sheet = load_workbook(next(p for p in written if p.stem.endswith("総務課"))).worksheets[0]
    # (the 事業番号 column where the plan numbers its 事業: its No. column's ①)
    numbered = write in (town_list, town_sheets)
    header = ["施策番号", "施策名", *(["事業番号"] if numbered else []), "事業", "担当課", "評価"]
    assert [cell.value for cell in sheet[5]][: len(header)] == header
    rows = [row[: len(header) - 2] for row in sheet.iter_rows(min_row=6, values_only=True)]
    no = (lambda n: (n,)) if numbered else (lambda n: ())
    shown = "{}-{}" if write is dashed_list else "{}-({})"  # (the 施策's number as typed)
    assert [row for row in rows if row[-1]] == [
        (shown.format(1, 1), "防災・減災の推進", *no("①"), "防災行政無線のデジタル化"),
        (None, None, *no("②"), "自主防災組織の育成支援"),
        (shown.format(1, 2), "交通安全・防犯の推進", *no("①"), "通学路合同点検の実施"),
    ]
    for path in written:
        fill(path)

    checked = run("validate", str(forms), "--plan", str(plan), "--config", str(config),
                  "-f", "json")  # fmt: skip
    assert checked.exit_code == 0, checked.output
    data = json.loads(checked.stdout)
    assert data["problems"] == []
    assert {s["label"] for s in data["submissions"]} == {"提出済"}
    counted = run("summarize", str(forms), "--config", str(config), "--by", "project",
                  "-f", "json")  # fmt: skip
    assert counted.exit_code == 0, counted.output
    assert counted.stderr == ""  # (the designed cycle: no warning, no notice)
    expected: dict[str, Counter[str]] = {}
    for goal, project, *_rest, rating in PLAN:
        expected.setdefault(f"{goal}-{project}", Counter())[rating] += 1
    groups = json.loads(counted.stdout)["groups"]
    read = {g["id"]: {k: v for k, v in (g["counts"] | g["uncounted"]).items() if v} for g in groups}
    assert read == expected


def test_bracketed_projects_under_unnumbered_goals_are_told_which_cell_to_number(
    tmp_path: Path,
) -> None:
    """「(1) …」 beside a 基本目標 typed by its name alone is under no known 基本目標: the error
    names that cell and the two fixes, not the shapes the plan already has; each fix works."""
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")

    def template(row: Callable[[tuple[str, ...]], list[str]]):
        header = ["基本目標", "施策", "事業名", "担当課", "区分"]
        plan = _list(tmp_path / "計画事業一覧.xlsx", header, row)
        return run("template", str(plan), "--fiscal-year", "令和8", "-o",
                   str(tmp_path / "様式.xlsx"), "--config", str(config), "--force")  # fmt: skip

    refused = template(lambda i: [GOALS[i[0]], f"({i[1]}) {i[2]}", i[4], i[5]])
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert refused.stderr.strip() == (
        "エラー: " + str(tmp_path / "計画事業一覧.xlsx") + " › 計画事業一覧 › B3: "
        "計画事業一覧の表は見つかりましたが、施策の番号「(1) 防災・減災の推進」が読めません。"
        "「(1)」は基本目標の中の番号ですが、同じ行の基本目標（A3「安心して暮らせるまち」）に"
        "番号がなく、どの基本目標の施策か分かりません。A3 などの基本目標を「1 安心して暮らせる"
        "まち」のように番号から書くか、施策を「1-(1) 防災・減災の推進」のように基本目標の番号"
        "から書いてください"
    )
    numbered_goal = template(lambda i: [f"{i[0]} {GOALS[i[0]]}", f"({i[1]}) {i[2]}", i[4], i[5]])
    assert numbered_goal.exit_code == 0, numbered_goal.output
    whole_number = template(lambda i: [GOALS[i[0]], f"{i[0]}-({i[1]}) {i[2]}", i[4], i[5]])
    assert whole_number.exit_code == 0, whole_number.output
