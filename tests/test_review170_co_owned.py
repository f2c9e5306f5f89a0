"""Review 170: 東浜市's shared item No.2 (here; its No.7), lead 市民課 of 市民生活部, co-owner
情報政策課 of 企画財政部, each 部 returning one workbook.
#2: the co-owner rating it otherwise (取組中 against the lead's 完了), `--plan` did not count the
lead's rating: the plan names the lead 課 市民課, the forms are the 部's, and 市民課 was said never
to have answered. The plan pairs 所管課 with 所管部: 市民課's rating is 市民生活部's workbook's.
#3: rated alike in both columns but for the co-owner's blank 達成度, the 実施状況 read took the
co-owner's row (its file read first) and called the lead 「（共管 市民生活部）」; the 達成度 read
took the lead's. The row is the lead's in both, with or without the plan.
#9: check's closing note explained the 実施状況 total 「5項目」 with the 達成度 scale's figures
(「集計 4 件＋数えなかった行 1 件」): 5 is simply the 実施状況 rows' count."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.review170_forms import (
    FORMS,
    SHARED,
    issue,
    write_configs,
    write_forms,
    write_plan,
)

LEAD_CELL = "市民課、情報政策課"


def _run(*args: str) -> tuple[int, str]:
    said = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return said.exit_code, said.output


def _expected(column: int) -> Counter[str]:
    """Each status's rows as the forms rate them, the shared item once, as its lead rates it."""
    rows = {(no, cell): row for rows in FORMS.values() for no, cell, *row in rows}
    return Counter(row[column] for (_, cell), row in rows.items() if "共管" not in cell)


def test_the_leads_rating_counts_with_the_plan(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R7b", co_owner="取組中")
    plan = write_plan(tmp_path / "計画.xlsx")
    progress, _ = write_configs(tmp_path)
    folder = str(forms["市民生活部"].parent)
    code, said = _run(
        "summarize", folder, "--plan", str(plan), "--config", str(progress), "-f", "json"
    )
    assert code == 0, said
    data = json.loads(said[said.index("{") :])
    assert data["total"]["counts"] == {k: _expected(0)[k] for k in ("未着手", "取組中", "完了")}
    (warning,) = [p for p in data["problems"] if "所管部と共管部で違います" in p["message"]]
    assert warning["severity"] == "warning"
    assert "所管部の市民生活部は 完了" in warning["message"]
    assert "共管部の企画財政部は 取組中" in warning["message"]
    assert not [p for p in data["problems"] if p["severity"] == "error"]


@pytest.mark.parametrize("with_plan", [True, False])
def test_the_lead_is_the_same_in_both_columns(tmp_path: Path, with_plan: bool) -> None:
    forms = write_forms(tmp_path / "R7")
    plan = ["--plan", str(write_plan(tmp_path / "計画.xlsx"))] if with_plan else []
    lead = forms["市民生活部"].name
    for config in write_configs(tmp_path):
        code, said = _run(
            "issues", str(forms["市民生活部"].parent), *plan, "--config", str(config),
            "-f", "github",
        )  # fmt: skip
        assert code == 0, said
        (row,) = [line for line in said.splitlines() if SHARED in line]
        assert lead in row and f"| {LEAD_CELL} |" in row, (config.name, row)
        assert f"{issue(LEAD_CELL)}<br>（共管 企画財政部）{issue('情報政策課（共管）')}" in row
        assert "（共管 市民生活部）" not in row


def test_each_scales_note_uses_its_own_counts(tmp_path: Path) -> None:
    forms = write_forms(tmp_path / "R7", blank=(5,))  # (a 達成度 left blank: an error)
    progress, achievement = write_configs(tmp_path)
    counts = _expected(0)
    total = sum(counts.values())
    text = tmp_path / "報告書案.txt"
    text.write_text(
        "令和7年度の進捗状況\n\n"
        f"計画全体では、{total}項目のうち完了が{counts['完了']}項目、取組中が{counts['取組中']}"
        f"項目、未着手が{counts['未着手']}項目となりました。\n",
        encoding="utf-8",
    )
    folder = str(forms["市民生活部"].parent)
    code, said = _run(
        "check", folder, "--config", str(progress), "--config", str(achievement),
        "--keep-going", "--text", str(text),
    )  # fmt: skip
    assert code == 1, said  # (the row in error: counted without, as --keep-going does)
    assert "記載件数はすべて集計と一致しています" in said, said
    assert "数えなかった行" not in said and f"「{total}項目」" not in said
