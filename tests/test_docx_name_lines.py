"""Names in the Word tables broken between their phrases (review 130 #3): Word fills a Japanese
line anywhere and printed 「庁内システムのクラウ／ド移行率」「推／進」「推進【拡／充】」 in Chapter 3's
体系 and 取組内容 cells and the issue list's; each name wider than its cell now holds line
breaks where a phrase ends, never inside a 【…】 tag."""

from __future__ import annotations

from pathlib import Path

from docx import Document

import planeval
from planeval.report.docx_export import DOCX_UNITS
from planeval.report.fold import between_words
from tests.conftest import write_book
from tests.minamihama import PRESET_AND_WORDING as SETTINGS

PROJECT = "庁内システムのクラウド移行と情報セキュリティ対策の推進【拡充】"
ITEM = "基幹業務システムのクラウド移行率の向上・標準化への対応【新規】"


def _docx(tmp_path: Path) -> Document:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    header = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
    table: list[list[object]] = [["基本方針1　事務事業の見直しと効率化"], header]
    for n in range(1, 4):
        table.append([f"1.{n}", PROJECT, ITEM, "変更・中止", "継続して取り組む。", "情報政策課"])
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": table})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    assert not [p for p in read.problems if p.is_error], read.problems
    out = tmp_path / "報告.docx"
    planeval.export(
        planeval.build_report(read.entries, config.scale, wording=config.wording), docx=out
    )
    return Document(str(out))


def _lines(cell_text: str, name: str) -> list[str]:
    """The name's lines as the cell holds them (python-docx reads a <w:br/> as 「\\n」)."""
    at = cell_text.index(name[:4])
    return cell_text[at:].split("\n")


def test_names_in_word_tables_break_between_their_phrases(tmp_path: Path) -> None:
    found = []
    for table in _docx(tmp_path).tables:
        for row in table.rows[1:]:
            for cell in row.cells:
                for name in (PROJECT, ITEM):
                    if cell.text.replace("\n", "").endswith(name):
                        found.append((cell.text, name, cell.width.mm))
    assert found
    measure = DOCX_UNITS.wrap.advance
    for text, name, width in found:
        lines = _lines(text, name)
        assert "".join(lines) == name and len(lines) > 1, text  # (wider than its cell: broken)
        # (each line fits its cell, so Word breaks it nowhere else; each ends a word)
        assert all(measure(line) <= width - DOCX_UNITS.wrap.padding for line in lines), text
        assert between_words(name, lines), text
        assert "【拡充】" in lines[-1] or "【新規】" in lines[-1]


def test_a_tag_is_never_broken_inside() -> None:
    from planeval.report.name_lines import phrases_on_lines

    measure = DOCX_UNITS.wrap.advance
    for room in (8.0, 10.0, 12.0, 16.0, 20.0):
        text = phrases_on_lines("防災対策の推進【新規・拡充】", room, measure)
        assert all(line.count("【") == line.count("】") for line in text.split("\n")), text


def test_a_name_is_made_no_taller_than_its_row_for_its_phrases() -> None:
    """Word's own lines take 2; its phrases 3 set as a renderer may set them wider: so broken
    only where its row has 3 lines anyway, else left to Word (a row taller for each such name
    added a page to 浜松市's issue list; 2 lines as measured broke 「活用／している」, where no
    phrase ends: review 201 #1)."""
    from planeval.report.name_lines import phrases_on_lines

    name = "デジタル教科書を活用している学校の割合"
    measure = DOCX_UNITS.wrap.advance
    assert phrases_on_lines(name, 32.0, measure, lines=1) == name
    lines = phrases_on_lines(name, 32.0, measure, lines=3).split("\n")
    assert lines == ["デジタル教科書を", "活用している学校の", "割合"]


ISSUE = "電子申請の対象手続を前倒しで拡大し、キャッシュレス決済は一部窓口のみで導入した。"


def test_free_text_in_word_tables_breaks_between_its_phrases_in_no_more_lines(
    tmp_path: Path,
) -> None:
    """Review 134 #4: the 課題 and 取組状況 columns printed 「前／倒し」「一／部窓口」「推／進する」
    「進め／ている」: a text wider than its cell is broken between its phrases too, in no more
    lines than Word's own (a row no taller, no page added)."""
    from planeval.report.cell_wrap import wrapping

    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    header = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
    table: list[list[object]] = [["基本方針1　事務事業の見直しと効率化"], header]
    table.append(["1.1", "窓口の見直し", "窓口の見直し", "変更・中止", ISSUE, "情報政策課"])
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": table})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    out = tmp_path / "報告.docx"
    report = planeval.build_report(read.entries, config.scale, wording=config.wording)
    planeval.export(report, docx=out)
    found = [
        (cell.text, cell.width.mm)
        for table in Document(str(out)).tables
        for row in table.rows[1:]
        for cell in row.cells
        if cell.text.replace("\n", "") == ISSUE
    ]
    assert len(found) == 2  # (its policy's table and the issue list)
    measure, padding = DOCX_UNITS.wrap.advance, DOCX_UNITS.wrap.padding
    for text, width in found:
        lines = text.split("\n")
        assert len(lines) > 1 and between_words(ISSUE, lines), text
        assert all(measure(line) <= width - padding for line in lines), text
        assert len(lines) <= wrapping(ISSUE, measure).filled(width - padding)[0], text


def test_a_sub_item_beside_its_status_breaks_between_its_phrases(tmp_path: Path) -> None:
    """Review 145 #4: Setagaya's 達成状況 cells name each sub-item with its rating, 「電子調達/
    マイナポータル ○」, wider than the column (as wide as its title and a status): Word filled
    the line and printed 「電子調達/マイナポー／タル ○」; the cell breaks after the 「/」."""
    from tests.conftest import SEED_WORKBOOK

    out = tmp_path / "報告.docx"
    config = planeval.load_config(None)
    read = planeval.read_workbooks([SEED_WORKBOOK], scale=config.scale, wording=config.wording)
    planeval.export(planeval.build_report(read.entries, config.scale), docx=out)
    found = {}
    for table in Document(str(out)).tables:
        if table.rows[0].cells[-2].text != "達成状況":
            continue
        width = table.columns[-2].width.mm
        for row in table.rows[1:]:
            if "マイナポータル" in (text := row.cells[-2].text):
                found[text] = width
    assert found, "no 達成状況 cell names マイナポータル"
    room = min(found.values()) - DOCX_UNITS.wrap.padding
    assert DOCX_UNITS.wrap.advance("電子調達/マイナポータル ○") > room
    assert set(found) == {"電子調達/\nマイナポータル ○"}, found
