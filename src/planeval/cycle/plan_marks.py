"""The plan's column marking rows (川崎市's 重点 ●) where a read with the plan lacks it: template
carries that column into the forms, locked, each cell as the plan types it, so the plan knows
every item's mark whatever a department does to its form.

A department that deleted the column (review 124: 建設緑政局) left its rows' marks unknown, and
the 「うち重点」 of their policies and of the whole blank, unsaid: each such row now takes its
item's mark from the plan, and the deleted column is warned of at the form's header row, as
io/deleted_columns.py says the form's other columns deleted. An item whose department returned
nothing (未提出) is listed with the plan's mark too. A workbook planeval did not make, without the
column, is left as it is: nothing says its rows are the plan's marked ones.

A form whose own 重点 cell of a row says otherwise than the plan (経済労働局's 創業支援事業 left
blank, the plan's ○ — review 155 #1) counted its うち重点 one short, unsaid, while check took the
plan's: the plan fixes which items are 重点, so the row takes the plan's mark, and the cell is
warned of, naming it and the plan's. A large read counted file by file (rollup.py) does so in
each file, or files read jointly, before their うち重点 is tallied (as_planned)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from planeval.count import mark_word
from planeval.io.deleted_columns import mark_deleted, planeval_form
from planeval.io.headers import title_key
from planeval.io.mark_column import shown
from planeval.marks import template_marks
from planeval.message_words import with_form_words
from planeval.model import Entry, Location, Problem, Severity
from planeval.plan import Plan, lead_key
from planeval.plan_pairing import numbered_as_read
from planeval.read_records import ReadResult
from planeval.text_cells import text_cell
from planeval.wording import Wording

PlanMarks = dict[tuple[str, str], tuple[str, Location]]  # item's key → (its mark as shown, cell)


def marks_from_plan(result: ReadResult, plan: Plan, item: str, *, own: bool) -> list[Problem]:
    """Mark each row of ``result`` in a planeval form without the plan's mark column as the
    plan marks its item (ReadResult.marks), and each item listed 未提出 likewise where the forms
    have the column; in the round the plan is ``own`` (not an earlier one, whose marks were its
    plan's then), a row whose form marks it otherwise than the plan as the plan does, warned of
    at its cell; a warning per form whose column was deleted (``item``: the body's word for its
    rated rows)."""
    if not plan.mark_title or not (
        result.without_mark_column or result.unreturned_rows or result.marks
    ):
        return []
    marks = _plan_marks(plan, result)
    if marks is None:  # (a cell of the plan's column neither a mark nor blank: said by the plan)
        return []
    result.planned_mark = _usual_mark(marks)  # (うち重点's note: the plan's ●, review 173 #6)
    title = next((found[0] for found in result.marks.values()), title_key(plan.mark_title))
    for row in result.unreturned_rows if result.marks else ():  # (the forms have the column)
        if (mark := _mark(marks, row)) is not None:
            result.marks[row.location] = (title, mark[0])
    said = _otherwise(result, marks, plan.mark_title, item) if own else []
    deleted = _deleted(result)
    for entry in (*result.entries, *result.error_rows) if deleted else ():
        place, found = entry.location, _mark(marks, entry)
        if (place.file, place.sheet) in deleted and place not in result.marks and found:
            result.marks[place] = (title, found[0])
    return said + [
        mark_deleted(Location(*place, cell), plan.mark_title, item)
        for place, cell in deleted.items()
    ]


def as_planned(result: ReadResult, planned: tuple[Plan, Wording] | None) -> list[Problem]:
    """A large read's file (file_counts.count_file) or files read jointly (rollup.py) read with
    the plan (``planned``: it and the settings' words): each row whose form's mark cell says
    otherwise than the plan given the plan's mark, and warned of, as marks_from_plan does of a
    kept read, before its うち重点 is tallied."""
    if planned is None or not planned[0].mark_title or not result.marks:
        return []
    plan, wording = planned
    if (marks := _plan_marks(plan, result)) is None:
        return []
    result.planned_mark = _usual_mark(marks)
    return _otherwise(result, marks, plan.mark_title, with_form_words(wording, result).item)


def _plan_marks(plan: Plan, result: ReadResult) -> PlanMarks | None:
    """Each item of the plan, numbered as the rows number it, by its key (plan.lead_key) → its
    mark as shown ("" where none) and its cell in the plan; None where a cell is neither."""
    marks = {}
    for one in numbered_as_read(plan, result.read, result.items_seen).items:
        if (mark := shown(one.mark)) is None:
            return None
        marks[lead_key(one)] = (mark, one.location)
    return marks


def _usual_mark(marks: PlanMarks) -> str:
    """The mark most of the plan's marked items carry (the first met where as many), "" where
    it marks none."""
    kinds = Counter(mark for mark, _cell in marks.values() if mark)
    return kinds.most_common(1)[0][0] if kinds else ""


def _mark(marks: PlanMarks, entry: Entry) -> tuple[str, Location] | None:
    """The plan's mark of ``entry``'s item and its cell; None where the plan has not the item."""
    return marks.get(lead_key(entry))


def _otherwise(result: ReadResult, marks: PlanMarks, title: str, item: str) -> list[Problem]:
    """Each counted row whose form's mark cell says otherwise than the plan (blank where the
    plan marks it, or marked where it does not) given the plan's mark, and a warning at the
    cell naming the plan's."""
    said = []
    word = mark_word(title)
    for entry in (*result.entries, *result.error_rows):
        typed, planned = result.marks.get(entry.location), _mark(marks, entry)
        if typed is None or planned is None or bool(typed[1]) == bool(planned[0]):
            continue
        result.marks[entry.location] = (typed[0], planned[0])
        form = f"印（{typed[1]}）があります" if typed[1] else "空欄です"
        plan_says = f"印（{planned[0]}）があります" if planned[0] else "印がありません"
        said.append(
            Problem(
                text_cell(entry.location, result.text_columns, "mark"),
                Severity.WARNING,
                f"{item}「{entry.item_name}」の「{title}」の欄は{form}が、計画（{planned[1]}）"
                f"では{plan_says}。{word}かどうかは計画で決まるため、「うち{word}」は計画の"
                "印で数えました",
                f"この欄を計画と同じにしてください。計画の{word}が変わったのなら、"
                f"計画の「{title}」の列を直してください",
            )
        )
    return said


def _deleted(result: ReadResult) -> dict[tuple[str, str], str]:
    """Each (file, sheet) of a planeval form a table of which lacks the mark column → its header
    cell."""
    made = template_marks(result.texts)
    forms = {
        file
        for file, _sheet in result.without_mark_column
        if file in made or planeval_form(Path(file), ())  # (its properties: column A deleted)
    }
    return {place: cell for place, cell in result.without_mark_column.items() if place[0] in forms}
