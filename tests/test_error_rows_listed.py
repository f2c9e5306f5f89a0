"""A row a count made past errors (--keep-going) left out for its error stands in Chapter 3's
tables as such, in its status cell where it was typed — 「未評価」 its rating left blank,
「未集計（記入誤り）」 for another error (never 「エラー」 in a public document: review 186 #3) — as an item whose
department returned nothing stands there 「未提出」 — so that a table missing a row does not
look whole (review 84: a ward's director reading the printed tables saw ② and ④ of 1-1-1
missing, and nothing said so under the table)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
BLANK, WRONG = "未評価", "未集計（記入誤り）"  # (its rating blank; another error of the row)
LEFT_OUT = (BLANK, WRONG)


def _form(path: Path) -> Path:
    """1-1-1 with ② typed 「●」 (no symbol of the scale) and ④ left blank; (1) … items of
    1-1-2 kept as read (unnumbered: 名前 only), its second one typed 「？」."""
    rows = [
        ["情報化政策1 くらし"],
        HEADER,
        ["1-1 窓口と基盤"],
        ["1-1-1 窓口", "① 申請", "○", ""],
        ["", "② 決済", "●", ""],
        ["", "③ 予約", "△", "遅れ"],
        ["", "④ 通知", "", ""],
        ["1-1-2 基盤", "端末の更新", "○", ""],
        ["", "回線の増強", "？", ""],
        ["", "庁内無線", "◎", ""],
    ]
    return write_book(path, {"第3章": rows})


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


def test_tables_list_a_row_left_out_for_its_error_where_it_was_typed(tmp_path: Path) -> None:
    form = _form(tmp_path / "第3章.xlsx")
    code, out = _run("tables", str(form), "--keep-going", "-qq", "-f", "tsv")
    assert code == 1  # (its errors said, the rows read counted)
    rows = [line.split("\t") for line in out.splitlines() if "\t" in line]
    assert [[cell.strip() for cell in row[1:3]] for row in rows[1:]] == [
        ["① 申請", "○"],
        ["② 決済", WRONG],
        ["③ 予約", "△"],
        ["④ 通知", BLANK],
        ["端末の更新", "○"],
        ["回線の増強", WRONG],  # (kept as read: between its neighbours, not last)
        ["庁内無線", "◎"],
    ]


def test_the_exports_progress_csv_lists_them_as_tables_does(tmp_path: Path) -> None:
    """進捗状況.csv of `export --csv` listed the counted rows only: a clerk's Excel filter
    on it lost ②, ④ and 回線の増強 unsaid, where `tables -f csv` listed them."""
    form = _form(tmp_path / "第3章.xlsx")
    code, flat = _run("tables", str(form), "--keep-going", "-qq", "-f", "csv")
    assert code == 1 and flat.count(WRONG) == 2 and flat.count(BLANK) == 1
    _run("export", str(form), "--keep-going", "-qq", "--csv", str(tmp_path / "csv"))
    assert (tmp_path / "csv" / "進捗状況.csv").read_text(encoding="utf-8") == flat


def test_the_exports_tables_list_them_and_say_why_under_the_legend(tmp_path: Path) -> None:
    read = planeval.read_workbooks([_form(tmp_path / "第3章.xlsx")])
    report = planeval.report_of(read)
    listed = [row.status for table in report.policies[0].tables for row in table.rows]
    assert listed == ["○", WRONG, "△", BLANK, "○", WRONG, "◎"]
    assert report.summary.total.total == 4  # (in no count)
    legend = report.policies[0].legend(report.scale)
    assert legend.endswith(
        f"。{WRONG}：評価の記入に誤りがあるため件数に含めていません"
        f"。{BLANK}：評価が記入されていないため件数に含めていません"
    )
    [written] = planeval.export(report, md=tmp_path / "report.md").files
    text = written.read_text(encoding="utf-8")
    assert f"|  | ② 決済 | {WRONG} |  |" in text
    assert f"|  | ④ 通知 | {BLANK} |  |" in text
    assert f"／{WRONG} 2件、{BLANK} 1件）" in text  # (the table's caption, as 未提出's)
    # (both kinds with their counts, no 「エラーがあったため」 — review 186 #3)
    assert (
        "なお、このほか実施内容1件は、評価が記入されていないため集計に含めていません。"
        "また、実施内容2件は、評価の記入に誤りがあるため集計に含めていません。"
    ) in text
    # (no line says エラー: the 集計 note of a draft made past errors did — review 192)
    assert not [line for line in text.splitlines() if "エラー" in line]
    assert (
        "\n記入に不備のあった 3 か所の行は集計に含めていません。直した後の件数はこの表と異なります。\n"
    ) in text
    code, out = _run("check", str(tmp_path / "第3章.xlsx"), "--keep-going", "--text", str(written))
    assert code == 1  # (the form's errors, said; every number of planeval's own text agrees)
    assert "記載件数は\n  すべて集計と一致しています" in out and "食い違い" not in out


def test_a_blank_another_file_rates_is_no_row_in_error(tmp_path: Path) -> None:
    """The whole-plan workbook passed round: a copy's blank, rated in another copy, is the
    other copy's row — counted, not listed as in error."""
    rows = [["情報化政策1 くらし"], HEADER, ["1-1 窓口と基盤"]]
    (tmp_path / "in").mkdir()
    write_book(
        tmp_path / "in" / "a.xlsx",
        {"第3章": [*rows, ["1-1-1 窓口", "① 申請", "○", ""], ["", "② 決済", "", ""]]},
    )
    write_book(
        tmp_path / "in" / "b.xlsx",
        {"第3章": [*rows, ["1-1-1 窓口", "① 申請", "", ""], ["", "② 決済", "△", ""]]},
    )
    read = planeval.read_workbooks([tmp_path / "in"])
    assert not read.has_errors
    report = planeval.report_of(read)
    statuses = [row.status for table in report.policies[0].tables for row in table.rows]
    assert statuses == ["○", "△"]


def test_a_row_in_error_shows_the_issue_its_clerk_typed(tmp_path: Path) -> None:
    """Its status left blank or mistyped, the row's 課題等 was typed all the same: it is shown
    beside 「未評価」 or 「未集計（記入誤り）」 (it was empty, review 84) — in a 1-1-1 table (its rows read
    quickly, or one by one) and in a table of named rows (No. | 施策名 | 評価)."""
    numbered = [
        ["情報化政策1 くらし"],
        HEADER,
        ["1-1 窓口と基盤"],
        ["1-1-1 窓口", "① 申請", "○", ""],
        ["", "② 予約", "", "システム改修待ち"],
        ["", "③ 決済", "●", "事業者の選定中"],
    ]
    named = [
        ["No.", "施策名", "評価", "課題・今後の方向性", "所管課"],
        ["基本目標１　便利な行政手続の実現"],
        [1, "キャッシュレス決済の導入", "", "事業者選定が遅れた", "会計課"],
        [2, "マイナンバーカードの普及", "C", "予算を縮小した", "総務課"],
        [3, "電子申請の拡充", "Ｚ", "対象手続を見直す", "総務課"],
    ]
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    issues = {}
    for name, rows, options in (
        ("第3章.xlsx", numbered, []),
        ("評価結果.xlsx", named, ["--config", str(config)]),
    ):
        form = write_book(tmp_path / name, {"シート": rows})
        code, out = _run("tables", str(form), *options, "--keep-going", "-qq", "-f", "tsv")
        assert code == 1
        cells = [[cell.strip() for cell in line.split("\t")] for line in out.splitlines()]
        # (the issue after the status; 評価結果.xlsx's 担当課 after it: review 175 #6)
        issues[name] = [row[row.index(_left(row)) :][:2] for row in cells if _left(row)]
    assert issues == {
        "第3章.xlsx": [[BLANK, "システム改修待ち"], [WRONG, "事業者の選定中"]],
        "評価結果.xlsx": [[BLANK, "事業者選定が遅れた"], [WRONG, "対象手続を見直す"]],
    }


def _left(row: list[str]) -> str:
    """The cell of ``row`` saying it was left out for its error ("" where none does)."""
    return next((cell for cell in row if cell in LEFT_OUT), "")


def test_a_status_a_formula_could_not_give_and_an_item_rated_apart_are_listed(
    tmp_path: Path,
) -> None:
    """Two more rows the count leaves out for their error, listed as the others: ③ whose
    status is a formula's error (#N/A), and ② which two copies of the form rate apart (○ and
    △: neither counted). Both were missing from the table (review 84)."""
    rows = [["情報化政策1 くらし"], HEADER, ["1-1 窓口と基盤"]]
    (tmp_path / "in").mkdir()
    write_book(
        tmp_path / "in" / "a.xlsx",
        {
            "第3章": [
                *rows,
                ["1-1-1 窓口", "① 申請", "○", ""],
                ["", "② 決済", "○", ""],
                ["", "③ 予約", "#N/A", "集計表の修正中"],
                ["", "④ 通知", "◎", ""],
            ]
        },
    )
    write_book(
        tmp_path / "in" / "b.xlsx", {"第3章": [*rows, ["1-1-1 窓口", "② 決済", "△", "遅れ"]]}
    )
    read = planeval.read_workbooks([tmp_path / "in"])
    report = planeval.report_of(read)
    listed = [(row.item, row.status, row.issue) for row in report.policies[0].tables[0].rows]
    assert listed == [
        ("① 申請", "○", ""),
        ("② 決済", WRONG, "遅れ"),  # (the row the error is said at, b.xlsx's)
        ("③ 予約", WRONG, "集計表の修正中"),
        ("④ 通知", "◎", ""),
    ]
    assert report.summary.total.total == 2


def test_a_body_none_of_whose_rows_in_a_policy_was_counted_has_its_table_there(
    tmp_path: Path,
) -> None:
    """A roll-up: 西町 rated policy 2's every row in error. Its rows in error were listed
    nowhere (its body had no table under policy 2: 茅野市's, review 84); now its table is
    there, in its place among the bodies, each row 「未集計（記入誤り）」, in no count."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for name, second in {"192105_西町": ("Ｘ", "Ｘ"), "192126_東町": ("○", "△")}.items():
        rows = [
            ["令和6年度 情報化計画 進捗状況調査票"],
            ["団体名", name.split("_")[1]],
            ["情報化政策1 くらし"],
            HEADER,
            ["1-1 窓口"],
            ["1-1-1 窓口", "① 申請", "○", ""],
            ["情報化政策2 しごと"],
            HEADER,
            ["2-1 基盤"],
            ["2-1-1 基盤", "① 端末", second[0], "更新を延期"],
            ["", "② 回線", second[1], ""],
        ]
        write_book(folder / f"{name}.xlsx", {"第3章": rows})
    read = planeval.read_workbooks([folder], bodies="file")
    report = planeval.report_of(read)
    tables = report.policies[1].tables
    assert [(table.body, [row.status for row in table.rows]) for table in tables] == [
        ("西町", [WRONG, WRONG]),
        ("東町", ["○", "△"]),
    ]
    assert tables[0].rows[0].issue == "更新を延期"
    assert report.policies[1].group.count.total == 2


def test_a_row_in_error_keeps_its_indicators_figures(tmp_path: Path) -> None:
    """Its rating left blank or mistyped, the row's 策定時・現状値・目標値 were typed all the
    same: they are shown beside 「未評価」 or 「未集計（記入誤り）」 as a rated row's are (review 87: 長与町's
    2.1.1 stood with three empty figures, as if its department had reported nothing) — in a
    table of named rows (番号 | 施策・取組 | 指標 | 策定時 …) and in a 1-1-1 table."""
    from openpyxl import load_workbook

    from tests.nagayo_forms import nagayo_book

    (tmp_path / "長与町").mkdir()
    path = nagayo_book(tmp_path / "長与町")
    book = load_workbook(path)
    book["基本目標Ⅱ"]["G7"] = None  # (2.1.1 RPAの導入: blank)
    book["基本目標Ⅱ"]["G8"] = "Ｚ"  # (2.1.2 ペーパーレス化: no rating of the scale)
    book["基本目標Ⅱ"]["E7"] = "7業務"
    book.save(path)
    config = tmp_path / "長与町" / "planeval.toml"
    config.write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    numbered = [
        ["情報化政策1 くらし"],
        [*HEADER[:2], "策定時", "目標値", *HEADER[2:]],
        ["1-1 窓口と基盤"],
        ["1-1-1 窓口", "① 申請", "2件", "5件", "○", ""],
        ["", "② 予約", "0件", "4件", "", "システム改修待ち"],
        ["", "③ 決済", "1件", "3件", "●", ""],
    ]
    form = write_book(tmp_path / "第3章.xlsx", {"シート": numbered})
    shown = {}
    for given, options in ((path, ["--config", str(config)]), (form, [])):
        code, out = _run("tables", str(given), *options, "--keep-going", "-qq", "-f", "tsv")
        assert code == 1
        cells = [[cell.strip() for cell in line.split("\t")] for line in out.splitlines()]
        shown[given.name] = [row[: row.index(_left(row)) + 1] for row in cells if _left(row)]
    assert shown == {
        path.name: [
            ["2.1.1 RPAの導入", "導入業務数", "10件", "7業務", "30件", BLANK],
            ["2.1.2 ペーパーレス化", "会議資料電子化率", "10件", "20件", "30件", WRONG],
        ],
        form.name: [
            ["", "② 予約", "0件", "4件", BLANK],
            ["", "③ 決済", "1件", "3件", WRONG],
        ],
    }
