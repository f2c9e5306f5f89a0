"""Review 138 #5 (青葉台市, 完了 and 廃止 statuses of its own, counted = false, each its own label):
the legend read 「D：評価できない・完了・廃止（件数に含めません）」 as if D meant all three, the
terminal's 「計は評価できない（D）・完了（完了）・廃止（廃止）を除く件数」 said each twice, and Word
broke the 集計 table's names inside their words (「安全・安心なデジタル基／盤のまち」), planeval
writing them unbroken where Chapter 3's names are broken between their phrases."""

from __future__ import annotations

from pathlib import Path

from docx import Document

import planeval
from planeval.config import load_config
from planeval.model import Entry, Location
from planeval.report.breaks import pieces
from planeval.report.summary_legend import legend

SETTINGS = """
[wording]
policy = "目指すまちの姿"

[[scale.status]]
symbol = "A"
label = "計画以上"

[[scale.status]]
symbol = "B"
label = "計画どおり"

[[scale.status]]
symbol = "C"
label = "遅れ"

[[scale.status]]
symbol = "D"
label = "評価できない"
counted = false
ranked = false

[[scale.status]]
symbol = "完了"
label = "完了"
counted = false
ranked = false

[[scale.status]]
symbol = "廃止"
label = "廃止"
counted = false
ranked = false
"""
POLICIES = (
    "市民の利便性が高いまち",
    "効率的で質の高い行政のまち",
    "安全・安心なデジタル基盤のまち",
)


def _config(tmp_path: Path) -> planeval.Config:
    path = tmp_path / "planeval.toml"
    path.write_text(SETTINGS, encoding="utf-8")
    return load_config(path)


def test_statuses_their_own_labels_are_listed_apart_in_the_legend(tmp_path: Path) -> None:
    scale = _config(tmp_path).scale
    assert scale.legend().endswith("C：遅れ、D：評価できない、完了、廃止（件数に含めません）")
    assert legend(scale).endswith("計は評価できない（D）・完了・廃止を除く件数")


def _entry(policy: int, name: str, number: int, status: str) -> Entry:
    cell = Location("回答.xlsx", "調査票", f"E{policy * 20 + number}")
    project = f"{policy}-1-1"
    return Entry(
        cell, str(policy), f"{policy}-1", project, "事業", number, f"({number})",
        f"取組{policy}-{number}", None, status, status, "", "情報政策課", "施策", name,
    )  # fmt: skip


def test_the_count_table_s_names_break_between_their_words_in_word(tmp_path: Path) -> None:
    config = _config(tmp_path)
    statuses = (
        "A",
        *"B" * 10,
        "D",
        "完了",
        "廃止",
    )  # (two digits, and each not-counted column, as 青葉台市's)
    entries = [
        _entry(policy, name, number, status)
        for policy, name in enumerate(POLICIES, start=1)
        for number, status in enumerate(statuses, start=1)
    ]
    out = tmp_path / "報告.docx"
    planeval.export(planeval.build_report(entries, config.scale, wording=config.wording), docx=out)
    names = {
        cell.text
        for table in Document(str(out)).tables
        for row in table.rows
        for cell in row.cells
        if cell.text.replace("\n", "") in POLICIES
    }
    assert {name.replace("\n", "") for name in names} == set(POLICIES)
    assert any("\n" in name for name in names)  # (the column too narrow for the longest)
    for name in names:
        words = pieces(name.replace("\n", ""))
        assert all(any(word in line for line in name.split("\n")) for word in words), name
