"""planeval check as users run it: the disagreements with their scope, the numbers not
compared, the verdict, the JSON shape and the exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.check_result import Disagreement, NotCompared
from planeval.cli import app
from planeval.model import Location
from planeval.report.review import check_table, compared_name, not_compared_table
from planeval.stated_number import GROUPS, PROJECTS, ROWS, TOTAL
from tests.conftest import REPO, write_book

SETAGAYA = planeval.DEFAULT_SCALE
ROWS_OF_ONE_PROJECT = [
    ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
    ["1-1-1 事業", "① 項目", "○", ""],
    ["", "② 項目", "○", ""],
    ["", "③ 項目", "△", "遅れ"],
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


@pytest.fixture
def stated(book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workbook stating a wrong percentage, a wrong count and a number of something else,
    named relative to the working folder (so that the tables do not wrap a long path)."""
    monkeypatch.chdir(tmp_path)
    paragraph = (
        "計画全体では、計画どおり実施2件（66.6%）、内容を一部修正して実施2件でした。"
        "説明会は4件でした。"
    )
    return book([[paragraph], [], *ROWS_OF_ONE_PROJECT]).relative_to(tmp_path)


def test_check_prints_the_disagreements_the_numbers_not_compared_and_the_verdict(
    stated: Path,
) -> None:
    result = run("check", str(stated))
    assert result.exit_code == 1
    where = f"{stated} › 第3章 › A1"
    out = lines(result.stdout)
    assert out[0] == "記載と集計の食い違い"
    assert [cell.strip() for cell in out[2].split("│")[1:-1]] == [
        "範囲",
        "項目",
        "記載",
        "集計",
        "記載の場所",
    ]
    body = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out if "計画全体" in line]
    assert body[:2] == [
        ["計画全体", "○（計画どおり実施）の割合", "66.6%", "66.7%", where],
        ["計画全体", "△（内容を一部修正して実施）", "2", "1", where],
    ]
    assert "比べられなかった数" in out
    assert body[2][:3] == ["計画全体", "説明会は4件", "4"]
    assert body[2][3].startswith("「説明会」はこの評価尺度")
    assert out[-1] == (
        "1 段落のうち、記載と集計の食い違いが 2 件あり、比べられなかった数が 1 件あります"
    )


def test_check_json_gives_scope_numbers_not_compared_and_compared(stated: Path) -> None:
    result = run("check", str(stated), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    source = {"file": str(stated), "sheet": "第3章", "cell": "A1"}
    (statement,) = data["statements"]
    assert statement["scope"] == "計画全体" and statement["policy_id"] is None
    assert [(n["what"], n["value"], n["percent"]) for n in statement["numbers"]] == [
        ("○", 2, False),
        ("○", 66.6, True),
        ("△", 2, False),
        ("", 4, False),
    ]
    assert data["disagreements"][0] == {
        "policy_id": None,
        "scope": "計画全体",
        "what": "○",
        "stated": 66.6,
        "counted": 66.7,
        "percent": True,
        "phrase": "計画どおり実施2件（66.6%）",  # (as typed: review 116 #9)
        "level": "",
        "note": "",
        "when": "",
        "source": source,
    }
    (skipped,) = data["not_compared"]
    assert (skipped["scope"], skipped["phrase"], skipped["stated"]) == (
        "計画全体",
        "説明会は4件",
        4,
    )
    assert skipped["source"] == source and "説明会" in skipped["reason"]
    assert skipped["settled"] is False and skipped["when"] == ""
    assert (data["compared"], data["previous"]) == (3, False)


def test_check_exits_0_only_when_every_number_was_compared_and_agrees(book) -> None:
    path = book(
        [
            ["計画全体では、計画どおり実施2件、内容を一部修正して実施1件でした。"],
            [],
            *ROWS_OF_ONE_PROJECT,
        ]
    )
    result = run("check", str(path))
    assert result.exit_code == 0
    assert lines(result.stdout) == ["1 段落の記載件数はすべて集計と一致しています"]
    not_compared = book(
        [["計画全体では計画どおり実施2件、説明会は4件でした。"], [], *ROWS_OF_ONE_PROJECT],
        name="other.xlsx",
    )
    result = run("check", str(not_compared))
    assert result.exit_code == 1  # nothing disagrees, but a number was not compared
    assert "記載と集計の食い違い" not in result.stdout
    assert lines(result.stdout)[-1] == "1 段落のうち、比べられなかった数が 1 件あります"


def test_the_table_names_what_was_compared() -> None:
    assert compared_name(PROJECTS, SETAGAYA) == "計画事業の数"
    assert compared_name(TOTAL, SETAGAYA) == "合計"
    assert compared_name(ROWS, SETAGAYA) == "行数（再掲を含む）"  # (the scale's words: review 81)
    assert compared_name(GROUPS, SETAGAYA) == "区分の数"
    assert compared_name(GROUPS, SETAGAYA, level="施策") == "施策の数"
    hamura = planeval.Wording(project_counted="事業")
    assert compared_name(PROJECTS, SETAGAYA, wording=hamura) == "事業の数"
    assert compared_name("◎", SETAGAYA) == "◎（計画を上回る実施）"
    assert compared_name("◎", SETAGAYA, percent=True) == "◎（計画を上回る実施）の割合"
    assert compared_name(TOTAL, SETAGAYA, percent=True) == "合計の割合"
    phrases = planeval.Scale(
        (planeval.Status("目標達成", "目標達成"), planeval.Status("取組中", ""))
    )
    assert compared_name("目標達成", phrases) == "目標達成"  # (a phrase as symbol: said once)
    place = Location("r.txt", None, "3行目")
    table = check_table(
        [
            Disagreement("2", PROJECTS, 4, 3, place, "情報化政策2"),
            Disagreement("1", "×", None, 1, place, "情報化政策1"),
            Disagreement(None, TOTAL, 100.1, 100.0, place, "計画全体", True),
        ],
        SETAGAYA,
    )
    assert table.headers == ("範囲", "項目", "記載", "集計", "記載の場所")
    assert table.rows == [
        ["情報化政策2", "計画事業の数", "4", "3", "r.txt › 3行目"],
        ["情報化政策1", "×（未実施）", "記載なし", "1", "r.txt › 3行目"],
        ["計画全体", "合計の割合", "100.1%", "100.0%", "r.txt › 3行目"],
    ]
    skipped = not_compared_table([NotCompared("1", "情報化政策1", "研修を3件", 3, "理由", place)])
    assert (skipped.title, skipped.headers) == (
        "比べられなかった数",
        ("範囲", "記載", "数", "理由", "記載の場所"),
    )
    assert skipped.rows == [["情報化政策1", "研修を3件", "3", "理由", "r.txt › 3行目"]]


def test_api_check_forwards_the_level(book) -> None:
    path = book(
        [
            ["2つの基本方針のもと、全3事業を評価しました。"],
            [],
            ["基本方針", "事業名", "達成状況"],
            ["基本方針1", "事業甲", "○"],
            ["", "事業乙", "○"],
            ["基本方針2", "事業丙", "△"],
        ]
    )
    result = planeval.read_workbooks([path])
    assert not result.problems
    assert planeval.check(result, level="基本方針").agrees
    (skipped,) = planeval.check(result, level="施策").not_compared
    assert skipped.reason == "基本方針の数は数えていません（集計は施策ごと）"


def test_the_readme_example_is_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### `planeval check`", 1)[1]
    example = section.split("```text\n", 1)[1].split("```", 1)[0]
    result = run("check", "data/setagaya/chapter3.xlsx")
    assert result.exit_code == 1
    assert "\n".join(lines(result.stdout)) == example.strip("\n")


# A 集中改革プラン-like body: numbered band rows, its own words in planeval.toml.
REFORM_TOML = """[scale]
preset = "reform_plan"

[wording]
policy = "改革項目"
"""
REFORM_ROWS = [
    ["番号", "実施項目", "進捗状況"],
    ["１　事務・事業の再編・整理"],
    [1.1, "補助金の見直し", "目標達成"],
    [1.2, "出張所の廃止", "取組中"],
    ["２　民間委託等の推進"],
    [2.1, "学校給食調理業務の民間委託", "目標達成"],
    [2.2, "ごみ収集業務の民間委託", "目標達成"],
    [2.3, "公園管理業務の委託", "変更・中止"],
    ["合計", "5件"],
]
REFORM_REPORT = """集中改革プランの進捗状況

1 全体の進捗状況
目標達成が3件、取組中が1件、変更・中止が1件でした。

２　民間委託等の推進
3件のうち、目標達成が2件、取組中が1件でした。

３　まとめ
本プランの取組項目は5件で、目標達成の割合は60.0%でした。
"""


def test_rows_not_counted_hold_back_only_their_own_policies(tmp_path: Path) -> None:
    """--keep-going past a row in error in policy 2's file: policy 1's numbers, whose file
    is whole, are still compared — a department that never answered made 改革項目1 differ,
    and the difference was held back as 「数えなかった行があるため」 (review 16)."""
    header = ROWS_OF_ONE_PROJECT[0]
    first = write_book(
        tmp_path / "企画課.xlsx", {"第3章": [header, ["1-1-1 事業", "① 項目", "○", ""]]}
    )
    second = write_book(
        tmp_path / "総務課.xlsx",
        {"第3章": [header, ["2-1-1 事業", "① 項目", "○", ""], ["", "② 項目", "●", ""]]},
    )
    report = tmp_path / "report.txt"
    report.write_text(
        "情報化政策1では、計画どおり実施2件でした。\n\n情報化政策2では、計画どおり実施2件でした。\n",
        encoding="utf-8",
    )
    result = run(
        "check", str(first), str(second), "--text", str(report), "--keep-going", "-f", "json"
    )
    data = json.loads(result.stdout)
    assert [(d["scope"], d["stated"], d["counted"]) for d in data["disagreements"]] == [
        ("情報化政策1", 2, 1)
    ]
    assert [(n["scope"], n["stated"]) for n in data["not_compared"]] == [("情報化政策2", 2)]


def test_check_scopes_a_report_by_the_body_s_headings_and_words(
    book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 5, H1: a numbered section heading (1 全体の進捗状況) is the whole plan's, a
    heading naming a group (２　民間委託等の推進) scopes its paragraph whatever it starts with,
    and the scope is printed in the body's words (改革項目2)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "planeval.toml").write_text(REFORM_TOML, encoding="utf-8")
    book(REFORM_ROWS, name="plan.xlsx")
    (tmp_path / "report.txt").write_text(REFORM_REPORT, encoding="utf-8")
    result = run("check", "plan.xlsx", "--text", "report.txt", "-f", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    wrong = [(d["scope"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert wrong == [("改革項目2", 1, 0)]  # (取組中 1: 改革項目2 has none; all else agrees)
    assert not data["not_compared"]
    scopes = [s["scope"] for s in data["statements"]]
    assert scopes == ["計画全体", "計画全体", "改革項目2", "計画全体"]


def test_a_number_of_rows_not_all_counted_is_not_compared_but_said_why(book) -> None:
    """--keep-going past a row in error (●): 「計画どおり実施2件」 is right, but only one ○ was
    counted. Not a disagreement (the rows would not tell), a number not compared, with why."""
    rows = [*ROWS_OF_ONE_PROJECT[:2], ["", "② 項目", "●", ""], ROWS_OF_ONE_PROJECT[3]]
    path = book([["計画全体では、計画どおり実施2件、内容を一部修正して実施1件でした。"], [], *rows])
    result = run("check", str(path), "--keep-going", "-f", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and not data["disagreements"]
    [skipped] = data["not_compared"]
    assert skipped["stated"] == 2
    assert skipped["reason"] == "この範囲に数えなかった行（エラーの 1 行）があるため比べていません"


def test_a_number_below_the_count_is_wrong_whatever_was_not_counted(book) -> None:
    """--keep-going past a row in error (●): rows left out could only raise the count, so
    「内容を一部修正して実施0件」 against the one △ counted is a disagreement, not held back
    with 「計画どおり実施2件」 (which the row in error may explain)."""
    rows = [*ROWS_OF_ONE_PROJECT[:2], ["", "② 項目", "●", ""], ROWS_OF_ONE_PROJECT[3]]
    path = book([["計画全体では、計画どおり実施2件、内容を一部修正して実施0件でした。"], [], *rows])
    data = json.loads(run("check", str(path), "--keep-going", "-f", "json").stdout)
    assert [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]] == [("△", 0, 1)]
    assert [n["stated"] for n in data["not_compared"]] == [2]
