"""compare over last year's raw round with a row of no item of the plan (review 184 #2, 世田谷区):
政策経営部 inserted 「⑥ SNSを活用した区政情報の発信」 last year — an error, not counted, its own
summarize 合計 36 — while DX推進担当部 had deleted its 継続 row 2-2-1③. The deleted row was read
as a plan revised since (review 142 #4), so the inserted row was judged by nobody: compare said
「前回の集計の 37 件」 and listed it 今回未集計 (this year's .xls made every unpaired item so).
A missing item the plan's 区分 carries on (継続) is a row deleted, not a plan revised: the
inserted row is out of 前回's counts as its own summarize left it, 削除 with the note under
the table saying why (as review 118 #4's), never 今回未集計; rounds alike."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_department_forms import GENERAL_ROWS, PLANNING_ROWS, form
from tests.test_review88_plan_rows import _run, city  # noqa: F401  (fixture)

INSERTED = "手続案内の動画配信"


def _rounds(city: Path) -> tuple[str, str]:  # noqa: F811
    before, after = city / "令和4年度", city / "令和5年度"
    general = [*GENERAL_ROWS, ("1-1-1", f"(3) {INSERTED}", "B", "", "総務課")]
    form(before / "DX評価_総務部.xlsx", "総務部", general, year=4)
    # (企画部 deleted its row 2-1-1(2), 継続 in the plan)
    form(before / "DX評価_企画部.xlsx", "企画部", PLANNING_ROWS[:3], year=4)
    form(after / "DX評価_総務部.xlsx", "総務部", GENERAL_ROWS, year=5)
    form(after / "DX評価_企画部.xlsx", "企画部", PLANNING_ROWS, year=5)
    (after / "DX評価_福祉部.xls").write_bytes(b"\xd0\xcf\x11\xe0 not read")  # (unreadable)
    return str(before), str(after)


def test_last_year_s_row_of_no_plan_item_is_out_of_its_count_and_of_the_movements(
    city: Path,  # noqa: F811
) -> None:
    before, after = _rounds(city)
    _code, own = _run(city, "summarize", before, "--keep-going", "-f", "json", "-qq")
    _code, data = _run(city, "compare", before, after, "--keep-going", "-f", "json", "-qq")
    compared = json.loads(data)
    assert compared["counted"]["old"] == json.loads(own)["total"]["total"], data
    assert [row["item_name"] for row in compared["old_rows_plan_leaves_out"]] == [INSERTED]
    # (削除 as a row of no plan item is, said under the table: no answer owed this year)
    [moved] = [m for m in compared["movements"] if m["old"] and m["old"]["item_name"] == INSERTED]
    assert (moved["change"], moved["uncounted_in"]) == ("削除", None), moved


def test_rounds_lists_no_such_row_as_uncounted(city: Path) -> None:  # noqa: F811
    before, after = _rounds(city)
    _code, data = _run(city, "rounds", before, after, "--keep-going", "-f", "json", "-qq")
    said = json.loads(data)
    [row] = [row for row in said["items"] if row["item_name"] == INSERTED]
    assert "未集計" not in json.dumps(row, ensure_ascii=False), row
    first = said["rounds"][0]
    assert [row["item_name"] for row in said["rows_plan_leaves_out"][first]] == [INSERTED]
