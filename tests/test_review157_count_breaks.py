"""A status and its count printed on one line (review 157 #6): Excel, Word and LibreOffice fill
a line and break Japanese anywhere, and printed a policy's count sentence as 「…未着手2件、変更・
中」 over 「止1件でした。」, a line starting 「・中止2件」, and a cell's 「…評価対象外とす」 over
「る。」. The sentence is now broken between its phrases in the workbook's cell (each line as
wide as its renderers set it), every 「変更・中止1件」 whole on a line, and each text of a cell
of two likewise; a bracketed item number stays with its name (review 158 #5: 「(2)」 alone over
「手数料のオンライン納付」)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import openpyxl

import planeval
from planeval.report.breaks import GOOD, TOKENS, ranks
from planeval.report.cell_wrap import SET_WIDER
from planeval.report.name_lines import phrases_on_lines
from planeval.report.xlsx_chapter3 import XLSX_UNITS
from tests.conftest import write_book
from tests.minamihama import TOML

STATUSES = ("目標達成", "取組中", "未着手", "変更・中止")
POLICY = "基本方針1　事務事業の再編・整理と民間活力の活用による行政サービスの向上"


def _exported(tmp_path: Path) -> tuple[Path, Counter[str]]:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    header = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
    table: list[list[object]] = [[POLICY], header]
    statuses = [STATUSES[n % 4] if n < 12 else "取組中" for n in range(15)]
    for n, status in enumerate(statuses, start=1):
        table.append([f"1.{n}", f"取組項目{n}", f"取組内容{n}", status, "継続する。", "企画課"])
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": table})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    assert not [p for p in read.problems if p.is_error], read.problems
    report = planeval.build_report(read.entries, config.scale, wording=config.wording)
    xlsx = tmp_path / "報告.xlsx"
    planeval.export(report, xlsx=xlsx)
    return xlsx, Counter(statuses)


def _each_count_on_one_line(lines: list[str], counts: Counter[str]) -> None:
    """Every 「{status}{count}件」 of the sentence whole on one of its lines."""
    for status, count in counts.items():
        said = f"{status}{count}件"
        assert said in "".join(lines), lines
        assert any(said in line for line in lines), (said, lines)


def test_the_count_sentence_of_a_policy_sheet_keeps_each_count_on_a_line(tmp_path: Path) -> None:
    xlsx, counts = _exported(tmp_path)
    book = openpyxl.load_workbook(xlsx)
    sheets = [sheet for sheet in book.worksheets if sheet.title.startswith("基本方針1")]
    assert sheets
    sheet = sheets[0]
    sentence = str(sheet["A3"].value)  # (under the heading and a blank row)
    lines = sentence.split("\n")
    _each_count_on_one_line(lines, counts)
    # (each line fits the table's width as the widest renderer sets it: none breaks it again)
    merged = next(r for r in sheet.merged_cells.ranges if r.min_row == r.max_row == 3)
    room = sum(  # (the widths of the columns the sentence's cell spans, as Excel has them)
        d.width * (min(d.max, merged.max_col) - max(d.min, merged.min_col) + 1)
        for d in sheet.column_dimensions.values()
        if d.min <= merged.max_col and d.max >= merged.min_col
    )
    assert len(lines) > 1 and XLSX_UNITS.wrap.advance(sentence) > room  # (wider than a line)
    assert all(XLSX_UNITS.wrap.advance(line) * SET_WIDER <= room for line in lines), lines


def test_each_line_of_a_cell_of_two_texts_is_broken_between_its_phrases() -> None:
    """A 課題 cell of 評価の理由 over 今後の方向性 (review 157 #6: 「…今年度は評価対象外とす」 over
    「る。」): each of its texts broken between its phrases, none inside a word."""
    measure = XLSX_UNITS.wrap.advance
    reason = "評価の理由：令和7年度から新たに取り組むため、今年度は評価対象外とする。"
    direction = "今後の方向性：次年度以降に評価する"
    room = measure(reason) - 2.0  # (one character short of the reason's line)
    lines = phrases_on_lines(f"{reason}\n{direction}", room, measure).split("\n")
    assert lines[-1] == direction and "".join(lines[:-1]) == reason, lines
    assert lines[0].endswith("、") and lines[1] == "今年度は評価対象外とする。", lines


def test_a_bracketed_number_stays_with_its_name() -> None:
    measure = XLSX_UNITS.wrap.advance
    for name in ("(2) 手数料のオンライン納付", "（２） 手数料のオンライン納付"):
        room = measure(name) - 1.0  # (wider than its line: broken)
        lines = phrases_on_lines(name, room, measure).split("\n")
        assert len(lines) == 2 and "".join(lines) == name, lines
        assert re.fullmatch(r"[(（][0-9０-９][)）] \S+", lines[0]), lines


def test_a_status_s_letter_and_count_are_no_place_to_break() -> None:
    """「おおむね効果的（B）1件」: neither before 「（B）」 nor before 「1件」 is a good break."""
    parts = TOKENS.findall("効果的（A）3件、おおむね効果的（B）2件")
    found = ranks(parts)
    for at, part in enumerate(parts):
        if part in ("（", "2", "3"):
            assert found[at] is None or found[at] > GOOD, (part, found[at])
