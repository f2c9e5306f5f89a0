"""A KPI's name in a Word table broken between its words, never inside the word its counter
(数) ends: 「全庁電子申請対応手／続数」 was printed, a run of kanji counted in two-kanji words from
its end, 数 not known as the counter ending it as 率 ends 「…実施率」 (review 134)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

import planeval
from tests.conftest import write_book
from tests.minamihama import PRESET_AND_WORDING as SETTINGS

NAMES = ("全庁電子申請対応手続数", "区役所電子申請可能手続数", "窓口キャッシュレス決済対応手続数")
WORDS = (  # (never broken inside)
    "全庁",
    "区役所",
    "窓口",
    "電子",
    "申請",
    "対応",
    "可能",
    "決済",
    "手続数",
)
PROJECT = "行政手続のオンライン化と窓口のデジタル化による市民サービスの向上"
ISSUE = (  # (long, so that the KPIs' column is narrow)
    "令和7年度はマイナンバーカードを活用した電子申請の対象手続を前倒しで拡大し、"
    "窓口の混雑を緩和するとともに、職員の事務負担を軽減する。"
)


def _cells(tmp_path: Path) -> list[str]:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    header = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
    table: list[list[object]] = [["基本方針1　事務事業の見直しと効率化"], header]
    for n, name in enumerate(NAMES, start=1):
        table.append([f"1.{n}", PROJECT, name, "変更・中止", ISSUE, "情報政策課"])
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": table})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    out = tmp_path / "報告.docx"
    planeval.export(
        planeval.build_report(read.entries, config.scale, wording=config.wording), docx=out
    )
    cells = [cell.text for table in Document(str(out)).tables for row in table.rows
             for cell in row.cells]  # fmt: skip
    return [text for text in cells if text.replace("\n", "") in NAMES]


def test_a_kpi_name_is_never_broken_inside_a_word(tmp_path: Path) -> None:
    cells = _cells(tmp_path)
    assert len(cells) >= len(NAMES)
    for text in cells:
        lines = text.split("\n")
        assert all(any(w in line for line in lines) for w in WORDS if w in "".join(lines)), text


def test_a_counter_is_a_suffix_and_a_counted_word_of_two_a_word() -> None:
    from planeval.report.breaks import pieces

    assert pieces("電子申請可能手続数") == ["電子", "申請", "可能", "手続数"]
    assert pieces("オンライン申請の利用件数") == ["オンライン", "申請の", "利用", "件数"]
    assert pieces("図書の貸出冊数") == ["図書の", "貸出", "冊数"]
