"""A survey's report: several bodies answering one common form — a ministry's national survey
of 1,045 bodies, a prefecture's checklist of its municipalities — where every body rates the
same items under the same numbers (review 171 #6: its export printed each body's 25 rows
again under each policy, 1,023 bodies × 5 policies over 1,392 pages, and an issue list of
8,351 △/× rows with no text, 380 pages, a 1,854-page PDF of which a ministry publishes 25).

Such a report prints each item once, counted over the bodies (``item_table``: 「1-1 子育て関係
手続のオンライン化 | ◎ 431 | ○ 331 …」, as ``summarize --by item`` counts), after 集計 and
before 団体別集計, and each policy's heading and sentence with no tables of each body's rows
(every body's rows are the export's data: its データ sheet, 進捗状況.csv); its issue list holds the rows whose issue
column (a survey's 備考) says something, and says that the others are counted, not listed
(``issues_note``). Bodies each numbering their own plan from 1-1-1 name their items each
otherwise: no survey, each body's tables printed as before."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from planeval.aggregate import summarize
from planeval.cells import COMMON_FORM_BODIES, COMMON_FORM_ITEMS
from planeval.item_groups import item_path
from planeval.level_labels import NO_LABELS, LevelLabels
from planeval.model import Entry
from planeval.report.tables import CountTable, count_table
from planeval.scale import Scale
from planeval.text import comparable_name
from planeval.wording import ID_TITLE, Wording

_AGREEING = 0.9  # the share of rows named as most bodies name their number, held by most


def is_survey(entries: Sequence[Entry]) -> bool:
    """Whether ``entries`` are several bodies' answers to one common form: three bodies or
    more (COMMON_FORM_BODIES) rating five items or more (COMMON_FORM_ITEMS), nearly every
    row's item held by half the bodies or more and named as most of them name it (a body's
    typo in one item's name leaves the survey a survey; bodies numbering their own plans from
    1-1-1 name one number otherwise)."""
    bodies = {entry.body for entry in entries}
    if len(bodies) < COMMON_FORM_BODIES or "" in bodies:
        return False
    held: dict[str, set[str]] = {}
    names: dict[str, Counter[str]] = {}
    for entry in entries:
        path = item_path(entry)
        held.setdefault(path, set()).add(entry.body)
        named = entry.item_name or entry.project_name  # (rated at the project: its name)
        names.setdefault(path, Counter())[comparable_name(named)] += 1
    common = [path for path, holders in held.items() if 2 * len(holders) >= len(bodies)]
    shared = sum(names[path].most_common(1)[0][1] for path in common)
    return len(common) >= COMMON_FORM_ITEMS and shared >= _AGREEING * len(entries)


def item_table(
    entries: Sequence[Entry], scale: Scale, wording: Wording, labels: LevelLabels = NO_LABELS
) -> CountTable:
    """The survey's items, each counted over the bodies that rated it, with percentages:
    番号 | 実施内容 | ◎ | ○ … (summarize --by item's groups)."""
    by_item = summarize(entries, by="item", scale=scale, labels=labels)
    return count_table(
        by_item,
        shares=True,
        id_headers=(ID_TITLE, wording.item),
        word=wording.status,
        level_word=wording.item,
    )


def item_title(wording: Wording) -> str:
    """The heading and sheet name of a survey's item counts: 「実施内容別集計」."""
    return f"{wording.item}別集計"


def issues_note(listed: int, off_plan: int, wording: Wording) -> str:
    """What a survey's issue list says of the rows rated off plan it does not list (of
    ``off_plan`` rows, the ``listed`` with an issue text): that their counts are in the item
    and body tables; "" where it lists them all."""
    if listed >= off_plan:
        return ""
    issue, item = wording.issue, wording.item
    said = (
        f"{issue}の記載がない{item}は載せていません"
        if listed
        else f"{issue}の記載がある{item}はないため、一覧は空です"
    )
    return (
        f"{said}。評価ごとの件数は、{item_title(wording)}（{item}ごと）と団体別集計（団体ごと）"
        "にあります。"
    )
