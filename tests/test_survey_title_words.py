"""A ministry's survey, every form titled 「令和7年度 自治体DX推進状況調査 回答票」 (review 137
#9): the report was titled planeval's plain 「計画の進捗状況」; it is now the survey's name, its
year and the form's word 回答票 dropped, 「自治体DX推進状況調査」 (its year beside it, as
always). And the first run's [wording] block named the one level of 「【分野1】…」 twice,
policy = "分野" and project = "分野"; it now names it once."""

from __future__ import annotations

import tomllib
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.survey_forms import survey


def test_a_survey_s_forms_title_its_report(tmp_path: Path) -> None:
    folder = survey(tmp_path / "R7回答")
    out = tmp_path / "報告.md"
    args = ["export", str(folder), "--bodies", "file", "--keep-going", "--md", str(out)]
    config = ["--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, [*args, *config], env={"COLUMNS": "120"})
    assert result.exit_code == 1, result.output  # (若津市's blank status: an error)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# 自治体DX推進状況調査", lines[:3]
    assert "令和7年度" in lines[2]
    assert "計画の進捗状況" not in out.read_text(encoding="utf-8")


def test_planeval_s_own_form_title_is_no_survey_s_name() -> None:
    from planeval.form_titles import is_survey

    assert is_survey("自治体DX推進状況調査")
    assert not is_survey("実施状況調査") and not is_survey("取組状況調査")


def test_the_first_run_names_the_forms_one_level_once(tmp_path: Path) -> None:
    folder = survey(tmp_path / "R7回答")
    (tmp_path / "planeval.toml").unlink()  # (README step 1: no settings)
    result = CliRunner().invoke(
        app, ["summarize", str(folder), "--bodies", "file"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 1, result.output
    shown = result.output.splitlines()
    start = shown.index("  [wording]")
    block = []
    for line in shown[start:]:
        if not line.strip():
            break
        block.append(line.strip())
    words = tomllib.loads("\n".join(block))["wording"]
    assert words["policy"] == "分野" and "project" not in words, block
    levels = [words[w] for w in ("policy", "direction", "project") if w in words]
    assert len(levels) == len(set(levels)), block
