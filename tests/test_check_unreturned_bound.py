"""check mid-collection, read with the plan: the items of a department that returned nothing
are said beside a number that differs from the rows counted — never 「この範囲に数えなかった行は
ありません」 while 総務部's items are missing (review 99 #4). They hold back nothing: no input
holds their ratings, so the text's numbers are the rows counted, a right one agreeing and a
wrong one a disagreement alike (review 103 #7: wrong figures were 「比べられなかった」 while
right ones of the same scope agreed); the plan's whole (counted and 未提出) agrees."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def test_numbers_differing_from_the_rows_counted_are_disagreements_naming_them(
    tmp_path: Path,
) -> None:
    """The text counts 総務部's A and B too: each differs from the rows counted, said with
    the items not returned; the total of the plan's whole agrees, and D, the same either way."""
    checked = _checked(tmp_path, TEXT)
    note = "（未提出の 2 件は数えていません）"
    assert [(d.phrase, d.stated, d.counted, d.note) for d in checked.disagreements] == [
        ("Aが1件", 1, 0, note),
        ("Bが2件", 2, 1, note),
    ]
    assert checked.not_compared == ()
    assert [d.stated for d in checked.plan_wholes] == [4]  # (2 counted and 2 未提出)


def test_the_rows_counted_agree_and_a_wrong_number_fails_alike(tmp_path: Path) -> None:
    """The draft of the rows counted (企画部's B and D): its right numbers agree, and a wrong
    one it could be made up to by the items not returned fails all the same (review 103 #7)."""
    right = "基本目標1では、2件のうち、Bが1件、Dが1件でした。\n"
    assert _checked(tmp_path, right).disagreements == ()
    checked = _checked(tmp_path, right.replace("Bが1件", "Bが2件"))
    [wrong] = checked.disagreements
    assert (wrong.stated, wrong.counted, wrong.note) == (2, 1, "（未提出の 2 件は数えていません）")
    assert checked.not_compared == ()


@pytest.mark.parametrize(
    ("item", "own"), [("(1) スマホ教室の開催", True), ("(2) ガバメントクラウドの利用検討", False)]
)
def test_keep_going_names_them_beside_an_error_s_row(tmp_path: Path, item: str, own: bool) -> None:
    """The review's: an error's row left out, 総務部's two items of 基本目標1 not returned —
    基本目標1's numbers were said with the error's row alone. An error's row of 基本目標1
    (1-2-1's) is said with them; one of 2-1-1, the sheet's last, is 基本目標2's as its row reads
    (it was either policy's, held back beside 基本目標1's numbers), so none is held back there."""
    city, folder = _round(tmp_path)
    planning = folder / "DX評価_企画部.xlsx"
    book = load_workbook(planning)
    sheet = book.active
    [cell] = [row[4] for row in sheet.iter_rows() if row[3].value == item]
    cell.value = "Ｘ"
    book.save(planning)
    draft = tmp_path / "本文.txt"
    draft.write_text(TEXT.replace("Bが2件", "Bが5件"), encoding="utf-8")
    args = ["check", str(folder), "--text", str(draft), "--keep-going", "-qq"]
    result = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "250"}
    )
    assert result.exit_code == 1, result.stdout
    errors = "ほかに数えなかった行はエラーの 1 行だけ。" if own else ""
    assert f"（{errors}未提出の 2 件は数えていません）" in result.stdout, result.stdout
    held = "この範囲に数えなかった行（エラーの 1 行）があるため比べていません"
    assert (held in result.stdout) is own, result.stdout


def test_the_plan_s_whole_is_quoted_alone_where_its_clause_holds_a_wrong_number(
    tmp_path: Path,
) -> None:
    """Review 119 #3: 「…37件（1項目再掲のため実質35件）で」 with a wrong 35 was quoted whole as
    一致. The whole (2 counted and 2 未提出) is quoted by its words up to its own number, as typed;
    the net number beside it, 3 for 2, is a disagreement."""
    said = "基本目標1の取組は４件（1件再掲のため実質3件）で、Bが1件、Dが1件でした。\n"
    checked = _checked(tmp_path, said)
    assert [(d.stated, d.counted) for d in checked.disagreements] == [(3, 2)]
    assert [d.phrase for d in checked.plan_wholes] == ["基本目標1の取組は４件"]
    assert "「基本目標1の取組は４件」（集計 2 件＋未提出 2 件）は" in checked.verdict()
