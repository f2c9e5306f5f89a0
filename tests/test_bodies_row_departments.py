"""compare of a survey whose unit is the body (--bodies file), its form's rows each naming a
担当課 (review 191): 松原町's new row of a 課 that had no row last year was 「前回未集計」, said
「前回は回答あり・数えた行なし」 and left out of this year's counts, though its one workbook was
read and counted in both rounds (#1); 岬町's last year's form sent again was said three times,
once per 担当課 of its rows, and told 「ブックのエラーを直せば数えられます」 (#4); rounds said it
three times too, 「岬町の企画課／住民課／総務課は令和7年度のブックがありません」, though it sent one."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_bodies_not_counted import ITEMS, _reply

NEW_ROW = ("2-1-1", "庁内ネットワークの更新", "② 防災アプリの導入")
FIRST_ROW = 8  # (the table's first item: its header on row 7)


def _form(path: Path, year: int, body: str, statuses: str, departments: str = "") -> None:
    """A body's 回答票 (tests/test_bodies_not_counted.py's), one row more where ``statuses``
    has one more than its items (NEW_ROW), its rows' 担当課 ``departments`` in turn (else 総務課)."""
    _reply(path, year, body, statuses, [*ITEMS, NEW_ROW][: len(statuses)])
    book = load_workbook(path)
    for row, department in enumerate(departments.split(), start=FIRST_ROW):
        book.active.cell(row, 6, department)
    book.save(path)


def _compare(root: Path, monkeypatch: pytest.MonkeyPatch, command: str = "compare"):
    monkeypatch.chdir(root)
    asked = [command, "R5", "R6", "--bodies", "file", "--keep-going", "-f", "plain"]
    return CliRunner().invoke(app, asked, env={"COLUMNS": "200"})


def _sent_again(root: Path) -> None:
    """Two rounds of three bodies whose rows name three 担当課, 西川町's second workbook last
    year's form sent again (#4)."""
    three = "総務課 企画課 住民課 総務課"
    for body, old, new in (("青葉市", "○△○×", "○○○△"), ("緑町", "◎○○○", "◎◎○○")):
        _form(root / "R5" / f"{body}.xlsx", 5, body, old, three)
        _form(root / "R6" / f"{body}.xlsx", 6, body, new, three)
    _form(root / "R5" / "西川町.xlsx", 5, "西川町", "△△○○", three)
    _form(root / "R6" / "西川町.xlsx", 5, "西川町", "△△○○", three)  # (sent again)


def test_a_new_row_of_a_body_counted_in_both_rounds_is_added(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#1: 緑町 adds a row this year, its 担当課 防災課 (no row of it last year): 追加, counted in
    this year's column — not 前回未集計, no notice of a form not sent."""
    for body, old, new in (("青葉市", "○△○×", "○○○△"), ("緑町", "◎○○○", "◎◎○○○")):
        _form(tmp_path / "R5" / f"{body}.xlsx", 5, body, old)
        _form(tmp_path / "R6" / f"{body}.xlsx", 6, body, new, "総務課 " * 4 + "防災課")
    run = _compare(tmp_path, monkeypatch)
    assert run.exit_code == 0, run.output
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert "緑町    2-1-1②  防災アプリの導入               ○            追加" in lines
    assert (
        "合計    1 → 2（+1）  5 → 6（+1）  1 → 1（±0）  1 → 0（▲1）  8 → 9（+1）  0 → 0（±0）"
        in lines
    )
    assert "未集計" not in run.stdout and "提出がなかった" not in run.stdout


def test_last_year_s_form_sent_again_is_said_once_with_its_own_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#4: 西川町's rows name three 担当課 and this year it sent last year's form again: one
    notice, not one per 担当課, and no error to fix — this year's form asked for."""
    _sent_again(tmp_path)
    run = _compare(tmp_path, monkeypatch)
    assert run.exit_code == 1, run.output
    assert [line for line in run.stderr.splitlines() if line.startswith("お知らせ")] == [
        "お知らせ: R5/西川町.xlsx: 西川町の今回のブックは別の年度の調査票でした"
        "（R6/西川町.xlsx: 数えていません）。その実施内容は削除・追加ではなく今回未集計として、"
        "件数の比較から除きました（今回の年度の調査票で回答し直してもらい、そのブックを指定してください）"
    ]
    assert "ブックのエラーを直せば" not in run.output


def test_rounds_says_last_year_s_form_sent_again_once_by_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#4 in rounds: 西川町 sent last year's form again, its rows naming three 担当課: one
    notice of the body, that its workbook was another year's form — not 「ブックがありません」
    once per 担当課."""
    _sent_again(tmp_path)
    run = _compare(tmp_path, monkeypatch, "rounds")
    assert run.exit_code == 1, run.output
    assert [line for line in run.stderr.splitlines() if line.startswith("お知らせ")] == [
        "お知らせ: R5/西川町.xlsx: 西川町の令和6年度のブックは別の年度の調査票でした"
        "（R6/西川町.xlsx: 数えていません）。その回のその実施内容は、削除ではなく「未集計」としました"
        "（同じ実施内容どうしを比べるため、どの回の件数にも含めていません）"
        "（その回（令和6年度）の調査票で回答し直してもらい、そのブックを指定してください）"
    ]
    assert "ブックがありません" not in run.output
