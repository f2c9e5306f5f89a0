"""「計画に掲げる33事業のうち、当該年度の取組がなかった1事業を除く32事業について評価しました」
(review 73): the rows taken out are those of the scale's one result not counted (－ 当該年度の取組
なし), compared with its rows — a wrong 2 passed, listed as rows of a reply not sent. Rows said
of a reply not sent (「提出がなかった…の1件を除く」, review 70) stay rows not counted."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.presets import PRESETS
from planeval.stated_number import NOT_COUNTED, TOTAL
from planeval.stated_numbers import read_numbers
from tests.conftest import write_book

SETTINGS = """[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "順調"

[[scale.status]]
symbol = "B"
label = "概ね順調"

[[scale.status]]
symbol = "－"
label = "当該年度の取組なし"
counted = false
"""
STATUSES = ["A", "B", "B", "A", "－", "B"]


def _check(tmp_path: Path, text: str) -> tuple[int, list[tuple[str, object, object]]]:
    rows: list[tuple[object, ...]] = [
        ("令和6年度 情報化推進計画 進捗状況",),
        (),
        ("No.", "事業名", "評価", "課題", "担当課"),
    ]
    rows += [(n, f"事業{n}", status, "", "情報政策課") for n, status in enumerate(STATUSES, 1)]
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗": rows})
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    report = tmp_path / "報告書.txt"
    report.write_text(text, encoding="utf-8")
    settings = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(
        app, ["check", str(book), "--config", settings, "--text", str(report), "-f", "json"]
    )
    wrong = json.loads(result.stdout)["disagreements"]
    return result.exit_code, [(d["what"], d["stated"], d["counted"]) for d in wrong]


def test_the_rows_taken_out_are_the_uncounted_result_s(tmp_path: Path) -> None:
    rows, none = len(STATUSES), STATUSES.count("－")
    said = "計画に掲げる{rows}事業のうち、当該年度の取組がなかった{none}事業を除く{rest}事業について評価しました。\n"
    right = said.format(rows=rows, none=none, rest=rows - none)
    assert _check(tmp_path, right) == (0, [])
    wrong = said.format(rows=rows, none=none + 1, rest=rows - none)
    code, off = _check(tmp_path, wrong)
    assert code == 1 and off == [("－", none + 1, none)]


def test_what_the_numbers_are_read_as() -> None:
    reform = PRESETS["reform_plan"]  # (its one uncounted status is 再掲: rows not sent stay so)
    said = read_numbers("調査票の提出がなかった病院総務課所管の1件を除く106件の取組状況は", reform)
    assert [(n.what, n.value, n.net) for n in said] == [(NOT_COUNTED, 1, False), (TOTAL, 106, True)]
    hamamatsu = PRESETS["hamamatsu"]  # (a status named: taken out of the total, as before)
    said = read_numbers("Dの2指標を除く20指標のうち、Aは9指標", hamamatsu)
    assert [(n.what, n.value) for n in said] == [("D", 2), (TOTAL, 20), ("A", 9)]


def test_a_scale_counting_every_result_takes_out_rows_not_counted() -> None:
    """Review 117 N4: 「全25指標のうち教育総務課所管の2指標を除く23指標」 under a scale that counts
    every status — the 2 are rows not counted (compared with the 未提出), not the total."""
    said = read_numbers(
        "全25指標のうち教育総務課所管の2指標を除く23指標を評価しました。", PRESETS["hamamatsu"]
    )
    assert [(n.what, n.value) for n in said][1:] == [(NOT_COUNTED, 2), (TOTAL, 23)]
