"""The facts a later stage reads of a problem are fields of it, not words of its message: a
workbook of another year's year and the round's (the report's line under 集計 gives the
round's as the --fiscal-year), a 再掲 mark on a row naming no item with its value (another
preset's rating, told that preset), and an export's record of a workbook of another year it
left out, which an export of that export records again."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.scale import UNSAID_REPEAT
from tests.nagayo_forms import nagayo_book
from tests.test_export_other_year import _exports, run
from tests.test_stale_form_report import replies


def test_a_workbook_of_another_year_carries_its_year_and_the_rounds(tmp_path: Path) -> None:
    files = replies(tmp_path / "R6")  # (大町市's 令和5年度 among two of 令和6年度)
    [counted] = [p for p in planeval.read_workbooks(files).problems if p.year]
    assert (counted.location.file, counted.year, counted.round_year) == (str(files[2]), 2023, 2024)
    left_out = planeval.read_workbooks(files, fiscal_year=2024)
    [error] = [p for p in left_out.problems if p.year]
    assert error.is_error and (error.year, error.round_year) == (2023, 2024)


def test_a_repeat_mark_naming_no_item_carries_its_kind_and_value(tmp_path: Path) -> None:
    read = planeval.read_workbooks([nagayo_book(tmp_path)])  # (長与町's 「－」 before its toml)
    [dash] = [
        p for p in read.problems if p.location.cell == "G11" and p.location.sheet == "基本目標Ⅰ"
    ]
    assert (dash.kind, dash.value) == (UNSAID_REPEAT, "－")


def test_an_export_exported_again_still_records_its_workbook_of_another_year(
    tmp_path: Path,
) -> None:
    _r4, r5, _text, common = _exports(tmp_path)
    form = str(tmp_path / "令和5年度" / "市民文化局.xlsx")
    again = tmp_path / "R5again.xlsx"
    assert run("export", str(r5), *common, "--xlsx", str(again)).exit_code == 0
    scale = planeval.load_config(tmp_path / "planeval.toml").scale
    for book in (r5, again):
        read = planeval.read_workbooks([book], scale=scale)
        assert read.other_years == {form: 2022}
        assert [place.year for place in read.recorded_errors] == [2022]
