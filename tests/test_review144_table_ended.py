"""A count table pasted with a column of the items the plan ends (review 144 #2 of the
forty-eighth session): 柱 | 未着手 | 取組中 | 完了 | 廃止 | 計 was 「どの集計のどの数か読み取れない」
and not compared at all. It is now read as the other count tables are: each status compared with
the rows, 廃止 with the items the plan's 区分 ends (as 「1項目廃止」 in prose), and 計 with the
rows and the row's own 廃止 cell."""

from __future__ import annotations

from pathlib import Path

from tests.test_review144_check import ENDED, ITEMS, _check, _counts

STATUSES = ("未着手", "取組中", "完了")


def _ended(pillar: str = "") -> int:
    return sum(kind == "廃止" for no, *_, kind in ITEMS if no.startswith(pillar))


def _table(
    *,
    ended: dict[str, int] | None = None,
    total: dict[str, int] | None = None,
    after: bool = False,
) -> str:
    """The table of counts with a 廃止 column, each cell from the rows and the plan, but for
    the 廃止 and 計 cells ``ended`` and ``total`` give (by 柱: "1", "2", "" the 計 row);
    ``after``: 廃止 after 計, which then holds the rows alone."""
    lines = ["柱\t未着手\t取組中\t完了\t" + ("計\t廃止" if after else "廃止\t計")]
    for pillar, shown in (("1", "Ⅰ"), ("2", "Ⅱ"), ("", "計")):
        cells = [_counts(status, pillar) for status in STATUSES]
        gone = (ended or {}).get(pillar, _ended(pillar))
        whole = (total or {}).get(pillar, sum(cells) + (0 if after else gone))
        last = [str(whole), str(gone)] if after else [str(gone), str(whole)]
        lines.append("\t".join([shown, *map(str, cells), *last]))
    return "　改革の柱ごとの実施状況は次のとおりです。\n\n" + "\n".join(lines)


def test_a_table_with_the_plan_s_ended_column_is_compared(tmp_path: Path) -> None:
    assert _ended("2") == ENDED > 0
    code, said = _check(tmp_path, _table())
    assert code == 0, said
    assert "表の 3 行の記載件数はすべて集計と一致しています" in said, said
    # a wrong 計: compared with the rows and the row's own 廃止 cell
    counted = sum(_counts(status, "2") for status in STATUSES)
    code, said = _check(tmp_path, _table(total={"2": counted + ENDED + 1}))
    assert code == 1, said
    assert f"│ {counted + ENDED + 1}" in said, said
    assert f"{counted + ENDED}（集計 {counted} 件＋表の廃止 {ENDED} 件）" in said, said
    # a wrong 廃止 (its 計 adding it up): compared with the items the plan ends
    code, said = _check(tmp_path, _table(ended={"2": ENDED + 1}, total={"2": counted + ENDED + 1}))
    assert code == 1, said
    assert "計画の区分で終えた取組項目の数" in said and f"│ {ENDED + 1}" in said, said
    assert "読み取れない" not in said, said


def test_a_total_before_the_ended_column_is_the_rows_alone(tmp_path: Path) -> None:
    code, said = _check(tmp_path, _table(after=True))
    assert code == 0, said
    counted = sum(_counts(status, "2") for status in STATUSES)
    code, said = _check(tmp_path, _table(after=True, total={"2": counted + ENDED}))
    assert code == 1 and f"│ {counted + ENDED}" in said and "表の廃止" not in said, said
