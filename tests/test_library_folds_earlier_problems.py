"""The library says what compare, rounds, check --previous and tables print (STYLE.md: the CLI
parses, calls, prints). An earlier round's own problems are told once by ``planeval.compare``,
``planeval.rounds`` and ``planeval.check_under`` given that round's paths (review 180 #6: the
commands did it in their bodies, the library left every error as read), and
``error_rows.chapter3_rows`` gives the rows as published, 「44 …」 for a 課's 「４４　…」 (review
164 #6: the tables command did it itself)."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.error_rows import chapter3_rows
from planeval.model import Location, Problem, Severity
from tests.review164_departments import build
from tests.test_review164_digit_widths import TYPED_APART, _mine, _typed_apart
from tests.test_review180_earlier_errors import _rounds

# (last year's book: 警察本部's two rows blank, and the error summing them up, not counted)
HINT = "一つずつ見るには planeval validate {} を実行してください"


def _read(home: Path) -> tuple[planeval.Config, Path, planeval.ReadResult, planeval.ReadResult]:
    last, now = _rounds(home)
    config = planeval.load_config(home / "planeval.toml")

    def read(path: Path) -> planeval.ReadResult:
        return planeval.read_workbooks(
            [path], scale=config.scale, layout=config.layout, wording=config.wording
        )

    return config, last, read(last), read(now)


def _told(last: Path, said: str) -> list[Problem]:
    return [Problem(Location(str(last)), Severity.NOTICE, said, HINT.format(last))]


def test_compare_tells_the_old_rounds_problems_once(tmp_path: Path) -> None:
    config, last, old, new = _read(tmp_path)
    assert len([p for p in old.problems if p.is_error]) == 3  # (two rows, one summing them)
    planeval.compare(old, new, scale=config.scale, wording=config.wording, given=str(last))
    assert old.problems == _told(
        last,
        "前回のブックの問題（エラー 2 件）は前回の集計のときのものとして、ここでは一つずつ"
        "示していません。エラーで数えなかった前回の行の取組内容は「前回未集計」です",
    )
    assert new.problems == []


def test_compare_without_the_paths_keeps_them_as_read(tmp_path: Path) -> None:
    # (check's own compare of last year's round: check tells them, in its words)
    config, _last, old, new = _read(tmp_path)
    read = list(old.problems)
    planeval.compare(old, new, scale=config.scale, wording=config.wording)
    assert old.problems == read


def test_rounds_tells_each_earlier_rounds_problems_once(tmp_path: Path) -> None:
    config, last, old, new = _read(tmp_path)
    planeval.rounds(
        [old, new],
        labels=["令和6年度", "令和7年度"],
        scale=config.scale,
        wording=config.wording,
        given=[str(last), "R7"],
    )
    assert old.problems == _told(
        last,
        "令和6年度のブックの問題（エラー 2 件）は令和6年度の集計のときのものとして、ここでは"
        "一つずつ示していません。エラーで数えなかった令和6年度の行の取組内容は「未集計」です",
    )


LAST_YEAR = (
    "前年度のブックの問題（エラー 2 件）は前年度の集計のときのものとして、ここでは一つずつ"
    "示していません。エラーで数えなかった前年度の行の取組内容は、前年度の件数に含めていません"
)


def test_check_tells_last_years_problems_once(tmp_path: Path) -> None:
    config, last, old, new = _read(tmp_path)
    text = tmp_path / "報告書.txt"
    text.write_text("計画全体で、A評価の取組は3件でした。\n", encoding="utf-8")
    planeval.check_under(new, config, texts=[text], previous=old, given=str(last))
    assert old.problems == _told(last, LAST_YEAR)


def test_last_year_read_under_two_settings_is_told_once(tmp_path: Path) -> None:
    # (check --config twice: both reads' problems joined, then one notice, not one each)
    from planeval.cycle.earlier_problems import told_last_year

    config, last, old, _new = _read(tmp_path)
    again = planeval.read_workbooks(
        [last], scale=config.scale, layout=config.layout, wording=config.wording
    )
    told_last_year(old, config.wording.item, str(last), beside=again)
    assert old.problems == _told(last, LAST_YEAR)


def test_tables_rows_are_shown_as_published(tmp_path: Path) -> None:
    answers = build(tmp_path, 1)
    _typed_apart(answers)  # (子育て支援課's 「１　保育所待機児童対策事業」 …)
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks(
        [answers], scale=config.scale, layout=config.layout, wording=config.wording
    )
    mine = {f"{no} {name}" for no, name in _mine()}
    shown = [e.item_name for e in chapter3_rows(result) if TYPED_APART in e.location.file]
    assert sorted(shown) == sorted(mine)
    typed = [e.item_name for e in chapter3_rows(result, as_read=True) if e.item_name in mine]
    assert typed == []  # (as read, to pair rows by: as typed, full-width)
