"""中島市北山区's 区政運営方針 取組み結果 (review 187), a ward of 名古屋市's form: a heading row
「運営方針1　…」 over each table, 取組み | 取組み内容 | 評価 | 担当課, one row co-owned by two
departments (「地域力推進室、市民課」).

#2: in Word, Chapter 3's 担当課 cell read 「地域力推進室、市」 over 「民課」 — Word fills a line and
breaks Japanese anywhere; the cell is now broken after its 「、」, as the issue list's is, each
name whole in the column. #3: with the words planeval offers (item = "取組み内容"), every count
sentence said 「63の取組み内容に取り組みました」; a word holding 取組 now 「…を進めました」."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.docx_export import DOCX_UNITS
from tests.conftest import write_book

TOML = """
[scale]
preset = "nagoya"

[layout]
headings = ["運営方針"]

[wording]
preset = "nagoya"
policy = "運営方針"
project = "取組み"
item = "取組み内容"
status = "評価"
department = "担当課"
"""
NAMES = ["地域防災訓練の支援", "防犯パトロールの推進", "交通安全教室の開催", "避難所運営マニュアルの改訂",
         "空き家対策の推進", "防災マップの配布"]  # fmt: skip
DEPARTMENTS = ["総務課", "地域力推進室", "市民課", "保険年金課", "民生子ども課", "保健センター"]
CO_OWNED = "地域力推進室、市民課"
STATUSES = "AAABAC"


def _row(n: int) -> list[object]:
    name, department = NAMES[n % 6], CO_OWNED if n == 2 else DEPARTMENTS[n % 6]
    return [f"{n} {name}（1-{n}）", f"{name}を実施する", STATUSES[n % 6], department]


@pytest.fixture
def ward(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    header = ["取組み", "取組み内容", "評価", "担当課"]
    rows = [["運営方針1　安心・安全に暮らせるまち"], header, *(_row(n) for n in range(1, 23))]
    rows += [[], ["運営方針2　健やかに支え合うまち"], header]
    rows += [
        [f"{n} 介護予防講座（2-{n}）", "介護予防講座を実施する", "A", "保険年金課"] for n in (1, 2)
    ]
    return write_book(tmp_path / "取組み結果.xlsx", {"取組み結果": rows})


def _export(ward: Path, *args: str) -> None:
    config = str(ward.parent / "planeval.toml")
    given = ["export", str(ward), "--fiscal-year", "令和6", *args, "--config", config]
    result = CliRunner().invoke(app, given)
    assert result.exit_code == 0, result.output


def test_word_breaks_a_co_owned_department_cell_after_its_comma(ward: Path) -> None:
    out = ward.parent / "報告.docx"
    _export(ward, "--docx", str(out))
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[-1].text == "担当課")
    cells = [row.cells[-1].text for row in table.rows[1:]]
    assert cells[1] == "地域力推進室、\n市民課"  # (Word printed 「地域力推進室、市」 over 「民課」)
    width, wrap = table.columns[-1].width.mm, DOCX_UNITS.wrap
    assert wrap.advance(CO_OWNED) > width - wrap.padding  # (the list: not on one line)
    for name in DEPARTMENTS:  # (each name whole on its line)
        assert wrap.advance(name) <= width - wrap.padding, (name, width)
    assert [c for c in cells if c != cells[1]] == [
        DEPARTMENTS[n % 6] for n in range(1, 23) if n != 2
    ]


def test_a_word_holding_取組_is_not_said_取り組みました(ward: Path) -> None:
    out = ward.parent / "報告.md"
    _export(ward, "--md", str(out))
    text = out.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if "取組み内容を" in line]
    assert lines == [  # (「24の取組み内容に取り組みました」)
        "計画全体では、24の取組み内容を進めました。取組み内容ごとの評価は、Aが17件、Bが4件、Cが3件でした。",
        "運営方針1「安心・安全に暮らせるまち」では、22の取組み内容を進めました。取組み内容ごとの評価は、Aが15件、Bが4件、Cが3件でした。",
        "運営方針2「健やかに支え合うまち」では、2つの取組み内容を進めました。取組み内容ごとの評価は、Aが2件でした。",
    ]
    assert "取り組みました" not in text
