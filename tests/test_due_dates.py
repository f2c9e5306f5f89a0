"""A deadline on or before the end of the fiscal year the forms ask of is said in a notice:
`--due 2022/5/31` of 令和4年度's forms, whose results are asked in 令和5 (review 162 #8). A
deadline after the year's end is said nothing of."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.fiscal import due_after_year
from tests.conftest import REPO

SEED_PLAN = REPO / "data" / "setagaya" / "plan.xlsx"


def test_a_deadline_in_the_year_is_told_a_year_on() -> None:
    assert due_after_year(date(2022, 5, 31), 2022) == date(2023, 5, 31)
    assert due_after_year(date(2023, 3, 31), 2022) == date(2024, 3, 31)
    assert due_after_year(date(2024, 2, 29), 2023) == date(2025, 2, 28)
    assert due_after_year(date(2023, 4, 1), 2022) is None
    plan = planeval.read_plan(SEED_PLAN)
    [notice] = planeval.template_notices(plan, due=date(2022, 5, 31), fiscal_year=2022)[-1:]
    assert notice.location.file == "--due" and not notice.is_error
    assert not [
        p
        for p in planeval.template_notices(plan, due=date(2023, 5, 31), fiscal_year=2022)
        if p.location.file == "--due"
    ]


def test_template_says_a_deadline_before_the_years_end(tmp_path: Path) -> None:
    early = CliRunner().invoke(
        app,
        ["template", str(SEED_PLAN), "--fiscal-year", "令和4", "--due", "2022/5/31",
         "-o", str(tmp_path / "a.xlsx")],
    )  # fmt: skip
    assert early.exit_code == 0, early.output
    assert (
        "お知らせ: --due: 提出期限の令和4年5月31日（火）は、調査票が尋ねる令和4年度（2022年度）の"
        "終わり（令和5年3月31日（金））より前です"
    ) in early.stderr
    assert "--due 2023/5/31" in early.stderr
    later = CliRunner().invoke(
        app,
        ["template", str(SEED_PLAN), "--fiscal-year", "令和4", "--due", "2023/5/31",
         "-o", str(tmp_path / "b.xlsx")],
    )  # fmt: skip
    assert later.exit_code == 0, later.output
    assert "--due" not in later.stderr
