"""Entries as a pandas DataFrame, for analysts in a notebook. pandas is imported only here."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from planeval.entry_columns import ENTRY_COLUMNS, ENTRY_FIELDS, SOURCE_FIELDS, entry_row
from planeval.model import Entry

if TYPE_CHECKING:
    import pandas as pd


def to_dataframe(entries: Iterable[Entry]) -> pd.DataFrame:
    """One row per entry, one value per column: file, sheet and cell, then the entry's fields
    (entry_columns.ENTRY_FIELDS)."""
    import pandas as pd

    frame = pd.DataFrame(map(entry_row, entries), columns=list(ENTRY_COLUMNS))
    frame = frame[[*SOURCE_FIELDS, *ENTRY_FIELDS]]
    return frame.astype({"item_no": "Int64"})
