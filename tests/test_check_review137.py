"""check on a ministry's national survey read with --bodies file (review 137): a stated total
that is the rows counted and exactly the rows left out — a blank status, a body's form of
last year — agrees as both, said in the verdict; another year's rows are not called errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.review_bodies import SURVEY_TOML
from tests.test_roster import _reply

_STATUSES = ["実施済", "実施中", "検討中", "未着手", "実施済"]


def _form(path: Path, statuses: list[str], year: str = "令和7年度") -> None:
    rows = [
        [f"{year} 自治体DX推進状況調査 回答票"],
        [],
        ["番号", "取組項目", "進捗状況", "課題・備考", "担当課"],
        ["1\u3000行政手続のオンライン化"],
        ["1-1", "オンライン申請の拡充"],
        ["1-1-1", "子育て関係手続", statuses[0], "", "企画課"],
        ["1-1-2", "介護関係手続", statuses[1], "", "総務課"],
        ["1-1-3", "窓口手数料", statuses[2], "", "企画課"],
        ["2\u3000情報システムの標準化"],
        ["2-1", "基幹業務システムの標準化"],
        ["2-1-1", "住民記録システム", statuses[3], "", "企画課"],
        ["2-1-2", "税務システム", statuses[4], "", "総務課"],
    ]
    write_book(path, {"回答票": rows})


def _inputs(tmp_path: Path) -> list[str]:
    """Four bodies: 東原市 left one status blank, 花瀬市 sent last year's form (5 rows)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder / "01_南山市.xlsx", _STATUSES)
    _form(folder / "02_東原市.xlsx", ["実施済", "", *_STATUSES[2:]])
    _form(folder / "03_川辺町.xlsx", _STATUSES)
    _form(folder / "04_花瀬市.xlsx", _STATUSES, year="令和6年度")
    (tmp_path / "planeval.toml").write_text(SURVEY_TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    return [str(folder), "--bodies", "file", "--keep-going", *config]


def _check(tmp_path: Path, text: str, *more: str) -> tuple[int, str]:
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    args = ["check", *_inputs(tmp_path), "--text", str(report), *more]
    found = CliRunner().invoke(app, args, env={"COLUMNS": "300"})
    return found.exit_code, found.stdout


def test_a_total_of_the_rows_counted_and_left_out_agrees_as_both(tmp_path: Path) -> None:
    counted = len(_STATUSES) * 2 + len(_STATUSES) - 1  # (南山市, 川辺町, 東原市 less its blank)
    whole = counted + 1 + len(_STATUSES)  # (and the blank, and 花瀬市's last year's rows)
    code, said = _check(tmp_path, f"調査項目は延べ{whole}件でした。\n")
    assert "比べられなかった数" not in said, said
    assert "食い違い" not in said, said
    assert f"集計 {counted} 件＋数えなかった行 {whole - counted} 件" in said, said
    assert f"エラーの 1 行、別の年度の調査票の {len(_STATUSES)} 行" in said, said
    assert "数えなかった行を加えた件数として一致とみました" in said, said
    assert code == 1  # (the blank status and last year's form: errors of the read)


def test_another_year_s_rows_held_back_are_not_called_errors(tmp_path: Path) -> None:
    counted = len(_STATUSES) * 3 - 1
    _code, said = _check(tmp_path, f"調査項目は延べ{counted + 3}件でした。\n", "-f", "json")
    held = [n["reason"] for n in json.loads(said)["not_compared"]]
    assert held == [
        f"この範囲に数えなかった行（エラーの 1 行、別の年度の調査票の {len(_STATUSES)} 行）"
        "があるため比べていません"
    ]


# (review 137 #3: a national survey's list, a prefecture among its bodies)
_ROSTER = [
    ["団体コード", "都道府県名", "団体名"],
    ["010006", "北海道", "北海道"],
    ["012017", "北海道", "青葉市"],
    ["012025", "北海道", "緑町"],
    ["012033", "北海道", "川辺町"],
]


def _survey(tmp_path: Path, *, roster: bool | list[list[str]] = True) -> list[str]:
    if roster:
        write_book(tmp_path / "団体一覧.xlsx", {"一覧": _ROSTER if roster is True else roster})
    toml = '[bodies]\nroster = "団体一覧.xlsx"\n' if roster else ""
    (tmp_path / "planeval.toml").write_text(toml, "utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    for code, _prefecture, name in _ROSTER[1:]:
        _reply(replies / f"{name}.xlsx", code, name, ["○", "△"])
    return [str(replies), "--bodies", "file", "--config", str(tmp_path / "planeval.toml")]


def _survey_check(
    tmp_path: Path, text: str, *, roster: bool | list[list[str]] = True
) -> tuple[int, dict]:
    (tmp_path / "報告.md").write_text(text, encoding="utf-8")
    args = ["check", *_survey(tmp_path, roster=roster), "--text", str(tmp_path / "報告.md")]
    done = CliRunner().invoke(app, [*args, "-f", "json"])
    return done.exit_code, json.loads(done.stdout)


def _kinds_text(prefectures: int, municipalities: int) -> str:
    bodies = len(_ROSTER) - 1
    return (
        f"全{bodies}団体（都道府県{prefectures}、市区町村{municipalities}）を対象に調査を行い、"
        f"回答団体数{bodies}団体（回答率100.0%）でした。\n"
    )


def test_the_bodies_compared_carry_no_reason_in_json_and_kinds_agree(tmp_path: Path) -> None:
    prefectures = sum(code[2:5] == "000" for code, *_ in _ROSTER[1:])
    code, data = _survey_check(tmp_path, _kinds_text(prefectures, len(_ROSTER) - 1 - prefectures))
    assert (code, data["disagreements"], data["not_compared"]) == (0, [], []), data
    numbers = [n for s in data["statements"] for n in s["numbers"]]
    assert {n["what"] for n in numbers} >= {"bodies", "prefectures", "municipalities"}
    assert [n["reason"] for n in numbers] == [""] * len(numbers), numbers


def test_a_wrong_count_of_prefectures_is_a_disagreement(tmp_path: Path) -> None:
    prefectures = sum(code[2:5] == "000" for code, *_ in _ROSTER[1:])
    code, data = _survey_check(tmp_path, _kinds_text(prefectures + 1, 3))
    assert code == 1
    found = [(d["what"], d["stated"], d["counted"]) for d in data["disagreements"]]
    assert found == [("prefectures", prefectures + 1, prefectures)], data


def test_kinds_without_a_list_of_bodies_are_said_not_compared(tmp_path: Path) -> None:
    code, data = _survey_check(tmp_path, _kinds_text(1, 3), roster=False)
    assert code == 1
    held = [(n["stated"], n["reason"][:8]) for n in data["not_compared"]]
    assert held == [(1, "都道府県の数は、"), (3, "市区町村の数は、")], data


# (review 137 #2: a first run with no settings, the form's 「調査項目番号」 column not read)
def _numbered_form(path: Path, statuses: list[str]) -> None:
    rows: list[list[object]] = [
        ["令和7年度 自治体DX推進状況調査 回答票"],
        [],
        ["調査項目番号", "調査項目", "取組状況", "課題・備考"],
        ["【分野1】行政手続のオンライン化"],
    ]
    names = ["子育て関係手続", "介護関係手続", "窓口手数料", "住民記録システム", "税務システム"]
    rows += [[f"1-{n + 1}", name, statuses[n]] for n, name in enumerate(names)]
    write_book(path, {"回答票": rows})


def test_blank_statuses_on_a_first_run_are_blanks_not_missing_rows(tmp_path: Path) -> None:
    folder = tmp_path / "回答"
    folder.mkdir()
    rated = ["○", "△", "○", "×", "◎"]
    _numbered_form(folder / "01_南山市.xlsx", rated)
    _numbered_form(folder / "02_川辺町.xlsx", rated)
    blanks = [1, 2]  # (東原市 left 1-2 and 1-3 blank, the rows below them rated)
    _numbered_form(
        folder / "03_東原市.xlsx", ["" if n in blanks else s for n, s in enumerate(rated)]
    )
    (tmp_path / "planeval.toml").write_text("", "utf-8")  # (no settings: README step 1)
    args = [
        "summarize",
        str(folder),
        "--bodies",
        "file",
        "--config",
        str(tmp_path / "planeval.toml"),
    ]
    done = CliRunner().invoke(app, args, env={"COLUMNS": "300"})
    said = done.output
    assert "の行がありません" not in said, said
    for n in blanks:  # (each blank said at its own cell: 4 rows down from the form's top)
        assert f"03_東原市.xlsx › 回答票 › C{n + 5}: " in said, said
    assert said.count("の取組状況が空です") == len(blanks), said


def test_another_body_s_workbook_left_out_counts_among_the_rows_left_out(tmp_path: Path) -> None:
    """Review 139 #4: 春宮市's reply, a copy of 南山市's form (団体名 南山市), was left out whole as
    an error; 「延べ8,880件」 — every row counted, and those left out, its 30 among them — was
    not compared (「この範囲に数えなかった行（エラー、7 ファイル）があるため比べていません」)."""
    args = _inputs(tmp_path)
    copied = Path(args[0]) / "05_春宮市.xlsx"
    _form(copied, _STATUSES)
    from openpyxl import load_workbook

    book = load_workbook(copied)
    book.active.insert_rows(2)
    book.active["A2"], book.active["B2"] = "団体名", "南山市"  # (南山市's form, copied)
    book.save(copied)
    counted = len(_STATUSES) * 3 - 1
    whole = counted + 1 + 2 * len(_STATUSES)  # (the blank, 春宮市's and 花瀬市's rows)
    report = tmp_path / "report.txt"
    report.write_text(f"調査項目は延べ{whole}件でした。\n", encoding="utf-8")
    run = CliRunner().invoke(app, ["check", *args, "--text", str(report)], env={"COLUMNS": "300"})
    said = run.stdout
    assert "ファイル名は春宮市です" in run.stderr, run.stderr
    assert "比べられなかった数" not in said, said
    assert f"集計 {counted} 件＋数えなかった行 {whole - counted} 件" in said, said
    n = len(_STATUSES)
    assert f"エラーの 1 行、別の団体のブックの {n} 行、別の年度の調査票の {n} 行" in said, said


def test_a_number_not_compared_is_shown_as_its_text_types_it(tmp_path: Path) -> None:
    """A number held back, 「前年度は全1,234件」: its 数 is 1,234 in the table, as the text and
    summarize type a count (「延べ8,880件」 showed 8880: review 139), and 1234 in a CSV's data."""
    seed = str(Path(__file__).parent.parent / "data" / "setagaya" / "chapter3.xlsx")
    text = tmp_path / "報告書.txt"
    text.write_text("前年度は全1,234件でした。\n", encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(app, ["check", seed, "--text", str(text)], env={"COLUMNS": "120"})
    row = next(line for line in shown.output.splitlines() if "前年度は全1,234件" in line)
    assert "│ 1,234 │" in row
    data = runner.invoke(app, ["check", seed, "--text", str(text), "-f", "csv"])
    assert '"前年度は全1,234件",1234,' in data.output


@pytest.mark.parametrize("typed", ["実施済（一部）", "実施済 実施中", "※1"])
def test_a_status_no_value_of_the_scale_however_said_is_one_row_left_out(
    tmp_path: Path, typed: str
) -> None:
    """Reviews 156 and 159 (139 #4 again): 朝崎市's 「実施済（一部）」, an error whose message
    names no 「記号ではありません」, left its file's rows left out unknown, so 「調査項目は延べ
    8,880件」 — every row counted and those left out — was 「この範囲に数えなかった行（エラー、
    7 ファイル）があるため比べていません」. Its cell is one row left out, as any status no value of
    the scale is, and the 延べ is compared with the rows, saying which."""
    args = _inputs(tmp_path)
    _form(Path(args[0]) / "05_朝崎市.xlsx", [typed, *_STATUSES[1:]])
    counted = len(_STATUSES) * 4 - 2  # (東原市's blank, 朝崎市's cell)
    whole = counted + 2 + len(_STATUSES)  # (those two, and 花瀬市's last year's rows)
    report = tmp_path / "report.txt"
    report.write_text(f"調査項目は延べ{whole:,}件でした。\n", encoding="utf-8")
    run = CliRunner().invoke(app, ["check", *args, "--text", str(report)], env={"COLUMNS": "300"})
    assert f"05_朝崎市.xlsx › 回答票 › C6: '{typed}'" in run.stderr, run.stderr
    assert "比べられなかった数" not in run.stdout and "食い違い" not in run.stdout, run.stdout
    said = f"集計 {counted} 件＋数えなかった行 {whole - counted} 件（エラーの 2 行、別の年度の"
    assert said in run.stdout, run.stdout
    assert "数えなかった行を加えた件数として一致とみました" in run.stdout, run.stdout
    # (one more than the rows is a disagreement, said with the rows left out)
    report.write_text(f"調査項目は延べ{whole + 1:,}件でした。\n", encoding="utf-8")
    wrong = CliRunner().invoke(app, ["check", *args, "--text", str(report)], env={"COLUMNS": "300"})
    assert "記載と集計の食い違い" in wrong.stdout, wrong.stdout


def test_planeval_s_own_report_past_such_a_row_is_read_back_whole(tmp_path: Path) -> None:
    """(Review 156's 300 bodies: planeval's own 「このほか調査項目2件は、…ため集計に
    含めていません」 of each 分野 was 「…のエラーで数えなかった行は何行かが分からないため比べて
    いません」 beside 朝崎市's 「実施済（一部）」; each row left out is of its own 分野, as read.)"""
    args = _inputs(tmp_path)
    _form(Path(args[0]) / "05_朝崎市.xlsx", [*_STATUSES[:3], "実施済（一部）", _STATUSES[4]])
    report = tmp_path / "報告.md"
    made = CliRunner().invoke(app, ["export", *args, "--md", str(report)])
    said = report.read_text("utf-8")  # (東原市's blank of 分野1, 朝崎市's cell of 分野2)
    # (the whole plan's too: each kind with its count, after one 「このほか」 — review 186 #3,
    # 203 #1)
    assert said.count("1件は、評価が記入されていないため集計に含めていません") == 2, made.output
    assert said.count("1件は、評価の記入に誤りがあるため集計に含めていません") == 2, made.output
    assert "取組1件は、評価が記入されていないため集計に含めていません。また、取組1件は、" in said
    run = CliRunner().invoke(app, ["check", *args, "--text", str(report), "-f", "json"])
    found = json.loads(run.stdout)
    assert not found["not_compared"] and not found["disagreements"], found
    assert found["compared"] > 0
