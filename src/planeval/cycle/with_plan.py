"""What every reading command given the plan (--plan or [plan] file) says of a round, as
validate says it: the departments that returned nothing (unreturned_notes.note_unreturned), and
the rows against the plan (against_plan.judged) — a row of no item of the plan, a planned item
missing from every file returned, a name not the plan's — the same errors at the same cells.

An error's row is left out of the count, as every row in error is (README: counted only with
--keep-going, which says under 集計 how many places it left out); the planned items missing are
noted per policy (ReadResult.plan_missing), its count sentence saying so (unanswered_words)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from planeval.cycle.against_plan import Judged, judged
from planeval.cycle.earlier_round import earlier_round, plan_year
from planeval.cycle.ended import Ended
from planeval.cycle.ended_rows import ended_rows, rated_ended
from planeval.cycle.idle_replies import idle_replies
from planeval.cycle.lead_blanks import rated_by_the_lead
from planeval.cycle.missing_items import added_items
from planeval.cycle.older_plan import if_the_plan_is_right, leading, older_plan
from planeval.cycle.plan_marks import marks_from_plan
from planeval.cycle.plan_names import plan_project_names
from planeval.cycle.stated_leads import stated_leads
from planeval.cycle.stray_policies import stray_policies
from planeval.cycle.submission import UNRETURNED, submissions, unreturned
from planeval.cycle.unreturned_notes import note_missing, note_unreturned
from planeval.cycle.workbook_owners import file_writers
from planeval.io.level_names import NUMBER_GAP
from planeval.marks import template_marks
from planeval.message_words import in_body_words, with_form_words
from planeval.mistyped_numbers import numbered_as_planned
from planeval.model import Entry, Location, Problem, Severity
from planeval.past_errors import NOT_IN_PLAN
from planeval.plan import Plan
from planeval.plan_order import plan_places
from planeval.plan_pairing import numbered_as_read
from planeval.read_records import EndedItem, ReadResult
from planeval.scale import Scale
from planeval.stated_year import seen_year
from planeval.text_cells import row_key, rows_of
from planeval.unread_headings import instead_of_strays
from planeval.wording import Wording


def against(result: ReadResult, plan: Plan, wording: Wording, scale: Scale) -> Judged:
    """The rows of ``result`` against the plan, as validate judges them: the departments
    that returned nothing (未提出) said once each in 提出状況, not per item; a row rating an item
    the plan ended with a counted status, and a policy the plan has not (stray_policies),
    said too."""
    returns = submissions(result, plan)
    found = judged(
        result.read,
        plan,
        result.items_seen,
        absent=unreturned(returns),
        replied={one.department: one.files for one in returns if one.files},
        wording=wording,
        repeat_symbol=scale.repeat_symbol,
        columns=result.text_columns,
        error_rows=result.error_rows,
    )
    ended = Ended.of_items(ended_items(result, plan))
    # (the headings over the tables unread, 「基本政策Ⅰ」: said by their notice — review 147 #5)
    strays = instead_of_strays(
        result.problems, stray_policies(result.read, plan, wording), wording.policy
    )
    rated = rated_ended(result, ended, scale) + strays
    lead = older_plan(result, found, plan, wording.item)
    if lead is not None:  # (the plan older than the round: said first, the rows' fixes if so)
        return replace(found, problems=(lead, *if_the_plan_is_right(found.problems, lead), *rated))
    rated += earlier_round(result, found, plan, wording.item)
    return replace(found, problems=(*found.problems, *rated)) if rated else found


def count_with_plan(
    result: ReadResult, plan: Plan, wording: Wording, scale: Scale, *, rows: bool = True
) -> bool:
    """``result`` as a reading command counts it with the plan: its unreturned departments
    noted and warned of, the rows against the plan said (in the body's words) and those in
    error left out of its entries, a row of a form whose 重点 column was deleted marked as the
    plan marks it (plan_marks.py), a project the form names otherwise given the plan's name
    (plan_names.py). Whether any row was left out, marked or renamed so (a tally made before
    is then made again). A read that kept no ``rows`` (summarize_workbooks(stream=True)) has none
    to judge: only who returned nothing is said (its rows' 重点 taken from the plan, a form's
    other mark warned of, file by file as they were read: rollup.py)."""
    # (a gap in the numbers read, said to send the clerk to validate --plan: the plan given,
    # who returned nothing is said by it — review 84)
    result.problems = [problem for problem in result.problems if problem.reason != NUMBER_GAP]
    # (said in the words the read's own messages are: the rows its forms call 事業 — review 131)
    wording = with_form_words(wording, result)
    note_unreturned(
        result, plan, wording.item, scale.repeat_symbol, wording.status, wording.department
    )
    idle_replies(result, plan, wording.item)  # (an .xls of a co-owner only: no count changes)
    marked = dict(result.marks)  # (a row given the plan's mark: its tally made again)
    # (重点: the plan's; a form's other mark said of a streamed read as it was read)
    result.problems += marks_from_plan(result, plan, wording.item, own=rows)
    if result.unrated:  # (a co-owner's blank of a shared item its lead rated: no error)
        rated_by_the_lead(result, plan, file_writers(result, plan.departments))
    result.plan_ended = ended_items(result, plan)
    ended_rows(result, Ended.of_items(result.plan_ended))  # (no status asked of them)
    result.plan_places = plan_places(plan)
    result.problems += departments_apart(result, plan, wording)
    if not rows:  # (nor an earlier round's, read with a later plan: compare, rounds)
        return result.marks != marked
    # (a row's form stating another lead than the plan's: last year's plan? — review 162 #4)
    result.problems += stated_leads(
        result.entries,
        plan,
        result.text_columns,
        wording=wording,
        repeat_symbol=scale.repeat_symbol,
    )
    found = against(result, plan, wording, scale)
    result.problems = leading([*result.problems, *in_body_words(found.problems, wording)])
    result.problems += plan_project_names(result, found.project_named, wording)
    if found.mistyped:  # (a number no item of the plan has: counted under the plan's)
        result.entries = numbered_as_planned(result.entries, found.mistyped)
    kept = [entry for entry in result.entries if entry.location not in found.left_out]
    left = len(kept) != len(result.entries)
    if left:  # (a plan's item in error — numbered otherwise —, listed 「未集計（エラー）」 as a
        # row a reading error leaves out is, its policy 「3（未集計）」 where none of its rows
        # counted: review 112 #3; a row of no item of the plan is none, its sentence's 計画にない行)
        outside = rows_of(found.problems, NOT_IN_PLAN)  # (at its name: review 167 #7)
        result.error_rows += [
            entry
            for entry in result.entries
            if entry.location in found.left_out and row_key(entry.location) not in outside
        ]
    result.entries = kept
    left = left or result.marks != marked or bool(found.project_named or found.mistyped)
    counted = [i for i in found.missing if scale.repeat_symbol is None or not i.repeat_listing]
    unled = note_missing(
        result, counted, found.split
    )  # (listed 未提出 as a department's that sent nothing)
    result.plan_missing = dict(Counter(item.policy_id for item in unled))
    return left


def unjudged_rows(result: ReadResult, plan: Plan, wording: Wording, scale: Scale) -> list[Entry]:
    """The counted rows of ``result`` (an earlier round, not judged against ``plan``: compare)
    that the plan would leave out as errors — a row of no item of the plan, named otherwise —,
    as that round's own summarize with the plan leaves them out (review 88: its 前回 one more
    than last year's table, unsaid). None where the plan states a year after the round's: this
    year's plan, which holds no more an item last year's had (ended and dropped, not marked
    終了), judges none of last year's rows — that round counted it, and compare says it 削除
    (review 128 #3: 前回 one fewer than last year's table, its item called an error). So where
    neither year is stated and the plan holds rows of the round by name under other numbers:
    a plan revised since (東浜市's one 計画事業一覧 of no year, 4-1-(3) now 4-1-(2)), or holds
    items the round lacks though their departments answered it: a plan revised since that added
    them (山並県's 計画R8.xlsx, 令和7年度見直し, adding 施策1-(3)ア and dropping 施策5-(1)ウ: 前回
    counted 25 where 令和7 published 26 — review 142 #4). Not one its 区分 carries on (継続): a
    row deleted, as the round's own summarize said (世田谷区's 2-2-1③, review 184 #2)."""
    planned, seen = plan_year(plan), seen_year(result)
    if planned is not None and seen is not None and seen < planned:
        return []
    found = judged(
        result.read,
        plan,
        result.items_seen,
        absent=unreturned(submissions(result, plan)),
        wording=wording,
        repeat_symbol=scale.repeat_symbol,
        error_rows=result.error_rows,
    )
    revised = found.renumbered or added_items(found.missing, plan)
    if revised and (planned is None or seen is None):
        return []
    return [entry for entry in result.entries if entry.location in found.left_out]


def ended_items(result: ReadResult, plan: Plan) -> tuple[EndedItem, ...]:
    """The items ``plan`` marks 終了, numbered as ``result``'s rows number the plan (an earlier
    round is read by the plan as it was, Plan.as_before: none)."""
    if not any(item.ended for item in plan.items):
        return ()
    numbered = numbered_as_read(plan, result.read, result.items_seen)
    return tuple(
        (item.treatment, item.project_id, item.item_name) for item in numbered.items if item.ended
    )


def departments_apart(result: ReadResult, plan: Plan, wording: Wording) -> list[Problem]:
    """A warning for each form whose department (its template's mark) the plan names no more:
    a department renamed (子ども・若者部 → こども未来部) in the forms and not in the plan, whose
    form 提出状況 showed under no department (review 59)."""
    if not plan.departments:
        return []
    said = []
    for file, mark in template_marks(result.texts).items():
        if mark.department and mark.department not in plan.departments:
            who = wording.department
            said.append(
                Problem(
                    Location(file),
                    Severity.WARNING,
                    f"この調査票の{who}「{mark.department}」は計画の{who}にありません"
                    f"（計画の{who}: {'、'.join(plan.departments[:5])}"
                    f"{' ほか' if len(plan.departments) > 5 else ''}）",
                    f"{who}の名前が変わったなら、計画の{who}の欄を新しい名前に直してください",
                )
            )
    return said


def of_earlier_round(problems: list[Problem], paths: Sequence[Path]) -> list[Problem]:
    """``problems`` of a round before the last (compare's, rounds', check --previous's), a
    department it lacks said as that round's, not at the plan's cell as if this one lacked it
    (review 59)."""
    named = "、".join(map(str, paths))
    return [
        replace(
            problem,
            message=f"前の回（{named}）で、{problem.message}",
            hint="遅れて届いた回答があれば、その回のフォルダを指定するか、その回を書き出し直してください",
        )
        if problem.reason == UNRETURNED
        else problem
        for problem in problems
    ]
