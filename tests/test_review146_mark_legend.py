"""The legend of a mark among words only where a table shows it (review 146, residue of 143
#7): 川瀬町's 「-」 事業中止 beside 計画どおり完了, 一部実施 was explained by 「※事業中止：-」
under every 基本目標 in each export, those with no 事業中止 too, and over 集計, whose column is
titled 事業中止. Now only under a policy a row of which is so rated; a scale of marks (Setagaya's
◎ ○ △ ×) keeps its whole legend, a key to the table, under each."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.scale import DEFAULT_SCALE
from tests.test_review143_marks_among_words import _kawase

RUNNER = CliRunner()
NOTE = "※事業中止：-"


def _sections(text: str) -> dict[str, str]:
    """The Markdown's sections by their heading (## …)."""
    parts = text.split("\n## ")[1:]
    return {part.splitlines()[0]: part for part in parts}


def test_the_note_is_under_the_policy_with_the_mark_alone(tmp_path: Path) -> None:
    source, config = _kawase(tmp_path)
    out = {kind: tmp_path / f"r.{kind}" for kind in ("md", "html", "docx", "xlsx")}
    options = [part for kind, path in out.items() for part in (f"--{kind}", str(path))]
    result = RUNNER.invoke(app, ["export", source, "--config", config, *options])
    assert result.exit_code == 0, result.output
    sections = _sections(out["md"].read_text(encoding="utf-8"))
    with_note = [heading for heading, text in sections.items() if NOTE in text]
    stopped = [heading for heading, text in sections.items() if "国の制度に移行" in text]
    assert with_note == stopped[:1] and with_note[0].startswith("施策2"), with_note
    assert NOTE not in sections["集計"] and "| 事業中止 |" in sections["集計"]
    assert out["html"].read_text(encoding="utf-8").count(NOTE) == 1
    paragraphs = [p.text for p in Document(str(out["docx"])).paragraphs]
    assert sum(NOTE in text for text in paragraphs) == 1
    book = load_workbook(out["xlsx"])
    noted = [
        sheet.title
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        if any(isinstance(value, str) and NOTE in value for value in row)
    ]
    assert len(noted) == 1 and noted[0].startswith("施策2"), noted


def test_a_scale_of_marks_keeps_its_whole_legend() -> None:
    """No mark of Setagaya's is one among words: under a table with no ×, × is explained too."""
    from planeval.report.summary_legend import unshown_marks

    assert unshown_marks(DEFAULT_SCALE, ("◎", "○")) == frozenset()
    whole = DEFAULT_SCALE.legend("達成状況", unshown_marks(DEFAULT_SCALE, ()))
    assert whole.startswith("※計画を上回る実施：◎") and "未実施：×" in whole
