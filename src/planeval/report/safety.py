"""Text from the inputs, made safe for what it is written into.

- Excel: characters Excel forbids are removed; a cell over 32,767 characters is cut with a
  visible marker; text that Excel would take for a formula (= + - @, tab, CR at the start) is
  written as text with Excel's quote prefix, so it stays text when edited.
- CSV: such a data cell is prefixed with ' (OWASP's advice against CSV injection); planeval's
  own headers never are.
- Sheet names: at most 31 characters, none of []:*?/\\, unique in the workbook.
"""

from __future__ import annotations

import re

EXCEL_CELL_LIMIT = 32_767
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def excel_text(text: str) -> tuple[str, bool]:
    """``text`` as Excel can hold it, and whether it had to be cut."""
    text = _FORBIDDEN.sub("", text)
    if len(text) <= EXCEL_CELL_LIMIT:
        return text, False
    keep = EXCEL_CELL_LIMIT - len(f"…（以下 {len(text):,} 文字省略）")
    return text[:keep] + f"…（以下 {len(text) - keep:,} 文字省略）", True


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula (a lone '-' or a number would not)."""
    return text.startswith(_FORMULA_START) and text != "-" and not _PLAIN_NUMBER.match(text)


def csv_text(text: str) -> str:
    """A CSV data cell that Excel will not run as a formula (never used on planeval's own
    headers, where the apostrophe would show)."""
    return f"'{text}" if looks_like_formula(text) else text


def sheet_name(wanted: str, used: set[str]) -> str:
    """A valid, unique sheet name close to ``wanted``; it is added to ``used``."""
    base = _SHEET_FORBIDDEN.sub("_", wanted).strip("'").strip() or "Sheet"
    name = base[:31]
    number = 2
    while name.casefold() in {u.casefold() for u in used}:
        suffix = f"({number})"
        name = base[: 31 - len(suffix)] + suffix
        number += 1
    used.add(name)
    return name
