"""東群馬県's forms (review 207): above each table a 基本目標 heading and a 施策 heading typed
「施策 (1) 行政手続のオンライン化」 — 「施策（2）…」 in full width, 「施策(1)」 with no space —, two
施策 of one 基本目標 in one 部局's sheet, under each its groups 「(1) 名前」 with ア, イ rated.

#1: only the sheet's first 施策 heading was read: the second, under the first table, was read as
a group row of it, its rows counted under the first 施策 (1-(1) 28 for 14 and 14), 「4-4-1 施策
(1) …」 as an ID, the export's 施策 sections repeated table by table. Each such heading is now
the 施策 it numbers under its 基本目標 (1-(1), 1-(2)), its groups listed 「1-(1)-(1)」.
#2: the 施策 2-(2) no 部局 answered was absorbed by the misreading, and is now said (as
「施策 2-(2)」 in a flat list, never 「施策(2)」 nor 「2-（2）」).
#5: a group typed in full, 「1-2-(1) 地域情報化の推進」 under 「施策1-2」, was listed 「1-2-1-2-(1)」."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["項目", "指標", "現状値", "目標値", "指標の評価"]
# (the [wording] the first run offers for them, pasted: review 207's planeval.toml)
CONFIG = """[scale]
preset = "gunma"

[wording]
preset = "gunma"
policy = "基本目標"
direction = "施策"
project = "項目"
item = "指標"
status = "指標の評価"
"""
# each 部局's sheet: its lines above the tables (a heading) and its groups, each (its line,
# [(mark, indicator, rating)])
Sheet = list[tuple[str, list[tuple[str, list[tuple[str, str, str]]]]]]
BRACKETED: dict[str, Sheet] = {
    "総務部": [
        ("基本目標1　県民の利便性を高めるデジタル化", []),
        ("施策 (1) 行政手続のオンライン化", [
            ("(1) 電子申請の拡大", [("ア", "電子申請の件数", "前進B"), ("イ", "手続数", "横ばいC")]),
            ("(2) カードの利活用", [("ア", "交付率", "達成A")]),
        ]),
        ("施策（2）地域のデジタル活用", [
            ("(1) 地域情報化の推進", [
                ("ア", "アクセスポイント数", "横ばいC"),
                ("イ", "オープンデータ件数", "達成A"),
                ("ウ", "適合率", "後退D"),
            ]),
        ]),
    ],
    "企画部": [
        ("基本目標2　産業とまちのデジタル化", []),
        ("施策（1） 中小企業のDX支援", [("2-1-(1) DXの普及啓発", [("ア", "セミナー参加数", "前進B")])]),
        ("施策(3)農林業のスマート化", [
            ("2-3-(1) スマート農業の推進", [("ア", "導入経営体数", "達成A"), ("イ", "研修数", "前進B")]),
        ]),
    ],
}  # fmt: skip
# the same rows, the 施策 headings 「施策1-2　…」: 企画部's groups typed in full (#5)
WORDED: dict[str, Sheet] = {
    "総務部": [
        ("基本目標1　県民の利便性を高めるデジタル化", []),
        ("施策1-1　行政手続のオンライン化", BRACKETED["総務部"][1][1]),
        ("施策1-3　健康・医療のデジタル化", [("(1) 医療情報の連携", [("ア", "参加機関数", "前進B")])]),
    ],
    "企画部": [
        ("基本目標1　県民の利便性を高めるデジタル化", []),
        ("施策1-2　地域のデジタル活用", [
            ("1-2-(1) 地域情報化の推進", [("ア", "アクセスポイント数", "横ばいC")]),
            ("1-2-(2) デジタルデバイド対策", [("ア", "スマホ教室の回数", "達成A")]),
        ]),
    ],
}  # fmt: skip


def _forms(folder: Path, sheets: dict[str, Sheet], year: int = 6) -> Path:
    """One workbook per 部局 of 令和 ``year``, each line above a table in column A, its header
    row under each 施策 heading, and planeval.toml naming the gunma preset."""
    folder.mkdir()
    for department, lines in sheets.items():
        rows: list[list[object]] = [[f"令和{year}年度 進捗状況調査票（{department}）"], []]
        for heading, groups in lines:
            rows += [[heading], HEADER] if groups else [[heading]]
            for group, items in groups:
                rows.append([group])
                rows += [[mark, name, 10, 20, rating] for mark, name, rating in items]
        write_book(folder / f"R{year}_進捗状況_{department}.xlsx", {"進捗状況": rows})
    (folder / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    return folder


def _run(command: str, folder: str, *args: str, said: list[str] | None = None) -> list[str]:
    """The lines of a command's output, each run of spaces one; its messages ``said``."""
    config = ["--config", f"{folder}/planeval.toml"]
    result = CliRunner().invoke(app, [command, folder, *config, *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    if said is not None:
        assert result.stderr.splitlines() == said
    return [" ".join(line.split()) for line in result.stdout.splitlines()]


def test_each_bracketed_heading_is_its_own_measure_under_its_goal(tmp_path: Path) -> None:
    """#1, #2: each 施策 heading, 「施策 (1)」, 「施策（2）」 and 「施策(3)」 alike, starts a 施策 of
    its own, even the second in one sheet, numbered under its 基本目標; its groups listed led by
    it; the 施策 no 部局 answered named as the table numbers it."""
    folder = str(_forms(tmp_path / "R6回答", BRACKETED))
    # (the one warning: no false 「同じ番号の指標が多くのファイルで…」 of misread rows, #3)
    gap = (
        f"警告: {folder}: 施策 2-(2) の行がどのファイルにもありません（2-(1)・2-(3) はあります）"
        "（その施策を受け持つ部署の回答が届いているか確かめてください。計画の一覧があれば validate"
        " --plan で提出状況が分かります。計画がないと、番号の最後の行がそろって抜けていても分かりません）"
    )
    direction = _run(
        "summarize", folder, "--by", "direction", "-f", "plain", said=[gap, "警告 1 件"]
    )
    assert direction[1:] == [
        "番号 名称 A B C D 計",
        "1-(1) 行政手続のオンライン化 1 1 1 0 3",
        "1-(2) 地域のデジタル活用 1 0 1 1 3",
        "2-(1) 中小企業のDX支援 0 1 0 0 1",
        "2-(3) 農林業のスマート化 1 1 0 0 2",
        "合計 3 3 2 1 9",
        "",
        "凡例：達成A ／ 前進B ／ 横ばいC ／ 後退D",
        "施策 2-(2) は報告がなかったため、集計に含めていません。",
    ]
    assert _run("summarize", folder, "--by", "project", "-f", "plain")[1:] == [
        "番号 名称 A B C D 計",
        "1-(1)-(1) 電子申請の拡大 0 1 1 0 2",
        "1-(1)-(2) カードの利活用 1 0 0 0 1",
        "1-(2)-(1) 地域情報化の推進 1 0 1 1 3",
        "2-1-(1) DXの普及啓発 0 1 0 0 1",
        "2-3-(1) スマート農業の推進 1 1 0 0 2",
        "合計 3 3 2 1 9",
        "",
        "凡例：達成A ／ 前進B ／ 横ばいC ／ 後退D",
        "施策 2-(2) は報告がなかったため、集計に含めていません。",
    ]


def test_the_export_has_one_section_per_measure(tmp_path: Path) -> None:
    """#1: the export's Chapter 3 has one section per 施策, under its 基本目標, each as typed."""
    folder = _forms(tmp_path / "R6回答", BRACKETED)
    md = tmp_path / "報告.md"
    _run("export", str(folder), "--fiscal-year", "令和6", "--md", str(md))
    lines = md.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith(("## 基本目標", "### "))] == [
        "## 基本目標1 県民の利便性を高めるデジタル化",
        "### 施策(1) 行政手続のオンライン化",
        "### 施策（2） 地域のデジタル活用",  # (as typed)
        "## 基本目標2 産業とまちのデジタル化",
        "### 施策（1） 中小企業のDX支援",
        "### 施策(3) 農林業のスマート化",
    ]
    said = "このほか、施策(2) は報告がなかったため、評価に含めていません。"
    assert sum(said in line for line in lines) == 1


def test_a_group_typed_in_full_is_not_led_by_its_measure_again(tmp_path: Path) -> None:
    """#5: 「1-2-(1) 地域情報化の推進」 under 「施策1-2」 is listed 1-2-(1), not 1-2-1-2-(1)."""
    folder = str(_forms(tmp_path / "R6_control", WORDED))
    assert _run("summarize", folder, "--by", "project", "-f", "plain")[1:] == [
        "番号 名称 A B C D 計",
        "1-1-(1) 電子申請の拡大 0 1 1 0 2",
        "1-1-(2) カードの利活用 1 0 0 0 1",
        "1-2-(1) 地域情報化の推進 0 0 1 0 1",
        "1-2-(2) デジタルデバイド対策 1 0 0 0 1",
        "1-3-(1) 医療情報の連携 0 1 0 0 1",
        "合計 2 2 2 0 6",
        "",
        "凡例：達成A ／ 前進B ／ 横ばいC ／ 後退D",
    ]
