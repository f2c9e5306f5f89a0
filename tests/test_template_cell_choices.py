"""The template's status drop-down offers what the body types in its cells (review 101 #7):
北嶺県's 課 write 「前進B」 — gunma's forms hold word and letter in one cell — and Excel's
drop-down offered bare A–D, rejecting the body's own 前進B. Each choice reads back as its
status."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_template_two_levels import PLAN, write_plan

WORDING = """
[wording]
policy = "基本目標"
project = "施策"
item = "取組"
status = "進捗状況"
issue = "課題・今後の方向性"
department = "担当課"
"""
GUNMA = '[scale]\npreset = "gunma"\n' + WORDING.replace("[wording]", '[wording]\npreset = "gunma"')
RATED = {"A": "達成A", "B": "前進B", "C": "横ばいC", "D": "後退D", "－": "前進B"}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _forms(tmp_path: Path, settings: str) -> tuple[Path, Path]:
    plan = write_plan(tmp_path / "plan.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    forms = tmp_path / "調査票"
    made = run("template", str(plan), "--fiscal-year", "令和7", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    return config, forms


def _choices(form: Path) -> tuple[str, str]:
    (rule,) = load_workbook(form)["進捗状況"].data_validations.dataValidation
    return rule.formula1, rule.error


def test_a_body_whose_cells_hold_word_and_letter_is_offered_them(tmp_path: Path) -> None:
    config, forms = _forms(tmp_path, GUNMA)
    for form in forms.glob("*.xlsx"):
        assert _choices(form) == (
            '"達成A,前進B,横ばいC,後退D"',
            "進捗状況は 達成A 前進B 横ばいC 後退D から選んでください。",
        )
    # each 課 chooses from the list: the cells read back as their statuses
    statuses = {(p, n): RATED[s] for p, _name, n, _item, _d, s in PLAN}
    for form in forms.glob("*.xlsx"):
        book = load_workbook(form)
        sheet = book["進捗状況"]
        titles = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
        project = ""
        for row in sheet.iter_rows(min_row=6):
            project = row[titles["施策番号"]].value or project
            if number := row[titles["取組番号"]].value:
                status = statuses[project, number]
                row[titles["進捗状況"]].value = status
                row[titles["課題・今後の方向性"]].value = (
                    "遅れている" if status[-1] in "CD" else None
                )
        book.save(form)
    counted = run("summarize", str(forms), "--config", str(config), "-f", "json")
    assert counted.exit_code == 0, counted.output
    assert counted.stderr == ""
    counts = Counter[str]()
    for group in json.loads(counted.stdout)["groups"]:
        counts.update({k: v for k, v in group["counts"].items() if v})
    assert counts == Counter(A=3, B=3, C=2, D=1)  # (1-2② －: 前進B here)


def test_a_body_using_gunma_s_symbols_in_its_own_words_is_offered_the_letters(
    tmp_path: Path,
) -> None:
    """[scale] preset = "gunma" with a [wording] of its own: the tables write bare A–D (no
    status_cell), and so does the drop-down, as before."""
    _config, forms = _forms(tmp_path, '[scale]\npreset = "gunma"\n' + WORDING)
    (form, *_) = sorted(forms.glob("*.xlsx"))
    assert _choices(form)[0] == '"A,B,C,D"'


def test_the_forms_are_named_after_the_bodys_status_word(tmp_path: Path) -> None:
    """Review 105 #8: 北嶺県 calls its forms 進捗状況調査票 (status 進捗状況); they were titled
    実施状況調査票, their sheet 実施状況, as Setagaya's are."""
    _config, forms = _forms(tmp_path, GUNMA + 'title = "北嶺県情報化推進計画 進捗状況"\n')
    form = sorted(forms.glob("*.xlsx"))[0]
    assert form.name.startswith("進捗状況調査票_2025_")
    book = load_workbook(form)
    assert book.sheetnames[0] == "進捗状況"
    assert (
        book["進捗状況"]["A1"].value == "令和7年度（2025年度） 北嶺県情報化推進計画 進捗状況調査票"
    )
    guide = "".join(str(c.value) for row in book["記入方法"].iter_rows() for c in row if c.value)
    assert "「進捗状況」シートの黄色のセルに" in guide


def test_the_forms_of_an_evaluation_are_named_as_their_title(tmp_path: Path) -> None:
    """Review 108 #7: 枚方市's forms were titled 施策評価調査票, their files and sheet 実施状況."""
    _config, forms = _forms(tmp_path, WORDING.replace("[wording]", '[wording]\ntitle = "施策評価"'))
    form = sorted(forms.glob("*.xlsx"))[0]
    assert form.name.startswith("施策評価調査票_2025_")
    book = load_workbook(form)
    assert book.sheetnames[0] == "施策評価"
    assert book["施策評価"]["A1"].value == "令和7年度（2025年度） 施策評価調査票"


def _rated(forms: Path, sheet: str, status: str, symbol: str) -> None:
    """Each form's rows rated ``symbol`` in its column ``status``, on its ``sheet``."""
    for form in forms.glob("*.xlsx"):
        book = load_workbook(form)
        titles = {cell.value: cell.column - 1 for cell in book[sheet][5] if cell.value}
        for row in book[sheet].iter_rows(min_row=6):
            if row[titles["取組番号"]].value:
                row[titles[status]].value = symbol
        book.save(form)


def test_the_forms_of_a_body_reporting_its_results_are_named_as_its_title(tmp_path: Path) -> None:
    """Review 121 #7: 名古屋市守山区's forms are titled 「区政運営方針 取組み結果」 and ask each
    row's 取組み結果・課題; the template's were 実施状況調査票, their sheet 実施状況."""
    words = {"進捗状況": "達成状況", "課題・今後の方向性": "取組み結果・課題"}
    settings = WORDING.replace("[wording]", '[wording]\ntitle = "守山区区政運営方針 取組み結果"')
    for word, own in words.items():
        settings = settings.replace(f'"{word}"', f'"{own}"')
    config, forms = _forms(tmp_path, settings)
    form = sorted(forms.glob("*.xlsx"))[0]
    assert form.name.startswith("取組み結果調査票_2025_")
    book = load_workbook(form)
    assert book.sheetnames[0] == "取組み結果"
    title = "令和7年度（2025年度） 守山区区政運営方針 取組み結果調査票"
    assert book["取組み結果"]["A1"].value == title
    # (filled in, they read back with nothing to say)
    _rated(forms, "取組み結果", "達成状況", "◎")
    counted = run("summarize", str(forms), "--config", str(config), "-f", "json")
    assert counted.exit_code == 0, counted.output
    assert counted.stderr == ""
    assert json.loads(counted.stdout)["total"]["total"] == len(PLAN)


def test_a_plan_of_bu_titles_the_department_column_for_the_bu_it_holds(tmp_path: Path) -> None:
    """Review 121 #7: 枚方市's plan names each item's 所管部 only; its forms' 担当課 column held
    those 部 (「上下水道局」). Titled 担当部, as what it holds; a plan of 課 keeps 担当課."""
    plan = write_plan(tmp_path / "plan.xlsx")
    book = load_workbook(plan)
    bureaus = {
        "情報政策課": "総務部",
        "市民課": "市民生活部",
        "税務課": "財務部",
        "行政改革課": "総務部",
    }
    for row in book.active.iter_rows():
        cell = row[6]
        if cell.value == "所管課":
            cell.value = "所管部"
        elif isinstance(cell.value, str):
            cell.value = "\n".join(dict.fromkeys(bureaus[name] for name in cell.value.split("\n")))
    book.save(tmp_path / "計画_部.xlsx")
    (tmp_path / "planeval.toml").write_text(WORDING, encoding="utf-8")
    for name, title, held in (
        ("計画_部.xlsx", "担当部", "総務部"),
        ("plan.xlsx", "担当課", "情報政策課"),
    ):
        form = tmp_path / f"調査票_{title}.xlsx"
        made = run("template", str(tmp_path / name), "--fiscal-year", "令和7", "-o", str(form),
                   "--config", str(tmp_path / "planeval.toml"))  # fmt: skip
        assert made.exit_code == 0, made.output
        sheet = load_workbook(form)["進捗状況"]
        titles = [cell.value for cell in sheet[5]]
        assert title in titles and ({"担当部", "担当課"} - {title}).isdisjoint(titles)
        column = titles.index(title)
        assert held in {row[column] for row in sheet.iter_rows(min_row=6, values_only=True)}
        guide = "".join(
            str(c.value) for row in load_workbook(form)["記入方法"].iter_rows() for c in row
        )
        assert f"{title}の欄は" in guide
