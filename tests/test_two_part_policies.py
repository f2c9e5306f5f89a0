"""A city numbering its 政策 in two parts (川崎市, review 111): a column titled 政策 holds
「1-1 災害から生命を守る」「1-2 …」「2-1 …」, its 施策 are 1-1-1 …. The 政策 were read as
directions under a policy 「1」 made of their numbers' first part and named after its first
child (two 政策 of 16 where the body has four), in every output, the plan and its template."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.body_settings import KAWASAKI

TOML = KAWASAKI
POLICIES = {"1-1": "災害から生命を守る", "1-2": "安全に暮らせる地域をつくる",
            "2-1": "子育てを社会全体で支える", "2-2": "健康で安心して暮らせる地域をつくる"}  # fmt: skip
# (施策番号, 施策名, 事務事業名, 達成度, 所管局)
ROWS = [
    ("1-1-1", "防災対策の推進", "防災計画推進事業", 2, "危機管理本部"),
    ("1-1-1", "防災対策の推進", "備蓄物資整備事業", 3, "危機管理本部"),
    ("1-2-1", "地域の防犯対策の推進", "防犯灯設置補助事業", 1, "市民文化局"),
    ("2-1-1", "保育受入枠の確保", "保育所整備事業", 3, "こども未来局"),
    ("2-2-1", "健康づくりの推進", "がん検診事業", 4, "健康福祉局"),
    ("2-2-2", "地域包括ケアシステムの推進", "在宅医療連携推進事業", 3, "健康福祉局"),
]
RUNNER = CliRunner()


def _policy(project: str) -> str:
    number = project.rsplit("-", 1)[0]
    return f"{number} {POLICIES[number]}"


@pytest.fixture
def city(tmp_path: Path) -> Path:
    """The plan and one form per 局, the 政策 cell typed on each 政策's first row only."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    plan = Workbook()
    sheet = plan.active
    sheet.title = "計画"
    sheet.append(["政策", "施策番号", "施策名", "事務事業名", "所管局"])
    for project, name, item, _, department in ROWS:
        sheet.append([_policy(project), project, name, item, department])
    plan.save(tmp_path / "計画.xlsx")
    folder = tmp_path / "回答"
    folder.mkdir()
    for department in dict.fromkeys(row[4] for row in ROWS):
        book = Workbook()
        sheet = book.active
        sheet.title = "評価票"
        sheet.append(["令和6年度　施策進行管理・評価票（事務事業）"])
        sheet.append(["政策", "施策番号", "施策名", "事務事業名", "達成度 （1～5）", "所管局"])
        above = ("", "")
        for project, name, item, status, owner in ROWS:
            if owner == department:
                policy = "" if _policy(project) == above[0] else _policy(project)
                numbered = ("", "") if project == above[1] else (project, name)
                sheet.append([policy, *numbered, item, status, owner])
                above = (_policy(project), project)
        book.save(folder / f"{department}_評価票.xlsx")
    return tmp_path


def _config(city: Path) -> list[str]:
    return ["--config", str(city / "planeval.toml")]


def _read(folder: Path, city: Path) -> planeval.ReadResult:
    config = planeval.load_config(city / "planeval.toml")
    return planeval.read_workbooks(
        [folder], scale=config.scale, layout=config.layout, wording=config.wording
    )


def test_a_column_titled_政策_holds_the_policies_as_typed(city: Path) -> None:
    """Its 「1-1 …」 are the 政策 1-1 (not directions of a policy 「1」): four, each its own."""
    read = _read(city / "回答", city)
    levels = {(e.policy_id, e.direction_id, e.project_id) for e in read.entries}
    assert levels == {(row[0].rsplit("-", 1)[0], "", row[0]) for row in ROWS}
    result = RUNNER.invoke(app, ["summarize", str(city / "回答"), "-qq", *_config(city)])
    assert result.exit_code == 0, result.output
    assert "│ 1-2  │ 安全に暮らせる地域をつくる" in result.output
    assert "1-1 災害から生命を守る" not in result.output  # (no policy named after a child)


def test_the_plan_s_政策_are_its_policies_as_typed(city: Path) -> None:
    plan = planeval.read_plan(
        city / "計画.xlsx", wording=planeval.load_config(city / "planeval.toml").wording
    )
    levels = {(i.policy_id, i.direction_id, i.policy_name) for i in plan.items}
    assert levels == {(number, "", name) for number, name in POLICIES.items()}


def test_the_template_heads_each_政策_once_and_reads_back_as_typed(
    city: Path, tmp_path: Path
) -> None:
    """The template wrote 「政策2 2-2 健康で…」 and a band row 「2-2」 with no name (finding 4);
    its forms, filled in, are read as the four 政策 again."""
    form = tmp_path / "調査票.xlsx"
    made = RUNNER.invoke(
        app,
        [
            "template",
            str(city / "計画.xlsx"),
            "--fiscal-year",
            "令和7",
            "-o",
            str(form),
            *_config(city),
        ],
    )
    assert made.exit_code == 0, made.output
    book = load_workbook(form)
    sheet = book["達成度"]
    first = [str(row[0]) for row in sheet.iter_rows(values_only=True) if row[0]]
    assert "政策2-2 健康で安心して暮らせる地域をつくる" in first
    assert "2-2" not in first and not any(text.startswith("政策2 ") for text in first)
    status = next(
        index
        for row in sheet.iter_rows(values_only=True)
        for index, value in enumerate(row)
        if value == "達成度"
    )
    for row in sheet.iter_rows():
        if row[1].value and row[1].value != "事務事業" and row[0].row > 4:
            row[status].value = 3
    filled = tmp_path / "記入済"
    filled.mkdir()
    book.save(filled / form.name)
    read = _read(filled, city)
    assert {e.policy_id for e in read.entries} == set(POLICIES)
    assert {e.policy_name for e in read.entries if e.policy_id == "2-2"} <= {POLICIES["2-2"], ""}


def test_check_agrees_with_the_number_of_政策_and_reads_政策1_2(city: Path) -> None:
    """「4政策」 was called wrong (counted 2), and 「政策1-2」 was read as a direction."""
    text = city / "報告.txt"
    text.write_text(
        "令和6年度は、4政策、5施策の6の事務事業について評価を行いました。\n"
        "政策1-2「安全に暮らせる地域をつくる」では、1事業のうち、達成度1が2事業でした。\n",
        encoding="utf-8",
    )
    result = RUNNER.invoke(
        app, ["check", str(city / "回答"), "-qq", "--text", str(text), *_config(city)]
    )
    lines = [line for line in result.output.splitlines() if "│" in line]
    assert not any("政策の数" in line for line in lines), result.output
    assert any("政策1-2" in line and "│ 2 " in line for line in lines), result.output


def _retitle(city: Path, department: str, title: str | None) -> None:
    """One 局's form with its 政策 column titled ``title`` (None: the column deleted)."""
    path = city / "回答" / f"{department}_評価票.xlsx"
    book = load_workbook(path)
    sheet = book.active
    if title is None:
        sheet.delete_cols(1)
    else:
        sheet["A2"] = title
    book.save(path)


@pytest.mark.parametrize("title", ["政策名", "基本目標名"])
def test_a_column_titled_政策名_holds_the_policies_too(city: Path, title: str) -> None:
    """Review 115 #2: 建設緑政局's 政策名 「1-2　…」 was no column read, its rows under a nameless
    政策 「1」 (1-2 lost them), and the notice's own fix, level = ["政策名"], changed nothing."""
    _retitle(city, "健康福祉局", title)
    read = _read(city / "回答", city)
    assert {e.policy_id for e in read.entries if e.department == "健康福祉局"} == {"2-2"}
    result = RUNNER.invoke(app, ["summarize", str(city / "回答"), *_config(city)])
    assert result.exit_code == 0, result.output
    assert "│ 2-2  │ 健康で安心して暮らせる地域をつくる │ 0 │ 0 │ 1 │ 1 │ 0 │  2 │" in result.output
    assert "警告" not in result.output and "お知らせ" not in result.output


def test_a_policy_the_plan_has_not_is_warned_of(city: Path) -> None:
    """A form without its 政策 column: its 施策 2-2-1's policy is made of the number's first
    part, 「2」, which the plan has not — said in a warning naming the plan's 政策 2-2."""
    _retitle(city, "健康福祉局", None)
    result = RUNNER.invoke(app, ["summarize", str(city / "回答"), *_config(city)])
    assert result.exit_code == 0, result.output
    [warned] = [line for line in result.output.splitlines() if line.startswith("警告: ")]
    assert warned.startswith(
        f"警告: {city / '回答' / '健康福祉局_評価票.xlsx'} › 評価票 › D3: 政策「2」は計画にない"
        "政策です: 施策 2-2-1 は計画では政策 2-2 健康で安心して暮らせる地域をつくる の施策ですが、"
        "このファイルの行は政策「2」として数えています"
    )
