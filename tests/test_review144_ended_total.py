"""A plan revised mid-term ends items (its 区分 廃止, 終了), as the published report states its whole
count (review 144 #5, #9): every export and summarize --narrative said 「全51項目」 of a plan of 52
rows, the 廃止 item named nowhere, and the note under summarize's table 「計は再掲を除く件数」 only.
Now the whole count says the ended items beside the counted ones (「実施内容は全N件で、再掲の1件と
廃止・終了の2件を除くM件を集計しました。」), the note under the table says them too, and check reads the
sentence planeval writes as the plan's count."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

import planeval
from tests.test_ended_in_plan_words import worded_plan
from tests.test_ended_items import round_of, run


@pytest.fixture(scope="module")
def revised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    where = tmp_path_factory.mktemp("ended_total")
    plan = worded_plan(where / "plan_r5.xlsx")
    return plan, round_of(plan, "令和5", where / "R5")


def _whole(plan: Path, folder: Path) -> str:
    """The sentence, its numbers counted from the rows read and the plan's 区分 column."""
    read = planeval.read_workbooks([folder], plan=planeval.read_plan(plan))
    words = sorted(word for word, _project, _name in read.plan_ended)
    assert words == ["廃止", "終了"]
    repeats = sum(entry.status == "-" for entry in read.entries)
    rows = len(read.entries)
    return (
        f"実施内容は全{rows + len(words)}件で、再掲の{repeats}件と廃止・終了の2件を除く"
        f"{rows - repeats}件を集計しました。"
    )


def test_every_export_counts_the_items_the_plan_ends(revised, tmp_path: Path) -> None:
    plan, folder = revised
    whole = _whole(plan, folder)
    out = tmp_path / "out"
    args = ["export", str(folder), "--plan", str(plan)]
    for suffix in ("md", "html", "docx", "xlsx"):
        args += [f"--{suffix}", str(out / f"報告.{suffix}")]
    said = run(*args)
    assert said.exit_code == 0, said.output
    assert whole in (out / "報告.md").read_text(encoding="utf-8")
    assert whole in (out / "報告.html").read_text(encoding="utf-8")
    assert whole in [p.text for p in docx.Document(str(out / "報告.docx")).paragraphs]
    cells = [c for s in openpyxl.load_workbook(out / "報告.xlsx") for r in s.values for c in r]
    assert whole in cells
    narrated = run("summarize", str(folder), "--plan", str(plan), "--narrative")
    assert narrated.exit_code == 0, narrated.output
    assert whole in narrated.stdout
    # (the sentence planeval writes is one check reads: the plan's count, not 「読み取れません」)
    text = tmp_path / "報告.txt"
    text.write_text(whole + "\n", encoding="utf-8")
    checked = run("check", str(folder), "--plan", str(plan), "--text", str(text))
    assert checked.exit_code == 0, checked.output


def test_the_note_under_the_table_says_the_ended_items_are_left_out(revised) -> None:
    plan, folder = revised
    said = run("summarize", str(folder), "--plan", str(plan))
    assert said.exit_code == 0, said.output
    assert "計は再掲（-）と計画で廃止・終了の2件を除く件数" in said.stdout
    without = run("summarize", str(folder))  # (read without the plan: nothing it ended)
    assert "計画で" not in without.stdout
