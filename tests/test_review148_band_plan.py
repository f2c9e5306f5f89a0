"""A plan whose 基本目標 are band rows spanning the table, 「基本目標1　…」 over No. | 施策名 |
担当部 (review 148 #2, the reviewer's t8/): the forms' counting path reads such a table, but
`template` and `validate --plan` refused the plan, 「計画事業一覧の表が見つかりません」. The plan
reader now takes the band rows as its 施策's 基本目標, so template makes one form per 部 and
validate checks the returned forms against it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

GOALS = {"1": "災害に強いまち", "2": "にぎわいのあるまち"}
# (基本目標, No., 施策名, 担当部, the rating its 部 gives): No. numbered through the plan
PLAN = [
    ("1", 1, "防災体制の強化", "危機管理部", "A"),
    ("1", 2, "防犯対策の推進", "危機管理部", "C"),
    ("2", 3, "市民協働の推進", "市民生活部", "B"),
    ("2", 4, "観光の振興", "市民生活部", "A"),
    ("2", 5, "文化芸術の振興", "危機管理部", "評価対象外"),
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
    sheet.append(["No.", "施策名", "担当部"])
    goal = None
    for own, number, name, department, _rating in PLAN:
        if own != goal:
            sheet.append([f"基本目標{own}\u3000{GOALS[own]}"])
            goal = own
        sheet.append([number, name, department])
    book.save(tmp_path / "計画.xlsx")
    return tmp_path / "計画.xlsx"


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    config.write_text(HIRAKATA, encoding="utf-8")
    return config


def test_template_makes_the_forms_of_a_plan_of_band_rows(tmp_path: Path) -> None:
    config, plan = _config(tmp_path), str(_plan(tmp_path))
    forms = tmp_path / "tmpl"
    made = run("template", plan, "--fiscal-year", "令和8", "-o", str(forms),
               "--split-by", "department", "--config", str(config))  # fmt: skip
    assert made.exit_code == 0, made.output
    files = sorted(forms.glob("*.xlsx"))
    assert len(files) == len({row[3] for row in PLAN})
    ratings = {name: rating for *_n, name, _d, rating in PLAN}
    for path in files:
        book = load_workbook(path)
        sheet = book.active
        titles = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
        for row in sheet.iter_rows(min_row=6):
            if name := row[titles["施策"]].value:
                row[titles["評価"]].value = ratings[name]
                row[titles["今後の方向性"]].value = "見直す"
        book.save(path)
    checked = run("validate", str(forms), "--plan", plan, "--config", str(config))
    assert checked.exit_code == 0 and checked.stderr == "", checked.output
    assert f"{len(PLAN)} 件" in checked.stdout
    read = run("summarize", str(forms), "--plan", plan, "--config", str(config), "-f", "csv")
    assert read.exit_code == 0 and read.stderr == "", read.output
    rows = [line.lstrip("\ufeff").split(",") for line in read.stdout.splitlines()]
    for goal, name in GOALS.items():
        given = Counter(rating for own, *_r, rating in PLAN if own == goal)
        counts = [given[symbol] for symbol in "ABCDE"]
        assert [goal, name, *map(str, counts), str(sum(counts)), str(given["評価対象外"])] in rows


def test_validate_reads_a_plan_of_band_rows_against_forms_of_the_same_shape(
    tmp_path: Path,
) -> None:
    """The 部's forms as the counting path reads them: the plan's own table with a 評価 column;
    one 部 not returned is 未提出, by the plan's 担当部."""
    config, plan = _config(tmp_path), str(_plan(tmp_path))
    forms = tmp_path / "forms"
    forms.mkdir()
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "施策名", "担当部", "評価"])
    goal = None
    for own, number, name, department, rating in PLAN:
        if department != "危機管理部":
            continue
        if own != goal:
            sheet.append([f"基本目標{own}\u3000{GOALS[own]}"])
            goal = own
        sheet.append([number, name, department, rating])
    book.save(forms / "危機管理部.xlsx")
    checked = run("validate", str(forms), "--plan", plan, "--config", str(config))
    assert "計画事業一覧の表が見つかりません" not in checked.output
    assert "Traceback" not in checked.output
    unreturned = [line for line in checked.output.splitlines() if "市民生活部" in line]
    assert any("未提出" in line for line in unreturned), checked.output
    owned = sum(1 for *_n, department, _r in PLAN if department == "市民生活部")
    assert any(f"{owned}" in line for line in unreturned), checked.output


def test_validate_names_the_plans_number_as_the_plan_writes_it(tmp_path: Path) -> None:
    """Forms numbering the 施策 by their 基本目標 (1-1, 1-2 …) against the plan's No. running
    through it: each file's warning quoted the plan's number as 「1①」, its ID, not the No.
    the plan writes (fix49b's notes, review 155's t8/)."""
    config, plan = _config(tmp_path), str(_plan(tmp_path))
    forms = tmp_path / "forms"
    forms.mkdir()
    for department in dict.fromkeys(row[3] for row in PLAN):
        book = Workbook()
        sheet = book.active
        sheet.append(["基本目標", "番号", "施策名", "評価", "今後の方向性", "担当部"])
        places: Counter[str] = Counter()
        for goal, _number, name, owner, rating in PLAN:
            if owner == department:
                places[goal] += 1
                numbered = f"{goal}-{places[goal]}"
                row = [f"{goal}\u3000{GOALS[goal]}", numbered, name, rating, "見直す", owner]
                sheet.append(row)
        book.save(forms / f"{department}.xlsx")
    checked = run("validate", str(forms), "--plan", plan, "--config", str(config))
    warned = [line for line in checked.output.splitlines() if "計画では「" in line]
    assert len(warned) == len({row[3] for row in PLAN}), checked.output
    # (each file's first row numbered otherwise, named with the plan's No., not 「2⑤」)
    said = {f" {name}」は計画では「{number}」、『" for _g, number, name, _d, _r in PLAN}
    assert all(any(words in line for words in said) for line in warned), checked.output
