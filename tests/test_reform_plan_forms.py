"""A city's 集中改革プラン as its 課 return it (review 47): 改革の柱 | 改革項目 | 取組内容 columns, the
改革項目 numbered 「(2) 指定管理者制度の活用」 under 「２　民間活力の活用」, one item co-owned by two
課 whose forms both list it; the plan's list numbers the 改革項目 in a bare 番号 column beside
取組番号."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

TOML = """
[scale]
preset = "reform_plan"

[wording]
policy = "改革の柱"
project = "改革項目"
item = "取組内容"
issue = "課題・今後の方向性"
department = "所管課"
"""
HEADER = ["改革の柱", "改革項目", "取組内容", "達成状況", "課題・今後の方向性", "所管課"]
PILLAR_2 = "２　民間活力の活用"
# (課, its rows: 改革項目 as typed, 取組内容, status) — (3)② co-owned by both
FORMS = {
    "財政課": [
        ("(2) 指定管理者制度の活用", "①　施設の指定管理", "目標達成"),
        ("", "③　施設の長寿命化", "目標達成"),  # (② abolished: the plan lists it no more)
        ("(3) 公民連携の推進", "②　PFIの活用", "取組中"),
    ],
    "行政改革推進課": [
        ("(3) 公民連携の推進", "①　包括連携協定", "目標達成"),
        ("", "②　PFIの活用", "取組中"),
    ],
}


def _forms(folder: Path) -> Path:
    folder.mkdir()
    for section, rows in FORMS.items():
        lines: list[list[object]] = [
            ["令和６年度　集中改革プラン　取組状況調査票"],
            [f"所管課：　{section}"],
        ]
        lines.append(HEADER)
        for index, (project, item, status) in enumerate(rows):
            lines.append([PILLAR_2 if index == 0 else "", project, item, status, "", section])
        write_book(folder / f"調査票_{section}.xlsx", {"取組状況": lines})
    (folder.parent / "planeval.toml").write_text(TOML, encoding="utf-8")
    return folder


def _plan(folder: Path) -> Path:
    """The plan's list: 番号 「2-(2)」 beside 改革項目 and 取組番号 (2-(2)② abolished: not listed)."""
    header = ["改革の柱", "番号", "改革項目", "取組番号", "取組内容", "区分", "所管課"]
    rows = [
        [PILLAR_2, "2-(2)", "指定管理者制度の活用", "①", "施設の指定管理", "継続", "財政課"],
        [PILLAR_2, "2-(2)", "指定管理者制度の活用", "③", "施設の長寿命化", "新規", "財政課"],
        [PILLAR_2, "2-(3)", "公民連携の推進", "①", "包括連携協定", "継続", "行政改革推進課"],
        [PILLAR_2, "2-(3)", "公民連携の推進", "②", "PFIの活用", "継続", "財政課、行政改革推進課"],
    ]
    plan = folder / "取組一覧.xlsx"
    return write_book(plan, {"取組一覧": [["集中改革プラン　取組一覧"], [], header, *rows]})


def test_a_project_numbered_in_brackets_is_that_number_in_every_form(tmp_path: Path) -> None:
    """(3) is project 2-3 in both 課' forms, though it is the first 改革項目 of one of them and
    the second of the other: the co-owned ② is one item, counted once (it was 2-1② in one
    form and 2-2② in the other: counted twice, exit 0)."""
    folder = _forms(tmp_path / "回答")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    rows = sorted((e.project_id, e.item_no, e.status) for e in read.entries)
    assert rows == [
        ("2-2", 1, "目標達成"), ("2-2", 3, "目標達成"), ("2-3", 1, "目標達成"), ("2-3", 2, "取組中")
    ]  # fmt: skip
    summary = planeval.summarize(read.entries, scale=config.scale, by="project")
    assert [(g.id, g.name, g.count.total) for g in summary.groups] == [
        ("2-2", "指定管理者制度の活用", 2), ("2-3", "公民連携の推進", 2)
    ]  # fmt: skip


def test_a_plan_numbering_its_projects_in_a_bare_number_column_is_read(tmp_path: Path) -> None:
    """番号 「2-(3)」 beside 改革項目 and 取組番号 「②」: the plan's list was refused (「事業番号
    「公民連携の推進」が読めません」), its bare 番号 taken for the items' number. Read, validate
    pairs the forms with it, and says no numbering gap the plan has itself (its abolished ②
    of 2-(2), a 取組 no form lists)."""
    folder = _forms(tmp_path / "回答")
    plan = _plan(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")  # (改革項目: [wording] project)
    read = planeval.read_plan(plan, wording=config.wording)  # (named: 未提出 rows are too)
    assert {i.project_id: i.project_name for i in read.items} == {
        "2-2": "指定管理者制度の活用", "2-3": "公民連携の推進"
    }  # fmt: skip
    assert [(i.project_id, i.item_no, i.item_name) for i in read.items] == [
        ("2-2", 1, "施設の指定管理"), ("2-2", 3, "施設の長寿命化"),
        ("2-3", 1, "包括連携協定"), ("2-3", 2, "PFIの活用"),
    ]  # fmt: skip
    said = CliRunner().invoke(
        app,
        ["validate", str(folder), "--plan", str(plan), "-f", "json",
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert said.exit_code == 0, said.stdout
    data = json.loads(said.stdout)
    assert [p for p in data["problems"] if p["severity"] != "notice"] == []
    assert {s["department"]: s["state"] for s in data["submissions"]} == {
        "財政課": "提出済", "行政改革推進課": "提出済"
    }  # fmt: skip


def test_validate_without_a_plan_still_says_a_numbering_gap(tmp_path: Path) -> None:
    """Without the plan nothing explains ① then ③: the warning stays."""
    folder = tmp_path / "回答"
    folder.mkdir()
    rows = [["集中改革プラン"], HEADER]
    rows += [[PILLAR_2, "(3) 公民連携の推進", "①　包括連携協定", "目標達成", "", "財政課"]]
    rows += [["", "", "③　PFIの活用", "取組中", "", "財政課"]]
    write_book(folder / "調査票_財政課.xlsx", {"取組状況": rows})
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale)
    problems = planeval.validate(read, scale=config.scale, wording=config.wording)
    [gap] = [p for p in problems if p.severity is planeval.Severity.WARNING]
    assert "① の次に ③" in gap.message and "②がありません" in gap.message


def test_check_reads_a_total_stated_in_the_bodys_word_for_its_rows(tmp_path: Path) -> None:
    """「取組内容は4件（1項目再掲のため実質3件）です」: 取組内容 is [wording] item, yet the sentence was
    listed as 「「取組内容」はこの評価尺度の区分ではありません」 (where 「取組項目は…」 passed)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    rows = [["集中改革プラン"], HEADER]
    rows += [[PILLAR_2, "(3) 公民連携の推進", "①　包括連携協定", "目標達成", "", "財政課"]]
    rows += [["", "", "②　PFIの活用", "取組中", "", "財政課"]]
    rows += [["", "", "③　指定管理の活用（2-(2)-①再掲）", "再掲", "", "財政課"]]
    rows += [["", "", "④　民間提案制度", "変更・中止", "", "財政課"]]
    write_book(folder / "調査票_財政課.xlsx", {"取組状況": rows})
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    for stated, code in (
        ("4件（1項目再掲のため実質3件）", 0),
        ("5件（1項目再掲のため実質4件）", 1),
    ):
        text = tmp_path / "報告書.txt"
        text.write_text(f"集計の対象とした取組内容は{stated}です。\n", encoding="utf-8")
        said = CliRunner().invoke(
            app, ["check", str(folder), "--text", str(text), "-f", "json", *config]
        )
        assert said.exit_code == code, said.stdout
        data = json.loads(said.stdout)
        assert not data["not_compared"]
        assert [(d["stated"], d["counted"]) for d in data["disagreements"]] == (
            [] if code == 0 else [(5, 4), (4, 3)]
        )


def test_a_status_that_is_its_own_label_is_named_once(tmp_path: Path) -> None:
    """Review 49: 「6-2 職員向けセキュリティ研修の実施 は 検討中（検討中）ですが、…が空です」."""
    from planeval.model import Entry, Location
    from planeval.read_records import ReadResult
    from planeval.scale import Scale, Status

    scale = Scale((Status("実施", "実施"), Status("検討中", "検討中", needs_issue=True)))
    place = Location("調査票.xlsx", "調査票", "D19")
    name = "職員向けセキュリティ研修の実施"  # (rated at the project level: its own item)
    row = Entry(place, "6", "", "6-2", name, None, "", name, None, "検討中", "検討中")
    read = ReadResult()
    read.entries = read.read = [row]
    [said] = planeval.validate(read, scale=scale)
    assert said.message == "6-2 職員向けセキュリティ研修の実施 は 検討中ですが、課題等が空です"


def test_check_previous_judges_only_this_years_rows_against_the_plan(tmp_path: Path) -> None:
    """Review 47: with [plan], check --previous judged last year's forms against this year's
    plan — an item added since was 「計画にない」, exit 1, and every 前年度 number said not
    compared; compare and rounds read an earlier round so already."""
    plan = _plan(tmp_path)
    this_year = _forms(tmp_path / "今回")
    (tmp_path / "planeval.toml").write_text(
        TOML + f'\n[plan]\nfile = "{plan.name}"\n', encoding="utf-8"
    )
    last_year = tmp_path / "前回"
    last_year.mkdir()
    for path in this_year.glob("*.xlsx"):  # (the same forms, without 2-(2)③: new this year)
        book = load_workbook(path)
        sheet = book.active
        sheet["A1"] = "令和５年度　集中改革プラン　取組状況調査票"
        for row in range(sheet.max_row, 0, -1):
            if str(sheet.cell(row, 3).value or "").startswith("③"):
                sheet.delete_rows(row)
        book.save(last_year / path.name)
    text = tmp_path / "報告書.txt"
    text.write_text("取組内容は、前年度の3件から4件になりました。\n", encoding="utf-8")
    args = ["check", str(this_year), "--text", str(text), "--previous", str(last_year)]
    said = CliRunner().invoke(
        app, [*args, "-f", "json", "--config", str(tmp_path / "planeval.toml")]
    )
    assert said.exit_code == 0, said.stdout + said.stderr
    data = json.loads(said.stdout)
    assert data["previous"] and not data["disagreements"] and not data["not_compared"]


def test_a_legend_of_the_uncounted_alone_stands_only_where_they_are(tmp_path: Path) -> None:
    """Review 47: 「※再掲（件数に含めません）」, the whole legend of a scale of whole phrases, stood
    under every 柱 of the export, 再掲 or not; where a scale's other symbols are explained
    (Setagaya's ◎ …) the legend stands under every policy as before."""
    rows = [["集中改革プラン"], HEADER]
    rows += [["１　事務事業の再編・整理", "(1) 見直し", "①　事業評価", "目標達成", "", "総務課"]]
    rows += [[PILLAR_2, "(1) 民間委託", "①　包括委託", "取組中", "", "財政課"]]
    rows += [["", "", "②　指定管理（1-(1)-①再掲）", "再掲", "", "財政課"]]
    path = write_book(tmp_path / "調査票.xlsx", {"取組状況": rows})
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    out = tmp_path / "報告書.md"
    made = CliRunner().invoke(
        app, ["export", str(path), "--md", str(out), "--config", str(tmp_path / "planeval.toml")]
    )
    assert made.exit_code == 0, made.stderr
    sections = out.read_text(encoding="utf-8").split("\n## ")
    legends = {s.splitlines()[0]: "※再掲は件数に含めません" in s for s in sections[1:]}
    # (said once over 集計, not again under 改革の柱2: review 193 #9)
    assert {heading[:5]: said for heading, said in legends.items() if "柱" in heading} == {
        "改革の柱1": False, "改革の柱2": False
    }  # fmt: skip
    assert legends["集計"]
    assert legends["集計"]


def test_a_plan_numbering_its_projects_in_a_number_column_before_them_is_read(
    tmp_path: Path,
) -> None:
    """A 行政改革大綱's list (review 55): 改革の柱 | 番号 「1-2」 | 取組項目 | 取組内容 | 所管課, no 取組番号:
    refused (「事業番号「窓口サービスの改善」が読めません」) though 番号 numbers the 取組項目."""
    (tmp_path / "planeval.toml").write_text(
        TOML.replace('project = "改革項目"', 'project = "取組項目"'), encoding="utf-8"
    )
    rows = [
        ["行政改革大綱 実施計画"], [],
        ["改革の柱", "番号", "取組項目", "取組内容", "所管課", "区分"],
        ["1　市民サービスの向上", "1-1", "窓口サービスの改善", "総合窓口を設置する。", "市民課", "継続"],
        ["1　市民サービスの向上", "1-2", "行政手続のオンライン化", "50手続をオンライン化する。",
         "情報政策課・市民課", "継続"],
    ]  # fmt: skip
    plan = write_book(tmp_path / "実施計画.xlsx", {"実施計画": rows})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_plan(plan, wording=config.wording)
    assert {i.project_id: i.project_name for i in read.items} == {
        "1-1": "窓口サービスの改善", "1-2": "行政手続のオンライン化"
    }  # fmt: skip
    assert [i.departments for i in read.items] == [("市民課",), ("情報政策課", "市民課")]
