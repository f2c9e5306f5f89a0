"""The Word issue list of 南浜市's 集中改革プラン (review 99 #9): its 取組項目 column, an ID with
its project's name kept whole, took the page, and the 担当課 column was left its title's width —
Word broke 「市民協／働課」 and 「情報政策／課」. The department column is at least as wide as its
widest name's widest word (widths.widest_word, the rule 集計's titles follow) where the page
holds every column's least so."""

from __future__ import annotations

from pathlib import Path

from docx import Document

import planeval
from planeval.report.breaks import INSIDE
from planeval.report.cell_wrap import wrapping
from planeval.report.docx_export import DOCX_UNITS
from planeval.report.fold import BREAK_COST
from tests.conftest import write_book
from tests.minamihama import PRESET_AND_WORDING as SETTINGS

PROJECTS = [
    "キャッシュレス決済の整理合理化",
    "パブリックコメントの見直し",
    "オープンデータの効率化",
]
DEPARTMENTS = ["市民協働課", "情報政策課", "企画課"]
STATUSES = ["取組中", "変更・中止", "目標達成"]
ISSUE = "関係課との調整に時間を要しており、次年度も継続して取り組む。"


def test_the_department_column_holds_each_name_whole(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    header = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
    rows: list[list[object]] = [["基本方針1　事務事業の見直しと効率化"], header]
    for n in range(1, 13):
        project = PROJECTS[n % 3]
        rows.append(
            [f"1.{n}", project, f"{project}について、方針を定め実施する。", STATUSES[n % 3], ISSUE,
             DEPARTMENTS[n % 3]]
        )  # fmt: skip
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": rows})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    assert not [p for p in read.problems if p.is_error], read.problems
    report = planeval.build_report(read.entries, config.scale, wording=config.wording)
    out = tmp_path / "報告.docx"
    planeval.export(report, docx=out)
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[-1].text == "担当課")
    widths = [column.width.mm for column in table.columns]
    assert sum(widths) <= 170 + 0.5  # (the page's text width: nothing pushed off it)
    wrap = DOCX_UNITS.wrap
    for row in table.rows[1:]:
        name = row.cells[-1].text
        _, cost = wrapping(name, wrap.advance).laid_out(widths[-1] - wrap.padding)
        assert cost < BREAK_COST[INSIDE], (name, widths[-1])
