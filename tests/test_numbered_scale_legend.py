"""A scale of bare numbers (川崎市's 達成度 1–5) named by its status's word (review 130 #2): its
legend 「※1：目標を大きく上回って達成、…」 read as footnote 1, and no table of counts said 達成度
over its columns 「1」…「5」."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import load_workbook

import planeval
from planeval.model import Entry, Location
from planeval.presets import PRESETS
from planeval.report.building import build_report
from planeval.report.document import Report
from planeval.report.docx_export import write_docx
from planeval.report.html_export import to_html
from planeval.report.text_export import to_markdown
from planeval.report.xlsx_export import write_xlsx

KAWASAKI = PRESETS["kawasaki"]
WORDING = planeval.Wording(policy="政策", project="施策", item="事務事業", status="達成度")
LEGEND = "※達成度　1：目標を大きく上回って達成、2：目標を上回って達成、3：目標をほぼ達成、"


def _report() -> Report:
    entries = [
        Entry(
            Location("評価票.xlsx", "評価票", f"E{n + 4}"), "1-1", "1-1-1", "1-1-1",
            "防災対策の推進", n, f"事業{n}", f"防災計画推進事業{n}", None, status, status,
            "資材価格の高騰により一部未実施。", policy_name="災害から生命を守る",
        )
        for n, status in enumerate("12345341", start=1)
    ]  # fmt: skip
    return build_report(entries, KAWASAKI, wording=WORDING, fiscal_year=2023)


def test_a_legend_of_numbers_is_named_by_the_status_word() -> None:
    assert KAWASAKI.legend("達成度").startswith(LEGEND)
    assert KAWASAKI.legend().startswith("※1：目標を大きく上回って達成")  # (no word: as before)
    # (symbols that say what they are keep their legend: no word before ◎ or A)
    assert planeval.DEFAULT_SCALE.legend("達成状況").startswith("※計画を上回る実施：◎")
    assert PRESETS["hirakata"].legend("評価").startswith("※A：効果的")


def test_every_format_names_the_numbers_by_the_status_word(tmp_path: Path) -> None:
    """The legend over 集計 (once: review 193 #9), and 集計's caption or header over 1…5."""
    report = _report()
    markdown = to_markdown(report)
    assert markdown.count(LEGEND) == 1, markdown[:600]
    assert "政策ごとの事務事業の達成度別の件数と、計に対する割合（%）" in markdown
    page = to_html(report)
    assert page.count(LEGEND) == 1 and "達成度別の件数" in page
    write_docx(report, tmp_path / "報告.docx")
    word = Document(str(tmp_path / "報告.docx"))
    assert sum(LEGEND in p.text for p in word.paragraphs) == 1  # (over 集計 only: review 193 #9)
    header = [cell.text for cell in word.tables[0].rows[0].cells]
    assert "達成度別の件数" in header and "達成度別の割合（%）" in header, header
    write_xlsx(report, tmp_path / "報告.xlsx")
    sheet = load_workbook(tmp_path / "報告.xlsx")["集計"]
    said = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(text.startswith(LEGEND) for text in said), said
