"""A report of one fiscal year evaluating the year before's work (羽村市: 「令和5年度 羽村市施策
評価結果（令和4年度事業分）」) speaks of the rated year as its own: 「令和4年度に実施した15事業を
評価しました」 is this round's, compared — review 71: it was listed as 令和4年度's and a wrong 15
passed with exit 0. A year the titles do not say the rows are of stays another year's."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.stated_year import rated_years
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS

HAMURA = next(body for body in BODIES if body.key == "hamura")
TITLE = "令和5年度　羽村市施策評価結果（令和4年度事業分）"


def _hamura(tmp_path: Path) -> tuple[list[str], int, int]:
    """Its workbook titled as the city titles it, the inputs of check, its rows and 完了 count."""
    [path] = HAMURA.build(tmp_path)
    book = load_workbook(path)
    book.active["A1"] = TITLE
    named = tmp_path / "施策評価結果_令和5年度.xlsx"
    book.save(named)
    path.unlink()
    (tmp_path / "planeval.toml").write_text(CONFIGS["hamura"], encoding="utf-8")
    inputs = [str(named), "--config", str(tmp_path / "planeval.toml")]
    total = json.loads(CliRunner().invoke(app, ["summarize", *inputs, "-f", "json"]).stdout)
    done = total["total"]["counts"]["計画どおり完了"]
    return inputs, total["total"]["total"], done


def _check(inputs: list[str], text: Path) -> tuple[int, list[tuple[str, object, object]]]:
    result = CliRunner().invoke(app, ["check", *inputs, "--text", str(text), "-f", "json"])
    wrong = json.loads(result.stdout)["disagreements"]
    return result.exit_code, [(d["what"], d["stated"], d["counted"]) for d in wrong]


def test_the_rated_year_named_in_a_sentence_is_this_round_s(tmp_path: Path) -> None:
    inputs, rows, done = _hamura(tmp_path)
    text = tmp_path / "報告書.txt"
    text.write_text(
        f"{TITLE}\n\n令和4年度に実施した{rows + 1}事業を評価しました。\n\n"
        f"令和4年度に実施した事業のうち、「計画どおり完了」は{done + 1}事業でした。\n",
        encoding="utf-8",
    )
    code, wrong = _check(inputs, text)
    assert code == 1
    assert wrong == [("total", rows + 1, rows), ("計画どおり完了", done + 1, done)]
    right = tmp_path / "正しい.txt"
    right.write_text(f"令和4年度に実施した{rows}事業を評価しました。\n", encoding="utf-8")
    assert _check(inputs, right)[1] == []
    # (a year the titles do not say the rows are of: another year's, not compared)
    other = tmp_path / "前々年度.txt"
    other.write_text(f"令和3年度は{rows + 5}事業を評価しました。\n", encoding="utf-8")
    assert _check(inputs, other)[1] == []


def test_the_years_a_title_says_rows_are_of() -> None:
    assert rated_years([TITLE]) == {2022}
    assert rated_years(["令和５年度実績", "2021年度の取組分", "R3年度事業実績"]) == {2023, 2021}
    assert rated_years(["令和5年度　施策評価結果", "令和4年度に実施した事業"]) == set()


def test_a_number_of_another_year_in_a_sentence_of_this_one_is_that_year_s(tmp_path: Path) -> None:
    """Review 72: 「令和3年度に実施した13事業と比べ、令和4年度に実施した14事業を評価しました」 —
    the 13 was 「何の件数か読み取れません」, failing a right report; it is 令和3年度's (the year
    before the rated one: last year's, compared with --previous), the 14 this round's."""
    inputs, rows, _done = _hamura(tmp_path)
    text = tmp_path / "報告書.txt"
    text.write_text(
        f"{TITLE}\n\n令和3年度に実施した{rows + 7}事業と比べ、令和4年度に実施した{rows}事業を評価しました。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["check", *inputs, "--text", str(text), "-f", "json"])
    data = json.loads(result.stdout)
    assert data["disagreements"] == []
    listed = [
        (n["stated"], n["reason"], n["when"])
        for n in data["not_compared"]
        if n["stated"] == rows + 7
    ]
    assert listed == [
        (rows + 7, "令和3年度（2021年度）の数なので、今回の行とは比べません", "前年度")
    ]


def test_a_year_in_brackets_after_a_number_is_the_bracket_s(tmp_path: Path) -> None:
    """Review 74: 「令和4年度に実施した15事業（令和3年度は13事業）を評価しました」 listed both as
    another year's (15 of 14 passed, exit 0), and 「（前年度は13事業）」 made the 14 unreadable.
    Each number is of the year named last before it; a bracket after a count leaves it one."""
    inputs, rows, _done = _hamura(tmp_path)
    text = tmp_path / "報告書.txt"

    def check(sentence: str) -> tuple[int, list[tuple[object, object]]]:
        text.write_text(f"{TITLE}\n\n{sentence}\n", encoding="utf-8")
        result = CliRunner().invoke(app, ["check", *inputs, "--text", str(text), "-f", "json"])
        wrong = json.loads(result.stdout)["disagreements"]
        return result.exit_code, [(d["stated"], d["counted"]) for d in wrong]

    for before in ("令和3年度は13事業", "前年度は13事業"):
        right = f"令和4年度に実施した{rows}事業（{before}）を評価しました。"
        assert check(right)[1] == []
        wrong = f"令和4年度に実施した{rows + 1}事業（{before}）を評価しました。"
        assert check(wrong)[1] == [(rows + 1, rows)]
