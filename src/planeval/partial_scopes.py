"""A stated number that equals the rows counted of a scope some of whose rows were left out
(--keep-going past errors): it agrees with a partial count, and says so as the numbers of the
same scope that differ are said (held_back.py: 「この範囲に数えなかった行（エラーの 3 行…）が
あるため比べていません」). Review 178 #10: 世田谷区's 情報化政策1 ○8 passed with no word while
○9 of the same scope was 「比べられなかった」 — the clerk could not tell that 8 was checked only
against the rows read."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from planeval.aggregate import Group
from planeval.body_scopes import scope_said
from planeval.check_result import Disagreement, NotCompared
from planeval.count import Count
from planeval.held_back import kinds_said
from planeval.model import Entry, TextCell
from planeval.scale import Scale
from planeval.stated_number import IN_ERROR, NOT_COUNTED, TOTAL
from planeval.statements import StatedCounts
from planeval.uncounted_rows import Bound, LeftOut
from planeval.unsent_reasons import Told, reasons_said
from planeval.wording import grouped

_NAMED = 3  # the scopes named in the verdict, before 「ほか N 範囲」


def partly_agreed(
    found: Iterable[StatedCounts],
    said: Iterable[Disagreement | NotCompared],
    policies: Mapping[str, Group],
    total: Count,
    scale: Scale,
    left: tuple[Collection[str], LeftOut, Sequence[Entry], Sequence[TextCell]],
    part: tuple[str | None, str | None] = (None, None),
    unread: Callable[[str | None], Told] = lambda policy: (),
) -> list[Disagreement]:
    """The numbers of ``found`` (a count of one status or a total of this round, none ``said``
    otherwise: differing, not compared, agreeing as a whole) equal to the rows counted of a
    scope some of whose rows the files ``left`` (files, their rows left out, the rows read, the
    texts' headings: uncounted_rows.Bound) left out, each with those rows (left_out), its scope
    said as of the texts' ``part`` (its body, its file: body_scopes.scope_said). None where
    the texts state rows left out (「このほか実施内容2件は、エラーがあったため…」, a caption's
    「ほかに未集計（エラー） 2」): their counts say they are of the rows counted. ``unread``:
    a scope's items not returned of files not read at all (an .xls: Unreturned.unread_labels), said
    beside the rows left out in every scope holding them (review 184 #1)."""
    files, left_out, rows, headings = left
    found = list(found)
    if not (files or unread(None)) or any(
        n.what in (NOT_COUNTED, IN_ERROR) for s in found for n in s.numbers
    ):
        return []  # (none, or the texts say rows were left out: planeval's export — its own)
    bound = Bound(sorted(files), left_out, rows, headings)
    out = {(d.location, d.phrase) for d in said}
    agreed = []
    for statement in found:
        if statement.caption or statement.unplaced or statement.among or statement.below:
            continue
        policy = statement.policy_id
        count = total if policy is None else getattr(policies.get(policy), "count", None)
        kinds = kinds_said(bound.kinds(policy)) if files else ""
        if unread(policy):
            kinds = "、".join(filter(None, (kinds, *reasons_said(unread(policy)))))
        if count is None or ((bound.rows(policy) == 0 or not files) and not unread(policy)):
            continue
        for number in statement.numbers:
            if number.percent or number.when or number.settled or number.reason:
                continue
            if number.subset or number.excluding or number.net or number.other_scale:
                continue
            counted = count.total if number.what == TOTAL else count.counts.get(number.what)
            if number.what != TOTAL and number.what not in scale.counted:
                continue
            if counted != number.value or (statement.location, number.phrase) in out:
                continue
            agreed.append(
                Disagreement(
                    policy,
                    number.what,
                    number.value,
                    counted,
                    statement.location,
                    scope=scope_said(statement.scope, *part),
                    phrase=number.phrase,
                    left_out=kinds or "エラー",
                )
            )
    return agreed


def partly_said(partial: Sequence[Disagreement]) -> str:
    """The verdict's words of the numbers agreeing with a partial count (partly_agreed), by
    scope: a few of each quoted, then the rows left out of it, 「情報化政策1の「計画どおり実施
    8件」ほか 2 件（数えなかった行: エラーの 3 行、別の年度の調査票の 6 行）」."""
    scopes: dict[tuple[str, str], list[str]] = {}
    for d in partial:
        quoted = scopes.setdefault((d.scope, d.left_out), [])
        if (phrase := f"「{d.phrase or grouped(d.stated or 0)}」") not in quoted:
            quoted.append(phrase)
    if not scopes:
        return ""
    named = []
    for (scope, left_out), quoted in list(scopes.items())[:_NAMED]:
        more = f"ほか {len(quoted) - 1} 件" if len(quoted) > 1 else ""
        named.append(f"{scope}の{quoted[0]}{more}（数えなかった行: {left_out}）")
    others = len(scopes) - len(named)
    return (
        f"。{'、'.join(named)}{f'、ほか {others} 範囲' if others else ''}は、読めた行の集計と"
        "一致しましたが、その範囲に数えなかった行があるため、回答全体の数かどうかは確かめられて"
        "いません（上のエラーを直して読み直すと確かめられます）"
    )
