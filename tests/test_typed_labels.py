"""An item number typed in full width by one 課 (桜ヶ丘市's 総務課: 「（1）定員管理の適正化」, the
others 「(1) 補助金の見直し」: review 85): its ID as the others', 2-(2) beside 1-(1), not
2-（2）; its name shown as typed, no space put after the bracket."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.gyokaku_forms import ISSUE, gyokaku_form


def _run(folder: Path, *args: str) -> list[str]:
    config = folder.parent / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n\n'
        f'[layout.titles]\nissue = ["{ISSUE}"]\n',
        encoding="utf-8",
    )
    said = CliRunner().invoke(
        app, [*args, str(folder), "--config", str(config), "-f", "plain"], env={"COLUMNS": "200"}
    )
    assert said.exit_code == 0, said.output
    return said.stdout.splitlines()


def test_full_width_brackets_are_ascii_in_ids_and_as_typed_in_names(tmp_path: Path) -> None:
    folder = tmp_path / "R5"
    folder.mkdir()
    for department in ("財政課", "総務課"):
        gyokaku_form(folder, department)
    ids = [line.split()[0] for line in _run(folder, "issues")[2:-2]]
    assert ids == ["1-(1)", "2-(1)", "2-(2)", "5-(1)"]
    tables = _run(folder, "tables")
    assert any(line.startswith("（1）定員管理の適正化 ") for line in tables)
    assert any(line.startswith("(1) 補助金の見直し ") for line in tables)
    page = tmp_path / "R5.html"
    config = str(tmp_path / "planeval.toml")
    CliRunner().invoke(app, ["export", str(folder), "--config", config, "--html", str(page)])
    html = page.read_text(encoding="utf-8")
    assert '<span class="id">（1）</span>定員管理の適正化' in html
