"""A sheet whose tables cannot tell how their No. numbers (running_numbers.names_span_rows:
no row rated — the blank form 「取組み結果」 kept beside its filled copy 「取組み結果 (2)」 —, or
projects each of one row) is read again as the workbook's other sheets under the same header
told, before the read's other files are asked (one_row_projects.py): its items then keyed as the
other sheet's, a blank row there known rated here (sheet_copies.py; review 126)."""

from __future__ import annotations

from dataclasses import replace

from planeval.io.chapter3 import read_sheet
from planeval.io.grid import SheetGrid
from planeval.io.headers import Layout
from planeval.io.tables import SheetResult
from planeval.scale import Scale


def read_as_siblings(
    grids: list[SheetGrid],
    sheets: list[SheetResult],
    *,
    file: str,
    scale: Scale,
    layout: Layout,
    body: str,
) -> None:
    """Each of ``sheets`` (read from ``grids``) whose tables could not tell, read again
    (in place) as the others told: the rows numbered, not the projects."""
    if not any(None in sheet.number_reading.values() for sheet in sheets):
        return  # (the usual workbook: every table told, or no No. column beside a name)
    told = {key for sheet in sheets for key, rows in sheet.number_reading.items() if rows}
    for index, sheet in enumerate(sheets):
        undecided = {key for key, rows in sheet.number_reading.items() if rows is None}
        if keys := undecided & told:
            numbered = replace(layout, rows_numbered=layout.rows_numbered | keys)
            sheets[index] = read_sheet(
                grids[index], file=file, scale=scale, layout=numbered, body=body
            )
