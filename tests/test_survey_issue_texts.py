"""validate of a survey's replies whose 備考 is free text (review 171 #5): the △ and × rows with
an empty 備考 are one warning per status for all the bodies, counted, a few bodies named, with
the planeval.toml lines that turn the check off — not one warning per row (8,353 buried 47
errors) — and with those lines, none."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.survey171 import write_form

REPLIES = {
    ("012017", "宮宮町"): {"1-1": "◎", "1-2": "△", "2-1": "×", "2-2": "△"},
    ("012025", "北森町"): {"1-1": "△", "1-2": "○", "2-1": "×", "2-2": "◎"},
    ("012033", "富島町"): {"1-1": "○", "1-2": "△", "2-1": "○", "2-2": "○"},
}


def _replies(tmp_path: Path) -> Path:
    folder = tmp_path / "R8"
    folder.mkdir()
    for (code, name), statuses in REPLIES.items():
        write_form(folder, code, name, statuses)
    return folder


def _rows(symbol: str) -> tuple[int, int]:
    """(bodies, rows) rated ``symbol``, from the replies."""
    rated = [sum(s == symbol for s in statuses.values()) for statuses in REPLIES.values()]
    return sum(1 for n in rated if n), sum(rated)


def test_empty_remarks_of_many_bodies_are_one_warning_per_status_naming_the_setting(
    tmp_path: Path,
) -> None:
    folder = _replies(tmp_path)
    result = CliRunner().invoke(
        app, ["validate", str(folder), "--bodies", "file"], env={"COLUMNS": "400"}
    )
    warned = [line for line in result.output.splitlines() if line.startswith("警告:")]
    assert len(warned) == 2, result.output
    bodies, rows = _rows("△")
    assert f"△（内容を一部修正して実施）で備考が空の行が {bodies} 団体の {rows} 行" in warned[0]
    assert "宮宮町、北森町、富島町" in warned[0]
    bodies, rows = _rows("×")
    assert f"×（未実施）で備考が空の行が {bodies} 団体の {rows} 行" in warned[1]
    assert 'symbol = "△"\n  needs_issue = false' in result.output
    assert "警告 2 件" in result.output
    lines = [line[2:] for line in result.output.splitlines() if line.startswith("  ")]
    assert lines[:2] == ["[scale]", 'preset = "setagaya"']  # (the lines, to copy as they are)
    (tmp_path / "planeval.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    quiet = CliRunner().invoke(
        app,
        ["validate", str(folder), "--bodies", "file", "--config", str(tmp_path / "planeval.toml")],
    )
    assert quiet.exit_code == 0 and "警告" not in quiet.output, quiet.output


def test_one_body_s_empty_remarks_are_still_warned_of_row_by_row(tmp_path: Path) -> None:
    folder = tmp_path / "R8"
    folder.mkdir()
    write_form(folder, "012017", "宮宮町", REPLIES[("012017", "宮宮町")])
    result = CliRunner().invoke(app, ["validate", str(folder / "012017_宮宮町.xlsx")])
    assert result.output.count("ですが、備考が空です") == sum(
        s in "△×" for s in REPLIES[("012017", "宮宮町")].values()
    )
