"""Review 124 #2: a 施策's 事務事業 (named, not numbered) were listed in the order of the forms'
file names — 東川崎市's 1-1-(1) led by まちづくり局's 耐震化促進事業, its file name sorting first,
where the plan lists 防災訓練推進事業 first —, and in yet another order when a 局 never answered
(its items, 未提出, after the others). With the plan given, every output lists them in the plan's
order: tables, issues, the export's tables, 進捗状況.csv and 課題一覧.csv."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashikawasaki_forms import BUREAUS, ITEMS, bureau_form, city_plan, settings

# (1-1-(1)'s 防災訓練推進事業 and 耐震化促進事業 rated 4: both in the issue list, of two 局)
WORSE = ("防災訓練推進事業", "耐震化促進事業")
RATED = [(*item[:6], 4 if item[2] in WORSE else item[6], item[7]) for item in ITEMS]


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def _round(folder: Path, *, missing: tuple[str, ...] = ()) -> tuple[Path, Path, Path]:
    """The plan, the settings and a round's folder of 令和6's forms (none of ``missing``)."""
    config = settings(folder)
    plan = city_plan(folder)
    for bureau in BUREAUS:
        if bureau not in missing:
            bureau_form(folder / "令和6年度", bureau, 6, items=RATED)
    return plan, config, folder / "令和6年度"


def _names(text: str, column: str = "事務事業") -> list[str]:
    return [row[column] for row in csv.DictReader(text.lstrip("\ufeff").splitlines())]


@pytest.mark.parametrize("missing", [(), ("総務企画局",)])
def test_tables_list_the_plan_s_order_whoever_answered(
    tmp_path: Path, missing: tuple[str, ...]
) -> None:
    plan, config, folder = _round(tmp_path, missing=missing)
    listed = _run("tables", str(folder), "--plan", str(plan), "--config", str(config), "-f", "csv")
    assert _names(listed) == [item[2] for item in ITEMS]  # (未提出 ones in their place)


def test_issues_and_the_export_list_the_plan_s_order(tmp_path: Path) -> None:
    plan, config, folder = _round(tmp_path)
    given = ("--plan", str(plan), "--config", str(config))
    issues = _run("issues", str(folder), *given, "-f", "csv")
    assert _names(issues)[:2] == list(WORSE)
    out = tmp_path / "out"
    _run("export", str(folder), *given, "--csv", str(out), "--json", str(tmp_path / "r.json"))
    flat = (out / "進捗状況.csv").read_text(encoding="utf-8-sig")
    assert _names(flat) == [item[2] for item in ITEMS]
    assert _names((out / "課題一覧.csv").read_text(encoding="utf-8-sig"))[:2] == list(WORSE)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    tables = [
        entry["item_name"]
        for policy in report["policies"]
        for direction in policy["directions"]
        for entry in direction["entries"]
    ]
    assert tables == [item[2] for item in ITEMS]
