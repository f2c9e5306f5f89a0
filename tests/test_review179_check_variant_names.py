"""Review 179 #2: ``check`` compared a sentence naming a body in another form of its kanji —
「高瀬市は計画を上回る実施8件でした。」 of the roster's 髙瀬市, 「濱山市は…」 of 浜山市 — with the
whole survey's count (「計画全体 │ ◎ │ 8 │ 8,694」), though summarize counts 高瀬市's form as
髙瀬市's. Such a sentence is the body's now, matched through the readers' variant kanji; two
bodies the roster names apart but for such a kanji (﨑坂市, 崎坂市) stay two."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review171_variant_names import REPLIES, _counted, _read

# (each sentence's count is its body's own, from the rows read)
SENTENCES = {
    "高瀬市": "高瀬市は内容を一部修正して実施{△}件でした。",
    "沢橋市": "澤橋市は計画どおり実施{○}件、内容を一部修正して実施{△}件でした。",
    "﨑坂市": "﨑坂市は計画を上回る実施{◎}件でした。",
    "崎坂市": "崎坂市は未実施{×}件でした。",
}


def test_a_sentence_naming_a_body_in_another_form_of_its_kanji_is_that_body_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _counted(_read(tmp_path, REPLIES))
    of = {"高瀬市": "髙瀬市"}
    lines = []
    for written, sentence in SENTENCES.items():
        statuses = counted[of.get(written, written)]
        lines.append(sentence.format(**{s: statuses.count(s) for s in "◎○△×"}))
    (tmp_path / "報道発表.txt").write_text("\n\n".join(lines) + "\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(
        app, ["check", "R8", "--bodies", "file", "--text", "報道発表.txt"], terminal_width=200
    )
    assert run.exit_code == 0, run.output
    assert "計画全体" not in run.output
