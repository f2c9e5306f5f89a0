"""Last year's export against this year's forms, 総務部's form not returned this year (review
27 F2): read with the plan (planeval.toml's [plan] file), its items are 今回未集計 and out of
both rounds' counts — as when both rounds are folders of forms — not 削除 with the totals
falling. The other way round too: the export of a year 総務部 did not return, against the
next year's complete forms, says 前回未集計, not 追加. The decision is one for both
(cycle/answered.py: the departments the plan says returned nothing, ReadResult.unreturned)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.cycle.compare import Comparison
from planeval.read_records import ReadResult
from planeval.report import compare_notes
from tests.test_co_owned_issues import _city
from tests.test_department_forms import DIRECTIONS, PROJECTS, form, returns

RUNNER = CliRunner()
MISSING = "総務部"
# 企画部's and 福祉部's forms of a later year (総務部's only where ``with_missing``)
LATER = {
    "総務部": [("1-1-1", "(1) 対象手続の拡大", "A", "", "総務課"),
              ("1-1-1", "(2) 申請状況の可視化", "A", "", "総務課")],
    "企画部": [("1-2-1", "(1) スマホ教室の開催", "A", "", "企画課"),
              ("1-2-1", "(2) デジタル支援員の配置", "C", "募集を続けた", "企画課"),
              ("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課"),
              ("2-1-1", "(2) ガバメントクラウドの利用検討", "B", "", "企画課")],
    "福祉部": [("1-2-1", "(1) スマホ教室の開催", "A", "", "福祉課"),
              ("1-2-1", "(2) デジタル支援員の配置", "C", "", "福祉課")],
}  # fmt: skip
MISSING_ITEMS = [name.split(" ", 1)[1] for _project, name, *_ in LATER[MISSING]]


def _later(city: Path, year: int, *, with_missing: bool) -> Path:
    folder = city / f"令和{year}年度"
    for department, rows in LATER.items():
        if with_missing or department != MISSING:
            form(folder / f"DX評価_{department}.xlsx", department, rows, year=year)
    return folder


def _city_with_plan(tmp_path: Path) -> Path:
    city = _city(tmp_path, welfare_leads=False)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    return city


def _run(city: Path, *args: str) -> str:
    result = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def _export(city: Path, folder: Path) -> Path:
    xlsx = city / "out" / f"{folder.name}.xlsx"
    _run(city, "export", str(folder), "--xlsx", str(xlsx))
    return xlsx


def _read(city: Path, *paths: Path) -> list[ReadResult]:
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    return [
        planeval.read_workbooks([path], scale=config.scale, plan=plan, wording=config.wording)
        for path in paths
    ]


def _said(comparison: Comparison) -> list[tuple[str, str]]:
    return [(m.entry.item_name, comparison.describe(m)) for m in comparison.movements]


def _totals(comparison: Comparison) -> tuple[int, int]:
    return comparison.old.total.total, comparison.new.total.total


def test_last_year_s_export_pairs_as_its_forms_do(tmp_path: Path) -> None:
    city = _city_with_plan(tmp_path)
    before = returns(city)
    now = _later(city, 6, with_missing=False)
    exported = _export(city, before)
    config = planeval.load_config(city / "planeval.toml")
    words = {"scale": config.scale, "wording": config.wording}
    folders = planeval.compare(*_read(city, before, now), **words)
    export = planeval.compare(*_read(city, exported, now), **words)
    assert _said(export) == _said(folders)
    said = dict(_said(export))
    assert [said[name] for name in MISSING_ITEMS] == ["今回未集計", "今回未集計"]
    assert "削除" not in said.values()
    # like for like: each round's count is of the items both rounds counted
    both = sum(m.old is not None and m.new is not None for m in export.movements)
    assert _totals(export) == _totals(folders) == (both, both)
    assert export.unanswered == folders.unanswered == {"new": (MISSING,)}
    assert compare_notes.uncounted_notes(export) == compare_notes.uncounted_notes(folders)
    assert f"今回は調査票の提出がなかった部: {MISSING}。その取組内容は「今回未集計」です" in (
        compare_notes.uncounted_notes(export)
    )


def test_the_cli_says_it_so_for_compare_and_rounds(tmp_path: Path) -> None:
    city = _city_with_plan(tmp_path)
    exported = _export(city, returns(city))
    now = _later(city, 6, with_missing=False)
    compared = _run(city, "compare", str(exported), str(now), "-f", "csv")
    rows = {line.split(",")[1]: line for line in compared.splitlines() if line.count(",") == 4}
    for name in MISSING_ITEMS:
        assert rows[name].endswith(",,今回未集計")  # (last year's status, none now)
    assert "削除" not in compared and compared.count("今回未集計") == len(MISSING_ITEMS)
    rounds = _run(city, "rounds", str(exported), str(now), "-f", "csv")
    lines = {line.split(",")[1]: line for line in rounds.splitlines() if line.count(",") >= 3}
    for name in MISSING_ITEMS:
        assert lines[name].endswith(",未集計")
    config = planeval.load_config(city / "planeval.toml")
    found = planeval.rounds(
        _read(city, exported, now), labels=["令和5年度", "令和6年度"], scale=config.scale
    )
    by_folders = planeval.rounds(
        _read(city, returns(city), now), labels=["令和5年度", "令和6年度"], scale=config.scale
    )
    assert [s.total.total for s in found.summaries] == [s.total.total for s in by_folders.summaries]
    assert found.unsent == by_folders.unsent == ((), (("", MISSING),))


def test_the_export_of_a_year_a_department_missed_says_前回未集計(tmp_path: Path) -> None:
    city = _city_with_plan(tmp_path)
    missed = _later(city, 6, with_missing=False)
    complete = _later(city, 7, with_missing=True)
    exported = _export(city, missed)
    config = planeval.load_config(city / "planeval.toml")
    folders = planeval.compare(*_read(city, missed, complete), scale=config.scale)
    export = planeval.compare(*_read(city, exported, complete), scale=config.scale)
    assert _said(export) == _said(folders)
    said = dict(_said(export))
    assert [said[name] for name in MISSING_ITEMS] == ["前回未集計", "前回未集計"]
    assert "追加" not in said.values()
    assert _totals(export) == _totals(folders)
    assert export.unanswered == {"old": (MISSING,)}


def test_compare_and_rounds_judge_only_the_latest_round_against_a_revised_plan(
    tmp_path: Path,
) -> None:
    """Review 35: the plan revised this year (a new 取組 2-1-1 (3) of 企画部), planeval.toml naming
    the revised plan: last year's forms, made from the plan before it, were judged against it
    — 「計画の取組 … がどのファイルにもありません」, exit 1 — so no comparison over a revision
    could be made. The latest round's rows are judged (a row of no item of the plan is still
    an error there); an earlier round's are compared as they are, the new item 追加."""
    from openpyxl import load_workbook

    city = _city_with_plan(tmp_path)
    last_year = _later(city, 5, with_missing=True)
    new = ("2-1-1", "(3) 庁内データ分析基盤の構築", "B", "", "企画課")
    LATER["企画部"].append(new)
    try:
        this_year = _later(city, 6, with_missing=True)
    finally:
        LATER["企画部"].remove(new)
    plan = load_workbook(city / "計画.xlsx")
    plan.active.append(["2-1-1", "自治体システムの標準化", "(3)", new[1][4:], "新規", "企画部"])
    plan.save(city / "計画.xlsx")
    compared = _run(city, "compare", str(last_year), str(this_year), "-f", "csv")
    [added] = [line for line in compared.splitlines() if "庁内データ分析基盤" in line]
    assert added.endswith(",追加")
    _run(city, "rounds", str(last_year), str(this_year), "-f", "csv")  # (exit 0: _run)
    (this_year / "DX評価_企画部.xlsx").unlink()  # (the latest round is still judged: its rows)
    form(
        this_year / "DX評価_企画部.xlsx",
        "企画部",
        [*LATER["企画部"], ("2-1-1", "(4) 追加した行", "A", "", "企画課")],
        year=6,
    )
    result = RUNNER.invoke(
        app,
        ["compare", str(last_year), str(this_year), "--config", str(city / "planeval.toml")],
    )
    assert result.exit_code == 1
    assert "追加した行" in result.output and "計画にない" in result.output


def test_a_gap_of_a_department_that_sent_nothing_is_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a plan, 企画部 (policy 2's only department) returned nothing this year: compare
    says 「今回は調査票の提出がなかった部: 企画部」, and not again as 「情報化政策 2 の行がどの
    ファイルにもありません」 (review 163 #5: the gap is that department's form not sent)."""
    city = _city(tmp_path)  # (no [plan]: the gap in the numbers read is all a read sees)
    monkeypatch.setitem(DIRECTIONS, "3-1-1", "地域のデジタル化")  # (a policy 3 after the gap)
    monkeypatch.setitem(PROJECTS, "3-1-1", "学校のICT化")
    rows = {
        "総務部": [("1-1-1", "(1) 対象手続の拡大", "A", "", "総務課")],
        "企画部": [("2-1-1", "(1) 標準準拠システムへの移行", "B", "", "企画課")],
        "福祉部": [("1-2-1", "(1) スマホ教室の開催", "C", "遅れた", "福祉課")],
        "教育部": [("3-1-1", "(1) 端末の更新", "A", "", "教育課")],
    }
    for year in (5, 6):
        for department, own in rows.items():
            if year == 5 or department != "企画部":
                form(city / f"R{year}" / f"DX評価_{department}.xlsx", department, own, year=year)
    result = RUNNER.invoke(
        app,
        ["compare", str(city / "R5"), str(city / "R6"), "--config", str(city / "planeval.toml")],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    assert "今回は調査票の提出がなかった部: 企画部" in result.stdout, result.output
    assert "どのファイルにもありません" not in result.output, result.output
