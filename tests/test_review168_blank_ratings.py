"""Review 168 #2, #3: a rating typed one column over, its status cell left blank.

#2: on planeval's own template (施策番号 | 施策名 | 事業番号 | 事業 …) the blank-評価 error named
the 事業 「4 9 農業後継者育成事業」, its 施策's number joined to its own — named as the form types
it now, its 施策 after, as a hand-made form's 「9 農業後継者育成事業（4 …）」 is.
#3: a rating typed at the start of the 課題 cell before its remark (「計画どおり完了　…」), or
into the 目標値 cell beside the 評価 (「前進B」), got only 「評価が空です」 asking for a rating
the 課 believes it gave: the fix now points at the cell and asks to move it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import DONE, PROJECTS, UNANSWERED, build
from tests.test_review166_through_groups import _forms

runner = CliRunner()
FARM = 9  # (産業振興課's 事業 9, 農業後継者育成事業 of 施策4)


def _errors(folder: Path, settings: Path) -> list[str]:
    result = runner.invoke(app, ["summarize", str(folder), "--config", str(settings)])
    assert result.exit_code == 1
    return [line for line in result.stderr.splitlines() if line.startswith("エラー:")]


def _template(tmp_path: Path) -> tuple[Path, Path]:
    """planeval's template split by 課 of the review 164 plan, each 事業 rated; 観光課's out."""
    build(tmp_path, 1, plan=True)
    forms, settings = tmp_path / "forms", tmp_path / "planeval.toml"
    made = runner.invoke(
        app, ["template", str(tmp_path / "計画.xlsx"), "--fiscal-year", "令和6", "-o", str(forms),
              "--split-by", "department", "--config", str(settings)],
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    for path in forms.glob("*.xlsx"):
        if UNANSWERED in path.name:
            path.unlink()
            continue
        book = openpyxl.load_workbook(path)
        sheet = book.worksheets[0]
        header = next(r for r in sheet.iter_rows(values_only=True) if "評価" in r)
        number, status = header.index("事業番号") + 1, header.index("評価") + 1
        for row in range(1, sheet.max_row + 1):
            if str(sheet.cell(row, number).value or "").isdecimal():
                sheet.cell(row, status).value = PROJECTS[int(sheet.cell(row, number).value)][3][1]
        book.save(path)
    return forms, settings


def _move_into_issue(path: Path, number: int, remark: str) -> str:
    """Blank ``number``'s 評価 on ``path``, its rating typed before ``remark`` in the cell to its
    right (the issue column); the status cell's reference."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows():
        if any(str(c.value or "").split(" ")[0] == str(number) for c in row[:4]):
            cell = next(c for c in row if c.value == DONE)
            cell.value, right = None, sheet.cell(cell.row, cell.column + 1)
            right.value = f"{DONE}　{remark}"
            book.save(path)
            return cell.coordinate
    raise AssertionError(number)


def test_the_template_names_the_project_as_its_form_numbers_it(tmp_path: Path) -> None:
    forms, settings = _template(tmp_path)
    (path,) = forms.glob("*産業振興課*")
    _move_into_issue(path, FARM, "後継者研修を修了した。")
    (error,) = _errors(forms, settings)
    name = PROJECTS[FARM][1]
    assert f"事業「{FARM} {name}（4 観光・交流の推進）」の評価が空です" in error
    assert f"4 {FARM} {name}" not in error


def test_a_rating_before_the_remark_in_the_issue_cell_is_pointed_at(tmp_path: Path) -> None:
    forms, settings = _template(tmp_path)
    (path,) = forms.glob("*産業振興課*")
    status = _move_into_issue(path, FARM, "後継者研修を修了した。")
    issue = f"{chr(ord(status[0]) + 1)}{status[1:]}"
    (error,) = _errors(forms, settings)
    assert f"課題等の列 {issue} の先頭に「{DONE}」があります。評価の列（{status}）に移して" in error


def test_on_a_hand_made_form_too(tmp_path: Path) -> None:
    folder = build(tmp_path, 1)
    (path,) = folder.glob("*産業振興課*")
    status = _move_into_issue(path, FARM, "後継者研修を修了した。")
    (error,) = _errors(folder, tmp_path / "planeval.toml")
    issue = f"{chr(ord(status[0]) + 1)}{status[1:]}"
    assert f"事業「{FARM} {PROJECTS[FARM][1]}（" in error
    assert f"課題・今後の方向性の列 {issue} の先頭に「{DONE}」があります" in error


def test_words_that_only_begin_like_a_rating_ask_for_one(tmp_path: Path) -> None:
    folder = build(tmp_path, 1)
    (path,) = folder.glob("*産業振興課*")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == DONE)
    cell.value = None
    sheet.cell(cell.row, cell.column + 1).value = f"{DONE}に向けて研修を続ける。"
    book.save(path)
    (error,) = _errors(folder, tmp_path / "planeval.toml")
    assert "先頭に" not in error and "のいずれかを入力してください" in error


def test_a_rating_typed_into_the_target_beside_it_is_pointed_at(tmp_path: Path) -> None:
    folder = _forms(tmp_path)
    (path,) = folder.glob("*地域創生部*")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "前進B")
    left = sheet.cell(cell.row, cell.column - 1)
    left.value, cell.value = cell.value, None
    book.save(path)
    (error,) = _errors(folder, tmp_path / "planeval.toml")
    assert f"{cell.coordinate}: 指標「(4)ア 光ファイバ整備率」の指標の評価が空です" in error
    assert (
        f"目標値の列 {left.coordinate} の先頭に「前進B」があります。"
        f"指標の評価の列（{cell.coordinate}）に移してください"
    ) in error
