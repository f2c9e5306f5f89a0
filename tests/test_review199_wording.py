"""Review 199, findings 4 and 5: check's note on a row left out with its rating blank, and the
body's words where planeval's stood (the chart's legend, a first run's messages, the counter)."""

from __future__ import annotations

from pathlib import Path

import planeval
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
