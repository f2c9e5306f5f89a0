"""compare's counts per policy before and after (count_changes, count_change_table): their
columns after ID and 名称, summarize's (count_headers), and whether the policies' names are
shown (named_policies); rounds' counts per policy share these (round_tables.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from planeval.aggregate import Group, Summary
from planeval.count import Count
from planeval.cycle.compare import Comparison, signed
from planeval.fiscal import between
from planeval.id_order import id_order
from planeval.lazy_pattern import LazyPattern
from planeval.report.count_headers import short_titles, uncounted_headers
from planeval.report.render import TableData
from planeval.scale import Scale
from planeval.wording import ID_TITLE, grouped

if TYPE_CHECKING:
    from planeval.report.fold import Measure

NAME = "名称"  # (the counts per policy's column of the policies' names)


def named_policies(counts: Iterable[tuple[str, str, object]]) -> bool:
    """Whether the counts per policy (count_changes, Rounds.policy_counts) show the policies'
    names: where some policy has one. A survey of bodies that each name their policy 1 their
    own way (aggregate: no one body's name), or a plan whose policies are numbers only, has
    none to show, and no empty 名称 column in any format."""
    return any(name for _policy, name, _counts in counts)


def count_changes(comparison: Comparison) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """Per policy, then 合計: (its number as a reader sees it — as typed, 基本方針Ⅰ's Ⅰ, else
    its ID —, name, [(before, after) per counted symbol, then 計, then per symbol shown and
    not counted: count_headers' columns]); under each, where both rounds' forms mark rows
    (Summary.marked: 川崎市's 重点), a line ("", 「うち重点」, its marked rows' pairs) — the
    change of the 重点 事務事業 the city publishes year on year (review 147 #6)."""
    scale = comparison.scale
    old = {g.id: g for g in comparison.old.groups}
    new = {g.id: g for g in comparison.new.groups}
    rows: list[tuple[str, str, list[tuple[int, int]]]] = []
    for policy in sorted(set(old) | set(new), key=id_order):
        before, after = old.get(policy), new.get(policy)
        either = after or before
        shown = either.shown_id if either is not None else policy
        # (its name where either round has one: a round read from a form naming no policy)
        name = next((g.name for g in (after, before) if g is not None and g.name), "")
        was, now = (group.count if group else None for group in (before, after))
        rows.append((shown, name, _pairs(scale, was, now)))
        if (marked := _marked(comparison, before, after)) is not None:
            rows.append(marked)
    own = [row for row in rows if row[0]]  # (the policies' rows: the うち lines are in them)
    totals = [
        (sum(r[2][i][0] for r in own), sum(r[2][i][1] for r in own))
        for i in range(len(count_headers(scale)))
    ]
    rows.append(("合計", "", totals))
    if (marked := _marked(comparison, None, None)) is not None:
        rows.append(marked)
    return rows


def _pairs(scale: Scale, was: Count | None, now: Count | None) -> list[tuple[int, int]]:
    """(before, after) of each of count_headers' columns (none: 0)."""
    return list(zip(count_columns(scale, was), count_columns(scale, now), strict=True))


def count_columns(scale: Scale, count: Count | None) -> list[int]:
    """A count's numbers under count_headers' columns: each counted symbol, 計, each symbol
    shown and not counted (none: 0) — compare's before and after, rounds' each round."""
    counts = [count.counts[s] if count else 0 for s in scale.counted]
    return [*counts, sum(counts), *(count.uncounted[s] if count else 0 for s in scale.uncounted)]


def _marked(
    comparison: Comparison, before: Group | None, after: Group | None
) -> tuple[str, str, list[tuple[int, int]]] | None:
    """The うち重点 line of a policy's row (both None: 合計's): marked_counts of both rounds."""
    whole = before is None and after is None
    found = marked_counts((comparison.old, comparison.new), None if whole else (before, after))
    if found is None:
        return None
    label, (was, now) = found
    return ("", label, _pairs(comparison.scale, was, now))


def marked_counts(
    summaries: Sequence[Summary], groups: Sequence[Group | None] | None
) -> tuple[str, list[Count | None]] | None:
    """The label (「うち重点」) and each round's count of a policy's marked rows (``groups``:
    its group in each round's summary, None where a round has it not; None for 合計's), where
    every round's forms mark rows and which of the policy's are marked is known in each; a
    round without the policy has none marked (None). None otherwise: a body without such a
    column gets no line — compare's line under each policy's counts and rounds' alike."""
    subs = [summary.marked for summary in summaries]
    if not subs or any(sub is None for sub in subs):
        return None
    found: list[Count | None] = []
    for at, sub in enumerate(subs):
        assert sub is not None
        group = groups[at] if groups is not None else None
        count = sub.total if groups is None else sub.groups.get(group.key) if group else None
        if count is None and (groups is None or group is not None):
            return None  # (not known which of its rows are marked)
        found.append(count)
    last = subs[-1]
    assert last is not None
    return last.label, found


def count_headers(scale: Scale) -> tuple[str, ...]:
    """The columns of the counts per policy after ID and 名称, as summarize's: each counted
    symbol, 計, and each symbol shown and not counted (「-（再掲）」, 「評価対象外」), which
    legend's 「計は…を除く件数」 explains."""
    return (*scale.counted, "計", *uncounted_headers(scale))


def change_headers(comparison: Comparison) -> tuple[list[str], list[str]]:
    """compare's workbook's columns of counts (after ID and 名称) and the title over each: each
    count_headers symbol over its rounds' years, 「令和5／年度」 | 「令和6／年度」 | 増減, on two
    lines to keep the columns as narrow as 前回 | 今回 | 増減, which head them where a round's
    year is not known (changes.round_heads; review 186 #6: the years in the subtitle only)."""
    from planeval.report.changes import round_heads

    rounds = [head.replace("年度", "\n年度") for head in round_heads(comparison)[:2]]
    symbols = count_headers(comparison.scale)
    return [*rounds, "増減"] * len(symbols), [symbol for symbol in symbols for _ in range(3)]


def count_change_table(comparison: Comparison, *, separated: bool = True) -> TableData:
    """Per policy (and 合計), each count's change: 「1,779 → 1,765（▲14）」, thousands separated
    as summarize's counts are (``separated``; a CSV's as data, 1779)."""
    changes = count_changes(comparison)
    named = named_policies(changes)
    count = grouped if separated else str
    rows = [
        [
            policy or ("" if named else name),  # (an うち重点 line: its label where no 名称)
            *([name] if named else []),
            *(f"{count(a)} → {count(b)}（{signed(b - a)}）" for a, b in pairs),
        ]
        for policy, name, pairs in changes
    ]
    headers = (ID_TITLE, *([NAME] if named else []), *count_headers(comparison.scale))
    years = between(comparison.years, "（前回 → 今回）")
    title = f"{comparison.wording.policy_short}別の件数の変化{years}"
    short = short_titles(headers, comparison.scale)
    # (the changes are counts: right-aligned, and on a narrow terminal packed into lines as
    # summarize's, 「A 2 → 4（+2）  B 2 → 2（±0）…」, not a line each — review 148 #9)
    counts = frozenset(range(len(headers) - len(count_headers(comparison.scale)), len(headers)))
    words = comparison.wording
    return TableData(
        title, headers, rows, counts, short=short, id_word=words.policy, status_word=words.status
    )


def count_change_data(comparison: Comparison) -> TableData:
    """The counts per policy of count_change_table as data, for ``compare -f csv --counts``: one
    header row, each count's before, after and change in number columns of their own,
    「S 令和6年度」 | 「S 令和7年度」 | 「S 増減」 (as the workbook's sheet has them under each
    symbol: change_headers), never a cell 「6 → 5（▲1）」 a program cannot read (review 198 #5)."""
    changes = count_changes(comparison)
    named = named_policies(changes)
    counts, symbols = change_headers(comparison)
    heads = [
        f"{symbol} {count.replace(chr(10), '')}"
        for count, symbol in zip(counts, symbols, strict=True)
    ]
    rows = [
        [
            policy or ("" if named else name),
            *([name] if named else []),
            *(str(n) for a, b in pairs for n in (a, b, b - a)),
        ]
        for policy, name, pairs in changes
    ]
    headers = (ID_TITLE, *([NAME] if named else []), *heads)
    title = f"{comparison.wording.policy_short}別の件数の変化"
    return TableData(
        title, headers, rows, frozenset(range(len(headers) - len(heads), len(headers)))
    )


def closer(table: TableData) -> TableData | None:
    """``table`` with each count's change written closer, 「17→21（+4）」 for 「17 → 21（+4）」, in
    every cell alike: a terminal's box too narrow for the spaced ones (compare at 120 columns,
    review 148 #9), each change still whole on its line — never 「17 → 21」 over 「（+4）」
    (review 136 #5); None where no cell is such a change."""
    found = False

    def close(text: str) -> str:
        nonlocal found
        if _CHANGE.fullmatch(text) is None:
            return text
        found = True
        return text.replace(" → ", "→")

    rows = [[close(cell) for cell in row] for row in table.rows]
    return table._replace(rows=rows) if found else None


def closer_where_shorter(
    table: TableData, shown: list[int], width: int, measure: Measure
) -> TableData:
    """``table``, or its changes written closer (``closer``) where that box is fewer lines:
    the two cells each change gives back go to the names. compare's counts at 120 columns
    had each column as wide as its 「167 → 174（+7）」 and 名称 10 cells, 「デジタル人材の育成・
    情報セキュリティ」 five lines (review 198 #5); the spaced ones where the names are whole."""
    from planeval.report.box_widths import column_widths
    from planeval.report.cell_folds import folded_cells

    def height(found: TableData) -> int | None:
        widths = column_widths(found, shown, width, measure)
        if widths is None:
            return None
        folded = folded_cells(found, shown, widths, measure)
        rows = [folded.headers, *folded.rows]
        return sum(max(folded[c].count("\n") + 1 for c in shown) for folded in rows)

    # (a table of changes has one in its last row, 合計's: no other table's cells are scanned)
    last = table.rows[-1] if table.rows else ()
    close = closer(table) if any(_CHANGE.fullmatch(cell) for cell in last) else None
    if close is None or (spaced := height(table)) is None:
        return table  # (one that fits no box: write_rich tries the closer one itself)
    shorter = height(close)
    return close if shorter is not None and shorter < spaced else table


# a count's change as count_change_table writes it: 「1,779 → 1,765（▲14）」
_CHANGE = LazyPattern(r"[0-9][0-9,]* → [0-9][0-9,]*（[+▲±][0-9][0-9,]*）")
