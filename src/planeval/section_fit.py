"""Whether a paragraph that names no group is the group's whose heading it stands under, or the
whole plan's (for ``check``; review 141 #2). statements.py gives such a paragraph the heading's
group; a careful reader does not where its numbers cannot be that group's (「達成が25項目」 under
改革の柱Ⅲ, of 13 items), nor takes it for granted where it is a paragraph of its own after a
blank line (a closing 「また、達成度は…」 after the last 柱's section). Such a paragraph is the
whole plan's where the whole plan's counts agree with it, else not compared, with why — never
a discrepancy with a group it may not speak of."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from planeval.aggregate import Group
from planeval.io.text_files import line_number
from planeval.model import Location, TextCell
from planeval.stated_number import ROWS, TOTAL, WHOLE_PLAN, StatedNumber
from planeval.statements import StatedCounts


def fitted(
    found: Sequence[StatedCounts],
    texts: Sequence[TextCell],
    groups: Mapping[str, Group],
    agrees: Callable[[StatedCounts], bool],
) -> list[StatedCounts]:
    """``found`` with each paragraph scoped by the heading above it to a group of ``groups``,
    and not the first stating numbers under that heading (which is the group's whatever it
    states: review 5), checked against that group: one stating a count past the group's rows,
    or one standing apart (after a blank line, where the text sets its headings' first
    paragraphs right under them) that ``agrees`` not with the group's counts, is the whole
    plan's where it ``agrees`` with the whole plan's, else not compared. ``texts``: the
    paragraphs in reading order, headings among them."""
    before = {text.location: earlier for earlier, text in pairwise(texts)}
    first: dict[Location, Location] = {}  # (each heading's first paragraph stating numbers)
    out = []
    for statement in found:
        group = groups.get(statement.policy_id or "")
        heading = statement.heading
        if heading is None or first.setdefault(heading, statement.location) == statement.location:
            out.append(statement)
            continue
        if group is None or statement.below or statement.among:
            out.append(statement)
            continue
        rows = group.count.total + sum(group.count.uncounted.values())
        past = [n for n in statement.numbers if _of_rows(n, group) and n.value > rows]
        apart = _apart(statement.location, before.get(statement.location)) and not _apart(
            first[heading], heading
        )
        if not past and (not apart or agrees(statement)):
            out.append(statement)
            continue
        whole = replace(statement, policy_id=None, scope=WHOLE_PLAN)
        if agrees(whole) or _statuses_agree(statement, group, agrees):
            out.append(whole)  # (its other numbers compared there: a share wrong, review 170 #4)
            continue
        if past:
            why = (
                f"{statement.scope}の行は {rows} 件で、「{past[0].phrase}」はその数になりえず、"
                "計画全体の集計とも合わないため"
            )
        else:
            why = (
                f"見出し「{statement.scope}」の節の最初の段落から空行で離れた段落で、"
                f"{statement.scope}の集計とも計画全体の集計とも合わないため"
            )
        out.append(
            replace(
                statement,
                unplaced=f"{why}、どちらの数か決められません（「計画全体では」「"
                f"{statement.scope}では」のように範囲を書くと比べます）",
            )
        )
    return out


def _statuses_agree(
    statement: StatedCounts, group: Group, agrees: Callable[[StatedCounts], bool]
) -> bool:
    """Two or more of the statuses' counts ``statement`` states, each of them the whole plan's and
    not all the group's: 「40項目のうち達成が11項目、一部達成が15項目、未達成が8項目で、達成の割合は
    35.3%」 after 推進項目Ⅲ's section, 11/15/8 the plan's (review 170 #4) — the paragraph is
    the whole plan's, its 40 and 35.3% compared with the plan's counts, not set aside."""
    counts = tuple(
        n for n in statement.numbers if _of_rows(n, group) and n.what in group.count.counts
    )
    if len(counts) < 2:
        return False
    alone = replace(statement, numbers=counts)
    return agrees(replace(alone, policy_id=None, scope=WHOLE_PLAN)) and not agrees(alone)


def _of_rows(number: StatedNumber, group: Group) -> bool:
    """A count of this round's rows, which the group's rows bound: a status's (the other
    scale's of the same items too: 「達成が25項目」 in a 実施状況 check) or the total."""
    if number.percent or number.when or number.points or number.subset:
        return False
    statuses = {*group.count.counts, *group.count.uncounted, TOTAL, ROWS}
    return number.what in statuses or (not number.what and bool(number.other_scale))


def _apart(here: Location, earlier: TextCell | Location | None) -> bool:
    """A blank line stands between the line ``here`` and the text (or line) above it."""
    there = earlier.location if isinstance(earlier, TextCell) else earlier
    if there is None:
        return False
    line, above = line_number(here), line_number(there)
    return line is not None and above is not None and line - above > 1
