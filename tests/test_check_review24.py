"""check's reading of sentences and tables (review 24): the body's words for projects and items
where one starts the other (取組項目, 取組), last year's tables, a table of counts missing a
status's column, rows named by the group's name alone, and an unanswered body's row."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.scale import Scale, Status
from planeval.stated_number import PROJECTS, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import write_book
from tests.review_bodies import CITY_TOML, SURVEY_TOML

HEADER = ("番号", "取組項目", "進捗状況", "課題・備考", "担当課")


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def survey(statuses: list[str]) -> list[tuple[object, ...]]:
    """A body's answer sheet as 南山県 sends it: 2 分野, 2 取組項目 each, the 取組 below."""
    rows: list[tuple[object, ...]] = [("令和5年度 市町村DX推進計画 取組状況調査", None), (), HEADER]
    names = iter(statuses)
    for field, field_name in (("1", "行政手続のオンライン化"), ("2", "情報システムの標準化")):
        rows.append((f"{field}\u3000{field_name}",))
        for project in ("1", "2"):
            rows.append((f"{field}-{project}", f"取組項目{field}-{project}"))
            for item in ("1", "2"):
                status = next(names)
                note = "財源の確保が課題。" if status in ("未着手", "検討中") else None
                rows.append((f"{field}-{project}-{item}", f"取組{item}", status, note, "企画課"))
    return rows


def pref(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(SURVEY_TOML, encoding="utf-8")
    answers = tmp_path / "answers"
    answers.mkdir()
    order = ["実施済", "実施中", "未着手", "検討中", "実施中", "実施中", "実施済", "検討中"]
    for number, body in enumerate(("南山市", "北浜市", "青葉市", "東原市", "西川町"), 1):
        turned = order[number % 8 :] + order[: number % 8]
        write_book(answers / f"0{number}_{body}.xlsx", {"調査票": survey(turned)})
    return answers


PREF_SCALE = Scale(
    tuple(
        Status(s, s, needs_issue=s in ("未着手", "検討中"))
        for s in ("未着手", "検討中", "実施中", "実施済")
    )
)


def test_the_project_s_word_is_read_before_the_item_s_word_it_starts_with() -> None:
    """「22の取組項目に取り組みました」 counts 取組項目 (projects), not 取組 followed by 項目."""
    said = [
        "11団体の「行政手続のオンライン化」として、22の取組項目に取り組みました。",
        "南山市では、2つの取組項目に取り組みました。",
    ]
    for text in said:
        (number,) = read_numbers(text, PREF_SCALE, project="取組項目", item="取組")
        assert (number.what, number.reason) == (PROJECTS, ""), text
    (items,) = read_numbers(
        "南山市では、15の取組に取り組みました。", PREF_SCALE, project="取組項目", item="取組"
    )
    assert (items.what, items.value) == (TOTAL, 15)


def test_planeval_s_own_export_of_several_bodies_passes_its_own_check(tmp_path: Path) -> None:
    """review 24 #1: the export's 「5団体の「…」では、延べ10の取組項目を集計しました。」 is compared
    (and a wrong number of them is a disagreement)."""
    answers = pref(tmp_path)
    config = str(tmp_path / "planeval.toml")
    report = tmp_path / "r.md"
    made = run("export", str(answers), "--bodies", "file", "--config", config, "--md", str(report))
    assert made.exit_code == 0, made.stdout
    assert "の取組項目を集計しました" in report.read_text(encoding="utf-8")
    checked = run(
        "check", str(answers), "--bodies", "file", "--config", config, f"--text={report}",
        "-f", "json",
    )  # fmt: skip
    assert checked.exit_code == 0, checked.stdout
    found = json.loads(checked.stdout)
    assert found["not_compared"] == [] and found["disagreements"] == []
    wrong = report.read_text(encoding="utf-8").replace("10の取組項目", "11の取組項目", 1)
    report.write_text(wrong, encoding="utf-8")
    checked = run("check", str(answers), "--bodies", "file", "--config", config, f"--text={report}")
    assert checked.exit_code == 1 and "取組項目の数" in checked.stdout


# 北野市 (review 23's city_a): 基本目標 1-3, scale A-D and 対象外 uncounted
CITY_GOALS = {
    "1": ("安心して暮らせるまち", ["A", "A", "A", "B", "B", "B", "C"]),
    "2": ("子どもが健やかに育つまち", ["A", "B", "B", "C", "D"]),
    "3": ("活力と魅力あふれるまち", ["A", "B", "B", "C", "対象外"]),
}
THIS_YEAR = """\
| 基本目標番号 | 基本目標名 | A | B | C | D | 計 | 対象外（評価対象外） |
|---|---|---|---|---|---|---|---|
| 1 | 安心して暮らせるまち | 3 | 3 | 1 | 0 | 7 | 0 |
| 2 | 子どもが健やかに育つまち | 1 | 2 | 1 | 1 | 5 | 0 |
| 3 | 活力と魅力あふれるまち | 1 | 2 | 1 | 0 | 4 | 1 |
| 合計 |  | 5 | 7 | 3 | 1 | 16 | 1 |
"""
LAST_YEAR = THIS_YEAR.replace("| 3 | 3 | 1 | 0 | 7 |", "| 2 | 4 | 1 | 0 | 7 |").replace(
    "| 5 | 7 | 3 | 1 | 16 |", "| 4 | 8 | 3 | 1 | 16 |"
)


def city(tmp_path: Path) -> tuple[str, str]:
    """北野市's sheet (基本目標 | 施策 | 事業 | 評価) and its planeval.toml: (workbook, config)."""
    (tmp_path / "planeval.toml").write_text(CITY_TOML, encoding="utf-8")
    rows: list[tuple[object, ...]] = [
        ("令和5年度 施策評価結果",), (), ("基本目標", "施策", "事業", "評価", "課題")
    ]  # fmt: skip
    for goal, (name, statuses) in CITY_GOALS.items():
        for at, status in enumerate(statuses, 1):
            project = f"{goal}-{(at + 1) // 2}"
            issue = "人員の確保" if status in ("C", "D") else None
            rows.append((f"{goal} {name}", project, f"{project}-{at} 事業{at}", status, issue))
    book = write_book(tmp_path / "city.xlsx", {"評価": rows})
    return str(book), str(tmp_path / "planeval.toml")


def checked(tmp_path: Path, text: str, *inputs: str) -> tuple[int, dict]:
    report = tmp_path / "report.md"
    report.write_text(text, encoding="utf-8")
    found = run("check", *inputs, f"--text={report}", "-f", "json")
    return found.exit_code, json.loads(found.stdout)


def test_a_table_under_last_year_s_heading_is_listed_as_settled(tmp_path: Path) -> None:
    """review 24 #2: 「## 前年度（令和4年度）の集計」's table, or 「## 令和4年度の集計」 in a report
    of 令和5年度, is last year's: its rows are listed, settled, and fail nothing; this year's
    table beside it is compared all the same."""
    book, config = city(tmp_path)
    for heading in ("## 前年度（令和4年度）の集計", "## 令和4年度の集計", "## 昨年度の結果"):
        text = f"# 令和5年度 施策評価結果\n\n## 集計\n\n{THIS_YEAR}\n{heading}\n\n{LAST_YEAR}"
        code, found = checked(tmp_path, text, book, "--config", config)
        assert code == 0 and found["disagreements"] == [], heading
        past = found["not_compared"]
        assert len(past) == 4 and all(n["settled"] for n in past), heading
        assert all("の表なので、今回の行とは比べません" in n["reason"] for n in past)
        wrong = text.replace("| 3 | 3 | 1 | 0 | 7 |", "| 4 | 2 | 1 | 0 | 7 |", 1)
        code, found = checked(tmp_path, wrong, book, "--config", config)
        assert code == 1 and len(found["disagreements"]) == 2, heading


def test_a_table_of_two_years_compares_this_year_s_rows(tmp_path: Path) -> None:
    """review 24 #2: rows 令和4年度 | 令和5年度 of a 年度 column: this year's compared, last
    year's listed as settled (under a heading 「集計の前年度比較」, which names both)."""
    book, config = city(tmp_path)
    text = (
        "# 令和5年度 施策評価結果\n\n## 集計の前年度比較\n\n"
        "| 基本目標番号 | 年度 | A | B | C | D | 計 |\n|---|---|---|---|---|---|---|\n"
        "| 1 | 令和4年度 | 2 | 4 | 1 | 0 | 7 |\n| 1 | 令和5年度 | 3 | 3 | 1 | 0 | 7 |\n"
        "| 合計 | 令和4年度 | 4 | 8 | 3 | 1 | 16 |\n| 合計 | 令和5年度 | 5 | 7 | 3 | 1 | 16 |\n"
    )
    code, found = checked(tmp_path, text, book, "--config", config)
    assert code == 0 and found["disagreements"] == []
    assert [(n["phrase"], n["settled"]) for n in found["not_compared"]] == [
        ("1 令和4年度", True),
        ("合計 令和4年度", True),
    ]
    code, found = checked(
        tmp_path,
        text.replace("| 令和5年度 | 3 | 3", "| 令和5年度 | 4 | 2"),
        book,
        "--config",
        config,
    )
    assert code == 1 and {d["stated"] for d in found["disagreements"]} == {4, 2}


def test_a_table_naming_some_statuses_is_compared_for_the_columns_it_has(tmp_path: Path) -> None:
    """review 24 #4: 基本目標番号 | 基本目標名 | A | B | C | 計 (no D column) with B 9 in row 2
    (true 2) is a disagreement, not 「すべて一致」; its 計 is the rows' total. A budget table
    naming statuses (事業費（千円）, A | B | 計) stays unread."""
    book, config = city(tmp_path)
    table = (
        "| 基本目標番号 | 基本目標名 | A | B | C | 計 |\n|---|---|---|---|---|---|\n"
        "| 1 | 安心して暮らせるまち | 3 | 3 | 1 | 7 |\n"
        "| 2 | 子どもが健やかに育つまち | 1 | 9 | 1 | 5 |\n| 合計 |  | 5 | 7 | 3 | 16 |\n"
    )
    sentence = "\n基本目標1では、順調が3件、概ね順調が3件でした。\n"
    code, found = checked(
        tmp_path,
        f"# 令和5年度 施策評価結果\n\n## 集計\n\n{table}{sentence}",
        book,
        "--config",
        config,
    )
    assert code == 1
    assert [(d["scope"], d["what"], d["stated"], d["counted"]) for d in found["disagreements"]] == [
        ("基本目標2", "B", 9, 2)
    ]
    right = table.replace("| 1 | 9 | 1 | 5 |", "| 1 | 2 | 1 | 5 |")
    code, found = checked(tmp_path, f"## 集計\n\n{right}{sentence}", book, "--config", config)
    assert code == 0 and found["compared"] == 2 + 3 * 4
    budgets = (
        "## 事業費（千円）\n\n| 基本目標番号 | A | B | 計 |\n|---|---|---|---|\n"
        "| 1 | 12 | 3 | 15 |\n| 2 | 8 | 7 | 15 |\n",
        "## 事業の規模\n\n| 基本目標番号 | A | B | 計 |\n|---|---|---|---|\n"
        "| 1 | 1200 | 300 | 1500 |\n| 2 | 800 | 78 | 878 |\n",
    )
    for budget in budgets:
        code, found = checked(tmp_path, budget + sentence, book, "--config", config)
        # (listed once, settled: never passed over, and no failure — review 28 F1)
        listed = [(n["scope"], n["settled"], n["source"]["cell"]) for n in found["not_compared"]]
        assert code == 0 and found["compared"] == 2 and listed == [("表", True, "5行目")], budget


def test_a_row_named_by_the_group_s_name_alone_is_that_group(tmp_path: Path) -> None:
    """review 24 #5: 基本目標 | A | B | C | D | 計 with rows 「安心して暮らせるまち」: each row is
    the group of that name, so row 2's 6 (true 5) is a disagreement, not 「行がない」."""
    book, config = city(tmp_path)
    table = (
        "| 基本目標 | A | B | C | D | 計 |\n|---|---|---|---|---|---|\n"
        "| 安心して暮らせるまち | 3 | 3 | 1 | 0 | 7 |\n| 子どもが健やかに育つまち | 1 | 2 | 1 | 1 | 6 |\n"
        "| 活力と魅力あふれるまち | 1 | 2 | 1 | 0 | 4 |\n| 総計 | 5 | 7 | 3 | 1 | 16 |\n"
    )
    code, found = checked(tmp_path, table, book, "--config", config)
    assert code == 1 and found["not_compared"] == []
    assert [(d["scope"], d["stated"], d["counted"]) for d in found["disagreements"]] == [
        ("表の「子どもが健やかに育つまち」の行", 6, 5)
    ]
    code, found = checked(
        tmp_path, table.replace("| 1 | 6 |", "| 1 | 5 |"), book, "--config", config
    )
    assert code == 0 and found["compared"] == 4 * 5
