"""Public outputs carry what the public reads, and the web page is built for every reader;
CSV opens right in Japanese Excel."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.report.building import build_report
from planeval.report.document import Report
from planeval.report.html_export import to_html
from planeval.report.render import TableData, write_tables
from planeval.report.text_export import to_csv_files, to_markdown
from tests.conftest import SEED_WORKBOOK

BOM = "\ufeff"


@pytest.fixture(scope="module")
def report() -> Report:
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    return build_report(entries, planeval.DEFAULT_SCALE, fiscal_year=2021)


class _Page(HTMLParser):
    """The page's tables as (tag, attributes, text) cells per row, headings and legend order."""

    def __init__(self) -> None:
        super().__init__()
        self.order: list[str] = []  # "h2:…", "h3:…", "legend", "table", "caption:…"
        self.rows: list[list[tuple[str, dict[str, str | None], str]]] = []
        self.cell: tuple[str, dict[str, str | None]] | None = None
        self.text = ""
        self.tag = ""
        self.abbr: list[tuple[str | None, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "tr":
            self.rows.append([])
        if tag in ("th", "td"):
            self.cell, self.text = (tag, attributes), ""
        if tag in ("h2", "h3", "caption"):
            self.tag, self.text = tag, ""
        if tag == "p" and attributes.get("class") == "legend":
            self.order.append("legend")
        if tag == "table":
            self.order.append("table")
        if tag == "abbr":
            self.abbr.append((attributes.get("title"), ""))

    def handle_data(self, data: str) -> None:
        self.text += data

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self.cell is not None:
            self.rows[-1].append((*self.cell, self.text))
            self.cell = None
        if tag in ("h2", "h3", "caption") and self.tag == tag:
            self.order.append(f"{tag}:{self.text}")
            self.tag = ""


@pytest.fixture(scope="module")
def page(report: Report) -> _Page:
    parsed = _Page()
    parsed.feed(to_html(report))
    return parsed


def test_no_file_sheet_or_cell_in_the_public_page_and_markdown(report: Report) -> None:
    for text in (to_html(report), to_markdown(report)):
        assert "chapter3.xlsx" not in text and "›" not in text and "出典" not in text
        assert not re.search(r"\b[A-Z]{1,2}\d{1,4}\b", re.sub(r"<[^>]*>", "", text))
    assert "出典" in to_html(report, with_sources=True)  # for internal use only
    assert "chapter3.xlsx › 第3章 › C16" in to_markdown(report, with_sources=True)


def test_no_empty_column_in_the_issue_list(report: Report) -> None:
    table = report.issue_table()
    assert table.headers == ("番号", "実施内容", "細目", "達成状況", "課題等")  # no 所管部 given
    without_sub_items = [e for e in report.issues if not e.sub_item]
    assert "細目" not in build_report(without_sub_items, report.scale).issue_table().headers


def test_project_cells_are_row_headers_spanning_their_items(page: _Page) -> None:
    # (1-1's first body row: after the summary's rows and 1-1's header, its direction's row
    # printed above the column titles too, the table longer than a page)
    at = next(n for n, row in enumerate(page.rows) if "project" in str(row[0][1].get("class")))
    first = page.rows[at]
    tag, attributes, text = first[0]
    assert (tag, attributes.get("scope"), attributes.get("rowspan")) == ("th", "row", "5")
    assert text == "1-1-1 ICT の高度化・多様化に対応した情報提供の充実"
    assert len(page.rows[at + 1]) == 3  # the next rows: item, status, issue under the same project
    for row in page.rows:
        for tag, attributes, _ in row:
            # (colgroup: the printed direction's row over a long table's column titles)
            assert tag == "td" or attributes.get("scope") in ("col", "row", "colgroup")


def test_legend_before_the_tables_and_symbols_spelled_out(page: _Page) -> None:
    assert page.order.index("legend") < page.order.index("table")
    titles = {title for title, _ in page.abbr}
    assert {"計画を上回る実施", "計画どおり実施", "内容を一部修正して実施", "未実施"} <= titles


def test_captions_add_to_the_headings(page: _Page) -> None:
    captions = [item for item in page.order if item.startswith("caption:")]
    headings = {item.split(":", 1)[1] for item in page.order if item.startswith(("h2:", "h3:"))}
    assert len(captions) == 8
    for caption in captions:
        assert caption.split(":", 1)[1] not in headings
    # (12 items, some rated per sub-item: 16 ratings, which the breakdown adds up to, said
    # as what they are, and in the words of 「評価した実施内容 7」 under a 再掲: review 145 #6)
    sub = "caption:3計画事業・実施内容 12件（評価した実施内容と細目16件：◎ 4件、○ 6件、△ 6件）"
    repeated = (
        "caption:2計画事業・実施内容 9件（評価した実施内容と細目7件：○ 6件、△ 1件／再掲 2件）"
    )
    assert sub in captions and repeated in captions, captions


def test_every_direction_s_caption_says_its_rated_rows_alike(page: _Page, report: Report) -> None:
    """One style for one kind of fact: 1-1's 「評価した実施内容と細目：10件」, 1-2's
    「評価した実施内容：5件」 and 2-1's nothing were three (review 183 #7); each caption's
    breakdown adds up to the number it says."""
    captions = [item.split(":", 1)[1] for item in page.order if item.startswith("caption:")]
    tables = [c for c in captions if "件：" in c]
    assert len(tables) == sum(len(section.tables) for section in report.policies)
    for caption in tables:
        said = re.search(r"（評価した実施内容と細目(\d+)件：([^／）]*)", caption)
        assert said, caption
        counts = [int(part.split(" ")[1].removesuffix("件")) for part in said[2].split("、")]
        assert int(said[1]) == sum(counts)


def test_ids_never_break(report: Report) -> None:
    assert '<span class="id">1-1-1</span> ICT' in to_html(report)
    assert '（<span class="id">1-1-1⑤</span>再掲）' in to_html(report)


def test_markdown_ids_are_plain_text_to_copy_and_search(report: Report) -> None:
    # a word joiner in "1-1-1" travels into a CMS or Excel, where a search for 1-1-1 fails
    markdown = to_markdown(report)
    assert "\u2060" not in markdown
    assert "| 1-1-1 ICT の高度化・多様化に対応した情報提供の充実 |" in markdown
    assert "（1-1-1⑤再掲）" in markdown


# CSV --------------------------------------------------------------------------------------


def test_every_csv_file_starts_with_a_bom_and_headers_are_never_guarded(report: Report) -> None:
    files = to_csv_files(report)
    for text in files.values():
        assert text.startswith(BOM) and not text.startswith(BOM + "'")
    header = next(csv.reader(io.StringIO(files["集計.csv"].removeprefix(BOM))))
    assert "-（再掲）" in header and "'-（再掲）" not in header
    assert not any(text.startswith(BOM) for text in to_csv_files(report, bom=False).values())


def test_csv_on_standard_output_has_a_bom_and_guards_data_cells_only() -> None:
    table = TableData("", ["-（再掲）", "課題等"], [["-", "=HYPERLINK(1)"], ["1", "-x"]])
    stream = io.StringIO()
    write_tables([table], "csv", console=None, stream=stream)  # type: ignore[arg-type]
    assert stream.getvalue() == BOM + "-（再掲）,課題等\n-,'=HYPERLINK(1)\n1,'-x\n"
    stream = io.StringIO()
    write_tables([table], "csv", console=None, stream=stream, bom=False)  # type: ignore[arg-type]
    assert stream.getvalue().startswith("-（再掲）,")


def test_the_issues_command_writes_csv_excel_opens(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["issues", str(SEED_WORKBOOK), "-s", "△,×", "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.startswith(BOM + "番号,実施内容,")
    exported = tmp_path / "csv"
    assert (
        CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), "--csv", str(exported)]).exit_code
        == 0
    )
    raw = (exported / "集計.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf\xe6\x94\xbf")  # BOM, then 政策番号
    assert raw.count(b"\xef\xbb\xbf") == 1


def test_on_a_phone_a_policy_s_card_is_headed_by_its_level_s_word(tmp_path: Path) -> None:
    """Review 121 #7: 名古屋市守山区's 集計 cards at 390 px were headed 「1　安心・安全なまちづくり」
    under headings 「柱1 安心・安全なまちづくり」; each is headed 「柱1」, as the headings and a
    terminal's narrow blocks are (its own column at 1280 px keeps the bare number)."""
    settings = tmp_path / "planeval.toml"
    settings.write_text('[wording]\npolicy = "柱"\n', encoding="utf-8")
    wording = planeval.load_config(settings).wording
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    page = to_html(build_report(entries, planeval.DEFAULT_SCALE, wording=wording))
    assert re.findall(r'data-id="([^"]*)"', page) == ["柱1", "柱2", "柱3"]
    assert '<td class="id"><span class="id">1</span></td>' in page


def test_each_line_of_a_figure_typed_over_lines_is_kept_whole(tmp_path: Path) -> None:
    """Review 122 #11: 「97.0%(小)⏎98.2%(中)」 (Alt+Enter) was one long word, which a browser
    broke 「97.0% / (小) / 98.2% / (中)」 in its narrower column; each line is a figure kept
    whole, as 「97.0%(小) 98.2%(中)」 typed with a space is, and each figure column only as wide
    as its widest figure (width 1%: the 策定時 column beside it as narrow)."""
    from openpyxl import load_workbook

    from tests.test_indicator_values import _built

    workbook, config = _built(tmp_path)
    book = load_workbook(workbook)
    [cell] = [c for row in book.active.iter_rows() for c in row if c.value == "97.0%(小) 98.2%(中)"]
    cell.value = "97.0%(小)\n98.2%(中)"
    book.save(workbook)
    page = tmp_path / "KPI.html"
    done = CliRunner().invoke(
        app, ["export", str(workbook), "--config", str(config), "--html", str(page)]
    )
    assert done.exit_code == 0, done.output
    shown = page.read_text(encoding="utf-8")
    assert (
        '<td class="value numeric" data-label="現状値"><span class="figure">97.0%(小)</span><br>'
        '<span class="figure">98.2%(中)</span></td>'
    ) in shown
    assert "table.chapter3 td.value.numeric{width:1%}" in shown
