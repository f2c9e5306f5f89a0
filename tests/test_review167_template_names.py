"""Review 167 #9: with the status titled 達成度 and ``title = "中原市総合計画 施策進行管理・評価"``,
template named its files 中原市総合計画施策進行管理・評価調査票_2024_環境局.xlsx — the plan's
name run into the form's, the title's space dropped — while README said 達成度 → 達成度調査票.
A title naming an evaluation names the forms (the exercise the 局 know them by, as 枚方市's 施策評価
— review 108); the space between the plan's name and the form's is 「_」 in a file's name, as
between its other parts (no space, awkward in a mailed link or a typed name: review 128), so
中原市総合計画_施策進行管理・評価調査票_2025_環境局.xlsx; README says so."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.test_review96_plan_forms import TOML, run, write_plan

OWN = TOML.replace("南川崎市総合計画 施策進行管理・評価結果", "中原市総合計画 施策進行管理・評価")
FORM = "中原市総合計画_施策進行管理・評価調査票"


def test_a_title_naming_an_evaluation_names_the_files_its_space_a_separator(
    tmp_path: Path,
) -> None:
    plan = write_plan(tmp_path / "計画事業一覧.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(OWN, encoding="utf-8")
    forms = tmp_path / "forms"
    made = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    names = sorted(path.name for path in forms.glob("*.xlsx"))
    bureaus = sorted(name.removeprefix(f"{FORM}_2025_").removesuffix(".xlsx") for name in names)
    assert names and all(name.startswith(f"{FORM}_2025_") for name in names), names
    assert all(bureau.endswith("局") and "_" not in bureau for bureau in bureaus), bureaus
    book = load_workbook(forms / names[0])
    title = "令和7年度（2025年度） 中原市総合計画 施策進行管理・評価調査票"
    assert book.worksheets[0]["A1"].value == title
    whole = tmp_path / "whole"
    whole.mkdir()
    made = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(whole),
               "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    assert [path.name for path in whole.glob("*.xlsx")] == [f"{FORM}_2025.xlsx"]
