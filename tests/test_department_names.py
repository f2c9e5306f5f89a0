"""Who a 課's form is from, and who a plan names (review 55, a city's 行政改革大綱): 「所管課 |
市民課」 typed in two cells above the table, and a plan's 「情報政策課・市民課」 for two 課."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.io.grid import SheetGrid
from planeval.io.stated_heading import stated
from planeval.plan import split_departments


def _grid(rows: list[list[object]]) -> SheetGrid:
    return SheetGrid("調査票", dict(enumerate(rows)))


def test_a_section_named_in_the_cell_after_its_word_is_the_form_s() -> None:
    said = stated([_grid([["調査票"], ["所管課", "市民課", None, "提出期限：5月17日"]])])
    assert said.department == "市民課"
    # (a table's titles are no form's heading: 所管課 | 担当係 | 評価)
    assert stated([_grid([["所管課", "担当係", "評価"]])]).department is None
    assert stated([_grid([["所管課", "取組項目", "評価"]])]).department is None


def test_a_plan_s_two_sections_joined_by_a_middle_dot_are_two() -> None:
    assert split_departments("情報政策課・市民課") == ("情報政策課", "市民課")
    assert split_departments("子ども・若者部") == ("子ども・若者部",)  # (one 部's name)
    assert split_departments("政策経営部、財務部\n広報室") == ("政策経営部", "財務部", "広報室")


def test_a_co_owned_item_of_a_form_stating_its_section_is_that_section_s(tmp_path: Path) -> None:
    from tests.conftest import write_book

    header = ["改革の柱", "番号", "取組項目", "所管課", "実施状況"]

    def form(section: str, status: str) -> Path:
        rows = [["進捗状況調査票"], ["所管課", section], [], header]
        rows += [["1 行政サービス", "1-1", "電子申請の拡大", "情報政策課・市民課", status]]
        return write_book(tmp_path / f"調査票_{section}.xlsx", {"進捗状況": rows})

    lead, other = form("情報政策課", "○"), form("市民課", "△")
    result = planeval.read_workbooks([lead, other])
    assert sorted(result.file_departments.values()) == ["市民課", "情報政策課"]
