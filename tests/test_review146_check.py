"""川瀬町's report checked mid-collection (review 146 #2): 建設課 sent nothing, and a row of
another 課's form is not counted for its error. 「全9事業」 — the rows counted, that row and
建設課's 2 事業 — was said 「この範囲に数えなかった行（エラー、1 ファイル）があるため比べていません」,
naming neither the row nor the 未提出 事業 (and with the row's error a blank rating, whose bound
is one row, it was a disagreement: 「6（ほかに数えなかった行はエラーの 1 行だけ…）」). It is held
back naming both, and what to do."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.kawase_town import ITEMS, filled, run, template_forms, town

TEXT = "後期基本計画に位置づけた全9事業について、担当課による評価を行いました。\n"


def _round(tmp_path: Path, spoil: str) -> Path:
    """This year's forms filled in, 建設課's not returned, 総務課's spoiled: its first rating
    left ``blank``, or ``merged`` over the row below it (another 事業)."""
    folder = town(tmp_path / "町")
    (folder / "回答").mkdir()
    for form in template_forms(folder, folder / "様式"):
        if not form.stem.endswith("建設課"):
            filled(form, folder / "回答" / form.name)
    [form] = (folder / "回答").glob("*総務課.xlsx")
    book = load_workbook(form)
    sheet = book.worksheets[0]
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "施策番号")
    titles = [cell.value for cell in sheet[header]]
    column = titles.index("評価") + 1
    names = [sheet.cell(r, titles.index("事業") + 1).value for r in range(1, sheet.max_row + 1)]
    first = names.index(ITEMS[0][2]) + 1
    if spoil == "blank":
        sheet.cell(first, column).value = None
    else:
        sheet.merge_cells(start_row=first, end_row=first + 1, start_column=column, end_column=column)  # fmt: skip
    book.save(form)
    (folder / "報告.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _held(folder: Path) -> str:
    done = run("check", "回答", "--text", "報告.txt", "--keep-going", "-f", "json", cwd=folder)
    data = json.loads(done.stdout)
    assert not data["disagreements"], done.stdout
    [held] = [n for n in data["not_compared"] if n["stated"] == len(ITEMS)]
    return str(held["reason"])


def _unsent() -> list[str]:
    return [f"{p[0]}-({p[2]}){no} {name}" for p, no, name, lead, *_ in ITEMS if lead == "建設課"]


def test_a_whole_of_a_blank_rating_and_the_unreturned_items_is_the_plans(tmp_path: Path) -> None:
    """The blank rating's row is one row, and 建設課's 事業 the plan's: 「全9事業」 is the rows
    counted, that row and the 未提出 事業 exactly — a whole, as planeval's own 「全49件で、…エラー
    の1件を除く47件のうち…」 is (review 163 #4; held back before)."""
    folder = _round(tmp_path, "blank")
    done = run("check", "回答", "--text", "報告.txt", "--keep-going", "-f", "json", cwd=folder)
    data = json.loads(done.stdout)
    assert not data["disagreements"], done.stdout
    assert not [n for n in data["not_compared"] if n["stated"] == len(ITEMS)], done.stdout
    said = run("check", "回答", "--text", "報告.txt", "--keep-going", cwd=folder).stdout
    assert f"未提出の {len(_unsent())} 件" in said.replace("\n", ""), said


def test_a_whole_held_back_for_a_merged_rating_names_the_row_below_it(tmp_path: Path) -> None:
    reason = _held(_round(tmp_path, "merged"))
    project, no, name, *_ = ITEMS[1]  # (the row under the merged cell: its rating unknown)
    assert f"エラーの 1 件（{project[0]}-({project[2]}){no} {name}）" in reason, reason
    assert f"未提出の 2 件（{'、'.join(_unsent())}）" in reason, reason
