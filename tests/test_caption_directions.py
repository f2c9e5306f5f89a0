"""愛知県's ITプラン (review 112): each 局 sends its own workbook, heading rows 「基本方針1　…」, an
unnumbered line naming the 施策 above each table (「行政手続のオンライン化と利便性の向上」), group
rows 「(1)　電子申請の推進」 numbered through the 基本方針 — (1) (2) under one caption, (3) under
the next — and rated ア, イ under them. Each file numbered the captions it holds in its own order
(会計局's 「情報セキュリティの確保」 was 3-1, 「業務の効率化」 in 総務局's), a file of one table per
基本方針 made none a direction, a group in two files split in two (3-1-3, 3-2-3), and the plan's
1-(1)ア refused 1-1-(1)ア. One name under one policy is now one direction in every file, and the
groups stay the policy's projects, 1-(3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

HEAD = ["項目", "指標", "現状値", "目標値", "達成率", "評価", "担当課"]
POLICIES = {"1": "ICTを活用した県民サービスの向上", "2": "ICTを活用した行政運営の効率化"}
# 局 → per 基本方針, its tables: (caption, [(group number, group, [(mark, indicator, rating)])])
FORMS = {
    "01_総務局": {
        "1": [("行政手続のオンライン化", [(1, "電子申請の推進", [("ア", "手続数", "B")])])],
        "2": [
            ("業務の効率化", [(1, "RPAの活用", [("ア", "業務数", "A"), ("イ", "帳票", "D")])]),
            ("情報セキュリティの確保", [(3, "セキュリティ対策", [("ア", "受講率", "A")])]),
        ],
    },
    "02_会計局": {
        "1": [("行政手続のオンライン化", [(1, "電子申請の推進", [("イ", "納付", "A")])])],
        "2": [("情報セキュリティの確保", [(3, "セキュリティ対策", [("イ", "診断", "C")])])],
    },
    "03_県民文化局": {
        "1": [("行政手続のオンライン化", [(2, "情報発信の充実", [("ア", "適合率", "B")])])],
    },
    "04_教育委員会": {
        "1": [("暮らしを支えるICT利活用", [(3, "教育の情報化", [("ア", "教員", "C")])])],
        "2": [("業務の効率化", [(2, "働き方改革", [("ア", "テレワーク", "B")])])],
    },
}
# each item as the body numbers it → (its direction, the direction's name)
DIRECTIONS = {
    "1-(1)ア": ("1-1", "行政手続のオンライン化"),
    "1-(1)イ": ("1-1", "行政手続のオンライン化"),
    "1-(2)ア": ("1-1", "行政手続のオンライン化"),
    "1-(3)ア": ("1-2", "暮らしを支えるICT利活用"),
    "2-(1)ア": ("2-1", "業務の効率化"),
    "2-(1)イ": ("2-1", "業務の効率化"),
    "2-(2)ア": ("2-1", "業務の効率化"),
    "2-(3)ア": ("2-2", "情報セキュリティの確保"),
    "2-(3)イ": ("2-2", "情報セキュリティの確保"),
}
CONFIG = '[scale]\npreset = "aichi"\n\n[wording]\npolicy = "基本方針"\nproject = "項目"\n'


def build(folder: Path, forms: dict[str, dict[str, list]] = FORMS) -> list[Path]:
    """Each 局's workbook, as gen.py of review 112 writes it (a note row under each table)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, policies in forms.items():
        rows: list[list[object]] = [
            ["愛知県ITプラン2025　令和6年度　進捗状況"],
            [f"回答局：{name[3:]}"],
        ]
        for policy, tables in policies.items():
            rows.append([f"基本方針{policy}　{POLICIES[policy]}"])
            for caption, groups in tables:
                rows += [[caption], HEAD]
                for number, group, items in groups:
                    rows.append([f"({number})　{group}"])
                    for mark, indicator, rating in items:
                        rows.append(
                            [
                                f"{mark}　{indicator}の取組",
                                indicator,
                                1,
                                2,
                                0.5,
                                rating,
                                f"{name[3:]}課",
                            ]
                        )
                rows += [["※達成率＝現状値÷目標値。評価は担当課の判断による。"], []]
        paths.append(write_book(folder / f"{name}.xlsx", {"進捗状況": rows}))
    (folder / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    return paths


def _listed(entry: planeval.Entry) -> str:
    return f"{entry.policy_id}-{entry.project_shown_id}{entry.item_label}"


# 総務局 numbers its lines under 基本方針2 (施策2-1 …) where the others leave theirs unnumbered
NUMBERED = FORMS | {
    "01_総務局": {
        "1": FORMS["01_総務局"]["1"],
        "2": [
            (f"施策2-{at}　{caption}", groups)
            for at, (caption, groups) in enumerate(FORMS["01_総務局"]["2"], 1)
        ],
    }
}

# … and its file holds those numbered lines alone: no caption of its own
LINES_ALONE = NUMBERED | {"01_総務局": {"2": NUMBERED["01_総務局"]["2"]}}


@pytest.mark.parametrize("forms", [FORMS, NUMBERED], ids=["unnumbered", "one numbered"])
def test_a_caption_is_one_direction_in_every_file_and_the_groups_the_policy_s(
    tmp_path: Path, forms: dict
) -> None:
    """One name under one policy is one direction, numbered as the 局 that numbers it says
    (会計局's 「情報セキュリティの確保」 alone under 基本方針2 was 2-1, beside 総務局's 施策2-2,
    and 総務局's groups 2-2-(3), apart from 会計局's 2-(3): review 115)."""
    result = planeval.read_workbooks(build(tmp_path, forms), scale=PRESETS["aichi"])
    read = {_listed(e): (e.direction_id, e.direction_name) for e in result.entries}
    assert read == DIRECTIONS
    assert {e.project_id for e in result.entries if _listed(e).startswith("2-(3)")} == {"2-3"}
    assert not [p for p in result.problems if p.severity is not planeval.Severity.NOTICE]


def test_the_counts_by_direction_and_project_and_no_warning(tmp_path: Path) -> None:
    build(tmp_path)
    env = {"COLUMNS": "200"}
    runner = CliRunner()
    config = str(tmp_path / "planeval.toml")
    args = ["summarize", str(tmp_path), "--config", config, "-f", "plain"]
    directions = runner.invoke(app, [*args, "--by", "direction"], env=env)
    assert directions.exit_code == 0, directions.output
    rows = [line.split() for line in directions.stdout.splitlines() if line[:1].isdigit()]
    assert [(row[0], row[1], row[-1]) for row in rows] == [
        ("1-1", "行政手続のオンライン化", "3"),
        ("1-2", "暮らしを支えるICT利活用", "1"),
        ("2-1", "業務の効率化", "3"),
        ("2-2", "情報セキュリティの確保", "2"),
    ]
    assert "警告" not in directions.stderr
    projects = runner.invoke(app, [*args, "--by", "project"], env=env)
    rows = [line.split() for line in projects.stdout.splitlines() if line[:1].isdigit()]
    assert [(row[0], row[-1]) for row in rows] == [
        ("1-(1)", "2"),
        ("1-(2)", "1"),
        ("1-(3)", "1"),
        ("2-(1)", "2"),
        ("2-(2)", "1"),
        ("2-(3)", "2"),
    ]


@pytest.mark.parametrize(
    "forms",
    [
        # one 局's captions only, or one name each table: no direction (a title, not a level)
        {"02_会計局": {"1": FORMS["02_会計局"]["1"]}},
        {n: {"1": [("指標一覧", t[0][1])]} for n, p in FORMS.items() for t in [p["1"]]},
    ],
)
def test_one_caption_name_makes_no_direction(tmp_path: Path, forms: dict) -> None:
    result = planeval.read_workbooks(build(tmp_path, forms), scale=PRESETS["aichi"])
    assert {(e.direction_id, e.direction_name) for e in result.entries} == {("", "")}
    assert {e.project_id[:2] for e in result.entries} == {"1-"}


@pytest.mark.parametrize(
    "forms", [FORMS, NUMBERED, LINES_ALONE], ids=["unnumbered", "one numbered", "lines alone"]
)
def test_counted_alike_without_keeping_the_rows(tmp_path: Path, forms: dict) -> None:
    """Streamed (large reads), each 局's file is read again with the others: the same counts."""
    from tests.test_rollup import assert_same

    assert_same(build(tmp_path, forms), scale=PRESETS["aichi"])


def test_a_missing_group_is_named_with_its_policy(tmp_path: Path) -> None:
    """県民文化局's 1-(2) not returned: every 基本方針 has a (2), so the gap is named 1-(2)."""
    forms = {name: form for name, form in FORMS.items() if name != "03_県民文化局"}
    result = planeval.read_workbooks(build(tmp_path, forms), scale=PRESETS["aichi"])
    (gap,) = [p for p in result.problems if p.severity is planeval.Severity.WARNING]
    assert (
        "計画事業 1-(2) の行がどのファイルにもありません（1-(1)・1-(3) はあります）" in gap.message
    )


@pytest.mark.parametrize("forms", [FORMS, NUMBERED], ids=["unnumbered", "one numbered"])
def test_paired_with_the_plan_by_the_numbers_as_typed(tmp_path: Path, forms: dict) -> None:
    """The plan lists 事業番号 1-(1) and 取組番号 ア, as the forms type them: every row pairs
    (each was refused 「番号が計画と違います（計画では「1-1ア」）」 where a caption made a level)."""
    build(tmp_path / "回答", forms)
    rows: list[list[object]] = [["基本方針", "事業番号", "項目", "取組番号", "取組", "担当課"]]
    for name, policies in FORMS.items():
        for policy, tables in policies.items():
            for _caption, groups in tables:
                for number, group, items in groups:
                    for mark, indicator, _rating in items:
                        rows.append(
                            [
                                f"{policy} {POLICIES[policy]}",
                                f"{policy}-({number})",
                                group,
                                mark,
                                f"{indicator}の取組",
                                f"{name[3:]}課",
                            ]
                        )
    plan = write_book(tmp_path / "計画.xlsx", {"計画事業一覧": rows})
    folder = tmp_path / "回答"
    config = str(folder / "planeval.toml")
    done = CliRunner().invoke(
        app, ["validate", str(folder), "--plan", str(plan), "--config", config, "-qq"]
    )
    assert "計画と違います" not in done.output
    assert done.exit_code == 0, done.output


def test_template_says_the_plan_s_unnumbered_directions_are_not_written(tmp_path: Path) -> None:
    """計画2.xlsx's 施策 column, names without numbers: template says it wrote none of them."""
    from planeval.cycle.api import template_notices

    rows: list[list[object]] = [
        ["基本方針", "施策", "事業番号", "項目", "取組番号", "取組", "担当課"]
    ]
    rows += [
        [
            "1 県民サービス",
            "行政手続のオンライン化",
            "1-(1)",
            "電子申請",
            "ア",
            "手続数",
            "情報政策課",
        ],
        ["1 県民サービス", "暮らしを支えるICT利活用", "1-(2)", "教育", "ア", "教員", "教育課"],
    ]
    plan = planeval.read_plan(write_book(tmp_path / "計画2.xlsx", {"計画事業一覧": rows}))
    (said,) = [p for p in template_notices(plan) if "調査票には書いていません" in p.message]
    assert said.severity is planeval.Severity.NOTICE
    assert "（「行政手続のオンライン化」ほか 1 件）は番号がないため" in said.message
