"""A Kawasaki-style city's plan made into forms (review 96, findings 4–6): 南川崎市's 計画事業一覧
基本政策 | 政策 | 施策番号 | 施策名 | 事務事業名 | 区分 | 所管局 | 重点, its 基本政策 numbered
「Ⅰ 安心のふるさとづくり」, its 施策 「1-1-(1)」, about a third of its 事務事業 marked 重点 「●」.
template dropped the 重点 column (every うち重点 lost in the returns), refused the plan numbered
1-1-(1) in planeval's level words, and headed its policies 「基本政策2 Ⅱ …」, counted back as
「ID 1 | 名称 Ⅰ …」 where the city's own forms give 「ID Ⅰ | 名称 …」."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

TOML = """[scale]
preset = "kawasaki"

[layout]
status_column = "達成度"

[layout.titles]
item = ["事務事業名"]

[wording]
title = "南川崎市総合計画 施策進行管理・評価結果"
policy = "基本政策"
direction = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
issue = "今後の方向性"
department = "所管局"
"""
POLICIES = {"1": "Ⅰ 安心のふるさとづくり", "2": "Ⅱ 子どもの未来を育むまちづくり"}
DIRECTIONS = {"1-1": "災害から生命を守る", "1-2": "安全に暮らせるまちづくり",
              "2-1": "子育てを社会全体で支える"}  # fmt: skip
# (施策番号 as the city types it, 施策名, 事務事業名, 所管局, 重点, the 達成度 its 局 gives)
PLAN = [
    ("1-1-(1)", "防災対策の推進", "地域防災推進事業", "危機管理局", "●", 2),
    ("1-1-(1)", "防災対策の推進", "地域防災啓発事業", "危機管理局", None, 3),
    ("1-1-(2)", "消防・救急体制の充実", "救急体制推進事業", "消防局", "●", 1),
    ("1-2-(1)", "防犯対策の推進", "防犯灯整備事業", "市民文化局", None, 4),
    ("1-2-(1)", "防犯対策の推進", "地域防犯支援事業", "市民文化局", "●", 3),
    ("2-1-(1)", "保育の受け皿の確保", "保育受入支援事業", "こども未来局", "●", 2),
    ("2-1-(1)", "保育の受け皿の確保", "保育受入啓発事業", "こども未来局", None, 5),
    ("2-1-(2)", "子育て家庭への支援", "子育て相談支援事業", "こども未来局", "●", 3),
]
RATED = {name: status for _n, _p, name, _d, _m, status in PLAN}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def write_plan(path: Path, *, bracketed: bool = True, prefix: str = "") -> Path:
    """The city's 計画事業一覧: a title, then one row per 事務事業, each level's cell typed on
    every row; 施策番号 「1-1-(1)」, or renumbered 「1-1-1」 (``bracketed`` False)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["南川崎市総合計画 第3期実施計画 計画事業一覧"])
    sheet.append([])
    sheet.append(["基本政策", "政策", "施策番号", "施策名", "事務事業名", "区分", "所管局", "重点"])
    for number, project, item, bureau, mark, _status in PLAN:
        direction = number[:3]
        typed = number if bracketed else number.replace("(", "").replace(")", "")
        sheet.append([POLICIES[number[0]], f"{direction} {DIRECTIONS[direction]}",
                      prefix + typed, project, item, "継続", bureau, mark])  # fmt: skip
    book.save(path)
    return path


def fill(path: Path) -> None:
    """Rate a form's rows as each 局 does, by the titles of its header row."""
    book = load_workbook(path)
    sheet = book["達成度"]
    titles = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
    for row in sheet.iter_rows(min_row=6):
        status = RATED.get(row[titles["事務事業"]].value)
        if status is not None:
            row[titles["達成度"]].value = status
            row[titles["今後の方向性"]].value = "手法を見直す" if status >= 4 else None
    book.save(path)


def made_forms(tmp_path: Path, *, bracketed: bool) -> tuple[Path, Path, Path]:
    """The plan, the settings and the 局' forms template wrote from it, filled in."""
    plan = write_plan(tmp_path / "計画事業一覧.xlsx", bracketed=bracketed)
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    forms = tmp_path / "forms"
    made = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    for path in forms.glob("*.xlsx"):
        fill(path)
    return plan, config, forms


def test_the_plans_juten_column_reaches_the_forms_locked_and_counts_as_the_plan_marks(
    tmp_path: Path,
) -> None:
    """Finding 4: the forms carry 重点 beside 事務事業, locked, as the plan marks each row;
    the returns' うち重点 counts are the plan's marked rows' (no うち重点 line at all before)."""
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    sheet = load_workbook(forms / "達成度調査票_2025_こども未来局.xlsx")["達成度"]
    assert [cell.value for cell in sheet[5]] == [
        "施策", "事務事業", "重点", "所管局", "達成度", "今後の方向性"
    ]  # fmt: skip
    marks = {row[1].value: row[2] for row in sheet.iter_rows(min_row=6) if row[1].value}
    assert {name: cell.value or "" for name, cell in marks.items()} == {
        "保育受入支援事業": "●", "保育受入啓発事業": "", "子育て相談支援事業": "●"
    }  # fmt: skip
    assert all(cell.protection.locked for cell in marks.values())

    counted = run("summarize", str(forms), "--plan", str(plan), "--config", str(config),
                  "-f", "json")  # fmt: skip
    assert counted.exit_code == 0, counted.output
    data = json.loads(counted.stdout)
    marked: dict[str, Counter[str]] = {"1": Counter(), "2": Counter()}
    for number, _p, _i, _d, mark, status in PLAN:
        if mark:
            marked[number[0]][str(status)] += 1
    read = {g["id"]: {s: n for s, n in g["marked"]["counts"].items() if n} for g in data["groups"]}
    assert read == marked
    assert data["total"]["marked"]["total"] == 5


def test_a_plan_cell_neither_a_mark_nor_blank_is_told_as_a_returns_would_be(
    tmp_path: Path,
) -> None:
    """A 重点 cell 「検討中」 marks nothing the reader knows: template says so at the plan's
    column, in the status reader's words (MarkColumn), and the forms carry it as typed."""
    plan = write_plan(tmp_path / "plan.xlsx", bracketed=False)
    book = load_workbook(plan)
    book.active["H6"] = "検討中"
    book.save(plan)
    made = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(tmp_path / "f"),
               "--split-by", "department", "--config", str(_config(tmp_path)))  # fmt: skip
    assert made.exit_code == 0, made.output
    assert (
        "計画事業一覧 › H3: 「重点」の列は重点の印として読んでいません: 印（○ など）でも空欄でも"
        "ない値が 1 行にあります（H6「検討中」）"
    ) in made.stderr
    sheet = load_workbook(tmp_path / "f" / "達成度調査票_2025_消防局.xlsx")["達成度"]
    assert [row[1:3] for row in sheet.iter_rows(min_row=8, values_only=True)] == [
        ("救急体制推進事業", "検討中")
    ]


def test_a_plan_numbered_1_1_paren_1_is_read_as_the_forms_are_and_shown_as_typed(
    tmp_path: Path,
) -> None:
    """Finding 5: the plan's 施策番号 「1-1-(1)」 was refused; it is read as the forms' number
    column reads it (1-1-1), shown as typed in the forms' 施策番号 column and the counts."""
    settings = planeval.load_config(_config(tmp_path))
    read = planeval.read_plan(
        write_plan(tmp_path / "plan.xlsx"), layout=settings.layout, wording=settings.wording
    )
    assert [(i.project_id, i.shown_project) for i in read.items[:3]] == [
        ("1-1-1", "1-1-(1)"), ("1-1-1", "1-1-(1)"), ("1-1-2", "1-1-(2)")
    ]  # fmt: skip

    plan, config, forms = made_forms(tmp_path, bracketed=True)
    sheet = load_workbook(forms / "達成度調査票_2025_危機管理局.xlsx")["達成度"]
    rows = [row[:3] for row in sheet.iter_rows(min_row=5, values_only=True)]
    assert rows[:4] == [
        ("施策番号", "施策名", "事務事業"),
        ("基本政策Ⅰ 安心のふるさとづくり", None, None),
        ("1-1 災害から生命を守る", None, None),
        ("1-1-(1)", "防災対策の推進", "地域防災推進事業"),
    ]
    counted = run("summarize", str(forms), "--plan", str(plan), "--config", str(config),
                  "--by", "project", "-f", "json")  # fmt: skip
    assert counted.exit_code == 0, counted.output
    groups = {g["label"] or g["id"]: g["total"] for g in json.loads(counted.stdout)["groups"]}
    assert groups == dict(Counter(number for number, *_ in PLAN))


def test_a_project_word_that_titles_a_level_is_refused_with_the_setting_that_reads_it(
    tmp_path: Path,
) -> None:
    """A plan numbered 1-1-(1) whose project word, 基本施策, is a level's title to planeval: its
    forms' 基本施策名 column would not read back with its number. Refused, naming the setting
    (as a plan of two levels is: test_template_two_levels); with it, the forms are written."""
    book = Workbook()
    book.active.append(["基本施策番号", "基本施策名", "事務事業", "区分", "所管局"])
    book.active.append(["1-1-(1)", "防災対策の推進", "地域防災推進事業", "継続", "危機管理局"])
    book.save(tmp_path / "plan.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text('[wording]\nproject = "基本施策"\nitem = "事務事業"\n', encoding="utf-8")
    args = ["template", str(tmp_path / "plan.xlsx"), "--fiscal-year", "令和7",
            "-o", str(tmp_path / "t.xlsx"), "--config", str(config)]  # fmt: skip
    refused = run(*args)
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert "› A2: 計画の基本施策番号が「1-1-(1)」のため" in refused.stderr
    assert '[layout.titles] に project = ["基本施策名"] と書けば作れます' in refused.stderr
    assert not (tmp_path / "t.xlsx").exists()
    config.write_text(
        '[wording]\nproject = "基本施策"\nitem = "事務事業"\n'
        '[layout.titles]\nproject = ["基本施策名"]\n',
        encoding="utf-8",
    )
    assert run(*args).exit_code == 0
    sheet = load_workbook(tmp_path / "t.xlsx")["実施状況"]
    assert [cell.value for cell in sheet[7]][:3] == [
        "1-1-(1)",
        "防災対策の推進",
        "地域防災推進事業",
    ]


def test_a_plan_number_not_read_is_told_in_the_bodys_level_words(tmp_path: Path) -> None:
    """Finding 5: the message named 事業番号 and 政策・方向性・事業, planeval's words, not the
    city's [wording] 施策・基本政策・政策."""
    settings = planeval.load_config(_config(tmp_path))
    plan = write_plan(tmp_path / "plan.xlsx", prefix="第")
    refused = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(tmp_path / "f"),
                  "--split-by", "department", "--config", str(tmp_path / "planeval.toml"))  # fmt: skip
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    assert (
        "› C4: 計画事業一覧の表は見つかりましたが、施策番号「第1-1-(1)」が読めません"
        in refused.stderr
    )
    assert "のように基本政策・政策・施策の 3 段の番号で" in refused.stderr
    assert settings.wording.direction == "政策"


def test_a_roman_numbered_policy_heads_the_forms_as_typed_and_counts_back_so(
    tmp_path: Path,
) -> None:
    """Finding 6: 「Ⅱ 子どもの未来を育むまちづくり」 is the policy 2 typed Ⅱ: the forms head it
    「基本政策Ⅱ 子どもの未来を育むまちづくり」 (「基本政策2 Ⅱ …」 before) and their count
    shows ID Ⅰ, 名称 安心のふるさとづくり, as the city's own forms give."""
    settings = planeval.load_config(_config(tmp_path))
    plan = write_plan(tmp_path / "plan.xlsx", bracketed=False)
    read = planeval.read_plan(plan, layout=settings.layout, wording=settings.wording)
    assert {(i.policy_id, i.policy_label, i.policy_name) for i in read.items} == {
        ("1", "Ⅰ", "安心のふるさとづくり"), ("2", "Ⅱ", "子どもの未来を育むまちづくり")
    }  # fmt: skip

    (tmp_path / "cycle").mkdir()
    _plan, config, forms = made_forms(tmp_path / "cycle", bracketed=False)
    sheet = load_workbook(forms / "達成度調査票_2025_こども未来局.xlsx")["達成度"]
    assert sheet["A6"].value == "基本政策Ⅱ 子どもの未来を育むまちづくり"
    counted = run("summarize", str(forms), "--config", str(config), "-f", "json")
    assert counted.exit_code == 0, counted.output
    groups = [(g["id"], g["label"], g["name"]) for g in json.loads(counted.stdout)["groups"]]
    assert groups == [
        ("1", "Ⅰ", "安心のふるさとづくり"),
        ("2", "Ⅱ", "子どもの未来を育むまちづくり"),
    ]
    table = run("summarize", str(forms), "--config", str(config), "-q")
    assert "│ Ⅰ    │ 安心のふるさとづくり" in table.stdout


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    return config


def test_a_form_its_corrected_version_replaced_is_named_so_in_the_submissions_not_beside_it(
    tmp_path: Path,
) -> None:
    """Review 96 #3: 提出状況 listed 「環境局.xlsx、環境局（修正版）.xlsx」 as the 局's two returns,
    though only the 修正版 was counted (the notice said so); the first is named as replaced."""
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    first = forms / "達成度調査票_2025_こども未来局.xlsx"
    corrected = forms / "達成度調査票_2025_こども未来局_修正版.xlsx"
    book = load_workbook(first)
    book.save(corrected)
    book["達成度"]["E8"] = 4  # (the first return: 保育受入支援事業 rated wrong)
    book.save(first)
    args = ("validate", str(forms), "--plan", str(plan), "--config", str(config))
    table = run(*args, "-f", "csv")
    assert table.exit_code == 0, table.output
    assert (
        "こども未来局,提出済,3,達成度調査票_2025_こども未来局_修正版.xlsx（修正版。元の"
        "「達成度調査票_2025_こども未来局.xlsx」は数えていません）"
    ) in table.stdout.splitlines()
    [returned] = [s for s in json.loads(run(*args, "-f", "json").stdout)["submissions"]
                  if s["department"] == "こども未来局"]  # fmt: skip
    assert returned["files"] == [str(corrected)]
    assert returned["superseded"] == [{"file": str(first), "by": str(corrected)}]
