"""One library function gives build_report a read's own arguments (planeval.report_of): the
export and summarize --narrative pass the same, so the narrative says what the export says."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.left_out_items import counted_past
from planeval.past_errors import partly_counted, uncounted_why
from planeval.report.reason_lists import ListNote
from tests.test_rollup_prints import _survey


def test_report_of_a_read_carries_its_bodies_marks_and_what_it_left_out(tmp_path: Path) -> None:
    files = _survey(tmp_path / "files")
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([files], scale=config.scale, bodies="file")
    report = planeval.report_of(result, config.scale, wording=config.wording)
    assert report.uncounted == uncounted_why(result)
    assert report.partly_counted == partly_counted(result)
    assert report.counted_past == counted_past(result)
    assert report.marks == result.marks
    assert report.by_body is not None and report.body_table is not None
    # (its notes: the lists of bodies as data, each body with its reason — under 集計; under
    # 団体別集計, whose rows say each one's, those counted in part alone: review 193 #2)
    lists = [note for note in report.summary_table.notes if isinstance(note, ListNote)]
    assert [dict(note.named) for note in lists] == [uncounted_why(result), partly_counted(result)]
    lists = [note for note in report.body_table.notes if isinstance(note, ListNote)]
    assert [dict(note.named) for note in lists] == [partly_counted(result)]


def test_the_narrative_says_what_the_export_says(tmp_path: Path) -> None:
    files = _survey(tmp_path / "files")
    config = ["--bodies", "file", "--keep-going", "--config", str(tmp_path / "planeval.toml")]
    out = tmp_path / "全国.md"
    exported = CliRunner().invoke(app, ["export", str(files), *config, "--md", str(out)])
    assert exported.exit_code == 1, exported.output  # (errors counted past)
    said = CliRunner().invoke(app, ["summarize", str(files), *config, "--narrative"])
    assert said.exit_code == 1, said.output
    lines = out.read_text(encoding="utf-8").splitlines()
    sentences = [lines[n + 2] for n, line in enumerate(lines) if line.startswith("## 政策")]
    assert sentences and all(sentence in said.stdout for sentence in sentences), said.stdout
    assert all(
        "評価の記入に誤りがあるため集計に含めていません" in sentence for sentence in sentences
    )
