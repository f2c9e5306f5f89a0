"""Review 164 #2: 事業 numbered through the plan inside their names (「9 農業後継者育成事業」),
the 課 owning 10 and 11 never answering: read without the plan, nothing said so — the 施策
published as complete. The gap check reads the number a name starts with as it reads a number
column's, so 「番号 10・11 の行がどのファイルにもありません」; 事業 15, added at the plan's end and
rated under 施策1, is no gap."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import PROJECTS, UNANSWERED, answered, build


def _summarize(tmp_path: Path, round_: int = 1) -> tuple[int, list[dict]]:
    answers = build(tmp_path, round_)
    settings = str(tmp_path / "planeval.toml")
    args = ["summarize", str(answers), "--config", settings, "--no-plan", "-f", "json"]
    result = CliRunner().invoke(app, args)
    return result.exit_code, json.loads(result.stdout)["problems"]


def test_the_numbers_no_department_sent_are_said(tmp_path: Path) -> None:
    code, problems = _summarize(tmp_path)
    missing = sorted(no for no, row in PROJECTS.items() if row[2] == UNANSWERED)
    rated = sorted(answered(1))
    gaps = [p for p in problems if "どのファイルにもありません" in p["message"]]
    assert [p["severity"] for p in gaps] == ["warning"]
    said = "・".join(map(str, missing))
    assert gaps[0]["message"].startswith(f"番号 {said} の行がどのファイルにもありません")
    assert (
        f"{rated[0]}～{missing[0] - 1}・{missing[-1] + 1}～{rated[-1]} はあります"
        in gaps[0]["message"]
    )
    assert "validate --plan" in gaps[0]["hint"]
    assert code == 0


def test_an_added_number_at_the_end_is_no_gap(tmp_path: Path) -> None:
    # (15 is rated under 施策1, after 3: the numbers read, 1–9 and 12–15, miss 10 and 11 only)
    _code, problems = _summarize(tmp_path)
    gaps = [p["message"] for p in problems if "どのファイルにもありません" in p["message"]]
    assert not any("4～14" in message or "番号 4" in message for message in gaps)


def test_with_the_plan_the_department_is_named_instead(tmp_path: Path) -> None:
    answers = build(tmp_path, plan=True)
    settings = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(
        app, ["summarize", str(answers), "--config", settings, "-f", "json"]
    )
    messages = [p["message"] for p in json.loads(result.stdout)["problems"]]
    assert any(f"{UNANSWERED}の回答がどのファイルにもありません" in m for m in messages)
    assert not any("通し番号" in m for m in messages)
