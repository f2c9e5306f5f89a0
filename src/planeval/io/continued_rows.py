"""A row of a numbered table with nothing rated and no project: what the row above continues
(an issue text typed on the next row instead of with Alt+Enter), or a text row."""

from __future__ import annotations

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.tables import SheetResult, TableState
from planeval.model import Location, Problem, Severity
from planeval.text import clean_text


def read_unrated_row(grid: SheetGrid, row: int, table: TableState, result: SheetResult) -> bool:
    """A row with nothing rated and no project: a continued issue text, or a text row."""
    own = {
        column: clean_text(value)
        for column, value in enumerate(grid.row(row))
        if (row, column) not in grid.continued and clean_text(value)
    }
    if not own:
        return True  # only values continued from merges above
    note_columns = {
        table.columns[role] for role in ("issue", "department") if role in table.columns
    }
    if not set(own) <= note_columns or table.last_entry is None:
        return False
    entry = result.entries[table.last_entry]
    issue_column = table.columns.get("issue")
    extra = own.get(issue_column, "") if issue_column is not None else ""
    if extra:
        issue = f"{entry.issue}\n{extra}" if entry.issue else extra
        result.entries[table.last_entry] = entry._replace(issue=issue)
        result.problems.append(
            Problem(
                Location(entry.location.file, grid.name, cell_ref(row, issue_column or 0)),
                Severity.WARNING,
                f"課題等だけの行です。上の行（{entry.location.cell}）の課題等の続きとして読みました",
                "一つのセルの中で改行するには Alt+Enter を使ってください",
            )
        )
    return True
