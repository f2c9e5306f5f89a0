"""No printed line starts with a closing 「。」「）」 (review 113 #8): LibreOffice starts a line
with the 「。」 a column just misses where Word takes the character before down with it, so the
widths are chosen where no line falls there at all (cell_wrap.KINSOKU_COST)."""

from __future__ import annotations

import re

from planeval.cycle.template import column_widths
from planeval.model import Location
from planeval.plan import PlanItem
from planeval.report.cell_wrap import SET_WIDER, wrapping
from planeval.report.issue_list import IssueTable
from planeval.report.table_widths import issue_widths
from planeval.report.xlsx_chapter3 import XLSX_UNITS
from planeval.report.xlsx_export import ISSUE_MAX_WIDTHS, ISSUE_ROOM

WRAP = XLSX_UNITS.wrap
ISSUES = (
    "目標値には届かなかったが、8割以上の水準に達した。",
    "目標値を大きく下回った。周知方法の見直しが課題。",
    "目標値を上回った。引き続き取組を推進する。",
    "調査が未実施のため実績値を把握できず、評価できない。",
)
NAMES = (
    "オンライン申請が可能な手続数",
    "スマートフォン教室の参加者数（累計）",
    "マイナンバーカードの交付率",
)
DEPARTMENTS = (
    "デジタル・スマートシティ推進課",
    "市民課",
    "人事課",
    "市民課、デジタル・スマートシティ推進課",
)


def _kinsoku(texts: list[str], width: float) -> list[str]:
    """The texts a line of falls where 禁則 moves its break in a column ``width`` wide, as
    measured or set a little narrower (LibreOffice's 23 characters where the measure has 22)."""
    room = width - WRAP.padding
    return [text for text in texts if wrapping(text, WRAP.advance).kinsoku(room, wider=SET_WIDER)]


def test_the_issue_list_s_columns_leave_no_lone_closing_mark() -> None:
    """浜松市's issue list printed 「…8割以上の水準に達した／。」 and 「…見直しが課題／。」."""
    rows = tuple(
        (f"1.1KPI1-1-{n}", NAMES[n % 3], "ABCD"[n % 4], ISSUES[n % 4], DEPARTMENTS[n % 4])
        for n in range(18)
    )
    roles = ("id", "item", "status", "issue", "department")
    table = IssueTable(("番号", "KPI", "評価", "評価理由・課題", "担当課"), rows, (), roles)
    widths = issue_widths(table, ISSUE_ROOM, XLSX_UNITS, most=ISSUE_MAX_WIDTHS, spare=False)
    for column in (1, 3, 4):
        texts = [row[column] for row in rows]
        assert _kinsoku(texts, widths[column]) == [], (column, widths[column])


def test_a_template_s_department_column_leaves_no_lone_bracket() -> None:
    """人事課's form printed 「人事課（共管: 情報政策課」 over 「）」 in its 24-wide column."""
    owners = [("人事課", "情報政策課"), ("市民課", "デジタル・スマートシティ推進課"), ("人事課",)]
    place = Location("計画.xlsx", "計画", "F3")
    items = [
        PlanItem(place, "3", "", "3.2", "情報システムの最適化", n, "", "KPI", departments=owner)
        for n, owner in enumerate(owners, start=1)
    ]
    width = column_widths(items, "所管課")["department"]
    texts = ["人事課（共管: 情報政策課）", "市民課（共管: デジタル・スマートシティ推進課）"]
    assert _kinsoku(texts, width) == [], width


def test_the_web_page_s_text_columns_get_the_room_a_one_letter_status_does_not_need() -> None:
    """At 1280 px 浜松市's 評価理由・課題 was the narrowest column (four lines) beside a 評価
    column of one letter given 12 % of the table, and 施策 and KPI 26 % and 30 %: no column of
    Chapter 3 is given a share of the table; the status column as narrow as its statuses,
    each kept whole (「未集計（エラー）」 never 「未集計（エラ／ー）」, review 114 #9)."""
    from planeval.report.html_export import STYLE

    rules = dict(
        (selector.strip(), body) for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", STYLE)
    )
    chapter3 = {s: b for s, b in rules.items() if s.startswith("table.chapter3")}
    assert not [
        s for s, b in chapter3.items() if re.search(r"(^|;)width:\d+%", b) and "1%" not in b
    ]
    assert "width:1%" in chapter3["table.chapter3 td.status"]
    assert "word-break:keep-all" in rules["td.status"]


def test_a_legend_a_little_over_a_line_is_set_a_sentence_a_line_in_word() -> None:
    """浜松市's legend printed 「…件数に含めていませ」 over 「ん」: where it takes most of a line
    or more, each sentence starts a line; a short one stays as it is."""
    from planeval.report.docx_export import TEXT_WIDTH_MM
    from planeval.report.docx_style import legend_lines

    legend = (
        "※A：目標達成、B：概ね達成、C：未達成、D：評価できない。"
        "未提出：所管課の回答がないため件数に含めていません"
    )
    assert legend_lines(legend, TEXT_WIDTH_MM).split("\n") == [
        "※A：目標達成、B：概ね達成、C：未達成、D：評価できない。",
        "未提出：所管課の回答がないため件数に含めていません",
    ]
    short = "※A：目標達成、B：概ね達成、C：未達成、D：評価できない"
    assert legend_lines(short, TEXT_WIDTH_MM) == short
    # (a sentence over a line broken between its entries: 「ん）」 alone on a line, review 134 #4)
    setagaya = (
        "※計画を上回る実施：◎、計画どおり実施：○、内容を一部修正して実施：△、未実施：×、"
        "再掲：-（件数に含めません）"
    )
    assert legend_lines(setagaya, TEXT_WIDTH_MM).split("\n") == [
        "※計画を上回る実施：◎、計画どおり実施：○、内容を一部修正して実施：△、未実施：×、",
        "再掲：-（件数に含めません）",
    ]
