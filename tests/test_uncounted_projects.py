"""A 項目 whose indicators are all 評価できない (D, not counted) is no 項目 evaluated: planeval's
own sentence said 「3つの項目の5つの指標を評価しました」 of two 項目' five, and its own check
then failed it (review 71: 「評価した項目の数 記載 3 集計 2」). Sentence and check agree now."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests import test_check_cross_tables as kpi

UNCOUNTED_D = (
    '[scale]\npreset = "hamamatsu"\n\n[[scale.status]]\nsymbol = "D"\ncounted = false\n\n'
    '[wording]\npolicy = "基本方針"\nproject = "項目"\nitem = "指標"\nstatus = "指標の評価"\n'
)


def test_a_project_of_uncounted_rows_alone_is_not_said_evaluated(
    tmp_path: Path, monkeypatch
) -> None:
    policies = {"地域社会のDX": {"(1) 教育のDX": "ABB", "(2) 防災のDX": "D", "(3) 産業のDX": "AC"}}
    monkeypatch.setattr(kpi, "POLICIES", policies)
    book = kpi.workbook(tmp_path)
    settings = tmp_path / "planeval.toml"
    settings.write_text(UNCOUNTED_D, encoding="utf-8")
    rated = [g for g in policies["地域社会のDX"].values() if set(g) - {"D"}]
    counted = sum(len(g.replace("D", "")) for g in rated)
    out = tmp_path / "報告.md"
    runner = CliRunner()
    made = runner.invoke(app, ["export", str(book), "--config", str(settings), "--md", str(out)])
    assert made.exit_code == 0, made.output
    text = out.read_text(encoding="utf-8")
    assert f"{len(rated)}つの項目の{counted}つの指標を評価しました" in text, text
    checked = runner.invoke(
        app, ["check", str(book), "--config", str(settings), "--text", str(out)]
    )
    assert checked.exit_code == 0, checked.output


def test_a_total_row_of_every_status_the_table_lists_agrees(tmp_path: Path) -> None:
    """Review 71: with D not counted, the clerk's table lists its D row and a 計 of all its
    rows (7 = A 2, B 4, C 0, D 1): 「合計 記載 7 集計 6」 was false. A 計 of the counted rows
    agrees, one of every listed row too; any other is named."""
    book = kpi.workbook(tmp_path)
    settings = tmp_path / "planeval.toml"
    settings.write_text(UNCOUNTED_D, encoding="utf-8")
    columns = kpi.counts()

    def table(total_of: str, extra: int = 0) -> str:
        rows = [["評価", *columns]]
        for status in kpi.STATUSES:
            rows.append([status, *(str(c[status]) for c in columns.values())])
        counted = [s for s in kpi.STATUSES if total_of == "all" or s != "D"]
        rows.append(["計", *(str(sum(c[s] for s in counted) + extra) for c in columns.values())])
        return kpi.tab_text(rows, heading="表　基本方針別の評価（指標数）")

    report = tmp_path / "報告.txt"
    runner = CliRunner()
    for total_of in ("all", "counted"):
        report.write_text(table(total_of), encoding="utf-8")
        result = runner.invoke(
            app, ["check", str(book), "--config", str(settings), "--text", str(report)]
        )
        assert result.exit_code == 0, (total_of, result.output)
    report.write_text(table("all", extra=1), encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(book), "--config", str(settings), "--text", str(report), "-f", "json"]
    )
    assert result.exit_code == 1


def test_the_indicators_set_up_are_every_row(tmp_path: Path) -> None:
    """Review 72: 「3つの基本方針の下に18の指標を設定しています」 was unread (exit 1 on a right
    report): the indicators set up are every row, 評価できない too, the policies the groups."""
    book = kpi.workbook(tmp_path)
    settings = tmp_path / "planeval.toml"
    settings.write_text(UNCOUNTED_D, encoding="utf-8")
    rows = sum(len(g) for groups in kpi.POLICIES.values() for g in groups.values())
    report = tmp_path / "報告.txt"
    runner = CliRunner()

    def check(indicators: int) -> tuple[int, list[tuple[object, object]]]:
        report.write_text(
            f"本計画では、{len(kpi.POLICIES)}つの基本方針の下に{indicators}の指標を設定しています。\n",
            encoding="utf-8",
        )
        args = ["check", str(book), "--config", str(settings), "--text", str(report), "-f", "json"]
        result = runner.invoke(app, args)
        wrong = json.loads(result.stdout)["disagreements"]
        return result.exit_code, [(d["stated"], d["counted"]) for d in wrong]

    assert check(rows) == (0, [])
    assert check(rows + 1) == (1, [(rows + 1, rows)])
