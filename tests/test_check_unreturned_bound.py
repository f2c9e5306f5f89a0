"""check mid-collection, read with the plan: the items of a department that returned nothing
are rows not counted, as an error's row is. A number they could make up is not compared, said
with them; one beyond them is a disagreement saying how many there are — never 「この範囲に
数えなかった行はありません」 while 総務部's items are missing (review 99 #4)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_unreturned_departments import MISSING, _round

RUNNER = CliRunner()
# 総務部 (missing) leads 1-1-1's two items, rated A and B when it returns: 基本目標1 is then
# A 1, B 2, D 1 of 4; without it 企画部's B and D are counted
TEXT = "基本目標1では、4件のうち、Aが1件、Bが2件、Dが1件でした。\n"


def _checked(tmp_path: Path, text: str) -> planeval.CheckResult:
    city, folder = _round(tmp_path)
    config = planeval.load_config(city / "planeval.toml")
    plan = planeval.read_plan(city / "計画.xlsx")
    read = planeval.read_workbooks([folder], scale=config.scale, plan=plan, wording=config.wording)
    assert read.unreturned == {MISSING: 2}
    draft = tmp_path / "本文.txt"
    draft.write_text(text, encoding="utf-8")
    return planeval.check(read, scale=config.scale, texts=[draft], item=config.wording.item)


def test_numbers_the_unreturned_items_could_make_up_are_not_compared(tmp_path: Path) -> None:
    checked = _checked(tmp_path, TEXT)
    assert checked.disagreements == ()
    reason = "この範囲に数えなかった行（未提出の 2 件）があるため比べていません"
    assert [(n.phrase, n.reason) for n in checked.not_compared] == [
        ("Aが1件", reason),
        ("Bが2件", reason),
    ]
    assert [d.stated for d in checked.plan_wholes] == [4]  # (2 counted and 2 未提出)


def test_a_number_beyond_them_says_how_many_were_not_counted(tmp_path: Path) -> None:
    checked = _checked(tmp_path, TEXT.replace("Bが2件", "Bが5件"))
    [wrong] = checked.disagreements
    assert (wrong.stated, wrong.counted) == (5, 1)
    assert wrong.note == "（ほかに数えなかった行は未提出の 2 件だけ）"


def test_keep_going_names_them_beside_an_error_of_another_policy(tmp_path: Path) -> None:
    """The review's: an error's row left out (the sheet's last, so of either policy), 総務部's two
    items of 基本目標1 not returned — 基本目標1's numbers were said with the error's row alone."""
    city, folder = _round(tmp_path)
    planning = folder / "DX評価_企画部.xlsx"
    book = load_workbook(planning)
    sheet = book.active
    [cell] = [
        row[4] for row in sheet.iter_rows() if row[3].value == "(2) ガバメントクラウドの利用検討"
    ]
    cell.value = "Ｘ"
    book.save(planning)
    draft = tmp_path / "本文.txt"
    draft.write_text(TEXT.replace("Bが2件", "Bが5件"), encoding="utf-8")
    args = ["check", str(folder), "--text", str(draft), "--keep-going", "-qq"]
    result = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 1, result.stdout
    assert "（ほかに数えなかった行はエラーの 1 行と未提出の 2 件だけ）" in result.stdout
    assert (
        "この範囲に数えなかった行（エラーの 1 行、1 ファイル、未提出の 2 件）があるため比べていません"
        in result.stdout
    )
