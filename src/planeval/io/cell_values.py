"""A cell's value as Excel shows it, where it can be told from the value and its number
format (grid.SheetGrid.formats): 0.982 in a 0.0% cell is 「98.2%」, 12000 in a #,##0"人" cell
「12,000人」, a number in a General cell as Excel writes it (0.3, not 0.30000000000000004).
A text is kept as typed (invisible characters and outer spaces left out: text.clean_text)."""

from __future__ import annotations

import datetime
import functools
import re

from planeval.shown_numbers import ShownNumber
from planeval.text import clean_text


def shown_number(value: object, number_format: str = "") -> str:
    """shown_value, a number's as a ShownNumber keeping it and its format."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ShownNumber(_number(float(value), number_format), value, number_format)
    return shown_value(value, number_format)


def shown_value(value: object, number_format: str = "") -> str:
    """``value`` as Excel shows it in a cell of ``number_format`` ("" or General: as is)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number(float(value), number_format)
    if isinstance(value, datetime.datetime):
        day = f"{value.year}/{value.month}/{value.day}"
        return day if value.time() == datetime.time() else f"{day} {value:%H:%M}"
    if isinstance(value, datetime.date):
        return f"{value.year}/{value.month}/{value.day}"
    return clean_text(value)


@functools.cache  # (compiled when first needed)
def _parts() -> re.Pattern[str]:
    """A number format's section: literal text before, the digits' placeholders, after."""
    return re.compile(r"^(?P<before>[^0#?]*?)(?P<digits>[0#?][0#?,]*(?:\.[0#?]*)?)(?P<after>.*)$")


@functools.cache
def _decoded(code: str) -> tuple[str, str, bool, int, int, bool] | None:
    """(before, after, thousands, least and most decimals, percent) of a number format's
    first section; None for General, a date's or one this reader cannot tell."""
    section = code.split(";", 1)[0]
    section = re.sub(r"\[[^\]]*\]|_.|\*.", "", section)  # (colour, locale, padding)
    literal = re.sub(
        r'"([^"]*)"|\\(.)', lambda m: "\x00" * len(m[2] if m[1] is None else m[1]), section
    )
    if not section or section.lower() == "general" or re.search(r"[yYmMdDhHsSeE@]", literal):
        return None
    match = _parts().match(literal)
    if match is None:
        return None
    texts = re.findall(r'"([^"]*)"|\\(.)|(.)', section)  # (literal text back in place)
    shown = "".join(quoted or escaped or plain for quoted, escaped, plain in texts)
    start, end = match.start("digits"), match.end("digits")
    digits = match["digits"]
    decimals = digits.split(".", 1)[1] if "." in digits else ""
    least, most = decimals.count("0"), len(decimals)
    percent = "%" in literal
    return shown[:start], shown[end:], "," in digits, least, most, percent


def _number(number: float, code: str) -> str:
    decoded = _decoded(code) if code else None
    if decoded is None:
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return f"{number:.10g}".replace("e+", "E+")
    before, after, thousands, least, most, percent = decoded
    scaled = abs(number * 100 if percent else number)
    text = f"{scaled:{',' if thousands else ''}.{most}f}"
    if most > least:  # (# after the point: no trailing zeros beyond the 0s)
        whole, _point, fraction = text.partition(".")
        fraction = fraction.rstrip("0").ljust(least, "0")
        text = f"{whole}.{fraction}" if fraction else whole
    sign = "-" if number < 0 and float(text.replace(",", "")) else ""
    return f"{sign}{before}{text}{after}"
