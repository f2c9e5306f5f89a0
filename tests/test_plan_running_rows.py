"""A town's 課 numbering its rows 1, 2, 3 … straight down its sheet, its 事務事業 under several
施策 the plan numbers 1-1-1 … (review 76): 総務課's 「6 職員研修事業」 under 施策 5-2 was taken
for the plan's 5-2-6 (広報紙発行事業, 企画財政課's) and said misnamed, the plan's own 5-2-? said
missing, two 課 未記入, and `--keep-going` counted 58 of 60. Each row pairs with the plan by its
name; a notice per file says the form numbers its rows, no warning on a correct round."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.model import Severity
from tests.conftest import write_book

PLAN = [  # (施策, 事業番号, 事務事業名, 担当課)
    ("1-1 防災", "1-1-1", "自主防災組織育成事業", "総務課"),
    ("1-1 防災", "1-1-2", "消防団活動支援事業", "総務課"),
    ("5-2 行財政", "5-2-1", "職員研修事業", "総務課"),
    ("5-2 行財政", "5-2-2", "広報紙発行事業", "企画財政課"),
    ("5-2 行財政", "5-2-3", "ふるさと納税推進事業", "企画財政課"),
]


def _round(folder: Path) -> tuple[Path, Path]:
    rows: list[tuple[object, ...]] = [
        ("基本目標", "施策", "事業番号", "事務事業名", "区分", "担当課")
    ]
    rows += [("5 まち", shi, no, name, "継続", dept) for shi, no, name, dept in PLAN]
    plan = write_book(folder / "計画.xlsx", {"計画事業一覧": rows})
    replies = folder / "回答"
    replies.mkdir()
    for dept in ("総務課", "企画財政課"):
        own = [(shi, name) for shi, _no, name, d in PLAN if d == dept]
        # (総務課's No. 3 is 5-2-1 職員研修事業; the plan's 5-2-3 is 企画財政課's)
        form = [("No.", "施策", "事務事業名", "達成状況", "課題等")]
        form += [(n, shi, name, "○", "") for n, (shi, name) in enumerate(own, 1)]
        write_book(replies / f"{dept}.xlsx", {dept: form})
    return plan, replies


def test_rows_numbered_down_the_sheet_pair_with_the_plan_by_name(tmp_path: Path) -> None:
    plan_path, replies = _round(tmp_path)
    wording = planeval.Wording(project="施策", item="事務事業")
    plan = planeval.read_plan(plan_path, wording=wording)
    read = planeval.read_workbooks([replies], plan=plan, wording=wording)
    assert len(read.entries) == len(PLAN)
    assert not read.errors, [p.message for p in read.errors]
    said = {s.department: s.label for s in planeval.submissions(read, plan)}
    assert said == {"総務課": "提出済", "企画財政課": "提出済"}
    problems = planeval.validate(read, plan=plan, wording=wording)
    notices = [p for p in problems if "行の通し番号" in p.message]
    assert [p.severity for p in notices] == [Severity.NOTICE] * 2  # (each 課 numbers its rows)
    assert not [p for p in problems if p.severity is not Severity.NOTICE]


def test_rows_numbered_down_the_sheet_have_no_numbering_gaps(tmp_path: Path) -> None:
    """Without a plan: 「5-1 の事務事業の番号が 3 の次に 7」 was warned of a 課's own row numbers
    (rows 4–6 of other 施策); a form numbering items per 施策 still is."""
    form = [("No.", "施策", "事務事業名", "達成状況", "課題等")]
    form += [
        (1, "1-1 防災", "a", "○", ""),
        (2, "1-1 防災", "b", "○", ""),
        (3, "5-2 行財政", "c", "○", ""),
    ]
    form += [(4, "1-2 交通", "d", "○", ""), (5, "5-2 行財政", "e", "○", "")]
    book = write_book(tmp_path / "総務課.xlsx", {"総務課": form})
    problems = planeval.validate(planeval.read_workbooks([book]))
    assert not [p for p in problems if "の次に" in p.message]
    per_project = [("No.", "施策", "事務事業名", "達成状況", "課題等")]
    per_project += [(1, "1-1 防災", "a", "○", ""), (3, "1-1 防災", "c", "○", "")]
    per_project += [(1, "5-2 行財政", "d", "○", "")]
    book = write_book(tmp_path / "企画課.xlsx", {"企画課": per_project})
    problems = planeval.validate(planeval.read_workbooks([book]))
    assert [p.message for p in problems if "の次に" in p.message] == [
        "1-1 の実施内容の番号が 1 の次に 3 になっています（2がありません）"
    ]
