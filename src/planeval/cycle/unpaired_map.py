"""A --map pair that paired nothing though both its numbers are there: said, never silent.

Pairing keeps an item the later round holds under its own number and name, --map or not (a
round numbered as the later one already: pairing.pair, review 59), and an item of the later
round once paired is taken. So 「1-(1)イ=1-(1)ア」 where both rounds rate 1-(1)イ キャッシュレス
決済の導入 and 1-(1)ア 電子申請… alike pairs each with itself, and the pair nothing: review 93
found the output that of no --map, nothing said (unused_mapping says only a number a round
lacks). The warning names what each of its items was compared with instead, and why, by the
IDs the tables print (Comparison.listed, Rounds.listed). A pair one of whose numbers a round
lacks is said by unused_mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from planeval.cycle.map_ids import Named, item_key, known, named_ids
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry, Location, Problem, Severity
from planeval.name_numbers import name_number
from planeval.text import comparable_name

# (an earlier round's name — 前回, 令和6年度 — and its items paired with the later round's)
Paired = tuple[str, Sequence[tuple[Entry | None, Entry | None]]]


def unpaired_mapping(
    mapping: Mapping[str, str],
    rounds: Sequence[Paired],
    *,
    listed: Callable[[Entry], str],
    later: str = "今回",
) -> list[Problem]:
    """A warning for each item pair of ``mapping`` (map_ids.by_shown_ids' keys) whose items
    are both in ``rounds`` (oldest first, each with the later round) and paired in none of
    them with each other. ``listed``: an item's ID as the tables print it; ``later``: the
    round the mapping numbers into (今回, or rounds' last label)."""
    used: set[tuple[str, str]] = set()
    was: dict[str, tuple[str, Entry, Entry | None]] = {}  # (an earlier item → its pair, latest)
    now: dict[str, tuple[str, Entry | None, Entry]] = {}  # (a later item → its pair, latest)
    for name, pairs in rounds:
        for old, new in pairs:
            before = None if old is None else item_key(old)
            after = None if new is None else item_key(new)
            if before is not None and after is not None:
                used.add((before, after))
            if old is not None and before is not None:
                was[before] = (name, old, new)
            if new is not None and after is not None:
                now[after] = (name, old, new)
    said = []
    for source, target in mapping.items():
        if (source, target) in used or source not in was or target not in now:
            continue  # (paired, or a number a round lacks: unused_mapping's)
        name, old, instead = was[source]
        other_name, other, new = now[target]
        parts = []
        if instead is not None:
            how = _how(old, instead, mapping, listed)
            parts.append(f"{name}の {_shown(old, listed)} は{how}{later}の {listed(instead)} と")
        if other is not None:
            how = _how(other, new, mapping, listed)
            parts.append(
                f"{later}の {_shown(new, listed)} は{how}{other_name}の {listed(other)} と"
            )
        why = (
            f"{'、'.join(parts)}比べました"
            if parts
            else f"{name}の {listed(old)} と{later}の {listed(new)} は"
            + ("団体が違います" if old.body != new.body else "どちらもほかと比べていません")
        )
        said.append(
            Problem(
                Location("--map"),
                Severity.WARNING,
                f"{listed(old)}={listed(new)} は使っていません（{why}）",
                "番号も名称も前の回と同じものは、--map があってもその番号のまま比べます。"
                "番号が変わったものなら、表の ID で「前回の番号=今回の番号」を確かめてください",
            )
        )
    return said


def _shown(entry: Entry, listed: Callable[[Entry], str]) -> str:
    """An item as the warning names it, its ID as the tables print it (``listed``) and its name:
    the number once where the name starts with it, 「16 地域包括ケア推進事業」 (羽根村市's 課 type
    each 事業 so), not 「16 16 地域包括ケア推進事業」 (review 164); 「3 15 …」 beside its project's."""
    shown, name = listed(entry), entry.item_name
    number = name_number(name)
    if number and (shown == number or shown.endswith(f" {number}")):
        return shown[: len(shown) - len(number)] + name
    return f"{shown} {name}"


def _how(old: Entry, new: Entry, mapping: Mapping[str, str], listed: Callable[[Entry], str]) -> str:
    """Why ``old`` was paired with ``new``: the same number and name, another pair of the
    mapping, the same name (renumbered within its project); "" otherwise."""
    same_name = comparable_name(old.item_name) == comparable_name(new.item_name)
    if same_name and listed(old) == listed(new):
        return "番号と名称が同じ"
    if (key := item_key(old)) is not None and mapping.get(key) == item_key(new):
        return f"--map の {listed(old)}={listed(new)} で"
    return "名称が同じ" if same_name else ""


def unused_mapping(
    mapping: Mapping[str, str],
    old: Sequence[Entry],
    new: Sequence[Entry],
    *,
    labels: tuple[LevelLabels, LevelLabels] = (NO_LABELS, NO_LABELS),
) -> list[Problem]:
    """A warning for each pair of ``mapping`` (map_ids.by_shown_ids') whose old number no item
    of the earlier round has, or whose new number none of the later round has: it paired
    nothing (review 66: a mistyped 9-9-9=9-9-8 passed unsaid, the output as without it).
    A number as the tables show it (1-(2)イ) is one the round has (``labels``: as typed)."""
    said: list[Problem] = []
    rounds = (old, new)
    numbers = [
        {e.project_id for e in entries} | {key for e in entries if (key := item_key(e)) is not None}
        for entries in rounds
    ]
    ids: dict[int, tuple[Named, Named]] = {}

    def shown(side: int) -> tuple[Named, Named]:  # (the IDs as the tables show them, once)
        if side not in ids:
            ids[side] = named_ids(rounds[side], labels[side])
        return ids[side]

    for source, target in mapping.items():
        lacking = [
            f"{when}の評価に {number} がありません"
            for when, number, side in (("前回", source, 0), ("今回", target, 1))
            if number not in numbers[side] and not known(number, shown(side))
        ]
        if lacking:
            said.append(
                Problem(
                    Location("--map"),
                    Severity.WARNING,
                    f"{source}={target} は使っていません（{'、'.join(lacking)}）",
                    "番号を確かめてください（--map には「前回の番号=今回の番号」を書きます）",
                )
            )
    return said
