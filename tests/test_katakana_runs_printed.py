"""No printed name breaks inside a run of katakana (review 145 #4): Setagaya's Word document
printed 「ナレッジマネジメ」 over 「ントシステムの」 in a 課題等 column of nine characters beside a
status column of 34 mm, and its workbook's policy sheets 「…対応したシ」 over 「ステム改修の実施」
in a project's cell. Each cell is laid out as the renderers fill it (cell_wrap: its explicit
lines, each filled at its column's width)."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

import planeval
from planeval.report.breaks import TOKENS, is_katakana
from planeval.report.cell_wrap import Wrap, wrapping
from planeval.report.docx_export import DOCX_UNITS
from planeval.report.widths import runs, widest
from planeval.report.xlsx_chapter3 import XLSX_UNITS

SETAGAYA = Path(__file__).resolve().parents[1] / "data" / "setagaya" / "chapter3.xlsx"


def _katakana_broken(text: str, width: float, wrap: Wrap) -> list[str]:
    """The lines of ``text`` (its own, then as filled at ``width``) that end inside a run of
    katakana the next goes on with."""
    found = []
    explicit = text.split("\n")
    for line, after in pairwise(explicit):
        if is_katakana(line[-1:] or " ") and is_katakana(after[:1] or " "):
            found.append(line)
    for line in explicit:
        parts = TOKENS.findall(line)
        *_, starts = wrapping(line, wrap.advance).fill(width - wrap.padding)
        found += [
            "".join(parts[:at])
            for at in starts
            if is_katakana(parts[at - 1][-1]) and is_katakana(parts[at][0])
        ]
    return found


def _in_a_long_run(line: str, cells: list) -> bool:  # type: ignore[type-arg]
    """Whether ``line`` ends inside a run of katakana of more than 8 characters in ``cells``."""
    tail = re.search("[\u30a1-\u30faー]+$", line)
    long = {r for r in runs(c.text.replace("\n", "") for c in cells) if len(r) > 8}
    return tail is not None and any(
        tail.group() in r and not r.endswith(tail.group()) for r in long
    )


def _exported(tmp_path: Path) -> dict[str, Path]:
    result = planeval.read_workbooks([SETAGAYA])
    report = planeval.build_report(result.entries)
    paths = {"xlsx": tmp_path / "r.xlsx", "docx": tmp_path / "r.docx"}
    planeval.export(report, **paths)  # type: ignore[arg-type]
    return paths


def test_word_s_tables_break_no_run_of_katakana(tmp_path: Path) -> None:
    document = Document(str(_exported(tmp_path)["docx"]))
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "情報化計画事業の体系"]
    assert tables
    issues = [c for t in tables for r in t.rows[1:] for c in r.cells[-1:] if c.text]
    assert any("ナレッジマネジメントシステム" in cell.text.replace("\n", "") for cell in issues)
    # (the 課題等 column holds its widest run of up to 8 characters, set as a renderer may set
    # it wider; a longer one, 「ナレッジマネジメントシステム」, is broken where Word breaks it,
    # not every row made taller for it: review 201 #2)
    width = min(cell.width.mm for cell in issues)
    short = {r for r in runs(c.text.replace("\n", "") for c in issues) if len(r) <= 8}
    run = widest(short, DOCX_UNITS.measure)
    assert width >= run + DOCX_UNITS.margin, (width, run)
    assert width < DOCX_UNITS.measure("ナレッジマネジメントシステム") + DOCX_UNITS.margin
    broken = {
        line
        for table in tables
        for row in table.rows[1:]
        for cell in row.cells[-1:]  # (the issue's)
        for line in _katakana_broken(cell.text, cell.width.mm, DOCX_UNITS.wrap)
    }
    assert all(_in_a_long_run(line, issues) for line in broken), broken


def test_the_workbook_s_names_break_no_run_of_katakana(tmp_path: Path) -> None:
    book = load_workbook(_exported(tmp_path)["xlsx"])
    sheets = [s for s in book.worksheets if s.title.startswith("政策")]
    assert sheets
    broken, names = set(), 0
    for sheet in sheets:
        widths = {d.min: d.width for d in sheet.column_dimensions.values()}
        for row in sheet.iter_rows(min_row=8, max_col=3):
            if not row[2].value:  # (a direction's row, merged across the table)
                continue
            for cell in row[:2]:  # (the project's and the item's names)
                if isinstance(cell.value, str) and cell.value:
                    names += 1
                    width = widths[cell.column]
                    broken |= set(_katakana_broken(cell.value, width, XLSX_UNITS.wrap))
    assert names
    assert broken == set()


def test_the_issue_list_s_sub_item_column_is_as_wide_as_its_words(tmp_path: Path) -> None:
    """Setagaya's 課題一覧 had a 細目 column as wide as 「電子資料公開システム」 on one line (4
    of 25 rows use it) beside a wrapped 実施内容 (review 145 #4): it is as narrow as its widest
    word, 「電子資料公開」 over 「システム」, and 実施内容 has what it gives."""
    document = Document(str(_exported(tmp_path)["docx"]))
    [table] = [t for t in document.tables if t.rows[0].cells[0].text == "番号"]
    headers = [cell.text for cell in table.rows[0].cells]
    column = headers.index("細目")
    cells = [row.cells[column] for row in table.rows[1:] if row.cells[column].text]
    texts = {cell.text.replace("\n", "") for cell in cells}
    assert "電子資料公開システム" in texts
    width, measure, margin = cells[0].width.mm, DOCX_UNITS.measure, DOCX_UNITS.margin
    assert measure("電子資料公開") + margin <= width < measure("電子資料公開システム") + margin
    assert {cell.text for cell in cells} >= {"電子資料公開\nシステム"}
    assert table.rows[1].cells[headers.index("実施内容")].width.mm > 1.5 * width


def test_check_reads_a_name_word_broke_after_its_slash_whole(tmp_path: Path) -> None:
    """The Word export breaks 「電子調達/マイナポータル ○」 after its 「/」; check read the row
    back as 「電子調達/ マイナポータル ○」, a name the form does not have."""
    from planeval.io.docx_text import docx_paragraphs

    path = _exported(tmp_path)["docx"]
    cells = [cell for t in Document(str(path)).tables for r in t.rows for cell in r.cells]
    assert any("電子調達/\nマイナポータル" in cell.text for cell in cells)
    rows = [cell.text for cell in docx_paragraphs(path, path.read_bytes())]
    assert any("電子調達/マイナポータル ○" in row for row in rows)
    assert not any("電子調達/ マイナポータル" in row for row in rows)
