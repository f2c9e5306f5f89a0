"""A national roll-up's workbook as it prints (review 29): the notes under 団体別集計 in rows
that each fit a page, a list of bodies one reason to a row; every body named on its chart's
axis in LibreOffice; a chart's title broken between its bodies, not inside one."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.table_notes import uncounted_line
from planeval.report.xlsx_charts import TITLE_CELLS, Parts
from planeval.report.xlsx_notes import NOTE_ROW_LINES, NoteRow, note_rows
from planeval.report.xlsx_writer import display_width, line_count

# a survey's own sheet: one column per level, A–D (Nagoya's scale), as a town's clerk fills it
HEADER = ["基本目標", "施策", "取組", "評価", "課題"]
BODIES = [f"{place}{kind}" for place in ("川辺", "青葉", "鷹巣", "霞ケ") for kind in "市町村"]
BODIES += [f"{place}{kind}" for place in ("白石", "緑野", "森野", "星野") for kind in "市町村"]


def _survey(folder: Path, bodies: list[str] = BODIES) -> Path:
    """24 bodies' replies (or ``bodies``'): each with a mark not on the scale (an error
    counted past: the body partly counted), the last two with nothing but such marks (no row
    counted)."""
    folder.mkdir()
    for number, body in enumerate(bodies, start=1):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "進捗状況"
        marks = ["？", "？"] if number > len(bodies) - 2 else ["A", "C", "？"]
        sheet.append(HEADER)
        for row, mark in enumerate(marks):
            first = ["1 行政サービスのデジタル化", "1 窓口のオンライン化"] if not row else ["", ""]
            sheet.append([*first, f"取組{row + 1}", mark, "予算の確保" if mark == "C" else ""])
        book.save(folder / f"{number:02d}_{body}.xlsx")
    (folder.parent / "planeval.toml").write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("rollup")
    files = _survey(root / "files")
    out = root / "全国.xlsx"
    result = CliRunner().invoke(
        app,
        ["export", str(files), "--bodies", "file", "--keep-going", "--xlsx", str(out),
         "--config", str(root / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 1, result.output  # (the marks: errors, counted past)
    return out


def test_a_long_list_of_bodies_is_one_reason_to_a_row_each_row_a_few_lines(
    exported: Path,
) -> None:
    sheet = load_workbook(exported)["団体別集計"]
    rows = [(cell.row, cell.value) for (cell,) in sheet.iter_rows(min_col=1, max_col=1)]
    total = next(row for row, value in rows if value == "合計")
    notes = [(row, str(value)) for row, value in rows if row > total and value]
    texts = [text for _row, text in notes]
    partly = BODIES[:-2]
    assert texts[0].startswith("※割合")  # (the note first, under 合計: the legend is 集計's)
    start = texts.index("一部未集計の団体：")
    # every partly counted body named once, after its reason said once with their number
    listed = "".join(texts[start + 1 : -2]).replace("\n", "")  # (then the errors; read whole)
    assert listed.startswith(f"\u3000記入に不備があったため（{len(partly)}団体）：")
    assert listed.split("：", 1)[1] == "、".join(partly)
    assert texts[-2].startswith("集計に含めていない回答や記入に不備のあった行を除いた件数です")
    # the bodies not counted named under 集計, their rows here saying why (review 193 #2)
    counted = f"{len(BODIES)}団体のうち{len(partly)}団体の回答を集計しました。"
    assert texts[start - 1] == f"{counted}未集計の団体とその理由は表に記載しています。"
    # each row as tall as its lines at the table's width, none taller than NOTE_ROW_LINES
    # (the table's columns the notes span; xlsxwriter writes one <col> for a run of equal widths)
    width = sum(d.width * (d.max - d.min + 1) for d in sheet.column_dimensions.values())
    for row, text in notes:
        assert sheet.row_dimensions[row].height == 16.5 * line_count(text, width) + 4.5
    assert max(line_count(text, width) for text in texts) <= NOTE_ROW_LINES


def test_note_rows_keep_a_short_note_and_fold_a_long_list_after_a_body() -> None:
    reasons = {f"団体{n:02d}": "記入に不備があったため" for n in range(40)} | {"北町": "未回答"}
    note = uncounted_line(list(reasons), reasons)
    rows = note_rows(["※A：計画以上", note], 60.0)
    texts = [row.text for row in rows]
    assert texts[:2] == [
        "※A：計画以上",
        "41団体のうち0団体の回答を集計しました。未集計の団体：",
    ]
    assert texts[-1] == "\u3000未回答（1団体）：北町"
    assert "".join(texts[2:-1]) == "\u3000記入に不備があったため（40団体）：" + "、".join(
        f"団体{n:02d}" for n in range(40)
    )
    assert all(text.endswith("、") for text in texts[2:-2])  # (broken after a body)
    assert rows[0] == NoteRow("※A：計画以上", 1)
    assert all(row.lines <= NOTE_ROW_LINES for row in rows)


def test_every_body_is_named_on_its_chart_s_axis(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if "charts/chart" in n]
    [chart] = [c for c in charts if "団体別集計!$A$" in c]
    axis = re.search(r"<c:catAx>.*?</c:catAx>", chart, re.S)
    assert axis is not None
    # Calc shows every name only where the labels' rotation is said (0: they may overlap)
    assert '<a:bodyPr rot="0" vert="horz"/>' in axis.group()
    assert '<c:tickLblSkip val="1"/>' in axis.group()
    # (24 bodies, one chart; the last two, no row counted, blank in the table: no bar, review 92)
    assert "<c:f>団体別集計!$A$5:$A$26</c:f>" in chart


def test_a_chart_s_title_breaks_between_its_bodies_not_inside_one() -> None:
    parts = Parts(13, 150)
    head = "団体別の達成状況（件）"
    assert parts.heading(head, 2, "団体00", "団体23") == f"{head}2/13　団体00～団体23"
    first, last = "南台沢町（一部未集計）", "緑丘市（一部未集計）"
    assert parts.heading(head, 7, first, last) == f"{head}7/13\n{first}～{last}"
    long = "架空県南台沢上野原町（一部未集計）"
    assert display_width(f"{long}～{long}") > TITLE_CELLS
    assert parts.heading(head, 7, long, long) == f"{head}7/13\n{long}～\n{long}"
    assert Parts(1, None).heading(head, 1, first, last) == head  # (a table's only chart)


def test_a_body_s_name_folds_before_its_mark_not_a_header_inside_its_brackets() -> None:
    """80 columns, a national roll-up (review 29): 「川辺崎市」 over 「（一部未集計）」, the
    header 「-（対象外）」 whole (on one line, review 137 #10), never 「（対象／外）」; at 120 all
    on one line."""
    from io import StringIO

    from rich.console import Console

    from planeval.report.render import TableData
    from planeval.report.terminal import write_rich

    rows = [
        ["川辺崎市（一部未集計）", "18", "57", "31", "9", "115", "3"],
        ["合計", "2,973", "10,771", "3,922", "1,370", "19,036", "588"],
    ]
    headers = ("団体", "A", "B", "C", "D", "計", "-（対象外）")
    table = TableData("団体別の達成状況", headers, rows, frozenset(range(1, 7)))
    out = StringIO()
    write_rich([table], Console(file=out, width=80, color_system=None))
    lines = out.getvalue().splitlines()
    # (the name folded before its mark leaves the header room for one line: review 137 #10)
    assert lines[2:7] == [
        "│ 団体                 │     A │      B │     C │     D │     計 │ -（対象外） │",
        "├──────────────────────┼───────┼────────┼───────┼───────┼────────┼─────────────┤",
        "│ 川辺崎市             │    18 │     57 │    31 │     9 │    115 │           3 │",
        "│ （一部未集計）       │       │        │       │       │        │             │",
        "│ 合計                 │ 2,973 │ 10,771 │ 3,922 │ 1,370 │ 19,036 │         588 │",
    ]
    out = StringIO()
    write_rich([table], Console(file=out, width=120, color_system=None))
    assert "│ 川辺崎市（一部未集計） │" in out.getvalue()


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("documents")
    files = _survey(root / "files")
    out = {kind: root / f"全国.{kind}" for kind in ("docx", "html", "md")}
    result = CliRunner().invoke(
        app,
        ["export", str(files), "--bodies", "file", "--keep-going",
         *(arg for kind, path in out.items() for arg in (f"--{kind}", str(path))),
         "--config", str(root / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 1, result.output  # (the marks: errors, counted past)
    return out


def _by_reason_notes() -> list[str]:
    """The notes after the rounding's under each count table: the two bodies with nothing
    counted as written, each with its reason; the 22 counted in part by reason, once."""
    partly, uncounted = BODIES[:-2], BODIES[-2:]
    return [
        f"{len(BODIES)}団体のうち{len(partly)}団体の回答を集計しました。未集計の団体："
        + "、".join(f"{body}（記入に不備があったため）" for body in uncounted),
        "一部未集計の団体：",
        f"\u3000記入に不備があったため（{len(partly)}団体）：" + "、".join(partly),
        "集計に含めていない回答や記入に不備のあった行を除いた件数です（直した後の件数はこの表と異なります）",
    ]


def test_word_and_the_web_page_give_a_long_list_of_bodies_by_reason(
    documents: dict[str, Path],
) -> None:
    """Review 29: the Word and web notes said 「（記入に不備があったため）」 after every body, one long
    paragraph; they give the list by reason as the workbook does (reason_lists.py)."""
    from docx import Document

    notes = [p.text for p in Document(str(documents["docx"])).paragraphs if p.style.name == "凡例"]
    wanted = _by_reason_notes()
    # (under 集計 and 団体別集計 alike, after the legend and the rounding's note; the bodies
    # not counted named under 集計 alone, 団体別集計's rows saying why: review 193 #2)
    short = wanted[0].split("未集計の団体：")[0] + "未集計の団体とその理由は表に記載しています。"
    both = [wanted, [short, *wanted[1:]]]
    assert [notes[n : n + 4] for n, text in enumerate(notes) if text in (wanted[0], short)] == both
    page = documents["html"].read_text(encoding="utf-8")
    for each in both:
        said = [f'<p class="note">{html.escape(text, quote=False)}</p>' for text in each]
        assert page.count("\n".join(said)) == 1, page
        assert documents["md"].read_text(encoding="utf-8").count("\n\n".join(each)) == 1


def test_a_note_s_list_is_given_by_reason_from_three_bodies_of_one() -> None:
    """A note keeps its parts as data (its words, the bodies and reasons) and each renderer
    makes its text: one paragraph as written, or a paragraph per reason from three bodies of
    one — found from the bodies themselves, not by searching the written note for them."""
    from planeval.report.reason_lists import paragraphs
    from planeval.report.table_notes import partly_line, uncounted_line

    two = {
        "南川村": "未回答",
        "白浜町": "記入に不備があったため",
        "北山村": "記入に不備があったため",
    }
    bodies = ["東町", *two]
    note = uncounted_line(bodies, two)
    written = (
        "4団体のうち1団体の回答を集計しました。未集計の団体：南川村（未回答）、"
        "白浜町（記入に不備があったため）、北山村（記入に不備があったため）"
    )
    assert (str(note), paragraphs(note)) == (written, (written,))  # (no reason said three times)
    three = two | {"東町": "記入に不備があったため"}
    note = partly_line(three)
    assert str(note) == (
        "一部未集計の団体：南川村（未回答）、白浜町（記入に不備があったため）、北山村（記入に不備があったため）、"
        "東町（記入に不備があったため）。集計に含めていない回答や記入に不備のあった行を除いた件数です"
        "（直した後の件数はこの表と異なります）"
    )
    assert paragraphs(note) == (
        "一部未集計の団体：",
        "\u3000未回答（1団体）：南川村",
        "\u3000記入に不備があったため（3団体）：白浜町、北山村、東町",
        "集計に含めていない回答や記入に不備のあった行を除いた件数です（直した後の件数はこの表と異なります）",
    )
    # (a body named like a reason's words: its list found by its bodies, not by its text)
    odd = {"未回答村": "未回答", "未回答町": "未回答", "（未回答）": "未回答"}
    assert paragraphs(uncounted_line(["未回答村", *odd], odd))[1:] == (
        "\u3000未回答（3団体）：未回答村、未回答町、（未回答）",
    )
    assert paragraphs("※割合（%）は…") == ("※割合（%）は…",)


def test_the_terminal_gives_the_list_by_reason_too(tmp_path: Path) -> None:
    files = _survey(tmp_path / "files")
    result = CliRunner().invoke(
        app,
        ["summarize", str(files), "--bodies", "file", "--by", "body", "--keep-going",
         "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "400"},
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    wanted = _by_reason_notes()
    # (five of a reason's bodies named, the rest counted: the table names each in its row, as
    # said — review 97, 240 names over 20 lines; review 165 #10)
    partly = BODIES[:-2]
    wanted[2] = (
        f"\u3000記入に不備があったため（{len(partly)}団体）："
        + "、".join(partly[:5])
        + f" ほか {len(partly) - 5} 団体（すべて上の表の行にあります）"
    )
    start = lines.index(wanted[0])
    assert lines[start : start + 4] == wanted, "\n".join(lines)


def test_the_chart_stands_under_the_last_note_not_over_the_list(tmp_path: Path) -> None:
    """The chart was anchored two rows under 合計 as when the notes were one row each: over
    the list of bodies by reason, the second row's height set to one line's. (20 bodies: a
    table on one page, its chart under it; 24 print on two, their chart on a sheet of its own.)"""
    files = _survey(tmp_path / "files", BODIES[:20])
    out = tmp_path / "全国.xlsx"
    result = CliRunner().invoke(
        app,
        ["export", str(files), "--bodies", "file", "--keep-going", "--xlsx", str(out),
         "--config", str(tmp_path / "planeval.toml")],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    sheet = load_workbook(out)["団体別集計"]
    last = max(cell.row for (cell,) in sheet.iter_rows(max_col=1) if cell.value)
    [chart] = sheet._charts  # type: ignore[attr-defined]
    assert chart.anchor._from.row == last + 1  # (0-based: the row after a blank one)
    heights = [sheet.row_dimensions[row].height for row in range(last - 3, last + 1)]
    # (the table's columns the notes span; xlsxwriter writes one <col> for a run of equal widths)
    width = sum(d.width * (d.max - d.min + 1) for d in sheet.column_dimensions.values())
    lines = [line_count(str(sheet.cell(row, 1).value), width) for row in range(last - 3, last + 1)]
    assert heights == [16.5 * n + 4.5 for n in lines]


def test_the_table_of_bodies_keeps_its_header_and_names_in_view_and_filters_its_bodies(
    exported: Path,
) -> None:
    """1,700 bodies a row each (review 159 #6): the header row and the bodies' names frozen,
    a filter over the bodies' rows (合計 under it, never sorted among them), and the header
    still printed on every page."""
    book = load_workbook(exported)
    sheet = book["団体別集計"]
    rows = [(cell.row, cell.value) for (cell,) in sheet.iter_rows(min_col=1, max_col=1)]
    total = next(row for row, value in rows if value == "合計")
    header = total - len(BODIES) - 1  # (a row per body above 合計)
    assert sheet.cell(header + 1, 1).value == BODIES[0]
    columns = [cell.value for cell in sheet[header] if cell.value]
    assert sheet.freeze_panes == f"B{header + 1}"  # (no 団体コード here: the names, column A)
    last = sheet.cell(total - 1, len(columns)).coordinate
    assert sheet.auto_filter.ref == f"A{header}:{last}"
    assert sheet.print_title_rows in (None, f"{header}:{header}")


def test_a_list_of_bodies_not_counted_says_why_without_the_word_error() -> None:
    """A list of bodies with no reason of each said 「（理由はエラーの表示を見てください）」: no
    「エラー」 in a report (review 190 #4); now the printed report's own words (UNCOUNTED_WHY)."""
    assert uncounted_line(["北山村", "南川村"], ["南川村"]) == (
        "2団体のうち1団体の回答を集計しました。未集計の団体：南川村（回答がない、"
        "ファイルが開けなかった、または記入に不備があったため、集計に含めていません）"
    )
