"""東上野県's 情報化推進計画 進捗状況調査票 (review 194 #2): per 施策 a header row 番号 | 取組 |
指標名 | 基準値（R3） | 目標値（R7） | 実績値 | 進捗状況 | 課題・今後の方向性 | 担当課, each 取組
marked ア, イ … in 番号 and rated 達成A / 前進B / 横ばいC / 後退D (教育委員会's form: 「ア　取組名」
in one cell, no 番号). Its 指標名 column was 「読んでいません」, every output showing the 基準値・
目標値・実績値 without saying what they measure; retitled 指標 (the title the README names) the
指標 was taken for the rated row and the 取組 for a project, nothing pairing with the plan.
Each title of an indicator's name beside the item now names the row's indicator, shown first
of its figures — 指標名, 指標, 成果指標, 指標の名称, beside 取組, 取組名 or 実施内容."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

TOML = """[scale]
preset = "gunma"

[wording]
policy = "基本目標"
project = "施策"
item = "取組"
status = "進捗状況"
issue = "課題・今後の方向性"
department = "担当課"
status_cell = "{label}{symbol}"

[plan]
file = "計画.xlsx"
"""
FIGURES = ["基準値（R3）", "目標値（R7）", "実績値"]
# (施策, 番号, 取組, 指標名, 基準値, 目標値, 実績値, 進捗状況, 課題)
ROWS = [
    ("1-1", "ア", "電子申請可能な手続の拡大", "電子申請可能な手続数", "350手続", "1,500手続",
     "1,120手続", "前進B", "引き続き推進する。"),
    ("1-1", "イ", "申請書の押印・署名の見直し", "押印を廃止した様式の割合", "62%", "100%",
     "98.2%", "達成A", ""),
    ("1-2", "ア", "書かない窓口の導入", "導入窓口数", "0窓口", "10窓口", "5窓口", "前進B", ""),
    ("1-2", "イ", "窓口予約システムの導入", "予約利用率", "－", "30%", "7.5%", "横ばいC",
     "周知方法を見直す。"),
]  # fmt: skip
PROJECTS = {"1-1": "行政手続のオンライン化", "1-2": "キャッシュレス・窓口改革"}


def write_returns(tmp_path: Path, indicator: str, item: str = "取組", *, one_cell: bool = False):
    """The 総務部's form as the prefecture sends it (its 指標 column titled ``indicator``, its
    取組 ``item``; with ``one_cell`` 「ア　取組名」 in the item's cell and no 番号), the plan
    beside it and planeval.toml naming the plan; returns the folder of returns."""
    sheet: list[list[object]] = [
        ["東上野県情報化推進計画（令和5年度～令和7年度）　令和6年度 進捗状況調査票"],
        ["部局名：総務部"],
        ["※進捗状況は「達成A」「前進B」「横ばいC」「後退D」から選択してください。"],
        [],
        ["基本目標1　県民の暮らしを便利にするデジタル化"],
    ]
    numbered = [] if one_cell else ["番号"]
    for project, name in PROJECTS.items():
        sheet.append([f"施策{project}　{name}"])
        sheet.append([*numbered, item, indicator, *FIGURES, "進捗状況", "課題・今後の方向性",
                      "担当課"])  # fmt: skip
        for _p, mark, title, measure, *figures, rating, issue in ROWS:
            if _p == project:
                named = [f"{mark}　{title}"] if one_cell else [mark, title]
                sheet.append([*named, measure, *figures, rating, issue, "行政改革課"])
    folder = tmp_path / "回答R6"
    folder.mkdir()
    write_book(folder / "01_総務部_R6進捗状況.xlsx", {"進捗状況": sheet})
    plan = [["東上野県情報化推進計画 取組一覧"], [],
            ["基本目標", "施策番号", "施策名", "取組番号", "取組", "指標名", "所管部"]]  # fmt: skip
    for project, mark, title, measure, *_rest in ROWS:
        goal = "1 県民の暮らしを便利にするデジタル化"
        plan.append([goal, project, PROJECTS[project], mark, title, measure, "総務部"])
    write_book(tmp_path / "計画.xlsx", {"取組一覧": plan})
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("indicator", "item", "one_cell"),
    [
        ("指標名", "取組", False),
        ("指標", "取組", False),
        ("成果指標", "取組名", False),
        ("指標の名称", "実施内容", False),
        ("指標名", "取組", True),
        ("指標", "取組", True),
    ],
)
def test_the_indicator_beside_the_torikumi_names_its_figures(
    tmp_path: Path, indicator: str, item: str, one_cell: bool
) -> None:
    """Each 取組 is the rated row, 1-1ア under 施策1-1, and its indicator's name the first of
    its figures, titled as typed (指標名; 指標 and 成果指標 as 指標名 and 成果指標名); read
    without a notice (「「指標名」の列（C列）は読んでいません」 before) or an error (74 of them
    for 指標)."""
    folder = write_returns(tmp_path, indicator, item, one_cell=one_cell)
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks(
        [folder], scale=config.scale, layout=config.layout, wording=config.wording
    )
    assert [str(problem) for problem in result.problems] == []
    assert [(e.project_id, e.item_label, e.item_name, e.status) for e in result.entries] == [
        (project, mark, title, rating[-1])
        for project, mark, title, _m, _b, _t, _v, rating, _i in ROWS
    ]
    title = indicator if indicator.endswith(("名", "名称")) else f"{indicator}名"
    assert [result.values[entry.location] for entry in result.entries] == [
        ((title, measure), *zip(FIGURES, figures, strict=True))
        for _p, _mark, _title, measure, *figures, _rating, _issue in ROWS
    ]


def test_issues_name_each_indicator_before_its_figures(tmp_path: Path, monkeypatch) -> None:
    """Through the command: the 課題一覧 gives each listed 取組's indicator between its name and
    its 基準値 (「窓口予約システムの導入 | － | 30% | 7.5% | 横ばいC」 before), titled 指標 by
    the form and shown as 指標名; validate says nothing of the column, nor of a new 取組."""
    write_returns(tmp_path, "指標")
    monkeypatch.chdir(tmp_path)
    listed = CliRunner().invoke(app, ["issues", "回答R6", "-f", "csv"])
    assert listed.exit_code == 0, listed.output
    assert listed.stderr == ""
    assert listed.stdout.splitlines() == [
        "\ufeff番号,施策,取組,細目,指標名,基準値（R3）,目標値（R7）,実績値,進捗状況,課題・今後の方向性,"
        "担当課,出典",
        "1-1ア,行政手続のオンライン化,電子申請可能な手続の拡大,,電子申請可能な手続数,350手続,"
        '"1,500手続","1,120手続",前進B,引き続き推進する。,行政改革課,'
        "01_総務部_R6進捗状況.xlsx › 進捗状況 › H8",
        "1-2イ,キャッシュレス・窓口改革,窓口予約システムの導入,,予約利用率,－,30%,7.5%,横ばいC,"
        "周知方法を見直す。,行政改革課,01_総務部_R6進捗状況.xlsx › 進捗状況 › H13",
    ]
    shown = CliRunner().invoke(app, ["tables", "回答R6", "-f", "csv"])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.splitlines()[0] == (
        "\ufeff基本目標,基本目標名,施策番号,施策名,番号,取組,細目,指標名,基準値（R3）,目標値（R7）,"
        "実績値,進捗状況,課題・今後の方向性,担当課"
    )
    assert shown.stdout.splitlines()[4] == (
        "1,県民の暮らしを便利にするデジタル化,1-2,キャッシュレス・窓口改革,イ,窓口予約システムの導入,,"
        "予約利用率,－,30%,7.5%,横ばいC,周知方法を見直す。,行政改革課"
    )
    checked = CliRunner().invoke(app, ["validate", "回答R6"])
    assert checked.exit_code == 0, checked.output
    assert checked.stderr == ""


def test_a_shihyo_titled_the_item_in_layout_titles_stays_the_rated_row(tmp_path: Path) -> None:
    """The rule kept out of a form that rates its 指標: ``[layout.titles] item = ["指標"]`` reads
    番号 | 取組 | 指標 as before, the 指標 the rated row under its 取組."""
    folder = write_returns(tmp_path, "指標")
    settings = tmp_path / "planeval.toml"
    settings.write_text(TOML + '\n[layout.titles]\nitem = ["指標"]\n', encoding="utf-8")
    config = planeval.load_config(settings)
    result = planeval.read_workbooks([folder], scale=config.scale, layout=config.layout)
    assert [entry.item_name for entry in result.entries] == [row[3] for row in ROWS]
