"""Review 158 #4: rounds (最終評価) compares like with like — a department missing in one year
(警察本部 in 令和7年度) leaves its items out of every year's counts. Its 合計 rows were 26 for
each year, where the annual reports had published 28, and no table showed each year's own
counts. Now, where the comparison leaves rows out, each year's own counts (its published
figures) are a table of their own, 「基本目標別の件数（各回の集計）」, before the comparison,
「…（同じ範囲での比較）」, and the lines under them say who the comparison leaves out and why —
in the terminal, the JSON (policies_as_counted) and the workbook (a sheet each)."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

import planeval
from tests.test_department_forms import RUNNER, app, city, form

__all__ = ["city"]  # (the fixture, used by name)

GENERAL = [("1-1-1", "(1) 対象手続の拡大", "A"), ("1-1-1", "(2) 申請状況の可視化", "B")]
PLANNING = [("1-2-1", "(1) スマホ教室の開催", "C"), ("2-1-1", "(1) 標準準拠システムへの移行", "B")]
YEARS = (5, 6, 7)


def _rounds(city: Path, *, missing: bool = True) -> list[Path]:
    """Three years of 総務部's and 企画部's forms, 総務部's missing in the first (``missing``)."""
    folders = []
    for year in YEARS:
        folder = city / f"R{year}"
        for department, rows in (("総務部", GENERAL), ("企画部", PLANNING)):
            if department == "総務部" and year == YEARS[0] and missing:
                continue  # (its form did not come back that year)
            rated = [(p, item, status, "", "課") for p, item, status in rows]
            form(folder / f"DX評価_{department}.xlsx", department, rated, year=year)
        folders.append(folder)
    return folders


# each year's own count: every row its forms rate
OWN = [len(PLANNING) + (len(GENERAL) if year != YEARS[0] else 0) for year in YEARS]


def test_the_library_keeps_each_round_s_own_counts_beside_the_compared(city: Path) -> None:
    folders = _rounds(city)
    config = planeval.load_config(city / "planeval.toml")
    read = [planeval.read_workbooks([f], scale=config.scale, layout=config.layout) for f in folders]
    found = planeval.rounds(read, labels=["R5", "R6", "R7"], scale=config.scale)
    assert [summary.total.total for summary in found.own] == OWN
    assert list(found.counted) == OWN
    # (the comparison: 総務部's items, 未集計 in R5, in no year's counts)
    compared = [
        sum(1 for row in found.rows if not row.uncounted and row.statuses[i]) for i in range(3)
    ]
    assert [summary.total.total for summary in found.summaries] == compared == [len(PLANNING)] * 3
    own_total = found.policy_counts(own=True)[-1]
    assert own_total[0] == "合計" and [counts[4] for counts in own_total[2]] == OWN


def test_rounds_print_each_year_s_own_counts_and_the_comparison_with_why(city: Path) -> None:
    folders = _rounds(city)
    out = city / "最終評価.xlsx"
    args = ["rounds", *map(str, folders), "--config", str(city / "planeval.toml")]
    done = RUNNER.invoke(app, [*args, "-f", "plain", "--xlsx", str(out)], env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.stderr
    lines = done.stdout.splitlines()
    own, compared = "基本目標別の件数（各回の集計）", "基本目標別の件数（同じ範囲での比較）"
    assert lines.index(own) < lines.index(compared)
    own_rows = lines[lines.index(own) : lines.index(compared)]
    totals = [line.split()[-1] for line in own_rows if "令和" in line][-3:]
    assert totals == [str(n) for n in OWN]
    said = done.stdout.replace("\n  ", "")
    assert "調査票の提出がない回がある部: 総務部（令和5年度）" in said
    assert (
        "各回の集計には含め、「同じ範囲での比較」の表では、どの回の件数にも含めていません" in said
    )
    assert (
        f"{compared}の合計は、未集計の取組内容を除いた件数のため、令和6年度の集計の "
        f"{OWN[1]} 件ではなく {len(PLANNING)} 件"
    ) in said
    assert f"各回の集計どおりの件数は「{own}」の表のとおりです" in said
    data = json.loads(RUNNER.invoke(app, [*args, "-f", "json"]).stdout)
    total = data["policies_as_counted"][-1]
    assert [counts["計"] for counts in total["counts"]] == OWN
    assert [counts["計"] for counts in data["policies"][-1]["counts"]] == [len(PLANNING)] * 3
    book = load_workbook(out)
    sheet = book[own]
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[0] == "合計"]
    assert [row[-1] for row in rows] == OWN
    assert compared in book.sheetnames


def test_rounds_with_nothing_left_out_show_one_table_of_counts(city: Path) -> None:
    folders = _rounds(city, missing=False)
    args = ["rounds", *map(str, folders), "--config", str(city / "planeval.toml")]
    done = RUNNER.invoke(app, [*args, "-f", "plain"], env={"COLUMNS": "200"})
    assert "基本目標別の件数（回ごと）" in done.stdout.splitlines()
    assert "各回の集計" not in done.stdout
    data = json.loads(RUNNER.invoke(app, [*args, "-f", "json"]).stdout)
    assert data["policies_as_counted"] == []
