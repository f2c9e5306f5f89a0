"""Review 136 #5: in Word's 課題一覧 a cell holding a rating letter alone (「A」) or an ID
(「1-1-1①」) sat higher than the Japanese text beside it: each cell's text at its top, and a
line set in a Latin font is shorter than one in a Japanese font (LibreOffice without 游明朝:
DejaVu Sans beside Noto Sans CJK). Every cell of the list is now set in the middle of its row,
as its header already was."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

import planeval
from planeval.config import load_config
from planeval.model import Entry, Location

SETTINGS = """
[[scale.status]]
symbol = "A"
label = "計画以上"

[[scale.status]]
symbol = "B"
label = "計画どおり"

[[scale.status]]
symbol = "C"
label = "遅れ"
needs_issue = true
"""

ISSUES = {"A": "全窓口へ導入済み", "C": "国の仕様変更により導入時期を延期", "B": ""}


def _entry(number: int, status: str, issue: str) -> Entry:
    cell = Location("回答.xlsx", "調査票", f"E{number + 4}")
    return Entry(
        cell, "1", "1-1", "1-1-1", "書かない窓口の推進", number, f"({number})",
        f"申請書作成支援システムの導入{number}", None, status, status, issue,
        "市民課", "窓口サービスの改善", "市民の利便性が高いまち",
    )  # fmt: skip


def test_every_cell_of_the_issue_list_is_set_in_the_middle(tmp_path: Path) -> None:
    entries = [_entry(at, s, issue) for at, (s, issue) in enumerate(ISSUES.items(), start=1)]
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    config = load_config(tmp_path / "planeval.toml")
    report = planeval.build_report(entries, config.scale, wording=config.wording)
    out = tmp_path / "報告.docx"
    planeval.export(report, docx=out)
    tables = Document(str(out)).tables
    issues = tables[-1]  # (the list, last)
    listed = [row.cells for row in issues.rows[1:]]
    assert len(listed) == sum(1 for issue in ISSUES.values() if issue)
    middle = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    assert {cell.vertical_alignment for cells in listed for cell in cells} == {middle}
    assert [cells[2].text for cells in listed] == [s for s, issue in ISSUES.items() if issue]
