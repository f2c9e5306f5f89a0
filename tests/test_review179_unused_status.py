"""Review 179 #7: a national survey none of whose rows is a repeat listing showed a
「-（再掲）」 column of 0 in every table (集計, 取組別集計, 団体別集計, in every format) and a
legend 「再掲：-（件数に含めません）」 of nothing. A not-counted status no row of the report has
is left out of its tables and legends; Setagaya's seed, with its two repeat listings, keeps
both."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.report.document import Report
from planeval.scale import DEFAULT_SCALE
from tests.conftest import SEED_WORKBOOK

REPEAT = "-（再掲）"


def _report(*, repeats: bool) -> tuple[Report, int]:
    """The seed's report, with or without its repeat listings; the rows it counts."""
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    kept = [e for e in entries if repeats or e.status != "-"]
    return planeval.build_report(kept), sum(e.status != "-" for e in kept)


def test_the_seed_keeps_its_repeat_column_and_legend(tmp_path: Path) -> None:
    report, counted = _report(repeats=True)
    repeats = sum(e.status == "-" for e in report.entries)
    assert repeats  # (the seed's two 再掲 rows)
    table = report.summary_table
    assert table.uncounted == (REPEAT,)
    assert table.rows[-1].uncounted == (repeats,) and table.rows[-1].total == counted
    planeval.export(report, md=tmp_path / "r.md", html=tmp_path / "r.html")
    text = (tmp_path / "r.md").read_text("utf-8")
    assert REPEAT in text and "件数に含めません" in text


def test_a_report_of_no_repeat_listing_has_no_repeat_column(tmp_path: Path) -> None:
    report, counted = _report(repeats=False)
    table = report.summary_table
    assert table.uncounted == () and table.rows[-1].total == counted
    assert report.scale.counted == DEFAULT_SCALE.counted  # (each kept, 0 or not: the seed has no ×)
    assert not any(e.status == "×" for e in report.entries)
    planeval.export(report, md=tmp_path / "r.md", html=tmp_path / "r.html")
    for name in ("r.md", "r.html"):
        text = (tmp_path / name).read_text("utf-8")
        assert "再掲" not in text, name
        assert "◎" in text and "×" in text  # (a counted status of no row is still shown)
