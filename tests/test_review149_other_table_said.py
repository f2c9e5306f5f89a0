"""Reviews 149/153 (名東区): its KPI workbook, rated on 浜松市's A–D (D 評価できない), read by
the 取組み's nagoya settings is an error at its legend, every row of it left out.

- Among the 取組み forms with --keep-going, the line under the table said 「エラーのあった 1 か所の
  行は集計に含めていません」 where the one place (the legend) had left out all of its rows: read as
  one row. It says how many rows, counted from them.
- Read alone, the fix told the clerk to put 「その表だけを別のフォルダに置き」: the file was alone
  already. It says to count this file with settings of its scale.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.test_review149_other_table import _form, _kpi


def _settings(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    return config


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_the_line_under_the_table_counts_the_rows_a_legend_left_out(tmp_path: Path) -> None:
    folder = tmp_path / "R7"
    folder.mkdir()
    _form(folder / "01_総務課.xlsx", "AABD", 1)
    kpi = _kpi(folder / "KPI評価_区政課.xlsx")
    rows = len(planeval.read_workbooks([kpi], scale=PRESETS["hamamatsu"]).entries)
    assert rows > 1
    config = str(_settings(tmp_path))
    done = _run("summarize", str(folder), "--config", config, "--keep-going")
    assert done.exit_code == 1
    assert f"記入に不備のあった 1 か所の {rows} 行は集計に含めていません。" in done.stdout
    # (each error one row's: the places are the rows, said as before)
    blank = tmp_path / "blank"
    blank.mkdir()
    _form(blank / "01_総務課.xlsx", "AAB ", 1)
    once = _run("summarize", str(blank), "--config", config, "--keep-going")
    assert "記入に不備のあった 1 か所の行は集計に含めていません。" in once.stdout


def test_a_file_read_alone_is_told_to_be_counted_with_its_own_settings(tmp_path: Path) -> None:
    kpi = _kpi(tmp_path / "KPI評価_区政課.xlsx")
    alone = _run("summarize", str(kpi), "--config", str(_settings(tmp_path)))
    assert alone.exit_code == 1
    assert "別のフォルダに置き" not in alone.output
    assert (
        '[scale] preset = "hamamatsu" と書いた設定ファイルを作り、このファイルをその設定で集計して'
        f"ください（planeval summarize {kpi} --config その設定ファイル）"
    ) in alone.output
    # (among the 取組み forms: that table alone to a folder of its own, as before)
    folder = tmp_path / "R7"
    folder.mkdir()
    _form(folder / "01_総務課.xlsx", "AABD", 1)
    _kpi(folder / "KPI評価_区政課.xlsx")
    among = _run("summarize", str(folder), "--config", str(_settings(tmp_path)))
    assert "その表だけを別のフォルダに置き" in among.output
