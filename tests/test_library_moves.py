"""What the command line decided in its command bodies, through the library a Python user
calls (the brief's "every command is a library function", continuing
test_library_decisions.py): export's report of one settings file or two
(planeval.report_of_read, two_scales.read_alone)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import planeval
from planeval.two_scales import both_problems, read_alone
from tests.test_review151_two_scales import _one_blank
from tests.test_two_scales import _setup


def _same(report: Any) -> Any:
    """``report`` to compare by value (its ListedIds compare by identity)."""
    return replace(report, listed=None)


def _read(tmp_path: Path, name: str) -> tuple[planeval.Config, planeval.ReadResult]:
    config = planeval.load_config(tmp_path / name)
    read = planeval.read_workbooks(
        [tmp_path / "回答"], scale=config.scale, layout=config.layout, wording=config.wording,
        settings=config.source,
    )  # fmt: skip
    return config, read


def test_a_report_of_one_settings_file_or_of_two(tmp_path: Path) -> None:
    """One planeval.toml: report_of. Two (実施状況 and 達成度, one 達成度 cell blank: an error
    of the second read only, review 151 #2): report_of_scales of the first read without the
    problems only the second raised, so 集計（実施状況） carries no note of that error."""
    _setup(tmp_path, _one_blank())
    config, first = _read(tmp_path, "実施状況.toml")
    other, second = _read(tmp_path, "達成度.toml")
    alone = planeval.report_of_read(first, config, title="表題", fiscal_year=2025)
    assert _same(alone) == _same(
        planeval.report_of(
            first, config.scale, wording=config.wording, title="表題", fiscal_year=2025
        )
    )
    own = list(first.problems)
    first.problems = both_problems(first.problems, second.problems)
    joined = frozenset(p for p in second.problems if p not in own)
    assert len(first.problems) > len(own)  # (the blank 達成度 cell: its read's error)
    assert read_alone(first, joined).problems == own
    both = planeval.report_of_read(first, config, beside=(other, second, joined))
    assert _same(both) == _same(planeval.report_of_scales(
        read_alone(first, joined), second, config.scale, other.scale,
        wording=config.wording, other_wording=other.wording,
    ))  # fmt: skip
    assert _same(both) != _same(planeval.report_of_scales(
        first, second, config.scale, other.scale, wording=config.wording,
        other_wording=other.wording,
    ))  # fmt: skip


def test_the_issue_list_of_a_read_as_issues_prints_it(tmp_path: Path) -> None:
    """小島村 (review 193 #1): the rows the scale lists, in order, with the sentence naming the
    two 対象外 rows with a text left out; --status's rows alone, nothing said of the others."""
    from tests.test_review193_issue_list import _village

    path = _village(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([path], scale=config.scale, wording=config.wording)
    listed = planeval.issues_of(read, config)
    assert [(listed.listed(e), e.status) for e in listed.rows] == [
        ("1-1", "C"),
        ("1-2", "D"),
        ("1-3", "B"),
    ]
    assert listed.left == "対象外で課題の記載がある取組項目2件は、一覧に含めていません。"
    assert listed.problems == []
    chosen = planeval.issues_of(read, config, statuses=["D"])
    assert [(chosen.listed(e), e.status) for e in chosen.rows] == [("1-2", "D")]
    assert (chosen.left, chosen.problems) == ("", [])


def test_the_issue_list_says_a_list_held_for_its_texts(tmp_path: Path) -> None:
    """川崎市's forms (review 143 #5): the notice offering issue_list = "status"."""
    from tests.minamihama import TOML
    from tests.test_form_titles import _forms

    forms = _forms(tmp_path, "令和5年度\u3000施策進行管理・評価票（事務事業）")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([forms], scale=config.scale, settings=config.source)
    listed = planeval.issues_of(read, config)
    assert len(listed.rows) == 8
    assert [(p.severity.value, p.message) for p in listed.problems] == [
        (
            "notice",
            "課題一覧の 8 件のうち 7 件は、「目標達成」・「取組中」・「未着手」の取組内容です。"
            "取組状況・課題の記入があるため載っています。「目標達成」・「取組中」・「未着手」の"
            "取組内容は 7 件で、すべてに記入があります",
        )
    ]
    assert planeval.issues_of(read, config, statuses=["1"]).problems == []


def test_the_rounds_reads_as_one_with_what_comparing_them_said(tmp_path: Path) -> None:
    """compare's and rounds' closing read: the two reads joined (a problem both share once),
    the comparison's notices after them."""
    import shutil

    from tests.conftest import REPO

    seed = REPO / "data" / "setagaya" / "chapter3.xlsx"
    shutil.copy(seed, tmp_path / "later.xlsx")
    before, after = (
        planeval.read_workbooks([seed]),
        planeval.read_workbooks([tmp_path / "later.xlsx"]),
    )
    notice = planeval.Problem(
        planeval.Location(str(seed)), planeval.Severity.NOTICE, "比べた結果のお知らせ"
    )
    joined = planeval.read_of_rounds([before, after], [notice])
    assert joined.files == [*before.files, *after.files]
    assert joined.problems == [*dict.fromkeys([*before.problems, *after.problems]), notice]
    assert len(joined.entries) == len(before.entries) + len(after.entries)


def test_what_compare_shows_on_a_terminal(tmp_path: Path) -> None:
    """No item moved: a sentence instead of the empty list, the counts alone (review 21); 25
    bodies' moves: where the list is, and the counts per body instead (review 156 #6); 3
    bodies': the list."""
    from planeval.report.changed_counts import count_change_table
    from planeval.report.changes import movement_table
    from planeval.report.movement_summary import body_counts, terminal_tables
    from tests.test_review156_compare_rounds import _bodies

    def shown(old: Path, new: Path) -> tuple[list[str], list[Any], Any, Any]:
        before = planeval.read_workbooks([old], bodies="file")
        after = planeval.read_workbooks([new], bodies="file")
        comparison = planeval.compare(before, after)
        movements = movement_table(comparison, include_same=False)
        counts = count_change_table(comparison)
        return (
            *terminal_tables(comparison, movements, counts, planeval.DEFAULT_WORDING, None),
            movements,
            counts,
        )

    _bodies(tmp_path / "many", 25)
    said, tables, movements, counts = shown(tmp_path / "many" / "r5", tmp_path / "many" / "r6")
    assert said == [
        "実施内容ごとの変化（25 件）は、--xlsx でブックに、-f csv で CSV に書き出せます。"
        "ここでは団体ごとの件数を示します"
    ]
    assert tables == [body_counts(movements), counts]
    _bodies(tmp_path / "few", 3)
    said, tables, movements, counts = shown(tmp_path / "few" / "r5", tmp_path / "few" / "r6")
    assert (said, tables) == ([], [movements, counts])
    said, tables, movements, counts = shown(tmp_path / "few" / "r6", tmp_path / "few" / "r6")
    assert said == ["達成状況の変わった実施内容はありません"]
    assert tables == [counts]


def test_a_reads_summary_says_what_summarize_says_in_its_order(tmp_path: Path) -> None:
    """summarize --narrative (summary_of of a read kept) and plain summarize
    (summarize_workbooks): the same groups in the same order and the same notices — 森野町's
    one-level plan counted under 区分なし and said (review 34), which --narrative left unsaid."""
    from tests.test_unlevelled_bodies import LEVELLED, RUNNING, _replies

    said: dict[str, list[tuple[str, str]]]
    ids: dict[str, list[tuple[str, str]]]

    folder = _replies(tmp_path, {**LEVELLED, "08_森野町": RUNNING})
    config = planeval.load_config(tmp_path / "planeval.toml")
    said, ids = {}, {}
    for by in ("policy", "body", "body-policy"):
        summary, counted = planeval.summarize_workbooks(
            [folder], by=by, scale=config.scale, wording=config.wording, bodies="file"
        )
        read = planeval.read_workbooks(
            [folder], scale=config.scale, wording=config.wording, bodies="file"
        )
        kept = planeval.summary_of(read, by=by, scale=config.scale, wording=config.wording)
        assert kept.groups == summary.groups, by
        assert read.problems == counted.problems, by
        said[by] = [(p.severity.value, p.message[:21]) for p in read.problems]
        ids[by] = [(g.body, g.id) for g in kept.groups]
    assert said == {
        "policy": [("notice", "森野町の計画は番号が 1 段だけで（1, ")],
        "body": [],
        "body-policy": [],
    }
    # (the bodies in the read's order, its files': 森野町 last)
    assert ids["body"] == [("", "青葉市"), ("", "緑町"), ("", "森野町")]
    assert ids["policy"] == [("", "1"), ("", "2"), ("", "")]
