"""The plan's workbook kept in the folder of replies, named by the planeval.toml there (review
103: `[plan] file = "計画.xlsx"` beside the 部's forms): it was read as a reply, 「評価の表が見つ
かりません」, and nothing was counted. It is the plan, said in a notice and not read, as the
planeval.toml beside it is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashikawasaki_forms import SETTINGS, city_plan, city_round, rated, settings

NOTICE = "お知らせ: 計画事業一覧.xlsx: 計画のブックです（[plan] file・--plan に指定した計画のため"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def test_the_plan_in_the_replies_folder_is_the_plan_not_a_reply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = city_round(tmp_path / "令和7年度", 7)
    city_plan(folder)
    settings(folder, SETTINGS + '\n[plan]\nfile = "計画事業一覧.xlsx"\n')
    monkeypatch.chdir(folder)
    code, _stdout, stderr = _run("summarize", ".")
    assert code == 0, stderr
    assert NOTICE in stderr and "評価の表が見つかりません" not in stderr
    code, stdout, stderr = _run("summarize", ".", "-f", "json")
    counts = json.loads(stdout)["total"]["counts"]
    ratings = rated(7)
    assert counts == {str(s): sum(1 for r in ratings.values() if r == s) for s in range(1, 6)}
    code, stdout, stderr = _run("validate", ".")
    assert code == 0, stderr
    assert NOTICE in stdout + stderr and "評価の表が見つかりません" not in stdout + stderr
