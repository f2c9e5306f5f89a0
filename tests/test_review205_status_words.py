"""Review 205 #4: since a terminal's chapter tables were sized by what their columns hold,
Setagaya's 達成状況, holding a sub-item's name beside its status, was given 12 cells and broke
「電子調達/マイナポー」 over 「タル ○」 at 80 and 120 columns. A column of statuses is now as wide
as keeps each of its names' words whole beside the symbol, where the other columns then break
fewer words in all."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

ROWS = (
    ("情報化計画事業の体系", "実施内容", "達成状況", "課題等"),
    ("1-1 ICT を活用した行政サービスの拡充及び継続的改善", None, None, None),
    (
        "1-1-2 マイナンバー制度等による行政サービスの利便性向上の推進",
        "① マイナポータル、インターネットを活用した行政サービスの拡充",
        "電子調達/マイナポータル ○",
        None,
    ),
    (None, None, "電子申請 ◎", "手続の電子化件数が大幅に増加"),
    (None, "② 納付方法の多様化に向けた調査研究及び検討", "○", None),
    (
        None,
        "③ マイナンバー制度を活用した区民サービスの利便性向上の検討及び促進",
        "◎",
        "新型コロナウイルスワクチンの予防接種などの業務への利用が拡大",
    ),
)

AT_80 = """\
（1）情報化政策1
1-1 ICT を活用した行政サービスの拡充及び継続的改善
┌──────────────────┬────────────────────┬───────────────────┬──────────────────┐
│ 情報化計画事業の │                    │                   │                  │
│ 体系             │ 実施内容           │ 達成状況          │ 課題等           │
├──────────────────┼────────────────────┼───────────────────┼──────────────────┤
│ 1-1-2            │ ① マイナポータル、 │ 電子調達/         │                  │
│ マイナンバー     │ インターネットを   │ マイナポータル ○  │                  │
│ 制度等による     │ 活用した行政       │                   │                  │
│ 行政サービスの   │ サービスの拡充     │                   │                  │
│ 利便性向上の推進 │                    │                   │                  │
│                  │                    │ 電子申請 ◎        │ 手続の電子化     │
│                  │                    │                   │ 件数が大幅に増加 │
│                  │ ② 納付方法の       │ ○                 │                  │
│                  │ 多様化に向けた     │                   │                  │
│                  │ 調査研究及び検討   │                   │                  │
│                  │ ③ マイナンバー     │ ◎                 │ 新型コロナウイル │
│                  │ 制度を活用した区民 │                   │ スワクチンの予防 │
│                  │ サービスの利便性   │                   │ 接種などの業務へ │
│                  │ 向上の検討及び促進 │                   │ の利用が拡大     │
└──────────────────┴────────────────────┴───────────────────┴──────────────────┘
"""


def test_a_sub_item_s_name_beside_its_status_keeps_its_words_whole(tmp_path: Path) -> None:
    workbook = write_book(
        tmp_path / "chapter3.xlsx", {"第3章": ROWS}, merges={"第3章": ["A3:A6", "B3:B4"]}
    )
    run = CliRunner().invoke(app, ["tables", str(workbook)], env={"COLUMNS": "80"})
    assert run.exit_code == 0, run.output
    assert run.stdout == AT_80
