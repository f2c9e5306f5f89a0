"""Bad input: every problem collected with its file, sheet and cell; no traceback; exit 1."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import SEED_WORKBOOK, write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
WORKBOOKS = Path(__file__).parent / "workbooks"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_every_bad_status_is_reported_with_its_cell_and_nothing_is_counted(book) -> None:
    path = book(
        [
            HEADER,
            ["1-1-1 事業", "① 項目", "●", ""],
            ["", "② 項目", "○", ""],
            ["", "③ 項目", "", ""],
            ["", "④ 項目", "済", ""],
        ]
    )
    result = run("summarize", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    name = str(path)
    assert result.stderr.splitlines() == [
        f"エラー: {name} › 第3章 › C2: '●' はこの評価尺度の記号ではありません（◎ ○ △ × -）"
        "（この尺度の記号のどれかを書いてください。同じ意味で使われている記号なら planeval.toml で"
        "別名（aliases）として追加してください）",
        f"エラー: {name} › 第3章 › C4: 実施内容「③ 項目」の達成状況が空です（◎ ○ △ × のいずれかを入力してください（再掲の行は -））",
        f"エラー: {name} › 第3章 › C5: '済' はこの評価尺度の記号ではありません（◎ ○ △ × -）"
        "（この尺度の記号のどれかを書いてください。同じ意味で使われている記号なら planeval.toml で"
        "別名（aliases）として追加してください）",
        "エラー 3 件",
        "エラーがあるため集計していません。上のエラーを直すか、--keep-going で読めた行だけを集計してください。",
    ]


def test_keep_going_counts_the_rest_and_still_exits_1(book) -> None:
    path = book([HEADER, ["1-1-1 事業", "① 項目", "●", ""], ["", "② 項目", "○", ""]])
    result = run("summarize", str(path), "--keep-going", "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["total"]["counts"]["○"] == 1
    assert [(p["cell"], p["severity"]) for p in data["problems"]] == [("C2", "error")]


def _non_workbooks(tmp: Path) -> dict[str, tuple[Path, str]]:
    files: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, message: str) -> None:
        path = tmp / name
        path.write_bytes(data)
        files[name] = (path, message)

    put("empty.xlsx", b"", "空のファイルです")
    put("csv.xlsx", "事業,状況\n1-1-1,○\n".encode("cp932"), "テキスト（CSV など）のファイルです")
    # (Excel's 「CSV UTF-8」 of Japanese rows, its first 4096 bytes ending inside a character:
    # 「読めない形式」 before, review 52)
    long = "\ufeff事業,状況\n" + "1-1-1,書かない窓口の導入を実施\n" * 300
    put("utf8.xlsx", long.encode("utf-8")[:5000], "テキスト（CSV など）のファイルです")
    put(
        "page.xls",
        b"<html><body><table><tr><td>1</td></tr></table></body></html>",
        "Web ページ（HTML）",
    )
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    put("old.xlsx", ole, "古い Excel 形式（.xls, Excel 97-2003）")
    put("locked.xlsx", ole + "EncryptionInfo".encode("utf-16-le"), "パスワードで保護")
    # (a real one, as Excel's 「パスワードを使用して暗号化」 writes it: tests/workbooks/README.md)
    put("real_locked.xlsx", (WORKBOOKS / "password_1234.xlsx").read_bytes(), "パスワードで保護")
    put("cut.xlsx", SEED_WORKBOOK.read_bytes()[:3000], "壊れているか途中で切れたブック")
    ods = tmp / "calc.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    files["calc.xlsx"] = (ods, "OpenDocument 形式（.ods）")
    xlsb = tmp / "binary.xlsx"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x00")
    files["binary.xlsx"] = (xlsb, "Excel バイナリ形式（.xlsb）")
    return files


def test_files_that_are_not_workbooks_say_what_they_are(tmp_path: Path) -> None:
    files = _non_workbooks(tmp_path)
    result = run("summarize", *(str(path) for path, _ in files.values()))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert "BadZipFile" not in result.stderr  # (how it is broken in words: review 37)
    for path, message in files.values():
        line = next(
            line for line in result.stderr.splitlines() if line.startswith(f"エラー: {path}:")
        )
        assert message in line


def test_one_bad_file_does_not_sink_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    shutil.copy(SEED_WORKBOOK, good)
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    result = run("summarize", str(good), str(bad), "--keep-going", "-f", "github")
    assert result.exit_code == 1
    assert "| 合計   |" in result.stdout and "|   49 |" in result.stdout
    why = "テキスト（CSV など）のファイルです"  # (its error's first sentence: why, in short)
    assert f"  数えていないファイル: {bad}（{why}）" in result.stderr.splitlines()


def test_a_refused_file_carries_its_reason_as_data(tmp_path: Path) -> None:
    """The summary's 「数えていないファイル」 line says why from the refusal's own reason, not from
    its message's text: one sentence and its fix, or a limit's one sentence whole."""
    text = tmp_path / "text.xlsx"
    text.write_text("a,b\n1,2\n", encoding="utf-8")
    big = tmp_path / "big.xlsx"
    shutil.copy(SEED_WORKBOOK, big)
    result = planeval.read_workbooks([text, big], limits=planeval.Limits(file_mb=0.001))
    assert result.left_out == [str(text), str(big)]
    refused = {problem.location.file: problem for problem in result.errors}
    assert refused[str(text)].reason == "テキスト（CSV など）のファイルです"
    assert refused[str(text)].message == (
        "テキスト（CSV など）のファイルです。Excel で開き「Excel ブック (*.xlsx)」形式で"
        "保存し直してください"
    )
    assert refused[str(big)].reason == refused[str(big)].message
    assert refused[str(big)].reason.startswith("ファイルが大きすぎます（")


def test_keep_going_counts_nothing_when_no_file_was_read(tmp_path: Path) -> None:
    """An all-zero table under --keep-going would read as "nothing rated"; none is printed,
    and neither the summary nor the files' own lines point at --keep-going."""
    (tmp_path / "a.xlsx").write_text("not a workbook", encoding="utf-8")
    (tmp_path / "b.xlsx").write_bytes(b"PK\x03\x04 cut short")
    for extra in ([], ["--keep-going"]):
        result = run("summarize", str(tmp_path), *extra)
        assert result.exit_code == 1 and result.stdout == ""
        assert "読み込めたファイルがないため集計していません" in result.stderr
        assert "--keep-going" not in result.stderr
    exported = run("export", str(tmp_path), "--keep-going", "--xlsx", str(tmp_path / "o.xlsx"))
    assert exported.exit_code == 1 and not (tmp_path / "o.xlsx").exists()


def test_a_folder_of_planeval_exports_only_counts_nothing_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    made = run("export", str(SEED_WORKBOOK), "--xlsx", str(folder / "第3章.xlsx"))
    assert made.exit_code == 0, made.stderr
    result = run("summarize", str(folder))
    assert result.exit_code == 1 and result.stdout == ""
    assert "planeval が書き出した報告書のため読み飛ばしました" in result.stderr
    assert "数えたブックがないため集計していません" in result.stderr
    direct = run("summarize", str(folder / "第3章.xlsx"), "-f", "json")
    assert direct.exit_code == 0 and json.loads(direct.stdout)["total"]["total"] == 49


def test_hidden_sheets_are_skipped_and_said(book) -> None:
    rows = [HEADER, ["1-1-1 事業", "① 項目", "○", ""]]
    path = book(
        {"表": rows, "古い表": [HEADER, ["1-1-1 事業", "① 項目", "×", ""]]}, hidden=["古い表"]
    )
    result = planeval.read_workbooks([path])
    assert [e.status for e in result.entries] == ["○"]
    assert [(p.location.sheet, p.severity, p.message) for p in result.problems] == [
        ("古い表", planeval.Severity.NOTICE, "非表示のシートのため読み飛ばしました")
    ]


def test_a_hidden_example_sheet_is_said_as_one_not_as_a_sheet_to_show_again(book) -> None:
    """Review 91: a hidden 記入例 was told to be shown again to count, which would not count
    it (an example sheet is never counted): said as the example sheet it is."""
    rows = [HEADER, ["1-1-1 事業", "① 項目", "○", ""]]
    path = book(
        {"表": rows, "記入例": [HEADER, ["1-1-1 事業", "① 例示", "×", ""]]}, hidden=["記入例"]
    )
    result = planeval.read_workbooks([path])
    assert [e.status for e in result.entries] == ["○"]
    assert [(p.location.sheet, p.severity, p.message, p.hint) for p in result.problems] == [
        (
            "記入例",
            planeval.Severity.NOTICE,
            "シート「記入例」は記入例・説明のシート（非表示）のため数えていません",
            "回答を書いたシートなら、シート名から「記入例」などを外し、Excel で再表示してください",
        )
    ]


def test_a_formula_without_a_saved_result_is_reported_not_read_as_blank(book) -> None:
    path = book([HEADER, ["1-1-1 事業", "① 項目", '=IF(1,"○","×")', ""], ["", "② 項目", "○", ""]])
    result = planeval.read_workbooks([path])
    assert [e.item_no for e in result.entries] == [2]
    assert [(p.location.cell, p.message) for p in result.problems] == [
        ("C2", "数式の結果が保存されていないため値が読めません")
    ]


def test_ratings_computed_by_formulas_without_saved_results_are_no_unanswered_form(
    book,
) -> None:
    """A 局 whose 評価 is =IF(達成率>=1,"A",…) on every row, saved where results are not
    stored: in a table written in names each row was 「評価が空です」, folded into 「一つも記入
    されていません…記入前の調査票が提出されたようです」 — the department asked to fill in a
    form it had filled in (review 17). Each formula is said at its cell, with the fix."""
    rows = [
        ["No.", "取組項目", "指標", "達成率", "評価（A～D）"],
        *([n, f"取組{n}", f"①指標{n}", 0.9, f'=IF(D{n + 1}>=1,"A","B")'] for n in range(1, 6)),
    ]
    path = book(rows)
    result = planeval.read_workbooks([path], scale=PRESETS["aichi"])
    assert result.entries == []
    assert [(p.location.cell, p.message) for p in result.problems] == [
        (f"E{n + 1}", "数式の結果が保存されていないため値が読めません") for n in range(1, 6)
    ]
    assert all("再計算" in p.hint for p in result.problems)


def test_a_workbook_without_a_chapter3_table(book) -> None:
    path = book([["名前", "値"], ["a", 1]])
    result = planeval.read_workbooks([path])
    assert result.has_errors
    assert "評価の表が見つかりません" in result.problems[0].message
    assert "見出しらしい行もありません" in result.problems[0].message


def test_no_table_names_the_rows_that_looked_like_headers_and_their_roles(book) -> None:
    """A title planeval does not know (ランク) leaves a header row without a status column:
    the message names that row, the roles it found, and how to add the title."""
    path = book([["事業名", "実施内容", "ランク"], ["道路整備", "舗装", "A"]])
    [problem] = planeval.read_workbooks([path]).problems
    assert "「第3章」の 1 行目（事業の列・取組の列）" in problem.message
    assert "[layout.titles]" in problem.hint


def test_no_table_quotes_the_sheet_s_name_as_it_is_in_the_body_s_words(
    book, tmp_path: Path
) -> None:
    """A body whose [wording] says 事業 for 計画事業: the sheet 「実施計画事業評価」 is quoted as
    it is, not reworded into 「実施事業評価」 (review 132 #2)."""
    path = book({"実施計画事業評価": [["事業名", "実施内容", "ランク"], ["道路整備", "舗装", "A"]]})
    config = tmp_path / "planeval.toml"
    config.write_text('[wording]\nproject = "事業"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(path), "--config", str(config)])
    assert result.exit_code == 1
    assert "見出しらしい行: 「実施計画事業評価」の 1 行目（" in result.output


@pytest.mark.parametrize("title", ["評　価", "達 成 状 況", "達成度（A～D）", "評価 ※必須"])
def test_a_status_title_with_spaces_or_a_remark_is_a_status_column(book, title: str) -> None:
    path = book([["情報化計画事業の体系", "実施内容", title], ["1-1-1 事業", "① 項目", "○"]])
    assert [e.status for e in planeval.read_workbooks([path]).entries] == ["○"]


@pytest.mark.parametrize(
    ("rows", "cell", "message"),
    [
        ([HEADER, ["事業その1", "① 項目", "○", ""]], "A2", "事業番号が読めません: '事業その1'"),
        ([HEADER, ["", "① 項目", "○", ""]], "B2", "どの事業の実施内容か分かりません"),
        ([HEADER, ["1-1-1 事業", "", "○", ""]], "B2", "実施内容が空です"),
    ],
)
def test_rows_that_cannot_be_placed_are_reported(book, rows, cell: str, message: str) -> None:
    result = planeval.read_workbooks([book(rows)])
    assert result.entries == []
    assert [(p.location.cell, p.is_error) for p in result.problems] == [(cell, True)]
    assert message in result.problems[0].message


def test_a_second_rating_without_a_label_reads_as_the_same_item(book) -> None:
    path = book([HEADER, ["1-1-1 事業", "① 項目", "○", ""], ["", "", "△", "一部"]])
    result = planeval.read_workbooks([path])
    assert result.entries == []  # the same item rated ○ and △: neither is counted
    assert [(p.location.cell, p.severity) for p in result.problems] == [
        ("B3", planeval.Severity.WARNING),
        ("C3", planeval.Severity.ERROR),
    ]
    assert "上の実施内容（①）の続きとして読みました" in result.problems[0].message
    assert run("summarize", str(path)).exit_code == 1


def test_folders_are_read_and_lock_files_skipped(tmp_path: Path) -> None:
    shutil.copy(SEED_WORKBOOK, tmp_path / "a.xlsx")
    (tmp_path / "~$a.xlsx").write_bytes(b"lock")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = planeval.read_workbooks([tmp_path])
    assert len(result.entries) == 51
    # every entry of the folder is read or named: the lock file and the text file too
    assert [(Path(p.location.file).name, p.severity) for p in result.problems] == [
        ("notes.txt", planeval.Severity.NOTICE),
        ("~$a.xlsx", planeval.Severity.NOTICE),
    ]
    assert "ではないため読み飛ばしました" in result.problems[0].message


def test_an_unexpected_failure_in_one_file_leaves_the_others_read(
    tmp_path: Path, monkeypatch
) -> None:
    from planeval.io import workbook

    good, odd = tmp_path / "good.xlsx", tmp_path / "odd.xlsx"
    shutil.copy(SEED_WORKBOOK, good)
    shutil.copy(SEED_WORKBOOK, odd)
    real = workbook.read_sheet

    def flaky(grid, *, file: str, scale, **options):
        if file.endswith("odd.xlsx"):
            raise RecursionError("deep")
        return real(grid, file=file, scale=scale, **options)

    monkeypatch.setattr(workbook, "read_sheet", flaky)
    result = planeval.read_workbooks([good, odd])
    assert len(result.entries) == 51
    assert result.left_out == [str(odd)]
    assert "予期しないエラーが起きました（RecursionError: deep）" in result.errors[0].message


def test_an_empty_folder_is_an_error_not_zero_counts(tmp_path: Path) -> None:
    result = run("summarize", str(tmp_path))
    assert result.exit_code == 1
    assert (
        f"エラー: {tmp_path}: このフォルダには Excel ブック（.xlsx・.xlsm）がありません"
        in result.stderr
    )


def test_excel_s_lock_file_given_by_its_name_is_said_to_be_one(tmp_path: Path) -> None:
    """Review 37: 「~$総務部.xlsx」 given by name was said to be a CSV text file to re-save;
    it is Excel's lock file, and the fix names the workbook it stands for."""
    (tmp_path / "~$総務部.xlsx").write_bytes(b"\x0btaro" + bytes(150))
    result = run("summarize", str(tmp_path / "~$総務部.xlsx"))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "一時ファイル（~$ で始まる名前）で、回答ではありません" in result.stderr
    assert f"{tmp_path / '総務部.xlsx'} を指定してください" in result.stderr


def test_a_workbook_with_nothing_written_is_said_empty(tmp_path: Path) -> None:
    """Review 37: a department's blank workbook was told to add its column titles to
    planeval.toml's [layout.titles]; it is an empty workbook, to be sent again filled in."""
    from openpyxl import Workbook

    Workbook().save(tmp_path / "会計室.xlsx")
    result = run("summarize", str(tmp_path / "会計室.xlsx"))
    assert result.exit_code == 1 and "[layout.titles]" not in result.stderr
    assert "どのシート（「Sheet」）にも何も書かれていない空のブックです" in result.stderr
    assert "記入したブックを送ってもらってください" in result.stderr


def test_a_path_typed_otherwise_is_told_the_name_beside_it(tmp_path: Path, monkeypatch) -> None:
    """Review 37: 「令和6年度回答」 and 「令和6年度　回答」 (a full-width space) for the folder
    「令和6年度 回答」 got only 「見つかりません」; 「clean/*.xlsx」 (a Windows console expands no *)
    is told to give the folder."""
    (tmp_path / "令和6年度 回答").mkdir()
    monkeypatch.chdir(tmp_path)
    for typed in ("令和6年度回答", "令和6年度　回答"):
        result = run("summarize", typed)
        assert result.exit_code == 2
        assert f"見つかりません: {typed}（令和6年度 回答 のことですか）" in result.stderr
    star = run("summarize", "令和6年度 回答/*.xlsx")
    assert star.exit_code == 2 and "フォルダを指定すれば中のブックをすべて読みます" in star.stderr
    assert "のことですか" not in star.stderr
    # (review 63: a short name one character off, 「解答」 for 回答, was told nothing)
    (tmp_path / "回答").mkdir()
    assert "見つかりません: 解答（回答 のことですか）" in run("summarize", "解答").stderr


def test_the_plan_given_as_a_reply_is_said_to_be_the_plan() -> None:
    """Review 37: the bundled plan given to summarize got 「評価の表が見つかりません」 and the
    advice to add column titles; it is the plan, to be given with --plan."""
    plan = Path(__file__).resolve().parents[1] / "data" / "setagaya" / "plan.xlsx"
    result = run("summarize", str(plan))
    assert result.exit_code == 1 and "[layout.titles]" not in result.stderr
    assert "計画（計画事業一覧）のブックのようです（シート「計画事業一覧」の" in result.stderr
    said = result.stderr.replace("\n", "")  # (the plan's path, as given: review 113)
    assert f"計画は --plan {plan}（または planeval.toml の [plan] file）に指定し" in said


def test_planeval_s_own_csv_export_beside_the_replies_is_said_its_own(tmp_path: Path) -> None:
    """Review 37: after `export --csv` into the replies' folder, each of its CSV files was told
    to be re-saved as .xlsx 「if it is a reply」; they are planeval's own, skipped as such."""
    folder = tmp_path / "回答"
    folder.mkdir()
    shutil.copy(SEED_WORKBOOK, folder / "総務部.xlsx")
    assert run("export", str(folder), "--csv", str(folder)).exit_code == 0
    result = run("summarize", str(folder))
    assert result.exit_code == 0
    for name in ("集計.csv", "進捗状況.csv", "課題一覧.csv"):
        assert f"{folder / name}: planeval が書き出した CSV のため読み飛ばしました" in result.stderr
    assert "保存し直して" not in result.stderr


def test_a_csv_named_as_the_replies_beside_it_is_a_reply_not_read(tmp_path: Path) -> None:
    """Review 76: 06_産業振興課.csv among 01_総務課.xlsx, 02_企画財政課.xlsx … was a notice; the
    count left its rows out, exit 0, and -q hid it. Named as the replies are, it is an error
    (its rows lost, as an .xls's); a CSV named otherwise (集計結果.csv) stays a notice."""
    shutil.copy(SEED_WORKBOOK, tmp_path / "01_総務課.xlsx")
    write_book(tmp_path / "02_企画財政課.xlsx", {"s": [("x",)]})
    (tmp_path / "06_産業振興課.csv").write_text("No.,事務事業名,達成度\n1,x,A\n", encoding="utf-8")
    (tmp_path / "集計結果.csv").write_text("番号,A\n1,2\n", encoding="utf-8")
    result = planeval.read_workbooks([tmp_path])
    said = {Path(p.location.file).name: p for p in result.problems}
    assert said["06_産業振興課.csv"].severity is planeval.Severity.ERROR
    assert said["06_産業振興課.csv"].message.startswith(
        "ほかの回答と同じ名前の付け方で回答のようですが"
    )
    assert said["集計結果.csv"].severity is planeval.Severity.NOTICE
    assert str(tmp_path / "06_産業振興課.csv") in result.left_out
    # (named otherwise, its first lines a form's titles: a reply all the same — review 77)
    (tmp_path / "産業振興課回答.csv").write_bytes("No.,事務事業名,達成度\n1,x,A\n".encode("cp932"))
    said = {Path(p.location.file).name: p for p in planeval.read_workbooks([tmp_path]).problems}
    assert said["産業振興課回答.csv"].severity is planeval.Severity.ERROR
