"""validate --plan: the returned rows against the plan — items not in it, named otherwise,
or missing from every file (those paired by name or number alone said by pairing_said.py; the
plan's own list against its project cards: plan_cards.py)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from planeval.cycle.missing_items import added_items, missing_said
from planeval.cycle.pairing_said import renumbered, reworded, undecided
from planeval.cycle.plan_names import retyped
from planeval.cycle.split_items import split_fix, split_items, split_said
from planeval.cycle.submission import lead_of
from planeval.ids import describe
from planeval.mistyped_numbers import mistyped_problems, mistyped_rows
from planeval.model import Entry, Location, Problem, Severity
from planeval.numbering_runs import running_down
from planeval.past_errors import NOT_IN_PLAN
from planeval.plan import Plan, PlanItem, circled_labels
from planeval.plan_pairing import paired
from planeval.read_records import ItemSeen
from planeval.sole_items import sole_projects, unnumbered
from planeval.text import comparable_name
from planeval.text_cells import text_cell
from planeval.wording import DEFAULT_WORDING, Wording

TextColumns = Mapping[tuple[str, str, str], Mapping[str, int]]  # (ReadResult.text_columns)
_NO_COLUMNS: TextColumns = {}


def _plan_key(project_id: str, item_no: int | None, name: str) -> tuple[str, str]:
    return project_id, str(item_no) if item_no is not None else comparable_name(name)


@dataclass(frozen=True, slots=True)
class Judged:
    """The rows against the plan: the problems, the rows none of the plan's items is (or
    several are) and those in error — left out of a count made with the plan, as every row
    an error names is —, and the plan's items missing from every file returned."""

    problems: tuple[Problem, ...]
    left_out: frozenset[Location]
    missing: tuple[PlanItem, ...]
    renumbered: int = 0  # (rows of the plan's items by name, in error for their numbers)
    # rows of a plan's item whose project the form names otherwise (障がい for 障害), or whose
    # number it types otherwise (1 for ①): plan_names.py
    project_named: tuple[tuple[Entry, PlanItem], ...] = ()
    # rows of a plan's item by name whose number is no item's (mistyped_numbers.py): counted
    # under the plan's number
    mistyped: tuple[tuple[Entry, PlanItem], ...] = ()
    unplanned: int = 0  # (rows no item of the plan is, by number or name)
    misnamed: int = 0  # (rows of a plan's number, named otherwise)
    # the items missing whose lead returned them split into rows of no item (split_items.py)
    split: frozenset[Location] = frozenset()


def judged(
    entries: Sequence[Entry],
    plan: Plan,
    items_seen: Sequence[ItemSeen] = (),
    *,
    absent: Collection[str] = (),
    replied: Mapping[str, Sequence[str]] | None = None,
    wording: Wording = DEFAULT_WORDING,
    repeat_symbol: str | None = None,
    columns: TextColumns = _NO_COLUMNS,
    error_rows: Sequence[Entry] = (),
) -> Judged:
    """Items not in the plan, named differently, or missing from every file (except those of
    the departments in ``absent``, which returned nothing: the submission status says so; an
    item missing named with its lead and the files that department returned, ``replied``:
    missing_said), with the rows they leave out and the items missing. A repeat listing (rated
    ``repeat_symbol``) the plan does not list is no error: a plan lists each item once, where
    it is rated. A name told otherwise is said at its cell (``columns``:
    ReadResult.text_columns), else at the row's status cell. An item the forms rate in parts
    (細目) misses each part no row names, rated or in error (``error_rows``: a blank's)."""
    as_read = paired(plan, entries, items_seen)
    plan = as_read.plan
    planned: dict[tuple[str, str], list[PlanItem]] = {}
    for item in plan.items:
        planned.setdefault(_plan_key(item.project_id, item.item_no, item.item_name), []).append(
            item
        )
    problems = renumbered(as_read.renamed, wording, running_down(entries))
    moved = sum(problem.is_error for problem in problems)
    problems += undecided(as_read.ambiguous, wording)
    problems += reworded(as_read.reworded, wording, columns)
    typos = mistyped_rows(entries, as_read.mistyped)
    problems += mistyped_problems(typos, columns, wording.item)
    sole = sole_projects(plan.items)
    told = {found.row for found in as_read.ambiguous}  # (said once per file, not per row)
    told_items = {item.location for found in as_read.ambiguous for item in found.items}
    outside: list[Entry] = []  # (rows of no item of the plan: said per file below)
    misnamed: set[Location] = set()  # (rows whose name is said at the name's cell)
    project_named: list[tuple[Entry, PlanItem]] = []  # (the plan's project name, number used)
    # an item whose row is there with a wrong status is reported for that, not as missing;
    # items sharing a number ((1)ア and (1)イ are both (1)) are told apart by their names
    seen: set[tuple[str, str] | tuple[str, str, str]] = set()
    for _body, project, number, name in items_seen:
        key = _plan_key(project, number, name)
        seen |= {key, (*key, comparable_name(name))}
    for entry in entries:
        key = _plan_key(entry.project_id, entry.item_no, entry.item_name)
        name = comparable_name(entry.item_name)
        seen |= {key, (*key, name)}
        candidates = planned.get(key)
        if candidates is None and entry.status == repeat_symbol:
            continue
        if candidates is None:
            if entry.location not in told:
                outside.append(entry)
        elif all(name != comparable_name(item.item_name) for item in candidates):
            named = "」「".join(item.item_name for item in candidates)
            misnamed.add(entry.location)
            problems.append(
                Problem(
                    text_cell(entry.location, columns, "item"),
                    Severity.ERROR,
                    f"{entry.shown_id} の名称が計画と違います: "
                    f"「{entry.item_name}」（計画: 「{named}」、{candidates[0].location}）",
                    "計画の一覧の名称に合わせてください",
                )
            )
        elif ("", entry.project_id) in sole and (
            comparable_name(entry.project_name) != comparable_name(candidates[0].project_name)
        ):  # (a project rated as one row: its name is the item's — review 116)
            item = candidates[0]
            misnamed.add(entry.location)
            problems.append(
                Problem(
                    text_cell(entry.location, columns, "project"),
                    Severity.ERROR,
                    f"{item.shown_id} の{wording.project_short}名が計画と違います: "
                    f"「{entry.project_name}」（計画: 「{item.project_name}」、{item.location}）",
                    "計画の一覧の番号と名称に合わせてください",
                )
            )
        elif entry.project_name != candidates[0].project_name or retyped(
            entry.item_label, candidates[0].item_label
        ):  # (its project named, or its number typed, otherwise: given the plan's)
            project_named.append((entry, candidates[0]))
    unseen = [
        item
        for key, items in planned.items()
        for item in items
        if ((*key, comparable_name(item.item_name)) if len(items) > 1 else key) not in seen
    ]
    circled = circled_labels(entries)  # (「2 6」 where the forms write 「6 …」: review 164)
    # (an item returned split into rows of its own, 11-1 and 11-2: said as split — review 182 #1)
    split = split_items([i for i in unseen if not i.ended and lead_of(i) not in absent], outside)
    if outside:
        fix = _outside_fix(plan, wording)
        unplanned = unseen or plan.items
        of_items = {item.location: item for item in unseen}
        fixes = {
            row.location: split_fix(of_items[at], _named(of_items[at], sole), wording, circled)
            for at, rows in split.items()
            for row in rows
        }
        problems += not_in_plan(outside, entries, unplanned, wording, fix, columns, fixes)
    # (each part, 細目, of an item the rows rate in parts: expected as the plan lists it —
    # review 178 #1)
    parts = {
        _part(e.project_id, e.item_no, e.item_name, e.sub_item) for e in (*entries, *error_rows)
    }
    in_parts = {part[:2] for part in parts if part[2]}
    missing: list[PlanItem] = []
    added = {one.location for one in added_items(plan.items, plan)}
    for key, items in planned.items():
        for item in items:
            # (one plan item of its number: its row, named differently, was said above)
            own = (*key, comparable_name(item.item_name)) if len(items) > 1 else key
            part = _part(item.project_id, item.item_no, item.item_name, item.sub_item)
            gone = part[:2] in in_parts and part not in parts  # (a part's row, the others there)
            if (own in seen and not gone) or item.ended or lead_of(item) in absent:
                continue
            if item.location in told_items:
                continue
            missing.append(item)
            files = (replied or {}).get(lead_of(item), ())
            new = item.location in added
            named = _named(item, sole) + (
                f"（{wording.sub_item}「{item.sub_item}」）" if item.sub_item else ""
            )
            if halves := split.get(item.location):
                problems.append(
                    split_said(item, named, halves, plan, wording, circled=circled, columns=columns)
                )
                continue
            said = missing_said(item, named, files, new, plan, wording.item, circled)
            problems.append(said)
    rows = {entry.location for entry in outside} | told | misnamed
    rows |= {problem.location for problem in problems if problem.is_error}
    by_project = tuple(project_named)
    return Judged(
        tuple(problems),
        frozenset(rows),
        tuple(missing),
        moved,
        by_project,
        typos,
        len(outside),
        len(misnamed),
        frozenset(at for at in split if at in {item.location for item in missing}),
    )


def _part(
    project_id: str, item_no: int | None, name: str, sub_item: str | None
) -> tuple[tuple[str, str], str, str]:
    """A row's item and its part (細目: "" where it names none), as the plan's are compared."""
    return (
        _plan_key(project_id, item_no, name),
        comparable_name(name),
        comparable_name(sub_item or ""),
    )


def _named(item: PlanItem, sole: Collection[tuple[str, str]]) -> str:
    """The item's name, or its project's where the project is rated as one row (sole_projects):
    「3.6 ペーパーレス会議の推進」, not its 指標 「紙資料削減率」 (review 135 #5)."""
    return (
        item.project_name if ("", item.project_id) in sole and item.project_name else item.item_name
    )


def not_in_plan(
    outside: Sequence[Entry],
    entries: Sequence[Entry],
    unseen: Sequence[PlanItem],
    wording: Wording,
    fix: str,
    columns: TextColumns = _NO_COLUMNS,
    fixes: Mapping[Location, str] | None = None,
) -> list[Problem]:
    """An error per row of no item of the plan (``fix``: what to do, _outside_fix); a file none
    of whose rows is one, once: its numbering is not the plan's (or it is another plan's), and
    every row would say the same. Each is said at its name's cell where ``columns`` know it
    (ReadResult.text_columns), the row's status cell holding a grade (review 167 #7). A row
    of a plan's item split (``fixes``: split_items.split_fix) is told so instead of ``fix``."""
    problems = []
    rows: dict[str, int] = {}
    for entry in entries:
        rows[entry.location.file] = rows.get(entry.location.file, 0) + 1
    by_file: dict[str, list[Entry]] = {}
    for entry in outside:
        by_file.setdefault(entry.location.file, []).append(entry)
    for file, found in by_file.items():
        if len(found) > 1 and len(found) == rows[file] and unseen:
            first = found[0]
            like = next((i for i in unseen if i.project_id == first.project_id), unseen[0])
            problems.append(
                Problem(
                    text_cell(first.location, columns, "item"),
                    Severity.ERROR,
                    f"このファイルの{wording.item} {len(found)} 件は、どれも計画の番号・名称と"
                    f"合いません（「{describe(first)}」など。計画は"
                    f"「{like.written_id(circled_labels(entries))} {like.item_name}」、"
                    f"『{like.location}』）",
                    f"計画の一覧と同じ{wording.project_short}番号・{wording.item}の番号か名称で"
                    "書いてください。計画として別の年度・別の計画のブックを指定していないかも"
                    "確認してください（別の年度の回を planeval.toml の計画を使わずに読むには "
                    "--no-plan）",
                )
            )
            continue
        problems += [
            Problem(
                text_cell(entry.location, columns, "item"),  # (its name: review 167 #7)
                Severity.ERROR,
                f"{describe(entry)} は計画にない{wording.item}です",
                (fixes or {}).get(entry.location, fix),
                reason=NOT_IN_PLAN,  # (its policy's sentence: 「計画にない行1件」, not an item)
            )
            for entry in found
        ]
    return problems


def _outside_fix(plan: Plan, wording: Wording) -> str:
    """What to do of a row of no item of the plan, in the plan's terms: its items' numbers
    where it numbers them, else their names (review 124 #6: 「事務事業の番号を」 of a plan of
    事務事業 named only); the row deleted, or the item added to the plan."""
    item, listed = wording.item, "計画の一覧"
    if plan.items:
        where = plan.items[0].location  # (quoted: a sheet 計画事業一覧 is no word to reword)
        listed += f"『{where.file} › {where.sheet}』"
    if any(not unnumbered(planned) for planned in plan.items):
        compared = f"{wording.project_short}番号・{item}の番号を{listed}と照らしてください"
    else:
        compared = f"{item}名を{listed}の名称と照らし、書き違いなら計画の名称に直してください"
    return f"{compared}。計画にない{item}なら、行を削除するか、計画の一覧に加えてください"
