"""A 施策評価 reports per 施策, and its export counted per 基本目標 only (review 196 #5): 西羽根市's
report states 「「良好な居住環境の整備」などの2事業は、「計画どおり完了」であり…」 per 施策, the
figures only `summarize --by project` gave. Every format now has 施策別集計 after 集計, a 施策 the
late 教育部 holds blank 「4（未集計）」 as in 集計; Setagaya's (its directions' captions count them)
has none. And its Word document (review 196 #7): each 施策 of eight 事業 was kept on one page,
half of each page empty (60 事業 on 11 pages), and 「施策には複数の事業を持つものがあるため、事業は
計60件です」 was said where every 施策 holds several."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

import tests.test_review196_plan_policies as city
from planeval.cli import app
from tests.test_review196_plan_policies import folder  # noqa: F401 (the fixture)

RUNNER = CliRunner()
REPO = Path(__file__).resolve().parents[1]
STATUSES = ["計画どおり完了", "一部完了", "次年度以降計画を見直す", "未着手", "計"]
SHARES = [f"{status} 割合（%）" for status in STATUSES[:-1]]
COUNTS = [  # 施策別集計 of 市民部's and 福祉部's replies, 教育部's 施策4 not in
    ["1", "防災の推進", "1", "1", "0", "0", "2", "50.0", "50.0", "0.0", "0.0"],
    ["2", "防犯の推進", "1", "1", "0", "0", "2", "50.0", "50.0", "0.0", "0.0"],
    ["3", "子育て支援", "0", "1", "1", "0", "2", "0.0", "50.0", "50.0", "0.0"],
    ["4（未集計）", "学校教育の充実", *[""] * 9],
    ["合計", "", "2", "3", "1", "0", "6", "33.3", "50.0", "16.7", "0.0"],
]
NOTE = "※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。"


def _export(*formats: str) -> None:
    args = [arg for kind in formats for arg in (f"--{kind}", f"r.{kind}")]
    result = RUNNER.invoke(app, ["export", ".", *args])
    assert result.exit_code == 0, result.output


def test_markdown_counts_each_project_after_the_policies(folder: Path) -> None:  # noqa: F811
    _export("md")
    text = (folder / "r.md").read_text(encoding="utf-8")
    lines = text[text.index("## 施策別集計") : text.index("## 基本目標1")].splitlines()
    assert lines == [
        "## 施策別集計",
        "",
        "施策ごとの事業の件数と、計に対する割合（%）",
        "",
        "| " + " | ".join(["施策番号", "施策名", *STATUSES, *SHARES]) + " |",
        "|" + "|".join(["---"] * 11) + "|",
        *("| " + " | ".join(row) + " |" for row in COUNTS),
        "",
        NOTE,
        "",
    ]
    # (every 施策 holds two 事業: their total said as a plain fact, not 「…ものがあるため」)
    assert (
        "計画全体では、全4施策のうち回答のあった3施策について評価しました。施策を構成する事業の"
        "うち、回答のあった事業は計6件です。個別の事業ごとの評価は、「計画どおり完了」が2件、"
        "「一部完了」が3件、「次年度以降計画を見直す」が1件でした。"
    ) in text.splitlines()


def test_word_excel_and_the_page_count_each_project(folder: Path) -> None:  # noqa: F811
    _export("docx", "xlsx", "html")
    document = Document(str(folder / "r.docx"))
    texts = [p.text for p in document.paragraphs]
    at = texts.index("施策別集計")
    assert texts[at : at + 3] == ["施策別集計", "施策別の評価（件・%）", NOTE]
    rows = [[cell.text for cell in row.cells] for row in document.tables[1].rows]
    assert rows[2:] == COUNTS
    book = load_workbook(folder / "r.xlsx")
    assert book.sheetnames[:2] == ["集計", "施策別集計"]
    sheet = book["施策別集計"]
    # its printed page names it above its table, not the report's title alone (review 201 #7)
    assert [sheet.cell(row, 1).value for row in (1, 3)] == [
        "西羽根市総合計画\u3000施策評価",
        "施策別集計",
    ]
    assert book["集計"].cell(3, 1).value is None
    assert [c.value for c in sheet[7]] == ["3", "子育て支援", 0, 1, 1, 0, 2, 0, 50, 50, 0]
    assert [c.value for c in sheet[8]][:3] == ["4（未集計）", "学校教育の充実", None]
    page = (folder / "r.html").read_text(encoding="utf-8")
    assert '<h2 id="summary2-h">施策別集計</h2>' in page


def test_setagaya_has_no_project_counts(tmp_path: Path) -> None:
    source = REPO / "data" / "setagaya" / "chapter3.xlsx"
    result = RUNNER.invoke(app, ["export", str(source), "--md", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "r.md").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("## ") and "集計" in line] == ["## 集計"]
    whole = next(line for line in lines if line.startswith("計画全体では、"))
    assert whole.startswith(
        "計画全体では、13の計画事業に取り組みました。計画事業には複数の実施内容や細目を持つものが"
        "あるため、評価した実施内容と細目は全51件で、再掲の2件を除く49件を集計しました。"
    )


LONG = [  # 施策1 of eight 事業, 施策2 and 3 of two
    *((1, 1, "防災の推進", n, f"防災事業{n}", "市民部", "防災課") for n in range(1, 9)),
    *((1, 2, "防犯の推進", n, f"防犯事業{n}", "市民部", "安全課") for n in range(9, 11)),
    *((2, 3, "子育て支援", n, f"子育て事業{n}", "市民部", "子育て課") for n in range(11, 13)),
]


def _kept(row: object) -> bool:
    """Whether a Word table row is kept with the row below it (its 事業's keepNext: the 施策's
    cell is merged down)."""
    return bool(row.cells[1].paragraphs[0].paragraph_format.keep_with_next)  # type: ignore[attr-defined]


def test_a_long_project_breaks_over_pages_between_its_kept_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(city, "PLAN", LONG)
    city._form(tmp_path / "調査票_市民部.xlsx", "市民部", ["計画どおり完了", "一部完了"] * 6)
    settings = city.SETTINGS.split("\n[plan]")[0]
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _export("docx", "md")
    table = Document(str(tmp_path / "r.docx")).tables[2]  # (基本目標1's: 施策1 and 2)
    rows = table.rows[1:]  # (under its repeated header)
    assert [row.cells[1].text.split()[-1] for row in rows] == [
        *(f"防災事業{n}" for n in range(1, 9)),
        "防犯事業9",
        "防犯事業10",
    ]
    # 施策1's name with its first three 事業, its last three together (and, as the table's last
    # three rows are, with 施策2's first: keep_tail); 施策2's two together
    assert [_kept(row) for row in rows] == [
        *(True, True, False, False, False),
        *(True, True, True),
        *(True, False),
    ]
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "計画全体では、3施策に取り組みました。施策を構成する事業は計12件です。" in text
