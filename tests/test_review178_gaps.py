"""Review 178 #3: 世田谷区's projects are numbered policy-direction-project, from 1 again in
each direction (3-2-1, 3-2-2). Read without the plan, a 部 that never answered and rates a
direction's first projects (地域行政部's 3-2-1, 3-2-2 read; 情報政策部's 3-1-1 and 3-1-2, 3-1-3
read) left no word and exit 0, though a gap in the middle (1-1-2) was warned: a direction of
one or two projects read, its first missing, looked sparsely numbered (1 missing of 1 read).
The body's numbering, dense over all its directions, now decides: one warning per gap."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from tests.setagaya178 import plan, rated, replies, run

GAP = "の行がどのファイルにもありません"


@pytest.mark.parametrize(
    ("unanswered", "said"),
    [("地域行政部", "計画事業 3-2-1 の行がどのファイルにもありません（3-2-2 はあります）"),
     ("情報政策部", "計画事業 3-1-1・3-1-2 の行がどのファイルにもありません（3-1-3 はあります）"),
     ("DX推進担当部", "計画事業 1-1-2 の行がどのファイルにもありません（1-1-1・1-1-3 はあります）")],
)  # fmt: skip
def test_a_department_rating_a_direction_s_first_projects_that_never_answered_is_warned(
    tmp_path: Path, unanswered: str, said: str
) -> None:
    folder = replies(plan(tmp_path / "plan.xlsx"), tmp_path / "回答R3", "令和3", rated({}),
                     unanswered=(unanswered,))  # fmt: skip
    code, _shown, warned = run("summarize", str(folder))
    assert code == 0, warned
    [line] = [line for line in warned.replace("\n", "").split("警告: ") if GAP in line]
    assert line.startswith(f"{folder}: {said}"), warned
    for stream in (False, True):  # (read whole, and counted file by file)
        _summary, read = planeval.summarize_workbooks(sorted(folder.glob("*.xlsx")), stream=stream)
        assert [p.message for p in read.problems] == [said]


def test_every_department_answered_reads_without_a_warning(tmp_path: Path) -> None:
    folder = replies(plan(tmp_path / "plan.xlsx"), tmp_path / "回答R3", "令和3", rated({}))
    code, _shown, warned = run("summarize", str(folder))
    assert (code, warned) == (0, "")
