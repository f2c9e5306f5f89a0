"""Review 167 (中原市, a Kawasaki-style 施策進行管理: 達成度 1–5, 1 best, a 重点 column, one form
per 局): a rename guessed of two 事務事業 the table keeps apart (#2), a left-out 事務事業 named by
its 施策 alone and its grade run into its count (#3), 「2（概ね達成）」 counted as 2 (#5), last
year's form with its title retyped (#6), and a row a 局 added said at its 達成度 cell (#7). The
forms are 東川崎市's (tests/higashikawasaki_forms.py), built with openpyxl."""

from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashikawasaki_forms import (
    BUREAUS,
    ITEMS,
    bureau_form,
    city_plan,
    city_round,
    rated,
    settings,
)

RUNNER = CliRunner()
RENAMED = "は番号が同じで名称が違います"
MAYBE = (
    "名称を変えた同じ事務事業かもしれません"  # (事務事業 of no number of their own: review 169 #5)
)


def _run(*args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, list(args), env={"COLUMNS": "400"})
    return result.exit_code, result.stdout, result.stderr


def _rounds_apart(tmp_path: Path) -> tuple[Path, Path, Path]:
    """R6 without まちづくり局's form, R7 without 総務企画局's: under 施策 1-1-(1) each round has
    one 局's 事務事業 the other has not counted (中原市's Ⅱ-2: こども未来局's and 財政局's)."""
    config = settings(tmp_path)
    old = city_round(tmp_path / "令和6年度", 6, missing=("まちづくり局",))
    new = city_round(tmp_path / "令和7年度", 7, missing=("総務企画局",))
    return config, old, new


def _row_of(stdout: str, name: str) -> str:
    return next(line for line in stdout.splitlines() if f" {name} " in line)


def test_two_items_each_uncounted_in_one_round_are_no_rename(tmp_path: Path) -> None:
    """#2: the table shows one 前回未集計 and the other 今回未集計; no notice calls them one
    事務事業 renamed, nor asks the clerk to make their names the same."""
    config, old, new = _rounds_apart(tmp_path)
    plan = city_plan(tmp_path)
    for extra in ([], ["--plan", str(plan)]):
        code, stdout, stderr = _run("compare", str(old), str(new), "--config", str(config), *extra)
        assert code == 0, stderr
        for _number, _measure, name, _focus, lead, *_rest in ITEMS:
            if lead in ("まちづくり局", "総務企画局"):
                kept = "前回未集計" if lead == "まちづくり局" else "今回未集計"
                assert kept in _row_of(stdout, name)
        assert RENAMED not in stderr and MAYBE not in stderr
        assert "名称を揃えて" not in stderr


def test_two_of_the_plan_s_items_are_no_rename_with_the_plan(tmp_path: Path) -> None:
    """#2, with a plan: each 局 answered both rounds, but one round's form lacks one 事務事業
    of 1-1-(1) and the other's another; both are the plan's own, so no rename. Without the
    plan the guess stands (nothing tells the two apart), said as a possibility under the 施策's
    number, never 「番号が同じ」: the 事務事業 have no numbers of their own (review 169 #5)."""
    config = settings(tmp_path)
    plan = city_plan(tmp_path)
    gone = {6: ("総務企画局", "防災情報発信事業"), 7: ("危機管理局", "防災訓練推進事業")}
    for year, (bureau, name) in gone.items():
        for each in BUREAUS:
            items = [item for item in ITEMS if item[2] != name] if each == bureau else ITEMS
            bureau_form(tmp_path / f"R{year}", each, year, items=items)
    args = ("compare", str(tmp_path / "R6"), str(tmp_path / "R7"), "--config", str(config))
    code, _stdout, stderr = _run(*args, "--keep-going")
    assert code == 0, stderr
    assert MAYBE in stderr and "施策 1-1-(1)" in stderr
    assert RENAMED not in stderr
    _code, _stdout, stderr = _run(*args, "--keep-going", "--plan", str(plan))
    assert "防災訓練推進事業 がどのファイルにもありません" in stderr
    assert RENAMED not in stderr and MAYBE not in stderr


def _left_out_said(year: int, bureau: str) -> dict[int, list[str]]:
    """The 事務事業 of ``bureau`` as the footnote names them, per 達成度 of ``year``."""
    said: dict[int, list[str]] = {}
    for number, _measure, name, _focus, lead, _co, *ratings in ITEMS:
        if lead == bureau:
            said.setdefault(ratings[year - 6], []).append(f"{number} {name}")
    return said


def test_left_out_items_are_named_and_their_grades_read_as_grades(tmp_path: Path) -> None:
    """#3: compare's and rounds' footnotes name each 事務事業 left out by its own name, not
    only its 施策's number (1-1-(1) has three), and say a digit grade 「達成度3 が 4 件」, never
    「3 4 件」."""
    config, old, new = _rounds_apart(tmp_path)
    code, compared, stderr = _run("compare", str(old), str(new), "--config", str(config))
    assert code == 0, stderr
    code, side_by_side, stderr = _run("rounds", str(old), str(new), "--config", str(config))
    assert code == 0, stderr
    for stdout in (compared, side_by_side):
        note = "".join(line.strip() for line in stdout.splitlines() if line.startswith(" "))
        note += next(line for line in stdout.splitlines() if "除いたのは" in line)
        for year, bureau in ((6, "総務企画局"), (7, "まちづくり局")):
            for grade, names in _left_out_said(year, bureau).items():
                assert f"達成度{grade} が {len(names)} 件（{'、'.join(names)}）" in note
        assert re.search(r"[（、]1-1-\(1\)[）、]", note) is None
        assert re.search(r"の \d \d+ 件|、\d \d+ 件", note) is None


def _form_cell(path: Path, name: str, column: int) -> str:
    """The cell of ``name``'s row in ``column`` (1-based) of a 局's form."""
    sheet = load_workbook(path).active
    row = next(r for r in sheet.iter_rows() if r[4].value == name)
    return row[column - 1].coordinate


def test_a_bracket_naming_another_grade_is_an_error_at_its_cell(tmp_path: Path) -> None:
    """#5: 「2（概ね達成）」 — 2 is 目標を上回って達成, 概ね達成 is 3's 目標をほぼ達成 — is asked at
    its cell with both meanings, counted as neither; 「3（概ね達成）」, agreeing, is 3."""
    config = settings(tmp_path)
    folder = city_round(tmp_path / "令和6年度", 6)
    path = folder / "総務企画局.xlsx"
    twos = [item[2] for item in ITEMS if item[4] == "総務企画局" and item[6] == 2]
    threes = [item[2] for item in ITEMS if item[4] == "総務企画局" and item[6] == 3]
    book = load_workbook(path)
    sheet = book.active
    cell = _form_cell(path, twos[0], 9)
    sheet[cell] = "2（概ね達成）"
    sheet[_form_cell(path, threes[0], 9)] = "3（概ね達成）"
    book.save(path)
    code, stdout, stderr = _run("validate", str(folder), "--config", str(config), "-q")
    assert code == 1
    error = next(line for line in (stdout + stderr).splitlines() if line.startswith("エラー"))
    assert f"› {cell}: '2（概ね達成）'" in error
    assert "2（目標を上回って達成）" in error and "3（目標をほぼ達成）" in error
    assert "2 か 3 か" in error
    code, stdout, _err = _run(
        "summarize", str(folder), "--config", str(config), "-f", "json", "--keep-going"
    )
    counts = json.loads(stdout)["total"]["counts"]
    ratings = rated(6)
    del ratings[twos[0]]
    assert counts == {str(s): sum(r == s for r in ratings.values()) for s in range(1, 6)}


def test_last_year_s_form_retitled_names_its_title_cell_too(tmp_path: Path) -> None:
    """#6: こども未来局 sent last year's template with A1 retyped 令和7年度: the error at A2
    (its mark, 令和6年度) names A1's 令和7年度 too, the cell the clerk sees first."""
    config = settings(tmp_path)
    plan = city_plan(tmp_path)
    forms = {}
    for year in ("令和6", "令和7"):
        forms[year] = tmp_path / year
        code, _out, stderr = _run(
            "template", str(plan), "--fiscal-year", year, "-o", str(forms[year]),
            "--split-by", "department", "--config", str(config),
        )  # fmt: skip
        assert code == 0, stderr
    old = next(path for path in forms["令和6"].glob("*.xlsx") if "経済労働局" in path.name)
    new = next(path for path in forms["令和7"].glob("*.xlsx") if "経済労働局" in path.name)
    book = load_workbook(old)
    sheet = book["達成度"]
    title = str(sheet["A1"].value)
    assert "令和6年度" in title and "令和6年度" in str(sheet["A2"].value)
    sheet["A1"] = title.replace("令和6年度（2024年度）", "令和7年度（2025年度）")
    book.save(new)
    for command in ("validate", "summarize"):
        code, stdout, stderr = _run(command, str(forms["令和7"]), "--config", str(config))
        assert code == 1
        said = (stdout + stderr).splitlines()
        error = next(line for line in said if "経済労働局" in line and "A2" in line)
        assert "› A2: 令和6年度（2024年度）の調査票です" in error
        assert "A1 の表題は令和7年度（2025年度）ですが" in error


def test_a_row_the_plan_lacks_is_said_at_its_name(tmp_path: Path) -> None:
    """#7: まちづくり局 added a 事務事業 the plan lacks: the error is at its name's cell (E),
    not its 達成度 (I); the row is still left out and counted as 計画にない行."""
    config = settings(tmp_path)
    plan = city_plan(tmp_path)
    folder = city_round(tmp_path / "令和6年度", 6)
    path = folder / "まちづくり局.xlsx"
    book = load_workbook(path)
    sheet = book.active
    last = max(r[0].row for r in sheet.iter_rows() if r[4].value)
    source = next(r for r in sheet.iter_rows() if r[0].row == last)
    sheet.insert_rows(last + 1)
    for cell in source:
        sheet.cell(row=last + 1, column=cell.column, value=cell.value)
    sheet.cell(row=last + 1, column=5, value="自転車駐車場整備事業")
    sheet.cell(row=last + 1, column=9, value=3)
    book.save(path)
    code, stdout, stderr = _run(
        "validate", str(folder), "--plan", str(plan), "--config", str(config)
    )
    assert code == 1
    said = stdout + stderr
    error = next(line for line in said.splitlines() if "は計画にない事務事業です" in line)
    assert f"› E{last + 1}: 自転車駐車場整備事業" in error
    code, stdout, _err = _run(
        "summarize", str(folder), "--plan", str(plan), "--config", str(config),
        "-f", "json", "--keep-going",
    )  # fmt: skip
    counts = json.loads(stdout)["total"]["counts"]
    assert counts == {str(s): sum(r == s for r in rated(6).values()) for s in range(1, 6)}
