"""A status that is its own label (枚方市's 評価対象外) is named once in the count sentence,
「（ほかに評価対象外1件）」, not 「評価対象外（評価対象外）1件」 (review 26): in summarize's
--narrative, the Word and the HTML export alike, as summarize's column header names it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import docx
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.other_bodies import BODIES

SETTINGS = '[scale]\npreset = "hirakata"\n\n[wording]\npreset = "hirakata"\n'


def hirakata(folder: Path) -> tuple[Path, Path]:
    [body] = [body for body in BODIES if body.key == "hirakata"]
    [path] = body.build(folder)
    config = folder / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    return path, config


def outside_each_goal(path: Path) -> dict[str, int]:
    """The 評価対象外 rows under each 基本目標 band, counted with openpyxl (not planeval)."""
    sheet = load_workbook(path).active
    goal, found = "", Counter[str]()
    for row in sheet.iter_rows(min_row=8, values_only=True):
        if isinstance(row[0], str) and row[0].startswith("基本目標"):
            goal = row[0].split("\u3000")[1]
        elif row[2] == "評価対象外":
            found[goal] += 1
    return dict(found)


def test_the_sentence_names_a_status_that_is_its_own_label_once(tmp_path: Path) -> None:
    path, config = hirakata(tmp_path)
    outside = outside_each_goal(path)
    assert outside  # (the clerk's sheet has some)
    html, word = tmp_path / "報告書.html", tmp_path / "報告書.docx"
    runner = CliRunner()
    summary = runner.invoke(app, ["summarize", str(path), "--narrative", "--config", str(config)])
    export = runner.invoke(
        app,
        ["export", str(path), "--html", str(html), "--docx", str(word), "--config", str(config)],
    )
    assert summary.exit_code == 0 and export.exit_code == 0
    texts = {
        "narrative": summary.stdout,
        "html": html.read_text(encoding="utf-8"),
        "docx": "\n".join(paragraph.text for paragraph in docx.Document(str(word)).paragraphs),
    }
    for name, text in texts.items():
        # (the goals' sentences: the whole plan's, 計画全体では…, says them all — review 148 #7)
        lines = [line for line in text.splitlines() if "施策ごとの評価は" in line]
        whole = [line for line in lines if "計画全体では" in line]
        assert len(whole) == 1 and f"（ほかに評価対象外{sum(outside.values())}件）" in whole[0]
        lines = [line for line in lines if line not in whole]
        for goal, rows in outside.items():
            [line] = [line for line in lines if f"「{goal}」では" in line]
            assert "効果的（A）" in line, name  # (a status by its label and symbol)
            assert f"（ほかに評価対象外{rows}件）でした。" in line, name
        assert "評価対象外（評価対象外）" not in text, name
        # (the goals with none say nothing of it)
        assert sum("ほかに評価対象外" in line for line in lines) == len(outside), name
