"""A ministry's survey compared with last year's (review 137 #5): item 2-2 asked another
question last year under the same number, so each body's row was 「追加」 and 「削除」, and
nothing said why. One notice per item now says the number kept and the name changed, with
the two names and how many bodies' rows it made so."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.survey_forms import LAST_YEAR, STATUSES, items, survey, write_form

NAMES = ["札幌市", "千代田区", "赤岡市", "春宮市"]


def test_a_question_changed_under_its_number_is_said_once_with_its_bodies(
    tmp_path: Path,
) -> None:
    new = survey(tmp_path / "R7回答", bodies=len(NAMES))
    old = tmp_path / "R6回答"
    for n, name in enumerate(NAMES):
        statuses: list[str | None] = [STATUSES[(n + i + 1) % 4] for i in range(4)]
        code = f"{n + 1:02d}0006"
        write_form(old / f"{code}.xlsx", code, name, statuses, year="令和6年度", names=LAST_YEAR)
    args = ["compare", str(old), str(new), "--bodies", "file", "--keep-going"]
    config = ["--config", str(tmp_path / "planeval.toml")]
    result = CliRunner().invoke(app, [*args, *config], env={"COLUMNS": "200"})
    assert result.exit_code == 1, result.output  # (若津市's blank, 花瀬市's year: errors)
    lines = result.output.splitlines()
    [number] = LAST_YEAR
    question = dict(items())[number]
    added = [line for line in lines if f"│ {number} " in line and "追加" in line]
    removed = [line for line in lines if f"│ {number} " in line and "削除" in line]
    assert len(added) == len(removed) == len(NAMES), result.output
    said = [line for line in lines if "番号が同じで名称が違います" in line]
    assert len(said) == 1, result.output
    assert f"調査項目 {number} は" in said[0]
    assert f"前回「{LAST_YEAR[number]}」、今回「{question}」" in said[0]
    assert f"（{len(added)} 団体）" in said[0]
