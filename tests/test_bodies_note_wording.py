"""Review 130 (125-11): the note under a summary of several bodies wrote 「150 団体のうち 149 団体
の行を数えました」 and 「未回答（3 団体）：」, half-width spaces inside a Japanese sentence beside
the same report's 「149団体の分野1」: written 「150団体のうち149団体」 now — and ``check`` of the
export still reads it whole, its notes no counts left uncompared."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_roster import _reply


def test_the_note_of_bodies_not_counted_is_written_without_spaces_and_checks_clean(
    tmp_path: Path,
) -> None:
    roster = [["団体コード", "団体名", "回答状況"]]
    roster += [[f"01{n:03d}1", f"第{n}町", "未回答" if n > 3 else ""] for n in range(2, 7)]
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": roster})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    folder = tmp_path / "回答"
    folder.mkdir()
    _reply(folder / "第2町.xlsx", "010021", "第2町", ["○", "△"])
    _reply(folder / "第3町.xlsx", "010031", "第3町", ["○", "○"])
    report = tmp_path / "報告.md"
    common = ["--bodies", "file", "--config", str(tmp_path / "planeval.toml")]
    runner = CliRunner()
    done = runner.invoke(app, ["export", str(folder), *common, "--md", str(report)])
    assert done.exit_code == 0, done.output
    text = report.read_text(encoding="utf-8")
    assert "5団体のうち2団体の回答を集計しました。未集計の団体：" in text
    assert "\u3000未回答（3団体）：第4町、第5町、第6町" in text
    checked = runner.invoke(app, ["check", str(folder), *common, "--text", str(report)])
    assert "比べられなかった数" not in checked.stdout, checked.stdout
    assert "すべて集計と一致しています" in checked.stdout


def test_the_note_of_bodies_not_counted_folds_between_its_phrases_at_40_columns(
    tmp_path: Path,
) -> None:
    """At 40 columns the note filled its first line and broke 「数えた／行のない団体」: it breaks
    after its 「。」 and 「：」, as a reader breaks it."""
    roster = [["団体コード", "団体名", "回答状況"]]
    roster += [[f"01{n:03d}1", f"北山郡第{n}町", "未回答" if n > 5 else ""] for n in range(2, 7)]
    write_book(tmp_path / "団体一覧.xlsx", {"一覧": roster})
    (tmp_path / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    folder = tmp_path / "回答"
    folder.mkdir()
    for n in range(2, 6):
        _reply(folder / f"北山郡第{n}町.xlsx", f"01{n:03d}1", f"北山郡第{n}町", ["○", "△"])
    common = ["--bodies", "file", "--config", str(tmp_path / "planeval.toml"), "-qq"]
    shown = CliRunner().invoke(app, ["summarize", str(folder), *common], env={"COLUMNS": "40"})
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    at = lines.index("5団体のうち4団体の回答を集計しました。")
    assert lines[at + 1] == "  未集計の団体：北山郡第6町（未回答）"  # (fits: review 193)
