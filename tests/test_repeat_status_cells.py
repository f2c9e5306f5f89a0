"""A repeat listing whose status cell names the item it repeats (review 116 #3, 緑ヶ丘市's 集中改革
プラン): 財政課 typed 「2.2.3の再掲」 where the scale's 再掲 goes. It was an unknown status whose
fix said it looked like a count, a total row to move out or delete, and nothing was counted.
It is the scale's 再掲, and 2.2.3 the item it repeats, as 「（2.2.3再掲）」 in its name would be."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.issue_leads import compare_leads
from planeval.model import Location, TextCell
from planeval.presets import PRESETS
from planeval.report.issue_list import select_issues
from tests.conftest import write_book

REFORM = PRESETS["reform_plan"]
RUNNER = CliRunner()


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2.2.3の再掲", (None, "再掲")),
        ("２．２．３再掲", (None, "再掲")),
        ("再掲（2.2.3）", (None, "再掲")),
        ("（2.2.3再掲）", (None, "再掲")),
        ("再掲予定", None),  # (words, not a reference: still not a status)
        ("2件再掲", None),
    ],
)
def test_a_status_cell_naming_what_it_repeats_is_the_scales_repeat(
    typed: str, read: tuple[str | None, str] | None
) -> None:
    assert REFORM.split_labelled(typed) == read


def test_the_repeat_of_a_named_item_is_counted_as_one_naming_its_original(tmp_path: Path) -> None:
    """The row's name says only 「（再掲）」; its status cell says which item: 2.2.3, kept as
    the repeat's reference. No problem, and 計 counts the rated rows alone."""
    rows = [
        ["番号", "取組項目", "取組内容", "達成状況", "今後の方向性", "担当課"],
        ["2.2.3", "住民票の廃止検討", "検討し、実施する。", "目標達成", "", "市民課"],
        ["2.3.12", "住民票の廃止検討（再掲）", "検討し、実施する。", "2.2.3の再掲", "", "財政課"],
        ["2.3.13", "窓口の改善", "検討し、実施する。", "取組中", "継続", "財政課"],
    ]
    path = write_book(tmp_path / "取組状況.xlsx", {"取組状況": rows})
    result = planeval.read_workbooks([path], scale=REFORM)
    assert result.problems == []
    assert [(e.status, e.repeat_of) for e in result.entries] == [
        ("目標達成", None),
        ("再掲", "2.2.3"),
        ("取組中", None),
    ]
    total = planeval.summarize(result.entries, scale=REFORM).total
    assert (total.total, total.uncounted["再掲"]) == (2, 1)


def test_a_numbered_forms_repeat_status_names_its_item_in_the_bodys_ids(tmp_path: Path) -> None:
    """Setagaya's form: 「1-1-1①の再掲」 in the status cell is its - (再掲) of 1-1-1①."""
    rows = [
        ["事業", "実施内容", "達成状況", "課題等"],
        ["1-1-1 事業", "① 項目", "○", ""],
        ["1-2-1 事業二", "① 項目", "1-1-1①の再掲", ""],
    ]
    path = write_book(tmp_path / "第3章.xlsx", {"第3章": rows})
    result = planeval.read_workbooks([path])
    assert result.problems == []
    assert [(e.status, e.repeat_of) for e in result.entries] == [("○", None), ("-", "1-1-1①")]


def test_a_repeat_listing_with_a_text_is_not_in_the_issue_list_nor_its_lead(
    tmp_path: Path,
) -> None:
    """A 再掲 row with 今後の方向性 filled listed its item a second time in the 課題一覧 (56 for
    54, review 116 #7): the list, and check's count of the list's lead, leave it out."""
    rows = [
        ["番号", "取組項目", "取組内容", "達成状況", "今後の方向性", "担当課"],
        ["2.2.3", "住民票の廃止検討", "検討し、実施する。", "取組中", "継続", "市民課"],
        ["2.3.12", "住民票の廃止検討（2.2.3再掲）", "検討し、実施する。", "再掲", "継続", "財政課"],
        ["2.3.13", "窓口の改善", "検討し、実施する。", "目標達成", "", "財政課"],
    ]
    path = write_book(tmp_path / "取組状況.xlsx", {"取組状況": rows})
    entries = planeval.read_workbooks([path], scale=REFORM).entries
    assert [e.location.cell for e in select_issues(entries, REFORM)] == ["D2"]
    lead = (
        "目標達成以外と評価された取組内容、または今後の方向性の記載がある取組内容。一覧は1件です。"
    )
    said = TextCell(Location("報告書.txt", "", "1行目"), lead)
    _, wrong, skipped, compared = compare_leads([said], entries, REFORM)
    assert (wrong, skipped, compared) == ([], [], 1)


def test_a_count_past_an_error_on_a_repeat_listing_says_its_total_stays(tmp_path: Path) -> None:
    """--keep-going past an error on a row its name marks 再掲: 「直した後の件数はこの表と異なり
    ます」 said the 計 would change (review 116 #8); fixed, only the 再掲 column does — and the
    export's policy sentence does not count it among the 取組内容 left out for an error."""
    rows = [
        ["番号", "取組項目", "取組内容", "達成状況", "今後の方向性", "担当課"],
        ["2.2.3", "住民票の廃止検討", "検討し、実施する。", "取組中", "継続", "市民課"],
        ["2.3.12", "住民票の廃止検討（再掲）", "検討し、実施する。", "再掲予定", "", "財政課"],
    ]
    path = write_book(tmp_path / "取組状況.xlsx", {"取組状況": rows})
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "reform_plan"\n', encoding="utf-8")
    ran = RUNNER.invoke(app, ["summarize", str(path), "--config", str(config), "--keep-going"])
    assert ran.exit_code == 1
    assert (
        "記入に不備のあった 1 か所の行は集計に含めていません。再掲の行のため、直しても計は変わりません"
        in (ran.stdout.replace("\n  ", ""))
    )
    assert "直した後の件数" not in ran.stdout
    md = tmp_path / "報告.md"
    args = ["export", str(path), "--config", str(config), "--keep-going", "--md", str(md)]
    assert RUNNER.invoke(app, args).exit_code == 1
    text = md.read_text(encoding="utf-8")
    assert "再掲の行のため、直しても計は変わりません（変わるのは再掲の件数です）。" in text
    assert "エラーがあったため集計に含めていません。" not in text
