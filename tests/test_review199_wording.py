"""Review 199, findings 4 and 5: check's note on a row left out with its rating blank, and the
body's words where planeval's stood (the chart's legend, a first run's messages, the counter)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def test_a_gap_a_blank_row_may_fill_is_said_so_naming_the_row(tmp_path: Path) -> None:
    """南川崎市's draft: 変更・中止 8 of 7 counted is right once 契約課 rates (5)-16, 目標達成 42
    of 41 is not (the one blank row cannot be both): the first is noted with the row and the
    status it would need, the second keeps the firm note (review 199 #4)."""
    book = write_book(
        tmp_path / "企画部.xlsx",
        {
            "第3章": [
                HEADER,
                ["1-1-1 事業", "① 電子申請", "○", ""],
                ["", "② 窓口", "×", "遅れ"],
                ["", "③ 研修", "", ""],
                ["2-1-1 事業", "① 規程", "○", ""],
                ["", "② 文書", "×", "遅れ"],
            ]
        },
    )
    report = tmp_path / "report.txt"
    report.write_text(
        "計画全体では、計画どおり実施3件、未実施3件でした。\n\n基本方針1では、未実施2件でした。",
        encoding="utf-8",
    )
    checked = planeval.check(planeval.read_workbooks([book]), texts=[report])
    may = "（ほかに数えなかった行は評価のない 1 行（1-1-1③ 研修）だけで、この行が×（未実施）と評価されれば記載どおりです）"
    assert [(d.scope, d.what, d.stated, d.counted, d.note) for d in checked.disagreements] == [
        (
            "計画全体",
            "○",
            3,
            2,
            "（ほかに数えなかった行は評価のない 1 行だけで、評価のない行はどの評価の件数も増やしません）",
        ),
        ("計画全体", "×", 3, 2, may),
        ("基本方針1", "×", 2, 1, may),
    ]


def test_the_charts_legend_writes_each_status_as_the_body_does(tmp_path: Path) -> None:
    """東上野県 writes 達成A, 横ばいC (status_cell): the chart's legend said 「■A 達成 ■C 横ばい」
    beside 「※進捗状況：達成A、…」 on the same page (review 199 #5)."""
    rows = [["1-1-1 事業" if n == 1 else "", f"({n}) 指標{n}", status, ""]
            for n, status in enumerate(["達成A", "前進B", "横ばいC", "後退D"], start=1)]  # fmt: skip
    book = write_book(tmp_path / "回答.xlsx", {"表": [HEADER, *rows]})
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "gunma"\n[wording]\nstatus_cell = "{label}{symbol}"\n', encoding="utf-8"
    )
    out = tmp_path / "out.xlsx"
    args = ["export", str(book), "--xlsx", str(out), "--config", str(config), "-q"]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/charts/chart1.xml").decode()
    series = re.findall(r"<c:ser>.*?<c:tx>(.*?)</c:tx>", xml, re.S)
    assert [re.sub(r"<[^>]+>", "", name) for name in series] == [
        "達成A",
        "前進B",
        "横ばいC",
        "後退D",
    ]
