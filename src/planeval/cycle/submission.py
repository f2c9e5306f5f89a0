"""Who has returned their workbook (提出状況): per department of the plan 提出済, 未提出 (nothing
returned), 未記入 N件 (returned, N of the items it leads without a status) or 記入誤り N件
(returned, N of them with a status that could not be read: each an error said at its cell).

A workbook is a department's by what the template wrote inside it (cycle/marks.py), whatever
its file is called now; a workbook without that mark is the department's its form states
(「担当部：福祉部」), else the one its file's name names (令和5年度_DX評価_福祉部.xlsx), and
it counts too for the departments whose items it rates — so a co-owner that sent a file
holding only the items it shares has returned it. A department that sent only a template of
another round (last year's file, left out of the count) is 未提出, with that file and its
year named; so is one whose own workbook's title states another year than the round's (left
out of the count: title_years.years_left_out), 未提出（令和4年度の調査票）.
Whose each workbook is: workbook_owners.py; what a read given the plan notes of those that
returned nothing: unreturned_notes.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from planeval.cycle.workbook_owners import (
    answered_apart,
    apart_said,
    documents_of,
    rated_by_others,
    typed_as,
    whole_plan_files,
    written_by,
)
from planeval.fiscal import era_year
from planeval.item_keys import EntryKey, entry_key, item_key
from planeval.lead_blank import LEAD_BLANK
from planeval.lead_in_error import rows_in_error
from planeval.marks import recorded_marks, template_marks
from planeval.model import Location
from planeval.past_errors import NOT_IN_PLAN
from planeval.plan import Plan, PlanItem
from planeval.plan_pairing import numbered_as_read
from planeval.read_records import ReadResult
from planeval.unanswered_words import OTHER_ROUND

# (提出不要: it returned nothing and leads no item — a co-owner only, whose form asks nothing)
State = Literal["提出済", "未提出", "未記入", "記入誤り", "提出不要"]
# why a department's items are in no count, where it sent something (Submission.why)
UNREADABLE = "回答が読めない形式のファイルで提出された"
# … or in workbooks whose table was not read (its status column not found: io/status_choice.py)
UNREAD_TABLE = "回答のファイルの表が読めなかった"
UNRETURNED = "未提出"  # (Problem.reason of the warning of a department's missing reply)
# … or as a document planeval does not read, named after it (R8_県土整備部.pdf: review 142 #6):
# why, 「回答がPDFで提出された」, and its label, 「未提出（PDFで提出）」
SENT_AS = "で提出"


@dataclass(frozen=True, slots=True)
class Submission:
    """One department's return: its state, how many of the items it leads have no status,
    how many it leads, and the files it returned."""

    department: str
    state: State
    missing: int
    items: int
    files: tuple[str, ...]
    other_round: int | None = None  # 未提出: the fiscal year of the template it sent instead
    unreadable: bool = False  # 未提出: it sent only files planeval could not read (an .xls)
    wrong: int = 0  # of the items it leads, those whose status could not be read
    absent: int = 0  # … and of its missing ones, those whose row is in no file (deleted)
    # 提出済 with no file of its own: the departments whose workbooks answered every item it
    # leads (a 課 renamed or its items moved: review 93, as compare and rounds take it)
    answered_in: tuple[str, ...] = ()
    unread_table: bool = False  # (unreadable) its files are workbooks whose table was not read
    document: str = ""  # 未提出: what it sent instead of a workbook, named after it (「PDF」)
    # each of its workbooks a corrected version (修正版) of its files replaced, with that version:
    # not counted, and no second return (ReadResult.superseded)
    superseded: tuple[tuple[str, str], ...] = ()
    # of its missing, those it left blank in its own form and another department's rated:
    # counted as that one rated them (lead_blank.py's warning)
    rated_by_others: int = 0
    # rows in its workbooks of no item of the plan (a row added: each an error, not counted)
    outside: int = 0
    # 未提出 with its rows there, every one blank (a workbook compiled of every department's
    # answers, its 所管部局 column naming it): their status cells (review 161 #5)
    blank: tuple[Location, ...] = ()
    named_as: tuple[str, ...] = ()  # (its rows' 所管部局 as typed, none its own name: renamed)
    # (with its own returned, items of it read from others' books or names: answered_apart)
    apart: tuple[tuple[str, int, bool], ...] = ()

    @property
    def why(self) -> str:
        """Why its items are in no count, as a report says it (「…ため集計に含めていません」);
        no digit in it, for check reads the number before it as the rows left out."""
        if self.other_round is not None:
            return OTHER_ROUND
        if self.unreadable:
            return UNREAD_TABLE if self.unread_table else UNREADABLE
        if self.document:
            return f"回答が{self.document}{SENT_AS}された"
        return "回答が提出されていない"

    @property
    def label(self) -> str:
        # (what it sent instead, of a department owing nothing too: 提出不要（読めないファイルのみ）)
        state = "提出不要" if self.state == "提出不要" else "未提出"
        if self.other_round is not None:
            return f"{state}（{era_year(self.other_round)}の調査票）"
        if self.unreadable:
            return f"{state}（{'表が' if self.unread_table else ''}読めないファイルのみ）"
        if self.document:
            return f"{state}（{self.document}{SENT_AS}）"
        blank = self.missing - self.absent  # (a row deleted is no cell left blank: review 77)
        parts = []
        if blank:
            others = self.rated_by_others
            some = f"うち {others}件は" if others < blank else ""
            parts.append(f"未記入 {blank}件" + (f"（{some}別の調査票で集計）" if others else ""))
        parts += [f"行なし {self.absent}件"] if self.absent else []
        parts += [f"記入誤り {self.wrong}件"] if self.wrong else []
        parts += [f"計画にない行 {self.outside}件"] if self.outside else []
        if self.answered_in and self.state == "提出済":
            return f"提出済（{'、'.join(self.answered_in)}のブックで回答）"
        if self.named_as and self.state == "提出済":
            return f"提出済（{'、'.join(self.named_as)}の名で回答）"
        said = "・".join(parts) if self.state in ("未記入", "記入誤り") else self.state
        return f"{said}（{apart_said(self.apart)}）" if self.apart else said

    def as_dict(self) -> dict[str, object]:
        return {
            "department": self.department,
            "state": self.state,
            "label": self.label,
            "missing": self.missing,
            "absent": self.absent,
            "wrong": self.wrong,
            "outside": self.outside,
            "items": self.items,
            "files": list(self.files),
            "other_round": self.other_round,
            "superseded": [{"file": old, "by": new} for old, new in self.superseded],
            "apart": [{"name": n, "items": c, "workbook": b} for n, c, b in self.apart],
        }


def plan_key(item: PlanItem) -> EntryKey:
    """The key an entry of this plan item has (item_keys.entry_key)."""
    return item_key(item.project_id, item.item_no, item.item_name, item.sub_item)


def form_asks(item: PlanItem, repeat_symbol: str | None) -> bool:
    """Whether a department's form asks a status of ``item``: not of a 再掲 row where the scale
    has a ``repeat_symbol`` (template writes it in)."""
    return repeat_symbol is None or not item.repeat_listing


def lead_of(item: PlanItem) -> str:
    return item.departments[0] if item.departments else ""


def submissions(
    result: ReadResult, plan: Plan, repeat_symbol: str | None = None
) -> list[Submission]:
    """Every department of the plan, in the plan's order, with what it returned; the items it
    leads counted as template asks for them: not its 再掲 rows where the scale has a
    ``repeat_symbol`` (template writes it in them: review 45, 37 led where the form asked 36)."""
    plan = numbered_as_read(plan, result.read, result.items_seen)
    marks = template_marks(result.texts)
    # (left out: last year's file sent again, its A2 retyped or not)
    others = recorded_marks(result.other_rounds, result.template_years)
    whole_plan = sorted(file for file, mark in marks.items() if mark.department is None)
    rated = {entry_key(entry) for entry in result.read}
    written = written_by(result, plan.departments, marks)
    writers = {**written, **{file: mark.department for file, mark in marks.items()}}
    # rated by someone, by who wrote its file (None: not known): not the template's own '-'
    # (再掲); a co-owner's form rating an item is no answer of its lead (review 88)
    answered: dict[str | None, set[EntryKey]] = {}
    rated_in_files: dict[EntryKey, set[str]] = {}  # (each item: the files rating it)
    rated_by_file: dict[str, set[str]] = {}
    rated_in: dict[str, set[EntryKey]] = {}  # each whole-plan file: the items it answers
    for entry in result.read:
        file = entry.location.file
        if file not in marks:
            rated_by_file.setdefault(entry.department, set()).add(file)
        if entry.repeat_of is not None:
            continue  # (a repeat listing's '-' the template wrote, in every copy alike)
        answered.setdefault(writers.get(file), set()).add(key := entry_key(entry))
        rated_in_files.setdefault(key, set()).add(file)
        if file in marks and marks[file].department is None:
            rated_in.setdefault(file, set()).add(key)
    # (its own row of an item in error, 「達成」, while a co-owner's copy rates the item: that
    # copy is not counted — lead_in_error.py — and the item is its 記入誤り, not answered, as
    # where no copy rates it: review 99)
    in_error = rows_in_error(result)
    own_errors = {(writers.get(row.location.file), entry_key(row)) for row in in_error}
    # (its own rows left blank in a workbook every department edits, its 担当課 column naming
    # it: it was asked there and filled none — 未記入, not 未提出: review 106 #6)
    leads = {plan_key(item): lead_of(item) for item in plan.items}
    blank_in: dict[str, set[str]] = {}  # (… the files where it is so by those rows only)
    for row in in_error:
        if row.location.file not in marks and leads.get(entry_key(row)) == row.department:
            if row.location.file not in rated_by_file.get(row.department, set()):
                blank_in.setdefault(row.department, set()).add(row.location.file)
            rated_by_file.setdefault(row.department, set()).add(row.location.file)
    # (… unless every row of it there is blank: a workbook compiled of every department's
    # answers, one that never answered — 未提出, said once: review 161 #5, not 106 #6's 未記入)
    named = {entry.department for entry in result.read}
    whose = {row.location: row.department for row in result.error_rows}
    blank_cells = {  # (in a workbook of no one department's: not a form planeval made,
        # nor one a department's name or form states — its own sent back blank is an error)
        p.location: (whose.get(p.location), key[1:])
        for p, key in result.unrated.items()
        if p.location.file not in marks and writers.get(p.location.file) is None
    }
    conflicting = _conflicting(result)
    rated_there = {(e.location.file, e.department) for e in result.other_year_rows}
    seen = {item_key(project, number, name)[:2] for _b, project, number, name in result.items_seen}
    blank = {key[1:] for key in result.unrated.values()}
    # (a part of an item, 細目, is there where a row of it is, not where its item's are — a part's
    # row deleted is 行なし: review 178 #6)
    parts = blank | {entry_key(row) for row in result.error_rows}
    # (its own blank another department's form rated: counted, and still its 未記入)
    left_blank = Counter(p.value for p in result.problems if p.kind == LEAD_BLANK)
    read = set(result.files)  # (a file left out that is there was opened: its table refused)
    # (its rows of no item of the plan: a row added to its form — 記入誤り, not 提出済 beside
    # the error: review 124 #6)
    outside = Counter(
        writers.get(p.location.file) for p in result.problems if p.reason == NOT_IN_PLAN
    )
    found = []
    for department in plan.departments:
        own = [i for i in plan.items if not i.ended and lead_of(i) == department]
        keys = [plan_key(i) for i in own]
        asked = sum(form_asks(i, repeat_symbol) for i in own)
        led = set(keys)
        files = sorted(file for file, mark in marks.items() if mark.department == department)
        files += sorted(f for f, by in written.items() if by == department and f not in files)
        files += sorted(rated_by_file.get(department, set()) - set(files))
        unrated = [
            key
            for key in keys
            if key not in rated or (department, key) in own_errors or key in conflicting
        ]
        # (an item whose row is there, its status neither blank nor readable: an error above)
        there = [key for key in unrated if key[:2] in seen and (not key[2] or key in parts)]
        wrong = sum(key not in blank for key in there)
        missing = len(unrated) - wrong + left_blank[department]
        absent = len(unrated) - len(there)
        whole = whole_plan_files(whole_plan, department, led, rated_in, plan.departments)
        own_answers = answered.get(None, set()) | answered.get(department, set())
        # (answered in another's workbook only with no file of its own: a 課 rating its rows in
        # its 部's shared workbook, 「…（都市建設部）」, answered it itself — review 106)
        own_files, apart = bool(files), tuple[tuple[str, int, bool], ...]()
        elsewhere, their = (
            ((), []) if files else rated_by_others(own, keys, rated_in_files, writers)
        )
        if elsewhere and not files and not whole and not led & own_answers:
            files = their
        renamed, typed = ((), []) if files or whole or elsewhere else typed_as(result, own, keys)
        files = files or typed  # (its rows named otherwise: a 部局 renamed, review 180 #3)
        cells = tuple(
            cell for cell, (by, key) in blank_cells.items() if key in led and by == department
        )
        unfilled = bool(cells) and set(files) <= blank_in.get(department, set())
        unfilled = unfilled and set(files) <= {cell.file for cell in cells}
        unfilled = unfilled and department not in named and not wrong and not outside[department]
        if (not files or unfilled) and not whole and not led & own_answers:
            state: State = "未提出"
            sent = sorted((m.made, f) for f, m in others.items() if m.department == department)
            sent += sorted(  # (its own workbook of last year, told by its title: review 75)
                (year, f)
                for f, year in result.other_years.items()
                if result.file_departments.get(f, department) == department
                and (
                    f in result.file_departments
                    or department in Path(f).stem
                    or (f, department) in rated_there  # (its rows there: a 局's workbook)
                )
            )
            files = [file for _, file in sent] or sorted({cell.file for cell in cells})
            other_round = sent[0][0] if sent else None
            # (its reply saved as .xls, named after it: named here, not only among the errors)
            # (… or a workbook of it read and its table refused, told by the department its
            # form states too: review 94's 財政課, its 実施状況 titled 進捗)
            unread = (
                []
                if sent
                else [
                    f
                    for f in result.left_out
                    if department in Path(f).stem or result.file_departments.get(f) == department
                ]
            )
            documents = [] if sent or unread else documents_of(result, department)
            files = files or unread or [file for file, _kind in documents]
            if not keys:  # (a co-owner only: its form asks nothing — review 45 —, whatever
                # it sent instead, an .xls: it owes no status, never 未提出 — review 162 #1)
                state = "提出不要"
        else:
            other_round = None
            state = (
                "未記入" if missing else "記入誤り" if wrong or outside[department] else "提出済"
            )
            files = files or whole
            unread, documents = [], []
            apart, beyond = answered_apart(result, own, keys, writers) if own_files else ((), [])
            files += [file for file in beyond if file not in files]  # (review 180 #3)
        found.append(
            Submission(
                department,
                state,
                missing,
                asked,
                tuple(files),
                other_round,
                bool(unread),
                wrong if state != "未提出" else 0,
                absent if state != "未提出" else 0,
                answered_in=elsewhere if state == "提出済" else (),
                named_as=renamed if state != "未提出" else (),
                apart=apart if state != "未提出" else (),
                unread_table=bool(unread) and all(file in read for file in unread),
                superseded=tuple((f, by) for f, by in result.superseded.items() if by in files),
                rated_by_others=left_blank[department] if state != "未提出" else 0,
                outside=outside[department] if state != "未提出" else 0,
                document=documents[0][1] if documents else "",
                blank=cells if state == "未提出" and other_round is None else (),
            )
        )
    return found


def _conflicting(result: ReadResult) -> set[EntryKey]:
    """The items rated in two places alike but for their statuses (combine's error 「…達成状況が
    違います…どれも数えていません」): not counted, their lead's 記入誤り as a row in error is —
    a sheet copied in Excel, one rating changed in the copy, said 提出済 (review 105 #5)."""
    if not result.has_errors:
        return set()
    at = {problem.location for problem in result.problems if problem.is_error}
    counted = {entry_key(entry) for entry in result.entries}
    return {key for e in result.read if e.location in at and (key := entry_key(e)) not in counted}


def unreturned(found: Sequence[Submission]) -> set[str]:
    return {submission.department for submission in found if submission.state == "未提出"}
