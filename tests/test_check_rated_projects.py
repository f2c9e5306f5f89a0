"""A number of projects that counts the rated ones (review 36, 愛知県's plan: project 取組,
one KPI each, 評価 A–D and 「－ 評価できない」 not counted): 「6取組を評価し」 and 「10取組のうち、
Aが3取組、Bが4取組、Cが1取組、Dが2取組」 were compared with all 7 and 12 取組, two false
disagreements. They count the 取組 with a counted rating — 評価し says so, and so does a
breakdown of the counted ratings adding up to the number —; 「12取組のうち」 counts them all."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

TOML = """\
[scale]
preset = "aichi"

[[scale.status]]
symbol = "－"
label = "評価できない"
counted = false

[wording]
policy = "基本方針"
project = "取組"
item = "KPI"
status = "評価"
"""
HEADER = ["No.", "取組名", "KPI（指標）", "評価", "担当課"]
# each 基本方針's ratings, one 取組 (one KPI) each
RATINGS = {"1": "AAABCC－", "2": "AAABBBBCDD－－"}


def _workbook(path: Path) -> Path:
    sheets = {}
    for policy, ratings in RATINGS.items():
        rows: list[list[object]] = [[f"基本方針{policy}　デジタル化の推進"], HEADER]
        rows += [
            [str(n), f"取組{policy}-{n}", f"指標{n}", rating, "デジタル推進課"]
            for n, rating in enumerate(ratings, start=1)
        ]
        sheets[f"基本方針{policy}"] = rows
    return write_book(path, sheets)


def _check(tmp_path: Path, text: str):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    (tmp_path / "報告案.txt").write_text(text, encoding="utf-8")
    book = _workbook(tmp_path / "回答.xlsx")
    return CliRunner().invoke(
        app,
        ["check", str(book), "--text", str(tmp_path / "報告案.txt"),
         "--config", str(tmp_path / "planeval.toml"), "-f", "json"],
    )  # fmt: skip


def test_projects_evaluated_count_the_rated_ones(tmp_path: Path) -> None:
    text = (
        "基本方針1では、6取組を評価し、Aが3取組、Bが1取組、Cが2取組、Dが0取組でした。"
        "このほか評価できないものが1取組あります。\n\n"
        "基本方針2では、10取組のうち、Aが3取組、Bが4取組、Cが1取組、Dが2取組でした。\n\n"
        "全体では、19の取組のうち評価できない3取組を除く16取組について評価しました。\n"
    )
    result = _check(tmp_path, text)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["disagreements"] == []


def test_a_wrong_number_of_projects_is_still_a_disagreement(tmp_path: Path) -> None:
    """All 取組 (12) with a breakdown of the rated ones agrees too; a number that is neither
    the rated nor all, or 「7取組を評価し」 where 6 were rated, does not."""
    text = (
        "基本方針1では、7取組を評価し、Aが3取組、Bが1取組、Cが2取組、Dが0取組でした。\n\n"
        "基本方針2では、12取組のうち、Aが3取組、Bが4取組、Cが1取組、Dが2取組でした。\n\n"
        "基本方針2の11取組のうち、Aが3取組でした。\n"
    )
    result = _check(tmp_path, text)
    assert result.exit_code == 1, result.stdout + result.stderr
    wrong = json.loads(result.stdout)["disagreements"]
    assert [(d["scope"], d["what"], d["stated"], d["counted"]) for d in wrong] == [
        ("基本方針1", "rated projects", 7, 6),
        ("基本方針2", "projects", 11, 12),
    ]
