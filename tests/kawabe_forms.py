"""川辺市's 行政改革大綱 実施計画 (review 141): each 課's form 改革の柱 | 推進項目 | 取組項目 |
実施状況 ※必須 | 達成度（3段階） | 取組み状況・課題 | 担当課, one column per level, the 柱
numbered Ⅰ, the 推進項目 1-1 and the 取組項目 1-1-(1), a 再掲 「再掲」 in both; two scales on the
same rows; and the plan list 改革の柱 | 推進項目 | 取組項目 | 担当課 the forms are made from."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_book

FORM_TITLES = ["改革の柱", "推進項目", "取組項目", "実施状況 ※必須", "達成度（3段階）", "取組み状況・課題", "担当課"]  # fmt: skip
POLICIES = {"Ⅰ": "市民サービスの向上", "Ⅱ": "効率的な行政運営"}
PROJECTS = {"1-1": "窓口サービスの充実", "1-2": "行政手続のオンライン化", "2-1": "組織・人材マネジメント"}  # fmt: skip
# (ID, name, 課, 実施状況, 達成度, 取組み状況・課題)
ITEMS = [
    ("1-1-(1)", "窓口の一本化", "市民課", "完了", "達成", ""),
    ("1-1-(2)", "書かない窓口の導入", "市民課", "取組中", "一部達成", "システム改修が遅れた。"),
    ("1-2-(1)", "電子申請の拡充", "情報政策課", "完了", "達成", ""),
    ("1-2-(2)", "キャッシュレス決済", "情報政策課", "未着手", "未達成", "予算化できなかった。"),
    ("1-2-(3)", "窓口の一本化（1-1-(1)再掲）", "情報政策課", "再掲", "再掲", ""),
    ("2-1-(1)", "人事評価制度の改善", "人事課", "完了", "一部達成", ""),
]
# the settings of the 実施状況 scale, as the clerk writes them after the first run
SETTINGS = """[scale]
preset = "progress"

[[scale.status]]
symbol = "再掲"
label = "再掲"
counted = false

[layout]
status_column = "実施状況"
{titles}
[wording]
policy = "改革の柱"
project = "推進項目"
item = "取組項目"
status = "実施状況"
"""


def _row(item: tuple[str, ...]) -> list[object]:
    number, name, department, progress, achievement, issue = item
    policy = "ⅠⅡ"[int(number[0]) - 1]
    return [
        f"{policy}　{POLICIES[policy]}",
        f"{number[:3]}　{PROJECTS[number[:3]]}",
        f"{number}　{name}",
        progress,
        achievement,
        issue,
        department,
    ]


def kawabe_forms(folder: Path, *, status_titles: tuple[str, str] | None = None) -> Path:
    """Each 課's returned form in ``folder``; ``status_titles`` (実施状況's, 達成度's) as the
    課 titles them, FORM_TITLES' by default."""
    folder.mkdir(exist_ok=True)
    titles = list(FORM_TITLES)
    if status_titles:
        titles[3:5] = status_titles
    for department in dict.fromkeys(item[2] for item in ITEMS):
        rows = [_row(item) for item in ITEMS if item[2] == department]
        sheet = [
            ["第5次川辺市行政改革大綱 実施計画　取組項目の進捗状況（令和7年度）"],
            [f"担当課：{department}"],
            [],
            titles,
            *rows,
        ]
        write_book(folder / f"{department}.xlsx", {"進捗状況": sheet})
    return folder


def kawabe_plan(path: Path) -> Path:
    """The plan list the forms are made from."""
    rows: list[list[object]] = [
        ["第5次川辺市行政改革大綱 実施計画（令和6年度～令和9年度）取組項目一覧"],
        [],
        ["改革の柱", "推進項目", "取組項目", "担当課"],
    ]
    rows += [[*_row(item)[:3], item[2]] for item in ITEMS]
    return write_book(path, {"取組項目一覧": rows})
