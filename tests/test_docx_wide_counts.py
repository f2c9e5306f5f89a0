"""A count table too wide for A4 portrait in the Word export: a body whose scale has many
statuses (A–H counted, two more shown and not counted) has 21 columns in 集計 — each status's
count and share — and the portrait page held 170 mm of them: the policies' table ran 50 mm past
both margins and the bodies' 団体別集計 squeezed its names' column to nothing. Such a table is
on landscape pages now (the title with it where it is the first), and Chapter 3 back on
portrait ones; a report whose counts fit stays portrait throughout."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

RUNNER = CliRunner()
COUNTED = {"A": "順調", "B": "概ね順調", "C": "やや遅れ", "D": "遅れ"}
COUNTED |= {"E": "見直し", "F": "休止", "G": "完了", "H": "廃止"}
UNCOUNTED = {"I": "評価対象外", "J": "事業中止"}
HEADER = ["基本目標", "施策", "事務事業", "点検結果", "課題"]


def _settings(symbols: dict[str, str], uncounted: dict[str, str]) -> str:
    statuses = [
        f'[[scale.status]]\nsymbol = "{s}"\nlabel = "{label}"\n' for s, label in symbols.items()
    ]
    statuses += [
        f'[[scale.status]]\nsymbol = "{s}"\nlabel = "{label}"\ncounted = false\n'
        for s, label in uncounted.items()
    ]
    words = (
        '[wording]\npolicy = "基本目標"\ndirection = "施策"\nstatus = "点検結果"\nissue = "課題"\n'
    )
    return "\n".join([*statuses, words])


def _export(folder: Path, symbols: str, *, per_measure: int) -> DocumentObject:
    """Two bodies' forms, each 事務事業 rated in turn with ``symbols``, exported to Word."""
    books = []
    for offset, body in enumerate(("青葉市", "緑町")):
        rows: list[list[object]] = [["令和5年度 施策評価 調査票"], [f"団体名：{body}"], HEADER]
        turn = offset
        for goal in (1, 2, 3):
            for measure in (1, 2):
                for project in range(1, per_measure + 1):
                    symbol = symbols[turn % len(symbols)]
                    rows.append(
                        [f"基本目標{goal} 目標{goal}", f"施策{goal}-{measure} 施策の名前",
                         f"事業{project}", symbol, "" if symbol in "ABG" else "遅れた。"]
                    )  # fmt: skip
                    turn += 1
        books.append(str(write_book(folder / f"{body}.xlsx", {"評価": rows})))
    out = folder / "報告書.docx"
    config = ["--config", str(folder / "planeval.toml")]
    made = RUNNER.invoke(app, ["export", *books, "--bodies", "file", "--docx", str(out), *config])
    assert made.exit_code == 0, made.output
    return Document(str(out))


def _tables_by_section(doc: DocumentObject) -> list[tuple[bool, float, list[float]]]:
    """Each section's orientation (landscape or not), text width in mm, and its tables' widths."""
    sections = iter(doc.sections)
    found: list[tuple[bool, float, list[float]]] = []
    widths: list[float] = []
    for element in doc.element.body.iterchildren():
        if element.tag == qn("w:tbl"):
            grid = element.find(qn("w:tblGrid"))
            widths.append(sum(int(col.get(qn("w:w"))) for col in grid) / 1440 * 25.4)
        ends = (
            element.tag == qn("w:sectPr")
            or element.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        )
        if ends:
            section = next(sections)
            assert section.page_width is not None and section.left_margin is not None
            assert section.right_margin is not None
            text = section.page_width.mm - section.left_margin.mm - section.right_margin.mm
            found.append((section.orientation == WD_ORIENT.LANDSCAPE, text, widths))
            widths = []
    return found


def test_a_count_table_of_many_statuses_is_on_a_landscape_page(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(_settings(COUNTED, UNCOUNTED), encoding="utf-8")
    doc = _export(tmp_path, "ABCDEFGHIJ", per_measure=20)
    sections = _tables_by_section(doc)
    # the title and both count tables (集計, 団体別集計) on landscape pages, Chapter 3 on
    # portrait ones; every table within its page's margins
    assert [landscape for landscape, _, _ in sections] == [True, False, True]
    first = sections[0]
    assert len(first[2]) == 2 and first[1] > 250
    assert doc.paragraphs[0].text == "計画の進捗状況"  # (the title on the first page)
    for _, text, widths in sections:
        assert all(width <= text + 0.5 for width in widths), (text, widths)
    # the bodies' names keep their column: 団体 | A … and each body's name on one line
    bodies = doc.tables[1]
    assert [row.cells[0].text for row in bodies.rows[2:]] == ["青葉市", "緑町", "合計"]
    assert bodies.columns[0].width is not None and bodies.columns[0].width.mm >= 29


def test_a_count_table_that_fits_keeps_the_report_portrait(tmp_path: Path) -> None:
    few = {symbol: COUNTED[symbol] for symbol in "ABCD"}
    (tmp_path / "planeval.toml").write_text(_settings(few, {}), encoding="utf-8")
    doc = _export(tmp_path, "ABCD", per_measure=3)
    sections = _tables_by_section(doc)
    # (the issue list of several bodies on landscape pages, as before)
    assert [landscape for landscape, _, _ in sections] == [False, True]
    assert len(sections[0][2]) == 2 + 6  # 集計, 団体別集計 and Chapter 3's tables, portrait
    for _, text, widths in sections:
        assert all(width <= text + 0.5 for width in widths), (text, widths)
