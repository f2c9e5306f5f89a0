"""A count of statuses: every counted symbol's number (zeros included), every uncounted one's,
and their shares in percent as public reports print them (each rounded on its own, half up, or,
as a body adding each row up to 100 prints them, by largest remainder);
and the counts of the rows a column marks, under each group's (SubCounts: 川崎市's うち重点)."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from collections.abc import Mapping
from itertools import combinations
from typing import Literal, NamedTuple

from planeval.model import made_often

# How shares are rounded: each row adjusted to add up to 100 (largest remainder: Nagoya's
# tables), or each share rounded on its own, half up (Excel's ROUND: most bodies' tables, and
# what a reader's calculator gives). A scale or count that says neither (None, the default)
# rounds each share on its own too, and check accepts a share rounded either way (reviews
# 145 #3, 148 #6, 152 #1: 4/6 printed 66.7 in one row and 66.6 in the next)
Rounding = Literal["largest_remainder", "round"]
# Of largest remainder, how equal counts at the remainder the units left fall to are told apart:
# "equal", kept at equal shares (a row may add up to 99.9), or "column_order", the units to the
# earlier columns, every row at exactly 100 (中原市's 5.6/22.2/66.7/5.5: review 182 #3)
Ties = Literal["equal", "column_order"]
# the table's last row as the note under its shares names it, 「合計の行は 99.9%」 (a bare 「合計は」
# read as the plan's total: review 91); check reads it back (share_sums)
TOTAL_ROW_SAID = "合計の行"


@made_often(frozen=True, slots=True)
class Count:
    """Counts of every counted symbol (zeros included) and of every uncounted one."""

    counts: Mapping[str, int]
    uncounted: Mapping[str, int]
    rounding: Rounding | None = None  # ([scale] rounding: how percent rounds; None, not set)
    ties: Ties = "equal"  # ([scale] ties: of largest remainder, equal counts' shares)

    @property
    def total(self) -> int:
        """The number of counted entries (repeat listings and other uncounted ones excluded)."""
        return sum(self.counts.values())

    def percent(self, decimals: int = 1) -> dict[str, float]:
        """Each counted symbol's share of the total in percent, at ``decimals`` places, each
        rounded on its own, half up (rounded_share: 4 of 6 is 66.7 in every row; a row may add
        up to 99.9 or 100.1); all zeros when nothing is counted. With ``rounding``
        "largest_remainder", adding up to 100 instead: the shares rounded down, then one unit
        of the last place to each largest remainder; at equal remainders to the counts that
        make exactly 100, the earlier symbol of the scale's where several could (2, 11, 2 of 15
        are 13.3/73.4/13.3), equal counts always equal shares: where the units left cannot go
        to all of them and no other counts of their remainder take them exactly, they are left
        rounded down, the row adding up to less than 100 — never more (12, 3, 1, 1, 1 of 18:
        66.7/16.7/5.5/5.5/5.5, 99.9; 1, 1, 1 of 3: 33.3 each, 99.9) — or, with ``ties``
        "column_order", to the earlier columns, every row at 100 (66.7/16.7/5.6/5.5/5.5). Nagoya's 43/9/7/2/2 of 63 gives 68.2/14.3/11.1/3.2/3.2 so (each rounded
        alone: 68.3 and a total of 100.1). Whole percents (``decimals=0``) are those
        report.document.percentages gives.

        Computed in integers (units of 10^-decimals), so no float drift decides a share."""
        if self.rounding == "largest_remainder":
            return self._adjusted(decimals)
        return {symbol: self.rounded_share(symbol, decimals) for symbol in self.counts}

    def _adjusted(self, decimals: int) -> dict[str, float]:
        """The shares adding up to 100, by largest remainder (percent's where the body's)."""
        units, _split = self._allocated(decimals)
        return {symbol: round(units[symbol] / 10**decimals, decimals) for symbol in self.counts}

    def _allocated(self, decimals: int) -> tuple[dict[str, int], tuple[str, ...]]:
        """percent's units of the last place per symbol, and the tie the units left could not
        all go to (left rounded down), if there is one."""
        if decimals < 0:
            raise ValueError(f"decimals must be 0 or more, not {decimals}")
        whole = 100 * 10**decimals  # 100 percent in units of the last place
        total = self.total
        if total == 0:
            return dict.fromkeys(self.counts, 0), ()
        units = {symbol: number * whole // total for symbol, number in self.counts.items()}
        short = whole - sum(units.values())
        if self.ties == "column_order":
            return _in_order(self.counts, units, short, whole)
        # the symbols of one count together, a set: equal counts get equal shares (1 and 1 of
        # 14 are 7.1 and 7.1, not 7.2 and 7.1), the units left going to the largest remainders
        # first. Where the sets at one remainder have more symbols than units left, those that
        # take exactly the units left take them, the earlier symbols' where several choices
        # could (2, 11, 2 of 15, three remainders of 1/3: 11 takes the 0.1, 13.3/73.4/13.3 add
        # up to 100.0, review 136; 1, 8, 5 of 14: 1 and 8 tie, 1 takes it). Only where no
        # choice of whole sets takes them exactly are the sets that can take them given them
        # in the scale's order, and the rest left rounded down — never more units than the row
        # misses, so a row never adds up past 100 (12, 3, 1, 1, 1 of 18: 66.7, 16.7 and 5.5
        # each, 99.9, not 5.6 each and 100.2, review 169 #2; 1, 1, 1 of 3: 33.3 each, 99.9;
        # 1, 1, 1, 3 of 6: 16.6 each, 99.8) — and no smaller remainder rounded up past them
        tied: dict[int, list[str]] = {}
        for symbol, number in self.counts.items():
            tied.setdefault(number, []).append(symbol)
        at: dict[int, list[list[str]]] = {}  # the sets by their remainder, in the scale's order
        # (the sets are made in the scale's order already: each in its first symbol's place)
        for number, symbols in tied.items():
            if number * whole % total:  # (a whole share needs none)
                at.setdefault(number * whole % total, []).append(symbols)
        split: tuple[str, ...] = ()
        for remainder in sorted(at, reverse=True):
            sets = at[remainder]
            if short <= 0:
                break
            taking = sets if sum(map(len, sets)) <= short else _exactly(sets, short)
            if taking is not sets:  # (a report breaking the tie otherwise: tied_shares)
                split = tuple(symbol for symbols in sets for symbol in symbols)
            if taking is None:
                taking = []
                for symbols in sets:
                    if len(symbols) <= short - sum(map(len, taking)):
                        taking.append(symbols)
                short = 0  # (no smaller remainder rounded up past the sets left)
            for symbols in taking:
                for symbol in symbols:
                    units[symbol] += 1
                short -= len(symbols)
        return units, split

    def rounded_share(self, symbol: str, decimals: int = 1) -> float:
        """``symbol``'s share rounded on its own, half up (Excel's ROUND): what a report that
        rounds each share by itself prints, its shares adding up to 99.9 or 100.1 at times."""
        unit: int = 10**decimals
        total = self.total
        if total == 0:
            return 0.0
        units = (2 * self.counts[symbol] * 100 * unit + total) // (2 * total)
        return round(units / unit, decimals)

    def tied_shares(self, symbol: str, decimals: int = 1) -> tuple[float, ...]:
        """Where ``symbol`` is one of equal counts the units left over could go to some of but
        not all, the two shares a report adding its column up to 100.0 may print for it, by
        the tie order it chooses: 2, 2, 2, 1 of 7 are 28.6, 28.6, 28.5, 14.3 there (planeval
        prints 28.5 each, 99.8, and notes it); () for any other symbol, whose share is one."""
        _units, split = self._allocated(decimals)
        if symbol not in split:
            return ()
        unit: int = 10**decimals
        down = self.counts[symbol] * 100 * unit // self.total
        return (round(down / unit, decimals), round((down + 1) / unit, decimals))

    def share_agrees(self, symbol: str, stated: float, decimals: int = 1) -> bool:
        """Whether a share stated of ``symbol`` at ``decimals`` places agrees with the count, as
        any of the ways public reports make shares gives it: adding up to 100 (largest remainder),
        each share rounded on its own (rounded_share: a clerk's Excel with ROUND in every cell),
        or of equal counts the tie's other rounding (tied_shares) — with ``rounding`` set (the
        settings' or the preset's), the body's rule only: "round", the share rounded on its
        own; "largest_remainder", the row's adjusted share or a tie's other rounding (43 of 63
        is 68.2, not 68.3: review 169 #3). A symbol not counted: 0. The one rule a sentence's
        share (stated_agreement.py) and a table's (table_cells.py) keep."""
        said = round(stated, decimals)
        if symbol not in self.counts:
            return said == 0.0
        alone = self.rounded_share(symbol, decimals)
        if self.rounding == "round":  # (the body's own rule, and no other: review 73)
            return said == alone
        adjusted = (self._adjusted(decimals)[symbol], *self.tied_shares(symbol, decimals))
        return said in adjusted if self.rounding else said in (*adjusted, alone)

    def whole_agrees(self, stated: float, decimals: int = 1) -> bool:
        """Whether a table's 計 share (its shares' whole) agrees: 100 (0 of nothing), or what its
        shares add up to where they do not make 100, as percent or each rounded alone gives
        them (a tie's 100.1, a clerk's SUM of ROUNDed shares 99.9)."""
        said = round(stated, decimals)
        if not self.total:
            return said == 0.0
        alone = sum(self.rounded_share(symbol, decimals) for symbol in self.counts)
        if self.rounding == "round":
            return said in (100.0, round(alone, decimals))
        added = (sum(self._adjusted(decimals).values()), alone)
        return said in (100.0, *(round(whole, decimals) for whole in added))

    def as_dict(self, percent_decimals: int = 1) -> dict[str, object]:
        return {
            "counts": dict(self.counts),
            "uncounted": dict(self.uncounted),
            "total": self.total,
            # (nothing counted, 計 0: no shares, {} — not 0.0 each: review 191 #2)
            "percent": self.percent(percent_decimals) if self.total else {},
        }


def mark_word(title: str) -> str:
    """The rows' word a mark column's title gives: 「うち重点」 → 重点 (what a report's 「うち
    重点3事業」 names), 「重点事業」 as it is."""
    return title.removeprefix("うち") or title


def _exactly(sets: list[list[str]], units: int) -> list[list[str]] | None:
    """Of the sets of equal counts at one remainder (in the scale's order), those whose symbols
    number exactly ``units``, the earlier sets where several choices do; None where none do."""
    choices = (chosen for size in range(len(sets)) for chosen in combinations(sets, size + 1))
    return next(
        (
            list(chosen)
            for chosen in sorted(choices, key=lambda c: [sets.index(s) for s in c])
            if sum(map(len, chosen)) == units
        ),
        None,
    )


def _in_order(
    counts: Mapping[str, int], units: dict[str, int], short: int, whole: int
) -> tuple[dict[str, int], tuple[str, ...]]:
    """Count._allocated with ties "column_order": the units left to the largest remainders, at
    equal remainders to the earlier columns (the scale's order), so a row adds up to exactly
    100; the tie, the equal counts so given apart shares (either of which check accepts)."""
    total = sum(counts.values())
    ordered = sorted(counts, key=lambda symbol: -(counts[symbol] * whole % total))
    for symbol in ordered[:short]:  # (sorted keeps the columns' order at equal remainders)
        units[symbol] += 1
    apart = {n for n in counts.values() if len({units[s] for s in counts if counts[s] == n}) > 1}
    return units, tuple(symbol for symbol, number in counts.items() if number in apart)


class SubCounts(NamedTuple):  # (cheaper to define than a frozen dataclass: model.py)
    """Of a summary's counts, those of the rows a column marks (川崎市's うち重点, a 内数):
    ``title`` the column's as read (remarks and spaces left out), each group's by its key
    (Group.key: body and ID, an item's place) — None where some of its rows stand in a table without
    the column, which of them are marked not known — and the whole's."""

    title: str
    groups: Mapping[tuple[str, str], Count | None]
    total: Count | None
    unmarked: tuple[str, ...] = ()  # the files of the rows not known (the whole's not known)
    planned: str = ""  # the plan's mark where the plan's column decided (ReadResult.planned_mark)

    @property
    def label(self) -> str:
        """What its line under a group's counts is called: 「うち重点」, 「うち重点事業」."""
        return f"うち{mark_word(self.title)}"

    def as_dict(self, key: tuple[str, str] | None, places: int) -> dict[str, object]:
        """A group's (``key``) or, for None, the whole's counts in JSON (null: not known)."""
        count = self.total if key is None else self.groups[key]
        return {"marked": count and count.as_dict(places)}
