"""A KPI workbook with no issue column (浜松市's DX推進計画, OTHER-BODIES.md "Indicator tables":
項目 | 指標 | 策定時 | 現状値 | 目標値 | 指標の評価): Chapter 3's tables have no empty 課題等
column in any export (review 28 #6), as the issue list has none; each figure with its
bracketed remark kept on its line (review 28 #8), and the figures set as numbers are."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

TOML = """[scale]
preset = "hamamatsu"

[wording]
title = "DX推進計画 KPI進捗状況"
policy = "基本方針"
project = "項目"
item = "指標"
status = "指標の評価"
"""
HEADER = ["項目", "指標", "策定時（R2）", "現状値（R5）", "目標値（R7）", "指標の評価"]
ROWS = [  # (as the clerk typed them: a group row (1) unrated, its ア イ rated)
    ["(1) 行政手続のオンライン化", None, None, None, None, None],
    ["ア", "オンライン申請が可能な手続の割合", "16.0%", "25.6%", "32.0%", "A"],
    ["イ", "ウェブサイトのアクセシビリティ適合率", "90.1%(小) 91.5%(中)",
     "97.0%(小) 98.2%(中)", "100%", "D"],
]  # fmt: skip
runner = CliRunner()


def _exported(tmp_path: Path, issue_column: bool = False, elsewhere: str = "") -> Path:
    """The export of the KPI workbook (``issue_column``: with a 課題 column no one filled in;
    ``elsewhere``: the issue text of a row on a second sheet, 基本方針2, with such a column)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "基本方針1"
    sheet.append(["基本方針1　市民サービスのDX"])
    sheet.append([*HEADER, "課題"] if issue_column else HEADER)
    for row in ROWS:
        sheet.append([*row, None] if issue_column else row)
    if elsewhere:
        other = book.create_sheet("基本方針2")
        other.append(["基本方針2　行政のDX"])
        other.append([*HEADER, "課題"])
        other.append(["(1) 業務の見直し", None, None, None, None, None, None])
        other.append(["ア", "電子決裁率", "40%", "70%", "100%", "C", elsewhere])
    book.save(tmp_path / "KPI進捗_令和5年度.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    out = tmp_path / "out"
    args = ["export", str(tmp_path / "KPI進捗_令和5年度.xlsx"), "--config"]
    args += [str(tmp_path / "planeval.toml"), "--md", str(out / "r.md")]
    for kind in ("xlsx", "docx", "html"):
        args += [f"--{kind}", str(out / f"r.{kind}")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return out


def test_no_issue_column_in_any_chapter3_table(tmp_path: Path) -> None:
    out = _exported(tmp_path)
    titles = ["項目", "指標", "策定時（R2）", "現状値（R5）", "目標値（R7）", "指標の評価"]
    md = (out / "r.md").read_text(encoding="utf-8")
    assert f"| {' | '.join(titles)} |" in md
    row = "| (1) 行政手続のオンライン化 | ア オンライン申請が可能な手続の割合 | 16.0% | 25.6% |"
    assert f"{row} 32.0% | A |\n" in md
    sheet = load_workbook(out / "r.xlsx")["基本方針1 市民サービスのDX"]
    header = [cell.value for cell in sheet[7]]
    assert header == titles
    assert sheet.max_column == len(titles)
    table = Document(str(out / "r.docx")).tables[1]
    # (each title in its column's lines, broken between its words: 「策定時」 over 「（R2）」)
    assert [cell.text.replace("\n", "") for cell in table.rows[0].cells] == titles
    html = (out / "r.html").read_text(encoding="utf-8")
    chapter3 = html[html.index('<table class="chapter3') :]
    chapter3 = chapter3[: chapter3.index("</table>")]
    assert "".join(f'<th scope="col">{title}</th>' for title in titles) in chapter3
    assert 'class="issue"' not in chapter3


def test_each_figure_kept_with_its_remark(tmp_path: Path) -> None:
    out = _exported(tmp_path)
    html = (out / "r.html").read_text(encoding="utf-8")
    assert '<span class="figure">97.0%(小)</span> <span class="figure">98.2%(中)</span>' in html


def test_the_figures_set_as_numbers_are(tmp_path: Path) -> None:
    """Each figure right-aligned, as 集計's counts (review 27 F7), beside the rating centred;
    at the top of its cell as the names beside it (review 105 #9c)."""
    out = _exported(tmp_path)
    sheet = load_workbook(out / "r.xlsx")["基本方針1 市民サービスのDX"]
    row = next(r for r in sheet.iter_rows(min_row=8) if r[3].value == "25.6%")
    assert [(c.alignment.horizontal, c.alignment.vertical) for c in row[2:6]] == [
        ("right", "top"),
        ("right", "top"),
        ("right", "top"),
        ("center", "top"),
    ]
    summary = load_workbook(out / "r.xlsx")["集計"]
    counts = [c for r in summary.iter_rows() for c in r if isinstance(c.value, int)]
    assert counts and all(c.alignment.vertical == "center" for c in counts)


def test_the_sentence_and_legend_say_what_they_count(tmp_path: Path) -> None:
    """Indicators evaluated, counted in their own word, and the legend's letters first, as the
    body writes them (review 28 #7: 「1つの項目に取り組みました」「目標達成1件」「目標達成：A」)."""
    md = (_exported(tmp_path) / "r.md").read_text(encoding="utf-8")
    assert (
        "「市民サービスのDX」では、1つの項目の2つの指標を評価しました。"
        "個別の指標の評価は、目標達成1指標、評価できない1指標でした。\n" in md
    )
    assert "※A：目標達成、B：概ね達成、C：未達成、D：評価できない\n" in md


def test_a_form_s_issue_column_no_one_filled_in_is_kept_empty(tmp_path: Path) -> None:
    """A 課題 column the form has and no row of its table filled in stays, empty, where a row
    of the export has an issue text (review 30): a D rated with no reason given is seen by the
    director in every export (a terminal's table leaves out any column no row uses, as
    tabulate does). Where no row of the export has one, no format has the column (review 130
    #4: test_chapter3_columns)."""
    out = _exported(tmp_path, issue_column=True, elsewhere="決裁規程の改正が遅れた")
    sheet = load_workbook(out / "r.xlsx")["基本方針1 市民サービスのDX"]
    assert [cell.value for cell in sheet[7]][-1] == "課題"  # (the form's own title)
    md = (out / "r.md").read_text(encoding="utf-8")
    assert "| 指標の評価 | 課題 |" in md
    table = Document(str(out / "r.docx")).tables[1]
    assert [cell.text for cell in table.rows[0].cells][-1] == "課題"
