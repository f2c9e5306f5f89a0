"""川瀬町's forms (review 146 #6): the 記入方法 sheet told of 共管 and of a 「共管の事業」 sheet,
though the town's plan has no 事業 two 課 share and no form such a sheet. It is said only where
the plan has a co-owned 事業."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.kawase_town import template_forms, town


def _instructions(form: Path) -> str:
    book = load_workbook(form)
    return "\n".join(
        str(c) for row in book["記入方法"].iter_rows(values_only=True) for c in row if c
    )


def test_a_plan_of_no_co_owned_item_has_its_instructions_say_nothing_of_it(tmp_path: Path) -> None:
    folder = town(tmp_path / "町")
    forms = template_forms(folder, folder / "様式")
    for form in forms:
        said = _instructions(form)
        assert "選んで入力" in said and "行や列の追加" in said, said
        assert "共管" not in said, said
        assert not [name for name in load_workbook(form).sheetnames if "共管" in name]


def test_a_plan_with_a_co_owned_item_still_explains_it(tmp_path: Path) -> None:
    folder = town(tmp_path / "町")
    plan = folder / "計画事業一覧.xlsx"
    book = load_workbook(plan)
    sheet = book.active
    [row] = [row for row in sheet.iter_rows() if row[3].value == "通学路合同点検の実施"]
    row[4].value = "総務課、建設課"
    book.save(plan)
    forms = {form.stem.rsplit("_", 1)[-1]: form for form in template_forms(folder, folder / "様式")}
    for department in ("総務課", "建設課", "住民課"):
        said = _instructions(forms[department])
        assert "括弧内に共管課を示しています" in said, said
        assert "「共管の事業」シート" in said, said
    assert "共管の事業" in load_workbook(forms["建設課"]).sheetnames
