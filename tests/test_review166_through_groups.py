"""上毛県's 進捗状況調査票 (review 166): headings at two levels, 「基本目標2　…」 over 「施策3　…」
(the 施策 numbered straight through the plan), group rows 「(1)　名称」 merged and unrated over
rated ア, イ — the groups numbered on through each 基本目標 across its 施策 (施策3 holds (1)–(3),
施策4 (4), (5)), not anew under each. 農政部, whose 2-(3) is, never answered.

#1: the gap was said as 「2-4-(1)・2-4-(2)・2-4-(3)」 (施策4's, which is whole), the real one not;
#2: with the plan (事業番号 「2-(1)」 over ア, イ) every row was 「番号が計画と違います（計画では
「1-1ア」…）」 and nothing counted; #3 (the lines above 施策5's two tables, dropped unsaid) is
test_review166_sub_headings.py's."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

runner = CliRunner()

CONFIG = """[scale]
preset = "gunma"

[wording]
title = "上毛県情報化推進計画 進捗状況"
policy = "基本目標"
direction = "施策"
project = "項目"
item = "指標"
status = "指標の評価"
department = "所管部局"
status_cell = "{label}{symbol}"
"""
GOALS = {1: "暮らしを便利にする", 2: "地域の活力を高める", 3: "人と行政をつくる"}
MEASURES = {1: (1, "行政手続のデジタル化"), 2: (1, "暮らしのデジタルサービス"),
            3: (2, "産業のデジタル化"), 4: (2, "地域のデジタル基盤"), 5: (3, "デジタル人材の育成")}  # fmt: skip
HEADER = [
    "項目",
    "指標",
    "策定時\n（R2）",
    "現状値\n（R6）",
    "目標値\n（R7）",
    "指標の評価\n（A～D）",
]
LINES = ("正しく安全にICTを利活用できる人づくり", "ICTを活用した学びの充実")
# (施策, group number, group name, 部局, the line above its table, [(mark, indicator, rating)])
GROUPS: list[Group] = [
    (1, 1, "オンライン化", "総務部", None, [("ア", "電子申請の割合", "前進B"), ("イ", "電子申請の件数", "達成A")]),
    (1, 2, "キャッシュレス化", "総務部", None, [("ア", "窓口数", "後退D"), ("イ", "電子納付の割合", "前進B")]),
    (2, 3, "医療のデジタル化", "健康福祉部", None, [("ア", "診療機関数", "達成Ａ")]),
    (3, 1, "中小企業のDX", "産業経済部", None, [("ア", "計画策定企業数", "前進B"), ("イ", "相談件数", "横ばい C")]),
    (3, 2, "観光のデジタル化", "産業経済部", None, [("ア", "閲覧数", "横ばい")]),
    (3, 3, "スマート農業", "農政部", None, [("ア", "導入経営体数", "前進B"), ("イ", "農地情報の割合", "達成A")]),
    (4, 4, "通信環境の整備", "地域創生部", None, [("ア", "光ファイバ整備率", "前進B"), ("イ", "5Gカバー率", "達成A")]),
    (4, 5, "地域交通", "県土整備部", None, [("ア", "バスロケ導入率", "Ｃ")]),
    (4, 6, "インフラ管理", "県土整備部", None, [("ア", "点検の電子化率", "前進Ｂ")]),
    (4, 7, "道路情報", "県土整備部", None, [("ア", "情報板の数", "達成A")]),
    (5, 1, "情報モラル教育", "教育委員会事務局", LINES[0], [("ア", "研修実施校の割合", "前進B")]),
    (5, 2, "1人1台端末の活用", "教育委員会事務局", LINES[1], [("ア", "毎日活用する学校", "Ｄ"), ("イ", "導入校の割合", "達成A")]),
]  # fmt: skip
LATE = "農政部"
Group = tuple[int, int, str, str, str | None, list[tuple[str, str, str]]]
SYMBOLS = {
    "A": "A",
    "Ａ": "A",
    "B": "B",
    "Ｂ": "B",
    "C": "C",
    "Ｃ": "C",
    "い": "C",
    "D": "D",
    "Ｄ": "D",
}


def _form(path: Path, department: str, groups: list[Group] | None = None) -> Path:
    """One 部局's sheet as build.py of review 166 makes it: title and note merged, then for each
    of its groups the 基本目標 and 施策 headings where they change, the line above the table
    (教育委員会's), the header, the group row merged A:F and its rated rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet.append([f"令和６年度 上毛県情報化推進計画 進捗状況調査票（{department}）"])
    sheet.merge_cells("A1:F1")
    sheet.append(
        ["※指標の評価は A：達成、B：前進、C：横ばい、D：後退 のいずれかを記入してください。"]
    )
    sheet.merge_cells("A2:F2")
    goal_then = measure_then = None
    for measure, number, name, owner, line, rows in GROUPS if groups is None else groups:
        if owner != department:
            continue
        goal = MEASURES[measure][0]
        sheet.append([])
        if goal != goal_then:
            sheet.append([f"基本目標{goal}　{GOALS[goal]}"])
            goal_then, measure_then = goal, None
        if measure != measure_then:
            sheet.append([f"施策{measure}　{MEASURES[measure][1]}"])
            measure_then = measure
        if line:
            sheet.append([line])
        sheet.append(HEADER)
        sheet.append([f"({number})　{name}"])
        sheet.merge_cells(
            start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=6
        )
        for mark, indicator, rating in rows:
            sheet.append([mark, indicator, "10%", "50%", "100%", rating])
    book.save(path)
    return path


def _forms(tmp_path: Path) -> Path:
    folder = tmp_path / "回答"
    folder.mkdir()
    owners = dict.fromkeys(group[3] for group in GROUPS)
    for index, department in enumerate(owners, 1):
        if department != LATE:
            _form(folder / f"{index:02d}_{department}_進捗状況.xlsx", department)
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    return folder


def _plan(tmp_path: Path) -> Path:
    """The README's tidy plan of two levels: 事業番号 「2-(1)」 over items ア, イ, its 施策 a
    column the plan does not number."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画"
    sheet.append(["上毛県情報化推進計画 指標一覧"])
    sheet.append(["基本目標", "施策", "事業番号", "項目", "番号", "指標", "所管部局"])
    for measure, number, name, owner, _line, rows in GROUPS:
        goal = MEASURES[measure][0]
        for mark, indicator, _rating in rows:
            sheet.append([f"{goal} {GOALS[goal]}", f"施策{measure} {MEASURES[measure][1]}",
                          f"{goal}-({number})", name, mark, indicator, owner])  # fmt: skip
    book.save(tmp_path / "計画.xlsx")
    return tmp_path / "計画.xlsx"


def _counted() -> Counter[str]:
    """The ratings of the rows sent (農政部's not): what a right count holds."""
    return Counter(
        SYMBOLS[rating[-1] if rating[-1] in SYMBOLS else rating[0]]
        for _measure, _number, _name, owner, _line, rows in GROUPS
        if owner != LATE
        for _mark, _indicator, rating in rows
    )


def _run(tmp_path: Path, *args: str):
    return runner.invoke(
        app,
        [*args, "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "200"},
    )


def test_the_gap_is_said_in_the_numbering_the_groups_carry_on_in(tmp_path: Path) -> None:
    """#1: 施策4 holds (4)–(7), numbered on from 施策3's: no gap of 施策4's (「2-4-(1)・2-4-(2)・
    2-4-(3)」 said before, and written under the export's 集計); the one group
    missing, 農政部's (3), is said as the tables print it under its 基本目標, 2-(3)."""
    forms = _forms(tmp_path)
    result = _run(tmp_path, "summarize", str(forms))
    assert result.exit_code == 0, result.output
    assert (
        "項目 2-(3) の行がどのファイルにもありません（2-(1)・2-(2)・2-(4)・2-(5)・2-(6)・2-(7) はあります）"
        in (result.output)
    )
    assert "2-4-(" not in result.output and "2-3-(" not in result.output
    out = tmp_path / "報告.md"
    result = _run(tmp_path, "export", str(forms), "--md", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "基本目標2 の項目(3) は報告がなかったため、集計に含めていません。" in text
    assert "2-4-(" not in text


def test_groups_numbered_anew_under_each_measure_keep_their_measure(tmp_path: Path) -> None:
    """Where each 施策 numbers its groups from (1) again (施策3's (1), (3) and 施策4's (1), (2)),
    a gap is still the 施策's: 2-3-(2)."""
    forms = _forms(tmp_path)
    for path in forms.glob("*.xlsx"):
        path.unlink()
    groups: list[Group] = [
        (3, 1, "中小企業のDX", "産業経済部", None, [("ア", "計画策定企業数", "前進B")]),
        (3, 2, "観光のデジタル化", "農政部", None, [("ア", "閲覧数", "横ばい")]),
        (3, 3, "スマート農業", "産業経済部", None, [("ア", "導入経営体数", "前進B")]),
        (4, 1, "通信環境の整備", "地域創生部", None, [("ア", "光ファイバ整備率", "前進B")]),
        (4, 2, "地域交通", "県土整備部", None, [("ア", "バスロケ導入率", "Ｃ")]),
    ]  # fmt: skip
    for index, department in enumerate(("産業経済部", "地域創生部", "県土整備部"), 1):
        _form(forms / f"{index:02d}_{department}.xlsx", department, groups)
    result = _run(tmp_path, "summarize", str(forms))
    assert "項目 2-3-(2) の行がどのファイルにもありません" in result.output, result.output


def test_the_plan_of_two_levels_pairs_with_groups_under_measure_headings(tmp_path: Path) -> None:
    """#2: the form's (1)ア under 基本目標1's 施策1 is the plan's 1-(1)ア: no row said
    misnumbered, every row sent counted, and 農政部 named 未提出 — never told to renumber."""
    forms, plan = _forms(tmp_path), _plan(tmp_path)
    result = _run(tmp_path, "validate", str(forms), "--plan", str(plan))
    assert "エラー" not in result.output and "番号が計画と違います" not in result.output
    assert "農政部の回答がどのファイルにもありません（未提出）" in result.output
    assert "記入誤り" not in result.output
    result = _run(tmp_path, "summarize", str(forms), "--plan", str(plan), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    total = summary["total"]
    counted = _counted()
    assert total["counts"] == {symbol: counted[symbol] for symbol in "ABCD"}, total
