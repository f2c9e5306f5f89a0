"""The small records a read keeps beside its entries and problems (ReadResult's fields): the
year an export records of its rows (RecordedYear), a blank status read beside another status
column (ReadBeside), and a place whose rows a count past errors left out (ErrorPlace).
"""

from typing import NamedTuple

from planeval.model import Location


class RecordedYear(NamedTuple):
    """The fiscal year planeval's export records of its rows (cells.FISCAL_YEAR_PROPERTY), and
    the sheet that shows it in A2 (the export's summary)."""

    sheet: str | None
    fiscal_year: int


class ReadBeside(NamedTuple):
    """A row of a table whose blank status is read as the scale's status for rows not rated
    by the table's other status column, without blank_beside: its status cell, its item as
    the messages name it, the titles of both columns (達成度, 実施状況), that column's value
    and cell (完了, E7), and whether the row was rated (io/blank_reads.py: a blank beside
    what rows rate, said once a read)."""

    cell: Location
    item: str
    status: str
    beside: str
    value: str
    other: str
    rated: bool


class ErrorPlace(NamedTuple):
    """A place whose rows a count past errors (--keep-going) left out: its body, the place
    (``file › sheet › cell``), the error, whether its whole file was (an xlsx export's record),
    the error's fix, and its reason where it is one (past_errors.OTHER_SCALE: its body left
    out for its scale, not in error), and a workbook's of another year left out (OTHER_YEAR)
    its year (Problem.year; the export records it, cells.OTHER_YEARS_PROPERTY)."""

    body: str
    place: str
    message: str = ""
    whole_file: bool = False
    hint: str = ""
    reason: str = ""
    year: int | None = None

    @property
    def file(self) -> str:
        return self.place.split(" › ", 1)[0]
