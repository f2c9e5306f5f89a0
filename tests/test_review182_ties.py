"""Review 182 #3: with ``rounding = "largest_remainder"`` equal counts keep equal shares, so
中原市's 基本政策Ⅰ (1, 4, 12, 1 of 18) printed 5.5/22.2/66.7/5.5, 99.9, where the city publishes
every row at 100.0 (5.6/22.2/66.7/5.5), and no setting gave the city's convention.
``[scale] ties = "column_order"`` hands the units left to the earlier columns; the default is
kept, and summarize --percent's notice of a row left short names the line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.test_unsummed_shares import _forms, _run

# (基本目標1: 1 A, 4 B, 12 C, 1 D of 18 — A and D tie at 5.55…; 基本目標2: 1, 1, 1 of 3)
TIED = {"基本目標1 くらし": "ABBBBCCCCCCCCCCCCD", "基本目標2 しごと": "ABC"}
LARGEST = 'rounding = "largest_remainder"\n'
TIE_SETTING = 'ties = "column_order"'  # (the line the notice gives)


def _share_rows(home: Path, scale: str) -> tuple[dict[str, list[float]], str, str]:
    """summarize --percent -f csv's shares by row (its 割合 columns), and the run's outputs."""
    forms = _forms(home, scale, TIED)
    run = _run(home, "summarize", str(forms), "--percent", "-f", "csv")
    assert run.exit_code == 0, run.output
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    shares = {
        row[next(iter(row))]: [float(v) for k, v in row.items() if "割合" in k and v]
        for row in rows
        if any("割合" in k and v for k, v in row.items())
    }
    shown = _run(home, "summarize", str(forms), "--percent")
    return shares, shown.stdout, shown.stderr


def test_column_order_adds_every_row_up_to_100(tmp_path: Path) -> None:
    shares, shown, told = _share_rows(tmp_path, LARGEST + 'ties = "column_order"\n')
    assert shares and all(round(sum(row), 1) == 100.0 for row in shares.values()), shares
    first = next(row for row in shares.values() if len(set(row)) < len(row) or row[0] == 5.6)
    assert first[:4] == [5.6, 22.2, 66.7, 5.5]  # (the unit left to the earlier column, A)
    assert "同じ件数の割合が異なることがあります（基本目標1" in shown.replace("\n  ", "")
    assert "にならない行" not in shown and "お知らせ" not in told


def test_the_default_keeps_equal_shares_and_names_the_setting_once(tmp_path: Path) -> None:
    shares, shown, told = _share_rows(tmp_path, LARGEST)
    assert any(round(sum(row), 1) == 99.9 for row in shares.values()), shares
    assert "合計が100.0にならない行があります（基本目標1 は 99.9%" in shown.replace("\n  ", "")
    assert TIE_SETTING not in shown  # (the note under the table is the report's)
    assert told.count(TIE_SETTING) == 1, told


def test_ties_equal_written_quiets_the_notice(tmp_path: Path) -> None:
    shares, _shown, told = _share_rows(tmp_path, LARGEST + 'ties = "equal"\n')
    assert any(round(sum(row), 1) == 99.9 for row in shares.values())
    assert "お知らせ" not in told


def test_ties_without_largest_remainder_is_an_error(tmp_path: Path) -> None:
    forms = _forms(tmp_path, 'ties = "column_order"\n', TIED)
    run = _run(tmp_path, "summarize", str(forms), "--percent")
    assert run.exit_code == 2, run.output
    assert 'rounding = "largest_remainder"' in run.output and "ties" in run.output


def test_check_accepts_the_export_s_shares(tmp_path: Path) -> None:
    """The export's shares in column order read back by check: no disagreement."""
    _forms(tmp_path, LARGEST + 'ties = "column_order"\n', TIED)
    target = tmp_path / "報告.md"
    forms = str(tmp_path / "回答.xlsx")
    assert _run(tmp_path, "export", forms, "--md", str(target)).exit_code == 0
    assert "| 5.6 |" in target.read_text("utf-8")
    run = _run(tmp_path, "check", forms, "--text", str(target))
    assert run.exit_code == 0, run.output
