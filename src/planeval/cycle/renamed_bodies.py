"""A body named by its files whose file was renamed between two rounds (07_南台市 last time,
南台市（令和6年度回答） now, 宮城県南台市 with its prefecture): paired with the body of the other
round its name names (renamed_bodies), its entries put under the later name (as_named), and
the notice that says so (paired_by_name); coded_bodies.py pairs bodies by their 団体コード
first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from planeval.io.body_name import body_named, without_prefecture
from planeval.model import Entry, Location, Problem, Severity


def as_named(entries: Iterable[Entry], renamed: Mapping[str, str]) -> list[Entry]:
    """``entries`` under the names ``renamed`` gives their bodies (renamed_bodies,
    coded_bodies.paired_bodies: a body named otherwise in the other round)."""
    return [entry._replace(body=renamed.get(entry.body, entry.body)) for entry in entries]


def renamed_bodies(old: Sequence[Entry], new: Sequence[Entry]) -> dict[str, str]:
    """Bodies named by their files whose file was renamed between the rounds (07_南台市 last
    time, 南台市（令和6年度回答） now, or 宮城県南台市 with its prefecture): a body of one round
    only, whose file name names the same body as one body of the other round only, is that
    body (two names that both state a prefecture must state the same one: 東京都府中市 is not
    広島県府中市). Names that fit several bodies pair nothing."""
    before, after = {e.body for e in old}, {e.body for e in new}
    gone = {body: named for body in before - after if body and (named := body_named(body))}
    came = {body: named for body in after - before if body and (named := body_named(body))}
    alike: dict[str, list[tuple[str, str]]] = {}  # (a name without its prefecture → bodies)
    for now, new_name in came.items():
        alike.setdefault(without_prefecture(new_name), []).append((now, new_name))
    pairs = {
        (was, now)
        for was, old_name in gone.items()
        for now, new_name in alike.get(without_prefecture(old_name), ())
        if _same_body(old_name, new_name)
    }
    olds, news = Counter(was for was, _now in pairs), Counter(now for _was, now in pairs)
    return {was: now for was, now in pairs if olds[was] == 1 and news[now] == 1}


def _same_body(one: str, other: str) -> bool:
    """Whether two names name one body: alike, or alike but for a prefecture only one states
    (緑町 and 宮城県緑町)."""
    if one == other:
        return True
    bare, other_bare = without_prefecture(one), without_prefecture(other)
    return bare == other_bare and (bare == one or other_bare == other)


def paired_by_name(before: str, after: str, rounds: tuple[str, str] = ("前回", "今回")) -> Problem:
    """The notice of a body paired across two rounds by the body both its names name
    (``rounds``: what the two rounds are called: 前回 and 今回, or rounds' labels)."""
    earlier, later = rounds
    return Problem(
        Location(after),
        Severity.NOTICE,
        f"{earlier}の「{before}」と{later}の「{after}」は、名前からどちらも{body_named(after)}の回答"
        "のため、同じ団体として比べました",
        "別々の団体なら、それぞれのブックに団体名を書いてください",
    )
