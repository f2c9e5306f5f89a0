"""A designated city's plan in its own words (review 31, 北浜市DX推進計画): 基本目標 › 施策 › 事業 ›
取組 and 7 局. Its list titles the columns 事業 | 取組 | 区分 | 所管局 under headings
「（1）基本目標1 市民サービスのデジタル化」; its tidy list 基本目標 | 施策 | 事業番号 | … | 担当局,
names typed with their numbers. The forms it makes carry both levels' names, and so do the
reports; a plan with no department column is said at its header row, never a silent nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.io.plan_names import own_name

TOML = """
[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "計画を上回って進捗"

[[scale.status]]
symbol = "B"
label = "計画どおり進捗"

[[scale.status]]
symbol = "C"
label = "やや遅れ"
needs_issue = true

[[scale.status]]
symbol = "-"
label = "再掲"
counted = false

[wording]
title = "北浜市DX推進計画 進捗評価結果"
policy = "基本目標"
direction = "施策"
project = "事業"
item = "取組"
status = "評価"
issue = "課題・今後の方向性"
department = "所管局"
counter = "件"
"""
POLICIES = {"1": "市民サービスのデジタル化", "2": "行政運営のDX"}
DIRECTIONS = {"1-1": "行政手続のオンライン化", "2-1": "業務の効率化"}
PLAN = [  # (事業, 取組, 所管局: the first the lead)
    ("1-1-1 電子申請の拡充", "① 電子申請対象手続の拡大", "市民局"),
    ("1-1-1 電子申請の拡充", "② キャッシュレス納付の導入", ""),
    ("1-1-2 窓口のデジタル化", "① 書かない窓口の導入", "区政推進局、市民局"),
    ("2-1-1 RPA・AIの活用", "① RPA対象業務の拡大", "総務局"),
    ("2-1-1 RPA・AIの活用", "② 生成AIの試行導入", ""),
]
RUNNER = CliRunner()


def list_plan(
    path: Path,
    titles: tuple[str, ...] = ("事業", "取組", "区分", "所管局"),
    rows: list[tuple[str, str, str]] = PLAN,
) -> Path:
    """The city's 計画事業一覧: a heading per 基本目標, its titles, a row per 施策, merged 事業."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["北浜市DX推進計画 計画事業一覧（令和6年度～令和9年度）"])
    policy = above = ""
    for project, item, departments in rows:
        if project[0] != policy:
            policy = project[0]
            sheet.append([f"（{policy}）基本目標{policy} {POLICIES[policy]}"])
            sheet.append(list(titles))
            sheet.append([f"{project[:3]} {DIRECTIONS[project[:3]]}"])
        # (the project's cell and its departments on its first row only, as merged)
        sheet.append([project if project != above else None, item, "継続", departments or None])
        above = project
    book.save(path)
    return path


def tidy_plan(
    path: Path,
    department: str = "担当局",
    blank: bool = False,
    items: tuple[str, str] = ("取組番号", "取組名"),
) -> Path:
    """The same plan one row per 取組, each level's name typed with its number; ``items``: the
    titles of the item's number and name columns."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["基本目標", "施策", "事業番号", "事業名", *items, "区分", department])
    lead = ""
    for project, item, departments in PLAN:
        lead = departments or lead
        number, name = project.split(" ")
        sheet.append(
            [
                f"{number[0]} {POLICIES[number[0]]}",
                f"{number[:3]} {DIRECTIONS[number[:3]]}",
                number,
                name,
                item[0],
                item[2:],
                "継続",
                None if blank else lead,
            ]
        )
    book.save(path)
    return path


@pytest.fixture()
def city(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return tmp_path


def form_rows(path: Path) -> list[tuple[object, ...]]:
    """The form's rows from its header down, as a department sees them."""
    sheet = load_workbook(path)["実施状況"]
    return [row[:3] for row in sheet.iter_rows(min_row=5, values_only=True)]


def test_the_list_in_the_citys_words_makes_forms_with_both_levels_names(city: Path) -> None:
    plan = list_plan(city / "計画.xlsx")
    result = RUNNER.invoke(
        app,
        ["template", str(plan), "--fiscal-year", "令和6", "-o", str(city / "調査票"),
         "--split-by", "department", "--config", str(city / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in (city / "調査票").iterdir()) == [
        "実施状況調査票_2024_区政推進局.xlsx",
        "実施状況調査票_2024_市民局.xlsx",
        "実施状況調査票_2024_総務局.xlsx",
    ]
    assert form_rows(city / "調査票" / "実施状況調査票_2024_市民局.xlsx") == [
        ("事業", "取組", "所管局"),
        ("基本目標1 市民サービスのデジタル化", None, None),
        ("1-1 行政手続のオンライン化", None, None),
        ("1-1-1 電子申請の拡充", "① 電子申請対象手続の拡大", "市民局"),
        (None, "② キャッシュレス納付の導入", "市民局"),
    ]
    assert form_rows(city / "調査票" / "実施状況調査票_2024_総務局.xlsx")[1:3] == [
        ("基本目標2 行政運営のDX", None, None),
        ("2-1 業務の効率化", None, None),
    ]


def test_the_tidy_list_gives_each_level_its_name_once(city: Path) -> None:
    """「1 市民サービスのデジタル化」 in the 基本目標 column is the name of 基本目標 1, not
    「1 市民…」 (the forms said 「基本目標1 1 市民…」); the 施策 column is read."""
    plan = planeval.read_plan(tidy_plan(city / "計画.xlsx"))
    named = {(i.policy_id, i.policy_name, i.direction_id, i.direction_name) for i in plan.items}
    assert named == {
        ("1", "市民サービスのデジタル化", "1-1", "行政手続のオンライン化"),
        ("2", "行政運営のDX", "2-1", "業務の効率化"),
    }
    assert [item.departments for item in plan.items] == [
        ("市民局",),
        ("市民局",),
        ("区政推進局", "市民局"),
        ("総務局",),
        ("総務局",),
    ]


@pytest.mark.parametrize(
    "items", [("取組番号", "取組"), ("実施内容番号", "取組"), ("取組番号", "実施内容")]
)
def test_the_items_number_column_beside_a_column_titled_as_the_item_is_read(
    city: Path, items: tuple[str, str]
) -> None:
    """Review 35: 取組番号 | 取組 (the item column titled by the level's word, not 取組名) lost
    the numbers ①② without a word — forms without them, rows in file order."""
    plan = planeval.read_plan(tidy_plan(city / "計画.xlsx", items=items))
    assert [(i.item_no, i.item_label, i.item_name) for i in plan.items] == [
        (int(item[0] in "②") + 1, item[0], item[2:]) for _project, item, _ in PLAN
    ]
    result = RUNNER.invoke(
        app,
        ["template", str(city / "計画.xlsx"), "--fiscal-year", "令和6", "-o",
         str(city / "調査票.xlsx"), "--config", str(city / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    _title, *typed = [row[1] for row in form_rows(city / "調査票.xlsx") if row[1]]
    assert typed == [item for _project, item, _ in PLAN]


def test_the_reports_name_both_levels_from_the_plan(city: Path) -> None:
    """Forms returned with no names of their own (a form made before, its 施策 rows a bare
    「1-1」, or the body's own): the plan named in planeval.toml names the reports' 基本目標
    and 施策."""
    config = load_config(city / "planeval.toml")
    plan_path = list_plan(city / "計画.xlsx")
    plan = planeval.read_plan(plan_path, layout=config.layout, wording=config.wording)
    book = Workbook()
    sheet = book.active
    sheet.append(["事業", "取組", "所管局", "評価", "課題・今後の方向性"])
    direction = ""
    for project, item, _ in PLAN:
        if project[:3] != direction:
            direction = project[:3]
            sheet.append([direction])  # (the direction's row with no name, as forms made before)
        sheet.append([project, item, "", "B", None])
    book.save(city / "回答.xlsx")
    result = planeval.read_workbooks([city / "回答.xlsx"], scale=config.scale, plan=plan)
    names = {(e.policy_id, e.policy_name, e.direction_name) for e in result.entries}
    assert names == {
        ("1", "市民サービスのデジタル化", "行政手続のオンライン化"),
        ("2", "行政運営のDX", "業務の効率化"),
    }
    with (city / "planeval.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[plan]\nfile = "計画.xlsx"\n')
    shown = RUNNER.invoke(
        app, ["summarize", str(city / "回答.xlsx"), "--config", str(city / "planeval.toml"),
              "--format", "csv"],
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.lstrip("\ufeff").splitlines()[:3] == [
        "番号,名称,A,B,C,計,-（再掲）",
        "1,市民サービスのデジタル化,0,3,0,3,0",
        "2,行政運営のDX,0,2,0,2,0",
    ]


@pytest.mark.parametrize("title", ["所管局", "関係局", "担当局"])
def test_a_department_column_in_a_citys_title_splits_the_forms(city: Path, title: str) -> None:
    """Without the config's words too: 関係局 and 担当局 are the usual titles of a city."""
    plan = planeval.read_plan(tidy_plan(city / "計画.xlsx", department=title))
    assert plan.departments == ["市民局", "区政推進局", "総務局"]
    assert plan.no_departments is None


def test_no_department_column_is_an_error_at_the_header_row(city: Path) -> None:
    plan = tidy_plan(city / "計画.xlsx", department="実施主体")
    args = [
        "template",
        str(plan),
        "--fiscal-year",
        "令和6",
        "--config",
        str(city / "planeval.toml"),
    ]
    split = RUNNER.invoke(app, [*args, "-o", str(city / "調査票"), "--split-by", "department"])
    assert split.exit_code == 1
    assert not (city / "調査票").exists()
    accepted = (
        "「所管局」「所管」「担当」「所管課」「所管部」「担当局」「担当課」「担当部」「関係局」"
        "「関係課」「関係部」「所管部局」「所管部署」「担当部局」「担当部署」「関係部局」「関係部署」"
        "「所管局・課」「所管部・課」「所管部所管課」「所管局・所管課」"
        "「所管部・所管課」"
    )
    fix = (
        "所管の列の見出しをこのどれかに直すか、planeval.toml の [layout.titles] に "
        'department = ["実施主体"] のようにこの計画の見出しを書いてください'
    )
    assert split.stderr.strip() == (
        f"エラー: {plan} › 計画事業一覧 › A1: 見出し行（基本目標 | 施策 | 事業番号 | 事業名 | "
        f"取組番号 | 取組名 | 区分 | 実施主体）に所管の列がありません（所管の列の見出しとして"
        f"読むのは {accepted}）。どの所管局の調査票に入れるか分からないため、何も書き出して"
        f"いません（{fix}）"
    )
    whole = RUNNER.invoke(app, [*args, "-o", str(city / "調査票.xlsx")])
    assert whole.exit_code == 0
    assert f"調査票の所管局の欄は空欄です（{fix}）" in whole.stderr
    (city / "planeval.toml").write_text(
        TOML + '\n[layout.titles]\ndepartment = ["実施主体"]\n', encoding="utf-8"
    )
    again = RUNNER.invoke(app, [*args, "-o", str(city / "調査票"), "--split-by", "department"])
    assert again.exit_code == 0, again.output
    assert len(list((city / "調査票").iterdir())) == 3


def test_an_empty_department_column_is_said_at_its_title(city: Path) -> None:
    plan = tidy_plan(city / "計画.xlsx", blank=True)
    split = RUNNER.invoke(
        app,
        ["template", str(plan), "--fiscal-year", "令和6", "-o", str(city / "調査票"),
         "--split-by", "department"],
    )  # fmt: skip
    assert split.exit_code == 1
    assert split.stderr.strip() == (
        f"エラー: {plan} › 計画事業一覧 › H1: 所管の列「担当局」がどの行も空欄です。どの所管部の"
        "調査票に入れるか分からないため、何も書き出していません（各事業を所管する部局の名前を"
        "書いてください）"
    )


def test_a_list_with_no_item_column_names_the_closest_row_and_what_it_lacks(city: Path) -> None:
    plan = list_plan(city / "計画.xlsx", titles=("事業", "内容", "区分", "関係局"))
    result = RUNNER.invoke(
        app,
        ["template", str(plan), "--fiscal-year", "令和6", "-o", str(city / "調査票"),
         "--config", str(city / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"エラー: {plan}: 計画事業一覧の表が見つかりません（見出し行に事業、取組の列が"
        "必要です）。いちばん近い 計画事業一覧 › 3 行目（事業 | 内容 | 区分 | 関係局）には "
        "「取組」「取組み」「取り組み」「取組内容」「実施内容」「取り組み内容」 のどれかの列が"
        'ありません（見出しを直すか、planeval.toml の [layout.titles] に item = ["内容"] の'
        "ようにこの計画の見出しを書いてください）"
    )


def test_a_list_with_no_project_column_names_its_titles(tmp_path: Path) -> None:
    """Setagaya's words (no settings): the missing column named with every title it takes (a
    区分 column is not needed: a 集中改革プラン's list has none)."""
    plan = list_plan(tmp_path / "計画.xlsx", titles=("番号", "実施内容", "区分", "関係部"))
    with pytest.raises(planeval.PlanevalError) as raised:
        planeval.read_plan(plan)
    assert str(raised.value) == (
        f"{plan}: 計画事業一覧の表が見つかりません（見出し行に事業、取組の列が必要です）。"
        "いちばん近い 計画事業一覧 › 3 行目（番号 | 実施内容 | 区分 | 関係部）には 「事業」「体系」"
        "「取組項目」「改革項目」「計画事業」「取組み項目」「取り組み項目」「情報化計画事業」"
        "「情報化計画事業の体系」 のどれかの列がありません（見出しを直すか、"
        'planeval.toml の [layout.titles] に project = ["…"] のようにこの計画の見出しを書いてください）'
    )


# the plan with a repeat listing (再掲), whose '-' the template writes and locks
WITH_REPEAT = [*PLAN, ("2-1-1 RPA・AIの活用", "③ 電子申請対象手続の拡大（再掲）", "")]


def copy_rated(whole: Path, target: Path, rated: dict[str, tuple[str, str]]) -> Path:
    """A bureau's copy of the whole-plan form, its own rows rated: 取組 → (評価, 課題)."""
    book = load_workbook(whole)
    sheet = book["実施状況"]
    project = ""
    for row in sheet.iter_rows(min_row=6):
        project = str(row[0].value).split(" ")[0] if row[0].value else project
        key = f"{project}{str(row[1].value)[:1]}"
        if key in rated:
            row[3].value, row[4].value = rated[key][0], rated[key][1] or None
    book.save(target)
    return target


def whole_plan_copies(city: Path, unnamed: dict[str, tuple[str, str]] | None = None) -> Path:
    """The whole-plan form copied to each bureau (README allows it) and sent back under the
    bureau's name; 総務局's copy named 「その他各局」, as a clerk collecting the rest names it."""
    plan = list_plan(city / "計画.xlsx", rows=WITH_REPEAT)
    config = load_config(city / "planeval.toml")
    planeval.write_templates(
        planeval.read_plan(plan, layout=config.layout, wording=config.wording),
        city / "全庁.xlsx",
        fiscal_year=2024,
        scale=config.scale,
        wording=config.wording,
    )
    folder = city / "回収"
    folder.mkdir()
    copy_rated(city / "全庁.xlsx", folder / "区政推進局.xlsx", {"1-1-2①": ("B", "")})
    copy_rated(
        city / "全庁.xlsx",
        folder / "市民局.xlsx",
        {"1-1-1①": ("A", ""), "1-1-1②": ("B", ""), "1-1-2①": ("C", "窓口端末の調達が遅れた")},
    )
    others = {"2-1-1①": ("B", ""), "2-1-1②": ("B", ""), **(unnamed or {})}
    copy_rated(city / "全庁.xlsx", folder / "その他各局.xlsx", others)
    with (city / "planeval.toml").open("a", encoding="utf-8") as toml:
        toml.write('\n[plan]\nfile = "計画.xlsx"\n')
    return folder


def test_the_whole_plan_forms_repeat_listing_and_the_leads_answer(city: Path) -> None:
    """The template's own locked '-' (再掲) in every copy is no warning; the plan names
    区政推進局 the lead of 1-1-2 and 区政推進局.xlsx is its copy: its B counts, and the
    co-owner 市民局's C is said with its issue text kept, attributed."""
    folder = whole_plan_copies(city)
    config = city / "planeval.toml"
    result = RUNNER.invoke(app, ["validate", str(folder), "--config", str(config)])
    assert result.stdout.splitlines()[0] == (
        f"警告: {folder / '市民局.xlsx'} › 実施状況 › D10: 1-1-2① 書かない窓口の導入 の評価が"
        f"所管局と共管局で違います: 所管局の区政推進局は B（{folder / '区政推進局.xlsx'} › "
        f"実施状況 › D10）、共管局の市民局は C（{folder / '市民局.xlsx'} › 実施状況 › D10）。"
        "所管局の評価を数えました（共管局と調整し、必要なら所管局の調査票を直してください）"
    )
    assert "再掲" not in result.stdout
    issues = RUNNER.invoke(
        app, ["issues", str(folder), "--config", str(config), "--format", "json"]
    )
    assert issues.exit_code == 0, issues.output
    assert [
        (row["project_id"], row["item_label"], row["status"], row["issue"], row["department"])
        for row in json.loads(issues.stdout)["issues"]
    ] == [("1-1-2", "①", "B", "（共管 市民局：C）窓口端末の調達が遅れた", "区政推進局")]


def test_a_copy_of_unknown_origin_disagreeing_with_the_lead_names_the_lead(city: Path) -> None:
    """「その他各局」 is nobody's name: its C for 1-1-2① may be anyone's, the lead's second copy
    too — not counted, and the fix names the lead the plan gives."""
    folder = whole_plan_copies(city, unnamed={"1-1-2①": ("C", "調達の遅れ")})
    rated = {"1-1-1①": ("A", ""), "1-1-1②": ("B", "")}  # (市民局 leaves the shared row to its lead)
    copy_rated(city / "全庁.xlsx", folder / "市民局.xlsx", rated)
    result = RUNNER.invoke(
        app, ["validate", str(folder), "--config", str(city / "planeval.toml"), "-q"]
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"エラー: {folder / '区政推進局.xlsx'} › 実施状況 › D10: 同じ取組 1-1-2① 書かない窓口の"
        f"導入 が 2 か所にあり、評価が違います: C（{folder / 'その他各局.xlsx'} › 実施状況 › D10）、"
        f"B（{folder / '区政推進局.xlsx'} › 実施状況 › D10）。どれも数えていません（どちらが"
        "正しいか計画で所管局とされている区政推進局に確認し、一方を直すか削除してください）"
    )


@pytest.mark.parametrize(
    ("typed", "number", "name"),
    [
        ("1 市民サービスのデジタル化", "1", "市民サービスのデジタル化"),
        ("基本目標1 市民サービスのデジタル化", "1", "市民サービスのデジタル化"),
        ("施策1-1 行政手続のオンライン化", "1-1", "行政手続のオンライン化"),
        ("１－１　行政手続のオンライン化", "1-1", "行政手続のオンライン化"),
        ("2 行政運営のDX", "1", "2 行政運営のDX"),  # (another level's number: kept as typed)
        ("5G活用の推進", "1", "5G活用の推進"),
    ],
)
def test_a_level_name_typed_with_its_own_number_is_the_name_alone(
    typed: str, number: str, name: str
) -> None:
    assert own_name(typed, number) == name
