"""template for a 行政改革大綱 whose plan lists each item's 所管部 and 所管課 (review 117 N3): the
forms, split by 部, filled their 所管課 cells with the 部 and said the plan's 所管課 column was no
所管 column; and a form counted in two status columns (実施状況 and 達成度) came out with one."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

ITEMS = [
    ("Ⅰ-1", "窓口サービスの向上", "窓口のワンストップ化", "市民部", "市民課"),
    ("Ⅰ-2", "行政手続のオンライン化", "キャッシュレス決済の導入", "企画財政部", "財政課"),
    ("Ⅰ-3", "市民との協働の推進", "パブリックコメント手続の見直し", "企画財政部", "企画課"),
]
TOML = """[scale]
preset = "progress"
[layout]
status_column = "実施状況"
[wording]
policy = "改革の柱"
project = "改革項目"
item = "取り組み項目"
status = "実施状況"
issue = "取組内容・課題"
department = "{department}"
"""


def _template(
    tmp_path: Path, department: str = "所管課", settings: str = TOML, *, ka_first: bool = False
):
    tmp_path.mkdir(exist_ok=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "実施計画"
    owners = ["所管課", "所管部"] if ka_first else ["所管部", "所管課"]
    sheet.append(["改革の柱", "改革項目番号", "改革項目", "取り組み項目", *owners])
    for number, project, item, bu, ka in ITEMS:
        cells = [ka, bu] if ka_first else [bu, ka]
        sheet.append(["Ⅰ　市民サービスの向上", number, project, item, *cells])
    book.save(tmp_path / "実施計画.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(settings.format(department=department), encoding="utf-8")
    args = [str(tmp_path / "実施計画.xlsx"), "--fiscal-year", "令和7", "-o", str(tmp_path / "tpl")]
    made = CliRunner().invoke(
        app, ["template", *args, "--split-by", "department", "--config", str(config)]
    )
    assert made.exit_code == 0, made.output
    return made


def _rows(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).worksheets[0]
    return [row for row in sheet.iter_rows(values_only=True) if row[2] and row[0] != "改革項目番号"]


def test_the_form_s_kacho_cells_hold_the_plan_s_ka_not_its_bu(tmp_path: Path) -> None:
    made = _template(tmp_path)
    rows = _rows(tmp_path / "tpl" / "実施状況調査票_2025_企画財政部.xlsx")
    assert [(row[2], row[3]) for row in rows] == [
        ("キャッシュレス決済の導入", "財政課"),
        ("パブリックコメント手続の見直し", "企画課"),
    ]
    assert "所管課」は調査票に載せていません" not in made.output


def test_under_a_bu_title_the_cells_stay_the_bu(tmp_path: Path) -> None:
    _template(tmp_path, department="所管部")
    rows = _rows(tmp_path / "tpl" / "実施状況調査票_2025_市民部.xlsx")
    assert [row[3] for row in rows] == ["市民部"]


def test_a_plan_listing_its_ka_before_its_bu_is_split_by_bu(tmp_path: Path) -> None:
    """東浜市's plan (review 170 #8): 所管課 | 所管部, settings with no word for the column.
    Split by department, the forms were one per 課, their column 所管課 holding 部; the city
    sends one per 部. Now one per 部, the column titled for what its cells hold."""
    settings = "\n".join(line for line in TOML.splitlines() if not line.startswith("department"))
    _template(tmp_path, settings=settings, ka_first=True)
    bu = sorted(dict.fromkeys(row[3] for row in ITEMS))
    assert sorted(p.name for p in (tmp_path / "tpl").iterdir()) == sorted(
        f"実施状況調査票_2025_{name}.xlsx" for name in bu
    )
    form = tmp_path / "tpl" / "実施状況調査票_2025_企画財政部.xlsx"
    header = next(
        row for row in load_workbook(form).worksheets[0].iter_rows(values_only=True)
        if row[0] == "改革項目番号"
    )  # fmt: skip
    title = next(cell for cell in header if isinstance(cell, str) and cell.startswith("所管"))
    cells = {row[header.index(title)] for row in _rows(form)}
    assert cells and all(str(cell).endswith(title[-1]) for cell in cells), (title, cells)


def test_a_form_counted_beside_another_status_column_says_that_column_is_not_on_it(
    tmp_path: Path,
) -> None:
    """Made with the 達成度's planeval.toml (a blank read as 対象外 beside 未着手・取組中), the
    form has the 達成度 column alone: said once, naming what is missing and the fix."""
    rating = TOML.replace('preset = "progress"', 'preset = "achievement"').replace(
        '"実施状況"', '"達成度"'
    )
    rating += (
        '[[scale.status]]\nsymbol = "－"\nlabel = "対象外"\ncounted = false\nblank = true\n'
        'blank_beside = ["未着手", "取組中"]\n'
    )
    made = _template(tmp_path, department="所管課", settings=rating)
    assert (
        "実施計画.xlsx › 実施計画: 調査票の評価の列は達成度の一つだけです。空欄を － と読むときに"
        "見るほかの評価の列（未着手・取組中 などを選ぶ列）は調査票に載せていません"
    ) in made.output
    plain = _template(tmp_path / "plain")
    assert "評価の列" not in plain.output


RATING = TOML.replace('preset = "progress"', 'preset = "achievement"').replace(
    '"実施状況"', '"達成度"'
) + (
    '[[scale.status]]\nsymbol = "－"\nlabel = "対象外"\ncounted = false\nblank = true\n'
    'blank_beside = ["未着手", "取組中"]\n'
)


def _both(tmp_path: Path, *settings: str):
    """The forms made with a planeval.toml for each status column, in the order given."""
    _template(tmp_path)
    configs = []
    for index, text in enumerate(settings):
        configs += ["--config", str(tmp_path / f"{index}.toml")]
        (tmp_path / f"{index}.toml").write_text(text.format(department="所管課"), encoding="utf-8")
    args = [str(tmp_path / "実施計画.xlsx"), "--fiscal-year", "令和7", "-o", str(tmp_path / "two")]
    return CliRunner().invoke(app, ["template", *args, "--split-by", "department", *configs])


def test_a_second_planeval_toml_puts_its_status_column_on_the_forms(tmp_path: Path) -> None:
    """Given the 実施状況's and the 達成度's planeval.toml, the forms carry both columns, each a
    drop-down of its own scale, and the 達成度's rule beside the 実施状況 (review 119, 117 N3)."""
    made = _both(tmp_path, TOML, RATING)
    assert made.exit_code == 0, made.output
    assert "評価の列" not in made.output
    sheet = load_workbook(tmp_path / "two" / "実施状況調査票_2025_企画財政部.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[5]]
    assert header == [
        "改革項目番号", "改革項目", "取り組み項目", "所管課", "実施状況", "達成度", "取組内容・課題",
    ]  # fmt: skip
    rules = {str(rule.sqref): rule.formula1 for rule in sheet.data_validations.dataValidation}
    assert rules == {"E7 E8": '"未着手,取組中,完了"', "F7 F8": '"未達成,一部達成,達成,－"'}
    assert sheet["A3"].value.endswith(
        "達成度は、実施状況が未着手・取組中の行では空欄のままにしてください。"
    )


def test_both_columns_filled_read_back_with_each_planeval_toml(tmp_path: Path) -> None:
    assert _both(tmp_path, TOML, RATING).exit_code == 0
    for name, cells in (("市民部", {"E7": "完了", "F7": "達成"}), ("企画財政部", {"E7": "取組中", "E8": "完了", "F8": "一部達成"})):  # fmt: skip
        path = tmp_path / "two" / f"実施状況調査票_2025_{name}.xlsx"
        book = load_workbook(path)
        for cell, value in cells.items():
            book.worksheets[0][cell] = value
        book.save(path)
    counts = {}
    for index in (0, 1):
        config = str(tmp_path / f"{index}.toml")
        read = CliRunner().invoke(
            app, ["summarize", str(tmp_path / "two"), "--config", config, "-f", "json"]
        )
        assert read.exit_code == 0, read.output
        assert "警告" not in read.output and "お知らせ" not in read.output
        counts[index] = json.loads(read.stdout)["total"]["counts"]
    assert counts == {
        0: {"未着手": 0, "取組中": 1, "完了": 2},
        1: {"未達成": 0, "一部達成": 1, "達成": 1},
    }


def test_two_planeval_toml_counting_one_column_are_refused(tmp_path: Path) -> None:
    made = _both(tmp_path, TOML, TOML)
    assert made.exit_code == 2
    assert "二つが同じ評価の列「実施状況」を数えます" in made.output
    assert not (tmp_path / "two").exists()
