"""Which disagreements of ``check`` rows left out with their rating blank could make right
once rated (review 199 #4): 南川崎市's draft says 変更・中止 8 of 7 counted while (5)-16, left
blank by 契約課, is its 変更・中止; 「評価のない行はどの評価の件数も増やしません」 told the clerk
the draft was wrong, as of its 目標達成 42, which is. A blank row stays out of every status's
count (review 163 #2), so the number is still listed, but where the gap is the blank rows of
its scope its note names them and the status they would need. One row is given one status:
the narrower scopes' numbers first (改革項目5's 変更・中止 2 of 1 needs (5)-16 so), then the
plan's in the order stated, so the plan's 目標達成 42, needing that row too, keeps its firm
note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from planeval.check_result import Disagreement
from planeval.model import Entry, Location
from planeval.scale import Scale
from planeval.uncounted_rows import RowLeftOut
from planeval.wording import grouped


class Unrated(NamedTuple):
    """A kept disagreement (its index), the rows left out that could hold a status (``most``)
    and the blank ones of its scope."""

    at: int
    most: int
    blank: tuple[RowLeftOut, ...]


def row_name(entry: Entry) -> str:
    """A row as a clerk finds it: 「(5)-16 物品調達の一元化」 (its body's name, several read)."""
    return " ".join(filter(None, (entry.body, entry.shown_id, entry.item_name)))


def named(kind: str, rows: Sequence[Entry], count: int, few: int = 3) -> str:
    """「未提出の 2 件（1-(1)④ ハザードマップの改訂、1-(2)② 防犯灯のLED化）」: ``count`` rows,
    the first ``few`` items of ``rows`` named (with their body's name, several read), each once
    with its rows where its 細目 make it several — 「1-1-3① 図書館のサービス向上の 3 行」, not
    the item once per 細目 row (review 183, left over) —, the rest counted."""
    items: dict[str, int] = {}
    for e in rows:
        name = row_name(e)
        items[name] = items.get(name, 0) + 1
    shown = list(items.items())[:few]
    names = [name if n == 1 else f"{name}の {n} 行" for name, n in shown]
    if count > (listed := sum(n for _name, n in shown)):
        names.append(f"ほか {count - listed} 件")
    return f"{kind} {count} 件（{'、'.join(names)}）"


def once_rated(
    kept: Sequence[Disagreement], waiting: Sequence[Unrated], scale: Scale, rows: Sequence[Entry]
) -> list[Disagreement]:
    """``kept``, those of ``waiting`` whose gap blank rows could fill noted so, the rows
    named by ``rows`` (the error rows read: ReadResult.error_rows)."""
    found = list(kept)
    names = {entry.location: row_name(entry) for entry in rows}
    taken: dict[Location, str] = {}
    for one in sorted(waiting, key=lambda w: kept[w.at].policy_id is None):
        d = kept[one.at]
        if d.percent or d.stated is None:
            continue
        need = int(d.stated - d.counted) - one.most
        free = [row for row in one.blank if taken.get(row.place, d.what) == d.what]
        free.sort(key=lambda row: row.place not in taken)  # (those given this status first)
        if need <= 0 or len(free) < need:
            continue
        for row in free[:need]:
            taken[row.place] = d.what
        found[one.at] = replace(d, note=_note(d, one, need, scale, names))
    return found


def _note(
    d: Disagreement, one: Unrated, need: int, scale: Scale, names: dict[Location, str]
) -> str:
    """「（ほかに数えなかった行は評価のない 1 行（(5)-16 物品調達の一元化）だけで、この行が
    変更・中止と評価されれば記載どおりです）」."""
    shown = [name for row in one.blank if (name := names.get(row.place))]
    listed = f"（{'、'.join(shown[:3])}{'ほか' if len(shown) > 3 else ''}）" if shown else ""
    said = f"評価のない {grouped(len(one.blank))} 行{listed}"
    said += f"と、ほかの {grouped(one.most)} 行" if one.most else ""
    which = (
        ("この行" if need == 1 else "これらの行")
        if need == len(one.blank)
        else f"評価のない行のうち {grouped(need)} 行"
    )
    label = scale.label(d.what)
    status = label if label == d.what else f"{d.what}（{label}）"
    sure = "記載どおりになりえます" if one.most else "記載どおりです"
    return f"（ほかに数えなかった行は{said}だけで、{which}が{status}と評価されれば{sure}）"
