"""南浜市's 集中改革プラン as its 課 return it (review 98 #2): under a heading 「基本方針1　事務事業の
見直しと効率化」, a 推進項目 line 「(1)　事務事業の再編・整理」 above each table 番号 | 取組項目 |
取組内容 | 進捗状況 | 取組状況・課題 | 担当課, its items numbered 1.1 … straight through the
基本方針. The 推進項目 lines were dropped without a word: each 基本方針 one flat table, --by
direction refused. Only 「1-1　名前」 was read; 「(1)　名前」, 「(1) 名前」, 「（1）名前」 and 「推進項目
(1)　名前」 are the direction 1-1 now, as it is; an unnumbered line is said in a notice."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.ids import id_form, name_gap
from tests.conftest import write_book
from tests.minamihama import TOML

HEADER = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
# 基本方針 → its 推進項目 → (番号, 取組項目, 進捗状況) of each row
PLAN = [
    ("事務事業の見直しと効率化", [
        ("事務事業の再編・整理", [("1.1", "市営住宅の見直し", "取組中"),
                                  ("1.2", "補助金の見直し", "目標達成")]),
        ("民間委託等の推進", [("1.3", "図書館の見直し", "未着手")]),
    ]),
    ("健全な財政運営", [
        ("歳入の確保", [("2.1", "使用料の見直し", "目標達成")]),
        ("歳出の抑制", [("2.2", "公用車の整理合理化", "取組中"),
                        ("2.3", "契約事務の効率化", "変更・中止")]),
    ]),
]  # fmt: skip
runner = CliRunner()


def _form(path: Path, line: str) -> Path:
    """The 課's form: title, 担当課, then per 基本方針 its heading and per 推進項目 ``line``
    (formatted with its number ``n`` and name) over its table, a blank row after each."""
    rows: list[list[object]] = [
        ["南浜市集中改革プラン　令和6年度 取組状況調査票"],
        ["担当課：総務課"],
        [],
    ]
    for policy, (policy_name, directions) in enumerate(PLAN, start=1):
        rows.append([f"基本方針{policy}　{policy_name}"])
        for n, (name, items) in enumerate(directions, start=1):
            rows += [[line.format(p=policy, n=n, name=name)], HEADER]
            rows += [
                [no, item, f"{item}について、段階的に実施する。", status, "検討中。", "総務課"]
                for no, item, status in items
            ]
            rows.append([])
    return write_book(path, {"進捗状況": rows})


def _run(tmp_path: Path, *args: str):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return runner.invoke(
        app, [*args, "--config", str(tmp_path / "planeval.toml")], env={"COLUMNS": "160"}
    )


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("({n})　{name}", "({n})"),
        ("({n}) {name}", "({n})"),
        ("（{n}）{name}", "（{n}）"),
        ("推進項目({n})　{name}", "({n})"),
        ("{p}-{n}　{name}", "{p}-{n}"),
    ],
)
def test_a_numbered_line_under_the_policy_heading_is_the_direction(
    tmp_path: Path, line: str, typed: str
) -> None:
    """Each 推進項目 is shown numbered as its line typed it, 「(1)」 (review 99 #7: 「1-1」), and in
    a list of every 推進項目 led by its 基本方針's number, 「1-(1)」, as the ID column beside it
    is 1-1: 「(1)」 is one of each 基本方針."""
    book = str(_form(tmp_path / "総務課.xlsx", line))
    counted = _run(tmp_path, "summarize", book, "--by", "direction", "-f", "csv", "--no-bom")
    assert counted.exit_code == 0, counted.output
    assert counted.stderr == ""
    shown = {(p, n): typed.format(p=p, n=n) for p in (1, 2) for n in (1, 2)}
    # (led in one form, 「1-(1)」 for 「（1）」 too: review 116 #10)
    listed = {
        key: "" if "-" in label else id_form(f"{key[0]}-{label}") for key, label in shown.items()
    }
    counts = csv.DictReader(io.StringIO(counted.stdout))
    assert [(r["番号"], r.get("番号（表記）", ""), r["名称"], r["目標達成"]) for r in counts] == [
        ("1-1", listed[1, 1], "事務事業の再編・整理", "1"),  # (of 1.1 取組中, 1.2 目標達成)
        ("1-2", listed[1, 2], "民間委託等の推進", "0"),
        ("2-1", listed[2, 1], "歳入の確保", "1"),
        ("2-2", listed[2, 2], "歳出の抑制", "0"),
        ("合計", "", "", "2"),
    ]  # (a column 表記 where one is typed otherwise than its ID: 「1-(1)」)
    tables = _run(tmp_path, "tables", book, "-f", "plain").stdout.splitlines()
    gap = name_gap(typed)
    assert [row for row in tables if row.startswith(("基本方針", "1-", "2-", "(", "（"))] == [
        "基本方針1 事務事業の見直しと効率化",
        f"{shown[1, 1]}{gap}事務事業の再編・整理",
        f"{shown[1, 2]}{gap}民間委託等の推進",
        "基本方針2 健全な財政運営",
        f"{shown[2, 1]}{gap}歳入の確保",
        f"{shown[2, 2]}{gap}歳出の抑制",
    ]  # (「（1）事務事業の…」 as typed, after a full-width bracket: ids.name_gap, review 125 #11)


def test_a_bracketed_line_under_no_heading_names_no_level(tmp_path: Path) -> None:
    """A 「(1) …」 line with no policy heading above it is no direction (nothing to number it
    under): the rows are counted as before, by their own numbers."""
    rows: list[list[object]] = [["(1)　事務事業の再編・整理"], HEADER]
    rows.append(["1.1", "市営住宅の見直し", "市営住宅の見直しについて。", "取組中", "", "総務課"])
    book = str(write_book(tmp_path / "総務課.xlsx", {"進捗状況": rows}))
    refused = _run(tmp_path, "summarize", book, "--by", "direction")
    assert refused.exit_code == 2
    assert "読み込んだ表にはその段がありません" in refused.stderr
    assert _run(tmp_path, "summarize", book).exit_code == 0


def test_an_unnumbered_line_above_each_table_is_said_with_the_numbering_that_reads_it(
    tmp_path: Path,
) -> None:
    book = str(_form(tmp_path / "総務課.xlsx", "{name}"))
    counted = _run(tmp_path, "summarize", book, "-f", "csv", "--no-bom")
    assert counted.exit_code == 0, counted.output
    assert counted.stderr.splitlines() == [
        f"お知らせ: {book} › 進捗状況 › A5: 表の上の行 「事務事業の再編・整理」（A5）、"
        "「民間委託等の推進」（A10）、「歳入の確保」（A15）ほか 1 行は、番号がないため"
        "基本方針の下の段として読んでいません（その下の表の行は基本方針ごとにまとめて数えて"
        "います）（基本方針の下の段として読むなら、「(1)　事務事業の再編・整理」や"
        "「1-1　事務事業の再編・整理」のように番号を付けてください）",
        "お知らせ 1 件",
    ]
    # (the counts as they were: each 基本方針's rows under it)
    assert [row.split(",")[:3] for row in counted.stdout.splitlines()[1:]] == [
        ["1", "事務事業の見直しと効率化", "1"],
        ["2", "健全な財政運営", "1"],
        ["合計", "", "2"],
    ]
