"""東浜名市's KPI report checked without the plan (review 197 #1–3): a whole-plan figure larger
than the rows' where a 取組 is missing from every file is listed with the --plan hint, not a
plain mismatch; 「45のKPI（指標）」 in the city's own word is read; 「D評価を除く35指標」 keeps
its qualifier, and so does 「評価できない指標を除いた35指標」 (review 200 #1); a count of the rows
rated larger than the rows is compared, not held back (review 200 #2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "hamamatsu"
[wording]
policy = "基本方針"
project = "取組"
item = "指標"
counter = "指標"
"""
HEADER = ["基本方針", "取組", "KPI", "評価", "担当課"]
PLAN_HINT = "（計画のブックを --plan で渡すと、提出のなかった部署の件数と照らし合わせます）"


def _round(folder: Path, *paragraphs: str, d: bool = False, settings: str = "") -> list[str]:
    """Two 課' forms, 取組 1-(3) in neither (the gap warning): 8 KPI counted of 5 取組, and the
    report ``paragraphs`` checked against them (``d``: 総務課's second KPI rated D; ``settings``
    after SETTINGS) — check's csv lines."""
    (folder / "planeval.toml").write_text(SETTINGS + settings, encoding="utf-8")
    (folder / "R6").mkdir()
    rows = [
        ["1 市民サービス", f"({t}) 取組{t}", f"{m} 指標1{t}{m}", status, "市民課"]
        for t in (1, 2, 4)
        for m, status in zip("①②", "AB", strict=True)
    ]
    write_book(folder / "R6" / "市民課.xlsx", {"KPI進捗": [HEADER, *rows]})
    rows = [["2 行政", f"({t}) 取組2{t}", f"① 指標2{t}", "C", "総務課"] for t in (1, 2)]
    rows[1][3] = "D" if d else "C"
    write_book(folder / "R6" / "総務課.xlsx", {"KPI進捗": [HEADER, *rows]})
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(folder / "案.docx")
    said = CliRunner().invoke(
        app,
        ["check", "R6", "--text", "案.docx", "-f", "csv"],
        env={"COLUMNS": "200"},
        catch_exceptions=False,
    )
    return said.stdout.lstrip("\ufeff").splitlines()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _larger(counted: int) -> str:
    return (
        f"計画全体の数で、集計した {counted} 件より多い数です。取組 1-(3) の行がどのファイルにも"
        f"ないため、行からは確かめられず比べていません{PLAN_HINT}"
    )


def test_a_whole_plan_figure_beyond_the_rows_of_a_gap_is_listed_with_the_plan_hint(
    here: Path,
) -> None:
    said = _round(here, "本計画では、6の取組に10指標を設定しています。")
    assert said == [
        "範囲,記載,数,理由,記載の場所",
        f"計画全体,6の取組に10指標を設定しています,6,{_larger(5)},案.docx › 1段落目",
        f"計画全体,6の取組に10指標を設定しています,10,{_larger(8)},案.docx › 1段落目",
        "1 段落のうち、比べられなかった数が 2 件あります",
    ]


def test_a_whole_plan_figure_below_the_rows_is_still_a_mismatch(here: Path) -> None:
    said = _round(here, "本計画では、7指標を設定しています。")
    assert said == [
        "範囲,項目,記載,集計,記載の場所",
        "計画全体,合計,7,8,案.docx › 1段落目",
        "1 段落のうち、記載と集計の食い違いが 1 件あります",
    ]


def test_a_total_less_a_status_named_without_its_count_keeps_its_qualifier(here: Path) -> None:
    said = _round(
        here,
        "令和6年度は、D評価を除く7指標を評価しました。",
        "D評価を除く7指標のうち、A評価が3指標（42.9%）でした。",
        d=True,
    )
    assert said == ["2 段落の記載件数はすべて集計と一致しています"]


def test_the_city_s_own_word_with_the_item_s_in_brackets_is_read(here: Path) -> None:
    said = _round(
        here,
        "本計画では、8のKPI（指標）を設定しています。",
        "計画全体では、10のKPI（指標）を設定しています。",
    )
    assert said == [
        "範囲,記載,数,理由,記載の場所",
        f"計画全体,10のKPI（指標）を設定しています,10,{_larger(8)},案.docx › 2段落目",
        "2 段落のうち、比べられなかった数が 1 件あります",
    ]


def test_a_count_in_a_term_not_read_is_listed_not_skipped(here: Path) -> None:
    said = _round(here, "本計画では、8のKPIを設定しています。")
    reason = (
        "「8KPI」の「KPI」は planeval が件数として読む数え方ではないため、この数は比べていません"
        "（比べるなら「8件」「8事業」のように 件・事業・個・項目・指標・施策・つの のどれかで書いてください）"
    )
    assert said == [
        "範囲,記載,数,理由,記載の場所",
        f"計画全体,8のKPIを設定しています,8,{reason},案.docx › 1段落目",
        "1 段落のうち、比べられなかった数が 1 件あります",
    ]


# 東浜名市's D label, with its remark: its short form 評価できない is what the report writes
D_LABEL = """[[scale.status]]
symbol = "D"
label = "評価できない（実績値未確定など）"
"""


def test_a_total_less_a_status_named_by_its_label_keeps_its_qualifier(here: Path) -> None:
    said = _round(
        here,
        "評価できない指標を除いた7指標のうち、A評価は3指標でした。",
        "評価できない指標を除く7指標を評価しました。",
        d=True,
        settings=D_LABEL,
    )
    assert said == ["2 段落の記載件数はすべて集計と一致しています"]


@pytest.mark.parametrize(
    ("paragraph", "stated", "counted"),
    [
        ("令和6年度は、D評価を除く8指標を評価しました。", 8, 7),
        ("評価できない指標を除いた8指標のうち、A評価は3指標でした。", 8, 7),
        ("令和6年度は、9指標を評価しました。", 9, 8),  # (D counted in the total)
    ],
)
def test_a_count_of_the_rows_rated_beyond_the_rows_of_a_gap_is_compared(
    here: Path, paragraph: str, stated: int, counted: int
) -> None:
    said = _round(here, paragraph, d=True, settings=D_LABEL)
    assert said == [
        "範囲,項目,記載,集計,記載の場所",
        f"計画全体,合計,{stated},{counted},案.docx › 1段落目",
        "1 段落のうち、記載と集計の食い違いが 1 件あります",
    ]
