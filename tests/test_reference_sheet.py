"""The co-owner's sheet of shared items (共管の実施内容), in the body's words, and read back
whatever version wrote it (review 13: a sheet named 「共管の実施内容」 under the title
「共管の取組内容・参考」, an empty 細目 column, 記入する部 beside the main sheet's 担当課)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.cycle.form_words import form_title
from planeval.marks import unit
from planeval.wording import DEFAULT_WORDING
from tests.conftest import write_book
from tests.cycle_fill import columns, fill_workbook, remark_column, split_templates

RUNNER = CliRunner()
# 中央市's planeval.toml (review 13), as its clerk wrote it
CITY = """
[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "目標を上回った"

[[scale.status]]
symbol = "B"
label = "目標どおり"

[[scale.status]]
symbol = "C"
label = "目標をやや下回った"
needs_issue = true

[wording]
title = "中央市DX推進計画 進捗評価結果"
policy = "基本目標"
direction = "施策"
project = "事業"
item = "取組内容"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
"""
HEADER = ["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"]


def city_plan(folder: Path) -> Path:
    """企画部 leads 1-2-1 and 福祉部 co-owns it; 総務部 leads 1-1-1 alone."""
    rows = [
        HEADER,
        ["1-1-1", "電子申請システムの拡充", "(1)", "対象手続の拡大", "継続", "総務部"],
        ["1-2-1", "デジタル活用支援", "(1)", "スマホ教室の開催", "継続", "企画部、福祉部"],
        ["1-2-1", "デジタル活用支援", "(2)", "デジタル支援員の配置", "継続", "企画部、福祉部"],
    ]
    (folder / "planeval.toml").write_text(CITY, encoding="utf-8")
    return write_book(folder / "計画.xlsx", {"計画事業一覧": rows})


def rate(path: Path, status: str, column: str = "評価") -> None:
    """Every row of the main sheet rated ``status``, by the column's title."""
    book = load_workbook(path)
    sheet = book["実施状況"]
    at = columns(sheet)[column]
    for row in sheet.iter_rows(min_row=6):
        if row[1].value and row[at].protection.locked is False:
            row[at].value = status
    book.save(path)


def remark(path: Path, sheet_name: str, texts: dict[int, str]) -> None:
    """The co-owner's remarks (Excel row → text) in the column titled …の意見."""
    book = load_workbook(path)
    sheet = book[sheet_name]
    for row, text in texts.items():
        sheet.cell(row, remark_column(sheet) + 1).value = text
    book.save(path)


def test_a_city_s_co_owner_sheet_speaks_one_vocabulary_and_reads_back(
    tmp_path: Path, monkeypatch
) -> None:
    plan = city_plan(tmp_path)
    monkeypatch.chdir(tmp_path)
    args = [
        "template",
        str(plan),
        "--fiscal-year",
        "令和6",
        "-o",
        "調査票",
        "--split-by",
        "department",
    ]
    result = RUNNER.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[2] == (
        f"書き出しました: {Path('調査票') / '実施状況調査票_2024_福祉部.xlsx'}"
        "（記入する行 0 行、共管の取組内容 2 件は参考）"
    )
    folder = tmp_path / "調査票"
    book = load_workbook(folder / "実施状況調査票_2024_福祉部.xlsx")
    assert book.sheetnames == ["実施状況", "共管の取組内容", "記入方法"]
    shared: Worksheet = book["共管の取組内容"]
    assert shared["A1"].value == (
        "令和6年度（2024年度） 中央市DX推進計画 実施状況調査票（共管の取組内容・参考）"
    )
    # (the body's 担当課 titled for the 部 its plan names: review 121 #7)
    assert [c.value for c in shared[5]] == ["事業", "取組内容", "担当部", "共管部の意見"]
    assert shared["C6"].value == "企画部（共管: 福祉部）\n所管: 企画部が記入"
    assert not shared["D6"].protection.locked
    rate(folder / "実施状況調査票_2024_企画部.xlsx", "B")
    rate(folder / "実施状況調査票_2024_総務部.xlsx", "A")
    remark(
        folder / "実施状況調査票_2024_福祉部.xlsx", "共管の取組内容", {7: "福祉施設でも周知した"}
    )
    read = planeval.read_workbooks(
        sorted(folder.glob("*.xlsx")), scale=planeval.load_config(tmp_path / "planeval.toml").scale
    )
    assert sorted((e.project_id, e.item_label, e.status, e.issue) for e in read.entries) == [
        ("1-1-1", "(1)", "A", ""),
        ("1-2-1", "(1)", "B", ""),
        ("1-2-1", "(2)", "B", "（共管 福祉部）福祉施設でも周知した"),
    ]
    validated = RUNNER.invoke(app, ["validate", "調査票"])
    assert validated.exit_code == 0, validated.output
    assert "警告" not in validated.stdout
    # a remark that is only a status is said in the column's own title
    remark(folder / "実施状況調査票_2024_福祉部.xlsx", "共管の取組内容", {6: "C"})
    said = RUNNER.invoke(app, ["validate", "調査票"]).stdout
    assert "共管部の福祉部の「共管部の意見」の欄に評価 'C' だけが書かれていますが" in said


def as_last_years(path: Path) -> None:
    """The co-owner's sheet as planeval wrote it before it spoke the body's words: columns
    fixed, 細目 always there (empty), 記入する部, the remark in E."""
    book = load_workbook(path)
    sheet = book["共管の実施内容"]
    sheet.delete_rows(4)  # (its header right under the instruction line: review 118 #7)
    sheet.insert_cols(3)
    sheet["C4"], sheet["D4"] = "細目", "記入する部"
    book.save(path)


def test_last_year_s_co_owner_sheet_is_read_by_its_fixed_columns(tmp_path: Path) -> None:
    """危機管理部 leads 1-2-1, 障害福祉部 co-owns it: the co-owner's workbook of an earlier
    version (its remark in E, beside an empty 細目) and of this one (in D) read alike."""
    templates = split_templates(tmp_path / "調査票")
    lead = templates / "実施状況調査票_2022_危機管理部.xlsx"
    owner = templates / "実施状況調査票_2022_障害福祉部.xlsx"
    fill_workbook(lead)
    fill_workbook(owner, remarks={"1-2-1②": "音声案内の点検に協力した"})
    now = planeval.read_workbooks([lead, owner])
    as_last_years(owner)  # (its remark moved to E with the columns)
    assert load_workbook(owner)["共管の実施内容"]["E4"].value == "共管部の意見"
    before = planeval.read_workbooks([lead, owner])
    for read in (now, before):
        issues = {e.item_key: e.issue for e in read.entries}
        assert issues["1-2-1②"] == "（共管 障害福祉部）音声案内の点検に協力した"
        assert [p for p in read.problems if p.severity.value != "notice"] == []


def test_a_plan_rated_in_parts_keeps_the_sub_item_column_on_the_co_owner_sheet(
    tmp_path: Path,
) -> None:
    rows = [
        [*HEADER[:4], "細目", *HEADER[4:]],
        ["1-1-1", "手続のオンライン化", 1, "申請の拡充", "電子申請", "継続", "政策経営部、財務部"],
        ["1-1-1", "手続のオンライン化", 1, "申請の拡充", "窓口", "継続", "政策経営部、財務部"],
    ]
    plan = write_book(tmp_path / "plan.xlsx", {"一覧": rows})
    out = tmp_path / "調査票"
    args = [
        "template",
        str(plan),
        "--fiscal-year",
        "令和5",
        "-o",
        str(out),
        "--split-by",
        "department",
    ]
    assert RUNNER.invoke(app, args).exit_code == 0
    lead, owner = (
        out / "実施状況調査票_2023_政策経営部.xlsx",
        out / "実施状況調査票_2023_財務部.xlsx",
    )
    shared = load_workbook(owner)["共管の実施内容"]
    assert [c.value for c in shared[5]] == [
        "情報化計画事業の体系", "実施内容", "細目", "所管部", "共管部の意見"
    ]  # fmt: skip
    assert [c.value for c in shared["C"][5:]] == ["電子申請", "窓口"]
    fill_workbook(lead)
    remark(owner, "共管の実施内容", {7: "窓口の混雑は解消した"})
    read = planeval.read_workbooks([lead, owner])
    assert [(e.sub_item, e.issue) for e in read.entries] == [
        ("電子申請", ""),
        ("窓口", "（共管 財務部）窓口の混雑は解消した"),
    ]


@pytest.mark.parametrize(
    ("title", "form"),
    [
        (None, "情報化計画事業 実施状況調査票"),  # Setagaya's, as it always was
        ("中央市DX推進計画 進捗評価結果", "中央市DX推進計画 実施状況調査票"),
        ("第6次行政改革大綱 取り組み項目の進捗状況", "第6次行政改革大綱 実施状況調査票"),
        (
            "区政運営方針 取組み結果",
            "区政運営方針 取組み結果調査票",
        ),  # (the nagoya report's: 203 #5)
        ("まちづくりの計画 進捗状況（令和5年度）", "まちづくりの計画 実施状況調査票"),
        ("施策進行管理・評価票 評価結果", "施策進行管理・評価票"),  # (the form's own name)
        ("施策評価 評価結果一覧", "施策評価調査票"),
        ("計画の進捗状況", "実施状況調査票"),  # (the plain words' title names no plan)
    ],
)
def test_the_workbook_s_title_names_the_plan_the_report_s_title_names(
    title: str | None, form: str
) -> None:
    wording = DEFAULT_WORDING if title is None else replace(DEFAULT_WORDING, title=title)
    assert form_title(wording, "令和6年度（2024年度）") == f"令和6年度（2024年度） {form}"


def test_a_unit_is_what_the_plan_s_departments_are() -> None:
    assert unit(["政策経営部", "財務部", "会計室", "世田谷保健所"]) == "部"
    assert unit(["情報政策課", "財政課", "総務部"]) == "課"
    assert unit(["情報政策課", "総務部"]) == unit([]) == "部署"


def test_the_co_owner_s_sheet_prints_as_the_main_sheet_does(tmp_path: Path) -> None:
    """The main sheet printed its title and department at the top of each page and page
    numbers at the foot; the co-owner's sheet, printed beside it, had neither (review 20)."""
    plan = planeval.read_plan(city_plan(tmp_path))
    wording = planeval.load_config(tmp_path / "planeval.toml").wording
    out = tmp_path / "調査票"
    planeval.write_templates(plan, out, fiscal_year=2024, wording=wording, split_by_department=True)
    book = load_workbook(out / "実施状況調査票_2024_福祉部.xlsx")
    main, shared = book["実施状況"], book["共管の取組内容"]
    for sheet in (main, shared):
        assert sheet.oddHeader.left.text == (
            "令和6年度（2024年度） 中央市DX推進計画 実施状況調査票"
        )
        assert sheet.oddHeader.right.text == "福祉部"
        assert sheet.oddFooter.center.text == "&P / &N"
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert shared.print_title_rows == "$5:$5" and main.print_title_rows == "$5:$5"
    guide = book["記入方法"]  # (upright, a page of text; headed and numbered alike)
    assert guide.oddHeader.left.text == main.oddHeader.left.text
    assert guide.oddHeader.right.text == "福祉部" and guide.oddFooter.center.text == "&P / &N"
    assert guide.page_setup.orientation != "landscape" and guide.page_setup.paperSize == 9
    assert guide.sheet_properties.pageSetUpPr.fitToPage and guide.page_setup.fitToHeight == 0


@pytest.mark.parametrize("fmt", ["github", "pipe"])
def test_a_co_owner_s_remark_is_within_its_item_s_row_of_a_markdown_table(
    tmp_path: Path, fmt: str
) -> None:
    """tables -f github printed the remark's line under the lead's issue as a row of its own,
    with no item (a Markdown table's line is a row): within the item's cell, by <br>, as export
    --md writes it; a | in it escaped, which ended the cell."""
    templates = split_templates(tmp_path / "調査票")
    lead = templates / "実施状況調査票_2022_危機管理部.xlsx"
    owner = templates / "実施状況調査票_2022_障害福祉部.xlsx"
    fill_workbook(lead, {"1-2-1②": ("△", "音声案内の更新が遅れた")})
    fill_workbook(owner, remarks={"1-2-1②": "点検|協力した"})
    result = RUNNER.invoke(app, ["tables", str(lead), str(owner), "-f", fmt])
    assert result.exit_code == 0, result.output
    [row] = [line for line in result.stdout.splitlines() if "共管" in line]
    cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row)]
    assert cells[2:5] == [
        "② 情報バリアフリーの推進及び障害者の社会参加のサポート",
        "△",
        "音声案内の更新が遅れた<br>（共管 障害福祉部）点検\\|協力した",
    ]


def test_the_co_owner_s_sheet_has_a_blank_row_over_its_header_and_no_lone_bracket(
    tmp_path: Path,
) -> None:
    """世田谷区's 障害福祉部 (review 118 #7): the instruction line sat right on the header row,
    and 「危機管理部（共管: 障害福祉部、経済産業部、総務部、政策経営部」 printed over a lone 「）」.
    Now a blank row parts them, as on the main sheet, and the column keeps 「）」 with its text."""
    from planeval.report.cell_wrap import SET_WIDER, wrapping
    from planeval.report.xlsx_chapter3 import XLSX_UNITS

    templates = split_templates(tmp_path / "調査票")
    shared = load_workbook(templates / "実施状況調査票_2022_障害福祉部.xlsx")["共管の実施内容"]
    assert shared["A3"].value.startswith("この部が共管する") and shared["A4"].value is None
    assert [c.value for c in shared[5]] == [
        "情報化計画事業の体系",
        "実施内容",
        "所管部",
        "共管部の意見",
    ]
    owners = [row[2].value for row in shared.iter_rows(min_row=6) if row[2].value]
    assert "危機管理部（共管: 障害福祉部、経済産業部、総務部、政策経営部）" in owners[0]
    wrap = XLSX_UNITS.wrap
    room = shared.column_dimensions["C"].width - wrap.padding
    lines = [line for owner in owners for line in owner.split("\n")]
    assert not [t for t in lines if wrapping(t, wrap.advance).kinsoku(room, wider=SET_WIDER)]
