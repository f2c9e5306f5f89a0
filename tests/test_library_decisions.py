"""What the command line used to decide in its command bodies, through the library a Python
user calls (the brief's "every command is a library function"): an export's year and what
is said before it is written (planeval.export_year), compare's paths as its two rounds
(planeval.two_rounds), and summarize --narrative's count of a read (planeval.summary_of)."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from tests.minamihama import TOML
from tests.test_form_titles import _forms
from tests.test_reform_plan_directions import city_plan


def test_an_exports_year_and_what_is_said_of_its_year_title_and_issue_list(
    tmp_path: Path,
) -> None:
    """川崎市's forms 「令和5年度　施策進行管理・評価票（事務事業）」 (review 125 #10): the year their
    titles state, the issue list's hint, and the title notice offering the plan's name."""
    forms = _forms(tmp_path, "令和5年度\u3000施策進行管理・評価票（事務事業）")
    plan = planeval.read_plan(city_plan(tmp_path / "取組一覧.xlsx"))
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(
        [forms], scale=config.scale, layout=config.layout, wording=config.wording,
        settings=config.source, plan=plan,
    )  # fmt: skip
    year, said = planeval.export_year(read, config, output="報告.md", plan=plan)
    assert year == 2023
    assert [(p.severity.value, str(p.location), p.message) for p in said] == [
        (
            "notice",
            str(tmp_path / "planeval.toml"),
            "課題一覧の 8 件のうち 7 件は、「目標達成」・「取組中」・「未着手」の取組内容です。"
            "取組状況・課題の記入があるため載っています。「目標達成」・「取組中」・「未着手」の"
            "取組内容は 7 件で、すべてに記入があります",
        ),
        (
            "notice",
            f"{forms / '集中改革プラン進捗状況_企画課.xlsx'} › 進捗状況 › A1",
            "報告書の表題は planeval の既定の「計画の進捗状況」です（[wording] に title がなく、"
            "調査票の表題「令和5年度\u3000施策進行管理・評価票（事務事業）」に計画の名前が"
            "ないため、表題にしませんでした）",
        ),
    ]
    assert said[1].hint.startswith('--title "南浜市集中改革プラン 取組内容の進捗状況" のように')
    # a title given and the issues chosen by status: nothing to say
    assert planeval.export_year(
        read, config, output="報告.md", plan=plan, title="取組状況", issue_statuses=["変更・中止"]
    ) == (2023, [])


def test_compares_paths_as_its_two_rounds(tmp_path: Path) -> None:
    """Each round's folder with the folders inside it given after it (review 156 #4); two
    paths two rounds; a third path, or a year meant for --fiscal-year, a UsageError."""
    old, new = tmp_path / "R6回答", tmp_path / "R7回答"
    for folder in (old / "13_東京都", new / "13_東京都"):
        folder.mkdir(parents=True)
    given = [old, old / "13_東京都", str(new), new / "13_東京都"]
    assert planeval.two_rounds(given) == ([old, old / "13_東京都"], [new, new / "13_東京都"])
    assert planeval.two_rounds([old / "13_東京都", old]) == ([old / "13_東京都"], [old])
    with pytest.raises(planeval.UsageError) as said:
        planeval.two_rounds([old, new, "令和7"], ["令和6"])
    assert str(said.value) == (
        "余分な引数があります（令和7）。--fiscal-year は回ごとに繰り返して指定します"
        "（--fiscal-year 令和6 --fiscal-year 令和7）"
    )
    with pytest.raises(planeval.UsageError) as said:
        planeval.two_rounds([old])
    assert str(said.value).startswith(
        "前回と今回の 2 つを指定してください。前回・今回はそれぞれ一つのブックかフォルダで"
    )


def test_a_reads_summary_as_its_report_counts_it(tmp_path: Path) -> None:
    """summarize --narrative's table: each policy numbered as typed (Ⅰ), the 重点 rows counted
    under it and called as the plan marks them (●, review 173 #6); the forms' own without it."""
    from tests.test_review96_plan_forms import made_forms

    plan_path, config_path, forms = made_forms(tmp_path, bracketed=False)
    config, plan = planeval.load_config(config_path), planeval.read_plan(plan_path)

    def read(plan: planeval.Plan | None) -> planeval.ReadResult:
        return planeval.read_workbooks(
            [forms], scale=config.scale, layout=config.layout, wording=config.wording,
            settings=config.source, plan=plan,
        )  # fmt: skip

    summary = planeval.summary_of(read(plan), scale=config.scale)
    assert [(g.id, g.label, dict(g.count.counts)) for g in summary.groups] == [
        ("1", "Ⅰ", {"1": 1, "2": 1, "3": 2, "4": 1, "5": 0}),
        ("2", "Ⅱ", {"1": 0, "2": 1, "3": 1, "4": 0, "5": 1}),
    ]
    assert summary.marked is not None and summary.marked.planned == "●"
    assert dict(summary.marked.total.counts) == {"1": 1, "2": 2, "3": 2, "4": 0, "5": 0}
    alone = planeval.summary_of(read(None), scale=config.scale)
    assert alone.marked is not None and alone.marked.planned == ""
