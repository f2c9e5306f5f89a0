"""check quotes a number's words up to the bracket they open: 「合計 5取組（A 2取組、B 1取組、
C 1取組）」, not 「合計 5取組（A 2取組」 cut at the first 、 inside it (review 161 #11)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.check_typed import to_its_bracket
from planeval.cli import app
from tests.test_unreturned_whole_sentence import PLAN, _round


def test_words_are_quoted_to_their_bracket() -> None:
    text = "柱2の合計 23件（A 7件、B 9件、C 5件、D 1件）でした。"
    assert to_its_bracket("合計 23件（A 7件", text) == "合計 23件（A 7件、B 9件、C 5件、D 1件）"
    assert to_its_bracket("B 9件", text) == "B 9件"  # (it opens none)
    assert to_its_bracket("合計（A 7件", "合計（A 7件、B 9件。") == "合計（A 7件"  # (not closed)


def test_check_quotes_a_total_to_its_bracket(tmp_path: Path) -> None:
    settings, plan, folder = _round(tmp_path)
    counts = {s: sum(1 for *_, status in PLAN if status == s) for s in "ABC"}
    wrong = sum(counts.values()) + 1
    said = "、".join(f"{s} {n}取組" for s, n in counts.items())
    draft = tmp_path / "報告書案.txt"
    draft.write_text(f"計画全体では、合計 {wrong}取組（{said}）でした。\n", encoding="utf-8")
    run = CliRunner().invoke(
        app,
        ["check", str(folder), "--plan", str(plan), "--text", str(draft), "-f", "json",
         "--config", str(settings), "-q"],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert run.exit_code == 1, run.output
    assert f"合計 {wrong}取組（{said}）" in run.stdout, run.stdout
