"""The Word export's 集計 keeps each status's title whole (review 98, 南浜市's 集中改革プラン):
目標達成 取組中 未着手 変更・中止 could not be set in two or three lines between their words in
the 122 mm a portrait page leaves the number columns, and each column was given an even share
of it — 11.8 mm, two characters —, the titles written 「取組／中」「未着／手」「変／更・／中止」
though the README promises them whole or broken between their words. Each status column is now
at least as wide as its title's widest word (the xlsx export's rule, widths.widest_word), the
table on a landscape page where a portrait one cannot hold that."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.docx_counts import COUNT_MARGIN_MM
from planeval.report.docx_style import text_mm
from tests.conftest import write_book

RUNNER = CliRunner()
STATUSES = ("目標達成", "取組中", "未着手", "変更・中止")
TOML = "\n".join(f'[[scale.status]]\nsymbol = "{s}"\nlabel = "{s}"\n' for s in STATUSES)
TOML += '\n[[scale.status]]\nsymbol = "再掲"\nlabel = "再掲"\ncounted = false\n'
TOML += '\n[wording]\npolicy = "基本方針"\nstatus = "進捗状況"\n'
HEADER = ("情報化計画事業の体系", "実施内容", "進捗状況", "課題等")
POLICIES = ("事務事業の見直しと効率化", "組織・定員の適正化と人材育成", "健全な財政運営")


def test_each_status_column_is_as_wide_as_its_title(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    rows: list[tuple[str, ...]] = [HEADER]
    for number, name in enumerate(POLICIES, start=1):
        rows.append((f"基本方針{number} {name}",))
        for project in range(1, 37):  # (108 rows: 計 in three digits, as the city's 107)
            status = STATUSES[project % len(STATUSES)]
            rows.append((f"{number}-1-{project} 事業", "① 項目", status, "遅れ"))
    # (a repeat listing: its column kept — a report with none has none, review 179 #7)
    rows.append(("3-1-37 事業", "① 項目（1-1-1再掲）", "再掲", ""))
    book = write_book(tmp_path / "南浜市.xlsx", {"進捗状況": rows})
    out = tmp_path / "報告書.docx"
    made = RUNNER.invoke(
        app,
        ["export", str(book), "--docx", str(out), "--config", str(tmp_path / "planeval.toml")],
    )
    assert made.exit_code == 0, made.output
    doc = Document(str(out))
    table = doc.tables[0]
    grid = table._tbl.find(qn("w:tblGrid"))
    widths = [int(column.get(qn("w:w"))) / 1440 * 25.4 for column in grid]
    titles = [cell.text for cell in table.rows[1].cells]
    assert titles[2:] == [*STATUSES, "計", "再掲", *STATUSES]
    for column, title in enumerate(titles):
        if title in STATUSES:  # (its count's and its share's column)
            assert widths[column] >= text_mm(title) + 2 * COUNT_MARGIN_MM, (title, widths)
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE  # (portrait: 122 mm for them)
