"""Review 164 #1: in a body whose wording names its levels 基本目標 › 施策 (施策 numbered through
the plan, typed 「2 学校教育の充実」 with no word), 「施策2「学校教育の充実」では、2事業のうち…」 was
compared with 基本目標2's counts (a true sentence called wrong, 基本目標2's figures shown as
集計). The word decides the level: 施策2 is the 施策 numbered 2, a 施策 of no number read is not
compared — never another level's group of that number."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import DONE, GOING, MEASURES, answered, build, counts


def _check(tmp_path: Path, lines: list[str]) -> tuple[int, dict]:
    answers = build(tmp_path)
    report = tmp_path / "報告書案.txt"
    report.write_text("施策別の評価結果\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    settings = str(tmp_path / "planeval.toml")
    args = ["check", str(answers), "--config", settings, "--text", str(report), "-f", "json"]
    result = CliRunner().invoke(app, args)
    return result.exit_code, json.loads(result.stdout)


def _sentence(label: str, measures: set[int]) -> str:
    found = counts(answered(1), measures)
    name = "・".join(f"「{MEASURES[m][1]}」" for m in sorted(measures))
    return (
        f"{label}{name}では、{found.total()}事業のうち、「{DONE}」が{found[DONE]}事業、"
        f"「{GOING}」が{found[GOING]}事業でした。"
    )


def test_a_measure_is_compared_with_its_own_projects(tmp_path: Path) -> None:
    # (施策2 and 基本目標2 differ: the sentence is true of the 施策 only)
    assert counts(answered(1), {2}) != counts(answered(1), {3})
    code, found = _check(tmp_path, [_sentence("施策2", {2}), _sentence("施策5", {5})])
    assert found["disagreements"] == [], found["disagreements"]
    assert not found["not_compared"]
    assert found["compared"] == 6
    assert [s["scope"] for s in found["statements"]] == ["施策2", "施策5"]
    assert code == 0


def test_a_range_of_measures_is_theirs_not_the_goals(tmp_path: Path) -> None:
    # (施策1～施策2 is 基本目標1's two 施策, not 基本目標1 and 2)
    code, found = _check(tmp_path, [_sentence("施策1～施策2", {1, 2})])
    assert found["disagreements"] == [], found["disagreements"]
    assert found["compared"] == 3
    assert code == 0


def test_a_goal_is_still_its_goal(tmp_path: Path) -> None:
    code, found = _check(tmp_path, [_sentence("基本目標1", {1, 2})])
    assert found["disagreements"] == [] and found["compared"] == 3
    assert code == 0


def test_a_measure_of_no_number_read_is_not_compared(tmp_path: Path) -> None:
    # (基本目標3 is read; 施策3 is too, with other counts: 施策9 is neither's, said so)
    code, found = _check(
        tmp_path, ["施策9「地域交通」では、3事業のうち、「計画どおり完了」が1事業でした。"]
    )
    assert found["disagreements"] == []
    assert {n["reason"] for n in found["not_compared"]} == {"施策9 の行がありません"}
    assert code == 1  # (a number not compared: the report is not shown right)
