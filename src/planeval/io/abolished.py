"""A rated row its own name marks as abolished (「旧リモート接続システムの利用率（廃止）」,
【廃止】, ※廃止), its old rating left in the status cell: counted as rated, as the rows say,
and warned of once per sheet with its cells — the clerk decides (review 42: a row struck
through in Excel, which planeval does not see, and marked so, was counted without a word).
Its name is the item's (a table rated per project has its name there too). A word that only
contains 廃止 (押印廃止手続数) is no mark, nor is a status whose label says
the project was stopped (名古屋市's 「- 事業が中止となったもの」)."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from planeval.cells import cell_list
from planeval.lazy_pattern import LazyPattern
from planeval.model import Entry, Location, Problem, Severity
from planeval.scale import Scale

# (compiled when a name holds 廃止 or 削除: its full-width brackets cost ~3 M instructions)
_MARK = LazyPattern(r"[（(【［\[]\s*(廃止|削除)\s*[）)】］\]]|※\s*(廃止|削除)")
_ITEM_NAME = attrgetter("item_name")  # (a rated row's name: an item's, or a project's rated whole)
CELLS_SHOWN = 5


def abolished_rows(entries: Sequence[Entry], scale: Scale) -> list[Problem]:
    """One warning per sheet of ``entries`` whose rated rows' names mark them abolished."""
    names = "\n".join(map(_ITEM_NAME, entries))  # (one search of all names, at C speed)
    if "廃止" not in names and "削除" not in names:
        return []  # (most files: no such word in any name)
    counted = {s.symbol for s in scale.statuses if s.counted and not _stopped(s.label)}
    found: dict[tuple[str, str], list[tuple[Entry, str]]] = {}
    for entry in entries:
        if entry.status not in counted:
            continue
        if (mark := _MARK.search(entry.item_name)) is not None:
            where = (entry.location.file, entry.location.sheet or "")
            found.setdefault(where, []).append((entry, mark[0]))
    return [_warning(rows, scale) for rows in found.values()]


def _stopped(label: str) -> bool:
    return "廃止" in label or "中止" in label


def _warning(rows: list[tuple[Entry, str]], scale: Scale) -> Problem:
    first, mark = rows[0]
    if len(rows) == 1:
        said = f"行（{first.item_name or first.project_name}）を、達成状況「{first.status_text}」のとおり"
    else:
        cells = cell_list([str(entry.location.cell) for entry, _ in rows], CELLS_SHOWN)
        said = f" {len(rows)} 行（{cells}）を、それぞれの達成状況のとおり"
    instead = f"達成状況を対象外の「{scale.uncounted[0]}」にするか、" if scale.uncounted else ""
    return Problem(
        Location(first.location.file, first.location.sheet, first.location.cell),
        Severity.WARNING,
        f"名前に「{mark}」とある{said}数えました",
        f"廃止した実施内容を数えないなら、{instead}行を削除してください。"
        "廃止までの実績として数えるなら、このままで構いません",
    )
