"""compare of a survey whose unit is the body (--bodies file, one workbook per body) against
this year's export (review 137 #6): 花瀬市, which sent last year's form again, was advised
「ブックのエラーを直せば数えられます」 (the fix is this year's form, sent again), and each body
answering this year only was 「小岡市のDX推進課は今回だけ回答しています」 — its form's 担当部署
taken as one of the body's departments."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_bodies_not_counted import _reply

WIDE = {"COLUMNS": "200"}


def _form(path: Path, year: int, body: str, statuses: str) -> None:
    """A body's 回答票 naming its 担当部署 (who filled it in) above the table."""
    _reply(path, year, body, statuses)
    book = load_workbook(path)
    book.active["A4"], book.active["B4"] = "担当部署", "DX推進課"
    book.save(path)


def test_last_year_s_form_and_a_body_new_this_year_are_said_by_the_body(tmp_path: Path) -> None:
    old, new = tmp_path / "R5", tmp_path / "R6"
    for body, statuses in (("青葉市", "○△○×"), ("緑町", "◎○○○"), ("西川町", "△△○○")):
        _form(old / f"{body}.xlsx", 5, body, statuses)
    for body, statuses in (("青葉市", "○○○△"), ("緑町", "◎◎○○"), ("森野町", "○○○○")):
        _form(new / f"{body}.xlsx", 6, body, statuses)
    _form(new / "西川町.xlsx", 5, "西川町", "△△○○")  # (last year's form, sent again)
    export = tmp_path / "報告.xlsx"
    made = CliRunner().invoke(
        app, ["export", str(new), "--bodies", "file", "--keep-going", "--xlsx", str(export)]
    )
    assert made.exit_code == 1 and export.exists(), made.output
    asked = ["compare", str(old), str(export), "--bodies", "file", "--keep-going"]
    run = CliRunner().invoke(app, asked, env=WIDE)
    assert "Traceback" not in run.output
    [line] = [line for line in run.stdout.splitlines() if line.startswith("西川町：")]
    assert line == (
        "西川町：今回は別の年度の調査票で回答（前回 4 件）。"
        "その回の年度の調査票で回答し直してもらえば数えられます"
    )
    assert "森野町は今回だけ回答しています" in run.stderr
    assert "DX推進課" not in run.stderr


def test_a_body_whose_reply_was_not_counted_is_said_to_have_answered(tmp_path: Path) -> None:
    """Review 139 #6: 春宮市's reply this year was a copy of another body's form (left out whole
    as an error); under the tables 「春宮市：今回は回答あり・数えた行なし」, yet a notice said
    「春宮市は前回だけ回答しています（今回のブックがありません）…今回の回答があれば、そのブックも
    指定してください」. Both now say the one fact in the one wording — a copy, its own reply to
    be asked for, not 「ブックのエラーを直せば数えられます」 (review 156 Part 1)."""
    old, new = tmp_path / "R5", tmp_path / "R6"
    for body, statuses in (("青葉市", "○△○×"), ("緑町", "◎○○○"), ("西川町", "△△○○")):
        _form(old / f"{body}.xlsx", 5, body, statuses)
    for body, statuses in (("青葉市", "○○○△"), ("緑町", "◎◎○○")):
        _form(new / f"{body}.xlsx", 6, body, statuses)
    # (緑町's form, copied: the same bytes — written again, its saved time could differ by a
    # second, no copy then, and the line was 「…ブックのエラーを直せば数えられます」 now and then)
    shutil.copyfile(new / "緑町.xlsx", new / "西川町.xlsx")
    export = tmp_path / "報告.xlsx"
    made = CliRunner().invoke(
        app, ["export", str(new), "--bodies", "file", "--keep-going", "--xlsx", str(export)]
    )
    assert made.exit_code == 1 and "ファイル名は西川町です" in made.stderr, made.output
    asked = ["compare", str(old), str(export), "--bodies", "file", "--keep-going"]
    run = CliRunner().invoke(app, asked, env=WIDE)
    assert "Traceback" not in run.output
    [line] = [line for line in run.stdout.splitlines() if line.startswith("西川町：")]
    # (a copy: no error of the book to fix, 西川町's own reply asked for — review 156 Part 1)
    assert line == (
        "西川町：今回はほかの団体の回答の写し（前回 4 件）。"
        "西川町自身の回答を受け取り、写しと置き換えれば数えられます"
    ), line
    [notice] = [line for line in run.stderr.splitlines() if "西川町は" in line]
    assert "西川町は今回はほかの団体の回答の写しです" in notice, notice
    assert "直せば" not in "".join(run.stderr.split()), run.stderr
    assert "西川町自身の回答を受け取り" in "".join(run.stderr.split()), run.stderr
    assert "ブックがありません" not in notice and "ブックも指定して" not in notice, notice


def test_a_copy_is_said_alike_whatever_the_hash_seed(tmp_path: Path) -> None:
    """The line of 西川町, whose reply is 緑町's workbook copied, was now and then 「今回は回答あり・
    数えた行なし…ブックのエラーを直せば数えられます」 (review 174): export and compare, each run
    anew as a clerk runs them, say the copy in the one line under every hash seed."""
    old, new = tmp_path / "R5", tmp_path / "R6"
    for body, statuses in (("青葉市", "○△○×"), ("緑町", "◎○○○"), ("西川町", "△△○○")):
        _form(old / f"{body}.xlsx", 5, body, statuses)
    for body, statuses in (("青葉市", "○○○△"), ("緑町", "◎◎○○")):
        _form(new / f"{body}.xlsx", 6, body, statuses)
    shutil.copyfile(new / "緑町.xlsx", new / "西川町.xlsx")  # (緑町's sent as 西川町's)
    lines = set()
    for seed in range(6):
        export = tmp_path / f"報告{seed}.xlsx"
        env = {**os.environ, "PYTHONHASHSEED": str(seed), **WIDE}
        for asked in (
            ["export", str(new), "--bodies", "file", "--keep-going", "--xlsx", str(export)],
            ["compare", str(old), str(export), "--bodies", "file", "--keep-going"],
        ):
            run = subprocess.run(
                [sys.executable, "-m", "planeval", *asked],
                capture_output=True,
                text=True,
                check=False,
                env=env,
            )
            assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr
        lines |= {line for line in run.stdout.splitlines() if line.startswith("西川町：")}
    assert lines == {
        "西川町：今回はほかの団体の回答の写し（前回 4 件）。"
        "西川町自身の回答を受け取り、写しと置き換えれば数えられます"
    }, lines
