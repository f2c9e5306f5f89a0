"""The records every stage passes along: where a value came from, an entry, a problem.

Location and Entry are plain slotted dataclasses rather than frozen ones: one of each is
built for every rated row, in a worker and again in the parent (hundreds of thousands in a
national roll-up), and a frozen dataclass costs several times as much to build. They are
still hashable by value, like the frozen records that hold them: planeval never changes a
record once built (make a changed copy with ``dataclasses.replace``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(slots=True, unsafe_hash=True)
class Location:
    """A place in a workbook: the file, the sheet and the Excel cell (``C14``)."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet is not None:
            parts.append(self.sheet)
        if self.cell is not None:
            parts.append(self.cell)
        return " › ".join(parts)

    def __reduce__(self) -> tuple[type[Location], tuple[object, ...]]:
        return Location, (self.file, self.sheet, self.cell)  # (see Problem.__reduce__)


class Severity(enum.StrEnum):
    """How bad a problem is: an error stops counting, a warning and a notice do not."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"

    @property
    def label(self) -> str:
        return {"error": "エラー", "warning": "警告", "notice": "お知らせ"}[self.value]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with (or worth saying about) the input, with where and how to fix it."""

    location: Location
    severity: Severity
    message: str
    hint: str = ""
    detail: str = ""  # a traceback, shown only with --debug

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        return f"{text}（{self.hint}）" if self.hint else text

    def __reduce__(self) -> tuple[type[Problem], tuple[object, ...]]:
        # pickled as its fields (read results cross from worker processes): several times
        # cheaper than a frozen dataclass's own state handling
        return Problem, (self.location, self.severity, self.message, self.hint, self.detail)


@dataclass(slots=True, unsafe_hash=True)
class Entry:
    """One rated line of a Chapter 3 table: an implementation item (実施内容) or one of its
    sub-items (細目), with its status (達成状況) and issue text (課題等).

    ``status`` is the scale's symbol the cell was normalised to; ``status_text`` is the
    cell as it was typed. ``repeat_of`` is the item a repeat listing (再掲) points at.
    """

    location: Location
    policy_id: str
    direction_id: str
    project_id: str
    project_name: str
    item_no: int | None
    item_label: str
    item_name: str
    sub_item: str | None
    status: str
    status_text: str
    issue: str = ""
    department: str = ""
    direction_name: str = ""
    policy_name: str = ""
    repeat_of: str | None = None

    @property
    def item_key(self) -> str:
        """A stable key for the item: ``1-1-2①``, or the item's name where it has no number."""
        return f"{self.project_id}{self.item_label or self.item_name}"


@dataclass(frozen=True, slots=True)
class TextCell:
    """A cell of text outside the tables: a heading, a narrative paragraph, a legend line."""

    location: Location
    text: str

    def __reduce__(self) -> tuple[type[TextCell], tuple[object, ...]]:
        return TextCell, (self.location, self.text)  # (see Problem.__reduce__)
