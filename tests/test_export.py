"""planeval export: the print-ready workbook read back, the text formats, safety of writes."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cells import column_letter
from planeval.cli import app
from planeval.report.building import build_report
from planeval.report.document import percentages
from planeval.report.export import ExportTargets, export
from tests.conftest import SEED_WORKBOOK

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
HOSTILE = [
    '=HYPERLINK("http://example.invalid","click")',
    "+81-3-5432-1111",
    "@SUM(A1:A2)",
    "-2+3",
    "\tindented",
    "a | b\nnext line",
    "<script>alert(1)</script>",
]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "第3章.xlsx"
    result = run("export", str(SEED_WORKBOOK), "--xlsx", str(out), "--fiscal-year", "2021")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"書き出しました: {out}\n"
    return out


def test_the_export_reads_back_to_the_same_counts(exported: Path) -> None:
    for by in ("policy", "direction", "project"):
        before = run("summarize", str(SEED_WORKBOOK), "-f", "json", "--by", by)
        after = run("summarize", str(exported), "-f", "json", "--by", by)
        assert after.exit_code == 0
        assert json.loads(after.stdout) | {"problems": []} == json.loads(before.stdout)


def test_sheets_merges_and_print_settings(exported: Path) -> None:
    book = load_workbook(exported)
    assert book.sheetnames == [
        "集計",
        "政策1 区民の力を活かす情報化",
        "政策2 行政経営を支援する情報化",
        "政策3 情報化基盤の強化",
        "課題一覧",
        "データ",
    ]
    sheet = book["政策1 区民の力を活かす情報化"]
    assert sheet["A1"].value == "（1）情報化政策1 区民の力を活かす情報化"
    assert sheet["A3"].value.endswith("内容を一部修正して実施7件でした。")
    assert sheet["A5"].value is None  # (the legend said once, on 集計: review 193 #9)
    assert [c.value for c in sheet[7]] == HEADER
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:D1", "A3:D3", "A8:D8"} <= merged  # headings, direction row
    assert "A9:A13" in merged  # 1-1-1 over its five items
    assert "B14:B15" in merged  # 1-1-2 ① over its two sub-items
    assert sheet["C15"].value == "電子申請 ◎"
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize) == ("landscape", 9)
    # fitted to the width by a print scale, not by "fit to" (under which Excel ignores the
    # manual page breaks that keep each project's rows on one page)
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert 90 <= (setup.scale or 100) <= 100  # (100, the default, is left out)
    assert sheet.print_title_rows == "$7:$7"
    assert "令和3年度（2021年度）" in sheet.oddHeader.right.text
    assert "&P" in sheet.oddFooter.center.text
    assert sheet["A9"].alignment.wrap_text and sheet["A9"].border.left.style == "thin"


def test_every_printed_page_of_a_policy_starts_with_its_direction(exported: Path) -> None:
    """A page that starts within a direction starts with the direction's row again, continued
    (several bodies' tables filled pages that named no body and no direction)."""
    book = load_workbook(exported)
    continued = broken = 0
    for name in book.sheetnames[1:4]:
        sheet = book[name]
        breaks = [brk.id for brk in sheet.row_breaks.brk]
        broken += bool(breaks)
        for row in breaks:
            first = sheet.cell(row + 1, 1)
            assert re.fullmatch(r"\d-\d .+", str(first.value)), (name, row)
            assert f"A{row + 1}:D{row + 1}" in {str(r) for r in sheet.merged_cells.ranges}
            continued += str(first.value).endswith("（続き）")
    # (policies 1 and 3 are longer than a page, 2 fits one since its texts break between
    # words, review 23; policy 1 breaks within a direction, 3 between two)
    assert broken == 2 and continued == 1


def test_summary_sheet_counts_percentages_and_chart(exported: Path) -> None:
    sheet = load_workbook(exported)["集計"]
    assert sheet["A1"].value == "情報化計画事業の進捗状況"
    assert sheet["A2"].value == "令和3年度（2021年度）"
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4, max_row=8)]
    assert rows[0] == [
        "政策番号", "政策名", "◎", "○", "△", "×", "計", "-（再掲）",
        # (a title wider than its column broken at its space: never 「◎ 割合（」 / 「%）」)
        "◎\n割合（%）", "○\n割合（%）", "△\n割合（%）", "×\n割合（%）",
    ]  # fmt: skip
    assert rows[1] == ["1", "区民の力を活かす情報化", 4, 12, 7, 0, 23, 2, 17.4, 52.2, 30.4, 0]
    assert rows[4] == ["合計", None, 5, 29, 15, 0, 49, 2, 10.2, 59.2, 30.6, 0]
    for row in rows[1:]:  # (each its count over 計, half up: 5 of 16 is 31.3, policy 3's 100.1)
        half_up = [Decimal(100 * n) / row[6] for n in row[2:6]]
        assert row[8:12] == [float(v.quantize(Decimal("0.1"), ROUND_HALF_UP)) for v in half_up]
    with zipfile.ZipFile(exported) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert '<c:grouping val="stacked"/>' in chart
    assert "<c:f>集計!$C$5:$C$7</c:f>" in chart and "<c:f>集計!$B$5:$B$7</c:f>" in chart


def test_issue_list_and_data_sheet(exported: Path) -> None:
    book = load_workbook(exported)
    issues = list(book["課題一覧"].iter_rows(values_only=True))
    assert issues[0][0] == "課題一覧"  # a heading, what the list holds, then the list
    assert issues[1][0].endswith("一覧は25件です。")
    # 所管部 is left out: no entry of the bundled data has one
    assert issues[3] == ("番号", "実施内容", "細目", "達成状況", "課題等", "出典")
    assert len(issues) == 4 + 25
    data = book["データ"]
    assert data.merged_cells.ranges == set()
    rows = list(data.iter_rows(values_only=True))
    assert len(rows) == 1 + 51
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert (first["事業番号"], first["実施内容番号"], first["実施内容番号（表記）"]) == (
        "1-1-1",
        1,
        "①",
    )
    assert isinstance(first["実施内容番号"], int)


def test_the_issue_list_can_hold_only_the_ratings_worse_than_planned(tmp_path: Path) -> None:
    """A body that lists only △ and × (川崎市's 4 and 5, 枚方市's C and D) says so with
    --status, as issues does; the list's caption says what it holds."""
    out = tmp_path / "r.md"
    result = run(
        "export",
        str(SEED_WORKBOOK),
        "--md",
        str(out),
        "-s",
        "△,×",
        "--json",
        str(tmp_path / "r.json"),
    )
    assert result.exit_code == 0, result.output
    chosen = planeval.read_workbooks([SEED_WORKBOOK]).entries
    expected = [e for e in chosen if e.status in ("△", "×")]
    assert expected and len(expected) < 25  # (of the 25 the whole list holds)
    markdown = out.read_text(encoding="utf-8")
    assert (
        "達成状況が内容を一部修正して実施（△）・未実施（×）の実施内容。"
        f"一覧は{len(expected)}件です。" in markdown
    )
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert sorted(issue["status"] for issue in data["issues"]) == sorted(e.status for e in expected)
    assert data["issue_statuses"] == ["△", "×"]
    refused = run("export", str(SEED_WORKBOOK), "--md", str(tmp_path / "x.md"), "-s", "D")
    assert refused.exit_code == 2 and "--status には評価尺度の記号" in refused.output
    # as a Japanese keyboard types the comma, said once; ○ listed only where it has a text
    from docx import Document

    docx = tmp_path / "r.docx"
    assert run("export", str(SEED_WORKBOOK), "--docx", str(docx), "-s", "○、○").exit_code == 0
    captions = [p.text for p in Document(str(docx)).paragraphs if "一覧は" in p.text]
    assert captions == [
        "内容を一部修正して実施（△）・未実施（×）と評価された実施内容、または課題等の記載がある"
        f"実施内容のうち、達成状況が計画どおり実施（○）のもの。一覧は{sum(e.status == '○' and bool(e.issue) for e in chosen)}件です。"
    ]


def test_a_form_without_an_issue_column_has_none_in_its_issue_list(book) -> None:
    """川崎市's 評価票 (達成度, no 課題等): its issue list has no empty 課題等 column, as an
    empty 所管部 or 細目 column is left out."""
    from planeval.report.issue_list import issue_table

    path = book([["事業", "実施内容", "達成状況"], ["1-1-1 事業", "① 項目", "△"]], name="k.xlsx")
    entries = planeval.read_workbooks([path]).entries
    assert issue_table(entries, with_sources=False).headers == ("番号", "実施内容", "達成状況")
    with_text = [e._replace(issue="遅れ") for e in entries]
    assert "課題等" in issue_table(with_text, with_sources=False).headers
    # (nor does its caption speak of one: 「…または課題等の記載がある実施内容」, review 48)
    out = path.with_suffix(".md")
    assert run("export", str(path), "--md", str(out)).exit_code == 0
    markdown = out.read_text(encoding="utf-8")
    assert "と評価された実施内容。一覧は1件です。" in markdown and "記載がある" not in markdown


def test_percentages_add_up_to_100_and_equal_counts_have_equal_shares() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    # (no deadline nor speed check: on a machine busy with other work one example took over
    # 200 ms, or making the examples was too slow, and the test failed with nothing wrong;
    # 30,000 examples found no counterexample)
    @settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.integers(0, 10_000), min_size=1, max_size=6))
    def check(numbers: list[int]) -> None:
        numbers_of = {str(i): n for i, n in enumerate(numbers)}
        count = planeval.Count(numbers_of, {}, "largest_remainder")  # ([scale] rounding's)
        for decimals in (0, 1, 2):
            shares = percentages(count, decimals)
            total = round(sum(shares.values()), decimals)
            if not sum(numbers):
                assert total == 0
                continue
            # 100 exactly, but where equal counts (which keep equal shares) cannot all take
            # a unit of the last place: then off by fewer units than there are shares
            tied = len(numbers) != len(set(numbers))
            assert total == 100 or (tied and abs(100 - total) < len(numbers) * 10**-decimals)
            for key, number in count.counts.items():
                exact = 100 * number / sum(numbers)
                assert abs(shares[key] - exact) < 10**-decimals
                assert all(shares[k] == shares[key] for k, n in count.counts.items() if n == number)

    check()


LONG_POLICY = "政策[名]:*?/\\ とても長い名前の政策でシート名の上限31文字を超えます"


def _hostile_workbook(book, policy_name: str = LONG_POLICY) -> Path:
    rows = [[f"（1）情報化政策1 {policy_name}"], HEADER, ["1-1 方向性", "", "", ""]]
    for index, text in enumerate(HOSTILE, start=1):
        rows.append(["1-1-1 事業" if index == 1 else "", f"({index}) 項目{index}", "△", text])
    return book(rows, name="hostile.xlsx", formulas=False)


def test_hostile_texts_stay_text_in_every_format(book, tmp_path: Path) -> None:
    source = _hostile_workbook(book)
    out = tmp_path / "out"
    result = run(
        "export", str(source), "--xlsx", str(out / "r.xlsx"), "--md", str(out / "r.md"),
        "--html", str(out / "r.html"), "--csv", str(out / "csv"),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr

    workbook = load_workbook(out / "r.xlsx")
    policy_sheet = workbook.worksheets[1]
    assert policy_sheet.title == re.sub(r"[\[\]:*?/\\]", "_", f"政策1 {LONG_POLICY}")[:31]
    assert len(policy_sheet.title) == 31
    issues = {c.value: c for c in policy_sheet["D"] if isinstance(c.value, str)}
    hyperlink = issues[HOSTILE[0]]
    assert hyperlink.data_type == "s" and hyperlink.quotePrefix
    assert issues["+81-3-5432-1111"].quotePrefix and issues["@SUM(A1:A2)"].quotePrefix

    with (out / "csv" / "課題一覧.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index("課題等")  # (細目 left out where no row has one: review 151 #7)
    cells = [row[at] for row in rows]
    assert "'" + HOSTILE[0] in cells and "'+81-3-5432-1111" in cells and "'@SUM(A1:A2)" in cells
    assert "'-2+3" in cells
    assert (out / "csv" / "集計.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    markdown = (out / "r.md").read_text(encoding="utf-8")
    assert "a \\| b<br>next line" in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markdown and "<script>" not in markdown

    page = (out / "r.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script") == 1  # (planeval's own, html_style.SCRIPT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("=1+1", "'=1+1"), ("+81", "'+81"), ("-", "-"), ("-12", "-12"), ("-x", "'-x"),
     ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("普通", "普通")],
)  # fmt: skip
def test_csv_cells_that_excel_would_run_are_prefixed(text: str, expected: str) -> None:
    from planeval.report.safety import csv_text

    assert csv_text(text) == expected


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tables = self.captions = 0
        self.th_without_scope = 0
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag == "table":
            self.tables += 1
            assert "table" not in self.stack, "no nested (layout) tables"
        if tag == "caption":
            self.captions += 1
        if tag == "th" and "scope" not in dict(attrs):
            self.th_without_scope += 1
        if tag not in {"meta", "br", "wbr", "link", "img", "input", "hr", "col"}:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag


def _column_of(export: Path, title: str) -> str:
    """The data sheet's column titled ``title`` (its columns are those some row has a value in)."""
    header = [cell.value for cell in load_workbook(export)["データ"][1]]
    return column_letter(header.index(title))


def test_forbidden_characters_removed_and_overlong_cells_cut_with_a_warning(tmp_path: Path) -> None:
    from planeval.report.xlsx_export import write_xlsx

    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    entries[1] = entries[1]._replace(issue="bell\x07 and \x1b escape\x00")
    entries[2] = entries[2]._replace(issue="長" * 40_000)
    target = tmp_path / "r.xlsx"
    warnings = write_xlsx(build_report(entries, planeval.DEFAULT_SCALE), target)
    values = [c.value for c in load_workbook(target).worksheets[1]["D"]]
    assert "bell and  escape" in values
    long_text = next(v for v in values if v and v.startswith("長長"))
    assert 32_750 < len(long_text) <= 32_767 and long_text.endswith("文字省略）")
    assert [(w.location.sheet, w.location.cell, w.severity.value) for w in warnings] == [
        # (its row taller than a page starts a page of its own, its project named again
        # under its direction's 「…（続き）」 row: review 130 #1)
        ("政策1 区民の力を活かす情報化", "D12", "warning"),
        ("課題一覧", "E6", "warning"),
        ("データ", f"{_column_of(target, '課題等')}4", "warning"),
    ]
    assert "32,767 文字" in warnings[0].message


def test_the_html_page_is_accessible_and_self_contained(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    assert (
        run("export", str(SEED_WORKBOOK), "--html", str(page), "--fiscal-year", "2019").exit_code
        == 0
    )
    text = page.read_text(encoding="utf-8")
    structure = _Structure()
    structure.feed(text)
    assert structure.lang == "ja"
    assert structure.tables == 1 + 6 + 1  # summary, one per direction, issue list
    assert structure.captions == structure.tables
    assert structure.th_without_scope == 0
    assert "令和元年度（2019年度）" in text
    # nothing fetched from elsewhere: its one script (html_style.SCRIPT) is in the page
    assert not re.search(r"<(link|img)\b|<script[^>]*\bsrc=", text)


def test_markdown_csv_and_json(tmp_path: Path) -> None:
    result = run(
        "export", str(SEED_WORKBOOK), "--md", str(tmp_path / "r.md"), "--json", str(tmp_path / "r.json"),
        "--csv", str(tmp_path / "csv"), "--title", "後期情報化計画事業の進捗状況",
    )  # fmt: skip
    assert result.exit_code == 0
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert markdown.startswith("# 後期情報化計画事業の進捗状況\n")
    assert "## （1）情報化政策1 区民の力を活かす情報化" in markdown
    assert (
        "| 1-1-1 ICT の高度化・多様化に対応した情報提供の充実 "
        "| ① 電子媒体を活用した情報提供の充実 | ○ |  |" in markdown
    )
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["summary"]["total"]["total"] == 49
    assert data["policies"][0]["percentages"] == {"◎": 17.4, "○": 52.2, "△": 30.4, "×": 0.0}
    with (tmp_path / "csv" / "進捗状況.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + 51 and all(row[2] for row in rows[1:])  # every row has its project


def test_an_existing_output_is_replaced_only_with_force(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("keep me", encoding="utf-8")
    refused = run("export", str(SEED_WORKBOOK), "--md", str(target))
    assert refused.exit_code == 2
    assert "すでにあります。置き換えるには --force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run("export", str(SEED_WORKBOOK), "--md", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# 情報化計画事業の進捗状況")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]  # no temporary files left
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_an_output_over_an_input_is_refused_even_through_a_symlink(tmp_path: Path) -> None:
    source = tmp_path / "status.xlsx"
    shutil.copy(SEED_WORKBOOK, source)
    before = source.read_bytes()
    link = tmp_path / "link.xlsx"
    link.symlink_to(source)
    for target in (source, link):
        result = run(
            "export", str(source), "--xlsx", str(target), "--md", str(tmp_path / "r.md"), "--force"
        )
        assert result.exit_code == 2
        assert "は入力ファイルです" in result.stderr
    assert source.read_bytes() == before
    assert not (tmp_path / "r.md").exists()  # nothing written at all


def test_last_week_s_export_beside_the_replies_is_replaced_with_force(tmp_path: Path) -> None:
    """Review 37: an export written into the replies' folder could not be written again, even
    with --force — 「出力先 … は入力ファイルです」, while the same run skipped it as planeval's
    own report. It is no input; a reply in the folder still is."""
    folder = tmp_path / "回答"
    folder.mkdir()
    shutil.copy(SEED_WORKBOOK, folder / "総務部.xlsx")
    target = folder / "第3章.xlsx"
    assert run("export", str(folder), "--xlsx", str(target)).exit_code == 0
    again = run("export", str(folder), "--xlsx", str(target))
    assert again.exit_code == 2 and "すでにあります" in again.stderr
    assert run("export", str(folder), "--xlsx", str(target), "--force").exit_code == 0
    over = run("export", str(folder), "--xlsx", str(folder / "総務部.xlsx"), "--force")
    assert over.exit_code == 2 and "は入力ファイルです" in over.stderr


def test_a_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch) -> None:
    from planeval.report import export as export_module

    target = tmp_path / "r.html"
    target.write_text("old", encoding="utf-8")

    def broken(report, **options) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(export_module, "to_html", broken)
    report = build_report(planeval.read_workbooks([SEED_WORKBOOK]).entries, planeval.DEFAULT_SCALE)
    with pytest.raises(RuntimeError):
        export(report, ExportTargets(html=target), inputs=[SEED_WORKBOOK], force=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_export_needs_an_output() -> None:
    result = run("export", str(SEED_WORKBOOK))
    assert result.exit_code == 2
    assert "出力先を一つ以上指定してください" in result.stderr


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_workbook_prints_on_a4_landscape_with_libreoffice(
    exported: Path, tmp_path: Path
) -> None:
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(exported)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / (exported.stem + ".pdf")
    assert pdf.stat().st_size > 10_000
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
        assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points


def test_a_folder_skips_planevals_own_exports_but_a_named_export_is_read(tmp_path: Path) -> None:
    shutil.copy(SEED_WORKBOOK, tmp_path / "status.xlsx")
    assert (
        run(
            "export", str(tmp_path / "status.xlsx"), "--xlsx", str(tmp_path / "report.xlsx")
        ).exit_code
        == 0
    )
    for jobs in ("1", "2"):
        folder = json.loads(run("-j", jobs, "summarize", str(tmp_path), "-f", "json").stdout)
        assert folder["total"]["total"] == 49  # the export is not counted a second time
        assert [p["message"] for p in folder["problems"]] == [
            "planeval が書き出した報告書のため読み飛ばしました（数える場合はファイル名を直接指定してください）"
        ]
    named = json.loads(run("summarize", str(tmp_path / "report.xlsx"), "-f", "json").stdout)
    assert named["total"]["total"] == 49


def test_export_docx_writes_the_chapter_for_word(tmp_path: Path) -> None:
    from docx import Document

    target = tmp_path / "第3章.docx"
    result = CliRunner().invoke(
        app, ["export", str(SEED_WORKBOOK), "--docx", str(target), "--fiscal-year", "2021"]
    )
    assert result.exit_code == 0, result.output
    document = Document(str(target))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "内容を一部修正して実施7件" in text
    assert all(round(section.page_width.cm, 1) in (21.0, 29.7) for section in document.sections)


@pytest.mark.parametrize(
    ("option", "name"), [("--xlsx", "報告.pdf"), ("--docx", "報告.xlsx"), ("--html", "a.md")]
)
def test_an_output_named_for_another_format_is_a_usage_error(
    tmp_path: Path, option: str, name: str
) -> None:
    result = CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), option, str(tmp_path / name)])
    assert result.exit_code == 2
    assert "拡張子" in result.output
    assert not (tmp_path / name).exists()


def test_a_csv_folder_named_as_a_file_is_a_usage_error_naming_a_folder(tmp_path: Path) -> None:
    """``--csv out.csv`` silently made a folder named out.csv (session 36's reviews). A clerk is
    told that --csv takes a folder, with the name to give and the files it will hold; nothing
    is made. An existing folder so named is a folder: written into as asked."""
    result = run("export", str(SEED_WORKBOOK), "--csv", str(tmp_path / "集計.csv"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"--csv の出力先 {tmp_path / '集計.csv'} はファイルの名前です" in result.stderr
    assert f"フォルダを指定してください（例: --csv {tmp_path / '集計'}）" in result.stderr
    assert "集計.csv、進捗状況.csv、課題一覧.csv" in result.stderr
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "R5.csv").mkdir()
    result = run("export", str(SEED_WORKBOOK), "--csv", str(tmp_path / "R5.csv"))
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "R5.csv").iterdir()) == sorted(
        ["集計.csv", "進捗状況.csv", "課題一覧.csv"]
    )


def test_a_report_counted_past_errors_says_which_places_it_left_out(tmp_path: Path) -> None:
    """export --keep-going: the printed 集計 must not pass for the whole count (policy 1 shows
    22 where the fixed workbook has 23)."""
    book = load_workbook(SEED_WORKBOOK)
    book.worksheets[0]["C16"] = "●"
    book.save(tmp_path / "last.xlsx")
    out = tmp_path / "report.md"
    args = ["export", str(tmp_path / "last.xlsx"), "--md", str(out), "--keep-going"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1 and out.exists()
    text = out.read_text(encoding="utf-8")  # (the folder's name escaped for Markdown: its _)
    assert (
        "記入に不備のあった 1 か所の行は集計に含めていません。直した後の件数はこの表と異なります。"
        in text
    )
    assert "last.xlsx" not in text and "C16" not in text  # (the public read no file or cell)
    clean = tmp_path / "clean.md"
    assert (
        CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), "--md", str(clean)]).exit_code == 0
    )
    assert "記入に不備のあった" not in clean.read_text(encoding="utf-8")


def test_the_places_left_out_are_counted_not_named() -> None:
    from planeval.past_errors import OTHER_YEAR
    from planeval.read_records import ErrorPlace
    from planeval.report.table_notes import not_counted_line

    named = [f"a.xlsx › 第3章 › C{row}" for row in range(10, 15)] + ["回収/北原村"]
    places = [ErrorPlace("", place) for place in named]
    assert not_counted_line(places) == (
        "記入に不備のあった 6 か所（2 ファイル）の行は集計に含めていません。"
        "直した後の件数はこの表と異なります。"
    )
    assert not_counted_line([]) == ""
    # (a workbook of another year's, left out: no error — review 84's 「エラーのあった 1 か所」)
    dated = ErrorPlace("", "環境局.xlsx › 評価票 › A1", reason=OTHER_YEAR)
    assert not_counted_line([*places, dated]) == (
        "記入に不備のあった 6 か所（2 ファイル）の行と、別の年度の調査票だった 1 ファイルの行は集計に"
        "含めていません。直した後の件数はこの表と異なります。"
    )


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("第3章 情報化計画事業の進捗状況（令和5年度）", "令和5年度（2023年度）"),
        ("令和元年度 実施状況", "令和元年度（2019年度）"),
        ("情報化事業計画（令和3年度～令和7年度）の進捗", None),  # (a period: no one year)
        ("第3章 情報化計画事業の進捗状況", None),
    ],
)
def test_the_year_a_title_states_is_the_reports(book, tmp_path: Path, title, year) -> None:
    """Review 10: every input's A1 said 令和5年度 and the report printed no year at all."""
    rows = [
        [title],
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 電子申請", "① 実施", "○", None],
    ]
    out = tmp_path / "report.md"
    result = CliRunner().invoke(app, ["export", str(book(rows)), "--md", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert (lines[2] == year) if year else not any("年度（" in line for line in lines)


def test_a_printed_source_is_the_files_name_not_the_clerks_whole_path() -> None:
    """Review 10: the printed 課題一覧 showed 「/work/main/data/setagaya/chapter3.xlsx › …」."""
    from planeval.model import Entry, Location
    from planeval.report.issue_list import short_files

    def at(file: str) -> Entry:
        return Entry(Location(file, "第3章", "C5"), "1", "1-1", "1-1-1", "", 1, "①", "x", None,
                     "○", "○")  # fmt: skip

    alone = short_files([at("/home/tanaka/回答/総務部.xlsx"), at("/home/tanaka/回答/区民部.xlsx")])
    assert alone == {
        "/home/tanaka/回答/総務部.xlsx": "総務部.xlsx",
        "/home/tanaka/回答/区民部.xlsx": "区民部.xlsx",
    }
    twice = short_files([at("/home/t/令和4/回答.xlsx"), at("/home/t/令和5/回答.xlsx")])
    assert twice == {
        "/home/t/令和4/回答.xlsx": os.path.join("令和4", "回答.xlsx"),
        "/home/t/令和5/回答.xlsx": os.path.join("令和5", "回答.xlsx"),
    }


def test_a_report_with_no_year_says_so(tmp_path: Path) -> None:
    """No --fiscal-year, no template's record, no year in a title: a notice, not silence (a
    printed report with no year sits beside last year's in the binder)."""
    result = CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), "--md", str(tmp_path / "r.md")])
    assert result.exit_code == 0
    assert "お知らせ: " in result.stderr and "報告書に年度が入っていません" in result.stderr
    dated = ["export", str(SEED_WORKBOOK), "--md", str(tmp_path / "d.md"), "--fiscal-year", "2021"]
    assert CliRunner().invoke(app, dated).stderr == ""


@pytest.mark.parametrize(
    ("name", "title", "year"),
    [
        # 羽村市: the round's year and the projects' year in its title, the round's in its name
        ("施策評価結果_令和5年度", "令和5年度　羽村市施策評価結果（令和4年度事業分）", 2023),
        ("施策評価結果_令和5年度", "羽村市施策評価結果", 2023),  # (no year but the name's)
        ("施策評価結果_R5年度", "羽村市施策評価結果", 2023),
        (
            "施策評価結果_令和5年度",
            "令和4年度　施策評価結果",
            2022,
        ),  # (the title's, not the name's)
        ("施策評価結果_令和6年度", "令和5年度 施策評価（令和4年度事業分）", None),  # (neither)
        ("計画（令和3年度～令和7年度）評価", "施策評価結果", None),  # (a period: no one year)
        ("施策評価結果", "施策評価結果", None),
    ],
)
def test_a_files_name_gives_the_year_its_title_does_not(
    tmp_path: Path, name: str, title: str, year: int | None
) -> None:
    """Review 21 N7: 羽村市's export said it found no year although its one input is
    施策評価結果_令和5年度.xlsx. A file's name gives the year where no title states one — and
    never overrides one a title states."""
    from planeval.stated_year import report_year
    from tests.conftest import write_book

    rows = [[title], [], HEADER, ["1-1-1 事業", "① 取組", "○", ""]]
    path = write_book(tmp_path / f"{name}.xlsx", {"施策評価": rows})
    assert report_year(planeval.read_workbooks([path]), None) == year
    assert report_year(planeval.read_workbooks([path]), 2021) == 2021  # (as given, always)


def test_a_year_in_the_files_name_is_the_designed_workflow_said_nowhere(tmp_path: Path) -> None:
    from tests.conftest import write_book

    rows = [["羽村市施策評価結果"], [], HEADER, ["1-1-1 事業", "① 取組", "○", ""]]
    path = write_book(tmp_path / "施策評価結果_令和5年度.xlsx", {"施策評価": rows})
    out = tmp_path / "r.md"
    result = CliRunner().invoke(app, ["export", str(path), "--md", str(out)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert out.read_text(encoding="utf-8").splitlines()[2] == "令和5年度（2023年度）"


def test_files_whose_titles_differ_take_no_year_from_their_names(tmp_path: Path) -> None:
    """Names never settle titles that disagree (one of them is last year's, reused): the file
    of the earlier is left out (title_years.years_left_out), the round's year its titles'."""
    from planeval.stated_year import report_year
    from tests.conftest import write_book

    for index, year in enumerate(["令和6年度", "令和5年度"]):
        write_book(
            tmp_path / f"評価_令和5年度_{index}.xlsx",
            {"第3章": [[f"進捗状況（{year}）"], [], HEADER, [f"1-{index + 1}-1 事業", "① 取組", "○", ""]]},
        )  # fmt: skip
    read = planeval.read_workbooks([tmp_path])
    assert [Path(file).name for file in read.left_out] == ["評価_令和5年度_1.xlsx"]
    assert report_year(read, None) == 2024


def test_a_title_of_another_year_is_left_out_and_the_report_takes_the_others_year(
    tmp_path: Path,
) -> None:
    """Three departments' files titled 令和6年度, one still 令和5年度 (last year's reused): an
    error, not counted, and the report kept — --keep-going — is of 令和6年度 (it got no year, the
    old form counted: review 129 N3)."""
    from tests.conftest import write_book

    for index, year in enumerate(["令和6年度", "令和6年度", "令和5年度"]):
        write_book(
            tmp_path / f"{index}_部.xlsx",
            {"第3章": [[f"第3章 情報化計画事業の進捗状況（{year}）"], [], HEADER,
                       [f"1-{index + 1}-1 事業", "① 取組", "○", ""]]},
        )  # fmt: skip
    out = tmp_path / "報告.md"
    stopped = CliRunner().invoke(app, ["export", str(tmp_path), "--md", str(out)])
    assert stopped.exit_code == 1 and not out.exists(), stopped.output
    assert "2_部.xlsx › 第3章 › A1: 表題の年度が令和5年度（2023年度）です" in stopped.output
    kept = CliRunner().invoke(app, ["export", str(tmp_path), "--md", str(out), "--keep-going"])
    assert kept.exit_code == 1 and "令和6年度" in out.read_text(encoding="utf-8")
    assert "報告書に年度を入れていません" not in kept.output


def test_a_year_given_against_the_titles_is_warned_of(tmp_path: Path) -> None:
    """Every workbook titled 令和5年度, --fiscal-year 2022 given: the report is headed 令和4年度
    as asked, and the run says the titles state another year (it said nothing)."""
    from tests.conftest import write_book

    write_book(
        tmp_path / "部.xlsx",
        {"第3章": [["第3章 情報化計画事業の進捗状況（令和5年度）"], [], HEADER,
                   ["1-1-1 事業", "① 取組", "○", ""]]},
    )  # fmt: skip
    out = tmp_path / "報告.md"
    args = ["export", str(tmp_path / "部.xlsx"), "--md", str(out), "--fiscal-year", "2022"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0 and out.exists()
    assert (
        "--fiscal-year は令和4年度（2022年度）ですが、ブックの表題は令和5年度（2023年度）（1 ファイル）です"
        "。報告書の年度は令和4年度（2022年度）とします"  # (not 「書き出しました」: review 48,
        in result.output  # said where an error then stopped the export, nothing written)
    )
    same = [
        "export",
        str(tmp_path / "部.xlsx"),
        "--md",
        str(tmp_path / "b.md"),
        "--fiscal-year",
        "令和5",
    ]
    assert "--fiscal-year は" not in CliRunner().invoke(app, same).output


def test_counts_are_thousands_separated_for_readers_and_plain_as_data(tmp_path: Path) -> None:
    """A prefecture's roll-up counts in thousands: the sentence, the tables and the captions a
    reader reads write 1,204件 as a public document does; the workbook keeps numbers (shown
    #,##0) and the CSV files plain 1204, to compute with."""
    from tests.conftest import rated_entries

    report = planeval.build_report(rated_entries({"1": {"◎": 1204, "○": 3}}))
    assert "計画を上回る実施1,204件" in report.policies[0].sentence
    assert "1,207の計画事業" in report.policies[0].sentence
    assert report.summary_table.text_rows()[0][2:5] == ["1,204", "3", "0"]
    out = tmp_path / "out"
    planeval.export(report, md=out / "r.md", xlsx=out / "r.xlsx", csv=out / "csv")
    markdown = (out / "r.md").read_text(encoding="utf-8")
    assert "| 1,204 | 3 | 0 | 0 | 1,207 |" in markdown
    assert "実施内容 1,207" in markdown  # (the table's caption)
    sheet = load_workbook(out / "r.xlsx")["集計"]
    # (B: policy 1 has no name, so no 政策名 column — review 87; the CSV keeps it, as data)
    assert sheet["B5"].value == 1204 and sheet["B5"].number_format == "#,##0"
    with open(out / "csv" / "集計.csv", encoding="utf-8-sig", newline="") as file:
        assert next(row for row in csv.reader(file) if row[0] == "1")[2] == "1204"
    summarized = run("summarize", str(out / "r.xlsx"), "--format", "csv")
    assert ",1204," in summarized.stdout and "1,204" not in summarized.stdout
    assert "1,204" in run("summarize", str(out / "r.xlsx")).stdout


def test_the_export_says_what_it_is_writing(tmp_path: Path) -> None:
    """Review 11: a thousand bodies' Word document took minutes with no sign of life, every
    output a 0-byte .tmp until all were written. ``progress`` is told each format before it is
    written, in the order written (the command line shows it on a terminal's stderr)."""
    from tests.conftest import rated_entries

    report = planeval.build_report(rated_entries({"1": {"◎": 2, "○": 3}}))
    told: list[tuple[str, int, int]] = []
    out = tmp_path / "out"
    planeval.export(
        report,
        md=out / "r.md",
        docx=out / "r.docx",
        xlsx=out / "r.xlsx",
        csv=out / "csv",
        progress=lambda *step: told.append(step),
    )
    assert told == [("Excel ブック", 1, 3), ("Word 文書", 2, 3), ("Markdown・CSV", 3, 3)]
    assert (out / "r.docx").stat().st_size > 0


def test_items_are_in_their_order_whichever_file_was_read_first(tmp_path: Path) -> None:
    """A co-owner's file read first rates (1) and (3) of a shared project and leaves (2) to
    its lead, whose file rates all three: the tables printed (1) (3) (2) (review 13)."""
    from tests.conftest import write_book

    rows = [("① 申請の電子化", "○"), ("② 議事録の作成", "△"), ("③ 生成AIの試行", "◎")]
    lead = [HEADER] + [
        ["2-1-1 RPA・AIの活用" if n == 0 else "", item, status, "理由" if status == "△" else ""]
        for n, (item, status) in enumerate(rows)
    ]
    co_owner = [row[:] for row in lead]
    co_owner[2][2], co_owner[2][3] = None, ""
    write_book(tmp_path / "01_企画部.xlsx", {"第3章": co_owner})
    write_book(tmp_path / "02_総務部.xlsx", {"第3章": lead})
    report = build_report(planeval.read_workbooks([tmp_path]).entries, planeval.DEFAULT_SCALE)
    [section] = report.policies
    assert [entry.item_label for entry in section.entries] == ["①", "②", "③"]


def test_a_policy_sheet_without_a_legend_has_no_blank_lines_for_it(book, tmp_path: Path) -> None:
    """Review 48 (羽村市, whole phrases: no legend to print): three blank lines stood between the
    count sentence and the table where the legend's row and the row under it were kept."""
    rows = [["基本目標1 まち"], ["No.", "施策名", "評価"]]
    rows += [[1, "子育て支援の充実", "計画どおり完了"], [2, "学校教育", "次年度以降計画を見直す"]]
    path = book(rows, name="羽村.xlsx")
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "hamura"\n', encoding="utf-8")
    out = tmp_path / "r.xlsx"
    config = str(tmp_path / "planeval.toml")
    assert run("export", str(path), "--xlsx", str(out), "--config", config).exit_code == 0
    [sheet] = [s for s in load_workbook(out).worksheets if s.title.endswith("まち")]
    assert sheet["A5"].value is None
    assert [sheet.row_dimensions[row].height for row in (5, 6)] == [3.75, 3.75]


def test_a_policy_sheet_without_a_project_column_starts_its_rows_on_its_first_page(
    tmp_path: Path,
) -> None:
    """Review 81: a 集中改革プラン's 改革項目 of 20 取組項目 (no project column; the 改革項目
    cell merged down them all) was kept together as one block, and its sheet's first page
    printed the heading, the sentence and the header row alone. Items are the blocks kept
    together where the tables have no project column: the first rows under the header."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "1 事務事業の再編・整理"
    sheet.append(["集中改革プラン 取組状況一覧（令和5年度）"])
    sheet.append([])
    sheet.append(["改革項目", "取組項目", "目標", "取組実績", "進捗状況", "所管課"])
    for number in range(1, 21):
        status = "取組中" if number % 4 == 0 else "目標達成"
        sheet.append([
            "1 事務事業の再編・整理" if number == 1 else None, f"1.{number} 窓口業務の見直し{number}",
            "令和5年度までに実施", "計画に沿って実施した。", status, "行政改革推進課",
        ])  # fmt: skip
    sheet.merge_cells("A4:A23")
    source = tmp_path / "取組状況一覧.xlsx"
    book.save(source)
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "reform_plan"\n\n[wording]\ntitle = "集中改革プラン 取組状況"\n'
        'policy = "改革項目"\nitem = "取組項目"\nstatus = "進捗状況"\ndepartment = "所管課"\n',
        encoding="utf-8",
    )
    out = tmp_path / "取組状況.xlsx"
    result = run("export", str(source), "--config", str(config), "--xlsx", str(out))
    assert result.exit_code == 0, result.stderr
    policy = load_workbook(out).worksheets[1]
    assert policy.print_title_rows == "$7:$7"
    assert policy["A8"].value == "1.1 窓口業務の見直し1"  # (its first row under the header)
    assert all(brk.id > 8 for brk in policy.row_breaks.brk)  # (no page of the header alone)


def test_a_year_against_the_workbooks_record_is_refused_in_the_command_s_words(
    exported: Path,
) -> None:
    """Review 83: summarize of an export recording 令和3年度, given --fiscal-year 令和4, said
    「…報告書になるため、書き出していません」 — summarize writes nothing."""
    result = run("summarize", str(exported), "--fiscal-year", "2022")
    assert result.exit_code == 2
    assert "ここで止めました" in result.stderr and "書き出していません" not in result.stderr
    assert "令和3年度（2021年度）のもの" in result.stderr
