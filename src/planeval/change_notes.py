"""The note ``check --previous`` says after last year's number or a change that differs from
its counts (for ``check``): both rounds' counts (「前年度 6 → 今回 8」), and where compare
counts the two rounds like for like (last_year.Alike: the bodies counted in both, without the
items one round did not count) those counts, each with its arithmetic true — a change's own
difference beside them (「22 → 35（+13）」, never under 「+11 は」 alone), the items left out of
the round the number is of, and no clause where they leave that round's count as it is
(review 208 #8: 「110 件は集計 107 件（…3 件を除くと 107）」)."""

from __future__ import annotations

from collections.abc import Mapping

from planeval.cells import BODIES_SHOWN, body_list
from planeval.count import Count
from planeval.last_year import Alike
from planeval.share_points import shares_said
from planeval.stated_changes import PAST
from planeval.stated_number import ROWS, TOTAL, StatedNumber
from planeval.stated_ranges import summed, summed_count

# a number agreeing with compare's rows of both rounds only (Alike), said after its counts: each
# year's number is compared with that year's published count, a change with theirs (review 189 #2)
_PAIRED = (
    "記載は compare の表と同じく両年度で比べられる行だけの数です。check は各年度の回答全体の"
    "数（公表する数）と比べます"
)


def change_note(
    number: StatedNumber,
    what: str,
    now: Count,
    before: Count | str | None,
    alike: Alike | None = None,
    *,
    paired: bool = False,
) -> str:
    """Both rounds' counts a change differing from them is of, said after it: 「（前年度 6 →
    今回 8）」, and the counts of the bodies counted in both, where some were in one round only
    (``alike``: of last year's number, and of this year's said beside one), ``paired`` where
    the number is theirs: compared with each year's whole all the same, said so; "" else."""
    if not isinstance(before, Count) or not (number.when or alike):
        return ""
    change = number.when not in ("", PAST)
    said = (
        [f"前年度 {_said(number, what, before)} → 今回 {_said(number, what, now)}"]
        if change
        else []
    )
    if alike is not None:
        said += _like_for_like(number, what, (before, now), alike)
        said += [_PAIRED] if paired else []
    return f"（{'。'.join(said)}）" if said else ""


def _like_for_like(
    number: StatedNumber, what: str, wholes: tuple[Count, Count], alike: Alike
) -> list[str]:
    """``alike``'s counts of the round ``number`` is of (both, and their difference, for a
    change), beside each round's whole ``wholes`` (last year's, this year's); none where they
    are the wholes' own."""
    rounds = {PAST: (0,), "": (1,)}.get(number.when, (0, 1))
    kept = [(alike.before, alike.now)[at] for at in rounds]
    shown = [_said(number, what, count) for count in kept]
    if shown == [_said(number, what, wholes[at]) for at in rounds]:
        return []  # (the rows left out are none of that count's: it explains nothing)
    both = " → ".join(shown)
    if len(kept) > 1 and not number.points:  # (a change's own difference: 22 → 35（+13）)
        from planeval.cycle.compare import signed

        both += f"（{signed(_value(what, kept[1]) - _value(what, kept[0]))}）"
    if alike.apart:
        apart = body_list(alike.apart, BODIES_SHOWN, "、")
        return [f"両年度に数えた団体だけでは {both}（片方の年度だけの団体：{apart}）"]
    # (compare's table: without the items one round did not count, those of this count's round)
    items = {PAST: alike.items_before, "": alike.items_now}.get(number.when, alike.items)
    return [f"片方の年度だけで数えた{alike.item} {items:,} 件を除くと {both}"]


def _said(number: StatedNumber, what: str, count: Count) -> str:
    """``count``'s figure of ``what`` as a note says it: a share where ``number`` is a change
    in points (「32.7%」), else a count with thousands separators, as 記載 and 集計 are shown."""
    return shares_said(number, count) if number.points else f"{_value(what, count):,}"


def _value(what: str, count: Count) -> int:
    """``count``'s number of ``what``: statuses added up (「合わせて7指標」), the total, the rows
    with the uncounted ones, or a status's."""
    if among := summed(what):
        return summed_count(count, among)
    if what == TOTAL:
        return count.total
    if what == ROWS:
        return count.total + sum(count.uncounted.values())
    return count.counts.get(what, count.uncounted.get(what, 0))


def rows_apart(
    what: str, counted: float, count: Count, names: Mapping[str, str]
) -> tuple[tuple[str, int], ...]:
    """A number of every row's (ROWS) rows not counted, by how a note names them (``names``:
    「再掲」), as a whole's parts say them apart from 集計 (Disagreement.uncounted); none else."""
    parts = tuple((names.get(s, s).strip(), n) for s, n in count.uncounted.items() if n)
    return parts if what == ROWS and counted == _value(ROWS, count) else ()
