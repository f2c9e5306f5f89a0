"""Review 199 #6 (and 194 #5): a department's name whole in Word's issue list beside an
indicator's name, a policy's name in the workbook's 集計 broken between its phrases, and a
terminal note broken at its width, not early at a 「、」."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from rich.cells import cell_len

import planeval
from planeval.model import Entry, Location
from planeval.report.building import build_report
from planeval.report.docx_export import DOCX_UNITS, ISSUE_MOST_MM, LANDSCAPE_WIDTH_MM
from planeval.report.fold import packed
from planeval.report.issue_list import IssueTable
from planeval.report.table_widths import issue_widths
from planeval.report.xlsx_export import write_xlsx

# 東上野県's issue list: an indicator's name and its figures between the item and the status
HEADERS = ("番号", "施策", "取組", "指標名", "基準値（R3）", "目標値（R7）", "実績値", "進捗状況")
HEADERS += ("課題・今後の方向性", "担当課")
ROLES = ("id", "project", "item", "figure", "figure", "figure", "figure", "status", "issue")
ROLES += ("department",)
ROWS = (
    ("1-1オ", "行政手続のオンライン化", "県・市町村共同利用型電子申請の拡大", "参加市町村数",
     "20市町村", "35市町村", "31市町村", "前進B", "順調に進捗している。引き続き推進する。",
     "デジタル推進課"),
    ("1-3エ", "医療・福祉のデジタル化", "母子健康手帳アプリの普及", "アプリ登録率", "15%", "60%",
     "27.1%（速報値）", "横ばいC", "実績が伸び悩んでいる。周知方法を見直す。", "医務課"),
    ("4-1イ", "学校のICT環境整備", "統合型校務支援システムの導入",
     "統合型校務支援システム導入校の割合", "10%", "100%", "97.0%（速報値）", "後退D",
     "前年度より実績が低下した。原因を分析し改善を図る。", "教育ICT推進課"),
    ("2-1ア", "中小企業のDX支援", "中小企業DX相談窓口", "相談件数", "150経営体", "1,500手続",
     "R6.10稼働", "達成A", "目標を達成した。", "行政改革課"),
)  # fmt: skip


def test_the_department_is_whole_beside_an_indicator_s_name() -> None:
    """Word's issue list gave 指標名 its longest name on one line (58 mm, as a figure) and
    printed 担当課 「デジ／タル／推進／課」 in 14 mm: the name wraps as a text, the department
    is as wide as its longest name."""
    table = IssueTable(HEADERS, ROWS, (), ROLES)
    widths = issue_widths(table, LANDSCAPE_WIDTH_MM, DOCX_UNITS, most=ISSUE_MOST_MM, spare=True)
    longest = DOCX_UNITS.measure("教育ICT推進課") + DOCX_UNITS.margin
    assert round(widths[-1], 1) == round(longest, 1) == 27.9
    assert round(widths[3], 1) == 28.4  # (指標名: a text wrapping, not its longest whole)
    assert round(sum(widths), 1) <= LANDSCAPE_WIDTH_MM


def test_a_long_policy_name_in_the_workbook_breaks_before_its_bracket(tmp_path: Path) -> None:
    """南川崎市's 集計 printed 「民間委託等の推進（指定管理者制度の活用を含む」 over a lone 「）」."""
    name = "民間委託等の推進（指定管理者制度の活用を含む）"
    entries = [
        Entry(
            Location("計画.xlsx", "R6", f"D{n}"), "2", "", f"(2)-{n}", f"取組{n}", n, "", f"取組{n}",
            None, "○", "○", policy_name=name,
        )
        for n in (1, 2)
    ]  # fmt: skip
    target = tmp_path / "報告.xlsx"
    write_xlsx(build_report(entries, planeval.DEFAULT_SCALE), target)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    names = [cell.value for row in sheet.iter_rows() for cell in row if "民間" in str(cell.value)]
    assert names == ["民間委託等の推進\n（指定管理者制度の活用を含む）"]


def test_a_note_breaks_at_its_width_not_early_at_a_comma() -> None:
    """summarize at 80 columns: 「教育委員会の取組 9 件は、」 alone over the rest of its sentence."""
    note = "教育委員会の取組 9 件は、回答が提出されていないため集計に含めていません（未提出）。"
    assert packed(note, 80, cell_len, phrases=True) == [
        "教育委員会の取組 9 件は、回答が提出されていないため集計に",
        "  含めていません（未提出）。",
    ]
    assert packed(note, 40, cell_len, phrases=True) == [  # (a line half full: as it was)
        "教育委員会の取組 9 件は、",
        "  回答が提出されていないため集計に",
        "  含めていません（未提出）。",
    ]


def test_check_s_verdict_breaks_after_its_topic_not_after_its_first_comma() -> None:
    """check printed 「7 段落、表の 10 行、」 alone over the rest of its verdict."""
    verdict = (
        "7 段落、表の 10 行、表の説明 10 件と一覧の説明 1 件の記載件数はすべて集計と一致しています"
    )
    assert packed(verdict, 80, cell_len, phrases=True) == [
        "7 段落、表の 10 行、表の説明 10 件と一覧の説明 1 件の記載件数は",
        "  すべて集計と一致しています",
    ]
