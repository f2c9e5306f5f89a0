"""check past errors (--keep-going) on a prefecture's survey of its municipalities (review 24
§2): a pasted table's row is held back only while the rows left out *of its own scope* could
make up the difference — a body's row (団体別集計) by that body's rows left out, a policy's row
by the rows left out in that policy (a row left out at a policy's first rows, just under its
heading 「2　情報システムの標準化」, is that policy's) — and is a disagreement beyond them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.review_bodies import SURVEY_TOML


def _form(path: Path, statuses: list[str]) -> None:
    """The prefecture's form as a municipality returns it: each 分野 a heading row, each
    取組項目 a row above its 取組."""
    s = statuses
    rows = [
        ["令和5年度 市町村DX推進計画 取組状況調査（南山県デジタル推進課）"],
        [],
        ["番号", "取組項目", "進捗状況", "課題・備考", "担当課"],
        ["1\u3000行政手続のオンライン化"],
        ["1-1", "オンライン申請の拡充"],
        ["1-1-1", "子育て関係手続", s[0], "", "企画課"],
        ["1-1-2", "介護関係手続", s[1], "", "総務課"],
        ["1-2", "キャッシュレス決済の導入"],
        ["1-2-1", "窓口手数料", s[2], "", "企画課"],
        ["2\u3000情報システムの標準化"],
        ["2-1", "基幹業務システムの標準化"],
        ["2-1-1", "住民記録システム", s[3], "", "企画課"],
        ["2-1-2", "税務システム", s[4], "", "総務課"],
    ]
    write_book(path, {"調査票": rows})


def _inputs(tmp_path: Path) -> list[str]:
    """Three municipalities: 東原市 typed 「実地済」 at 1-2-1 (分野1's last row), 川辺町 「実施中み」
    at 2-1-1 (分野2's first row, under its heading): one row left out in each 分野."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder / "01_南山市.xlsx", ["実施済", "実施中", "実施済", "検討中", "実施済"])
    # (a typo, not a blank: a blank row holds no status, and could make up no count of one —
    # review 163 #2; these rows may be any)
    _form(folder / "02_東原市.xlsx", ["実施済", "実施済", "実地済", "検討中", "実施中"])
    _form(folder / "03_川辺町.xlsx", ["実施中", "実施済", "実施済", "実施中み", "実施済"])
    (tmp_path / "planeval.toml").write_text(SURVEY_TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    return [str(folder), "--bodies", "file", "--keep-going", *config]


def _table(inputs: list[str], by: str) -> str:
    shown = CliRunner().invoke(app, ["summarize", *inputs, "-f", "github", "--by", by])
    assert shown.exit_code == 1, shown.output  # (the two errors)
    return shown.stdout


def _checked(tmp_path: Path, inputs: list[str], text: str) -> tuple[int, list, list, str]:
    report = tmp_path / "report.md"
    report.write_text(text, encoding="utf-8")
    found = CliRunner().invoke(app, ["check", *inputs, "--text", str(report), "-f", "json"])
    data = json.loads(found.stdout)
    wrong = [
        (d["scope"], d["what"], d["stated"], d["counted"], d["note"]) for d in data["disagreements"]
    ]
    held = [(n["scope"], n["stated"], n["reason"]) for n in data["not_compared"]]
    return found.exit_code, wrong, held, data["verdict"]


def _held(rows: int = 1) -> str:
    return f"この範囲に数えなかった行（エラーの {rows} 行）があるため比べていません"


def test_a_body_s_row_beyond_its_own_rows_left_out_is_a_disagreement(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    table = _table(inputs, "body")
    # (a row left out of 東原市: its row marked so, as every table of bodies marks it)
    row = "| 東原市（一部未集計） |        0 |        1 |        1 |        2 |    4 |"
    assert row in table
    # (one row of 東原市 left out: 実施済 3 may be right, 4 cannot be)
    within = table.replace(
        row, "| 東原市（一部未集計） |        0 |        1 |        1 |        3 |    5 |"
    )
    code, wrong, held, verdict = _checked(tmp_path, inputs, within)
    assert code == 1 and not wrong
    assert held == [("表の「東原市（一部未集計）」の行", 3, _held())]
    # (its total 5, the 4 counted and the one left out: agreeing as both — review 137 #4)
    assert "（集計 4 件＋数えなかった行 1 件（エラーの 1 行））" in verdict
    beyond = table.replace(
        row, "| 東原市（一部未集計） |        0 |        1 |        1 |        4 |    6 |"
    )
    code, wrong, held, verdict = _checked(tmp_path, inputs, beyond)
    note = "（ほかに数えなかった行は 1 行だけ）"
    assert code == 1 and not held
    assert wrong == [
        ("表の「東原市（一部未集計）」の行", "実施済", 4, 2, note),
        ("表の「東原市（一部未集計）」の行", "total", 6, 4, note),
    ]
    # (below the count: rows left out could only raise it)
    below = table.replace(
        row, "| 東原市（一部未集計） |        0 |        1 |        1 |        1 |    3 |"
    )
    code, wrong, held, verdict = _checked(tmp_path, inputs, below)
    assert (
        code == 1
        and not held
        and [w[:4] for w in wrong]
        == [
            ("表の「東原市（一部未集計）」の行", "実施済", 1, 2),
            ("表の「東原市（一部未集計）」の行", "total", 3, 4),
        ]
    )


def test_a_body_with_no_row_left_out_is_compared_and_the_total_bounded_by_all(
    tmp_path: Path,
) -> None:
    inputs = _inputs(tmp_path)
    table = _table(inputs, "body")
    minami = "| 南山市               |        0 |        1 |        1 |        3 |    5 |"
    total = "| 合計                 |        0 |        2 |        3 |        8 |   13 |"
    assert minami in table and total in table
    edited = table.replace(minami, minami.replace("3 |    5", "4 |    6")).replace(
        total, total.replace("8 |   13", "11 |   16")
    )
    code, wrong, held, _verdict = _checked(tmp_path, inputs, edited)
    assert code == 1 and not held
    two = "（ほかに数えなかった行は 2 行だけ）"
    assert wrong == [
        ("表の「南山市」の行", "実施済", 4, 3, ""),
        ("表の「南山市」の行", "total", 6, 5, ""),
        ("表の「合計」の行", "実施済", 11, 8, two),
        ("表の「合計」の行", "total", 16, 13, two),
    ]


def test_a_policy_s_row_is_bounded_by_its_own_policy_s_rows_left_out(tmp_path: Path) -> None:
    """東原市's typo is 分野1's last row, 川辺町's typo 分野2's first (under its heading): one
    row left out in each 分野, one file each."""
    inputs = _inputs(tmp_path)
    table = _table(inputs, "policy")
    first = "| 1      | 行政手続のオンライン化 |        0 |        0 |        2 |        6 |    8 |"
    second = (
        "| 2      | 情報システムの標準化   |        0 |        2 |        1 |        2 |    5 |"
    )
    assert first in table and second in table
    within = table.replace(first, first.replace("6 |    8", "7 |    9")).replace(
        second, second.replace("2 |    5", "3 |    6")
    )
    code, wrong, held, verdict = _checked(tmp_path, inputs, within)
    assert code == 1 and not wrong
    assert held == [("分野1", 7, _held()), ("分野2", 3, _held())]
    for counted in (8, 5):  # (each 分野's total, its rows and its one left out: agreeing)
        assert f"（集計 {counted} 件＋数えなかった行 1 件（エラーの 1 行））" in verdict
    beyond = table.replace(first, first.replace("6 |    8", "8 |   10")).replace(
        second, second.replace("2 |    5", "4 |    7")
    )
    code, wrong, held, verdict = _checked(tmp_path, inputs, beyond)
    one = "（ほかに数えなかった行は 1 行だけ）"
    assert code == 1 and not held
    assert wrong == [
        ("分野1", "実施済", 8, 6, one),
        ("分野1", "total", 10, 8, one),
        ("分野2", "実施済", 4, 2, one),
        ("分野2", "total", 7, 5, one),
    ]


def test_a_body_s_policy_row_is_bounded_by_that_body_s_rows_left_out_in_it(
    tmp_path: Path,
) -> None:
    """団体 | ID: 東原市's row left out is of 分野1, so its 分野1 may be one more, its 分野2 not."""
    inputs = _inputs(tmp_path)
    table = _table(inputs, "body-policy")
    # (each row of 東原市 marked, as in a table by body: a row of it was left out)
    body = "| 東原市（一部未集計） |"
    first = f"{body} 1      | 行政手続のオンライン化 |        0 |        0 |        0 |        2 |    2 |"
    second = f"{body} 2      | 情報システムの標準化   |        0 |        1 |        1 |        0 |    2 |"
    assert first in table and second in table
    edited = table.replace(first, first.replace("2 |    2", "3 |    3")).replace(
        second, second.replace("0 |    2", "1 |    3")
    )
    code, wrong, held, verdict = _checked(tmp_path, inputs, edited)
    assert code == 1
    one = "表の「東原市（一部未集計） 1」の行"
    assert held == [(one, 3, _held())]
    assert "（集計 2 件＋数えなかった行 1 件（エラーの 1 行））" in verdict
    none = "（この範囲に数えなかった行はありません）"
    assert wrong == [
        ("表の「東原市（一部未集計） 2」の行", "実施済", 1, 0, none),
        ("表の「東原市（一部未集計） 2」の行", "total", 3, 2, none),
    ]
