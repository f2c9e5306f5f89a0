"""The departments of the plan that returned nothing (未提出), as every read given the plan
notes them (with_plan.py): the items each leads that would be counted, the policies those are
of and why, the rows Chapter 3 lists for them, and one warning each at the plan's cell naming
it. Who returned what is submission.py's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from planeval.cells import cell_list
from planeval.cycle.lead_blanks import left_to_the_lead
from planeval.cycle.project_shapes import typed_as_forms
from planeval.cycle.submission import (
    SENT_AS,
    UNREAD_TABLE,
    UNREADABLE,
    UNRETURNED,
    Submission,
    form_asks,
    lead_of,
    plan_key,
    submissions,
)
from planeval.cycle.workbook_owners import file_writers
from planeval.io.mark_column import marked
from planeval.item_keys import entry_key
from planeval.marks import named_unit, own_unit
from planeval.model import Entry, Location, Problem, Severity
from planeval.plan import Plan, PlanItem, circled_labels
from planeval.plan_pairing import numbered_as_read
from planeval.read_records import ItemSeen, ReadResult
from planeval.unanswered_words import (
    MISSING_ROW,
    OTHER_ROUND,
    SPLIT_LABEL,
    SPLIT_ROWS,
    label_aside,
    reasons_said,
)


def unreturned_found(
    result: ReadResult, plan: Plan, repeat_symbol: str | None = None
) -> list[Submission]:
    """Each department of the plan that returned nothing it leads items of (未提出, as
    validate's 提出状況 says it, with why: last year's form, an .xls only). (A streamed read,
    summarize_workbooks(stream=True), keeps the forms' marks, not their rows: a department
    that sent no form of its own is 未提出 there, even where another's form rated its items.)"""
    found = submissions(result, plan, repeat_symbol)
    return [s for s in found if s.state == "未提出" and s.items]


def unreturned_items(
    unreturned: Collection[str], missing: Sequence[PlanItem]
) -> dict[str, tuple[ItemSeen, ...]]:
    """The items each department in ``unreturned`` leads (``missing``: _led_by_unreturned),
    numbered as the round reads the plan, its 再掲 rows too: a round counted nothing of them,
    so compare and rounds call them 未集計 there, never removed or added, whether the other
    round is a folder of workbooks or an export (cycle/uncounted.py), and an export records
    them as not counted."""
    return {
        department: tuple(
            ("", i.project_id, i.item_no, i.item_name) for i in missing if lead_of(i) == department
        )
        for department in unreturned
    }


def unreturned_policies(
    missing: Sequence[PlanItem], read: Collection[str], why: Mapping[str, tuple[str, str]]
) -> dict[str, tuple[int, int, str]]:
    """Each policy holding items of ``missing`` (_led_by_unreturned, 再掲 rows left out: never
    counted) → its projects with no row read (``read``: the projects rows were read of; all
    their items unreturned), its items unreturned, and why (``why``: ReadResult.unreturned_why)
    where every department leading them says the same, else "": what the policy's count
    sentence adds (unanswered_words)."""
    said: dict[str, tuple[int, int, str]] = {}
    for policy in dict.fromkeys(i.policy_id for i in missing):
        own = [i for i in missing if i.policy_id == policy]
        whys = [why.get(lead_of(i), ("", ""))[0] for i in own]  # (each said: review 184 #4)
        projects = len({i.project_id for i in own} - set(read))
        said[policy] = (projects, len(own), reasons_said(whys))
    return said


def _led_by_unreturned(result: ReadResult, plan: Plan, *, rated: bool = False) -> list[PlanItem]:
    """The plan's open items, numbered as the round reads it, whose lead returned nothing and
    no other department's form rated (a co-owner's: counted as it rated them) — or, ``rated``,
    those a co-owner's form did rate."""
    if not result.unreturned:
        return []
    numbered = numbered_as_read(plan, result.read, result.items_seen)
    answered = {entry_key(entry) for entry in result.read}
    return [
        i
        for i in numbered.items
        if not i.ended and lead_of(i) in result.unreturned and (plan_key(i) in answered) == rated
    ]


def note_unreturned(
    result: ReadResult,
    plan: Plan,
    item: str,
    repeat_symbol: str | None = None,
    status: str = "評価",
    word: str = "",
) -> None:
    """With the plan: each department that returned nothing, noted with the items it leads
    that would be counted — not its 再掲 rows where the scale has a ``repeat_symbol``: template
    writes it in them — and the policies they are of, and why; warned of (``item``, ``status``:
    the body's words for its rated rows and their status; ``word``: its [wording] department,
    marks.unit's). Its rows there, every one blank (a
    workbook compiled of every department's answers), are no error each: its warning names them."""
    found = {s.department: s for s in unreturned_found(result, plan, repeat_symbol)}
    result.unreturned_blanks = {d: s.blank for d, s in found.items() if s.blank}
    if cells := {cell for blank in result.unreturned_blanks.values() for cell in blank}:
        result.problems = [p for p in result.problems if not (p.is_error and p.location in cells)]
    result.unreturned = dict.fromkeys(found, 0)
    missing = _led_by_unreturned(result, plan)
    if found and result.unrated:  # (a co-owner's blank of such an item: left to the lead)
        co_owners = {plan_key(i): i.departments[1:] for i in missing if i.departments}
        left_to_the_lead(result, co_owners, file_writers(result, plan.departments))
    result.unreturned_items = unreturned_items(found, missing)
    counted = [i for i in missing if form_asks(i, repeat_symbol)]
    for one in counted:
        result.unreturned[lead_of(one)] += 1
    result.unreturned = {department: n for department, n in result.unreturned.items() if n}
    result.unreturned_why = {d: (s.why, s.label) for d, s in found.items() if s.label != "未提出"}
    result.unread_leads = {f: d for d, s in found.items() if s.unreadable for f in s.files}
    read = {entry.project_id for entry in result.read}
    result.unreturned_policies = unreturned_policies(counted, read, result.unreturned_why)
    if counted:
        result.unreturned_rows = _rows(result, counted, {d: s.label for d, s in found.items()})
        result.unreturned_marked = frozenset(one.location for one in counted if marked(one.mark))
    result.problems += unreturned_problems(result, plan, item, status=status, word=word)


def note_missing(
    result: ReadResult, missing: Sequence[PlanItem], split: Collection[Location] = ()
) -> list[PlanItem]:
    """The plan's items ``missing`` from every file (against_plan.judged) whose lead replied
    without their rows — a row deleted, or last year's form sent again under this year's title
    (review 138 #1: the new 2-3-2③ appeared nowhere in the report, its 施策 looking complete) —
    noted as note_unreturned notes a department that sent nothing: listed 未提出 in Chapter 3,
    said under 集計 (「人事課の取組内容 1 件は、回答に行がないため…」) and after their policy's
    sentence, and taken by check as rows not counted. Those of no lead are returned (said
    after their policy's sentence only: ReadResult.plan_missing). Those returned split into
    rows of their own (``split``: Judged.split) are said so, labelled 記入誤り — not 未提出,
    nor 「回答に行がない」 (review 182 #1) — where all its department's are."""
    led = [one for one in missing if lead_of(one)]
    if not led:
        return list(missing)
    why: dict[str, tuple[str, str]] = {}
    for one in led:
        result.unreturned[lead_of(one)] = result.unreturned.get(lead_of(one), 0) + 1
        own = (SPLIT_ROWS, SPLIT_LABEL) if one.location in split else (MISSING_ROW, UNRETURNED)
        why[lead_of(one)] = own if why.get(lead_of(one), own) == own else (MISSING_ROW, UNRETURNED)
    result.unreturned_why.update(why)
    read = {entry.project_id for entry in result.read}
    for policy, said in unreturned_policies(led, read, why).items():
        before = result.unreturned_policies.get(policy)
        if before is not None:  # (with items of a department that sent nothing: both)
            reason = reasons_said([*before[2:3], *said[2:3]])
            said = (before[0] + said[0], before[1] + said[1], reason)
        result.unreturned_policies[policy] = said
    result.unreturned_rows += _rows(result, led, {lead: said[1] for lead, said in why.items()})
    result.unreturned_marked |= {one.location for one in led if marked(one.mark)}
    return [one for one in missing if one not in led]


def _rows(result: ReadResult, items: Sequence[PlanItem], labels: Mapping[str, str]) -> list[Entry]:
    """``items`` as Chapter 3 lists them (_row), each with its lead's label (``labels``): each
    project numbered as the forms type theirs (「(3)」 among 「(1)」「(2)」), under its direction
    where the forms read list its policy's rows under theirs (forms made before the template
    wrote the plan's 推進項目 list them under none: review 99)."""
    typed = typed_as_forms(result.entries)
    flat = {e.policy_id for e in result.entries if not e.direction_id}
    flat -= {e.policy_id for e in result.entries if e.direction_id}
    circled = circled_labels(result.entries)
    return [
        _row(one, labels[lead_of(one)], typed(one.project_id), one.policy_id not in flat, circled)
        for one in items
    ]


def _row(
    item: PlanItem, label: str, typed: str = "", directed: bool = True, circled: bool = False
) -> Entry:
    """An item whose lead returned nothing as Chapter 3 lists it: no status, its label (未提出),
    its project numbered as ``typed`` where the forms type theirs in one shape, under its
    direction where the forms' rows of its policy stand under theirs (``directed``), its own
    number as the plan writes it (「32 観光PR事業」, not a ㉜ no one typed: review 164 #5) but
    where the forms write theirs circled (``circled``: plan.circled_labels)."""
    direction = item.direction_id if directed else ""
    return Entry(
        item.location, item.policy_id, direction, item.project_id, item.project_name,
        item.item_no, item.written_label(circled), item.item_name, item.sub_item, "", label,
        department=lead_of(item), direction_name=item.direction_name if directed else "",
        policy_name=item.policy_name, project_label=typed or item.project_label,
    )  # fmt: skip


def _sent_as(why: str, department: str) -> str:
    """What to do first of a department whose reply came as a PDF (Submission.document), else
    of one that returned nothing."""
    if why.endswith(f"{SENT_AS}された"):
        return f"{department}に調査票を Excel ブック（.xlsx）で送ってもらい、"
    return "回答が届いていれば、"


_AGAIN = {  # (what to do first, by why a department's items are in no count)
    OTHER_ROUND: "今回の調査票で回答し直してもらい、",
    UNREADABLE: "Excel で開き .xlsx 形式で保存し直して、",
}
_SHOWN = 5  # (the blank cells named of a department whose rows are all blank; the rest counted)
# (… a workbook that is there, its table not read: the error at its header row says the fix)
_MENDED = "そのファイルのエラー（見出し行）を直して集計し直してください。"


def unreturned_problems(
    result: ReadResult,
    plan: Plan,
    item: str = "実施内容",
    *,
    validating: bool = False,
    status: str = "評価",
    word: str = "",
) -> list[Problem]:
    """One warning per department in ``result.unreturned`` (note_unreturned), at the plan's
    cell naming it as lead of the first item it leads (関係部; the item's own cell where the
    plan has none): its items are counted nowhere, and a count must not pass for the whole
    plan's; where it sent last year's form (or an .xls only), that said, as validate's
    提出状況 says it; where its rows are there, every one blank, at the first of them, naming
    them all. ``item``, ``status``: the body's words for an item and its status ([wording]).
    ``validating``: said by validate, its fix pointing at the 提出状況 below, not at validate.
    ``word``: the body's [wording] department (its 部局: marks.unit)."""
    own = named_unit(plan.departments, word)
    first = {
        lead_of(i): i.department_location or i.location for i in reversed(plan.items) if not i.ended
    }
    problems = []
    # (its items a co-owner's form rated: counted as rated there, review 88)
    shared = Counter(map(lead_of, _led_by_unreturned(result, plan, rated=True)))
    for department, items in result.unreturned.items():
        why, label = result.unreturned_why.get(department, ("", "未提出"))
        if why in (MISSING_ROW, SPLIT_ROWS):  # (it replied without their rows: said at each,
            # against_plan)
            continue
        said = (
            f"{why}ため{label_aside(label)}、"
            if why
            else f"回答がどのファイルにもありません（{label}）。"
        )
        blank = result.unreturned_blanks.get(department, ())
        if blank and not why:  # (its rows there, blank: review 161 #5)
            cells = cell_list([f"{cell.sheet} › {cell.cell}" for cell in blank], _SHOWN)
            said = f"回答がありません（{label}）。{department}の行は{status}がどれも空欄です（{cells}）。"
        also = (
            f"。共管{own}の調査票で評価された {shared[department]} 件は、その評価を数えました"
            if shared[department]
            else ""
        )
        problems.append(
            Problem(
                blank[0]
                if blank
                else first.get(department, Location("")),  # (another plan's: no row of this one)
                Severity.WARNING,
                f"{department}の{said}この{own_unit(department, own, word)}が所管する計画の{item} {items} 件は集計に含まれていません"
                + also,
                (
                    _MENDED
                    if why == UNREAD_TABLE
                    else f"回答が届いていれば、その行に{status}を記入して集計し直してください。"
                    if blank
                    else _AGAIN.get(why, _sent_as(why, department))
                    + "ほかの回答と同じフォルダに入れて集計し直してください。"
                )
                + (
                    f"{own}ごとの提出状況は、提出状況の表を見てください"
                    if validating
                    else f"{own}ごとの提出状況は validate で確かめられます"
                ),
                reason=UNRETURNED,
            )
        )
    return problems
