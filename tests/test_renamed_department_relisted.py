"""Review 184 #3: 世田谷区's 生活文化政策部 returned its form renamed 生活文化部 (file name, A2 and
every 所管部 cell), two of its four rows 再掲 listings. summarize counted its rows, but validate's
提出状況 read 「生活文化政策部 │ 未提出」 and 「未提出 4 部」: the renamed-部局 label (review 180
#3) asked for a row of its own of every item, and a 再掲 listing's row was not taken as one.
Here the bundled plan's 1-1-3 (its ② a 再掲 of 1-1-2①) is led by a 部 of its own."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.cycle_fill import PLAN, fill_workbook, split_templates

OLD, NEW = "窓口改革担当部", "窓口DX推進部"
LEADS = "F16"  # (1-1-3's 関係部 in the bundled plan: its lead first)


def test_a_renamed_department_with_relisted_rows_is_submitted(tmp_path: Path) -> None:
    plan = tmp_path / "plan.xlsx"
    book = load_workbook(PLAN)
    sheet = book.worksheets[0]
    assert str(sheet["A16"].value).startswith("1-1-3")
    sheet[LEADS] = f"{OLD}、政策経営部"
    book.save(plan)
    forms = split_templates(tmp_path / "回答", plan=plan)
    for path in forms.glob("*.xlsx"):
        fill_workbook(path, default="○")
    own = forms / f"実施状況調査票_2022_{OLD}.xlsx"
    book = load_workbook(own)
    relisted = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and OLD in cell.value:
                    cell.value = cell.value.replace(OLD, NEW)
                relisted += isinstance(cell.value, str) and "再掲" in cell.value
    assert relisted  # (the case: some of its rows are 再掲 listings)
    book.save(forms / f"実施状況調査票_2022_{NEW}.xlsx")
    own.unlink()
    shown = CliRunner().invoke(app, ["validate", str(forms), "--plan", str(plan), "-f", "json"])
    found = {s["department"]: s for s in json.loads(shown.stdout)["submissions"]}
    assert found[OLD]["state"] == "提出済", found[OLD]
    assert found[OLD]["label"] == f"提出済（{NEW}の名で回答）"
    assert found[OLD]["files"] == [str(forms / f"実施状況調査票_2022_{NEW}.xlsx")]
    assert not [name for name, s in found.items() if s["state"] == "未提出"]
