"""Review 201 #2: Word's issue list of 東上野県 (landscape, 10 columns) had every column at its
least — 基準値 and 目標値 24 mm to hold 「基準値（R3）」 on one line though the title is written
folded, 実績値 30 mm for 「27.1%（速報値）」, the names held at 25 mm, 「デジタルマーケティング」
kept whole — and 課題・今後の方向性 30 mm, each two-sentence text on three lines."""

from __future__ import annotations

from planeval.report.docx_export import DOCX_UNITS, ISSUE_MOST_MM, LANDSCAPE_WIDTH_MM
from planeval.report.issue_list import IssueTable
from planeval.report.name_lines import figure_cell, name_cell
from planeval.report.table_widths import issue_widths
from tests.test_review199_breaks import HEADERS, ROLES, ROWS


def test_the_issue_column_is_given_what_the_figures_and_names_do_not_need() -> None:
    table = IssueTable(HEADERS, ROWS, (), ROLES)
    widths = issue_widths(table, LANDSCAPE_WIDTH_MM, DOCX_UNITS, most=ISSUE_MOST_MM, spare=True)
    # 番号 施策 取組 指標名 基準値 目標値 実績値 進捗状況 課題 担当課
    expected = [14.4, 39.7, 24.4, 28.4, 20.7, 21.6, 21.6, 17.0, 39.7, 27.9]
    assert [round(width, 1) for width in widths] == expected
    issue = "順調に進捗している。引き続き推進する。"
    assert name_cell("", issue, widths[8], DOCX_UNITS.wrap, lines=2).count("\n") == 1


def test_a_figure_s_note_goes_on_a_line_of_its_own_where_both_do_not_fit() -> None:
    wrap = DOCX_UNITS.wrap
    assert figure_cell("27.1%（速報値）", 21.6, wrap) == "27.1%\n（速報値）"
    assert figure_cell("27.1%（速報値）", 40.0, wrap) == "27.1%（速報値）"
    assert figure_cell("1,120手続", 21.6, wrap) == "1,120手続"
    assert figure_cell("（速報値）", 10.0, wrap) == "（速報値）"
