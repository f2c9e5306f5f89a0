"""The yearly cycle's library functions comparing rounds: two (compare) or several side by
side (rounds), and their workbooks. Nothing here prints (the CLI's rounds.py calls these);
each is planeval's own name (``planeval.compare``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.wording import DEFAULT_WORDING, Wording

if TYPE_CHECKING:  # (imported when called: start-up pays only for what a command uses)
    from planeval.cycle.compare import Comparison
    from planeval.cycle.rounds import Rounds
    from planeval.model import Entry, Problem
    from planeval.report.render import TableData

__all__ = ["compare", "rounds", "write_comparison_xlsx", "write_rounds_xlsx"]


def compare(
    old: ReadResult,
    new: ReadResult,
    *,
    scale: Scale = DEFAULT_SCALE,
    mapping: dict[str, str] | None = None,
    wording: Wording = DEFAULT_WORDING,
    given: str | None = None,
) -> Comparison:
    """Two rounds of the same plan: every item's movement and the counts per policy. Items
    pair by number and name (an item renumbered within its project is found by its name);
    ``mapping`` renumbers the old round's projects or items (``1-1-3`` → ``1-1-4``,
    ``1-1-3②`` → ``1-1-4③``). An item one round counted nothing of — its body unanswered
    or unreadable there, a file of its body unreadable there, or the item read but in error
    — is 前回未集計/今回未集計
    (``Movement.uncounted_in``), not added or removed, and left out of the counts per policy
    (``Comparison.not_counted`` names such bodies); read with the plan, an item of the old
    round only that the new round's plan marks 終了 is 「計画で終了」 (``Movement.ended``), not
    削除; a body (--bodies) with no workbook in one
    round is said as a whole with its counts (``Comparison.apart``), its items in no movement. Rounds that record their fiscal year
    (templates, exports written with one) must be given oldest first (UsageError
    otherwise); two of the same year get a notice (``Comparison.notices``). ``wording``
    (planeval.toml's [wording]) names the levels in its tables and workbook. ``given``: the
    old round's paths as given (what ``planeval validate`` is to be run on); with it, the old
    round's own problems are told once in ``old.problems``, its rows in error 前回未集計, no
    error of the comparison (earlier_problems.told_once: review 180 #6)."""
    from dataclasses import replace

    from planeval.cycle.answered import NoWorkbook, unanswered
    from planeval.cycle.bodies_apart import (
        bodies_apart,
        copied_by,
        counted_in_none,
        dated_by,
        in_no_round,
        named_by,
        sent_by,
    )
    from planeval.cycle.coded_bodies import paired_bodies
    from planeval.cycle.compare import compare_rounds, in_order, typed_levels
    from planeval.cycle.ended import Ended
    from planeval.cycle.explained_gaps import drop_explained, said_once, sides
    from planeval.cycle.map_ids import by_shown_ids
    from planeval.cycle.pairing import not_renumbered
    from planeval.cycle.renamed_bodies import as_named
    from planeval.cycle.uncounted import uncounted_in
    from planeval.cycle.unpaired_map import unpaired_mapping, unused_mapping
    from planeval.held_replies import held_bodies
    from planeval.plan import lead_key
    from planeval.plan_order import in_plan_order
    from planeval.stated_year import seen_year

    notices = in_order([old, new])
    typed = (old.level_labels, new.level_labels)
    mapping = by_shown_ids(mapping or {}, old.entries, new.entries, labels=typed)
    renamed, said = paired_bodies(old, new, (old.entries, new.entries))
    old_entries = as_named(old.entries, renamed)
    old_entries = in_plan_order(old_entries, old.plan_places)  # (its items as the plan lists)
    uncounted = uncounted_in(old, renamed=renamed, mapping=mapping or {}), uncounted_in(new)
    notices += said
    absent = unanswered(old, new, renamed, wording, mapping or {})
    # (a gap of a round's numbers that a department sent nothing explains: said once, by it)
    drop_explained([old, new], sides(absent.held), [renamed, {}], [mapping, {}])
    said_once([old, new], [renamed, {}], [mapping, {}])
    notices += absent.notices + counted_in_none([old, new])
    notices += unused_mapping(mapping or {}, old.entries, new.entries, labels=typed)
    order = [*new.bodies, *(renamed.get(body, body) for body in old.bodies)]
    apart = bodies_apart(
        [old_entries, new.entries],
        [absent.bodies.get("old", ()), absent.bodies.get("new", ())],
        [named_by(old, renamed), named_by(new)],
        scale=scale,
        order=order,
        unreadable=[
            {renamed.get(body, body) for body in old.unread_bodies.values()},
            set(new.unread_bodies.values()),
        ],
        sent=[sent_by(old, renamed), sent_by(new)],
        held=[{renamed.get(body, body) for body in held_bodies(old)}, held_bodies(new)],
        listing=[bool(old.roster), bool(new.roster)],
        dated=[dated_by(old, renamed), dated_by(new)],
        copied=[copied_by(old, renamed), copied_by(new)],
        declined=[{renamed.get(body, body) for body in old.declined}, new.declined],
    )
    comparison = compare_rounds(
        old_entries,
        in_plan_order(new.entries, new.plan_places),
        scale=scale,
        mapping=mapping,
        uncounted=uncounted,
        bodies=order,
        unanswered=(absent.held.get("new", NoWorkbook()), absent.held.get("old", NoWorkbook())),
        apart=apart,
        labels=typed_levels([old, new], [renamed, {}]),
        ended=Ended.of(new),
        # (a row ``mapping`` renumbers, by a plan revised since: no error of its round's own)
        unjudged=as_named(not_renumbered(old.unjudged_rows, mapping), renamed),
        marks=(old.marks, new.marks),
    )
    years = (seen_year(old), seen_year(new))
    paired = [(m.old, m.new) for m in comparison.movements]
    notices += unpaired_mapping(mapping, [("前回", paired)], listed=comparison.listed)
    if mapping:  # (a merge given by one pair: its other item 削除, review 144 #6)
        from planeval.cycle.merged_items import merge_hints

        notices += merge_hints(comparison.movements, mapping, comparison.listed)
    if any(m.old is None for m in comparison.movements):  # (an item added: reworded?)
        from planeval.cycle.reworded_items import reworded_items
        from planeval.plan import lead_key

        places = {**old.plan_places, **new.plan_places}

        def planned(entry: Entry) -> bool:
            return lead_key(entry) in places

        notices += reworded_items(comparison.movements, comparison.listed, wording, planned)
    from planeval.cycle.revised_items import revisions  # (a target revised: review 180 #4)

    compared = replace(
        comparison,
        revised=revisions(comparison.movements, old.values, new.values, wording.item, mapping),
        notices=tuple(notices),
        wording=wording,
        years=years,
        unanswered=_unread_apart(absent.departments, (old, new), unread=False),
        unread_sent=_unread_apart(absent.departments, (old, new), unread=True),
        in_no_round=in_no_round([old, new]),
    )
    if given is not None:  # (after compare: a gap it explains is no longer said)
        from planeval.cycle.earlier_problems import told_once

        old.problems = told_once(old, "前回", wording.item, given)
    return compared


def _unread_apart(
    departments: dict[str, tuple[str, ...]], results: Sequence[ReadResult], *, unread: bool
) -> dict[str, tuple[str, ...]]:
    """Per round ("old", "new"), of the departments with no file counted in it that answered
    the other, those that sent nothing — or, ``unread``, those that sent only files not read at
    all (an .xls, read with the plan: ReadResult.unread_leads): it answered, not 未提出 (review
    184 #4: 「今回は調査票の提出がなかった部: DX推進担当部」)."""
    found = {}
    for side, result in zip(("old", "new"), results, strict=True):
        sent = set(result.unread_leads.values())
        if theirs := tuple(d for d in departments.get(side, ()) if (d in sent) == unread):
            found[side] = theirs
    return found


def rounds(
    results: Sequence[ReadResult],
    *,
    labels: Sequence[str],
    scale: Scale = DEFAULT_SCALE,
    mapping: dict[str, str] | None = None,
    wording: Wording = DEFAULT_WORDING,
    given: Sequence[str] | None = None,
) -> Rounds:
    """Several rounds side by side (a plan period's final evaluation): each item's status per
    round, and per policy the counts per round. ``mapping`` renumbers every earlier round's
    projects or items into the last round's numbers. An item a round has not counted — its
    body or department sent no workbook there, or it was read there in error — is 「未集計」
    there (``RoundRow.unsent``, ``RoundRow.in_error``), one the last round's plan marks 終了
    「計画で終了」 there (``RoundRow.ended``), and such a body is also said as a
    whole with its counts per round (``Rounds.apart``). Rounds that record their fiscal year
    must be given oldest first (UsageError otherwise); two in a row of the same year get a
    notice (``Rounds.notices``). ``wording`` names the levels in its tables and workbook.
    ``given``: each round's path as given, oldest first; with it, each earlier round's own
    problems are told once in its ``problems``, as compare tells the old round's (「未集計」)."""
    from dataclasses import replace

    from planeval.cycle.bodies_apart import (
        bodies_apart,
        copied_by,
        counted_in_none,
        dated_by,
        named_by,
        sent_by,
    )
    from planeval.cycle.coded_bodies import paired_bodies
    from planeval.cycle.compare import in_order, typed_levels
    from planeval.cycle.ended import Ended
    from planeval.cycle.explained_gaps import drop_explained, said_once
    from planeval.cycle.map_ids import by_shown_ids
    from planeval.cycle.pairing import not_renumbered
    from planeval.cycle.renamed_bodies import as_named
    from planeval.cycle.reworded_items import reworded_rounds
    from planeval.cycle.rounds import side_by_side
    from planeval.cycle.uncounted import uncounted_in
    from planeval.cycle.unpaired_map import unused_mapping
    from planeval.cycle.unreturned_rounds import with_unreturned
    from planeval.cycle.unsent_rounds import unsent_by_round
    from planeval.held_replies import held_bodies
    from planeval.plan import lead_key
    from planeval.plan_order import in_plan_order
    from planeval.stated_year import seen_year

    notices = in_order(results)
    earlier = [entry for result in results[:-1] for entry in result.entries]
    typed = (typed_levels(results[:-1], [{}] * (len(results) - 1)), results[-1].level_labels)
    mapping = by_shown_ids(mapping or {}, earlier, results[-1].entries, labels=typed)
    notices += unused_mapping(mapping, earlier, results[-1].entries, labels=typed)
    # a body renamed between two rounds (its code, its file's name) is the body of the later
    # round's name, as compare pairs it: the last round's names, earlier rounds renamed from
    # the last back (a body named as the round after names it, as that round's is renamed)
    entries = [in_plan_order(result.entries, result.plan_places) for result in results]
    renames: list[dict[str, str]] = [{} for _ in results]
    for index in range(len(entries) - 2, -1, -1):
        pair = (labels[index], labels[index + 1])
        renamed, said = paired_bodies(
            results[index],
            results[index + 1],
            (entries[index], entries[index + 1]),
            later=renames[index + 1],
            rounds=pair,
        )
        renames[index] = renamed
        if renamed:
            entries[index] = as_named(entries[index], renamed)
        notices += said
    last = len(results) - 1  # (each round in the last round's names and numbers, as paired)
    mappings = [(mapping or {}) if index < last else {} for index in range(len(results))]
    unsent = unsent_by_round(results, renames, labels, wording, mappings)
    drop_explained(results, unsent.held, renames, mappings)  # (said once: by who sent none)
    said_once(results, renames, mappings)  # (… and a gap of several rounds once)
    named = [body for result in reversed(results) for body in result.bodies]
    uncounted = [
        uncounted_in(result, renamed=renamed, mapping=(mapping or {}) if index < last else {})
        for index, (result, renamed) in enumerate(zip(results, renames, strict=True))
    ]
    each = list(zip(results, renames, strict=True))
    apart = bodies_apart(
        entries,
        [{body for body, department in absent if not department} for absent in unsent.absent],
        [named_by(result, names) for result, names in each],
        scale=scale,
        order=named,
        unreadable=[
            {names.get(body, body) for body in result.unread_bodies.values()}
            for result, names in each
        ],
        sent=[sent_by(result, names) for result, names in each],
        held=[{names.get(body, body) for body in held_bodies(result)} for result, names in each],
        listing=[bool(result.roster) for result in results],
        dated=[dated_by(result, names) for result, names in each],
        copied=[copied_by(result, names) for result, names in each],
        declined=[{names.get(body, body) for body in result.declined} for result, names in each],
    )
    found = side_by_side(
        entries,
        labels=labels,
        scale=scale,
        mapping=mapping,
        bodies=named,
        unsent=unsent.held,
        uncounted=uncounted,
        levels=typed_levels(results, renames),
        apart=apart,
        ended=Ended.of(results[-1]),
        # (by the last round's plan, the rows ``mapping`` renumbers left out, as compare's)
        unjudged=[
            [e._replace(body=names.get(e.body, e.body)) for e in not_renumbered(rows, mapping)]
            for rows, names in zip((r.unjudged_rows for r in results), renames, strict=True)
        ],
        marks=[result.marks for result in results],  # (うち重点, as compare's)
    )
    # (the plan's items no round rated, their department sending nothing: 未提出 rows)
    found = with_unreturned(found, results, renames, mappings)
    places = {key: at for result in results for key, at in result.plan_places.items()}
    # (one item renamed under its number: two rows, said as compare says it — review 181 #5)
    reworded = reworded_rounds(
        found.rows, labels, wording, lambda e: lead_key(e) in places, entries
    )
    years = tuple(seen_year(result) for result in results)
    found = replace(
        found,
        notices=(*notices, *found.notices, *unsent.notices, *counted_in_none(results), *reworded),
        wording=wording,
        years=years,
        unsent=unsent.absent,
        unread=tuple(frozenset(result.unread_leads.values()) for result in results),
    )
    if given is not None:  # (as compare's, after drop_explained: review 180 #6)
        from planeval.cycle.earlier_problems import told_once

        for before, name, path in zip(results[:-1], labels, given, strict=False):
            before.problems = told_once(before, name, wording.item, path, "未集計")
    return found


def write_comparison_xlsx(
    comparison: Comparison, movements: TableData, xlsx: Path, *, include_same: bool = False
) -> list[Problem]:
    """compare's workbook: the movements, and per policy the counts before, after and their
    change as numbers (a fall shown ▲ by the cells' format). Written whole or not at all.
    ``include_same``: ``movements`` lists every item (--all), its notes say none left out."""
    from planeval.cycle.review_xlsx import write_comparison_xlsx as write
    from planeval.output import atomic_path

    with atomic_path(xlsx) as temporary:
        return write(comparison, movements, temporary, source=str(xlsx), include_same=include_same)


def write_rounds_xlsx(rounds: Rounds, xlsx: Path) -> list[Problem]:
    """rounds' workbook: each item's status per round, per policy the counts per round (as
    numbers) and a chart of them."""
    from planeval.cycle.review_xlsx import write_rounds_xlsx as write
    from planeval.output import atomic_path
    from planeval.report.round_tables import rounds_table

    with atomic_path(xlsx) as temporary:
        return write(rounds, rounds_table(rounds), temporary, source=str(xlsx))
