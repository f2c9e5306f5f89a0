"""Review 180 #6: 東尾張県's clerk compared last year's compiled book, 警察本部's rows blank in it,
with this year's, 警察本部 answering. compare stopped on last year's errors, exit 1 every year
from then on; with --keep-going it compared rightly and still repeated last year's errors and
warnings, exit 1. Last year's own problems are now said once, in one notice, as what they mean
(its rows in error 前回未集計), and make no error of the comparison; this year's errors still
stop it (exit 1), and a round none of whose workbooks could be read stops it as before. rounds
says an earlier round's problems alike."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.test_review161_compiled_departments import BOOK, run, write

BLANK = [name for *_, rows in BOOK for name, _d, status in rows if status is None]


def _rounds(home: Path, *, blank_now: str | None = None) -> tuple[Path, Path]:
    """Last year's book as BOOK has it (警察本部's rows blank), this year's with every row
    rated (``blank_now``: that row's status left blank this year), titled 令和7年度."""
    last = write(home / "R6")[1]
    rated = [(*head, [(n, d, s or "B") for n, d, s in rows]) for *head, rows in BOOK]
    now = write(home / "R7", rated)[1]
    book = load_workbook(now)
    for sheet in book.worksheets:
        sheet["A1"] = str(sheet["A1"].value).replace("令和6年度", "令和7年度")
        for row in sheet.iter_rows(min_row=5):
            if row[1].value == blank_now:
                row[4].value = None
    book.save(now)
    (home / "planeval.toml").write_text((home / "R6" / "planeval.toml").read_text("utf-8"))
    return last, now


def test_last_years_errors_are_said_once_and_fail_nothing(tmp_path: Path) -> None:
    last, now = _rounds(tmp_path)
    code, out, err = run(tmp_path, "compare", str(last), str(now))
    assert code == 0, out + err
    for name in BLANK:  # (its rows compared as last year's summarize left them: 前回未集計)
        assert any(name in line and "前回未集計" in line for line in out.splitlines()), out
    assert "エラー:" not in err and "警告:" not in err, err
    [said] = [line for line in err.splitlines() if "前回のブックの問題" in line]
    assert said.startswith(f"お知らせ: {last}: 前回のブックの問題（エラー {len(BLANK)} 件")
    assert "「前回未集計」です" in said and f"planeval validate {last}" in said


def test_keep_going_gives_the_same(tmp_path: Path) -> None:
    last, now = _rounds(tmp_path)
    plain = run(tmp_path, "compare", str(last), str(now))
    assert run(tmp_path, "compare", str(last), str(now), "--keep-going") == plain


def test_this_years_errors_still_stop_it(tmp_path: Path) -> None:
    rated_now = BOOK[0][3][0][0]  # (電子申請システムの拡充: A last year, blank this year)
    last, now = _rounds(tmp_path, blank_now=rated_now)
    code, _out, err = run(tmp_path, "compare", str(last), str(now))
    assert code == 1
    assert f"{now.name} › " in err and "エラーがあるため集計していません" in err, err
    assert err.count("エラー:") == 1  # (this year's; last year's in the one notice)
    code, out, err = run(tmp_path, "compare", str(last), str(now), "--keep-going")
    assert code == 1 and any(
        rated_now in line and "今回未集計" in line for line in out.splitlines()
    )


def test_a_round_that_could_not_be_read_still_stops(tmp_path: Path) -> None:
    last, now = _rounds(tmp_path)
    last.write_bytes(b"not a workbook")
    code, out, err = run(tmp_path, "compare", str(last), str(now), "--keep-going")
    assert code == 1 and "エラー:" in err and "前回のブックの問題" not in err
    assert "比べていません" in err and "の変化" not in out


def test_rounds_says_an_earlier_rounds_problems_once(tmp_path: Path) -> None:
    last, now = _rounds(tmp_path)
    code, out, err = run(tmp_path, "rounds", str(last), str(now))
    assert code == 0, out + err
    assert "エラー:" not in err and "警告:" not in err, err
    [said] = [line for line in err.splitlines() if "のブックの問題" in line]
    assert f"（エラー {len(BLANK)} 件" in said and "「未集計」です" in said


def _checked(home: Path, now: Path, last: Path) -> tuple[int, str, str]:
    """check of this year's book against a sentence of its counts, last year's --previous."""
    rated = [status or "B" for *_, rows in BOOK for _n, _d, status in rows]
    text = home / "報告書.txt"
    text.write_text(f"計画全体で、A評価の取組は{rated.count('A')}件でした。\n", encoding="utf-8")
    return run(home, "check", str(now), "--text", str(text), "--previous", str(last))


def test_check_says_last_years_errors_once_and_fails_nothing(tmp_path: Path) -> None:
    last, now = _rounds(tmp_path)
    code, out, err = _checked(tmp_path, now, last)
    assert code == 0, out + err
    assert "エラー:" not in err and "警告:" not in err, err
    [said] = [line for line in err.splitlines() if "のブックの問題" in line]
    assert said.startswith(f"お知らせ: {last}: 前年度のブックの問題（エラー {len(BLANK)} 件")
    assert "前年度の件数に含めていません" in said and f"planeval validate {last}" in said
    assert not any(name in err for name in BLANK), err  # (not one by one)


def test_check_still_stops_on_this_years_errors(tmp_path: Path) -> None:
    last, now = _rounds(tmp_path, blank_now=BOOK[0][3][0][0])
    code, _out, err = _checked(tmp_path, now, last)
    assert code == 1 and err.count("エラー:") == 1, err
    assert f"{now.name} › " in err and "前年度のブックの問題（エラー" in err, err
