"""check on review 129's findings: each number listed quotes the fragment that states it, not
its whole clause (「完了6件のうち達成5件」 quoted for 達成 5: #6); a sentence stating last year's
number and the change agreeing as each round's whole is quoted once, both its figures named
(#8); and under a 行政改革大綱's 達成度 config whose blank stands only beside 未着手・取組中,
「完了した4件のうち、達成は2件」 is 達成's count, compared (review 114 #2)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_kawasaki_check import _run as _run_kawasaki
from tests.test_not_rated_blank import R6, _form

_WORDING = '\n[wording]\npolicy = "改革項目"\nitem = "取り組み項目"\n'
_PROGRESS = '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n' + _WORDING
_ACHIEVEMENT = (
    '[scale]\npreset = "achievement"\n\n[layout]\nstatus_column = "達成度"\n' + _WORDING + "\n"
    '[[scale.status]]\nsymbol = "－"\nlabel = "対象外（未完了）"\ncounted = false\nblank = true\n'
    'blank_beside = ["未着手", "取組中"]\n'
)


def _check(tmp_path: Path, settings: str, text: str) -> dict:
    """check of R6's forms (改革項目1: 完了 2, of them 達成 1 and 一部達成 1) and ``text``."""
    (tmp_path / "R6").mkdir(exist_ok=True)
    for department, rows in R6.items():
        _form(tmp_path / "R6", department, rows)
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    (tmp_path / "報告書案.txt").write_text(text, encoding="utf-8")
    args = ["check", str(tmp_path / "R6"), "--text", str(tmp_path / "報告書案.txt"), "-f", "json"]
    result = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    return json.loads(result.stdout)


def test_each_number_not_compared_quotes_its_own_fragment(tmp_path: Path) -> None:
    said = "改革項目1では、完了2件のうち達成1件、一部達成1件でした。\n"
    checked = _check(tmp_path, _PROGRESS, said)
    assert not checked["disagreements"]  # (完了 2 of 2)
    quoted = [(n["phrase"], n["stated"]) for n in checked["not_compared"]]
    assert quoted == [("達成1件", 1), ("一部達成1件", 1)]  # (not 「完了2件のうち…」, 「…でした」)


def test_a_total_before_its_part_and_a_bracketed_part_are_quoted_apart(tmp_path: Path) -> None:
    said = (
        "改革項目1では、完了した2件のうち達成1件でした。全体では完了2件（うち一部達成1件）です。\n"
    )
    checked = _check(tmp_path, _ACHIEVEMENT, said)
    quoted = [(n["phrase"], n["stated"]) for n in checked["not_compared"]]
    assert quoted == [("完了した2件のうち", 2), ("全体では完了2件", 2)]


def test_a_breakdown_of_the_rows_rated_is_compared_under_the_other_scale(tmp_path: Path) -> None:
    """Review 114 #2: 「「完了」の内訳は比べていません」 let a wrong 達成 pass, though 完了's rows
    are the rows rated where the blank stands only beside 未着手・取組中."""
    said = "改革項目1では、完了した2件のうち、達成は2件、未達成は0件でした。\n"
    checked = _check(tmp_path, _ACHIEVEMENT, said)
    found = [(d["scope"], d["what"], d["stated"], d["counted"]) for d in checked["disagreements"]]
    assert found == [("改革項目1", "達成", 2, 1)]
    assert [n["phrase"] for n in checked["not_compared"]] == ["完了した2件のうち"]
    right = _check(tmp_path, _ACHIEVEMENT, said.replace("達成は2件", "達成は1件"))
    assert not right["disagreements"]


def test_a_sentence_of_last_years_number_and_the_change_is_quoted_once(tmp_path: Path) -> None:
    text = "達成度4の事務事業は、前年度の3事業から0事業（▲3）となりました。\n"
    result = _run_kawasaki(tmp_path, text, "--previous", str(tmp_path / "R5"))
    assert result.exit_code == 0, result.output
    said = "".join(result.output.split())
    assert said.count("前年度の3事業から0事業（▲3）となりました") == 1, result.output
    assert (
        "「前年度の3事業から0事業（▲3）となりました」（3は片方の年度だけで数えた事務事業2件を除くと"
        "2。▲3は前年度3→今回0。片方の年度だけで数えた事務事業2件を除くと2→0（▲2））は、各年度の回答全体"
        "の数として一致とみました"
    ) in said
