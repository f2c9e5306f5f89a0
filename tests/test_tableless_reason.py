"""A memo kept among the replies (a workbook with no table and no row like a header's) is told
apart by its error's kind, carried to its place's reason (past_errors.TABLELESS), not by the
words of its message: an export read back, which records only the words, restores it."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.past_errors import places_left_out
from planeval.read_records import ErrorPlace
from tests.conftest import write_book
from tests.test_export_counted_past import _export, _form

TABLELESS = "評価の表のないブック"  # (past_errors.TABLELESS)
MEMO_SAID = "評価の表が見つかりません（見出し行には評価の列と、事業または取組の列が必要です）。"


def _read(root: Path) -> planeval.ReadResult:
    r5 = root / "R5"
    _form(r5 / "窓口課.xlsx", "1-1-1 窓口", [(1, "申請", "○"), (2, "決済", "Ｘ")])
    write_book(r5 / "memo.xlsx", {"メモ": [["取りまとめメモ"], [], ["・2月に再照会"]]})
    return planeval.read_workbooks([r5])


def _reasons(places: tuple[ErrorPlace, ...]) -> list[tuple[str, str]]:
    return [(Path(place.file).name, place.reason) for place in places]


def test_a_memos_place_carries_the_reason_whatever_its_message_says(tmp_path: Path) -> None:
    places = planeval.counted_past(_read(tmp_path)).places
    assert _reasons(places) == [("memo.xlsx", TABLELESS), ("窓口課.xlsx", "")]
    # (its message reworded: still a file with no table, by its reason)
    reworded = tuple(place._replace(message=MEMO_SAID) for place in places)
    assert places_left_out(reworded) == "記入に不備のあった 1 か所の行と、評価の表のない 1 ファイル"


def test_an_export_read_back_restores_the_memos_reason(tmp_path: Path) -> None:
    out = _export(_read(tmp_path), tmp_path / "R5.xlsx")
    places = tuple(planeval.read_workbooks([out]).recorded_errors)
    assert _reasons(places) == [("memo.xlsx", TABLELESS), ("窓口課.xlsx", "")]
    assert places_left_out(places) == "記入に不備のあった 1 か所の行と、評価の表のない 1 ファイル"
