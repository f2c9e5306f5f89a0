"""The plan's column marking rows (川崎市's 重点 ●) where a read with the plan lacks it: template
carries that column into the forms, locked, each cell as the plan types it, so the plan knows
every item's mark whatever a department does to its form.

A department that deleted the column (review 124: 建設緑政局) left its rows' marks unknown, and
the 「うち重点」 of their policies and of the whole blank, unsaid: each such row now takes its
item's mark from the plan, and the deleted column is warned of at the form's header row, as
io/deleted_columns.py says the form's other columns deleted. An item whose department returned
nothing (未提出) is listed with the plan's mark too. A workbook planeval did not make, without the
column, is left as it is: nothing says its rows are the plan's marked ones."""

from __future__ import annotations

from pathlib import Path

from planeval.io.deleted_columns import mark_deleted, planeval_form
from planeval.io.headers import title_key
from planeval.io.mark_column import shown
from planeval.marks import template_marks
from planeval.model import Location, Problem
from planeval.plan import Plan, lead_key
from planeval.plan_pairing import numbered_as_read
from planeval.read_records import ReadResult


def marks_from_plan(result: ReadResult, plan: Plan, item: str) -> list[Problem]:
    """Mark each row of ``result`` in a planeval form without the plan's mark column as the
    plan marks its item (ReadResult.marks), and each item listed 未提出 likewise where the forms
    have the column; a warning per form whose column was deleted (``item``: the body's word for
    its rated rows)."""
    if not plan.mark_title or not (result.without_mark_column or result.unreturned_rows):
        return []
    marks = _plan_marks(plan, result)
    if marks is None:  # (a cell of the plan's column neither a mark nor blank: said by the plan)
        return []
    title = next((found[0] for found in result.marks.values()), title_key(plan.mark_title))
    for row in result.unreturned_rows if result.marks else ():  # (the forms have the column)
        if (mark := marks.get(lead_key(row.project_id, row.item_no, row.item_name))) is not None:
            result.marks[row.location] = (title, mark)
    deleted = _deleted(result)
    if not deleted:
        return []
    for entry in (*result.entries, *result.error_rows):
        place = entry.location
        if (place.file, place.sheet) in deleted and place not in result.marks:
            found = marks.get(lead_key(entry.project_id, entry.item_no, entry.item_name))
            if found is not None:
                result.marks[place] = (title, found)
    return [
        mark_deleted(Location(*place, cell), plan.mark_title, item)
        for place, cell in deleted.items()
    ]


def _plan_marks(plan: Plan, result: ReadResult) -> dict[tuple[str, str], str] | None:
    """Each item of the plan, numbered as the rows number it, by its key (plan.lead_key) → its
    mark as shown ("" where none); None where a cell is neither."""
    marks = {}
    for one in numbered_as_read(plan, result.read, result.items_seen).items:
        if (mark := shown(one.mark)) is None:
            return None
        marks[lead_key(one.project_id, one.item_no, one.item_name)] = mark
    return marks


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
