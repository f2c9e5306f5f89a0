"""template for a ward's plan laid out as the README describes, 運営方針 | 番号 | 事業名 |
事業の概要 | 担当課, one row per 事業 (review 203). Under [wording] preset = "nagoya" it was
refused with 「見出しの「運営方針」を planeval が運営方針の列として読めない」 and a fix,
level = ["運営方針"], that gave the same error: the forms' 事業番号 beside 事業 (the preset's
item) was not read as the 事業's number. The forms are now written and read back; a refusal
names the plan's own heading and prints a fix that works."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

POLICIES = {"1": "安心・安全で快適に暮らせるまち", "2": "健やかで心豊かに暮らせるまち"}
# (運営方針, 番号, 事業名, 担当課, the rating its 課 gives)
PLAN = [
    ("1", 1, "防災訓練推進事業", "総務課", "A"),
    ("1", 2, "避難所運営支援事業", "区民生活課", "B"),
    ("1", 3, "地域防犯パトロール支援", "総務課", "A"),
    ("2", 4, "健康づくり教室", "福祉課", "C"),
    ("2", 5, "子育て相談事業", "福祉課", "-"),
]
FIRST = (
    '[scale]\npreset = "nagoya"\n\n[wording]\npreset = "nagoya"\n'
    'title = "名東南区 区政運営方針 取組み結果"\npolicy = "運営方針"\nitem = "事業"\n'
    'status = "評価"\nissue = "今後の方向性"\ndepartment = "担当課"\n'
)


# the forms' header, the README's plan layout under the nagoya words (review 203 #2, #3)
FORM_HEADER = ["運営方針", "事業番号", "事業", "事業の概要", "担当課", "評価", "今後の方向性"]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _plan(tmp_path: Path, heading: str = "運営方針", rows: list[tuple] = PLAN) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "事業一覧"
    sheet.append(["名東南区 区政運営方針 事業一覧（令和6年度）"])
    sheet.append([])
    sheet.append([heading, "番号", "事業名", "事業の概要", "担当課"])
    for policy, number, name, department, _rating in rows:
        sheet.append([f"{policy} {POLICIES[policy]}", number, name, f"{name}を実施します。",
                      department])  # fmt: skip
    book.save(tmp_path / "計画.xlsx")
    return tmp_path / "計画.xlsx"


def _template(
    tmp_path: Path,
    settings: str,
    heading: str = "運営方針",
    rows: list[tuple] = PLAN,
    year: str = "令和6",
):
    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    forms = tmp_path / "調査票R6"
    made = run("template", str(_plan(tmp_path, heading, rows)), "--fiscal-year", year, "-o",
               str(forms), "--split-by", "department", "--config", str(config))  # fmt: skip
    return forms, made


def _header(path: Path) -> list[str]:
    return [cell.value for cell in load_workbook(path).worksheets[0][5] if cell.value]


def test_the_readme_layout_under_the_nagoya_words_makes_forms_that_read_back(
    tmp_path: Path,
) -> None:
    forms, made = _template(tmp_path, FIRST)
    assert made.exit_code == 0, made.output
    files = sorted(forms.glob("*.xlsx"))
    assert len(files) == len({department for *_p, department, _r in PLAN})
    for path in files:
        assert _header(path) == FORM_HEADER
    _fill(files)
    _counts_read(tmp_path, forms)


def test_the_readme_heading_kihon_hoshin_under_the_nagoya_preset_makes_forms(
    tmp_path: Path,
) -> None:
    settings = '[scale]\npreset = "nagoya"\n[wording]\npreset = "nagoya"\n'
    forms, made = _template(tmp_path, settings, heading="基本方針")
    assert made.exit_code == 0, made.output
    header = _header(sorted(forms.glob("*.xlsx"))[0])
    assert header == [
        "基本方針",
        "事業番号",
        "事業",
        "事業の概要",
        "担当課",
        "取組み結果",
        "今後の方向性",
    ]


def test_a_refusal_names_the_plans_heading_and_its_printed_fix_works(tmp_path: Path) -> None:
    settings = '[scale]\npreset = "nagoya"\n[wording]\npreset = "nagoya"\npolicy = "重点施策"\n'
    forms, made = _template(tmp_path, settings, heading="基本方針")
    assert made.exit_code == 1
    fix = 'level = ["重点施策"]'
    assert made.output == (
        f"エラー: {tmp_path / '計画.xlsx'} › 事業一覧 › C4: この計画は基本方針（調査票では重点施策）「1」の下に"
        "事業「1」が並ぶ 2 段の計画です。調査票は「重点施策｜事業番号｜事業｜…」の列で作りますが、"
        "見出しの「重点施策」を planeval が重点施策の列として読めないため、何も書き出していません"
        f"（planeval.toml の [layout.titles] に {fix} と書けば作れます）\n"
    )
    forms, made = _template(tmp_path, f"{settings}[layout.titles]\n{fix}\n", heading="基本方針")
    assert made.exit_code == 0, made.output
    assert len(list(forms.glob("*.xlsx"))) == len({department for *_p, department, _r in PLAN})


def _fill(files: list[Path]) -> None:
    """Each form's ratings as its 課 gives them, by the 事業番号 column."""
    ratings = {str(number): rating for _p, number, _n, _d, rating in PLAN}
    for path in files:
        book = load_workbook(path)
        sheet = book.worksheets[0]
        titles = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
        for row in sheet.iter_rows(min_row=6):
            if number := row[titles["事業番号"]].value:
                row[titles["評価"]].value = ratings[number]
        book.save(path)


def _counts_read(tmp_path: Path, forms: Path) -> None:
    config = str(tmp_path / "planeval.toml")
    read = run("summarize", str(forms), "--config", config, "-f", "csv")
    assert read.exit_code == 0 and read.stderr == "", read.output
    rows = [line.lstrip("\ufeff").split(",") for line in read.stdout.splitlines()]
    for policy, name in POLICIES.items():
        given = Counter(rating for p, *_r, rating in PLAN if p == policy)
        counts = [given[symbol] for symbol in "ABCD-"]
        assert [policy, name, *map(str, counts), str(sum(counts))] in rows


def test_item_worded_as_the_default_project_never_titles_two_columns_alike(
    tmp_path: Path,
) -> None:
    """item = "事業" with project left planeval's 事業: the forms were headed 「事業番号 | 事業 |
    事業番号 | 事業」 and 記入方法 said 「灰色のセル（事業・事業・担当課）」 (review 203 #3)."""
    settings = FIRST.replace('preset = "nagoya"\ntitle', "title")
    settings += '[layout.titles]\nlevel = ["運営方針"]\nitem = ["事業名"]\n'
    forms, made = _template(tmp_path, settings)
    assert made.exit_code == 0, made.output
    files = sorted(forms.glob("*.xlsx"))
    for path in files:
        assert _header(path) == FORM_HEADER
        said = [cell.value for cell in load_workbook(path)["記入方法"]["A"]]
        assert "灰色のセル（運営方針・事業・担当課）は変更できません。" in said
    _fill(files)
    _counts_read(tmp_path, forms)


def test_forms_take_the_reports_word_not_planevals(tmp_path: Path) -> None:
    """title 「名東南区 区政運営方針 取組み結果」 with status 評価: the forms were titled
    「…区政運営方針 実施状況調査票」, a word of neither (review 203 #5)."""
    settings = FIRST.replace('preset = "nagoya"\ntitle', "title")
    forms, made = _template(tmp_path, settings + '[layout.titles]\nitem = ["事業名"]\n')
    assert made.exit_code == 0, made.output
    files = sorted(forms.glob("*.xlsx"))
    departments = {department for *_p, department, _r in PLAN}
    assert {path.name for path in files} == {
        f"取組み結果調査票_2024_{department}.xlsx" for department in departments
    }
    book = load_workbook(files[0])
    assert (
        book.worksheets[0]["A1"].value
        == "令和6年度（2024年度） 名東南区 区政運営方針 取組み結果調査票"
    )
    _fill(files)
    _counts_read(tmp_path, forms)
