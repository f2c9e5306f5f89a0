"""Review 186 #1 (東三河県ITプラン, the aichi scale): 「本プランに掲げる36指標の令和6年度の評価は…」
was 「何の件数か読み取れません」, exit 1 on a correct report — the year between the total and
評価 stopped the total from being read. Now compared as the plan's total, and the year's own
numbers (6, 2024) are never taken as counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashimikawa_forms import SETTINGS, write_round

RUNNER = CliRunner()
STATUSES = "、Aが2指標、Bが2指標、Cが1指標、Dが1指標でした。\n"


def _check(where: Path, text: str) -> tuple[int, dict]:
    (where / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    (where / "報告書案.txt").write_text(text, encoding="utf-8")
    write_round(where / "R6")
    args = [str(where / "R6"), "--text", str(where / "報告書案.txt")]
    done = RUNNER.invoke(
        app, ["check", *args, "--config", str(where / "planeval.toml"), "-f", "json"]
    )
    return done.exit_code, json.loads(done.stdout)


@pytest.mark.parametrize(
    "lead",
    [
        "本プランに掲げる{n}指標の令和6年度の評価は",
        "本プランの{n}指標の令和6年度の評価は",
        "計画全体の{n}指標の令和6年度の評価は",
        "本プランの{n}指標の令和6年度（2024年度）の評価は",
        "本プランの{n}指標の2024年度の評価は",
    ],
)
def test_a_total_with_the_year_after_it_is_compared(tmp_path: Path, lead: str) -> None:
    code, data = _check(tmp_path, lead.format(n=6) + STATUSES)
    assert code == 0 and data["not_compared"] == [] and data["disagreements"] == []
    (statement,) = data["statements"]
    read = [(n["what"], n["value"]) for n in statement["numbers"]]
    assert read == [("total", 6), ("A", 2), ("B", 2), ("C", 1), ("D", 1)]
    code, data = _check(tmp_path, lead.format(n=7) + STATUSES)
    assert code == 1
    wrong = [(r["what"], r["stated"], r["counted"]) for r in data["disagreements"]]
    assert wrong == [("total", 7, 6)]
