"""Last year's round read with this year's plan, which added an item at the end of a project
(北嶺県's 「Ⅱ-3(5) 生成AI活用ガイドラインの策定」): each such item was an error 「がどのファイル
にもありません」 asking whether a 課 had deleted the row, nothing naming --no-plan or the round's
year (review 127 101-6). A round stating its year, every item it lacks its project's last, is
told once; an item missing from the middle of its project is a row deleted, and says nothing
of --no-plan."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook

from tests.designated_city import city, returned, run

EDUCATION = "教育委員会事務局"


def _without(folder: Path, item: str) -> None:
    """The education bureau's form without the row of ``item``."""
    [form] = folder.glob(f"*_{EDUCATION}.xlsx")
    book = load_workbook(form)
    sheet = book["実施状況"]
    [row] = [row for row in sheet.iter_rows() if item in str(row[1].value)]
    sheet.delete_rows(row[0].row)
    book.save(form)


def test_a_round_lacking_the_plans_last_item_of_a_project_is_told_of_no_plan(
    tmp_path: Path,
) -> None:
    home = city(tmp_path)
    folder = returned(home)
    _without(folder, "校務システムの統合")  # (2-2-1②, the last of 2-2-1: added by the plan)
    # (the plan's year unknown: it may be this year's, a 課 sending last year's form — review
    # 138 #4: --no-plan offered only where the plan states a later year than the round's)
    unknown = run(home, "validate", str(folder), "-f", "plain", code=1)
    assert "--no-plan" not in unknown, unknown
    later = shutil.copy(home / "計画.xlsx", home / "計画_令和7年度.xlsx")
    said = run(home, "validate", str(folder), "--plan", str(later), "-f", "plain", code=1)
    assert said.count("--no-plan") == 1, said
    [notice] = [line for line in said.splitlines() if "--no-plan" in line]
    assert "この回は令和6年度の回です（" in notice, notice
    assert "計画の取組 2-2-1② 校務システムの統合 がこの回のどのファイルにもありません" in notice
    assert (
        "計画がこの回の後に取組を加えたもの（今年度の計画）で、この回が前年度の回なら、" in notice
    )
    assert "番号は直さずに" not in notice


def test_a_round_lacking_an_item_amid_its_project_says_nothing_of_no_plan(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home)
    _without(folder, "端末の更新")  # (2-2-1①, before ②: a row deleted, not one added)
    said = run(home, "validate", str(folder), "-f", "plain", code=1)
    assert "計画の取組 2-2-1① 端末の更新 がどのファイルにもありません" in said
    assert "--no-plan" not in said, said
