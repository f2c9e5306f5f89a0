"""東川崎市's forms on review 100's findings (tests/higashikawasaki_forms.py).

- #5: the first run's offered [wording] left out `direction = "政策"`, though the forms have a
  政策 column between 基本政策 and 施策名; pasted, `summarize --by direction` was headed in
  Setagaya's word, 「取り組みの方向性別の達成度」."""

from __future__ import annotations

import itertools
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.higashikawasaki_forms import city_round, settings


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def test_the_first_run_offers_the_direction_s_word_of_the_forms(tmp_path: Path) -> None:
    folder = city_round(tmp_path / "令和7年度", 7)
    first = settings(tmp_path / "初回", '[scale]\npreset = "kawasaki"\n')
    code, _out, stderr = _run("summarize", str(folder), "--config", str(first))
    assert code == 0, stderr
    assert "方向性（表では 政策）" in stderr
    after = stderr[stderr.index("  [wording]\n") :].splitlines()
    offered = list(itertools.takewhile(lambda line: line.startswith("  "), after))
    offered = [line.strip() for line in offered]  # ([wording], the title, a comment, the words)
    assert offered[1:3] == [
        "# 報告書の表題です（調査票の表題から）",
        'title = "東川崎市総合計画 施策進行管理・評価"',
    ]
    assert offered[4:7] == ['policy = "基本政策"', 'direction = "政策"', 'project = "施策"']
    # pasted as offered, the directions' table is headed in the forms' word
    block = "\n".join(offered)
    text = '[scale]\npreset = "kawasaki"\n[layout.titles]\nitem = ["事務事業名"]\n' + block
    config = settings(tmp_path / "次", text)
    code, stdout, stderr = _run(
        "summarize", str(folder), "--config", str(config), "--by", "direction"
    )
    assert code == 0, stderr
    assert stdout.splitlines()[0] == "政策別の達成度"
