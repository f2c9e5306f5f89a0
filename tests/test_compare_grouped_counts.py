"""compare's and rounds' sentences give each count with its thousands separated, as summarize
prints them (review 156: 「改善した調査項目 7505件」 under a national comparison)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.wording import grouped
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
UP, DOWN = 1_204, 1_003  # (items △ → ○, items ○ → ×: more than a thousand each)


def _round(path: Path, statuses: list[str]) -> Path:
    rows: list[list[object]] = [HEADER]
    for number, status in enumerate(statuses, start=1):
        rows.append(["1-1-1 事業" if number == 1 else "", f"項目{number}", status, ""])
    return write_book(path, {"表": rows})


def _rounds(folder: Path) -> tuple[Path, Path]:
    old = _round(folder / "r6.xlsx", ["△"] * UP + ["○"] * DOWN)
    new = _round(folder / "r7.xlsx", ["○"] * UP + ["×"] * DOWN)
    return old, new


def test_compare_says_how_many_improved_and_fell_with_thousands_separated(tmp_path: Path) -> None:
    old, new = _rounds(tmp_path)
    result = CliRunner().invoke(
        app, ["compare", str(old), str(new), "-f", "plain"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    said = f"前回から改善した実施内容 {grouped(UP)}件、後退した実施内容 {grouped(DOWN)}件"
    assert said in result.stdout
    assert f" {UP}件" not in result.stdout and f" {DOWN}件" not in result.stdout


def test_rounds_says_each_round_s_moves_with_thousands_separated(tmp_path: Path) -> None:
    old, new = _rounds(tmp_path)
    result = CliRunner().invoke(
        app, ["rounds", str(old), str(new), "-f", "plain"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert f"改善 {grouped(UP)}件・後退 {grouped(DOWN)}件" in result.stdout
    assert f" {UP}件" not in result.stdout
