"""An export made past errors (--keep-going) records what its count left out, and reading it
back leaves that out again: last year's export compared with this year's workbooks calls an
item it could not count 前回未集計 (never 追加), keeps it out of both rounds' counts and says the
export left N places out — as last year's workbooks themselves would (review 17: 宇都宮's 2-2-2
typed 「Ｘ」 came back as 追加, and counted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cells import COUNTED_PAST_SHEET
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
TYPO = "'Ｘ' はこの評価尺度の記号ではありません（◎ ○ △ × -）"
WARNING = (
    "この報告書は、記入に不備のあった 1 か所の行を集計に含めずに書き出されています"
    f"（シート「{COUNTED_PAST_SHEET}」）。その実施内容 1 件はここでも数えず、回を比べるときは"
    "追加・削除ではなく未集計とします"
)
FIX = "すべての行を数えるには、元の調査票のエラーを直してから書き出し直してください"


def _form(path: Path, project: str, items: list[tuple[int, str, str]]) -> Path:
    """A department's Chapter 3 sheet: policy 1, direction 1-1, ``project`` ("1-1-1 窓口")
    and its items (number, name, status)."""
    rows = [["情報化政策1 くらし"], HEADER, ["1-1 窓口と基盤", "", "", ""]]
    for place, (number, name, status) in enumerate(items):
        rows.append([project if place == 0 else "", f"({number}) {name}", status, ""])
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_book(path, {"第3章": rows})


def _rounds(root: Path) -> tuple[Path, Path]:
    """R5, where 窓口課 typed 「Ｘ」 for (2) 決済 (C5), and R6, every row rated."""
    r5, r6 = root / "R5", root / "R6"
    _form(r5 / "窓口課.xlsx", "1-1-1 窓口", [(1, "申請", "○"), (2, "決済", "Ｘ"), (3, "予約", "△")])
    _form(r5 / "基盤課.xlsx", "1-1-2 基盤", [(1, "端末", "○")])
    _form(r6 / "窓口課.xlsx", "1-1-1 窓口", [(1, "申請", "◎"), (2, "決済", "○"), (3, "予約", "○")])
    _form(r6 / "基盤課.xlsx", "1-1-2 基盤", [(1, "端末", "×")])
    return r5, r6


def _export(read: planeval.ReadResult, out: Path) -> Path:
    report = planeval.build_report(read.entries, not_counted=planeval.counted_past(read))
    [written] = planeval.export(report, xlsx=out).files
    return written


def _described(comparison) -> list[tuple[str, str]]:
    return [(m.label, comparison.describe(m)) for m in comparison.movements]


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_an_export_counted_past_an_error_compares_as_its_workbooks_do(
    tmp_path: Path, engine: str
) -> None:
    r5, r6 = _rounds(tmp_path)
    workbooks = planeval.read_workbooks([r5])
    assert [problem.location.cell for problem in workbooks.errors] == ["C5"]
    out = _export(workbooks, tmp_path / "out" / "R5.xlsx")
    export = planeval.read_workbooks([out], engine=engine)
    assert not export.has_errors
    [warning] = export.problems
    assert (warning.severity, warning.location) == (
        planeval.Severity.WARNING,
        planeval.Location(str(out), COUNTED_PAST_SHEET),
    )
    assert (warning.message, warning.hint) == (WARNING, FIX)
    this_year = planeval.read_workbooks([r6])
    expected = [
        ("1-1-1(1)", "改善"),
        ("1-1-1(2)", "前回未集計"),  # (not 追加: R5 read it, in error)
        ("1-1-1(3)", "改善"),
        ("1-1-2(1)", "後退"),
    ]
    for last_year in (workbooks, export):
        comparison = planeval.compare(last_year, this_year)
        assert _described(comparison) == expected
        # like for like: R6's counts leave out (2) 決済 as R5's do
        assert (comparison.old.total.total, comparison.new.total.total) == (3, 3)
        assert dict(comparison.new.total.counts) == {"◎": 1, "○": 1, "△": 0, "×": 1}
    # the export's own counts are its workbooks': (2) 決済 counted in neither
    summary = planeval.summarize(export.entries)
    assert summary.as_dict() == planeval.summarize(workbooks.entries).as_dict()


def test_the_sheet_says_what_was_left_out_in_the_bodys_words(tmp_path: Path) -> None:
    r5, _r6 = _rounds(tmp_path)
    (tmp_path / "planeval.toml").write_text(
        '[wording]\nitem = "取組"\nproject = "施策"\n', encoding="utf-8"
    )
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([r5], wording=config.wording)
    report = planeval.build_report(
        read.entries, wording=config.wording, not_counted=planeval.counted_past(read)
    )
    [out] = planeval.export(report, xlsx=tmp_path / "R5.xlsx").files
    book = load_workbook(out)
    assert book.sheetnames[-2:] == ["データ", COUNTED_PAST_SHEET]
    sheet = book[COUNTED_PAST_SHEET]
    rows = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    place = f"{r5 / '窓口課.xlsx'}"
    assert [row for row in rows if row] == [
        [COUNTED_PAST_SHEET],
        [
            "記入に不備のあった 1 か所の行は集計に含めていません（直した後の件数は「集計」の表と"
            "異なります）。下の表は、その取組と、不備のあった場所です。修正方法は、場所の表の"
            "番号で下の「修正方法」の表に載せています。"
        ],
        ["集計に含めていない取組（1 件）"],
        ["施策番号", "取組番号", "取組名"],
        ["1-1-1", "(2)", "決済"],  # (its number as typed: review 86)
        ["不備のあった場所（1 か所）"],
        ["ファイル", "シート・セル", "エラーの内容", "修正方法"],
        [place, "第3章 › C5", TYPO, 1],
        ["修正方法（上の表の「修正方法」の番号）"],
        ["番号", "修正方法"],
        [1, "'×' の書き間違いではありませんか。そうなら '×' に直してください（同じ書き方が"
         "多ければ、planeval.toml で 'Ｘ' を '×' の別名（aliases）にできます）"],
    ]  # fmt: skip
    assert sheet["A5"].font.b and sheet["A5"].fill.fgColor.rgb == "FFDDEBF7"  # (a header)
    # (the caption and each fix wrapped across the columns; the places' table filtered)
    assert sorted(str(merged) for merged in sheet.merged_cells.ranges) == [
        "A2:D2",
        "B13:D13",
        "B14:D14",
    ]
    assert sheet.auto_filter.ref == "A9:D10"
    # the 集計 note counts the same places
    notes = [c for row in book["集計"].iter_rows(values_only=True) for c in row if c]
    assert any("記入に不備のあった 1 か所の行は集計に含めていません" in str(c) for c in notes)
    # read back in the body's words too
    [warning] = planeval.read_workbooks([out], wording=config.wording).problems
    assert warning.message == WARNING.replace("実施内容", "取組")


def test_a_file_not_read_leaves_its_items_uncounted_when_the_export_is_read_back(
    tmp_path: Path,
) -> None:
    r5, r6 = _rounds(tmp_path)
    (r5 / "基盤課.xlsx").write_bytes(b"not a workbook")  # (its 1-1-2 may be in it)
    (r5 / "窓口課.xlsx").unlink()
    _form(r5 / "窓口課.xlsx", "1-1-1 窓口", [(1, "申請", "○"), (2, "決済", "○"), (3, "予約", "△")])
    workbooks = planeval.read_workbooks([r5])
    out = _export(workbooks, tmp_path / "R5.xlsx")
    rows = list(load_workbook(out)[COUNTED_PAST_SHEET].iter_rows(values_only=True))
    assert rows[-1][:2] == (str(r5 / "基盤課.xlsx"), "（ブック全体）")
    export = planeval.read_workbooks([out])
    assert export.problems[-1].message == (
        "この報告書は、記入に不備のあった 1 か所の行を集計に含めずに書き出されています"
        f"（シート「{COUNTED_PAST_SHEET}」）。読めなかったブックの実施内容は、回を比べるときは"
        "追加・削除ではなく未集計とします"
    )
    this_year = planeval.read_workbooks([r6])
    for last_year in (workbooks, export):
        comparison = planeval.compare(last_year, this_year)
        assert _described(comparison)[-1] == ("1-1-2(1)", "前回未集計")  # (not 追加)
        assert (comparison.old.total.total, comparison.new.total.total) == (3, 3)


def test_an_export_without_errors_or_from_before_reads_back_with_no_warning(
    tmp_path: Path,
) -> None:
    _r5, r6 = _rounds(tmp_path)
    clean = _export(planeval.read_workbooks([r6]), tmp_path / "R6.xlsx")
    assert COUNTED_PAST_SHEET not in load_workbook(clean).sheetnames
    assert planeval.read_workbooks([clean]).problems == []  # (nothing to say: review 84)
    # an export written before the sheet was: the same export, the sheet taken out
    r5 = _export(planeval.read_workbooks([_r5]), tmp_path / "R5.xlsx")
    book = load_workbook(r5)
    del book[COUNTED_PAST_SHEET]
    book.save(tmp_path / "older.xlsx")
    assert planeval.read_workbooks([tmp_path / "older.xlsx"]).problems == []


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_compare_reads_an_export_made_with_keep_going_as_its_workbooks(tmp_path: Path) -> None:
    """The reviewer's run: several bodies, one body's typo left out of last year's export."""
    root = tmp_path / "県"
    r5, r6 = root / "R5", root / "R6"
    for year, status in ((r5, "Ｘ"), (r6, "○")):
        _form(year / "青葉市" / "回答.xlsx", "1-1-1 窓口", [(1, "申請", "△"), (2, "決済", status)])
        _form(year / "緑町" / "回答.xlsx", "1-1-1 基盤", [(1, "端末", "◎")])
    out = tmp_path / "R5.xlsx"
    written = _run("export", str(r5), "--bodies", "folder", "--keep-going", "--xlsx", str(out))
    assert written.exit_code == 1 and out.exists()
    found = {}
    for name, old in (("workbooks", r5), ("export", out)):
        args = ("compare", str(old), str(r6), "--bodies", "folder", "--keep-going")
        found[name] = _run(*args, "--all", "-f", "json")
        shown = _run(*args)
        if name == "export":
            assert found[name].exit_code == shown.exit_code == 0  # (a warning, not an error)
            assert f"警告: {out} › {COUNTED_PAST_SHEET}: {WARNING}（{FIX}）" in shown.stderr
            assert "「集計に含めていない行」" not in shown.stderr.split("警告")[0]  # (notice)
    workbooks, export = (json.loads(found[name].stdout) for name in ("workbooks", "export"))
    for said in (workbooks, export):
        assert [
            (m["new"]["body"], m["new"]["item_name"], m["kind"], m["uncounted_in"])
            for m in said["movements"]
        ] == [
            ("緑町", "端末", "same", None),  # (bodies in Explorer's order)
            ("青葉市", "申請", "same", None),
            ("青葉市", "決済", "added", "old"),  # 前回未集計, as from the workbooks
        ]
        assert said["new"]["total"]["total"] == 2 and said["old"]["total"]["total"] == 2
    assert export["old"] == workbooks["old"] and export["new"] == workbooks["new"]
    # summarize from the export: the same count, and the warning
    summarized = _run("summarize", str(out), "-f", "json")
    assert summarized.exit_code == 0
    counted = json.loads(summarized.stdout)
    assert counted["total"]["total"] == 2
    assert [p["message"] for p in counted["problems"] if p["severity"] == "warning"] == [WARNING]


def test_an_export_of_an_export_records_what_the_first_left_out(tmp_path: Path) -> None:
    r5, _r6 = _rounds(tmp_path)
    first = tmp_path / "R5.xlsx"
    assert _run("export", str(r5), "--keep-going", "--xlsx", str(first)).exit_code == 1
    again = tmp_path / "R5（再）.xlsx"
    result = _run("export", str(first), "--xlsx", str(again), "--md", str(tmp_path / "R5.md"))
    assert result.exit_code == 0
    before, after = (
        list(load_workbook(path)[COUNTED_PAST_SHEET].iter_rows(values_only=True))
        for path in (first, again)
    )
    assert after == before and before[5][:3] == ("1-1-1", "(2)", "決済")  # (as typed)
    assert before[-1][:2] == (1, "'×' の書き間違いではありませんか。そうなら '×' に直してください"
                               "（同じ書き方が多ければ、planeval.toml で 'Ｘ' を '×' の別名（aliases）"
                               "にできます）")  # fmt: skip
    assert "記入に不備のあった 1 か所の行は集計に含めていません" in (tmp_path / "R5.md").read_text(
        encoding="utf-8"
    )
    [warning] = planeval.read_workbooks([again]).problems
    assert warning.message == WARNING


def test_check_holds_back_a_number_the_export_could_not_count_as_its_workbooks_do(
    tmp_path: Path,
) -> None:
    """Stated 3 ○ where 2 were counted: the typo may be the third, from the export too."""
    r5, _r6 = _rounds(tmp_path)
    report = tmp_path / "報告.txt"
    report.write_text("計画全体では、計画どおり実施3件でした。\n", encoding="utf-8")
    workbooks = planeval.read_workbooks([r5])
    export = planeval.read_workbooks([_export(workbooks, tmp_path / "R5.xlsx")])
    held = (3, "この範囲に数えなかった行（エラーの 1 行）があるため比べていません")
    # the export read back holds its own policy sentence, 「なお、このほか実施内容1件は、エラー
    # があったため集計に含めていません。」: it records its errors' places, not which were one row
    # each, so that number is not bounded by them (listed, as an unanswered form's is)
    own = (
        1,
        f"{r5 / '窓口課.xlsx'} のエラーで数えなかった行は何行かが分からないため比べていません",
    )
    # (how many rows the export's errors left out it does not record: its files said alone)
    held_export = (
        3,
        "この範囲に数えなかった行（エラー、1 ファイル）があるため比べていません（読めた行では 2）",
    )
    for read, listed in ((workbooks, [held]), (export, [held_export, own])):
        checked = planeval.check(read, texts=[report])
        assert not checked.disagreements
        assert [(n.stated, n.reason) for n in checked.not_compared] == listed


def test_the_sheet_names_the_working_folders_settings_as_given_never_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (review 21: the printed sheet said 「/tmp/review13/city/planeval.toml:4 の
    # [[scale.status]]」; every message names a file as given, so the one found here too)
    _rounds(tmp_path)
    (tmp_path / "planeval.toml").write_text(
        '[scale]\nas_planned = "○"\n\n[[scale.status]]\nsymbol = "◎"\n\n'
        '[[scale.status]]\nsymbol = "○"\n\n[[scale.status]]\nsymbol = "△"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = _run("export", "R5", "--keep-going", "--xlsx", "R5.xlsx")
    assert result.exit_code == 1, result.output  # (past an error, as --keep-going says)
    sheet = load_workbook(tmp_path / "R5.xlsx")[COUNTED_PAST_SHEET]
    [said] = [row[2] for row in sheet.iter_rows(values_only=True) if row[0] == "R5/窓口課.xlsx"]
    assert "（◎ ○ △: planeval.toml:4 の [[scale.status]] で定めた尺度）" in said
    assert str(tmp_path) not in said


def test_an_export_written_with_the_fix_in_the_message_reads_back_as_before(
    tmp_path: Path,
) -> None:
    # (exports before the fixes' own column: the fix after the message, no 修正方法 table)
    r5, _r6 = _rounds(tmp_path)
    out = _export(planeval.read_workbooks([r5]), tmp_path / "R5.xlsx")
    book = load_workbook(out)
    sheet = book[COUNTED_PAST_SHEET]
    fix = sheet["B14"].value
    sheet.delete_rows(12, 3)  # (the fixes' table)
    sheet.delete_cols(4)  # (the fixes' numbers)
    sheet["C10"] = f"{sheet['C10'].value}（{fix}）"
    book.save(tmp_path / "older.xlsx")
    [place] = planeval.read_workbooks([tmp_path / "older.xlsx"]).recorded_errors
    assert (place.message, place.hint, place.reason) == (f"{TYPO}（{fix}）", "", "")
    [place] = planeval.read_workbooks([out]).recorded_errors
    assert (place.message, place.hint) == (TYPO, fix)


def test_the_sheet_shows_the_numbers_as_typed_and_reads_them_back(tmp_path: Path) -> None:
    """群馬県's (3)イ (review 84): its project 2-3 typed 「(3)」 and its item marked イ (no
    number) was listed 「2-3 |（空欄）| 名前」; now its project's ID with 「(3)」 beside it (the
    ID kept: what its rows are sorted and read back by), and イ. An export of the export
    records them again."""
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    header = ["項目", "指標", "策定時", "現状値", "目標値", "指標の評価"]
    rows = [
        ["基本目標2 情報化を担う人づくり"],
        header,
        ["(3) 職員のデジタル人材育成"],
        ["ア デジタル研修の受講", "受講者数", "100", "180", "200", "B"],
        ["イ デジタル推進リーダーの育成", "育成数", "0", "12", "30", ""],
        ["ウ 資格取得の支援", "取得職員数", "5", "9", "20", "A"],
    ]
    form = write_book(tmp_path / "人事課.xlsx", {"進捗状況": rows})
    read = planeval.read_workbooks([form], scale=config.scale)
    assert [p.location.cell for p in read.errors] == ["F5"]
    report = planeval.report_of(read, config.scale)
    [out] = planeval.export(report, xlsx=tmp_path / "out" / "R6.xlsx").files
    items = [
        ["事業番号", "事業番号（表記）", "実施内容番号", "実施内容名"],
        ["2-3", "(3)", "イ", "デジタル推進リーダーの育成"],
    ]
    for book in (out, _exported_again(out, config, tmp_path / "again" / "R6.xlsx")):
        sheet = load_workbook(book)[COUNTED_PAST_SHEET]
        found = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
        assert found[4:6] == items


def _exported_again(out: Path, config: planeval.Config, again: Path) -> Path:
    read = planeval.read_workbooks([out], scale=config.scale)
    [written] = planeval.export(planeval.report_of(read, config.scale), xlsx=again).files
    return written


def test_numbers_as_typed_beside_items_of_another_year_s_workbook(tmp_path: Path) -> None:
    """The items' table with both a number typed otherwise (「(3)」 beside 2-3) and a reason
    column (a workbook of another year left out beside it) has one column more than the
    errors' places: the export stopped with 「予期しない内部エラー（ValueError: zip() …）」
    and wrote nothing (review 86, a roll-up with a body of another scale)."""
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    header = ["項目", "指標", "策定時", "現状値", "目標値", "指標の評価"]
    typed = [
        ["令和6年度 情報化推進計画 進捗状況"],
        ["基本目標2 情報化を担う人づくり"],
        header,
        ["(3) 職員のデジタル人材育成"],
        ["ア デジタル研修の受講", "受講者数", "100", "180", "200", "B"],
        ["イ デジタル推進リーダーの育成", "育成数", "0", "12", "30", ""],
    ]
    old = [
        ["令和5年度 情報化推進計画 進捗状況"],
        ["基本目標1 デジタルで便利な暮らし"],
        header,
        ["(1) 行政手続のオンライン化"],
        ["ア オンライン申請の拡大", "手続数", "10", "40", "50", "A"],
    ]
    forms = [
        write_book(tmp_path / "人事課.xlsx", {"進捗状況": typed}),
        write_book(tmp_path / "企画課.xlsx", {"進捗状況": old}),
    ]
    read = planeval.read_workbooks(forms, scale=config.scale, fiscal_year=2024)
    report = planeval.report_of(read, config.scale)
    [out] = planeval.export(report, xlsx=tmp_path / "out" / "R6.xlsx").files
    sheet = load_workbook(out)[COUNTED_PAST_SHEET]
    found = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    header_row = ["事業番号", "事業番号（表記）", "実施内容番号", "実施内容名", "含めていない理由"]
    assert header_row in found
    assert ["2-3", "(3)", "イ", "デジタル推進リーダーの育成", "記入に不備があったため"] in found
    assert ["1-1", "(1)", "ア", "オンライン申請の拡大", "別の年度の調査票のため"] in found


def test_the_sheet_of_a_roll_up_with_a_body_of_another_scale_and_numbers_as_typed(
    tmp_path: Path,
) -> None:
    """A roll-up whose items left out carry their numbers as typed (「(3)」) beside a body left
    out for its scale (their 含めていない理由 column): the items' table has a column more than
    the places' tables, and the export stopped on an internal error (review 84's p83b, 東御市's
    (1)ア rated S A B C −). An item of that body rated in a letter both scales share has its
    numbers as typed too: 東御市's were 「1-1」 and an empty 実施内容番号."""
    header = ["項目", "指標", "策定時", "現状値", "目標値", "指標の評価"]
    folder = tmp_path / "回答"
    folder.mkdir()
    for name, statuses in {"192105_星野市": "BA ", "192126_北原市": "S−A"}.items():
        rows = [
            ["令和6年度 情報化計画 進捗状況調査票"],
            ["団体名", name.split("_")[1]],
            ["基本目標2 情報化を担う人づくり"],
            header,
            ["(3) 職員のデジタル人材育成"],
            ["ア デジタル研修の受講", "受講者数", "100", "180", "200", statuses[0]],
            ["イ デジタル推進リーダーの育成", "育成数", "0", "12", "30", statuses[1]],
            ["ウ 資格取得の支援", "取得職員数", "5", "9", "20", statuses[2].strip()],
        ]
        write_book(folder / f"{name}.xlsx", {"進捗状況": rows})
    gunma = planeval.load_config(_gunma(tmp_path)).scale
    read = planeval.read_workbooks([folder], bodies="file", scale=gunma)
    report = planeval.report_of(read, gunma)
    [out] = planeval.export(report, xlsx=tmp_path / "out" / "R6.xlsx").files
    sheet = load_workbook(out)[COUNTED_PAST_SHEET]
    found = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert found[4][:3] == ["団体", "事業番号", "事業番号（表記）"]
    assert ["星野市", "2-3", "(3)", "ウ", "資格取得の支援", "記入に不備があったため"] in found
    assert ["北原市", "2-3", "(3)", "ア", "デジタル研修の受講", "評価尺度が違うため"] in found
    # (ウ rated A, a letter of both scales: its row kept aside, its numbers as typed still shown)
    assert ["北原市", "2-3", "(3)", "ウ", "資格取得の支援", "評価尺度が違うため"] in found


def _gunma(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "gunma"\n', encoding="utf-8")
    return tmp_path / "planeval.toml"


def test_nagayo_s_indicator_left_out_is_listed_by_its_number_as_typed_and_its_measure(
    tmp_path: Path,
) -> None:
    """長与町's 2.1.1 RPAの導入, its 指標 導入業務数 rated blank (review 87): the sheet read
    「2-1-1 │ 2.1.1 │（空欄）│ 導入業務数」 under 「取組番号 │ 取組番号（表記） │ 指標番号 │
    指標名」 — the number twice, an empty column, and no 取組 named, as its error message names
    it. Now its number once as typed, its 取組's name and its 指標 (titled here in planeval's
    words: no [wording]); read back, its ID 2-1-1, and an export of the export records them
    again."""
    from tests.nagayo_forms import nagayo_book

    path = nagayo_book(tmp_path)
    book = load_workbook(path)
    book["基本目標Ⅱ"]["G7"] = None
    book.save(path)
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([path], scale=config.scale)
    [out] = planeval.export(planeval.report_of(read, config.scale), xlsx=tmp_path / "R5.xlsx").files
    items = [["事業番号", "事業名", "実施内容名"], ["2.1.1", "RPAの導入", "導入業務数"]]
    for written in (out, _exported_again(out, config, tmp_path / "again" / "R5.xlsx")):
        sheet = load_workbook(written)[COUNTED_PAST_SHEET]
        found = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
        assert found[4:6] == items
    back = planeval.read_workbooks([out], scale=config.scale)
    [(_body, project, _number, name)] = planeval.counted_past(back).items
    assert (project, name) == ("2-1-1", "導入業務数")
