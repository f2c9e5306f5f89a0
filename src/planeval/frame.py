"""Entries as a pandas DataFrame, for analysts in a notebook. pandas is imported only here."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from planeval.model import Entry

if TYPE_CHECKING:
    import pandas as pd


def to_dataframe(entries: Iterable[Entry]) -> pd.DataFrame:
    """One row per entry, one value per column; the location split into file, sheet, cell."""
    import pandas as pd

    rows = []
    for entry in entries:
        row = {f.name: getattr(entry, f.name) for f in dataclasses.fields(entry)}
        location = row.pop("location")
        row = {"file": location.file, "sheet": location.sheet, "cell": location.cell, **row}
        rows.append(row)
    columns = ["file", "sheet", "cell"] + [
        f.name for f in dataclasses.fields(Entry) if f.name != "location"
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.astype({"item_no": "Int64"})
