"""Review 171 #6: a national survey's export — 1,045 bodies answering one form of 25 取組 — was
1,854 pages: each body's rows again under each policy (1,392 pages) and an issue list of 8,351
△/× rows none of which had a word in its 備考 (380 pages). A ministry publishes 集計, each
取組 counted over the bodies, and 団体別集計: that is the export now, each 取組 once, its issue
list the rows whose 備考 says something, saying why the others are not listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

import planeval
from planeval.report.document import Report
from tests.conftest import write_book

HEADER = ["番号", "取組分野", "取組", "達成状況", "備考"]
ITEMS = [
    ("1-1", "行政手続のオンライン化", "子育て関係手続のオンライン化"),
    ("1-2", "行政手続のオンライン化", "介護関係手続のオンライン化"),
    ("1-3", "行政手続のオンライン化", "書かない窓口の導入"),
    ("2-1", "情報システムの標準化", "標準準拠システムへの移行"),
    ("2-2", "情報システムの標準化", "ガバメントクラウドへの移行"),
    ("2-3", "情報システムの標準化", "旧システムの廃止"),
]
# each body's status of each item (a 備考 beside one of them)
SURVEY = {
    "青葉市": ["◎", "○", "△", "×", "○", "◎"],
    "緑町": ["○", "○", "○", "△", "×", "○"],
    "桜村": ["×", "◎", "△", "△", "○", "○"],
    "山田村": ["○", "△", "○", "○", "◎", "×"],
}
REMARK = ("緑町", "2-1", "ベンダーの撤退により移行先を再選定中")


def _reply(path: Path, body: str, statuses: list[str], remarks: bool) -> Path:
    rows: list[list[object]] = [["自治体DX推進状況調査 回答票"], ["団体名", body], [], HEADER]
    for (number, area, item), status in zip(ITEMS, statuses, strict=True):
        said = REMARK[2] if remarks and (body, number) == REMARK[:2] else ""
        rows.append([number, area, item, status, said])
    return write_book(path, {"回答票": rows})


def _survey(folder: Path, *, remarks: bool = False) -> tuple[Report, planeval.ReadResult]:
    folder.mkdir(parents=True, exist_ok=True)
    for body, statuses in SURVEY.items():
        _reply(folder / f"{body}.xlsx", body, statuses, remarks)
    result = planeval.read_workbooks([folder], bodies="file")
    return planeval.build_report(result.entries, bodies=result.bodies), result


def test_a_survey_s_export_counts_each_item_over_the_bodies_once(tmp_path: Path) -> None:
    """No policy's tables of each body's rows; each item one row counted over the bodies, the
    counts those of the replies, after 集計 and before 団体別集計."""
    report, result = _survey(tmp_path / "R8")
    # (each policy's heading and sentence, counting every body, and no table of each body's)
    assert [s.group.id for s in report.policies] == ["1", "2"]
    assert all(s.tables == () and "4団体の" in s.sentence for s in report.policies)
    assert [s.title for s in report.count_sections] == ["集計", "実施内容別集計", "団体別集計"]
    table = report.item_table
    assert table is not None
    rows = {row.id: row for row in table.rows}
    for index, (number, _area, item) in enumerate(ITEMS):
        rated = [statuses[index] for statuses in SURVEY.values()]
        assert rows[number].name == item
        assert rows[number].counts == tuple(rated.count(s) for s in report.scale.counted)
        assert rows[number].total == len(SURVEY)
    assert table.rows[-1].total == len(result.entries)
    markdown = planeval.export(report, md=tmp_path / "報告.md")
    assert markdown
    text = (tmp_path / "報告.md").read_text("utf-8")
    assert "## 実施内容別集計" in text and "### 青葉市" not in text
    assert "実施内容ごとの団体数と、計に対する割合（%）" in text
    # (the page's 目次: the item table, no folded list of bodies with no tables to link to)
    planeval.export(report, html=tmp_path / "報告.html")
    page = (tmp_path / "報告.html").read_text("utf-8")
    contents = page[page.index("<nav") : page.index("</nav>")]
    assert ">実施内容別集計</a>" in contents and "団体の一覧" not in contents


def test_a_survey_s_issue_list_says_why_it_lists_no_row(tmp_path: Path) -> None:
    """Its △/× rows with no 備考 are counted, not listed; the list says so, in every format,
    and check reads its lead back as agreeing."""
    report, result = _survey(tmp_path / "R8")
    off_plan = sum(s in ("△", "×") for statuses in SURVEY.values() for s in statuses)
    assert off_plan and report.issues == ()
    lead = "のうち、課題等の記載があるもの。一覧は0件です。"
    planeval.export(report, md=tmp_path / "報告.md", xlsx=tmp_path / "報告.xlsx")
    text = (tmp_path / "報告.md").read_text("utf-8")
    assert lead in text and "課題等の記載がある実施内容はないため、一覧は空です" in text
    sheet = load_workbook(tmp_path / "報告.xlsx")["課題一覧"]
    assert lead in str(sheet["A2"].value) and "一覧は空です" in str(sheet["A3"].value)
    checked = planeval.check(result, texts=[tmp_path / "報告.md"])
    assert checked.disagreements == () and checked.unsettled == () and checked.compared


def test_a_survey_s_issue_list_holds_its_rows_with_a_remark(tmp_path: Path) -> None:
    """緑町's × of 2-1 with its 備考: the one row listed, the others said not to be."""
    report, _result = _survey(tmp_path / "R8", remarks=True)
    assert [(e.body, e.shown_id, e.issue) for e in report.issues] == [REMARK]
    assert report.issues_note.startswith("課題等の記載がない実施内容は載せていません")


@pytest.mark.parametrize("names", ["own", "few"])
def test_bodies_with_their_own_plans_keep_each_body_s_tables(tmp_path: Path, names: str) -> None:
    """Bodies naming one number's items each otherwise (their own plans), or a form of fewer
    than five items: no survey, each body's tables under each policy as before."""
    folder = tmp_path / "R8"
    folder.mkdir()
    for body, statuses in SURVEY.items():
        rows: list[list[object]] = [["回答票"], ["団体名", body], [], HEADER]
        for (number, area, item), status in list(zip(ITEMS, statuses, strict=True))[
            : 4 if names == "few" else None
        ]:
            rows.append([number, area, f"{body}の{item}" if names == "own" else item, status, ""])
        write_book(folder / f"{body}.xlsx", {"回答票": rows})
    result = planeval.read_workbooks([folder], bodies="file")
    report = planeval.build_report(result.entries, bodies=result.bodies)
    assert report.item_table is None and report.issues_note == ""
    tables = [table for section in report.policies for table in section.tables]
    assert {table.body for table in tables} == set(SURVEY)
