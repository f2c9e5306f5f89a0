"""`--by item`: a prefecture's or a survey's one form answered by many bodies, counted per item
over the bodies (「書かない窓口を実施した団体は21団体」); one body's read, per item as it lists them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
NAMES = ["書かない窓口", "オンライン申請", "キャッシュレス決済"]


def _body(path: Path, statuses: list[str]) -> Path:
    rows: list[list[str]] = [["情報化政策1 窓口"], HEADER]
    for n, (name, status) in enumerate(zip(NAMES, statuses, strict=True), start=1):
        rows.append(["1-1-1 窓口改革" if n == 1 else "", f"({n}) {name}", status, ""])
    return write_book(path, {"第3章": rows})


def test_each_item_counted_over_the_bodies_answering_the_form(tmp_path: Path) -> None:
    answers = {"青葉市": ["○", "△", "×"], "緑町": ["○", "○", "△"], "山田村": ["◎", "×", "○"]}
    for body, statuses in answers.items():
        _body(tmp_path / f"{body}.xlsx", statuses)
    result = planeval.read_workbooks(sorted(tmp_path.glob("*.xlsx")), bodies="file")
    assert not result.problems
    summary = planeval.summarize(result.entries, by="item")
    assert [(g.name, g.body) for g in summary.groups] == [(name, "") for name in NAMES]
    for n, group in enumerate(summary.groups):
        expected = {s: [a[n] for a in answers.values()].count(s) for s in "◎○△×"}
        assert dict(group.count.counts) == expected
    assert summary.total.total == 9


def test_the_command_line_lists_items_in_their_numbers_order(tmp_path: Path) -> None:
    """Items numbered ① … ⑪ in the order of their numbers, ⑩ and ⑪ after ②, whichever file
    lists one first."""
    rows: list[list[str]] = [["情報化政策1 窓口"], HEADER]
    numbers = "①②③④⑤⑥⑦⑧⑨⑩⑪"
    for n in [10, 11, *range(1, 10)]:
        project = "1-1-1 窓口改革" if n == 10 else ""
        rows.append([project, f"{numbers[n - 1]} 取組{n}", "○" if n % 2 else "△", ""])
    write_book(tmp_path / "回答.xlsx", {"第3章": rows})
    run = CliRunner().invoke(app, ["summarize", str(tmp_path), "--by", "item", "-f", "json"])
    assert run.exit_code == 0, run.output
    groups = json.loads(run.stdout)["groups"]
    assert [g["id"] for g in groups] == [f"1-1-1{numbers[n]}" for n in range(11)]
    assert [g["counts"]["○"] for g in groups] == [n % 2 for n in range(1, 12)]


def test_a_common_form_s_items_are_added_over_the_bodies_in_silence(tmp_path: Path) -> None:
    for body, statuses in {"青葉市": ["○", "△", "×"], "緑町": ["○", "○", "△"]}.items():
        _body(tmp_path / f"{body}.xlsx", statuses)
    summary, result = planeval.summarize_workbooks([tmp_path], by="item", bodies="file")
    assert [group.name for group in summary.groups] == NAMES
    assert not result.problems


def test_bodies_each_numbering_their_own_plan_are_warned_of_by_item(tmp_path: Path) -> None:
    """Review 104 #4: a prefecture's --by item over bodies that each number their own plan from
    1-1-1 added 22 bodies' different KPIs into one 1-1-1 row, its name blank, with no word."""
    own = {
        "青葉市": ["書かない窓口", "電子契約", "公衆Wi-Fi"],
        "緑町": ["電子契約", "RPA導入", "公衆Wi-Fi"],
    }
    for body, names in own.items():
        rows: list[list[str]] = [["情報化政策1 窓口"], HEADER]
        for n, name in enumerate(names, start=1):
            rows.append(["1-1-1 窓口改革" if n == 1 else "", f"({n}) {name}", "○", ""])
        write_book(tmp_path / f"{body}.xlsx", {"第3章": rows})
    run = CliRunner().invoke(
        app,
        ["summarize", str(tmp_path), "--bodies", "file", "--by", "item"],
        env={"COLUMNS": "400"},
    )
    assert run.exit_code == 0, run.output
    assert (
        f"警告: {tmp_path}: 実施内容別の表の 3 行のうち 2 行（1-1-1(1)、1-1-1(2)）は、団体によって"
        "名前の違う実施内容を同じ番号の行に足し合わせています: 1-1-1(1) は 「電子契約」（緑町）、"
        "「書かない窓口」（青葉市）（団体ごとに自分の計画で番号を付けているなら、番号が同じでも別の実施内容"
        "です。団体ごとの件数は --by body（団体別）か --by body-policy（団体ごとの情報化政策別）で"
        "見てください。同じ実施内容なら、ブックの名前をそろえてください）"
    ) in run.stderr.replace("\n", "")
    # -q shows it too (its rows are no item each: review 122 #8); -qq hides it, counted
    arguments = ["summarize", str(tmp_path), "--bodies", "file", "--by", "item"]
    quiet = CliRunner().invoke(app, [*arguments, "-q"], env={"COLUMNS": "400"})
    assert "名前の違う実施内容を同じ番号の行に足し合わせています" in quiet.stderr
    quieter = CliRunner().invoke(app, [*arguments, "-qq"], env={"COLUMNS": "400"})
    assert "足し合わせて" not in quieter.stderr and "警告 1 件" in quieter.stderr
