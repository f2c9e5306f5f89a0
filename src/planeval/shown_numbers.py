"""A figure read from a number cell (io/value_columns.py: 策定時 | 現状値 | 目標値 …), shown as
Excel shows it and still the number it is: shared by the reader, which makes it, and the
export's data sheet, which writes the number (report/xlsx_data.py)."""

from __future__ import annotations


class ShownNumber(str):
    """A number cell's value as Excel shows it (「97.0%」), which knows the number and its
    format (0.97, ``0.0%``): every output shows the text, and the export's data sheet writes
    the number in its format, a number a clerk sorts and filters (review 79b #4: 「97.0%」
    stored as text). Equal to its text, as any str is."""

    number: float | int
    number_format: str

    def __new__(cls, shown: str, number: float | int, number_format: str) -> ShownNumber:
        made = super().__new__(cls, shown)
        made.number, made.number_format = number, number_format
        return made

    def __reduce__(self) -> tuple[object, ...]:  # (to a worker's caller, as it was)
        return ShownNumber, (str(self), self.number, self.number_format)
