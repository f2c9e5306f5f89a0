"""The README cannot drift: its example output is what the command prints, its library
example runs, and every command it documents exists."""

from __future__ import annotations

import contextlib
import io
import re

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _block(after: str, language: str) -> str:
    return README.split(after, 1)[1].split(f"```{language}\n", 1)[1].split("```", 1)[0]


def test_the_example_output_is_real(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(
        app, ["summarize", "data/setagaya/chapter3.xlsx"], env={"COLUMNS": "120"}
    )
    printed = "\n".join(line.rstrip() for line in result.stdout.splitlines())
    assert printed == _block("Output of the first command", "text").strip("\n")


def test_the_library_example_runs_every_library_function(tmp_path, monkeypatch) -> None:
    """The README's library block calls each of the nine functions; it runs in a scratch
    folder holding a copy of the bundled data, so nothing is written into the repository."""
    import shutil

    shutil.copytree(REPO / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    code = _block("## Using as a library", "python")
    for name in ("read_workbooks", "summarize", "build_report", "export", "check", "validate",
                 "compare", "read_plan", "write_templates"):  # fmt: skip
        assert f"planeval.{name}(" in code, name
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, {})
    printed = out.getvalue()
    assert printed.startswith("1-1 ICT を活用した行政サービスの拡充及び継続的改善 {'◎': 4")
    assert "3 段落のうち、記載と集計の食い違いが 1 件あります" in printed
    assert (tmp_path / "out" / "第3章.docx").is_file()


def test_the_command_reference_is_the_app_s_own() -> None:
    from planeval.cli.reference import END, START, command_reference

    documented = START + README.split(START, 1)[1].split(END, 1)[0] + END
    assert documented == command_reference()


def test_every_documented_command_exists() -> None:
    documented = set(re.findall(r"^### `planeval (\w+)", README, flags=re.M))
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"})
    listed = set(re.findall(r"^  (\w+)  ", result.stdout, flags=re.M))
    assert documented == listed, (documented, listed)


def test_readme_lists_every_preset_s_statuses_and_what_is_not_counted() -> None:
    """README's presets table is each preset as planeval has it: every status with its label,
    in the scale's order, and the uncounted ones marked (review 16: whether a preset counts
    its 評価できない was nowhere said)."""
    from planeval.presets import PRESETS
    from planeval.scale import Status

    rows = {match[1]: match[2] for match in re.finditer(r"^\| `(\w+)` \| (.+) \|$", README, re.M)}

    def said(status: Status) -> str:  # (a whole phrase, its own label, said once)
        return status.symbol if status.label == status.symbol else f"{status.symbol} {status.label}"

    for name, scale in PRESETS.items():
        row = rows[name]
        places = [
            re.search(rf"(?:^|, |; ){re.escape(said(status))}(?=$|[,; ])", row).start()  # type: ignore[union-attr]
            for status in scale.statuses
        ]
        assert places == sorted(places), name
        uncounted = [status for status in scale.statuses if not status.counted]
        assert row.count("*not counted*") == len(uncounted), name
        for status in uncounted:
            assert f"{said(status)} *not counted*" in row, name


def test_the_newcomer_s_settings_count_their_own_statuses(tmp_path) -> None:
    """The step-by-step section's planeval.toml is one a body can use as it stands: its own
    未着手 a status of its own placed after 取組中, 再掲 uncounted, its words taken."""
    import textwrap

    import planeval

    block = _block("## Your own body's forms, step by step", "toml")
    config = tmp_path / "planeval.toml"
    config.write_text(textwrap.dedent(block), encoding="utf-8")
    (tmp_path / "計画.xlsx").touch()  # (its [plan] file, beside it)
    settings = planeval.load_config(config)
    symbols = [status.symbol for status in settings.scale.statuses]
    assert symbols.index("未着手") == symbols.index("取組中") + 1
    assert "再掲" in settings.scale.uncounted and "未着手" in settings.scale.counted
    assert (settings.wording.policy, settings.wording.item) == ("基本方針", "取組内容")
