"""The plan's workbook kept in the folder of replies, named by the planeval.toml there (review
103: `[plan] file = "計画.xlsx"` beside the 部's forms): it was read as a reply, 「評価の表が見つ
かりません」, and nothing was counted. It is the plan, not read as a reply and not said, as the
planeval.toml beside it is not: README's step 2 keeps it there, and the clerk named it as the
plan (review 162 #2: 「計画のブックです…」 was a notice on every command of the designed path)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.higashikawasaki_forms import SETTINGS, city_plan, city_round, rated, settings

NOTICE = "計画事業一覧.xlsx"


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
    assert NOTICE not in stderr and "計画のブック" not in stderr, stderr  # (nothing said of it)
    code, stdout, stderr = _run("summarize", ".", "-f", "json")
    counts = json.loads(stdout)["total"]["counts"]
    ratings = rated(7)
    assert counts == {str(s): sum(1 for r in ratings.values() if r == s) for s in range(1, 6)}
    code, stdout, stderr = _run("validate", ".")
    assert code == 0, stderr
    assert NOTICE not in stdout + stderr and "評価の表が見つかりません" not in stdout + stderr
    code, _stdout, stderr = _run("export", ".", "--md", str(tmp_path / "r.md"))
    assert code == 0 and NOTICE not in stderr, stderr
    # the library alike: the plan's workbook in the folder read with that plan, nothing said of it
    config = planeval.load_config(search_dir=folder)
    assert config.plan is not None
    read = planeval.read_workbooks(
        [folder],
        scale=config.scale,
        layout=config.layout,
        settings=config.source,
        wording=config.wording,
        plan=planeval.read_plan(config.plan, layout=config.layout, wording=config.wording),
    )
    assert not [p for p in read.problems if Path(p.location.file).name == NOTICE], read.problems
    assert len(read.entries) == len(ratings)
