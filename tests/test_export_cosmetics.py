"""What a director reads in every export, for bodies with their own scales and numbering: a
legend that says a whole-phrase status once, a breakdown of number symbols that reads as
Japanese, the body's own IDs (none made up), whole policy names in the printed 集計,
percentages at their places, every status centred."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from planeval.report.document import Report
from tests.conftest import SEED_WORKBOOK
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS

LONG_NAME = "子どもから高齢者まで誰もが住み慣れた地域で安心して暮らし続けることのできるまちづくり"


def _body(key: str, folder: Path) -> tuple[planeval.ReadResult, planeval.Config]:
    folder.mkdir(parents=True, exist_ok=True)
    body = next(body for body in BODIES if body.key == key)
    paths = body.build(folder)
    (folder / "planeval.toml").write_text(CONFIGS[key], encoding="utf-8")
    config = planeval.load_config(folder / "planeval.toml")
    return planeval.read_workbooks(paths, scale=config.scale, layout=config.layout), config


def _export(key: str, folder: Path, **formats: str) -> dict[str, Path]:
    result, config = _body(key, folder / "in")
    report = planeval.build_report(result.entries, config.scale, wording=config.wording)
    paths = {kind: folder / f"報告書.{suffix}" for kind, suffix in formats.items()}
    planeval.export(report, **paths)  # type: ignore[arg-type]
    return paths


def _aoba(folder: Path) -> Path:
    """A 行政改革大綱 numbered the body's way: 改革項目 "(1) 名前" under 基本方針 headings,
    取組項目 numbered 1… through the plan (no 1-1 of any kind)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet.append(["基本方針1　効率的な行政運営"])
    sheet.append(["番号", "改革項目", "取組項目", "実施状況", "課題・今後の方向性"])
    sheet.append([1, "(1) 事務事業の見直し", "事務事業評価の実施", "完了", ""])
    sheet.append([2, "(1) 事務事業の見直し", "補助金の見直し", "取組中", "継続する。"])
    sheet.append([3, "(2) 組織の適正化", "定員適正化計画の推進", "未着手", "調整中。"])
    path = folder / "行革大綱.xlsx"
    book.save(path)
    return path


# 1. legends -------------------------------------------------------------------------------


def test_a_legend_lists_only_symbols_its_labels_explain() -> None:
    """「※未着手、取組中、完了」 explained nothing (review 20 F12): whole-phrase statuses,
    each its own label, have no legend; an uncounted one is still said not to be counted."""
    assert PRESETS["hamura"].legend() == ""
    assert PRESETS["progress"].legend() == ""
    assert PRESETS["reform_plan"].legend() == "※再掲は件数に含めません"
    assert PRESETS["hirakata"].legend() == (  # (a letter first, as its body writes it)
        "※A：効果的、B：おおむね効果的、C：改善に向けた検討を要する、D：課題の検証を要する、"
        "E：抜本的な見直しを要する、評価対象外（件数に含めません）"
    )
    assert PRESETS["setagaya"].legend().startswith("※計画を上回る実施：◎、計画どおり実施：○")


def test_no_export_repeats_a_whole_phrase_status_as_its_own_meaning(tmp_path: Path) -> None:
    paths = _export("hamura", tmp_path, md="md", html="html", docx="docx", xlsx="xlsx")
    texts = [paths["md"].read_text(encoding="utf-8"), paths["html"].read_text(encoding="utf-8")]
    texts.append("\n".join(p.text for p in Document(str(paths["docx"])).paragraphs))
    book = load_workbook(paths["xlsx"])
    texts.append("\n".join(str(c.value) for s in book for r in s.iter_rows() for c in r if c.value))
    for text in texts:
        assert "計画どおり完了：計画どおり完了" not in text
        assert "※計画どおり完了" not in text and "計画どおり完了、次年度以降" not in text
    page = texts[1]
    assert '<abbr title="計画どおり完了">' not in page
    assert not re.search(r'<abbr title="([^"]+)">\1</abbr>', page)


def test_a_scale_of_whole_phrases_exports_no_legend_line(tmp_path: Path) -> None:
    """The 行政改革大綱's md wrote 「※未着手、取組中、完了」 under 集計 and each 改革項目; the
    terminal's summary said 「凡例：未着手 ／ 取組中 ／ 完了」."""
    path = _aoba(tmp_path)
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "progress"\n', encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    out = tmp_path / "報告書.md"
    result = CliRunner().invoke(app, ["export", str(path), "--md", str(out), *config])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "未着手、取組中、完了" not in text
    legends = [line for line in text.splitlines() if line.startswith("※") and "割合" not in line]
    assert legends == []
    summary = CliRunner().invoke(app, ["summarize", str(path), *config])
    assert summary.exit_code == 0 and "凡例" not in summary.output


# 2. the breakdown of number symbols -------------------------------------------------------


def test_a_breakdown_of_number_symbols_reads_as_japanese(tmp_path: Path) -> None:
    paths = _export("kawasaki", tmp_path, md="md", html="html")
    for path in paths.values():
        text = path.read_text(encoding="utf-8")
        breakdowns = re.findall(r"[（：]((?:達成状況|[◎○△×A-E])[^（）：]*)）", text)
        assert breakdowns
        for said in breakdowns:
            # (「達成状況1が2」: a rating in the status's word, as the tables title it, and its
            # number; not 「1が2」, one is two, nor a bare 「「1」が2」: review 134 #8)
            assert re.fullmatch(r"達成状況[1-5]が\d+件(、達成状況[1-5]が\d+件)*", said), said


def test_the_setagaya_breakdown_keeps_its_symbols(tmp_path: Path) -> None:
    report = planeval.build_report(planeval.read_workbooks([SEED_WORKBOOK]).entries)
    planeval.export(report, md=tmp_path / "r.md")
    assert re.search(r"：◎ \d+件、○ \d+件", (tmp_path / "r.md").read_text(encoding="utf-8"))


# 3. the body's own numbering --------------------------------------------------------------


def test_no_made_up_project_id_in_front_of_the_bodys_own_numbering(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "progress"\n', encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([_aoba(tmp_path)], scale=config.scale, layout=config.layout)
    # (its 改革項目 cell's number, typed (1), is the body's: shown as a group row's (1) is)
    first = result.entries[0]
    assert (first.project_name, first.project_label) == ("事務事業の見直し", "(1)")
    assert [e.shown_id for e in result.entries] == ["(1)1", "(1)2", "(2)3"]
    report = planeval.build_report(result.entries, config.scale, wording=config.wording)
    planeval.export(report, md=tmp_path / "r.md", html=tmp_path / "r.html")
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "| (1) 事務事業の見直し | 1 事務事業評価の実施 |" in md
    assert "1-1 (1)" not in md and "1-2 (2)" not in md
    assert "1-1" not in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_a_body_without_a_project_level_has_ids_without_a_gap(tmp_path: Path) -> None:
    result, _config = _body("hirakata", tmp_path)
    shown = [entry.shown_id for entry in result.entries]
    assert not [identifier for identifier in shown if " " in identifier]
    first = result.entries[0]
    assert first.shown_id == f"{first.policy_id}-{first.item_label}"


def test_setagayas_ids_are_as_they_were() -> None:
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    assert all(re.fullmatch(r"\d+-\d+-\d+[①-⑳]?", e.shown_id) for e in entries)
    assert all(e.project_shown_id == e.project_id for e in entries)


# 4. whole names in the printed 集計 --------------------------------------------------------


def test_a_long_policy_name_wraps_in_the_printed_summary(tmp_path: Path) -> None:
    entries = [
        e._replace(policy_name=LONG_NAME) if e.policy_id == "1" else e
        for e in planeval.read_workbooks([SEED_WORKBOOK]).entries
    ]
    report = planeval.build_report(entries)
    planeval.export(report, xlsx=tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx")["集計"]
    [cell] = [c for r in sheet.iter_rows() for c in r if str(c.value).startswith("子ども")]
    assert cell.alignment.wrap_text  # (broken between its phrases, in as many lines as Excel's)
    assert (
        cell.value
        == "子どもから高齢者まで誰もが\n住み慣れた地域で安心して暮らし\n続けることのできるまちづくり"
    )
    height = sheet.row_dimensions[cell.row].height
    assert height is not None and height > 15  # (two lines at least)
    others = [c for r in sheet.iter_rows(min_col=2, max_col=2) for c in r if c.row > cell.row]
    width = sheet.column_dimensions[cell.column_letter].width
    shorter = [c for c in others if isinstance(c.value, str) and c.value not in ("", "合計")]
    assert shorter and all(len(c.value) * 2.1 <= width for c in shorter)  # printed whole


def test_long_status_titles_print_whole_in_the_summary_header(tmp_path: Path) -> None:
    """羽村市's statuses are whole phrases (次年度以降計画を見直す 割合（%）): the 集計 header row
    was 33 points for every scale, and LibreOffice printed such titles cut at top and bottom
    (review 16). The row is as tall as its longest title wraps to in its column."""
    paths = _export("hamura", tmp_path, xlsx="xlsx")
    sheet = load_workbook(paths["xlsx"])["集計"]
    [header] = [r for r in sheet.iter_rows() if any(c.value == "計" for c in r)]
    height = sheet.row_dimensions[header[0].row].height
    for cell in header:
        title = str(cell.value or "")
        width = sheet.column_dimensions[cell.column_letter].width or 8.43
        full = sum(1 for ch in title if ord(ch) > 0x2E7F)
        lines = -(-(full * 2.1 + len(title) - full) // (width - 1))
        assert height is not None and height >= lines * 14, (title, width, height)
    assert height > 33  # (a title of four lines here)


# 5. percentages at their places -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["github", "plain", "pipe"])
def test_terminal_percentages_keep_their_places(fmt: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["summarize", str(SEED_WORKBOOK), "--percent", "-f", fmt, "-q"]
    )
    assert result.exit_code == 0, result.output
    _header, *rows = [line for line in result.output.splitlines() if "|" in line or "  " in line]
    shares = [
        cell
        for row in rows
        if "--" not in row  # (a rule under the header)
        for cell in re.split(r"[|\s]+", row)[-4:]
        if cell
    ]
    assert "0.0" in shares  # (a share of nothing, 0, is printed 0.0)
    assert all(re.fullmatch(r"\d+\.\d", share) for share in shares), shares


# 6. every status centred ------------------------------------------------------------------


def _exported(tmp_path: Path) -> tuple[Report, Any]:
    """The seed's report exported to r.xlsx and r.docx; Chapter 3's status column's cells."""
    report = planeval.build_report(planeval.read_workbooks([SEED_WORKBOOK]).entries)
    planeval.export(report, xlsx=tmp_path / "r.xlsx", docx=tmp_path / "r.docx")
    book = load_workbook(tmp_path / "r.xlsx")
    cells = [
        cell
        for sheet in book
        if sheet.title not in ("集計", "課題一覧", "データ")
        for row in sheet.iter_rows(min_col=3, max_col=3)
        for cell in row
    ]
    return report, cells


def test_sub_item_statuses_are_centred_like_the_others(tmp_path: Path) -> None:
    report, column = _exported(tmp_path)
    subs = {e.sub_item for e in report.entries if e.sub_item}
    assert subs
    cells = [c for c in column if isinstance(c.value, str) and c.value.split(" ")[0] in subs]
    assert cells and all(c.alignment.horizontal == "center" for c in cells)
    paragraphs = [
        cell.paragraphs[0]
        for table in Document(str(tmp_path / "r.docx")).tables
        for row in table.rows
        for cell in row.cells
        if " " in cell.text and cell.text.split(" ")[0] in subs  # (a status: "電子申請 ◎")
    ]
    assert paragraphs and all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in paragraphs)


def test_every_status_sits_at_the_top_of_its_cell_as_the_names_beside_it(tmp_path: Path) -> None:
    """Centred across, and at the top of its cell as the item's name beside it, in the
    workbook and in the document: in the middle of a row its name's lines make tall, it sat
    lower than the name (review 105 #9c; review 13's lone 「B」 above the text beside it is
    gone with the styles' Japanese fonts for Latin letters too)."""
    report, column = _exported(tmp_path)
    symbols = {e.status for e in report.entries}
    cells = [c for c in column if c.value in symbols]
    assert len(cells) == sum(not e.sub_item for e in report.entries)  # (not "電子申請 ◎")
    assert {(c.alignment.horizontal, c.alignment.vertical) for c in cells} == {("center", "top")}
    rows = [
        row.cells
        for table in Document(str(tmp_path / "r.docx")).tables
        for row in table.rows
        if len(row.cells) == 4 and row.cells[2].text in symbols
    ]
    assert rows
    assert all(cells[2].vertical_alignment == cells[1].vertical_alignment for cells in rows)
    assert {cells[2].vertical_alignment for cells in rows} == {None}  # (Word's own: the top)


def test_the_header_underline_stays_below_the_symbols(tmp_path: Path) -> None:
    report = planeval.build_report(planeval.read_workbooks([SEED_WORKBOOK]).entries)
    planeval.export(report, html=tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert re.search(r"abbr\[title\]\{[^}]*text-underline-offset", page)
    assert "td.status.sub{text-align:left}" not in page
