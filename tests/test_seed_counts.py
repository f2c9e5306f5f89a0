"""The bundled workbook counted against a hand count of the seed's Chapter 3 tables.

Hand count from ../shared/seed/000_1b6e7f1eca06e703.txt, lines 568-650 (one status per
rated line; a sub-item line counts once; '-' is a repeat listing and is not counted):

1-1-1 lines 570-574: ○570 △571 △572 ○573 △574                        → ◎0 ○2 △3
1-1-2 lines 578-582: ○578(電子調達/マイナポータル) ◎579(電子申請) ○580 ◎581 △582
                                                                       → ◎2 ○2 △1
1-1-3 lines 583-588: △583(ICタグ) △584 ◎585 ○586 ○587 ◎588            → ◎2 ○2 △2
1-2-1 lines 592-596: ○592 ○593 ○594 △595 ○596                        → ◎0 ○4 △1
1-2-2 lines 597-600: ○597 -598 ○599 -600                              → ○2, -2
2-1-1 lines 610-613: ◎610 ○611 ○612 △613                              → ◎1 ○2 △1
2-1-2 lines 614-616: ○614 ○615 △616                                   → ○2 △1
2-2-1 lines 620-622: ○620 △621 ○622                                   → ○2 △1
3-1-1 lines 632-633: ○632 ○633                                        → ○2
3-1-2 lines 634-635: ○634 ○635                                        → ○2
3-1-3 lines 636-640: ○636 ○637 ○638 △639 △640                        → ○3 △2
3-2-1 lines 644-647: ○644 △645 ○646 △647                              → ○2 △2
3-2-2 lines 648-650: ○648 △649 ○650                                   → ○2 △1

Policy 1 (◎4 ○12 △7, -2) differs from its narrative (line 564: 4, 12, 6): the tables hold
seven △ (571, 572, 574, 582, 583, 584, 595). Policies 2 and 3 agree with lines 604, 626.
"""

from __future__ import annotations

import pytest

import planeval
from tests.conftest import SEED_WORKBOOK

# (id, ◎, ○, △, ×, -)
PROJECTS = [
    ("1-1-1", 0, 2, 3, 0, 0),
    ("1-1-2", 2, 2, 1, 0, 0),
    ("1-1-3", 2, 2, 2, 0, 0),
    ("1-2-1", 0, 4, 1, 0, 0),
    ("1-2-2", 0, 2, 0, 0, 2),
    ("2-1-1", 1, 2, 1, 0, 0),
    ("2-1-2", 0, 2, 1, 0, 0),
    ("2-2-1", 0, 2, 1, 0, 0),
    ("3-1-1", 0, 2, 0, 0, 0),
    ("3-1-2", 0, 2, 0, 0, 0),
    ("3-1-3", 0, 3, 2, 0, 0),
    ("3-2-1", 0, 2, 2, 0, 0),
    ("3-2-2", 0, 2, 1, 0, 0),
]
DIRECTIONS = [
    ("1-1", 4, 6, 6, 0, 0),
    ("1-2", 0, 6, 1, 0, 2),
    ("2-1", 1, 4, 2, 0, 0),
    ("2-2", 0, 2, 1, 0, 0),
    ("3-1", 0, 7, 2, 0, 0),
    ("3-2", 0, 4, 3, 0, 0),
]
POLICIES = [
    ("1", 4, 12, 7, 0, 2),
    ("2", 1, 6, 3, 0, 0),
    ("3", 0, 11, 5, 0, 0),
]


@pytest.fixture(scope="module")
def seed() -> planeval.ReadResult:
    return planeval.read_workbooks([SEED_WORKBOOK])


def _as_rows(summary: planeval.Summary) -> list[tuple[str, int, int, int, int, int]]:
    return [
        (g.id, g.count.counts["◎"], g.count.counts["○"], g.count.counts["△"],
         g.count.counts["×"], g.count.uncounted["-"])
        for g in summary.groups
    ]  # fmt: skip


def test_the_bundled_workbook_reads_without_problems(seed: planeval.ReadResult) -> None:
    assert seed.problems == []
    assert len(seed.entries) == 51  # 49 rated + 2 repeat listings, one per rated line above


@pytest.mark.parametrize(
    ("by", "expected"),
    [("project", PROJECTS), ("direction", DIRECTIONS), ("policy", POLICIES)],
)
def test_counts_match_the_hand_count(
    seed: planeval.ReadResult, by: str, expected: list[tuple[str, int, int, int, int, int]]
) -> None:
    assert _as_rows(planeval.summarize(seed.entries, by=by)) == expected  # type: ignore[arg-type]


def test_policy_names_and_project_numbers(seed: planeval.ReadResult) -> None:
    summary = planeval.summarize(seed.entries, by="policy")
    assert [(g.id, g.name, g.projects) for g in summary.groups] == [
        ("1", "区民の力を活かす情報化", 5),  # line 562; narrative line 564 says 5つ
        ("2", "行政経営を支援する情報化", 3),  # line 602; line 604 says 3つ
        ("3", "情報化基盤の強化", 5),  # line 624; line 626 says 5つ
    ]
    assert summary.total.total == 49


def test_sub_items_and_repeat_listings_are_read(seed: planeval.ReadResult) -> None:
    sub_items = [
        (e.project_id, e.item_label, e.sub_item, e.status) for e in seed.entries if e.sub_item
    ]
    assert sub_items == [
        ("1-1-2", "①", "電子調達/マイナポータル", "○"),  # line 578
        ("1-1-2", "①", "電子申請", "◎"),  # line 579
        ("1-1-3", "①", "IC タグ", "△"),  # line 583
        ("1-1-3", "①", "電子資料公開システム", "△"),  # line 584
        ("1-1-3", "①", "電子書籍サービス", "◎"),  # line 585
        ("1-1-3", "①", "インターネット閲覧端末管理システム", "○"),  # line 586
    ]
    repeats = [(e.project_id, e.item_label, e.repeat_of) for e in seed.entries if e.status == "-"]
    assert repeats == [("1-2-2", "②", "1-2-1③"), ("1-2-2", "④", "1-1-1⑤")]  # lines 598, 600


def test_the_shifted_row_588_is_item_three_of_1_1_3(seed: planeval.ReadResult) -> None:
    entry = next(e for e in seed.entries if e.project_id == "1-1-3" and e.item_no == 3)
    assert (entry.item_name, entry.status) == ("学校教育における ICT 活用基盤の整備・充実", "◎")
    assert entry.issue == "タブレット型情報端末及び校内通信 NW 等新たな ICT 基盤を整備"


def test_entries_as_a_dataframe(seed: planeval.ReadResult) -> None:
    frame = planeval.to_dataframe(seed.entries)
    assert len(frame) == 51
    assert list(frame.columns[:4]) == ["file", "sheet", "cell", "policy_id"]
    assert str(frame["item_no"].dtype) == "Int64"
    counts = frame[frame["policy_id"] == "1"].groupby("status").size().to_dict()
    assert counts == {"-": 2, "○": 12, "◎": 4, "△": 7}


def test_the_openpyxl_reader_agrees(seed: planeval.ReadResult) -> None:
    slow = planeval.read_workbooks([SEED_WORKBOOK], engine="openpyxl")
    assert (slow.entries, slow.problems, slow.texts) == (seed.entries, seed.problems, seed.texts)


def test_records_read_are_values_that_compare_and_hash_by_content() -> None:
    """Entries, locations and problems can be compared and put in sets, as library users do
    (Entry and Location are not frozen, for speed, but hash by value like the rest)."""
    first = planeval.read_workbooks([SEED_WORKBOOK])
    again = planeval.read_workbooks([SEED_WORKBOOK])
    assert first.entries == again.entries
    assert len(set(first.entries)) == len(first.entries)
    assert set(first.entries) == set(again.entries)
    assert {entry.location for entry in first.entries} == {e.location for e in again.entries}
    assert set(first.problems) == set(again.problems)
    # and they survive pickling (how results cross from worker processes) unchanged
    import pickle

    records = (first.entries, first.problems, first.texts)
    assert pickle.loads(pickle.dumps(records)) == records
    where = planeval.Location("a.xlsx", "第3章", "C5")
    problem = planeval.Problem(where, planeval.Severity.WARNING, "見出し", "直し方", "詳細")
    assert pickle.loads(pickle.dumps(problem)) == problem
    refused = planeval.Problem(where, planeval.Severity.ERROR, "空です。直し方", reason="空です")
    assert pickle.loads(pickle.dumps(refused)).reason == "空です"
