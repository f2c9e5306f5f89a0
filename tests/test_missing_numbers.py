"""Items numbered through the whole plan, a run of them in no file (review 75: 枚方市's 施策
No. 21–24, the 部 rating them never answered, 33 施策 counted with nothing said)."""

from __future__ import annotations

from pathlib import Path

import planeval
from tests.conftest import write_book

HEADER = ("基本目標", "施策の柱", "No.", "施策名", "達成状況")


def _dept(folder: Path, name: str, pillar: str, numbers: range) -> None:
    rows = [HEADER] + [("1 まち", pillar, n, f"施策{n}", "○") for n in numbers]
    write_book(folder / f"{name}.xlsx", {"s": rows})


def test_a_run_of_plan_wide_numbers_in_no_file_is_named(tmp_path: Path) -> None:
    _dept(tmp_path, "01_総務部", "1-1 防災", range(1, 5))
    _dept(tmp_path, "02_福祉部", "1-2 福祉", range(5, 9))
    _dept(tmp_path, "04_環境部", "1-4 環境", range(13, 17))
    read = planeval.read_workbooks([tmp_path])
    [said] = [p for p in read.problems if "どのファイルにもありません" in p.message]
    assert said.severity is planeval.Severity.WARNING  # (shown under -q: review 85)
    assert said.message.startswith("番号 9～12 の行がどのファイルにもありません")
    assert "1～8・13～16 はあります" in said.message


def test_numbers_within_each_project_say_nothing(tmp_path: Path) -> None:
    _dept(tmp_path, "01_総務部", "1-1 防災", range(1, 5))
    _dept(tmp_path, "02_福祉部", "1-2 福祉", range(1, 3))
    _dept(tmp_path, "04_環境部", "1-4 環境", range(1, 4))
    read = planeval.read_workbooks([tmp_path])
    assert not [p for p in read.problems if p.message.startswith("番号")]
    # (the department of 1-3 is missing all the same: said by its project, review 81)
    assert [p.message for p in read.problems] == [
        "計画事業 1-3 の行がどのファイルにもありません（1-1・1-2・1-4 はあります）"
    ]


def test_a_plan_of_pillars_over_numbered_items_reads_and_pairs(tmp_path: Path) -> None:
    """Review 75: 枚方市's 施策一覧 (基本目標 | 施策の柱 | No. | 施策名 | 担当部 | 区分), its 施策の柱
    「1-1 防災・防犯」 number and name in one cell, was refused (「事業番号「1-1 防災・防犯」が
    読めません」) even with [layout.titles]; its No. numbers the 施策 (they paired by name, with
    a warning per file)."""
    from planeval.io.headers import Layout

    rows: list[tuple[object, ...]] = [("基本目標", "施策の柱", "No.", "施策名", "担当部", "区分")]
    for n in range(1, 9):
        pillar = "1-1 防災" if n < 5 else "1-2 福祉"
        rows.append(("1 まち", pillar, n, f"施策{n}", "総務部" if n < 5 else "福祉部", "継続"))
    plan_path = write_book(tmp_path / "施策一覧.xlsx", {"施策一覧": rows})
    layout = Layout({"project": ("施策の柱",), "item": ("施策名",)})
    plan = planeval.read_plan(plan_path, layout=layout)
    assert [(i.project_id, i.project_name, i.item_no) for i in plan.items][3:5] == [
        ("1-1", "防災", 4), ("1-2", "福祉", 5)
    ]  # fmt: skip
    replies = tmp_path / "回答"
    replies.mkdir()
    _dept(replies, "01_総務部", "1-1 防災", range(1, 5))
    _dept(replies, "02_福祉部", "1-2 福祉", range(5, 9))
    read = planeval.read_workbooks([replies], plan=plan)
    assert planeval.validate(read, plan=plan) == []


def test_validate_says_a_run_through_the_plan_once_and_no_jump_as_a_gap(tmp_path: Path) -> None:
    """Review 121 #6 (羽村市's 事業番号 1–61 through the plan): 施策1-2's new 事業 17, added at
    the plan's end, was 「6 の次に 17（7・8・…・16がありません）」 though other 施策 hold them,
    and 施策1-3's 9・10, which no file holds, was said again beside the folder's warning."""
    _dept(tmp_path, "01_総務部", "1-1 防災", range(1, 5))
    rows = [HEADER] + [("1 まち", "1-2 企画", n, f"事業{n}", "○") for n in (5, 6, 17)]
    write_book(tmp_path / "02_企画部.xlsx", {"s": rows})
    rows = [HEADER] + [("1 まち", "1-3 福祉", n, f"事業{n}", "○") for n in (7, 8, 11, 12)]
    write_book(tmp_path / "03_福祉部.xlsx", {"s": rows})
    _dept(tmp_path, "04_環境部", "1-4 環境", range(13, 17))
    problems = planeval.validate(planeval.read_workbooks([tmp_path]))
    assert [p.message.partition("（")[0] for p in problems] == [
        "番号 9・10 の行がどのファイルにもありません"
    ]
