"""東三河県's ITプラン forms (review 186), as its 部局 clerks type them: a 基本目標 heading, a
施策 heading above each table, (1) groups of indicators ア/イ/ウ rated A–D (the aichi scale),
the 担当課 column; last year's compiled book adds a 担当部局 column. Shared by the tests of
that review's findings."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_book

HEADER = ["項目", "指標", "策定時", "前年度", "現状値", "目標値", "指標の評価", "担当課"]
LEGEND = "※指標の評価　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満"
SETTINGS = """[scale]
preset = "aichi"

[wording]
policy = "基本目標"
direction = "施策"
project = "項目"
item = "指標"
status = "指標の評価"
department = "担当課"
"""
GOALS = {
    "1": "県民の利便性を高めるデジタル行政の推進",
    "2": "暮らしと産業を支えるデジタル社会の実現",
}
MEASURES = {
    "1-1": "行政手続のオンライン化",
    "1-2": "県民サービスのデジタル化",
    "2-1": "医療のデジタル化",
}
# each rating's 現状値 against 10件 at 策定時 and a target of 40件, in the rating's range (a
# rating its figures contradict is warned of: review 186 #2)
NOW = {"A": "40件", "B": "34件", "C": "30件", "D": "12件"}
# (施策, group, indicator, this year's rating, last year's)
ROWS = (
    ("1-1", "(1) 電子申請の拡大", "ア 電子申請が可能な手続数", "B", "C"),
    ("1-1", "(1) 電子申請の拡大", "イ 電子申請の利用率", "A", "C"),
    ("1-2", "(1) キャッシュレス決済の導入", "ア キャッシュレス決済を導入した県施設数", "A", "B"),
    ("1-2", "(1) キャッシュレス決済の導入", "イ 窓口手数料のキャッシュレス決済利用率", "C", "C"),
    ("2-1", "(1) 医療のデジタル化", "ア オンライン診療に対応した医療機関の割合", "B", "C"),
    ("2-1", "(1) 医療のデジタル化", "イ 電子処方箋を導入した薬局の割合", "D", "D"),
)


def sheet_rows(*, last_year: bool = False, title: str = "") -> list[list[str]]:
    """One sheet of every 基本目標, 施策 and indicator (last year's ratings and its 担当部局
    column where ``last_year``)."""
    rows: list[list[str]] = [[title], []] if title else []
    goal = measure = group = ""
    for at, named, indicator, now, before in ROWS:
        if at[0] != goal:
            goal = at[0]
            rows.append([f"基本目標{goal}　{GOALS[goal]}"])
        if at != measure:
            if measure:
                rows.append([LEGEND])
            measure, group = at, ""
            rows.append([f"施策{at}　{MEASURES[at]}"])
            rows.append(HEADER + (["担当部局"] if last_year else []))
        if named != group:
            group = named
            rows.append([named])
        mark, name = indicator.split(" ")
        rating = before if last_year else now
        rows.append([mark, name, "10件", "20件", NOW[rating], "40件", rating, "情報政策課"]
                    + (["総務局"] if last_year else []))  # fmt: skip
    rows.append([LEGEND])
    return rows


def write_round(folder: Path, *, last_year: bool = False) -> Path:
    """This year's reply (or last year's compiled book) in ``folder``, with planeval.toml beside."""
    folder.mkdir(parents=True, exist_ok=True)
    year = "令和5年度" if last_year else "令和6年度"
    title = f"東三河県ITプラン　{year} 進捗状況調査票"
    name = "令和5年度_取りまとめ.xlsx" if last_year else "R6_進捗状況調査票_総務局.xlsx"
    return write_book(folder / name, {"進捗状況": sheet_rows(last_year=last_year, title=title)})
