"""A survey read in Setagaya's scale whose forms title their levels in their own words
(取組分野 | 取組, review 171 #6): its report was written in Setagaya's 「情報化政策1」「実施内容」
and nothing offered [wording]; the notice offers the forms' words (written in them since review
183 #3), and with them added, none."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.survey171 import ITEMS, write_form, write_roster

BODIES = (("012017", "北海道", "宮宮町"), ("012025", "北海道", "北森町"))


def _survey(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "R8"
    folder.mkdir()
    for code, _prefecture, name in BODIES:
        write_form(folder, code, name, {number: "○" for _f, number, _n, _i in ITEMS})
    write_roster(tmp_path / "団体一覧.xlsx", [(*body, None) for body in BODIES])
    settings = tmp_path / "planeval.toml"
    settings.write_text('[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8")
    return folder, settings


def _summarize(folder: Path, settings: Path) -> str:
    args = ["summarize", str(folder), "--bodies", "file", "--config", str(settings)]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_forms_words_for_the_levels_are_offered_as_wording_lines(tmp_path: Path) -> None:
    folder, settings = _survey(tmp_path)
    output = _summarize(folder, settings)
    # (taken, not offered only: review 183 #3)
    assert (
        "取組分野（planeval の既定では 情報化政策）" in output
        and "取組（既定では 実施内容）" in output
    )
    lines = [line[2:] for line in output.splitlines() if line.startswith("  ")]
    assert lines[0] == "[wording]"
    assert 'policy = "取組分野"' in lines and 'item = "取組"' in lines
    settings.write_text(settings.read_text(encoding="utf-8") + "\n".join(lines) + "\n", "utf-8")
    again = _summarize(folder, settings)
    assert "報告書の見出しと文" not in again and "お知らせ" not in again, again
