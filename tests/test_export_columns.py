"""planeval's own report of two scales checked under one of them (review 147 #2, review 155
Part 1 F2): the other column's figures — its 集計 table, its notes, its 「…ごとの実施状況は、…
でした。」 in every policy's paragraph — are that column's, listed as not compared and named by
the export's own title for it, never a disagreement and never a guessed preset's."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_two_scales import _setup


def _exported(tmp_path: Path, suffix: str) -> tuple[list[str], Path]:
    inputs = _setup(tmp_path)
    report = tmp_path / f"報告{suffix}"
    made = CliRunner().invoke(app, ["export", *inputs, f"--{suffix[1:]}", str(report)])
    assert made.exit_code == 0, made.output
    return inputs, report


def test_one_config_lists_the_other_columns_figures_as_that_columns(tmp_path: Path) -> None:
    for suffix in (".md", ".docx"):
        folder = tmp_path / suffix[1:]
        folder.mkdir()
        inputs, report = _exported(folder, suffix)
        progress, achievement = inputs[2], inputs[4]
        for own, word in ((achievement, "実施状況"), (progress, "達成度")):
            args = [inputs[0], "--text", str(report), "--config", own]
            run = CliRunner().invoke(app, ["check", *args, "-f", "json"])
            found = json.loads(run.stdout)
            assert found["disagreements"] == [], found["disagreements"]
            listed = found["not_compared"]
            theirs = [n for n in listed if n["other_scale"] == word]
            assert theirs and all(n["settled"] for n in listed), listed
            assert all(
                "--config" in n["reason"] and f"（{word}の設定）" in n["reason"] for n in theirs
            )
            if suffix == ".md":  # (the whole plan's sentence of the other column: each count)
                said = next(line for line in report.read_text(encoding="utf-8").splitlines()
                            if f"ごとの{word}は" in line)  # fmt: skip
                clause = said.split(f"ごとの{word}は、", 1)[1].split("でした", 1)[0]
                counts = re.findall(r"(?:^|、)([^、（）]+?\d+件)", clause)
                phrases = {n["phrase"] for n in theirs if n["scope"] == "計画全体"}
                listed_all = all(any(p.startswith(c) for p in phrases) for c in counts)
                assert counts and listed_all, (counts, phrases)
            assert not any(n["other_scale"] and n["other_scale"] != word for n in listed), listed
            plain = CliRunner().invoke(app, ["check", *args])
            assert plain.exit_code == 0, plain.output
            verdict = "".join(plain.stdout.split())
            assert f"別の評価尺度（{word}）の数" in verdict, plain.stdout
            assert "preset" not in verdict, plain.stdout
