"""A rating that its own indicator's figures contradict (review 186 #2): under a scale whose
labels state the share of the target each rating stands for (aichi's A 達成率100%以上, B 80%以上
100%未満 …), a row whose 現状値 / 目標値 falls in another rating's range — 建設局's 2-2-(1)ア,
34件 of 40件 = 85.0%, B, typed C — is a warning at its rating cell, counted as typed (the rating
is the department's judgement; the 情報政策課 checks exactly this by hand).

Said only where it is unambiguous: the 策定時, 現状値 and 目標値 each one plain number in the
same unit (「97.0%(小) 98.2%(中)」 two: none), one column of each, and the target above the
策定時 value (higher is better; a target below it, or equal, or no 策定時: not judged). Asked
through io/value_columns.judged_figures once a read is done (io/reader.said_of_settings), or
of each file where a large read counts it (file_counts.py), only where rows have figures."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from planeval.io.value_titles import FIGURE_ROLES
from planeval.model import Entry, Location, Problem, Severity
from planeval.scale import Scale

if TYPE_CHECKING:  # (decimal imported where a figure is judged: not by a blank rating's read)
    from decimal import Decimal

_ROLE_OF = {title: role for role, titles in FIGURE_ROLES.items() for title in titles}
_FIGURE = re.compile(r"^([0-9][0-9,]*(?:\.[0-9]+)?)\s*([^0-9\s.,]*)$")
_BOUND = re.compile(r"([0-9]+(?:\.[0-9]+)?)[%％](以上|未満)")

# a rating's range of the share of its target: (symbol, label, low, high), None unbounded
Band = tuple[str, str, "Decimal | None", "Decimal | None"]


@functools.cache
def share_bands(scale: Scale) -> tuple[Band, ...]:
    """The ranges ``scale``'s counted ratings' labels state, lowest first — aichi's D 50%未満,
    C 50%以上80%未満, B 80%以上100%未満, A 達成率100%以上 —; none where any counted rating's
    label states no % bound, or the ranges leave a gap or overlap (名古屋市's 「100%またはそれ
    以上」 states none)."""
    from decimal import Decimal

    bands: list[Band] = []
    for status in scale.statuses:
        if not status.counted:
            continue
        bounds = {word: Decimal(number) for number, word in _BOUND.findall(status.label)}
        if not bounds:
            return ()
        bands.append((status.symbol, status.label, bounds.get("以上"), bounds.get("未満")))
    bands.sort(key=lambda band: (band[2] is not None, band[2] or 0))
    lows = [band[2] for band in bands[1:]]
    highs = [band[3] for band in bands[:-1]]
    whole = bands and bands[0][2] is None and bands[-1][3] is None
    return tuple(bands) if whole and lows == highs else ()


def figures_disagree(
    entries: Sequence[Entry], values: Mapping[Location, tuple[tuple[str, str], ...]], scale: Scale
) -> list[Problem]:
    """A warning at each of ``entries``' rating cells whose figures (``values``, ReadResult's)
    put 現状値 / 目標値 in another rating's range of ``scale`` (share_bands); none where the
    scale's labels state no ranges."""
    bands = share_bands(scale) if values else ()
    if not bands:
        return []
    said = []
    for entry in entries:
        figures = values.get(entry.location)
        if not figures or entry.status not in scale.counted:
            continue
        share = _share(figures)
        if share is None:
            continue
        ratio, now, target = share
        symbol, label, *_ = next(b for b in bands if _within(ratio, b))
        if symbol == entry.status:
            continue
        from decimal import ROUND_DOWN, Decimal

        shown = f"{ratio.quantize(Decimal('0.1'), rounding=ROUND_DOWN)}%"
        message = (
            f"{now[0]}/{target[0]} {shown} は {symbol}（{label}）の範囲ですが、"
            f"{entry.status} と評価されています"
        )
        hint = (
            f"{now[0]} {now[1]}、{target[0]} {target[1]}です。評価の誤りなら {symbol} に直して"
            f"ください。部局の判断でこのままなら、{entry.status} として件数に含めます"
        )
        said.append(Problem(entry.location, Severity.WARNING, message, hint))
    return said


def _within(ratio: Decimal, band: Band) -> bool:
    _symbol, _label, low, high = band
    return (low is None or ratio >= low) and (high is None or ratio < high)


def _share(
    figures: tuple[tuple[str, str], ...],
) -> tuple[Decimal, tuple[str, str], tuple[str, str]] | None:
    """現状値 / 目標値 × 100 of a row's figures, with the 現状値's and 目標値's (title, figure as
    shown); None where not unambiguous (the module's rules)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for title, figure in figures:
        if role := figure_role(title):
            found.setdefault(role, []).append((title, figure))
    if any(len(found.get(role, ())) != 1 for role in FIGURE_ROLES):
        return None
    (base,), (now,), (target,) = (found[role] for role in FIGURE_ROLES)
    numbers = [_number(figure) for _title, figure in (base, now, target)]
    if any(number is None for number in numbers) or len({n[1] for n in numbers if n}) != 1:
        return None
    start, reached, aim = (number[0] for number in numbers if number)
    if not aim > start or aim <= 0:  # (lower is better, or no direction: not judged)
        return None
    return reached / aim * 100, now, target


def figure_role(title: str) -> str:
    """A figure column's role by its title (as typed): "base" (策定時), "now" (現状値, 実績値),
    "target" (目標値), else ""."""
    from planeval.io.headers import title_key

    return _ROLE_OF.get(title_key(title), "")


def _number(figure: str) -> tuple[Decimal, str] | None:
    """A figure as shown (「1,250件」, 「85.0%」) as its number and unit; None where it is no
    one plain number (「集計中」, 「97.0%(小) 98.2%(中)」, 「－」, blank)."""
    found = _FIGURE.match(unicodedata.normalize("NFKC", figure).strip())
    from decimal import Decimal

    return (Decimal(found[1].replace(",", "")), found[2]) if found else None
