"""Review 87's findings on what a report and check say: a pasted table's policy row typed with
its number and name (「3 情報セキュリティの確保」) named as a sentence names its policy."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review85_words import AICHI_TOML, _aichi


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "400"})


def test_a_pasted_row_of_a_policy_s_number_and_name_is_named_as_the_policy(
    tmp_path: Path,
) -> None:
    """Review 87 (7): 「表の「1 県民の利便性向上」の行」 is 基本方針1 to a director, as a
    paragraph's count of it is; the 合計 row stays the table's."""
    forms = _aichi(tmp_path / "R5", 5, ("A", "B", "C")).parent
    config = tmp_path / "planeval.toml"
    config.write_text(AICHI_TOML, encoding="utf-8")
    draft = tmp_path / "報告書.txt"
    draft.write_text(
        "令和5年度の評価結果は次のとおりです。\n表1 基本方針別の評価\n"
        "基本方針\tA\tB\tC\tD\t計\n1 県民の利便性向上\t1\t1\t2\t0\t4\n合計\t1\t1\t2\t0\t4\n",
        encoding="utf-8",
    )
    done = run("check", str(forms), "--text", str(draft), "--config", str(config), "-f", "json")
    assert done.exit_code == 1
    wrong = json.loads(done.stdout)["disagreements"]
    assert {(d["scope"], d["stated"], d["counted"]) for d in wrong} == {
        ("基本方針1", 2, 1),
        ("基本方針1", 4, 3),
        ("表の「合計」の行", 2, 1),
        ("表の「合計」の行", 4, 3),
    }
