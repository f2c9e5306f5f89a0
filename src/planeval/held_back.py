"""Which stated numbers ``check`` holds back where rows of their scope were not counted: the
rows errors left out (--keep-going; uncounted_rows.Bound). A number those rows could make up is
not compared (the rows would not tell: a clerk may have read them by eye); one they could not
make up is a disagreement, said with how many rows were not counted (「ほかに数えなかった行は…
だけ」). The plan's items of a department that returned nothing (read with the plan:
unreturned_said.Unreturned) hold back nothing: no input holds their ratings, so a report's
numbers are the rows counted, and one differing is a disagreement said with them (「未提出の 10
件は数えていません」) — review 103: wrong figures were held back while right ones of the same
scope agreed; the plan's whole, the rows counted and those items, agrees (Unreturned.hold); a
total those items and the rows left out could make up is held back, naming both (146 #2)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import NamedTuple

from planeval.aggregate import Summary, summarize
from planeval.check_result import PROJECT_COUNTS, Disagreement, NotCompared
from planeval.count import Count
from planeval.model import Entry, Location, TextCell
from planeval.once_rated import Unrated, named, once_rated
from planeval.plan_wholes import off_the_plan, said_whole, told_apart
from planeval.share_bases import base_note
from planeval.stated_agreement import uncounted_names
from planeval.stated_changes import PAST
from planeval.stated_number import GROUPS, IN_ERROR, ROWS, TOTAL
from planeval.uncounted_rows import OTHER_BODY, OUTSIDE, SCALE, YEAR, Bound, LeftOut, RowLeftOut
from planeval.unreturned_said import Unreturned, errors_taken_out
from planeval.unsent_reasons import Told, reasons_said, unsent_said
from planeval.wording import grouped

# how the rows left out are said, by why each was (RowLeftOut.why): another year's workbook's
# are no error (review 137 #4: 花瀬市's last year's form, 「別の年度の調査票のため」 elsewhere),
# nor another body's form's said as one (review 139 #4: 春宮市's copy of 雪里町's)
_KINDS = {YEAR: "別の年度の調査票の {} 行", OTHER_BODY: "別の団体のブックの {} 行"}


def explains(wrong: Disagreement, count: Count, rows: int) -> bool:
    """Whether ``rows`` rows left out, whatever their statuses, could make the stated number
    of ``wrong`` (a count within ``rows`` above the counted; a share between the least and
    the most those rows could make of it)."""
    if wrong.stated is None:
        return False
    if not wrong.percent:
        return abs(wrong.stated - wrong.counted) <= rows
    if wrong.what not in count.counts:
        return False  # (a total's share is 100 whatever the rows)
    decimals = len(str(wrong.stated).partition(".")[2]) if isinstance(wrong.stated, float) else 0
    if wrong.counted not in (
        count.percent(decimals)[wrong.what],
        count.rounded_share(wrong.what, decimals),
    ):
        return True  # (not the count the share was compared with: 施策2-1's, of a policy's rows)
    half = 0.5 / float(10**decimals)
    share, total = count.counts[wrong.what], count.total + rows
    if not total:
        return True
    least, most = 100 * share / total - half, 100 * (share + rows) / total + half
    return least <= float(wrong.stated) <= most


_NONE = Unreturned({}, {})  # (no item of the plan not returned)


def beyond(rows: int, late: int = 0, unit: str = "件", blank: int = 0, unread: Told = ()) -> str:
    """What the disagreement's counted number says when rows were not counted (``rows`` left
    out for errors, too few to make it up; ``late`` the plan's items of a department that
    returned nothing, never counted — or its projects, ``unit`` the word for them: 3 施策;
    ``blank`` rows left out holding no status, of a status's number: no count of theirs;
    ``unread``: of ``late``, those of a department that sent only files not read at all, by
    label: Unreturned.unread_of)."""
    unsent = unsent_said(late, unit, unread)
    if blank:
        said = f"評価のない {grouped(blank)} 行" + (
            f"と、ほかの {grouped(rows)} 行" if rows else ""
        )
        close = f"。{unsent}" if late else ""
        return f"（ほかに数えなかった行は{said}だけで、評価のない行はどの評価の件数も増やしません{close}）"
    if not rows:
        return f"（{unsent}）" if late else "（この範囲に数えなかった行はありません）"
    if not late:
        return f"（ほかに数えなかった行は {grouped(rows)} 行だけ）"
    return f"（ほかに数えなかった行はエラーの {grouped(rows)} 行だけ。{unsent}）"


def held_back(
    wrong: Sequence[Disagreement],
    files: Sequence[str],
    rows: Sequence[Entry],
    left_out: LeftOut,
    summary: Summary,
    owner: Callable[[str], str | None] = lambda file: None,
    headings: Sequence[TextCell] = (),
    late: Callable[[Disagreement], int] = lambda wrong: 0,
    project: str = "計画事業",
    missing: Missing | None = None,
    unreturned: Unreturned = _NONE,
    counted_only: Collection[Location] = (),
) -> tuple[tuple[Disagreement, ...], tuple[NotCompared, ...], tuple[Disagreement, ...]]:
    """(still disagreements, held back, wholes) of ``wrong``, where ``files`` left some of the
    ``rows`` of this scope uncounted: a number those rows could make up is not compared (the
    rows would not tell); one stated below the count (rows left out could only raise it), or
    beyond what they could make up, is a disagreement, said so (``summary``: the rows' count,
    by policy; ``headings``: the text cells of the files, which tell the policy of a row left
    out at the first rows of a policy). A body's row of a table (団体別集計, 団体 | ID) is
    bounded by its own files' rows left out (``owner``: a file's body, read or not), a
    都道府県's row by its bodies' (Disagreement.bodies: review 210 #1). ``late``: how many of
    the plan's items no department returned a number's scope holds (Unreturned.late_of), said
    beside a disagreement — 企画課's 6 of 基本方針1 (review 99: 「この範囲に数えなかった行は
    ありません」 while they were missing) —, never holding one back (the module's docstring);
    of a number of projects, those projects, in the body's word ``project`` (3 施策). A total
    that is the rows counted and exactly the rows left out (「調査項目は延べ8,850件」: 8,815 read
    and 35 left out) is a whole, agreeing as both (Disagreement.left_out: review 137 #4); one
    held back says which of the plan's items the count lacks (``missing``: Missing.said);
    ``unreturned``: the plan's items not returned, of a number's ``late`` items those of files
    not read at all (said so), a whole's by the labels Chapter 3 lists them with;
    ``counted_only``: where 「回答のあった290団体のうち」 stands, held back for their files only."""
    kept: list[Disagreement] = []
    wholes: list[Disagreement] = []
    names, results = uncounted_names(summary.scale), summary.scale.uncounted_results
    counts_held: dict[tuple[object, ...], NotCompared] = {}  # (a count held back, by _said)
    held: list[NotCompared] = []
    waiting: list[Unrated] = []  # (a disagreement and the blank rows that may make it right)
    counted_bodies = {entry.body for entry in rows}  # (an .xls's body none of them: review 204)
    for (bodies, among), theirs in _by_bodies(wrong, counted_only, counted_bodies).items():
        own = [f for f in files if bodies is None or owner(f) in bodies]
        mine = rows if bodies is None else [entry for entry in rows if entry.body in bodies]
        every, affected = Bound(own, left_out, mine, headings), _policies_of(own, mine)
        counted = summary if bodies is None else summarize(mine, scale=summary.scale)
        rated, of_scale = _rated(own, left_out, mine, headings), own
        statused = _rated(own, left_out, mine, headings, statuses=True)
        for d in theirs:
            # (a body's of another scale: none of its rows this scale's, but in a total; a
            # row holding no status, in no status's count — review 163 #2)
            others = affected is not None and d.policy_id not in (None, *affected)
            status = d.what in summary.scale.counted and not (d.percent or d.when or d.subset)
            own, bound = (of_scale, every) if _total(d) else statused if status else rated
            blank = every.statusless(d.policy_id) if status and not others else 0
            # (the plan's: of no body's row; this year's, never beside last year's number —
            # review 189 #4 blamed this year's 未提出 for last year's count)
            items = late(d) if (bodies is None or among) and d.when != PAST else 0
            unreadable = unreturned.unread_of(d, items)
            unit = project if d.what in PROJECT_COUNTS else d.level if d.what == GROUPS else "件"
            if _too_few(d) or not own or others:  # (no row of its body or policy left out)
                # (a share of the rows with D or the items not returned: said so, review 136 #3)
                of = base_note(d, _count(d, counted), names, results, items) if items else ""
                said = of or beyond(0, items, unit, blank, unreadable)
                # (last year's number or a change: its note names both rounds' counts)
                keep = _too_few(d) or not (items or blank) or (d.when and d.note)
                kept.append(d if keep else replace(d, note=said))
                continue
            if errors_taken_out(d):  # (「…と記入に不備のあった1件を除く64件」: the rows counted)
                kept.append(replace(d, note="（記載はエラーの行を除いた件数です）"))
                continue
            most = bound.rows(d.policy_id)
            # (the plan's 未提出 items too, in planeval's own 「全49件で、…記入に不備のあった1件を除く…」
            # of a plan one item of which no reply holds — review 163 #4; and 「全5」 said as one)
            plan_only = items if most and _total(d) and (said_whole(d) or not _whole(d, most, bound)) else 0  # fmt: skip
            # (the plan's whole holds no row of no item of it: 「全63」, review 203 #1, 205 #1)
            found = bound.kinds(d.policy_id) if plan_only else {}
            outside, told = found.pop(OUTSIDE, 0), told_apart(unreturned, d, plan_only)
            if most and _whole(d, most, bound, plan_only, outside):
                kinds = kinds_said(found if outside else bound.kinds(d.policy_id))
                unsent = reasons_said(told)  # (each reason with its count: told_apart)
                wholes.append(replace(d, left_out="、".join(filter(None, [kinds, *unsent]))))
                continue
            # (… and the plan's 全 else wrong, its count known: review 205 #1)
            if plan_only and bound.fewest(d.policy_id) == most and (off := off_the_plan(d, found, outside, told, unreturned)):  # fmt: skip
                kept.append(off)  # (全62, 全64 of a plan of 63: its count, what makes it)
                continue
            # (a total may hold the plan's 未提出 items besides: 「全38事業」 of 35 counted, 1 row
            # left out and 2 未提出 is held back, not wrong — review 146 #2)
            reach = most + items if most and _total(d) else most
            if reach is None or explains(d, _count(d, counted), reach):
                # (the scope's rows left out said alike of each of its numbers — a status's
                # count bounded without the rows of no status: review 178 #10, 「エラーの 3 行」
                # of its 計 and 「エラーの 2 行」 of its ○), those of no status named so
                whole = every.rows(d.policy_id)
                files_of = every.files_of(d.policy_id) if whole != 0 else 0
                held.append(_not_counted(d, files_of, whole and every.kinds(d.policy_id), blank))
                if missing is not None and (lacks := missing.said(d, own, items)):
                    held[-1] = replace(held[-1], reason=f"{held[-1].reason}。{lacks}")
                if not d.percent:
                    counts_held[_said(d)] = held[-1]
            else:
                kept.append(replace(d, note=beyond(most or 0, items, unit, blank, unreadable)))
                if blank and not items:
                    waiting.append(Unrated(len(kept) - 1, most or 0, every.unrated(d.policy_id)))
    # (a share beside its count held back, 「達成15件（75.0%）」, is held back alike: the same
    # rows not counted stand in both, whatever the bounds make of it — review 119 #1)
    kept = once_rated(kept, waiting, summary.scale, missing.errors if missing else ())
    beside = [d for d in kept if d.percent and _said(d) in counts_held]
    held += [replace(counts_held[_said(d)], stated=d.stated or 0, phrase=d.phrase) for d in beside]
    return tuple(d for d in kept if d not in beside), tuple(held), tuple(wholes)


def _rated(
    files: list[str],
    left_out: LeftOut,
    rows: Sequence[Entry],
    headings: Sequence[TextCell],
    statuses: bool = False,
) -> tuple[list[str], Bound]:
    """The files and the bound of the rows left out that could hold one of the scale's
    statuses: not a body's left out for its scale (SCALE), whose rows are never the scale's
    ratings — 高森町's C 「達成できなかった」 is no C 50%以上80%未満 (review 150 #2) —, though a
    total may hold them (_whole); of a status's count (``statuses``), nor a row holding no
    status (RowLeftOut.rated: 警察本部's blank rows, review 163 #2)."""

    def may_rate(row: RowLeftOut) -> bool:
        return row.why != SCALE and (row.rated or not statuses)

    if all(may_rate(row) for file in files for row in left_out.get(file, ())):
        return files, Bound(files, left_out, rows, headings)
    # (a file of statusless rows alone stays, none of them bounding: 「行はありません」 said)
    kept = [f for f in files if f not in left_out or any(r.why != SCALE for r in left_out[f])]
    rated = {file: tuple(filter(may_rate, left_out[file])) for file in kept if file in left_out}
    return kept, Bound(kept, rated, rows, headings)


def _whole(wrong: Disagreement, rows: int, bound: Bound, unreturned: int = 0, off: int = 0) -> bool:
    """Whether ``wrong``, a total, is the rows counted and the ``rows`` left out of its scope
    exactly, each surely of it (none between two policies), and the ``unreturned`` items of
    the plan no reply holds — less the ``off`` rows of no item of it, where it is its whole."""
    if not _total(wrong):
        return False
    return (
        wrong.stated == wrong.counted + rows - off + unreturned
        and bound.fewest(wrong.policy_id) == rows
    )


def kinds_said(kinds: dict[str, int]) -> str:
    """The rows left out, by why: 「エラーの 5 行、別の年度の調査票の 30 行」."""
    said: dict[str, int] = {}
    for why, n in sorted(kinds.items()):  # (an error's first: "" before YEAR)
        word = _KINDS.get(why, "エラーの {} 行")
        said[word] = said.get(word, 0) + n
    return "、".join(word.format(n) for word, n in said.items() if n)


def _said(wrong: Disagreement) -> tuple[object, ...]:
    """What a number is of, share or count alike: its body, paragraph, scope and status."""
    return wrong.body, wrong.location, wrong.policy_id, wrong.scope, wrong.what


def _by_bodies(
    wrong: Sequence[Disagreement], counted_only: Collection[Location], counted: Collection[str]
) -> dict[tuple[frozenset[str] | None, bool], list[Disagreement]]:
    """The disagreements by the bodies whose files' rows left out may hold each back (None:
    every body's): a body's row of a table its own, a 都道府県's its bodies (Disagreement.bodies),
    a sentence scoped to the bodies ``counted`` those (``counted_only``: where it stands)."""
    found: dict[tuple[frozenset[str] | None, bool], list[Disagreement]] = {}
    for d in wrong:
        among = d.location in counted_only
        bodies = frozenset(counted) if among else d.bodies or (frozenset({d.body}) if d.body else None)  # fmt: skip
        found.setdefault((bodies, among), []).append(d)
    return found


def _count(wrong: Disagreement, summary: Summary) -> Count:
    """The count ``wrong`` was compared with: its policy's in ``summary`` (None: the total)."""
    if wrong.policy_id is None:
        return summary.total
    found = [group.count for group in summary.groups if group.id == wrong.policy_id]
    return found[0] if found else summary.total


def _not_counted(
    wrong: Disagreement, files: int, rows: dict[str, int] | int | None = None, blank: int = 0
) -> NotCompared:
    """A number that differs from rows some of which were not counted: not a disagreement
    (``rows``: how many, by why, where known, 「（エラーの 2 行）」 — the ``files`` they stand in
    said only where they are not, 「（エラー、1 ファイル）」 of one blank rating said no row: review
    81; ``blank``: of them, those holding no status, of a status's number)."""
    said = kinds_said(rows) if isinstance(rows, dict) else ""
    # (the files only where their rows are not known: 「エラーの 2 行、1 ファイル」 of two rows
    # of one workbook read as a file left out besides them — review 195)
    left = [said] if said else ["エラー", *([f"{files} ファイル"] if files else [])]
    none = f"。うち評価のない {grouped(blank)} 行はどの評価の件数も増やしません" if blank else ""
    # (files whose rows are not known, an .xls: 「（読めた行では 662）」 beside, review 204 #1)
    read = "" if said else f"（読めた行では {grouped(wrong.counted)}{'%' * wrong.percent}）"
    reason = f"この範囲に数えなかった行（{'、'.join(left)}）があるため比べていません{read}{none}"
    stated = wrong.stated if wrong.stated is not None else 0
    return NotCompared(wrong.policy_id, wrong.scope, wrong.phrase, stated, reason, wrong.location)


def _too_few(wrong: Disagreement) -> bool:
    """A count stated below the rows' (or left out of a paragraph of the rows' statuses): rows
    not counted could only have made the count larger, so they cannot excuse it; nor a count
    of those rows themselves (a caption's 「ほかに未集計（エラー） 2」 of one: review 149 #2)."""
    if wrong.what == IN_ERROR:
        return True
    return not wrong.percent and (wrong.stated is None or wrong.stated < wrong.counted)


def _policies_of(files: Collection[str], rows: Sequence[Entry]) -> set[str] | None:
    """The policies whose rows may be among those ``files`` did not count: the policies of
    their counted rows (a row left out stands among its file's others); None, any policy,
    when one of them counted none."""
    policies: dict[str, set[str]] = {file: set() for file in files}
    for entry in rows:
        if (found := policies.get(entry.location.file)) is not None:
            found.add(entry.policy_id)
    if not all(policies.values()):
        return None
    return set().union(*policies.values())


class Missing(NamedTuple):
    """The rows a total held back lacks, to name them where the plan's items no department
    returned are among them (review 146 #2: 「全38事業」 held back for an error's row, the 2
    未提出 事業 it holds unsaid): the rows errors left out that are listed (ReadResult's
    error_rows) and those items (unreturned_rows), in the body's ``word`` for its rows (事業)."""

    errors: Sequence[Entry]
    unsent: Sequence[Entry]
    word: str = ""

    def said(self, wrong: Disagreement, files: Collection[str], late: int) -> str:
        """Which rows ``wrong``, a total held back for rows of ``files`` not counted, lacks
        where ``late`` 未提出 items are of its scope: those and its error rows, a few named,
        with the fix; "" for another number, or with no 未提出 item."""
        if not (late and _total(wrong)):
            return ""
        errors = [e for e in self.errors if e.location.file in files and _of(e, wrong.policy_id)]
        unsent = [e for e in self.unsent if _of(e, wrong.policy_id)]
        lacks = [named("エラーの", errors, len(errors))] if errors else []
        lacks.append(named("未提出の", unsent, late))
        return (
            f"集計にない{self.word or '行'}には、{'と'.join(lacks)}があります。この範囲の数えなかった"
            "行がなくなれば、集計した件数に未提出の件数を加えた計画の件数として比べます（上の"
            "エラーを直して読み直してください）"
        )


def _total(wrong: Disagreement) -> bool:
    """Whether ``wrong`` is a number of all the rows of its scope (or the plan's whole)."""
    return wrong.what in (TOTAL, ROWS) and not (wrong.percent or wrong.when or wrong.subset)


def _of(entry: Entry, policy_id: str | None) -> bool:  # (of the scope ``policy_id``)
    return policy_id is None or entry.policy_id == policy_id
