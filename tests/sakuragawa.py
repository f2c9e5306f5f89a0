"""桜川市's 集中改革プラン as its 部 return it (review 154), small: one workbook per 部 stating
「部名：経済環境部」 above a table 「No. | 改革項目 | 取組内容 | 取組状況 | 課題・今後の方向性 | 所管課」,
the 改革項目 under band rows 「重点項目1　…」, statuses 目標達成 / 取組中 / 未着手 / 変更・中止 and a
再掲 row; 経済環境部 answered 令和6年度 only. The plan lists the 改革項目 under a 「No.」 column."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import write_book

TOML = """[scale]
preset = "reform_plan"

[[scale.status]]
symbol = "未着手"
label = "未着手"
after = "取組中"

[wording]
policy = "重点項目"
project = "改革項目"
item = "取組内容"
status = "取組状況"
issue = "課題・今後の方向性"
department = "所管課"
"""
FOCUS = {1: "事務事業の再編・整理", 2: "民間委託等の推進"}
# (No., 改革項目, 部, 課, 令和6年度, 令和7年度): 1-5 re-lists 2-1 under 重点項目1
ROWS = [
    ("1-1", "補助金の見直し", "総務部", "総務課", "取組中", "目標達成"),
    ("1-2", "イベント事業の統廃合", "経済環境部", "商工観光課", "未着手", "取組中"),
    ("1-3", "窓口業務の見直し", "保健福祉部", "福祉課", "未着手", "取組中"),
    ("1-4", "内部事務の電子化", "総務部", "情報政策課", "取組中", "取組中"),
    ("1-5", "学校給食調理業務の委託", "保健福祉部", "健康増進課", "再掲", "再掲"),
    ("2-1", "学校給食調理業務の委託", "保健福祉部", "健康増進課", "取組中", "取組中"),
    ("2-2", "庁舎清掃業務の委託", "総務部", "総務課", "目標達成", "目標達成"),
    ("2-3", "観光案内所の運営委託", "経済環境部", "環境課", "取組中", "目標達成"),
    ("2-4", "検診業務の委託", "保健福祉部", "介護保険課", "未着手", "未着手"),
    ("2-5", "公用車運転業務の委託", "総務部", "総務課", "変更・中止", "変更・中止"),
    ("2-6", "し尿収集業務の委託", "経済環境部", "環境課", "取組中", "取組中"),
]
HEADER = ["No.", "改革項目", "取組内容", "取組状況", "課題・今後の方向性", "所管課"]


def _content(number: str, name: str, status: str) -> str:
    return "（2-1再掲）" if status == "再掲" else f"{name}に向けた取組"


def forms(folder: Path, year: int) -> Path:
    """The 部's workbooks of 令和``year``年度 (6 or 7: 経済環境部 sent none in 7)."""
    folder.mkdir(parents=True)
    for department in dict.fromkeys(row[2] for row in ROWS):
        if year == 7 and department == "経済環境部":
            continue
        lines: list[list[object]] = [
            [f"第3次桜川市集中改革プラン　取組状況調査票（令和{year}年度）"],
            [f"部名：{department}"],
            [],
            HEADER,
        ]
        for policy, focus in FOCUS.items():
            mine = [r for r in ROWS if r[2] == department and r[0].startswith(f"{policy}-")]
            if mine:
                lines.append([f"重点項目{policy}　{focus}"])
            for number, name, _, section, *statuses in mine:
                status = statuses[year - 6]
                issue = "" if status in ("目標達成", "再掲") else "引き続き取り組む。"
                lines.append([number, name, _content(number, name, status), status, issue, section])
        lines += [[], ["※記入後、企画課行政改革推進室へ提出してください。"]]
        write_book(folder / f"R{year}_取組状況_{department}.xlsx", {"取組状況": lines})
    return folder


def plan(path: Path, number_title: str = "No.") -> Path:
    """The plan's list: 重点項目 | No. | 改革項目 | 取組内容 | 区分 | 所管部."""
    lines: list[list[object]] = [["第3次桜川市集中改革プラン　改革項目一覧"], []]
    lines.append(["重点項目", number_title, "改革項目", "取組内容", "区分", "所管部"])
    for number, name, department, _, status, _ in ROWS:
        policy = int(number.split("-")[0])
        lines.append(
            [
                f"{policy} {FOCUS[policy]}",
                number,
                name,
                _content(number, name, status),
                "再掲" if status == "再掲" else "継続",
                department,
            ]
        )
    write_book(path, {"計画": lines})
    return path


def city(tmp_path: Path, *, settings: bool = True) -> Path:
    """Both rounds' folders (回答R6, 回答R7) and, with ``settings``, planeval.toml beside."""
    forms(tmp_path / "回答R6", 6)
    forms(tmp_path / "回答R7", 7)
    if settings:
        (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return tmp_path
