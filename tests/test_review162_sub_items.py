"""Review 162 #6: with an item rated in 細目, the report said 「実施内容は全51件（1件再掲のため
実質50件）です。」 of a plan of 48 実施内容 — 51 counted the rated rows, 細目 among them — and
「…実施内容は計50件です。」 alike. Both now say what they count as the tables' captions do,
「評価した実施内容と細目」 (review 152 #12), and `check` reads planeval's own sentences back."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "細目", "達成状況", "課題等"]
ROWS = [
    ["情報化政策1 行政のデジタル化"],
    HEADER,
    ["1-1-1 窓口のデジタル化", "① 電子申請の拡充", "窓口", "○", ""],
    ["", "", "郵送", "△", "郵送の受付が遅れた"],
    ["", "", "電話", "◎", ""],
    ["", "② キャッシュレス決済の導入", "", "○", ""],
    ["1-1-2 デジタルデバイド対策", "① デジタル支援員の配置", "", "○", ""],
    ["", "② 電子申請の拡充（1-1-1①再掲）", "", "-", ""],
    ["情報化政策2 情報化基盤の強化"],
    HEADER,
    ["2-1-1 庁内基盤の整備", "① 庁内無線LANの整備", "", "◎", ""],
    ["", "② 文書管理システムの導入", "", "×", "調達が不調に終わった"],
]
RATED = "評価した実施内容と細目"


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return write_book(tmp_path / "第3章.xlsx", {"第3章": ROWS})


def _counts(book: Path) -> tuple[int, int, int]:
    """(the rows read, the repeat listings among them, the items they rate)."""
    entries = planeval.read_workbooks([book]).entries
    repeats = sum(1 for entry in entries if entry.status == "-")
    items = len({(entry.project_id, entry.item_label) for entry in entries})
    return len(entries), repeats, items


def test_the_whole_count_says_it_counts_sub_items(book: Path) -> None:
    rows, repeats, items = _counts(book)
    assert rows > items  # (the input: an item rated in 細目)
    report = planeval.report_of(planeval.read_workbooks([book]))
    assert report.whole == ""  # (said once, in the whole sentence: review 172 #7)
    assert f"実施内容は全{rows}件" not in report.sentence
    told = (
        f"複数の実施内容や細目を持つものがあるため、{RATED}は全{rows}件で、再掲の{repeats}件を除く"
        f"{rows - repeats}件を集計しました。"
    )
    assert told in report.sentence
    assert f"、実施内容は計{rows - repeats}件" not in report.sentence


def test_check_reads_planeval_s_own_sentences_back(book: Path, tmp_path: Path) -> None:
    rows, repeats, _items = _counts(book)
    out = tmp_path / "報告.md"
    assert _run("export", str(book), "--md", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    whole = f"{RATED}は全{rows}件で、再掲の{repeats}件を除く{rows - repeats}件を集計しました。"
    assert whole in text
    result = _run("check", str(book), "--text", str(out))
    assert result.exit_code == 0, result.output
    # the narrative alike
    narrative = tmp_path / "文章.txt"
    said = _run("summarize", str(book), "--narrative")
    assert said.exit_code == 0 and whole in said.stdout
    narrative.write_text(said.stdout, encoding="utf-8")
    result = _run("check", str(book), "--text", str(narrative))
    assert result.exit_code == 0, result.output
    # and a wrong number in it is still found
    wrong = tmp_path / "誤り.md"
    wrong.write_text(text.replace(f"全{rows}件", f"全{rows + 1}件"), encoding="utf-8")
    result = _run("check", str(book), "--text", str(wrong))
    assert result.exit_code == 1 and "食い違い" in result.stdout, result.output
