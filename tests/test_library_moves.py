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
