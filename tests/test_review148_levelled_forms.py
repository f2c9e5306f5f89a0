"""template for a plan of 基本目標 1 over 施策 1-1 (review 148 #2: 枚方市's shape, the hirakata
preset's own: 基本目標 | 番号 | 施策名 | 担当部). It was refused with 「計画の番号が「1」の 2 段の
ため…」 and a fix that gave the same error, while validate --plan read the plan; its forms are
now the body's own shape, 基本目標 | 施策番号 | 施策 | …, and read back with the counts the
departments filled in. A plan whose policy word is the body's own makes forms that read back."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

GOALS = {"1": "災害に強いまち", "2": "にぎわいのあるまち"}
# (番号, 施策名, 担当部, the rating its 部 gives)
PLAN = [
    ("1-1", "防災体制の強化", "危機管理部", "A"),
    ("1-2", "防犯対策の推進", "危機管理部", "C"),
    ("2-1", "市民協働の推進", "市民生活部", "B"),
    ("2-2", "観光の振興", "市民生活部", "A"),
    ("2-3", "文化芸術の振興", "危機管理部", "評価対象外"),
]
HIRAKATA = '[scale]\npreset = "hirakata"\n[wording]\npreset = "hirakata"\n'


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _plan(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "施策一覧"
    sheet.append(["第2次北河内市総合計画　施策一覧"])
    sheet.append([])
    sheet.append(["基本目標", "番号", "施策名", "担当部"])
    for number, name, department, _rating in PLAN:
        goal = number.split("-")[0]
        sheet.append([f"{goal}\u3000{GOALS[goal]}", number, name, department])
    book.save(tmp_path / "計画.xlsx")
    return tmp_path / "計画.xlsx"


def _template(tmp_path: Path, config: Path) -> tuple[Path, object]:
    forms = tmp_path / "tmpl"
    made = run("template", str(_plan(tmp_path)), "--fiscal-year", "令和8", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    return forms, made


def test_a_plan_of_goals_over_measures_makes_one_form_per_department(tmp_path: Path) -> None:
    config = tmp_path / "planeval.toml"
    config.write_text(HIRAKATA, encoding="utf-8")
    forms, made = _template(tmp_path, config)
    assert made.exit_code == 0, made.output
    files = sorted(forms.glob("*.xlsx"))
    assert len(files) == len({department for _n, _name, department, _r in PLAN})
    ratings = {number: rating for number, _name, _d, rating in PLAN}
    for path in files:
        book = load_workbook(path)
        sheet = book.active
        titles = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
        assert list(titles)[:3] == ["基本目標", "施策番号", "施策"]
        for row in sheet.iter_rows(min_row=6):
            if number := row[titles["施策番号"]].value:
                row[titles["評価"]].value = ratings[number]
                row[titles["今後の方向性"]].value = "見直す"
        book.save(path)
    plan = str(tmp_path / "計画.xlsx")
    read = run("summarize", str(forms), "--plan", plan, "--config", str(config), "-f", "csv")
    assert read.exit_code == 0 and read.stderr == "", read.output
    for goal, name in GOALS.items():
        given = Counter(rating for number, *_r, rating in PLAN if number.startswith(f"{goal}-"))
        counts = [given[symbol] for symbol in "ABCDE"]
        expected = [goal, name, *map(str, counts), str(sum(counts)), str(given["評価対象外"])]
        assert expected in [line.lstrip("\ufeff").split(",") for line in read.stdout.splitlines()]


def test_a_policy_word_of_the_bodys_own_titles_the_forms_level_that_reads_back(
    tmp_path: Path,
) -> None:
    """The policy word 大分類, refused before with the fix level = ["大分類"]: a column titled by
    the [wording] policy word is the top level (review 170 #1), so its forms read back."""
    config = tmp_path / "planeval.toml"
    words = '[scale]\npreset = "hirakata"\n[wording]\npolicy = "大分類"\nproject = "方針"\n'
    words += 'item = "施策"\nstatus = "評価"\nissue = "今後の方向性"\ndepartment = "担当部"\n'
    config.write_text(words, encoding="utf-8")
    forms, made = _template(tmp_path, config)
    assert made.exit_code == 0, made.output
    assert "level = " not in made.output
    assert len(list(forms.glob("*.xlsx"))) == 2
