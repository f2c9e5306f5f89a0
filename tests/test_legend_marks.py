"""A body rating on a preset's scale with one more mark its legend defines (review 25): 南山県's
KPI table in A–D (aichi) with 「－：評価できない（件数に含めない）」, 浜川市's in A–D
(hamamatsu, D 評価できない counted) with 「－ 評価できない（件数に含めない）」 under it. The '－'
cells were told to add an alias of A–D; they are told, once, the [[scale.status]] lines adding
'－' to the preset, not counted as the legend says, and those lines pasted count every cell."""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from pathlib import Path

from rich.cells import cell_len
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.legend_marks import MARK_HINT
from tests.conftest import write_book

MARK = "－"  # U+FF0D, as a clerk's IME types a dash


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})


def settings(folder: Path, preset: str) -> Path:
    path = folder / "planeval.toml"
    path.write_text(f'[scale]\npreset = "{preset}"\n', encoding="utf-8")
    return path


def read(path: Path, config: Path) -> planeval.ReadResult:
    loaded = planeval.load_config(config)
    return planeval.read_workbooks([path], scale=loaded.scale, settings=config)


# ---------------------------------------------------------------------------------------------
# 南山県: あいちITプラン's table (柱 repeated on every row, 達成度（A～D）), two KPIs whose
# figures are not out yet rated '－', the legend line above the table saying so

MINAMIYAMA = [*"AABACABB", *"DA", MARK, *"AB", MARK, *"AC"]
LEGEND = (
    "達成度　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満　"
    f"{MARK}：評価できない（件数に含めない）"
)


def minamiyama(folder: Path, legend: str = LEGEND) -> Path:
    rows: list[list[object]] = [
        ["南山県DX推進計画　数値目標（KPI）の達成状況（令和5年度）"],
        [legend],
        [],
        ["柱", "No.", "指標（KPI）", "目標値", "実績値", "達成度（A～D）", "担当課", "備考"],
    ]
    for number, status in enumerate(MINAMIYAMA, start=1):
        pillar = "1 行政のデジタル化" if number <= 8 else "2 地域社会のデジタル化"
        unknown = status == MARK
        rows.append(
            [
                pillar,
                number,
                f"指標{number}の件数（件）",
                1000,
                None if unknown else 900,
                status,
                "デジタル推進課",
                "統計の公表前のため評価できない" if unknown else None,
            ]
        )
    return write_book(folder / "南山県_KPI達成状況.xlsx", {"達成状況": rows})


def test_a_mark_the_legend_adds_to_a_preset_is_given_its_lines(tmp_path: Path) -> None:
    path = minamiyama(tmp_path)
    result = read(path, settings(tmp_path, "aichi"))
    said, *cells, words = result.problems
    marks = MINAMIYAMA.count(MARK)
    # (its [scale] alone: its titles offered as its report's words, offered_words.py)
    assert words.severity is planeval.Severity.NOTICE and words.settings.startswith("[wording]")
    assert said.location == planeval.Location(str(path))
    assert said.message == (
        f"達成状況の '{MARK}' {marks} か所（凡例では「評価できない（件数に含めない）」）は、"
        "いまの評価尺度の記号（A B C D）ではありませんが、表の凡例にある記号です"
    )
    assert tomllib.loads(said.settings)["scale"]["status"] == [
        {"symbol": MARK, "label": "評価できない", "counted": False}
    ]
    assert len(cells) == marks and {problem.hint for problem in cells} == {MARK_HINT}
    assert not any("別名" in problem.hint for problem in result.problems)  # (no alias of A–D)
    said.settings.encode("cp932")  # (a Japanese console shows it as it is)


def test_the_lines_pasted_under_the_preset_count_every_cell(tmp_path: Path) -> None:
    path = minamiyama(tmp_path)
    config = settings(tmp_path, "aichi")
    first = run("summarize", str(path), "--config", str(config))
    assert first.exit_code == 1
    lines = first.stderr.splitlines()
    assert lines[0].startswith(f"エラー: {path}: 達成状況の '{MARK}' ")
    assert lines[1:5] == [
        "  [[scale.status]]",
        f'  symbol = "{MARK}"',
        '  label = "評価できない"',
        "  counted = false  # 件数に含めない評価とみました。含めるなら true",
    ]
    assert all(cell_len(line) <= 80 for line in lines[1:5])  # (none folded)
    # (the cells, not the block too; the notice offering its titles' words)
    assert (
        f"エラー {MINAMIYAMA.count(MARK)} 件、お知らせ 1 件（1 ファイルと設定ファイル planeval.toml）"
        in lines
    )
    as_json = run("summarize", str(path), "--config", str(config), "-f", "json")
    problems = json.loads(as_json.stdout)["problems"]
    [block] = [p["settings"] for p in problems if "settings" in p and p["severity"] == "error"]
    config.write_text(config.read_text("utf-8") + block, encoding="utf-8")
    again = run("summarize", str(path), "--config", str(config), "-f", "json")
    assert again.exit_code == 0, again.output
    total = json.loads(again.stdout)["total"]
    typed = Counter(MINAMIYAMA)
    assert total["counts"] == {symbol: typed[symbol] for symbol in "ABCD"}
    assert total["uncounted"] == {MARK: typed[MARK]}
    assert total["total"] == len(MINAMIYAMA) - typed[MARK]


def test_a_mark_no_legend_defines_keeps_its_own_fix(tmp_path: Path) -> None:
    """Without the legend's word for '－' planeval does not guess one: the cells keep the fix
    they had (preset_hints.with_preset_hint's, nagoya's － 事業が中止となったもの being a preset's)."""
    path = minamiyama(tmp_path, legend=LEGEND.split(f"　{MARK}")[0])
    result = read(path, settings(tmp_path, "aichi"))
    errors = [problem for problem in result.problems if problem.is_error]
    assert len(errors) == MINAMIYAMA.count(MARK)
    assert not any(problem.settings or problem.hint == MARK_HINT for problem in errors)


# ---------------------------------------------------------------------------------------------
# 浜川市: 浜松市's DX推進計画 KPI (No. | 番号 | 取組 | KPI …), D 評価できない counted, and
# under the table 「－ 評価できない（件数に含めない）」 for two KPIs not measured


HAMAKAWA = [*"AABACAB", *"BDA", MARK, *"AB", MARK, *"AC"]


def hamakawa(folder: Path) -> Path:
    rows: list[list[object]] = [
        ["浜川市デジタル・スマートシティ推進計画　KPI達成状況（令和5年度）"],
        [],
        ["No.", "番号", "取組", "KPI", "目標値", "実績値", "達成度", "担当課"],
    ]
    for number, status in enumerate(HAMAKAWA, start=1):
        group, own = divmod(number - 1, 4)
        rows.append(
            [
                number,
                f"1.{group + 1}.{own + 1}",
                f"取組{group + 1}",
                f"KPI{number}の件数（件）",
                100,
                None if status == MARK else 90,
                status,
                "DX推進課",
            ]
        )
    rows += [
        [],
        ["※達成度　A：目標達成　B：概ね達成　C：未達成　D：評価できない"],
        [f"　{MARK} 評価できない（件数に含めない）"],
    ]
    return write_book(folder / "浜川市_KPI達成状況.xlsx", {"KPI": rows})


def test_a_mark_worded_as_a_counted_status_is_set_apart_by_its_remark(tmp_path: Path) -> None:
    """hamamatsu's D is 評価できない, counted: '－' is no alias of D (it is not counted), its
    label the legend's words with the remark, which no status of the preset has."""
    path = hamakawa(tmp_path)
    config = settings(tmp_path, "hamamatsu")
    [said] = [p for p in read(path, config).problems if p.settings and p.is_error]
    assert tomllib.loads(said.settings)["scale"]["status"] == [
        {"symbol": MARK, "label": "評価できない（件数に含めない）", "counted": False}
    ]
    config.write_text(config.read_text("utf-8") + said.settings, encoding="utf-8")
    again = run("summarize", str(path), "--config", str(config), "-f", "json")
    assert again.exit_code == 0, again.output
    total = json.loads(again.stdout)["total"]
    typed = Counter(HAMAKAWA)
    assert total["counts"] == {symbol: typed[symbol] for symbol in "ABCD"}
    assert total["uncounted"] == {MARK: typed[MARK]}
