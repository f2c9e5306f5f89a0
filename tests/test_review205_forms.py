"""A ward's forms under its first planeval.toml (review 205 #3, #5): [wording] preset = "nagoya"
with policy = "運営方針" and no project. Last year's forms, which planeval's template wrote under
project = "運営方針" (運営方針番号 | 運営方針名 | 事業番号 | 事業), were refused by compare with
「5 行目の見出し行に基本方針の体系の列がありません（planeval の調査票から削除されていませんか）」;
they now read, while the template still writes today's 運営方針 | 事業番号 | 事業. The 共管の事業
sheet was headed 「基本方針 | 事業 | …」 beside the main sheet's 運営方針."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.test_review203_forms import FIRST, PLAN, _fill, _header, _template, run

# (the settings last year's forms were made under: the 運営方針 the projects' word too)
EARLIER = f'{FIRST}project = "運営方針"\n[layout.titles]\nlevel = ["運営方針"]\nitem = ["事業名"]\n'


def _forms(tmp_path: Path, settings: str, rated: dict[str, str], year: str = "令和6") -> Path:
    forms, made = _template(tmp_path, settings, year=year)
    assert made.exit_code == 0, made.output
    _fill(sorted(forms.glob("*.xlsx")))
    for path in forms.glob("*.xlsx"):  # (this year's ratings where they changed)
        book = load_workbook(path)
        sheet = book.worksheets[0]
        titles = {cell.value: cell.column - 1 for cell in sheet[5] if cell.value}
        for row in sheet.iter_rows(min_row=6):
            if (number := row[titles["事業番号"]].value) in rated:
                row[titles["評価"]].value = rated[number]
        book.save(path)
    return forms


def test_last_years_forms_read_under_the_first_settings(tmp_path: Path) -> None:
    earlier = tmp_path / "R5"
    earlier.mkdir()
    last = _forms(earlier, EARLIER, {}, "令和5")
    assert _header(sorted(last.glob("*.xlsx"))[0])[:4] == [
        "運営方針番号",
        "運営方針名",
        "事業番号",
        "事業",
    ]
    this = _forms(tmp_path, FIRST, {"4": "B"})
    assert _header(sorted(this.glob("*.xlsx"))[0])[:3] == ["運営方針", "事業番号", "事業"]
    compared = run("compare", str(last), str(this), "--config", str(tmp_path / "planeval.toml"))
    assert compared.exit_code == 0, compared.output
    assert compared.stderr == ""
    lines = compared.stdout.splitlines()
    assert "│ 4    │ 健康づくり教室 │ C         │ B         │ 改善 │" in lines
    assert lines[-1] == "前回から改善した事業 1件、後退した事業 0件"
    assert lines[10:13] == [  # (every 事業 of both years compared, under its 運営方針)
        "│ 1    │ 安心・安全で快適に暮らせるまち │ 2 → 2（±0） │ 1 → 1（±0） │ 0 → 0（±0） │ 0 → 0（±0） │ 0 → 0（±0） │ 3 → 3（±0） │",
        "│ 2    │ 健やかで心豊かに暮らせるまち   │ 0 → 0（±0） │ 0 → 1（+1） │ 1 → 0（▲1） │ 0 → 0（±0） │ 1 → 1（±0） │ 2 → 2（±0） │",
        "│ 合計 │                                │ 2 → 2（±0） │ 1 → 2（+1） │ 1 → 0（▲1） │ 0 → 0（±0） │ 1 → 1（±0） │ 5 → 5（±0） │",
    ]  # fmt: skip


def test_the_shared_items_sheet_says_the_main_sheets_word(tmp_path: Path) -> None:
    rows = [*PLAN[:-1], (*PLAN[-1][:3], "福祉課、総務課", PLAN[-1][4])]  # (総務課 its co-owner)
    forms, made = _template(tmp_path, FIRST, rows=rows)
    assert made.exit_code == 0, made.output
    book = load_workbook(next(forms.glob("*総務課.xlsx")))
    assert book.worksheets[0]["A5"].value == "運営方針"
    assert [cell.value for cell in book["共管の事業"][5]] == [
        "運営方針", "事業", "担当課", "共管課の意見"
    ]  # fmt: skip


def _validated(tmp_path: Path, forms: Path, change) -> str:
    path = sorted(forms.glob("*.xlsx"))[0]
    book = load_workbook(path)
    change(book.worksheets[0])
    book.save(path)
    checked = run("validate", str(path), "--config", str(tmp_path / "planeval.toml"))
    assert checked.exit_code == 1
    return next(line for line in checked.output.splitlines() if line.startswith("エラー: "))


def test_a_deleted_policy_column_is_said_in_the_settings_word(tmp_path: Path) -> None:
    forms = _forms(tmp_path, FIRST, {})
    said = _validated(tmp_path, forms, lambda sheet: sheet.delete_cols(1))
    assert said == (
        f"エラー: {sorted(forms.glob('*.xlsx'))[0]} › 取組み結果 › A5: 5 行目の見出し行に「運営方針」の列が"
        "ありません（planeval の調査票から削除されていませんか）。どの運営方針の事業か分からないため、"
        "このファイルの行は数えていません（削除した列を元に戻す（Excel の「元に戻す」、または配布した"
        "調査票から列をコピー）か、新しい調査票（planeval template）に記入し直して提出してもらってください）"
    )


def test_a_policy_column_under_a_title_not_read_is_not_said_deleted(tmp_path: Path) -> None:
    (tmp_path / "R5").mkdir()
    forms = _forms(tmp_path / "R5", EARLIER, {}, "令和5")
    (tmp_path / "planeval.toml").write_text(FIRST, encoding="utf-8")

    def retitled(sheet) -> None:
        sheet["B5"] = "方針の名前"

    said = _validated(tmp_path, forms, retitled)
    assert said == (
        f"エラー: {sorted(forms.glob('*.xlsx'))[0]} › 取組み結果 › A5: 5 行目の見出し行の「運営方針番号」"
        "「方針の名前」の列を、planeval は「運営方針」の列として読めません。どの運営方針の事業か分からないため、"
        "このファイルの行は数えていません（その列なら planeval.toml の [layout.titles] に "
        'level = ["方針の名前"] と書いてください）'
    )


def test_the_plans_refusal_offers_the_column_of_the_names(tmp_path: Path) -> None:
    """The same settings without [wording] preset: the fix offered the 事業の概要 column."""
    settings = FIRST.replace('preset = "nagoya"\ntitle', "title")
    settings += '[layout.titles]\nlevel = ["運営方針"]\n'
    made = _template(tmp_path, settings)[1]
    assert made.exit_code == 1
    assert made.output == (
        f"エラー: {tmp_path / '計画.xlsx'}: 計画事業一覧の表が見つかりません（見出し行に体系、事業の列が"
        "必要です）。いちばん近い 事業一覧 › 3 行目（運営方針 | 番号 | 事業名 | 事業の概要 | 担当課）には "
        "「事業」「取組」「取組み」「取り組み」「取組内容」「実施内容」「取り組み内容」 のどれかの列が"
        'ありません（見出しを直すか、planeval.toml の [layout.titles] に item = ["事業名"] の'
        "ようにこの計画の見出しを書いてください）\n"
    )
    made = _template(tmp_path, f'{settings}item = ["事業名"]\n')[1]
    assert made.exit_code == 0, made.output
