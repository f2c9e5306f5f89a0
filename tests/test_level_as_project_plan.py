"""A city's 行政改革大綱 of two levels (review 85 #6): each 課 returns 改革項目 「1　事務事業の見直し」
merged down over 取り組み項目 「(1) 補助金の見直し」, read as 1-(1); its plan lists the same two
levels, the numbers in their own columns (改革項目番号 | 改革項目 | 取組番号 | 取り組み項目) or
typed before the names (改革項目 | 取り組み項目). Neither list was read as a plan (「事業」「体系」…
のどれかの列がありません, then 「事業番号「1」が読めません」), so 情報政策課, which never answered,
could not be said 未提出."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

TOML = """
[scale]
preset = "progress"

[layout]
status_column = "実施状況"

[layout.titles]
issue = ["取り組み状況・課題"]

[wording]
policy = "改革項目"
item = "取り組み項目"
status = "実施状況"
issue = "取り組み状況・課題"
department = "所管課"
"""
# the plan: (改革項目, its 取り組み項目 with the 課 leading each)
PLAN = {
    "1　事務事業の見直し": [
        ("(1)", "補助金の見直し", "財政課"),
        ("(2)", "使用料・手数料の適正化", "財政課"),
        ("(3)", "事務事業評価の実施", "企画課"),
    ],
    "2　組織・人材の活性化": [
        ("(1)", "定員管理の適正化", "総務課"),
        ("(2)", "人事評価制度の運用", "総務課"),
    ],
    "3　デジタル化の推進": [
        ("(1)", "行政手続のオンライン化", "情報政策課"),
        ("(2)", "RPAの導入", "情報政策課"),
        ("(3)", "ペーパーレス会議の導入", "情報政策課"),
    ],
    "4　市民協働の推進": [("(1)", "窓口サービスの向上", "市民課")],
}
TITLE = "令和5年度　第５次桜ヶ丘市行政改革大綱　取り組み項目の進捗状況調査票"
HEADER = ["改革項目", "取り組み項目", "実施状況 ※必須", "取り組み状況・課題", "所管課"]


def _forms(folder: Path) -> Path:
    """Each 課's workbook as the city sends it back: the 改革項目 typed once over its items
    (merged down), 総務課 typing the brackets full-width; 情報政策課 never answered."""
    folder.mkdir()
    by_section: dict[str, list[list[object]]] = {}
    statuses = iter(["取組中", "未着手", "完了", "完了", "取組中", "完了"])
    for pillar, items in PLAN.items():
        for label, name, section in items:
            if section == "情報政策課":
                continue
            rows = by_section.setdefault(section, [])
            typed = label.replace("(", "（").replace(")", "）") if section == "総務課" else label
            shown = pillar if not rows or rows[-1][5] != pillar else ""
            status = next(statuses)
            issue = "庁内調整が遅れたため次年度に着手する" if status == "未着手" else ""
            rows.append([shown, f"{typed}{name}", status, issue, section, pillar])
    for section, rows in by_section.items():
        sheet = [[TITLE], ["所管課", section], [], HEADER, *[row[:5] for row in rows]]
        write_book(folder / f"{section}.xlsx", {"進捗状況": sheet})
    return folder


def _numbered_plan(path: Path) -> Path:
    """The list with its numbers in their own columns, typed as the clerk types them."""
    header = ["改革項目番号", "改革項目", "取組番号", "取り組み項目", "区分", "所管課"]
    rows = [
        [pillar.split("　")[0], pillar.split("　")[1], label, name, "継続", section]
        for pillar, items in PLAN.items()
        for label, name, section in items
    ]
    title = ["第５次桜ヶ丘市行政改革大綱　取り組み項目一覧"]
    return write_book(path, {"取り組み項目一覧": [title, [], header, *rows]})


def _named_plan(path: Path) -> Path:
    """The list with the numbers typed before the names, 「1　事務事業の見直し」 | 「(1) 補助金の見直し」."""
    header = ["改革項目", "取り組み項目", "区分", "所管課"]
    rows = [
        [pillar, f"{label} {name}", "継続", section]
        for pillar, items in PLAN.items()
        for label, name, section in items
    ]
    title = ["第５次桜ヶ丘市行政改革大綱　取り組み項目一覧"]
    return write_book(path, {"取り組み項目一覧": [title, [], header, *rows]})


def _validate(tmp_path: Path, plan: Path, config: Path) -> tuple[int, dict[str, object]]:
    result = CliRunner().invoke(
        app,
        [
            "validate",
            str(tmp_path / "R5"),
            "--plan",
            str(plan),
            "--config",
            str(config),
            "-f",
            "json",
        ],
        env={"COLUMNS": "200"},
    )
    assert "Traceback" not in result.output, result.output
    return result.exit_code, json.loads(result.stdout)


OWN_TITLE = TOML.replace("[layout.titles]\n", '[layout.titles]\nproject = ["改革項目"]\n')
WITHOUT_WORDS = TOML.split("[wording]")[0]


@pytest.mark.parametrize(
    ("make", "settings"),
    [
        (_numbered_plan, TOML),
        (_named_plan, TOML),
        # (the fix the first message offered: the 改革項目 column titled as the project's)
        (_named_plan, OWN_TITLE),
        (_numbered_plan, OWN_TITLE),
        # (without the body's words: planeval's own titles of the two levels)
        (_named_plan, WITHOUT_WORDS),
        (_numbered_plan, WITHOUT_WORDS),
    ],
)
def test_validate_says_the_section_that_never_answered(tmp_path: Path, make, settings: str) -> None:
    _forms(tmp_path / "R5")
    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    code, data = _validate(tmp_path, make(tmp_path / "計画.xlsx"), config)
    states = {s["department"]: s["label"] for s in data["submissions"]}  # type: ignore[attr-defined]
    assert states == {
        "財政課": "提出済", "企画課": "提出済", "総務課": "提出済",
        "情報政策課": "未提出", "市民課": "提出済",
    }  # fmt: skip
    assert code == 1
    # (no row 「計画にない」, no number unread: a notice at most, of words to add to the settings)
    said = [p for p in data["problems"] if p["severity"] != "notice"]  # type: ignore[attr-defined]
    # (but 情報政策課's warning, as summarize gives it, the item in the settings' word: review 94)
    item = "取り組み項目" if "[wording]" in settings else "実施内容"
    assert [p["message"] for p in said] == [
        "情報政策課の回答がどのファイルにもありません（未提出）。この課が所管する計画の"
        f"{item} 3 件は集計に含まれていません"
    ]
    owed = {s["department"]: (s["items"], s["missing"]) for s in data["submissions"]}  # type: ignore[attr-defined]
    assert owed == {
        "財政課": (2, 0), "企画課": (1, 0), "総務課": (2, 0), "情報政策課": (3, 3), "市民課": (1, 0)
    }  # fmt: skip


def test_the_plan_is_numbered_as_the_forms_are_read(tmp_path: Path) -> None:
    """The plan's items carry the IDs the status reader gives the same rows: 改革項目 1 is the
    project (and the policy) 1, its 取り組み項目 (1) item 1, shown 1-(1); no level in between."""
    forms = _forms(tmp_path / "R5")
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    settings = planeval.load_config(config)
    read = planeval.read_workbooks([forms], scale=settings.scale, layout=settings.layout)
    rows = {(e.project_id, e.item_no, e.item_name) for e in read.entries}
    for make in (_numbered_plan, _named_plan):
        path = make(tmp_path / "計画.xlsx")
        plan = planeval.read_plan(path, layout=settings.layout, wording=settings.wording)
        items = {(i.project_id, i.item_no, i.item_name) for i in plan.items}
        assert rows < items and len(items) == 9
        first = plan.items[0]
        assert (first.policy_id, first.direction_id, first.shown_id) == ("1", "", "1-(1)")
        assert (first.project_name, first.policy_name) == ("事務事業の見直し", "事務事業の見直し")
        assert first.departments == ("財政課",)


@pytest.mark.parametrize("make", [_numbered_plan, _named_plan])
@pytest.mark.parametrize("settings", [TOML, WITHOUT_WORDS])
def test_template_makes_forms_that_read_back_as_the_plan(
    tmp_path: Path, make, settings: str
) -> None:
    """Review 94 #3: template refused a 大綱's plan (「計画の番号が「1-(1)」の 2 段のため、調査票は
    作れません」). Its forms number the 改革項目 and the 取り組み項目 in columns of their own, read
    back 1-(1) as the plan numbers them: each 課's form filled in pairs with the plan, every
    item counted under its 改革項目."""
    from openpyxl import load_workbook

    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    plan = make(tmp_path / "計画.xlsx")
    args = ["template", str(plan), "--fiscal-year", "令和5", "-o", str(tmp_path / "R5"),
            "--split-by", "department", "--config", str(config)]  # fmt: skip
    made = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert made.exit_code == 0, made.output
    # (a form sent back blank: whoever sent it asked to fill it in, not 「所管の部」 of a 課)
    code, data = _validate(tmp_path, plan, config)
    hints = [p["hint"] for p in data["problems"] if "記入を依頼し" in p["hint"]]  # type: ignore[attr-defined]
    assert code == 1 and hints and all(hint.startswith("提出元の部署に") for hint in hints)
    statuses = iter(["取組中", "未着手", "完了"] * 3)
    given: dict[str, list[str]] = {}
    for form in sorted((tmp_path / "R5").glob("*.xlsx")):
        book = load_workbook(form)
        sheet = book.worksheets[0]
        header = next(row for row in sheet.iter_rows() if str(row[0].value).endswith("番号"))
        column = next(c.column - 1 for c in header if c.value in ("実施状況", "達成状況"))
        pillar = ""
        for row in sheet.iter_rows(min_row=header[0].row + 1):
            pillar = str(row[0].value) if str(row[0].value).isdigit() else pillar
            if row[3].value and row[column].value is None:
                status = row[column].value = next(statuses)
                given.setdefault(pillar, []).append(status)
                if status == "未着手":
                    row[column + 1].value = "庁内調整が遅れたため次年度に着手する"
        book.save(form)
    code, data = _validate(tmp_path, plan, config)
    assert code == 0, data["problems"]
    states = {s["department"]: s["label"] for s in data["submissions"]}  # type: ignore[attr-defined]
    assert set(states.values()) == {"提出済"} and len(states) == 5
    summary = CliRunner().invoke(
        app,
        ["summarize", str(tmp_path / "R5"), "--config", str(config), "-f", "json"],
        env={"COLUMNS": "200"},
    )
    assert summary.exit_code == 0, summary.output
    counted = {group["id"]: group["counts"] for group in json.loads(summary.stdout)["groups"]}
    assert sum(len(rated) for rated in given.values()) == 9
    assert counted == {
        pillar: {status: rated.count(status) for status in ("未着手", "取組中", "完了")}
        for pillar, rated in given.items()
    }


def test_the_hint_names_the_column_of_names_and_following_it_reads_the_plan(
    tmp_path: Path,
) -> None:
    """The first message offered the number column as the project's title (project =
    ["改革項目番号"]); it names the column of names, and with that setting the plan is read,
    the 「…番号」 column beside it its numbers."""
    rows = [
        ["重点番号", "重点", "取組", "区分", "所管課"],
        ["1", "事務事業の見直し", "(1) 補助金の見直し", "継続", "財政課"],
        ["1", "事務事業の見直し", "(2) 使用料・手数料の適正化", "継続", "財政課"],
        ["2", "組織・人材の活性化", "(1) 定員管理の適正化", "継続", "総務課"],
    ]
    plan = write_book(tmp_path / "計画.xlsx", {"取組一覧": rows})
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "progress"\n', encoding="utf-8")
    with pytest.raises(planeval.PlanevalError) as refused:
        planeval.read_plan(plan)
    assert '[layout.titles] に project = ["重点"] のように' in str(refused.value)
    config.write_text(
        '[scale]\npreset = "progress"\n[layout.titles]\nproject = ["重点"]\n', encoding="utf-8"
    )
    settings = planeval.load_config(config)
    read = planeval.read_plan(plan, layout=settings.layout)
    assert [(i.shown_id, i.project_name, i.item_name) for i in read.items] == [
        ("1-(1)", "事務事業の見直し", "補助金の見直し"),
        ("1-(2)", "事務事業の見直し", "使用料・手数料の適正化"),
        ("2-(1)", "組織・人材の活性化", "定員管理の適正化"),
    ]


def test_a_level_number_not_read_is_told_the_two_level_forms_read(tmp_path: Path) -> None:
    """A 改革項目 typed 「第1」 is not read; the message shows the two levels as they are read."""
    rows = [
        ["改革項目", "取り組み項目", "区分", "所管課"],
        ["第1 事務事業の見直し", "(1) 補助金の見直し", "継続", "財政課"],
    ]
    plan = write_book(tmp_path / "計画.xlsx", {"取組一覧": rows})
    with pytest.raises(planeval.PlanevalError) as refused:
        planeval.read_plan(plan)
    said = str(refused.value)
    assert "改革項目の番号「第1 事務事業の見直し」が読めません" in said  # (its column's word)
    assert "「1　事務事業の見直し」の列と「(1) 補助金の見直し」の列のように" in said
