"""An export that left out a workbook of another year (last year's sent again, --fiscal-year or
a template of another round) records why on its sheet 集計に含めていない行, and reading it back
says so: compare and check of the export say 「別の年度の調査票」, as a read of the workbooks
does, not an error's place (review 84: 「エラーのあった 1 か所」, 「読んだものの数えなかった
（エラーのあった）」, 「元の調査票のエラーを直して」). An export written before reads back as
before."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cells import COUNTED_PAST_SHEET
from planeval.cli import app
from tests.bureau_forms import LAST_YEAR, SETTINGS, THIS_YEAR, bureau_form
from tests.cycle_fill import fill_workbook, split_templates

DATED = "別の年度の調査票だった 1 ファイルの行"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _sheet(book: Path) -> list[list[object]]:
    rows = load_workbook(book)[COUNTED_PAST_SHEET].iter_rows(values_only=True)
    return [[cell for cell in row if cell is not None] for row in rows]


def _exports(tmp_path: Path) -> tuple[Path, Path, Path, list[str]]:
    """令和4年度's export, and 令和5年度's, where 市民文化局 sent its 令和4年度 評価票 again: left
    out under --fiscal-year (its report in Markdown too); the options that read them."""
    before, after = tmp_path / "令和4年度", tmp_path / "令和5年度"
    for bureau in ("危機管理本部", "市民文化局"):
        bureau_form(before, bureau, "令和4年度", LAST_YEAR)
    bureau_form(after, "危機管理本部", "令和5年度", THIS_YEAR)
    bureau_form(after, "市民文化局", "令和4年度", LAST_YEAR)  # (sent again)
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    common = ["--config", str(config)]
    r4, r5, text = tmp_path / "R4.xlsx", tmp_path / "R5.xlsx", tmp_path / "R5.md"
    assert run("export", str(before), *common, "--xlsx", str(r4)).exit_code == 0
    made = run("export", str(after), *common, "--fiscal-year", "令和5", "--keep-going",
               "--xlsx", str(r5), "--md", str(text))  # fmt: skip
    assert made.exit_code == 1, made.output  # (the workbook left out: an error, counted past)
    return r4, r5, text, common


def test_the_export_records_a_workbook_of_another_year_as_such(tmp_path: Path) -> None:
    _r4, r5, _text, _common = _exports(tmp_path)
    rows = _sheet(r5)
    assert rows[1][0].startswith(f"{DATED}は集計に含めていません")  # type: ignore[union-attr]
    assert ["施策番号", "事務事業番号", "事務事業名", "含めていない理由"] in rows
    assert ["1-2", 1, "市民文化祭の開催", "別の年度の調査票のため"] in rows
    assert ["別の年度の調査票のため集計に含めていないブック（1 ファイル）"] in rows
    at = rows.index(["ファイル", "年度のセル", "内容", "修正方法"])
    assert rows[at + 1][:2] == [f"{tmp_path / '令和5年度' / '市民文化局.xlsx'}", "評価票 › A1"]
    assert not [row for row in rows if row and str(row[0]).startswith("不備のあった場所")]


def test_compare_and_check_of_the_export_say_another_year_not_an_error(tmp_path: Path) -> None:
    r4, r5, text, common = _exports(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    [warning] = planeval.read_workbooks([r5], scale=config.scale).problems
    assert warning.message.startswith(f"この報告書は、{DATED}を集計に含めずに書き出されています")
    assert "エラー" not in warning.message + warning.hint and "読めなかった" not in warning.message
    assert warning.hint == (
        "すべての行を数えるには、別の年度の調査票だったブックを今回の調査票で回答し直してもらって"
        "から書き出し直してください"
    )
    compared = run("compare", str(r4), str(r5), *common)
    assert compared.exit_code == 0, compared.output
    assert "今回は別の年度の調査票だったため数えなかった事務事業 2 件も「今回未集計」です" in (
        compared.stdout
    )
    assert "エラー" not in compared.stdout
    # the count sentence's 「このほか事務事業2件は、…別の年度の調査票で提出されたため」 is compared
    # with the items the export records so, as with the workbooks (test_other_year_sentence)
    checked = run("check", str(r5), *common, "--text", str(text))
    assert checked.exit_code == 0, checked.stdout
    assert "比べられなかった数" not in checked.stdout
    wrong = text.read_text(encoding="utf-8").replace(
        "事務事業2件は、所管局", "事務事業3件は、所管局"
    )
    text.write_text(wrong, encoding="utf-8")
    checked = run("check", str(r5), *common, "--text", str(text), "-f", "json")
    assert checked.exit_code == 1
    assert "この範囲で別の年度の調査票のため数えなかった行は 2 行で、記載と違います" in (
        checked.stdout
    )


def test_an_export_written_before_reads_back_as_before(tmp_path: Path) -> None:
    """Its year's workbook listed among the errors' places, no reason beside its items."""
    r4, r5, _text, common = _exports(tmp_path)
    book = load_workbook(r5)
    sheet = book[COUNTED_PAST_SHEET]
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == "年度のセル":
                cell.value = "シート・セル"
            elif cell.value == "内容":
                cell.value = "エラーの内容"
            elif cell.value in ("含めていない理由", "別の年度の調査票のため"):
                cell.value = None
    book.save(r5)
    again = planeval.read_workbooks(
        [r5], scale=planeval.load_config(tmp_path / "planeval.toml").scale
    )
    [warning] = again.problems
    assert warning.message.startswith("この報告書は、記入に不備のあった 1 か所の行を集計に含めずに")
    assert [(e.item_name, e.status) for e in again.entries] == [
        ("地域防災計画の改定", "2"),
        ("避難所の環境整備", "3"),
    ]
    compared = run("compare", str(r4), str(r5), *common)
    assert compared.exit_code == 0, compared.output
    assert "今回は読んだものの数えなかった（記入に不備のあった）事務事業 2 件も「今回未集計」" in (
        compared.stdout
    )


def test_last_rounds_template_sent_again_is_another_years_workbook_too(tmp_path: Path) -> None:
    """Setagaya's cycle: 会計室 returned its 令和4年度 form in 令和5年度's round. The report
    says its items were left out as another year's (it said 「エラーのあった 1 か所」 and
    「エラーがあったため」), check agrees with it, and compare of the exports says so."""
    r4 = split_templates(tmp_path / "令和4年度", "令和4")
    r5 = split_templates(tmp_path / "令和5年度", "令和5")
    for path in [*r4.glob("*.xlsx"), *r5.glob("*.xlsx")]:
        fill_workbook(path, default="○")
    (r5 / "実施状況調査票_2023_会計室.xlsx").unlink()
    shutil.copy(r4 / "実施状況調査票_2022_会計室.xlsx", r5)
    last, this, text = tmp_path / "R4.xlsx", tmp_path / "R5.xlsx", tmp_path / "R5.md"
    assert run("export", str(r4), "--xlsx", str(last)).exit_code == 0
    made = run("export", str(r5), "--keep-going", "--xlsx", str(this), "--md", str(text))
    assert made.exit_code == 1, made.output
    said = text.read_text(encoding="utf-8")
    assert f"{DATED}は集計に含めていません。" in said and "エラー" not in said
    assert "なお、このほか実施内容2件は、所管部の回答が別の年度の調査票で提出されたため" in said
    checked = run("check", str(this), "--text", str(text))
    assert checked.exit_code == 0 and "比べられなかった数" not in checked.stdout, checked.stdout
    compared = run("compare", str(last), str(this))
    assert "今回は別の年度の調査票だったため数えなかった実施内容 2 件も「今回未集計」です" in (
        compared.stdout
    )


def test_validate_compare_and_rounds_of_the_export_with_the_plan_say_last_year_s_form(
    tmp_path: Path,
) -> None:
    """Read back with --plan, the export's record of 市民文化局's 令和4年度 評価票 is its answer on
    another year's form, as the workbooks say it: validate's 提出状況 「未提出（令和4年度の
    調査票）」 with its file (was 「未提出」, no file, and 「回答がどのファイルにもありません」),
    compare's 「今回のブックは別の年度の調査票でした」 (was 「前回だけ回答しています（今回の
    ブックがありません）」), and rounds' too; without the plan, rounds says its items were
    another year's form's (was 「読んだものの数えなかった（記入に不備のあった）」)."""
    from tests.bureau_forms import bureau_plan

    r4, r5, _text, common = _exports(tmp_path)
    plan = str(bureau_plan(tmp_path))
    form = f"{tmp_path / '令和5年度' / '市民文化局.xlsx'}"
    checked = run("validate", "--plan", plan, str(r5), *common)
    [line] = [line for line in checked.stdout.splitlines() if line.startswith("│ 市民文化局")]
    cells = [cell.strip() for cell in line.split("│")[2:5]]
    assert cells == ["未提出（令和4年度の調査票）", "2", "市民文化局.xlsx"]
    assert "回答がどのファイルにもありません" not in checked.output
    compared = run("compare", str(r4), str(r5), "--plan", plan, *common)
    assert compared.exit_code == 0, compared.output
    assert f"市民文化局の今回のブックは別の年度の調査票でした（{form}: 数えていません）" in (
        compared.stderr
    )
    assert "前回だけ回答しています" not in compared.output
    # (the plan's warning of the department: its form another year's, not none)
    assert "市民文化局の回答が別の年度の調査票で提出されたため（未提出、令和4年度の調査票）" in (
        compared.stderr
    )
    rounds = run("rounds", str(r4), str(r5), "--plan", plan, *common)
    assert rounds.exit_code == 0, rounds.output
    assert f"市民文化局の令和5年度のブックは別の年度の調査票でした（{form}: 数えていません）" in (
        rounds.stderr
    )
    assert "ブックがありません" not in rounds.output
    plain = run("rounds", str(r4), str(r5), *common)
    assert plain.exit_code == 0, plain.output
    assert (
        "別の年度の調査票だったため数えなかった事務事業 2 件（令和5年度）は、その回を「未集計」とし"
        in plain.stdout
    )
    assert "エラー" not in plain.stdout
