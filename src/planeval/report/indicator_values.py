"""An indicator table's figures in the outputs (ReadResult.values: 策定時 | 前年度 | 現状値 |
目標値, io/value_columns.py): the columns every Chapter 3 table, the flat CSV, the JSON and
the export's data sheet give them, placed as the body's table has them, between the
indicator and its rating. A report without such columns has none of them, and prints as
before."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.model import Entry, Location, entry_record

Values = Mapping[Location, tuple[tuple[str, str], ...]]
NO_VALUES: Values = {}


def _keyed(figures: tuple[tuple[str, str], ...]) -> list[tuple[tuple[str, int], str]]:
    """Each figure keyed by its title and which of that title it is (two 目標値 columns)."""
    seen: dict[str, int] = {}
    keyed = []
    for title, value in figures:
        seen[title] = seen.get(title, 0) + 1
        keyed.append(((title, seen[title]), value))
    return keyed


def value_keys(entries: Sequence[Entry], values: Values) -> tuple[tuple[str, int], ...]:
    """The value columns of ``entries``' tables, in the order they first stand (a table
    with 基準値 | 目標値 after one with 策定時 | 目標値: 策定時, 目標値, 基準値); () where none
    of their tables has any."""
    if not values:
        return ()
    keys: dict[tuple[str, int], None] = {}
    for entry in entries:
        for key, _value in _keyed(values.get(entry.location, ())):
            keys.setdefault(key)
    return tuple(keys)


def titles(keys: Sequence[tuple[str, int]]) -> tuple[str, ...]:
    """The columns' titles, as the tables typed them."""
    return tuple(title for title, _nth in keys)


def row_values(entry: Entry, values: Values, keys: Sequence[tuple[str, int]]) -> tuple[str, ...]:
    """An entry's figure under each column of ``keys`` ("" where its table has no such column)."""
    if not keys:
        return ()
    own = dict(_keyed(values.get(entry.location, ())))
    return tuple(own.get(key, "") for key in keys)


def with_values(headers: Sequence[str], shown: Sequence[str], before: int) -> tuple[str, ...]:
    """``headers`` (or a row's cells) with ``shown`` put in before the column ``before``."""
    return (*headers[:before], *shown, *headers[before:])


def value_record(entry: Entry, values: Values) -> dict[str, str]:
    """An entry's figures for JSON: title → value, in its table's order ({} without any; a
    second column of one title as 「目標値（2）」)."""
    return {
        title if nth == 1 else f"{title}（{nth}）": value
        for (title, nth), value in _keyed(values.get(entry.location, ()))
    }


def with_figures(entry: Entry, values: Values) -> dict[str, object]:
    """An entry's JSON record (model.entry_record) with its figures as ``values`` (title →
    value as shown), where its table has them."""
    record = entry_record(entry)
    if figures := value_record(entry, values):
        record["values"] = figures
    return record
