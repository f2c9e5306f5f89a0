"""Review 183 (a reader's review), the Word report.

#1: each policy's legend sat in its count sentence's paragraph after a line break, so `check
--text 報告.docx` read the legend's 「令和2年度」 (「未提出（令和2年度の調査票）」) as the sentence's
year and left policy 1's figures unchecked (「令和2年度の数なので比べません」), where the md of the
same report was checked: the legend is a paragraph of its own (style 凡例).

#2: an issue text pasted with Windows line breaks (CR LF) showed an empty line in the docx
only (python-docx wrote a break for each of CR and LF): one break per CR LF, CR or LF.

#6: the national survey's empty 課題一覧 (0 items) had a landscape page of its own for its two
lines: an empty list is said where it would be, on the page the tables end on, as the html
and md say it under the last table.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

import planeval
from tests.setagaya178 import forms, plan, rated, replies, run
from tests.test_review171_survey_export import _survey

LATE = "政策経営部"  # (its projects 1-1-1 and 1-1-3: 情報化政策1's)
STATUSES = {("1-1-2", 1): "◎", ("1-2-1", 2): "△"}


def _round(tmp_path: Path) -> tuple[Path, Path]:
    """世田谷区's 令和3年度 round, 政策経営部's reply last year's form (令和2年度)."""
    plan_file = plan(tmp_path / "plan.xlsx")
    folder = replies(plan_file, tmp_path / "回答R3", "令和3", rated(STATUSES), unanswered=(LATE,))
    [old] = [f for f in forms(plan_file, tmp_path / "R2", "令和2") if f.stem.endswith(LATE)]
    shutil.copy(old, folder / old.name)
    return plan_file, folder


def _check(plan_file: Path, folder: Path, report: Path) -> dict[str, object]:
    code, shown, _said = run("check", str(folder), "--plan", str(plan_file), "--text",
                             str(report), "--keep-going", "-qq", "-f", "json")  # fmt: skip
    assert code == 1  # (the form of last year: an error, counted past)
    found: dict[str, object] = json.loads(shown)
    return found


def test_check_of_the_word_report_checks_every_count_sentence(tmp_path: Path) -> None:
    plan_file, folder = _round(tmp_path)
    report = tmp_path / "報告.docx"
    code, _shown, said = run("export", str(folder), "--plan", str(plan_file), "--keep-going",
                             "-qq", "--fiscal-year", "令和3", "--docx", str(report))  # fmt: skip
    assert code == 1 and "令和2年度（2020年度）の調査票です" in said
    document = Document(str(report))
    paragraphs = document.paragraphs
    headings = [p for p in paragraphs if p.style is not None and p.style.name == "Heading 2"]
    policies = [p for p in headings if p.text.startswith("（")]
    assert len(policies) == 3
    for heading in policies:  # the sentence, then any legend, each a paragraph of its own
        at = paragraphs.index(heading)
        sentence, legend = paragraphs[at + 1], paragraphs[at + 2]
        assert "\n" not in sentence.text and "令和" not in sentence.text, sentence.text
        assert sentence.style.name == "本文"  # type: ignore[union-attr]
        assert legend.style.name != "本文"  # type: ignore[union-attr]
    legend = paragraphs[paragraphs.index(policies[0]) + 2]
    assert legend.style.name == "凡例" and legend.text.startswith("※未提出（令和2年度の調査票）")  # type: ignore[union-attr]
    found = _check(plan_file, folder, report)
    # every number of every sentence compared, none left as another year's
    assert found["not_compared"] == found["disagreements"] == [], found
    assert "一致" in str(found["verdict"])
    # a figure of policy 1's sentence got wrong in Word is caught (fewer than its rows read: the
    # rows left out could not hold it)
    sentence = paragraphs[paragraphs.index(policies[0]) + 1].text
    count = int(sentence.split("計画どおり実施")[1].split("件")[0])
    edited = Document(str(report))
    [paragraph] = [p for p in edited.paragraphs if p.text == sentence]
    for run_ in paragraph.runs:
        run_.text = run_.text.replace(f"計画どおり実施{count}件", f"計画どおり実施{count - 1}件")
    wrong = tmp_path / "報告_修正.docx"
    edited.save(str(wrong))
    found = _check(plan_file, folder, wrong)
    [wrong_one] = found["disagreements"]  # type: ignore[misc]
    assert f"計画どおり実施{count - 1}件" in json.dumps(wrong_one, ensure_ascii=False), wrong_one


@pytest.mark.parametrize("breaks", [("\n", "\r\n"), ("\r", "\r\n"), ("\n", "\n")])
def test_an_issue_pasted_with_windows_line_breaks_has_one_break_per_break(
    tmp_path: Path, breaks: tuple[str, str]
) -> None:
    plan_file = plan(tmp_path / "plan.xlsx")
    folder = replies(plan_file, tmp_path / "回答R3", "令和3", rated({("1-2-1", 2): "△"}))
    lines = [
        "オープンデータの活用研究が必要。",
        "庁内のデータ整備状況の調査を",
        "令和4年度に実施する予定",
    ]
    typed = lines[0] + breaks[0] + lines[1] + breaks[1] + lines[2]
    [path] = [f for f in folder.glob("*.xlsx") if f.stem.endswith("危機管理部")]
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[5]]
    [row] = [r for r in range(6, sheet.max_row + 1) if sheet.cell(r, 4).value == "△"]
    sheet.cell(row, header.index("課題等") + 1).value = typed
    book.save(path)
    report = tmp_path / "報告.docx"
    code, _shown, said = run("export", str(folder), "--plan", str(plan_file), "-qq",
                             "--fiscal-year", "令和3", "--docx", str(report))  # fmt: skip
    assert code == 0, said
    document = Document(str(report))
    # in Chapter 3's table and in 課題一覧: three lines, as typed (a line may be broken
    # further where the column is narrower than it, never with an empty line between)
    cells = [
        cell.text
        for table in document.tables
        for table_row in table.rows
        for cell in table_row.cells
        if cell.text.replace("\n", "").startswith("".join(lines[:1]))
    ]
    assert len(cells) >= 2, cells
    for text in cells:
        assert "\n\n" not in text and "\r" not in text and text.count("\n") >= 2, repr(text)
        assert text.replace("\n", "") == "".join(lines), repr(text)


@pytest.mark.parametrize("survey", [True, False])
def test_an_empty_issue_list_is_said_on_the_page_the_tables_end_on(
    tmp_path: Path, survey: bool
) -> None:
    if survey:  # (bodies: a list of rows would have a 団体 column, on landscape pages)
        report, _result = _survey(tmp_path / "R8")
    else:  # (世田谷区, every item ○)
        plan_file = plan(tmp_path / "plan.xlsx")
        folder = replies(plan_file, tmp_path / "回答R3", "令和3", rated({}))
        result = planeval.read_workbooks([folder])
        report = planeval.build_report(result.entries, fiscal_year=2021)
    assert report.issues == () and report.policies
    target = tmp_path / "報告.docx"
    planeval.export(report, docx=target)
    document = Document(str(target))
    paragraphs = document.paragraphs
    [at] = [n for n, p in enumerate(paragraphs) if p.text == report.wording.issues_title]
    heading = paragraphs[at]
    assert not heading.paragraph_format.page_break_before
    # no section (a page, turned) of its own: none begins between the last policy and it
    body = list(document.element.body.iterchildren())
    [last] = [p for p in document.paragraphs if p.text == report.policies[-1].heading]
    between = body[body.index(last._p) : body.index(heading._p)]
    assert not any(element.find(f".//{qn('w:sectPr')}") is not None for element in between)
    said = [p.text for p in paragraphs[at + 1 :]]
    assert said[0].endswith("一覧は0件です。") and all(said), said
    if report.issues_note:  # (the survey's second line: on the page of the first)
        assert said[1:] == [report.issues_note]
        assert paragraphs[at + 1].paragraph_format.keep_with_next
