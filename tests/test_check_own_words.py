"""Sentences whose own words say what a number counts (review 20 F6, F8): last year's share
beside this year's, one number for each of several statuses, a total that leaves out a
status it names, and numbers that count no rows of this round (a change, last year's), which
are listed and fail nothing."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.agreement import check
from planeval.cli import app
from planeval.model import Location, TextCell
from planeval.presets import PRESETS
from planeval.stated_number import TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import rated_entries, write_book

NAGOYA = PRESETS["nagoya"]
HIRAKATA = PRESETS["hirakata"]
HAMAMATSU = PRESETS["hamamatsu"]


def cells(*texts: str) -> list[TextCell]:
    return [TextCell(Location("報告書.md", None, f"{i + 1}行目"), t) for i, t in enumerate(texts)]


def test_last_year_s_share_is_said_and_this_year_s_is_compared() -> None:
    """守山区: 「Aの割合は、前年度の61.3%から68.2%に上がりました」 — 68.2 is A's share this
    year (43 of 63), 61.3 last year's: not 「何の割合か読み取れません」 twice."""
    last, this = read_numbers("Aの割合は、前年度の61.3%から68.2%に上がりました。", NAGOYA)
    assert (last.what, last.value, last.settled) == ("A", 61.3, True)
    assert last.reason == "前年度の割合なので、今回の行とは比べません"
    assert (this.what, this.value, this.reason) == ("A", 68.2, "")
    rows = rated_entries({"1": {"A": 43, "B": 9, "C": 7, "D": 2, "-": 2}})
    said = "Aの割合は、前年度の61.3%から{}%に上がりました。"
    (wrong,) = check(cells(said.format(70.5)), rows, scale=NAGOYA).disagreements
    assert (wrong.what, wrong.stated, wrong.counted) == ("A", 70.5, 68.2)
    agreed = check(cells(said.format(68.2)), rows, scale=NAGOYA)
    assert agreed.agrees and agreed.compared == 1 and agreed.not_compared[0].settled
    (count,) = read_numbers("Aは、前年度の38事業から43事業に増えました。", NAGOYA)[1:]
    assert (count.what, count.value, count.reason) == ("A", 43, "")


def test_one_number_for_each_of_the_statuses_listed() -> None:
    """枚方市: 「…(C)・…(D)・…(E)がそれぞれ1個」 states C, D and E one each."""
    text = (
        "効果的なもの(A)が 3個、おおむね効果的なもの(B)が4個、改善に向けた検討を要するもの(C)・"
        "課題の検証を要するもの(D)・抜本的な見直しを要するもの(E)がそれぞれ1個で、"
        "Aの割合は30.0％でした。"
    )
    numbers = read_numbers(text, HIRAKATA)
    assert [(n.what, n.value) for n in numbers if not n.percent] == [
        ("A", 3),
        ("B", 4),
        ("C", 1),
        ("D", 1),
        ("E", 1),
    ]
    rows = rated_entries({"3": {"A": 3, "B": 4, "C": 1, "D": 1, "E": 1}})
    assert check(cells("基本目標3", text), rows, scale=HIRAKATA, level="基本目標").agrees
    rows = rated_entries({"3": {"A": 3, "B": 4, "C": 1, "D": 2, "E": 1}})
    result = check(cells("基本目標3", text), rows, scale=HIRAKATA)
    assert [(d.what, d.stated, d.counted) for d in result.disagreements if not d.percent] == [
        ("D", 1, 2)
    ]
    # (a number each, in the statuses' order: 「(C)・(D) がそれぞれ 3個、1個」 was C 3 and D 3,
    # and 1 unread — review 54)
    numbers = read_numbers("(C)・(D) がそれぞれ 3個、1個でした。", HIRAKATA)
    assert [(n.what, n.value, n.reason) for n in numbers] == [("C", 3, ""), ("D", 1, "")]


HAMAMATSU_TEXT = (
    "22指標のうち、Aが9指標、Bが7指標、Cが4指標、Dが2指標でした。",
    "評価できない（D）2指標を除く20指標のうち、目標を達成したAは9指標（45.0%）でした。",
    "前年度と比べ、Aは4指標増加し、Dは1指標減少しました。",
)


def test_a_total_that_leaves_out_a_status_it_names_is_compared_with_the_rest() -> None:
    """浜松市: D (評価できない) is counted in the 22, and the sentence itself takes it out:
    20 is 22 − 2, 45.0% is 9 of 20 (not 20 vs 22 and 45.0 vs 40.9)."""
    rows = rated_entries({"1": {"A": 9, "B": 7, "C": 4, "D": 2}})
    result = check(cells(*HAMAMATSU_TEXT), rows, scale=HAMAMATSU)
    assert not result.disagreements and result.agrees
    excluded = [n for s in result.statements for n in s.numbers if n.excluding]
    assert [(n.what, n.value) for n in excluded] == [(TOTAL, 20), ("A", 45.0)]
    assert all(n.settled for n in result.not_compared) and len(result.not_compared) == 2
    assert result.verdict() == (
        "3 段落の記載件数はすべて集計と一致しています"
        "（前年度の数・増減・印のない内訳など、行から数えられない数 2 件は比べていません）。"
        "前年度の数と増減は、前年度の回答を --previous で渡すと照合します"
    )
    # (a wrong share of the rest is still said, against 9 of 20)
    wrong = HAMAMATSU_TEXT[1].replace("45.0", "40.9")
    (d,) = check(cells(wrong), rows, scale=HAMAMATSU).disagreements
    assert (d.what, d.stated, d.counted) == ("A", 40.9, 45.0)


def test_a_report_with_only_changes_beside_its_counts_exits_0(tmp_path: Path) -> None:
    """A number whose words say it is a change is listed (with why), and fails nothing."""
    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    path = write_book(
        tmp_path / "status.xlsx",
        {"第3章": [header, ["1-1-1 事業", "① 項目", "○", ""], ["", "② 項目", "△", "遅れ"]]},
    )
    report = tmp_path / "report.txt"
    report.write_text(
        "計画全体では、計画どおり実施1件、内容を一部修正して実施1件でした。"
        "前年度と比べ、計画どおり実施は1件増加しました。",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["check", str(path), "--text", str(report)], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.stdout
    assert "増減の数は件数ではないので比べません" in result.stdout
    assert result.stdout.rstrip().endswith(
        "行から数えられない数 1 件は比べていません）。"
        "前年度の数と増減は、前年度の回答を --previous で渡すと照合します"
    )
