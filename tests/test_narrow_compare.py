"""compare at 40 columns (review 31 #12): each value with its label. A count table whose
policies have no names had its first status's column given beside the ID unlabelled (「ID 1
2 → 1（▲1）」, read as the ID's), and 「前回」 was folded 「前／回」 in a box."""

from __future__ import annotations

import io

from rich.console import Console
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.render import TableData
from planeval.report.terminal import write_rich
from tests.test_console_tables import SEED, later_round  # noqa: F401  (the fixture)


def _printed(table: TableData, width: int) -> list[str]:
    out = io.StringIO()
    write_rich([table], Console(file=out, width=width, color_system=None))
    return [line.rstrip() for line in out.getvalue().splitlines()]


def test_an_unnamed_policy_s_first_count_keeps_its_label() -> None:
    # (as changed_counts.count_change_table builds it for policies without names: no 名称 column)
    table = TableData(
        "基本目標別の件数の変化",
        ("番号", "A", "B", "計"),
        [
            ["1", "2 → 1（▲1）", "5 → 7（+2）", "7 → 8（+1）"],
            ["合計", "2 → 1（▲1）", "5 → 7（+2）", "7 → 8（+1）"],
        ],
        short=("", "", "", ""),
    )
    assert _printed(table, 20) == [
        "基本目標別の件数の",
        "    変化",
        "番号 1",
        "  A 2 → 1（▲1）",
        "  B 5 → 7（+2）",
        "  計 7 → 8（+1）",
        "合計",
        "  A 2 → 1（▲1）",
        "  B 5 → 7（+2）",
        "  計 7 → 8（+1）",
    ]


def test_a_named_policy_and_an_item_keep_their_names_beside_the_id() -> None:
    counts = TableData(
        "件数", ("番号", "名称", "A"), [["1", "市民サービス", "2 → 1（▲1）"]], short=("", "", "")
    )
    items = TableData("変化", ("番号", "取組", "前回"), [["1-1-1③", "申請データの基幹連携", "C"]])
    assert _printed(counts, 20) == ["件数", "番号 1 市民サービス", "  A 2 → 1（▲1）"]
    assert _printed(items, 28) == ["変化", "番号 1-1-1③ 申請データの", "    基幹連携", "  前回 C"]


def test_at_40_columns_前回_is_never_folded(later_round: str) -> None:  # noqa: F811
    args = ["compare", SEED, later_round]
    out = CliRunner().invoke(app, args, env={"COLUMNS": "40"}).stdout.splitlines()
    assert out[:6] == [
        "達成状況の変化",
        "番号 1-1-1① 電子媒体を活用した情報提供の",
        "    充実",
        "  前回 ○",
        "  今回 ×",
        "  変化 後退",
    ]
    assert not any(line.rstrip().endswith("│ 前 │") for line in out)


def test_every_block_says_its_second_cell_alike() -> None:
    """Review 87: validate's 提出状況 at 40 columns gave 「部 財務部 提出済」 for a short name and
    「部 生活文化政策部」 over 「状況 提出済」 for a long one — the same column said two ways."""
    table = TableData(
        "提出状況",
        ("部", "状況", "所管の実施内容", "ファイル"),
        [
            ["財務部", "提出済", "3", "実施状況調査票_2022_財務部.xlsx"],
            ["生活文化政策部", "未提出", "2", ""],
        ],
    )
    printed = _printed(table, 40)
    assert [line for line in printed if "状況 " in line] == ["  状況 提出済", "  状況 未提出"]
    assert "部 財務部" in printed and "部 生活文化政策部" in printed


def _review198_counts() -> TableData:
    """西長崎県's counts per 取組分野 (review 198 #5), as count_change_table builds them."""
    names = ["行政手続のオンライン化", "自治体情報システムの標準化"]
    names.append("デジタル人材の育成・情報セキュリティ")
    changes = [
        ["6 → 5（▲1）", "36 → 36（±0）", "13 → 19（+6）", "3 → 6（+3）", "58 → 66（+8）"],
        ["8 → 4（▲4）", "30 → 28（▲2）", "10 → 16（+6）", "5 → 4（▲1）", "53 → 52（▲1）"],
        ["4 → 6（+2）", "31 → 25（▲6）", "15 → 15（±0）", "6 → 10（+4）", "56 → 56（±0）"],
    ]
    pairs = enumerate(zip(names, changes, strict=True), 1)
    rows = [[str(at), name, *counts] for at, (name, counts) in pairs]
    total = ["18 → 15（▲3）", "97 → 89（▲8）", "38 → 50（+12）", "14 → 20（+6）"]
    rows.append(["合計", "", *total, "167 → 174（+7）"])
    headers = ("番号", "名称", "S", "A", "B", "C", "計")
    return TableData("取組分野別の件数の変化", headers, rows, frozenset(range(2, 7)))


def test_the_names_get_the_room_the_changes_written_closer_give_back() -> None:
    """At 110 columns the spaced changes fit, each column as wide as its widest, and left 名称
    10 cells: 「デジタル人材の育成・情報セキュリティ」 on five lines (review 198 #5, 120 columns
    with one more count). Written closer, 「18→15（▲3）」, the names take the cells given back;
    where the names are whole either way, the changes keep their spaces."""
    assert _printed(_review198_counts(), 110)[4:10] == [
        "│ 1    │ 行政手続のオンライン化     │   6→5（▲1） │ 36→36（±0） │  13→19（+6） │   3→6（+3） │   58→66（+8） │",
        "│ 2    │ 自治体情報システムの標準化 │   8→4（▲4） │ 30→28（▲2） │  10→16（+6） │   5→4（▲1） │   53→52（▲1） │",
        "│ 3    │ デジタル人材の育成・情報   │   4→6（+2） │ 31→25（▲6） │  15→15（±0） │  6→10（+4） │   56→56（±0） │",
        "│      │ セキュリティ               │             │             │              │             │               │",
        "│ 合計 │                            │ 18→15（▲3） │ 97→89（▲8） │ 38→50（+12） │ 14→20（+6） │ 167→174（+7） │",
        "└──────┴────────────────────────────┴─────────────┴─────────────┴──────────────┴─────────────┴───────────────┘",
    ]  # fmt: skip
    wide = _printed(_review198_counts(), 140)
    assert wide[6].startswith("│ 3    │ デジタル人材の育成・情報セキュリティ │   4 → 6（+2） │")
