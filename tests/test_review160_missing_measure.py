"""Review 160 #5: without the plan, a whole 施策 3-(1) missing — 産業振興局 never answered —
beside 3-(2) and 3-(3) went unsaid, though a project missing at the start of its policy's run
was named (review 154 #5). A direction missing so, or between two read, is now named as such a
project is: by summarize (under -q too), validate, and under the export's 集計."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.presets import PRESETS
from tests.test_review160_bracket_numbers import KPIS, UNANSWERED, _cli, _forms, _plan, _typed


@pytest.mark.parametrize("shape", ["{}-({})", "{}-{}"])
def test_a_missing_first_measure_is_named_without_the_plan(tmp_path: Path, shape: str) -> None:
    paths = _forms(tmp_path / "R6", shape)
    missing = _typed(UNANSWERED[1], shape)
    read = "・".join(
        _typed(m, shape) for m in sorted({r[1] for r in KPIS}) if m[0] == UNANSWERED[1][0]
    )
    said = f"施策 {missing} の行がどのファイルにもありません（{read} はあります）"
    code, out, err = _cli(tmp_path, "summarize", str(tmp_path / "R6"), "-q")
    assert code == 0, out + err
    assert said in err.replace("\n", "")
    assert (
        f"基本方針{UNANSWERED[1][0]} の施策 {missing} は報告がなかったため、集計に含めていません"
        in out.replace("\n", "")
    )
    code, out, err = _cli(tmp_path, "validate", str(tmp_path / "R6"))
    assert said in (out + err).replace("\n", "")
    md = tmp_path / "報告.md"
    code, out, err = _cli(tmp_path, "export", str(tmp_path / "R6"), "--md", str(md), "-q")
    assert code == 0, out + err
    assert f"の施策 {missing} は報告がなかったため" in md.read_text(encoding="utf-8")
    for stream in (False, True):  # (counted file by file too)
        _summary, result = planeval.summarize_workbooks(
            paths, scale=PRESETS["hamamatsu"], stream=stream
        )
        assert [p.message for p in result.problems] == [
            f"取り組みの方向性 {missing} の行がどのファイルにもありません（{read} はあります）"
        ]
    # (with the plan, who sent nothing is said instead: the gap not again)
    plan = _plan(tmp_path / "計画_KPI一覧.xlsx")
    code, out, err = _cli(tmp_path, "summarize", str(tmp_path / "R6"), "--plan", str(plan))
    assert "の行がどのファイルにもありません" not in err
    assert "産業振興局" in err
