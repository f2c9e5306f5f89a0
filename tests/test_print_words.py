"""Printed words whole where the page has room (review 23). Word, Excel and LibreOffice fill each
line of a cell and break Japanese between any two characters, so a column's width decides where
a text breaks: 北野市's 担当課 printed 「都市整備部建築指／導課」, 東山区's 「① 窓口でのキャッシュ
レス決／済」 and 「…見直して実／施。」, 南山県's 集計 「未着／手」 and the workbook's 「対象外（評価
対象／外）」. The widths are chosen where they break between words (cell_wrap.py, wrap_widths.py);
the documents are printed by LibreOffice and their text read back where it is installed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from docx import Document

import planeval
from planeval.report.breaks import INSIDE, WORDS
from planeval.report.cell_wrap import (
    HEADER_COST,
    KINSOKU_COST,
    Wrap,
    advance,
    header_width,
    wrapping,
)
from planeval.report.document import Report
from planeval.report.docx_export import DOCX_UNITS
from planeval.report.docx_style import FULL_MM, text_mm
from planeval.report.fold import BREAK_COST
from planeval.report.xlsx_chapter3 import XLSX_UNITS
from tests.conftest import write_book
from tests.review_bodies import CITY_TOML, SURVEY_TOML
from tests.test_outputs_print import needs_libreoffice

LATE = "事業の進捗に遅れが生じており、実施手法の見直しが必要。"
ON_PLAN = "計画どおり進めている。"
CITY = [
    ("1 安心して暮らせるまち", "1-1 防災・減災対策の推進", "1-1-1 自主防災組織の育成支援", "A", ON_PLAN, "総務部危機管理課"),
    ("1 安心して暮らせるまち", "1-1 防災・減災対策の推進", "1-1-2 避難所運営体制の強化", "B", ON_PLAN, "総務部危機管理課"),
    ("1 安心して暮らせるまち", "1-1 防災・減災対策の推進", "1-1-3 木造住宅耐震化の促進", "C", LATE, "都市整備部建築指導課"),
    ("1 安心して暮らせるまち", "1-2 地域福祉の充実", "1-2-1 高齢者見守りネットワークの拡充", "A", ON_PLAN, "健康福祉部高齢福祉課"),
    ("2 子どもが健やかに育つまち", "2-1 子育て支援の充実", "2-1-1 保育所待機児童対策", "B", ON_PLAN, "こども未来部保育課"),
    ("2 子どもが健やかに育つまち", "2-1 子育て支援の充実", "2-1-2 子育て世代包括支援センターの運営", "A", ON_PLAN, "こども未来部子育て支援課"),
    ("2 子どもが健やかに育つまち", "2-1 子育て支援の充実", "2-1-3 病児保育事業", "D", "計画に対し大幅な遅れ。次年度に事業内容を再構築する。", "こども未来部保育課"),
    ("2 子どもが健やかに育つまち", "2-2 学校教育の充実", "2-2-1 GIGAスクール端末の活用推進", "B", ON_PLAN, "教育委員会学校教育課"),
    ("2 子どもが健やかに育つまち", "2-2 学校教育の充実", "2-2-2 学校施設の長寿命化改修", "C", LATE, "教育委員会教育総務課"),
    ("3 活力と魅力あふれるまち", "3-1 地域産業の振興", "3-1-1 創業支援事業", "B", ON_PLAN, "産業振興部商工課"),
    ("3 活力と魅力あふれるまち", "3-1 地域産業の振興", "3-1-2 中心市街地にぎわい創出事業", "C", LATE, "産業振興部商工課"),
    ("3 活力と魅力あふれるまち", "3-1 地域産業の振興", "3-1-3 旧商工会館跡地活用事業", "対象外", "用地取得の調整中のため今年度は評価対象外。", "産業振興部商工課"),
    ("3 活力と魅力あふれるまち", "3-2 観光の振興", "3-2-1 観光プロモーション事業", "A", ON_PLAN, "産業振興部観光課"),
]  # fmt: skip
CITY_DEPARTMENTS = ["都市整備部建築指導課", "こども未来部保育課", "教育委員会教育総務課"]
# 東山区 (review 23's ward): its departments' forms, 所管課 last, Setagaya's scale and words
WARD_SETTINGS = '[layout.titles]\nlevel = ["情報化政策", "取り組みの方向性"]\n'
REVISED = "予算の都合により一部内容を見直して実施。"
WARD = [
    ("1 区民サービスの向上", "1-1 オンライン手続の拡充", "1-1-1 電子申請の推進", "① 電子申請対象手続の拡大", "", "○"),
    ("1 区民サービスの向上", "1-1 オンライン手続の拡充", "1-1-1 電子申請の推進", "② オンライン相談窓口の開設", REVISED, "△"),
    ("1 区民サービスの向上", "1-1 オンライン手続の拡充", "1-1-2 キャッシュレス決済の導入", "① 窓口でのキャッシュレス決済", "", "◎"),
    ("1 区民サービスの向上", "1-2 情報発信の充実", "1-2-1 区公式ホームページの改善", "① アクセシビリティ対応", "", "○"),
    ("1 区民サービスの向上", "1-2 情報発信の充実", "1-2-1 区公式ホームページの改善", "② 多言語対応の拡充", f"（共管 総務部：△）{REVISED}", "○"),
    ("2 行政運営の効率化", "2-1 業務改革", "2-1-1 RPAの活用", "① 定型業務の自動化", "", "◎"),
    ("2 行政運営の効率化", "2-1 業務改革", "2-1-1 RPAの活用", "② AI-OCRの導入", "調達の不調により未実施。", "×"),
    ("2 行政運営の効率化", "2-2 情報基盤", "2-2-1 庁内ネットワークの更新", "② ネットワーク機器の更新", REVISED, "△"),
]  # fmt: skip
SURVEY_STATUSES = ["未着手", "検討中", "実施中", "実施済"]


def _city(folder: Path) -> Report:
    (folder / "planeval.toml").write_text(CITY_TOML, encoding="utf-8")
    header = ["基本目標", "施策", "事業", "評価", "課題・今後の方向性", "担当課"]
    book = write_book(folder / "施策評価シート_令和5年度.xlsx", {"施策評価": [header, *CITY]})
    return _report(folder, [book])


def _ward(folder: Path) -> Report:
    (folder / "planeval.toml").write_text(WARD_SETTINGS, encoding="utf-8")
    header = ["情報化政策", "取り組みの方向性", "情報化計画事業", "実施内容", "課題等", "達成状況"]
    header.append("所管課")
    rows = [[*row, f"{'区民部' if row[0][0] == '1' else '総務部'}〇〇課"] for row in WARD]
    book = write_book(folder / "実施状況調査票.xlsx", {"実施状況": [header, *rows]})
    return _report(folder, [book])


def _survey(folder: Path) -> Report:
    (folder / "planeval.toml").write_text(SURVEY_TOML, encoding="utf-8")
    header = ["分野", "取組項目", "取組", "進捗状況", "課題・備考", "担当課"]
    books = []
    for number, body in enumerate(("南山市", "北浜市"), start=1):
        rows = [
            ["1 行政手続のオンライン化", "1-1 オンライン申請の拡充", f"1-1-{n} 手続{n}", status,
             "財源と人員の確保が課題。" if status in ("未着手", "検討中") else "", "企画課"]
            for n, status in enumerate(SURVEY_STATUSES[number - 1 :] * 2, start=1)
        ]  # fmt: skip
        books.append(write_book(folder / f"0{number}_{body}.xlsx", {"調査票": [header, *rows]}))
    return _report(folder, books, bodies="file")


def _report(folder: Path, books: list[Path], bodies: str | None = None) -> Report:
    config = planeval.load_config(folder / "planeval.toml")
    result = planeval.read_workbooks(
        books, scale=config.scale, layout=config.layout, wording=config.wording, bodies=bodies
    )
    assert not [p for p in result.problems if p.severity.name == "ERROR"], result.problems
    return planeval.build_report(
        result.entries, config.scale, wording=config.wording, fiscal_year=2023
    )


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """北野市's Word and workbook, 東山区's and 南山県's Word reports."""
    paths = {}
    for name, make in (("city", _city), ("ward", _ward), ("survey", _survey)):
        folder = tmp_path_factory.mktemp(name)
        report = make(folder)
        paths[name] = folder / f"{name}.docx"
        targets = {"docx": paths[name]}
        if name == "city":
            paths["city_xlsx"] = targets["xlsx"] = folder / f"{name}.xlsx"
        planeval.export(report, **targets)  # type: ignore[arg-type]
    return paths


def test_a_renderer_s_line_breaks_are_laid_out_as_it_fills_its_lines() -> None:
    """A line filled as far as it goes, a character that may not start a line taking the one
    before it down with it (「実／施。」) — at KINSOKU_COST more: LibreOffice starts the line with
    「。」 instead —, each break priced by where it falls."""
    measure = advance(1.0, 0.5, 0.25)  # (in wide characters)
    sentence = wrapping(REVISED, measure)  # (20 wide characters)
    assert sentence.laid_out(20) == (1, 0)
    lines, cost = sentence.laid_out(19)  # (「。」 alone may not start the next line)
    assert lines == 2 and cost == BREAK_COST[INSIDE] + KINSOKU_COST  # 「…見直して実」 over 「施。」
    assert sentence.laid_out(17)[1] < BREAK_COST[INSIDE]  # 「…見直して」 over 「実施。」
    department = wrapping("都市整備部建築指導課", measure)
    assert department.laid_out(8)[1] == BREAK_COST[INSIDE]  # 「都市整備部建築指」 over 「導課」
    assert department.laid_out(5)[1] < BREAK_COST[INSIDE]  # 「都市整備部」 over 「建築指導課」
    title = wrapping("対象外（評価対象外）", measure, header=True)
    assert title.laid_out(8)[1] >= HEADER_COST  # 「対象外（評価対象」 over 「外）」
    assert title.laid_out(10) == (1, 0)


def test_a_title_is_as_wide_as_it_breaks_between_its_words() -> None:
    """「対象外（評価対象外）」 in a column as wide as its widest word, 「（評価対象外）」, broke
    as 「対象外（評価対象」 over 「外）」: one line now; 「A 割合（%）」 on one line too, where 11
    ends a line just before its 「）」 (review 112: 「達成率（／%）」)."""
    wrap = XLSX_UNITS.wrap
    uncounted = header_width("対象外（評価対象外）", 17.0, wrap, most=23.0)
    assert uncounted >= 10 * 2.1 + wrap.step + wrap.padding  # (its ten characters on one line)
    assert header_width("A 割合（%）", 11.0, wrap, most=14.0) == 12.0


def test_a_chapter3_title_too_wide_for_its_column_is_written_broken_between_words(
    tmp_path: Path,
) -> None:
    """Word broke 「情報化計画事業の体系」 wherever its column ended, 「情報化計画事業の体／系」
    (review 84): a title wider than its column is written in lines broken between its words,
    each of which fits, as the count table's titles are (the issue list's too)."""
    from planeval.report.docx_counts import folded_titles

    padding = DOCX_UNITS.wrap.padding
    assert folded_titles(["情報化計画事業の体系"], [34.0], padding) == ["情報化計画事業の\n体系"]
    assert folded_titles(["達成状況"], [17.0], padding) == ["達成状況"]  # (it fits)
    # (the space Word sets where a kanji meets a digit counted: 「実績値（令和6年度）」 fitted
    # by its letters alone in 35.3 mm, and Word broke it 「実績値（令和6年／度）」, review 117 N8)
    assert folded_titles(["実績値（令和6年度）"], [35.3], padding) == ["実績値\n（令和6年度）"]
    item = "窓口で申請を受け付ける手続をオンラインで完結させるための電子申請システムの導入と運用"
    issue = "システム事業者の選定に時間を要したため、導入時期を次年度に延期し、運用開始に向けて準備"
    rows = [["情報化政策1 くらし"], ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]]
    rows += [["1-1 窓口"], ["1-1-1 窓口", f"① {item}", "○", issue], ["", f"② {item}", "△", issue]]
    report = planeval.report_of(
        planeval.read_workbooks([write_book(tmp_path / "第3章.xlsx", {"第3章": rows})])
    )
    [docx] = planeval.export(report, docx=tmp_path / "report.docx").files
    table = next(t for t in Document(str(docx)).tables if "実施内容" in t.rows[0].cells[1].text)
    header = [cell.text for cell in table.rows[0].cells]
    widths = [column.width.mm for column in table.columns]
    # (its column as wide as its texts' runs of katakana up to 8 characters: 「オンライン」)
    assert header[0] == ("情報化計画事業の体系" if widths[0] > 36 else "情報化計画事業の\n体系")
    for text, width in zip(header, widths, strict=True):
        assert all(text_mm(line) <= width - padding for line in text.split("\n"))


def _doc_table(path: Path, first_title: str):
    return next(t for t in Document(str(path)).tables if t.rows[0].cells[0].text == first_title)


def test_the_survey_s_count_titles_are_whole_in_word(printed: dict[str, Path]) -> None:
    """南山県's 集計 and 団体別集計 wrote 「未着」 over 「手」 in columns with room for it: the
    title was folded in a hair less than it was measured in."""
    doc = Document(str(printed["survey"]))
    counts = [t for t in doc.tables if t.rows[0].cells[-1].text == "割合（%）"]
    assert len(counts) == 2  # (集計 and 団体別集計)
    for table in counts:
        cells = table.rows[1].cells
        titles = [cell.text for cell in cells]
        shown = [
            (t, cell.width.mm)
            for t, cell in zip(titles, cells, strict=True)
            if t in SURVEY_STATUSES
        ]
        assert [t for t, _ in shown] == SURVEY_STATUSES * 2, titles
        for title, width in shown:  # (its margins: 1 mm each side)
            assert width - 2.0 >= text_mm(title), (title, width)


def test_the_city_s_issue_list_breaks_no_name_inside_a_word(printed: dict[str, Path]) -> None:
    """北野市's 担当課 4 mm short of its line beside an issue that wraps anyway: as Word fills
    each cell's lines, no department's name nor item's breaks inside a word."""
    table = _doc_table(printed["city"], "番号")
    titles = [cell.text for cell in table.rows[0].cells]
    widths = [column.width.mm for column in table.columns]
    assert sum(widths) <= 170 + 0.5
    wrap: Wrap = DOCX_UNITS.wrap
    for row in table.rows[1:]:
        for title, cell, width in zip(titles, row.cells, widths, strict=True):
            if title in ("事業", "担当課", "課題・今後の方向性"):
                _, cost = wrapping(cell.text, wrap.advance).laid_out(width - wrap.padding)
                assert cost < BREAK_COST[INSIDE], (cell.text, width)
    departments = [row.cells[titles.index("担当課")] for row in table.rows[1:]]
    assert all(  # (each on one line, with a quarter of a character to spare)
        width - wrap.padding >= text_mm(cell.text) + FULL_MM / 4
        for cell, width in ((c, widths[titles.index("担当課")]) for c in departments)
    )


def _printed_text(paths: list[Path], folder: Path) -> list[str]:
    """Each file's text as LibreOffice prints it, each page A4."""
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={(folder / 'lo').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, paths)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    texts = []
    for path in paths:
        pdf = folder / f"{path.stem}.pdf"
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert "595.3" in info and "841.89" in info  # (A4, either way round)
        texts.append(
            subprocess.run(
                ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
        )
    return texts


@needs_libreoffice
def test_printed_words_are_whole(printed: dict[str, Path], tmp_path: Path) -> None:
    """Printed by LibreOffice, each of the words review 23 saw broken is whole on its line."""
    xlsx = tmp_path / "city_book.xlsx"  # (a name of its own: the PDFs share the folder)
    xlsx.write_bytes(printed["city_xlsx"].read_bytes())
    paths = [printed["city"], printed["ward"], printed["survey"], xlsx]
    city, ward, survey, book = _printed_text(paths, tmp_path)
    issues = city[city.index("課題一覧") :]
    for department in CITY_DEPARTMENTS:
        assert department in issues, department
    assert not re.search("創出事(?!業)", city)  # (「中心市街地にぎわい創出事」 over 「業」)
    assert "① 窓口でのキャッシュレス決済" in ward
    cells = {  # (a merged cell once)
        cell._tc: cell.text
        for table in Document(str(printed["ward"])).tables
        for row in table.rows
        for cell in row.cells
    }
    ending = [text for text in cells.values() if text.endswith("実施。")]
    assert len(ending) == 8  # (「…見直して実施。」 and 「…未実施。」)
    assert ward.count("実施。") == len(ending)  # (never 「…見直して実」 over 「施。」)
    assert re.search(r"未着手\s+検討中\s+実施中\s+実施済\s+計\s+未着手", survey)
    assert "対象外（評価対象外）" in book  # (the workbook's 集計)


PHRASES = ["計画どおり完了", "計画どおり進捗", "一部遅れ", "次年度以降計画を見直す", "未着手"]


def test_a_phrase_status_wider_than_its_column_breaks_between_its_words(tmp_path: Path) -> None:
    """羽村市's 「次年度以降計画を見直す」 in a status column of 34 mm, the most a status is
    given, was printed 「次年度以降計画を見直」 over 「す」 (review 106): the column is as narrow
    as keeps 「次年度以降計画を」 whole, and each status breaks between its words, as Word fills
    its lines."""
    from planeval.model import Entry, Location
    from planeval.scale import Scale, Status

    scale = Scale((*(Status(p, p) for p in PHRASES), Status("事業終了", "事業終了", counted=False)))
    issue = "物価高騰により事業費が増大したため計画を見直す。"
    entries = [
        Entry(
            Location("進捗.xlsx", "進捗状況", f"D{n + 4}"), "1", f"1-{n // 5 + 1}",
            f"1-{n // 5 + 1}", f"子育て支援の充実{n // 5}", n, str(n),
            f"子ども家庭支援センター運営{n}", None, PHRASES[n % 5], PHRASES[n % 5],
            issue if n % 5 else "",
        )
        for n in range(1, 16)
    ]  # fmt: skip
    report = planeval.build_report(entries, scale)
    [docx] = planeval.export(report, docx=tmp_path / "進捗.docx").files
    table = next(t for t in Document(str(docx)).tables if t.rows[0].cells[2].text == "達成状況")
    width = table.columns[2].width.mm
    wrap: Wrap = DOCX_UNITS.wrap
    for row in table.rows[1:]:
        _, cost = wrapping(row.cells[2].text, wrap.advance).laid_out(width - wrap.padding)
        assert cost <= BREAK_COST[WORDS], (row.cells[2].text, width)
