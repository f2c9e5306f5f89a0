"""Review 201's wording findings (東上野県): #8, 施策別集計's rounding note counted its rows
(「合計が100.0にならない行が4行あります」) where 集計's names each (「基本目標2 は 100.1%、…」);
#9, the issue list's notice was one sentence with an aside inside an aside."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.aggregate import summarize
from planeval.cli import app
from planeval.report.tables import count_table
from tests.conftest import rated_entries, write_book


def test_four_rows_not_adding_up_are_each_named() -> None:
    """Three 施策 of 1/1/1 (33.3% each) and their 合計: four rows of 99.9%, each named, as
    集計's three are (1-3, 2-2, 2-3 and 4-1 of 東上野県's 施策別集計)."""
    groups = {str(n): {"◎": 1, "○": 1, "△": 1} for n in range(1, 4)}
    table = count_table(
        summarize(rated_entries(groups)), shares=True, id_headers=("施策番号", "施策名")
    )
    assert table.share_note == (
        "※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。このため、合計が100.0に"
        "ならない行があります（施策1 は 99.9%、施策2 は 99.9%、施策3 は 99.9%、合計の行は 99.9%）。"
    )


def test_the_issue_list_notice_is_plain_sentences_over_the_statuses_counted(
    tmp_path: Path,
) -> None:
    """#9: 「課題一覧の 69 件のうち 47 件は、「達成A」・「前進B」の取組で…（「達成A」・「前進B」の 47
    件のうち 47 件に記入があります）（…の取組（22 件）だけを…）」, an aside in an aside: plain
    sentences now, every figure kept. A 前進B with no text is among the rows its count is of,
    and named so (「「達成A」の 4 件のうち 3 件」 counted it under 達成A)."""
    cells = [("達成A", "課題1。"), ("達成A", "課題2。"), ("達成A", "課題3。"), ("前進B", "")]
    cells += [("横ばいC", "課題5。"), ("後退D", "")]
    rows = [["1-1-1 事業" if n == 1 else "", f"({n}) 取組{n}", "企画部", cell, issue]
            for n, (cell, issue) in enumerate(cells, start=1)]  # fmt: skip
    write_book(tmp_path / "回答R6.xlsx", {"表": [_HEADER, *rows]})
    (tmp_path / "planeval.toml").write_text(_CONFIG, encoding="utf-8")
    args = ["issues", str(tmp_path / "回答R6.xlsx"), "--config", str(tmp_path / "planeval.toml")]
    done = CliRunner().invoke(app, args, env={"COLUMNS": "400"})
    notice = next(line for line in done.stderr.splitlines() if "記入があ" in line)
    others = [c for c, _ in cells if c in ("達成A", "前進B")]
    texted = [c for c, issue in cells if c in ("達成A", "前進B") and issue]
    listed = len(texted) + len(cells) - len(others)
    assert notice == (
        f"お知らせ: {tmp_path / 'planeval.toml'}: 課題一覧の {listed} 件のうち {len(texted)} 件は、"
        f"「達成A」の取組です。課題等の記入があるため載っています。「達成A」・「前進B」の取組は "
        f"{len(others)} 件で、そのうち {len(texted)} 件に記入があります（課題等をどの行にも書く様式"
        f"で、「横ばいC」・「後退D」の取組 {len(cells) - len(others)} 件だけを課題一覧に載せるなら、"
        "planeval.toml の [scale] の行のすぐ下に次の設定を加えてください。記入のある行も載せるなら "
        'issue_list = "status_or_text" と書くと、このお知らせは出ません）'
    )


_HEADER = ["情報化計画事業の体系", "実施内容", "所管部", "進捗状況", "課題等"]
_CONFIG = """[scale]
preset = "gunma"
[wording]
item = "取組"
status = "進捗状況"
status_cell = "{label}{symbol}"
"""
