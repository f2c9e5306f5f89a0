"""A count of a level in the body's own word without つの (review 25 #2): 川崎市's 「3つの政策、
6施策の20の事務事業について評価しました」 and 「3政策、6施策、20事務事業」 (policy 政策, project
施策, item 事務事業) — 6施策 was 「何の件数か読み取れません」 and a right report exited 1. The
workbooks are 川崎市's 施策進行管理・評価票 as each 局 sends it: 政策 | 施策 | 事務事業名 |
事業概要 | 達成度 | 課題・今後の方向性 | 担当課, 政策 and 施策 merged down, 達成度 1–5."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.scale import Status
from planeval.stated_number import GROUPS, PROJECTS, TOTAL
from planeval.stated_numbers import read_numbers

TOML = """\
[scale]
preset = "kawasaki"

[wording]
title = "施策進行管理・評価結果"
policy = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
issue = "課題・今後の方向性"
department = "担当課"
"""
POLICIES = {"1": "安心・安全で快適に暮らせるまち", "2": "子どもを安心して育てることのできるまち"}
# 局 → its 施策 (number, name) with its 事務事業 and their 達成度
BUREAUS = {
    "危機管理本部": [
        ("1-1", "災害から生命を守る", [("防災訓練推進事業", 2), ("備蓄物資整備事業", 3)]),
        ("1-3", "地域の安全を守る", [("防犯灯整備事業", 3), ("交通安全推進事業", 4)]),
    ],
    "こども未来局": [
        ("2-1", "子育てを地域社会全体で支える", [("保育所整備事業", 3), ("一時預かり事業", 1)]),
        ("2-2", "未来を担う人材を育成する", [("学校ICT推進事業", 3)]),
    ],
}
KAWASAKI = PRESETS["kawasaki"]
WORDS = {"project": "施策", "item": "事務事業", "level": "政策"}


def bureaus(folder: Path, rated: dict = BUREAUS, year: str = "令和5年度") -> Path:
    """Each 局's 評価票 (``rated``: each 局's 施策 and 事務事業 with their 達成度), and the body's
    planeval.toml beside them."""
    folder.mkdir()
    (folder / "planeval.toml").write_text(TOML, encoding="utf-8")
    for bureau, measures in rated.items():
        book = Workbook()
        sheet = book.active
        sheet.title = "評価票"
        sheet["A1"] = f"施策進行管理・評価票（{year}）"
        sheet["A2"] = f"担当部：{bureau}"
        titles = [
            "政策",
            "施策",
            "事務事業名",
            "事業概要",
            "達成度",
            "課題・今後の方向性",
            "担当課",
        ]
        for column, title in enumerate(titles, 1):
            sheet.cell(4, column, title)
        row = 5
        for number, name, projects in measures:
            top = row
            for project, rating in projects:
                sheet.cell(row, 3, project)
                sheet.cell(row, 4, f"{project}を計画的に実施する。")
                sheet.cell(row, 5, rating)
                if rating >= 4:
                    sheet.cell(row, 6, "調整に時間を要し、目標を下回った。")
                sheet.cell(row, 7, f"{bureau}企画課")
                row += 1
            policy = number.split("-")[0]
            sheet.cell(top, 1, f"{policy} {POLICIES[policy]}")
            sheet.cell(top, 2, f"{number} {name}")
            sheet.merge_cells(start_row=top, end_row=row - 1, start_column=2, end_column=2)
        book.save(folder / f"評価票_{bureau}.xlsx")
    return folder


def levels() -> tuple[int, int, int]:
    """(政策, 施策, 事務事業) as the rows give them."""
    measures = [number for held in BUREAUS.values() for number, _name, _rows in held]
    rows = sum(len(projects) for held in BUREAUS.values() for *_, projects in held)
    return len({number.split("-")[0] for number in measures}), len(measures), rows


def run(folder: Path, text: str) -> tuple[int, dict]:
    report = folder / "報告書.txt"
    report.write_text(f"1 全体の進捗状況\n{text}\n", encoding="utf-8")
    config = str(folder / "planeval.toml")
    found = CliRunner().invoke(
        app, ["check", str(folder), "--config", config, "--text", str(report), "-f", "json"]
    )
    return found.exit_code, json.loads(found.stdout)


def test_the_levels_counted_in_their_own_words_agree(tmp_path: Path) -> None:
    folder = bureaus(tmp_path / "r5")
    policies, measures, rows = levels()
    for text in (
        f"令和5年度は、{policies}つの政策、{measures}施策の{rows}の事務事業について評価しました。",
        f"令和5年度は、{policies}政策、{measures}施策、{rows}事務事業について評価しました。",
        f"{measures}施策{rows}事務事業を評価しました。",
    ):
        code, data = run(folder, text)
        assert code == 0, (text, data["not_compared"], data["disagreements"])
        assert data["compared"] == len(data["statements"][0]["numbers"]), text


def test_a_wrong_count_of_a_level_is_said_in_its_word(tmp_path: Path) -> None:
    folder = bureaus(tmp_path / "r5")
    policies, measures, rows = levels()
    code, data = run(
        folder, f"{policies + 1}政策、{measures - 1}施策、{rows}事務事業を評価しました。"
    )
    assert code == 1
    assert [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]] == [
        (GROUPS, policies + 1, policies),
        (PROJECTS, measures - 1, measures),
    ]


def test_an_item_count_stays_a_status_s_and_a_numbered_name_no_count() -> None:
    """「「2」が5施策」 stays a count of 2 (not of the 施策); 「② 政策の推進」 (② read as 2),
    「2 政策ごとの評価」 and 「第2の政策」 are no count of 政策; 施策 as the top level's own word
    counts its groups as before (羽村市: 「3施策について」)."""
    (status,) = read_numbers("「2」が5施策でした。", KAWASAKI, **WORDS)
    assert (status.what, status.value) == ("2", 5)
    assert read_numbers("② 政策の推進に取り組みました。", KAWASAKI, **WORDS) == []
    assert read_numbers("2 政策ごとの評価", KAWASAKI, **WORDS) == []
    assert read_numbers("第2の政策を推進します。", KAWASAKI, **WORDS) == []
    groups, total = read_numbers(
        "3施策について、全17事業を評価しました。", KAWASAKI, project="", item="事業", level="施策"
    )
    assert (groups.what, groups.level, total.what) == (GROUPS, "施策", TOTAL)


def test_a_status_s_count_in_the_project_s_word_stays_the_status_s() -> None:
    """Review 36 (愛知県's plan: project 取組, item KPI): 「Aが8取組」 was read as 8 取組 — every
    status of a report compared with the number of 取組, 21 false disagreements hiding the one
    wrong figure. A status right before the number says whose count it is; 「評価できない3取組を
    除く22取組」 is the total without that uncounted status."""
    words = {"project": "取組", "item": "KPI"}
    preset = PRESETS["aichi"]
    aichi = replace(
        preset, statuses=(*preset.statuses, Status("－", "評価できない", counted=False))
    )
    said = read_numbers("Aが8取組（36.4%）、Bが7取組でした。", aichi, **words)
    assert [(n.what, n.value) for n in said if not n.percent] == [("A", 8), ("B", 7)]
    projects = read_numbers("3つの取組に取り組みました。", aichi, **words)
    assert [(n.what, n.value) for n in projects] == [(PROJECTS, 3)]
    total = read_numbers("25の取組のうち評価できない3取組を除く22取組について", aichi, **words)
    assert (total[-1].what, total[-1].value, total[-1].excluding) == (TOTAL, 22, "－")


def test_a_legend_line_of_a_scale_of_numbers_states_no_count() -> None:
    """Review 46: every 局's form carries 「達成度：1 目標を大きく上回って達成　2 目標を上回って
    達成 …」 in A2, and its 2, 4 and 5 were listed as counts in an unread counter — a correct
    report failed check. A symbol followed by its own label is a legend entry."""
    legend = "達成度：1 目標を大きく上回って達成　2 目標を上回って達成　3 ほぼ目標どおり　4 目標を下回った"
    assert read_numbers(legend, KAWASAKI, **WORDS) == []
    said = read_numbers("達成度「2」が9事業、2目標が未達でした。", KAWASAKI, **WORDS)
    assert [(n.what, n.value) for n in said if not n.reason] == [("2", 9)]


def test_a_span_of_statuses_counts_them_added_up() -> None:
    """Review 46: 「達成度が「1」から「3」までの事務事業は32事業（80.0%）」 was read as the total
    (32 against 40, 80.0% against 100.0%): the statuses from 1 to 3, added up."""
    said = read_numbers(
        "達成度が「1」から「3」までの事務事業は32事業（80.0%）でした。", KAWASAKI, **WORDS
    )
    assert [(n.what, n.value) for n in said] == [
        ("1から3まで（1・2・3）", 32),
        ("1から3まで（1・2・3）", 80.0),
    ]


def test_kawasaki_s_issue_list_is_of_the_statuses_below_plan() -> None:
    """Review 46: every row's 課題・今後の方向性 is filled in, and the issue list held all 40
    rows under a heading saying it lists 4 and 5."""
    assert KAWASAKI.issue_list == "status"
    assert [s for s in KAWASAKI.symbols if KAWASAKI.off_plan(s)] == ["4", "5"]


def test_a_status_qualifying_the_rows_word_counts_that_status() -> None:
    """Review 78: 「目標を大きく下回った（5）事務事業は6事業」, the most natural sentence of the
    body's report, was read as the plan's total (6 against 75); 「…以外の事務事業」 is no count
    of that status."""
    for text in (
        "目標を大きく下回った（5）事務事業は6事業でした。",
        "目標を大きく下回った事務事業は6事業でした。",
        "目標を大きく下回った（5）は6事業でした。",
    ):
        said = read_numbers(text, KAWASAKI, **WORDS)
        assert [(n.what, n.value) for n in said] == [("5", 6)], text
    others = read_numbers("「5」以外の事務事業は69事業でした。", KAWASAKI, **WORDS)
    assert [n.what for n in others] != ["5"]


def test_a_count_of_the_top_level_s_own_word_basic_policy_is_read() -> None:
    """Review 78: 川崎市's top level is 基本政策; 「4基本政策、17施策の76の事務事業」 read 17施策 and
    the 76 but not the 4 — a wrong count of 基本政策 passed, neither compared nor listed."""
    words = WORDS | {"level": "基本政策"}
    said = read_numbers("4基本政策、17施策の76の事務事業について評価しました。", KAWASAKI, **words)
    assert [(n.what, n.value) for n in said] == [(GROUPS, 4), (PROJECTS, 17), (TOTAL, 76)]
    assert said[0].level == "基本政策"


def test_a_range_or_list_of_the_scale_s_digits_counts_them_added_up() -> None:
    """Review 80 N1: 川崎市 writes 「達成度1～3の事務事業は59事業」 and 「達成度4・5」 — the most
    usual sentence of a body whose statuses are digits — and 1 and 3 were read as counts (合計
    3, then 3 = 59): a correct draft failed with 4 to 6 false rows. A range (～, 〜, から…まで)
    or a list (・, 又は, 「」「」) of the scale's digits, quoted or bare, after 達成度 or not,
    is those statuses added up, and the share after it their share."""
    span = "1から3まで（1・2・3）"
    for text in (
        "達成度1～3の事務事業は59事業でした。",
        "達成度が「1」～「3」の事務事業は59事業でした。",
        "達成度が「1」〜「3」の事務事業は59事業でした。",
        "達成度1から3までの事務事業は59事業でした。",
        "1～3の事務事業は59事業でした。",
    ):
        said = read_numbers(text, KAWASAKI, **WORDS)
        assert [(n.what, n.value, n.reason) for n in said] == [(span, 59, "")], text
    share = read_numbers("達成度1～3の事務事業は59事業（71.1％）でした。", KAWASAKI, **WORDS)
    assert [(n.what, n.value) for n in share] == [(span, 59), (span, 71.1)]
    for text in (
        "達成度4・5の事務事業は24事業でした。",
        "達成度が4又は5の事務事業は24事業でした。",
        "達成度が「4」「5」の事務事業は24事業でした。",
        "4・5の事務事業は24事業でした。",
    ):
        said = read_numbers(text, KAWASAKI, **WORDS)
        assert [(n.what, n.value, n.reason) for n in said] == [("4と5の合計（4・5）", 24, "")], text


def test_digits_that_are_no_statuses_stay_as_they_were() -> None:
    """Review 80 N1: only the scale's digits in a range or list are statuses — a count's own
    range (「1～3件」), a name's numbers (「政策1～3」), a change (「4から3となった」) and a
    scale of letters keep their reading."""
    assert [n.value for n in read_numbers("1～3件の事業があります。", KAWASAKI, **WORDS)] == [3]
    names = read_numbers("政策1～3の事務事業は59事業でした。", KAWASAKI, **WORDS)
    assert all(n.what != "1から3まで（1・2・3）" for n in names)
    changed = read_numbers("達成度が4から3となった事業は5事業でした。", KAWASAKI, **WORDS)
    assert all("まで" not in n.what for n in changed)
    letters = read_numbers("Aが8取組、Bが7取組でした。", PRESETS["aichi"], project="取組")
    assert [(n.what, n.value) for n in letters] == [("A", 8), ("B", 7)]


def test_a_total_with_chuu_is_the_total_of_what_follows() -> None:
    """Review 80 N1: 「29事業中21事業がほぼ目標どおり（3）」 left 29 unread and check exited 1;
    it is 「29事業のうち21事業」."""
    said = read_numbers(
        "基本政策2では、29事業中21事業がほぼ目標どおり（3）でした。", KAWASAKI, **WORDS
    )
    assert [(n.what, n.value) for n in said] == [(TOTAL, 29), ("3", 21)]
