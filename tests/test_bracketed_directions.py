"""A plan whose 取組の方向 column types each direction 「(1) オンライン手続」 (東尾張県's) keeps
that number in next year's forms and in the reports read from them: the band row 「(1)
オンライン手続」, not 「1-1 オンライン手続」, and the export's heading 「### (1) …」 (review 161
#10). The counts read back are the plan's."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_unreturned_whole_sentence import PLAN, _round


def test_the_plan_keeps_the_typed_number(tmp_path: Path) -> None:
    settings, plan_path, _folder = _round(tmp_path)
    config = planeval.load_config(settings)
    plan = planeval.read_plan(plan_path, layout=config.layout, wording=config.wording)
    typed = {d.split()[0] for _p, d, *_ in PLAN}
    assert {item.shown_direction for item in plan.items} == typed
    assert {item.direction_name for item in plan.items} == {d.split()[1] for _p, d, *_ in PLAN}


def test_the_forms_and_the_report_keep_it(tmp_path: Path) -> None:
    settings, plan, folder = _round(tmp_path)
    form = next(folder.glob("*総務局.xlsx"))
    bands = [
        row[0]
        for row in load_workbook(form)["実施状況"].iter_rows(values_only=True)
        if row[0] and not any(row[1:])
    ]
    directions = list(dict.fromkeys(d for _p, d, *_ in PLAN))
    assert [band for band in bands if band in directions] == directions, bands
    md = tmp_path / "報告.md"
    run = CliRunner().invoke(
        app,
        ["export", str(folder), "--plan", str(plan), "--md", str(md), "--config", str(settings),
         "-q"],
    )  # fmt: skip
    assert run.exit_code == 0, run.output
    text = md.read_text(encoding="utf-8")
    for direction in directions:
        assert f"### {direction}\n" in text, text
    rated = sum(1 for *_, status in PLAN if status)
    assert f"回答のあった{rated}取組" in text
