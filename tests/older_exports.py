"""Last year's export as an earlier planeval wrote it: its data sheet with every column (no
column left out for having no value in any row) and no record of its fields
(cells.DATA_COLUMNS_PROPERTY), each column read by its place, none left out for repeating
another's values (a project that is its policy: repeated_fields). Made from this planeval's export
of the same rows, so that a test reads the same entries from both."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from openpyxl import load_workbook

from planeval.cells import DATA_COLUMNS_PROPERTY, DATA_SHEET
from planeval.entry_columns import ENTRY_COLUMNS, ENTRY_FIELDS, SOURCE_FIELDS
from planeval.level_labels import TYPED_LEVELS, TYPED_TITLE, typed_column
from planeval.repeated_fields import restored, split_recorded

Typed = Literal["beside", "after", "none"]


def written_before(
    export: Path, target: Path, *, typed: Typed = "beside", project_label: bool = True
) -> Path:
    """``export`` rewritten into ``target`` as an earlier export: every entry field's column
    (団体 only where the export has one), each level's typed number ``typed`` — beside its
    number (review 21), "after" the source's columns (review 20), or "none" (before them) —,
    and 事業番号（表記） only with ``project_label`` (it came later)."""
    book = load_workbook(export)
    properties = book.custom_doc_props
    [listed] = [p.value for p in properties.props if p.name == DATA_COLUMNS_PROPERTY]
    properties.props = [p for p in properties.props if p.name != DATA_COLUMNS_PROPERTY]
    fields, repeated = split_recorded(listed.split(","))  # (every column then: none repeated)
    sheet = book[DATA_SHEET]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    width = len(fields) + len(SOURCE_FIELDS)  # (an indicator's figures after them: none then)
    titles = dict(zip([*fields, *SOURCE_FIELDS], rows[0][:width], strict=True))
    kept = [
        name
        for name in ENTRY_FIELDS
        if (name != "body" or "body" in fields) and (project_label or name != "project_label")
    ]
    typed_names = [typed_column(level) for level in TYPED_LEVELS]
    if typed == "beside":
        beside = {level: (level, typed_column(level)) for level in TYPED_LEVELS}
        kept = [column for name in kept for column in beside.get(name, (name,))]
    columns = [*kept, *SOURCE_FIELDS, *(typed_names if typed == "after" else [])]

    def title(column: str) -> str:
        if column in titles:
            return str(titles[column])
        level = column.removesuffix(TYPED_TITLE)
        return ENTRY_COLUMNS[level] + (TYPED_TITLE if level != column else "")

    sheet.delete_rows(1, sheet.max_row)
    sheet.append([title(column) for column in columns])
    for row in rows[1:]:
        values = dict(zip([*fields, *SOURCE_FIELDS], row[:width], strict=True))
        restored(values, repeated)
        sheet.append([values.get(column) for column in columns])
    book.save(target)
    return target
