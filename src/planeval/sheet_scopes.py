"""A total row at the foot of one of several sheets (長与町's 「計 | … | 3件」 under each
基本目標's sheet, review 85): the sheet's rows, not the whole plan's. A sheet holding one
policy's rows, all of them, is that policy's (基本目標Ⅰ); several policies' whole rows those
policies' added up; a part of some policy (a sheet per 課) its own rows, compared as a group of
their own (``SheetRows.groups``). Only a total row the text gives no scope of its own and no
heading above on its sheet is placed so (statements.py); a read whose rows stand on one sheet
keeps its totals the whole plan's, and so does a total row under its sheet's own total (長与町's
「合計 8件」 under the last 基本目標's 「計 4件」: the grand total, review 86 —
stated_totals.under_sheet_totals, the rule every read's warning keeps)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import NamedTuple

from planeval.aggregate import Group, summarize
from planeval.model import Entry, Location, TextCell
from planeval.scale import Scale
from planeval.stated_totals import under_sheet_totals
from planeval.statement_scope import Scope

# a workbook's own total row as io/chapter3.py keeps it, 「計 3件」: not a 小計 (its section's)
GRAND_TOTAL = re.compile(r"^(?:合計|計|総計) \d")
_SHEET = "\0"  # (a sheet's key as a group below the policies: never a level's ID)


def sheet_of(location: Location) -> str:
    """The key a text's or a row's sheet is looked up by (its file and sheet)."""
    return f"{location.file}\0{location.sheet}"


class SheetTotals(NamedTuple):
    """Each sheet's policies by ``sheet_of`` (sheet_policies), and the total rows under their
    sheet's own total, the whole plan's (``grand``)."""

    policies: Mapping[str, tuple[str, ...]]
    grand: frozenset[Location] = frozenset()


NO_SHEETS = SheetTotals({})


def sheet_policies(rows: Sequence[Entry], texts: Iterable[TextCell]) -> SheetTotals:
    """Each sheet's policies by ``sheet_of``, where ``rows`` stand on several sheets and one
    of ``texts`` is a total row on a sheet: the policies whose rows all stand on it, or () where
    it holds a part of a policy's; with the total rows under their sheet's own total. NO_SHEETS
    otherwise (most reads: no such total)."""
    totals = [t for t in texts if t.location.sheet and GRAND_TOTAL.match(t.text)]
    if not totals:
        return NO_SHEETS
    held: dict[str, dict[str, None]] = {}  # sheet → its policies, in the rows' order
    sheets: dict[str, set[str]] = {}  # policy → the sheets its rows stand on
    for entry in rows:
        sheet = sheet_of(entry.location)
        held.setdefault(sheet, {})[entry.policy_id] = None
        sheets.setdefault(entry.policy_id, set()).add(sheet)
    if len(held) < 2:
        return NO_SHEETS
    policies = {
        sheet: tuple(ids) if all(len(sheets[gid]) == 1 for gid in ids) else ()
        for sheet, ids in held.items()
    }
    return SheetTotals(policies, under_sheet_totals(totals, rows))


def sheet_total(
    location: Location,
    plain: str,
    scope: Scope,
    sheets: SheetTotals,
    label: Callable[[str], str],
) -> Scope:
    """The scope of the line ``plain`` at ``location`` read as ``scope``: where that is the
    whole plan's (no scope of its own, no heading above) and the line a total row on one of
    ``sheets`` (sheet_policies), its sheet's rows — the policy whose rows all stand there (by
    ``label``, as a reader names it), several such added up, else the sheet's own rows —
    unless it stands under its sheet's own total (the whole plan's, as read)."""
    ids = sheets.policies.get(sheet_of(location))
    if ids is None or scope.policy_id is not None or scope.below or scope.among or scope.unplaced:
        return scope
    if location in sheets.grand:  # (長与町's 合計 under the last 基本目標's 計: review 86)
        return scope
    if not GRAND_TOTAL.match(plain):
        return scope
    if len(ids) == 1:
        return Scope(ids[0], label(ids[0]))
    if ids:
        return Scope(None, "・".join(map(label, ids)), among=ids)
    return Scope(None, f"シート「{location.sheet}」", below=_SHEET + sheet_of(location))


def sheet_groups(rows: Sequence[Entry], belows: Iterable[str], scale: Scale) -> dict[str, Group]:
    """The rows of each sheet among ``belows`` (statements' ``below``) that holds a part of some
    policy, as a group a statement's numbers are compared with."""
    found = {}
    for below in {b for b in belows if b.startswith(_SHEET)}:
        on = [e for e in rows if sheet_of(e.location) == below[1:]]
        summary = summarize(on, scale=scale)
        projects = sum(group.projects for group in summary.groups)
        found[below] = Group(below, "", summary.total, projects)
    return found
