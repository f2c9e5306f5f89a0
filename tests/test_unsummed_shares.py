"""Review 166 #5: without ``[scale] rounding``, 上毛県's shares did not add up to 100.0 (基本目標2's
D 7.1 where the prefecture publishes 7.2), and the note under summarize's table said
「（番号 2 は 99.9%、合計の行は 100.1%）」 — 番号, the terminal's column title, where the body's
word is 基本目標 (the export's note said 「基本目標2」 already: review 163 #3) — and no output
named the setting that adds the rows up. The note now names the row by the level's word, and
stays the report's, naming no setting; summarize --percent tells the clerk once on the
console, with the line to write (the notice check gives, review 160 #6, its hint shared:
rounding_hint.py). Nothing is said where every row adds up, nor where a ``rounding`` is
written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.rounding_hint import SETTING
from tests.conftest import SEED_WORKBOOK, write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
# (基本目標1: 1 A, 3 B, 3 C of 7 — 14.3 + 42.9 + 42.9 = 100.1; 基本目標2: B and C, 50 each)
POLICIES = {"基本目標1 くらし": "ABBBCCC", "基本目標2 しごと": "BC"}


def _forms(home: Path, scale: str = "", policies: dict[str, str] = POLICIES) -> Path:
    """One form of ``policies`` (heading → its items' statuses), a project each."""
    rows: list[list[object]] = []
    for number, (heading, statuses) in enumerate(policies.items(), 1):
        rows += [[heading], HEADER, [f"{number}-1 窓口", "", "", ""]]
        for place, status in enumerate(statuses, 1):
            project = f"{number}-1-1 事業{number}" if place == 1 else ""
            rows.append([project, f"({place}) 手続{place}", status, "課題"])
    settings = f'[scale]\npreset = "gunma"\n{scale}\n[wording]\npolicy = "基本目標"\n'
    (home / "planeval.toml").write_text(settings, "utf-8")
    return write_book(home / "回答.xlsx", {"第3章": rows})


def _shares(statuses: str) -> list[float]:
    """Each status's share of ``statuses``, rounded on its own to one place (half up)."""
    return [
        float(f"{100 * statuses.count(s) / len(statuses) + 1e-9:.1f}")
        for s in sorted(set(statuses))
    ]


def _run(home: Path, *args: str):
    config = ["--config", str(home / "planeval.toml")]
    return CliRunner().invoke(app, [*args, *config], env={"COLUMNS": "200"})


def test_summarize_names_the_row_by_its_level_and_tells_the_setting_once(
    tmp_path: Path,
) -> None:
    run = _run(tmp_path, "summarize", str(_forms(tmp_path)), "--percent")
    assert run.exit_code == 0, run.output
    first = round(sum(_shares(POLICIES["基本目標1 くらし"])), 1)
    assert first != 100
    note = f"合計が100.0にならない行があります（基本目標1 は {first:.1f}%"
    assert note in run.stdout and "番号 1 は" not in run.stdout
    assert "rounding" not in run.stdout and "最大剰余法" not in run.stdout  # (the report's)
    assert run.stderr.count(SETTING) == 1, run.stderr
    assert f"（基本目標1 は {first:.1f}%" in run.stderr


def test_the_export_publishes_no_setting_and_its_run_says_nothing(tmp_path: Path) -> None:
    """The export is the designed run's last step: its note says which rows, as summarize's,
    and its run is quiet (summarize --percent is where a clerk compares the shares)."""
    target = tmp_path / "報告.md"
    run = _run(tmp_path, "export", str(_forms(tmp_path)), "--md", str(target))
    assert run.exit_code == 0, run.output
    published = target.read_text(encoding="utf-8")
    assert "合計が100.0にならない行があります（基本目標1 は" in published
    assert "rounding" not in published and "最大剰余法" not in published
    assert SETTING not in run.stderr and "最大剰余法" not in run.stderr


@pytest.mark.parametrize("rounding", ["largest_remainder", "round"])
def test_a_rounding_written_quiets_it(tmp_path: Path, rounding: str) -> None:
    forms = _forms(tmp_path, f'rounding = "{rounding}"\n')
    run = _run(tmp_path, "summarize", str(forms), "--percent")
    assert run.exit_code == 0 and "最大剰余法で割合" not in run.output, run.output
    assert SETTING not in run.stderr
    # (largest remainder's row left short by a tie has its own notice, of [scale] ties:
    # test_review182_ties.py; none of rounding)
    assert ("お知らせ" in run.stderr) == (rounding == "largest_remainder"), run.stderr


def test_nothing_is_said_where_every_row_adds_up(tmp_path: Path) -> None:
    even = {"基本目標1 くらし": "ABBC", "基本目標2 しごと": "BCCC"}
    assert all(round(sum(_shares(statuses)), 1) == 100 for statuses in even.values())
    run = _run(tmp_path, "summarize", str(_forms(tmp_path, policies=even)), "--percent")
    assert run.exit_code == 0 and "お知らせ" not in run.stderr, run.output
    assert "にならない行" not in run.stdout


def test_planeval_s_default_scale_is_not_told(tmp_path: Path) -> None:
    """Setagaya's scale, planeval's default, whose tables round each share as planeval does:
    its designed run says nothing (the note under the table says what it always has)."""
    target = tmp_path / "報告.md"
    run = CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), "--md", str(target)])
    assert run.exit_code == 0 and SETTING not in run.stderr, run.stderr
