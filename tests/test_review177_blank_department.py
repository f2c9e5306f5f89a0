"""Review 177 #2 (= 174 #5): 東山市's compiled 集中改革プラン book, every 課's rows on one sheet,
資産経営課 leaving both its rows blank. Read without the plan it gave one 「…の進捗状況が空です
（資産経営課の行）」 error a row, and no word that the 課 looks not to have answered nor that the
plan (`--plan`) counts its rows 未提出. It now also gets one error naming the 課 and its rows,
with both fixes; the rows' own errors and the error count stay as they were."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.test_review174_reform_plan import PLAN, _book, _run

SILENT = "資産経営課"


def _rows(department: str) -> list[tuple[str, ...]]:
    return [
        row
        for directions in PLAN.values()
        for rows in directions.values()
        for row in rows
        if row[5] == department
    ]


def test_a_department_all_blank_is_asked_whether_it_answered(tmp_path: Path) -> None:
    book = _book(tmp_path)
    sheet = load_workbook(book).active
    blank = [f"D{cell.row}" for cell in sheet["F"] if cell.value == SILENT]
    assert len(blank) == len(_rows(SILENT)) >= 2
    code, out, err = _run(tmp_path, "validate", str(book))
    err = out + err
    assert code == 1, out + err
    said = f"{SILENT}の {len(blank)} 行（{'・'.join(blank)}）は進捗状況がすべて空欄です"
    assert said in err and f"{SILENT}の回答が未提出ではありませんか" in err, err
    assert err.count(said) == 1 and "--plan" in err and '[plan]\n  file = "' in err
    # the rows' own errors kept, and counted as before: one a row
    assert all(f"› {cell}: " in err for cell in blank)
    assert f"エラー {len(blank)} 件" in err
    # --keep-going: the rows left out as before, the others counted
    code, out, err = _run(tmp_path, "summarize", str(book), "--keep-going", "-f", "csv")
    assert code == 1 and said in err
    counted = sum(len(rows) for directions in PLAN.values() for rows in directions.values())
    total = out.splitlines()[-1].split(",")  # (合計 | … | 計 | 再掲)
    assert total[0] == "合計" and int(total[-2]) == counted - len(blank), out


def test_a_department_with_a_row_rated_is_not_asked(tmp_path: Path) -> None:
    """One of its rows rated: the other blank is its own error only, as before."""
    book = _book(tmp_path)
    workbook = load_workbook(book)
    sheet = workbook.active
    first = next(cell.row for cell in sheet["F"] if cell.value == SILENT)
    sheet[f"D{first}"] = "取組中"
    workbook.save(book)
    code, out, err = _run(tmp_path, "validate", str(book))
    err = out + err
    assert code == 1 and "進捗状況が空です（資産経営課の行）" in err, err
    assert "未提出ではありませんか" not in err
