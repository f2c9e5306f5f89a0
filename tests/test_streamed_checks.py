"""A large read, counted file by file without keeping its rows (planeval.rollup), checks what
a kept read checks: the same input gives the same counts and warnings whatever its size. Its
再掲 rows naming their source, 「（2-9に掲載）」 or 「（2-3再掲）」, are looked up across its
files (review 154 #3, review 159 #2), and read with the plan its forms' 重点 marks are the
plan's (review 155 #1) — both passed unsaid once a read was streamed."""

from __future__ import annotations

import shutil
from pathlib import Path

import planeval
from tests.test_review96_plan_forms import made_forms
from tests.test_review124_marks import CHILDREN
from tests.test_review154 import forms, with_status
from tests.test_review155_marks import _set_mark
from tests.test_rollup import assert_same


def _repeats_said(problems: list[planeval.Problem]) -> list[tuple[str, str, str]]:
    return [
        (Path(p.location.file).name, p.location.cell, p.message)
        for p in problems
        if "の再掲とされていますが" in p.message
    ]


def test_a_streamed_read_looks_up_its_repeat_listings_sources_in_its_other_files(
    tmp_path: Path,
) -> None:
    # (1-5, in 教育部's form, names 2-9, held by no form; then 2-3, 図書館運営の委託, not its item
    # 庁舎清掃業務の委託 — 2-1 in 総務部's form, which lists no repeat of its own to look up)
    for name, typed in (("no_source", "（2-9に掲載）"), ("renamed", "（2-3再掲）")):
        folder = forms(tmp_path / name / "回答", with_status("1-5", "再掲", typed))
        scale = planeval.load_config(folder.parent / "planeval.toml").scale
        assert_same([folder], scale=scale)  # (the counts and every problem, both ways)
        _, streamed = planeval.summarize_workbooks([folder], scale=scale, stream=True)
        [said] = _repeats_said(streamed.problems)
        assert said[:2] == ("R7_取組状況_教育部.xlsx", "D7"), said
        assert typed.strip("（）").removesuffix("に掲載").removesuffix("再掲") in said[2]


def test_a_streamed_read_looks_up_a_source_named_by_name_in_its_other_files(
    tmp_path: Path,
) -> None:
    """Review 161 #2 streamed: 1-5, in 教育部's form, names its source by name, 「（再掲：…）」;
    公用車の集中管理 is 1-3 in 総務部's form, which lists no repeat of its own (its 2-2 left
    out here), so is read again for its rows' names: warned of both ways where no row has the
    name, and neither way where one has."""
    for name, typed in (("unknown", "公用車の一元管理"), ("known", "公用車の集中管理")):
        rows = with_status("1-5", "再掲", f"（再掲：{typed}）")
        rows["総務部"] = [row for row in rows["総務部"] if row[0] != "2-2"]
        folder = forms(tmp_path / name / "回答", rows)
        scale = planeval.load_config(folder.parent / "planeval.toml").scale
        assert_same([folder], scale=scale)  # (the counts and every problem, both ways)
        _, streamed = planeval.summarize_workbooks([folder], scale=scale, stream=True)
        said = _repeats_said(streamed.problems)
        if name == "known":
            assert said == []
            continue
        [(file, cell, message)] = said
        assert (file, cell) == ("R7_取組状況_教育部.xlsx", "D7")
        assert f"「{typed}」という名称の行がどのファイルにもありません" in message


def _counted(forms: Path, config: Path, plan: Path, *, stream: bool) -> tuple:
    settings = planeval.load_config(config)
    options = {"scale": settings.scale, "layout": settings.layout, "wording": settings.wording}
    read_plan = planeval.read_plan(plan, layout=settings.layout, wording=settings.wording)
    summary, result = planeval.summarize_workbooks(
        [forms], plan=read_plan, stream=stream, settings=config, **options
    )
    said = [(str(p.location), p.message) for p in result.problems if "「重点」の欄は" in p.message]
    return summary, said


def test_a_streamed_read_with_the_plan_counts_juten_as_the_plan_marks_it(tmp_path: Path) -> None:
    """Review 155 #1 streamed: こども未来局 left 保育受入支援事業's 重点 cell blank and marked
    保育受入啓発事業, which the plan does not: both ways count the plan's うち重点 and warn at
    both cells."""
    plan, config, forms = made_forms(tmp_path, bracketed=False)
    planned, _ = _counted(forms, config, plan, stream=False)
    cells = [_set_mark(forms, "保育受入支援事業", None), _set_mark(forms, "保育受入啓発事業", "○")]
    kept, said = _counted(forms, config, plan, stream=False)
    assert kept == planned  # (うち重点 as the plan marks it)
    assert [place.rsplit(" › ", 1)[1] for place, _message in said] == cells
    assert _counted(forms, config, plan, stream=True) == (kept, said)
    # (its form sent twice: the two files, sharing its items, read again jointly when streamed)
    shutil.copy(forms / CHILDREN, forms / f"写し_{CHILDREN}")
    kept, said = _counted(forms, config, plan, stream=False)
    assert kept == planned and said
    assert _counted(forms, config, plan, stream=True) == (kept, said)
