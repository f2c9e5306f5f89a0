"""One statement's numbers against one count (for ``check``): each status's count and share,
the total, the rows with the uncounted ones, the projects, the groups, a sub-count (うち重点),
last year's number and a change (with --previous: last_year.py), and a status the statement
leaves out although it names every other one. Which count a statement is of is agreement.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace

from planeval import last_year
from planeval.change_notes import change_note, rows_apart
from planeval.check_result import RATED_PROJECTS, Disagreement, NotCompared
from planeval.count import Count
from planeval.scale import Scale
from planeval.scope_words import LEVEL_WORDS
from planeval.share_bases import base_note
from planeval.share_points import point_change
from planeval.stated_changes import PAST, signed, unnamed
from planeval.stated_number import EXCLUDED_APART, GROUPS, PROJECTS, ROWS, TOTAL, StatedNumber
from planeval.stated_ranges import summed, summed_count, summed_share_agrees
from planeval.statements import StatedCounts
from planeval.title_years import TITLE_ROWS, row_of
from planeval.wording import grouped


def compare_numbers(
    statement: StatedCounts,
    count: Count,
    projects: int,
    groups: int | None,
    group_level: str,
    subset: Callable[[str], Count | str],
    before: Count | str | None = None,
    rated: int | None = None,
    results: Collection[str] = (),
    *,
    names: Mapping[str, str] | None = None,
    alike: last_year.Alike | None = None,
    marked_before: Callable[[str], Count | str] | None = None,
) -> tuple[list[Disagreement], list[NotCompared], int]:
    """(disagreements, numbers not compared, how many compared) of one statement against its
    scope's ``count``, ``projects`` (``rated``: those with a counted row) and ``groups``;
    ``results`` the scale's uncounted statuses that are results (評価できない), not repeats;
    ``names`` how a note calls an uncounted status (「再掲（-）」: uncounted_names); ``alike``
    the scope's counts over the bodies counted in both rounds, which last year's number or a
    change may be of instead (compare's like for like: PastCounts.alike); ``marked_before``
    last year's rows a column marks, what last year's sub-count is of (PastCounts.marked)."""
    scale_uncounted = set(count.uncounted)
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0

    def skip(number: StatedNumber, reason: str, settled: bool = False) -> None:
        scope, place = statement.scope, statement.location
        said = NotCompared(statement.policy_id, scope, number.phrase, number.value, reason, place)
        other = number.other_scale if reason == number.reason else ""  # (another scale's)
        skipped.append(replace(said, settled=settled, when=number.when, other_scale=other))

    for number in statement.numbers:
        past = before is not None and last_year.comparable(number)  # (--previous)
        if past and isinstance(before, str):  # (last year's rows of its scope do not tell)
            skip(number, before)
            continue
        if number.reason and not past:  # (with --previous, one naming no status: unnamed)
            unsaid = before is not None and number.when and not number.what
            unsaid = unsaid and not number.other_scale  # (another scale's: its own reason)
            why = unnamed(number.when, number.percent) if unsaid else number.reason
            skip(number, why, number.settled)
            continue
        counted: int | float
        what, scope, base = number.what, statement.scope, count
        if past and isinstance(before, Count):  # (last year's count, or the change from it)
            base = last_year.base(number, count, before)
        noted = (count, before)  # (the counts a change's note names)
        if number.subset:  # (「3事業（うち重点2事業）」: the rows a 重点 column marks)
            marked, noted = _marked(number, subset, marked_before if past else None)
            if isinstance(marked, str):  # (why not: no column)
                skip(number, marked, settled=True)
                continue
            base, scope = marked, f"{statement.scope}の{number.subset}"
        elif number.excluding and _taken_out(number.excluding) <= set(count.counts):
            # (「評価できない（D）2指標を除く20指標」「DのN指標とEのM指標を除く…」)
            base = _without(base, number.excluding)
        among = summed(number.what)  # (「B以上（A・B）」: their counts added up)
        if number.points and isinstance(before, Count):  # (「▲13.4ポイント」: share_points.py)
            if (changed := point_change(number, count, before)) is None:
                skip(number, "この割合は集計の対象外の区分なので比べません")
                continue
            counted, agrees = changed
        elif number.percent:
            if among:
                counted = round(
                    100 * summed_count(base, among) / (base.total or 1), number.decimals
                )
            elif number.what == TOTAL:
                counted = 100.0 if base.total else 0.0
            elif number.what in base.counts:
                counted = base.percent(number.decimals)[number.what]
            else:
                skip(number, "この割合は集計の対象外の区分なので比べません")
                continue
            stated = round(float(number.value), number.decimals)
            agrees = stated == counted or (  # (each way reports make shares: as a table's)
                (
                    number.what in base.counts
                    and base.share_agrees(number.what, stated, number.decimals)
                )
                or (bool(among) and summed_share_agrees(base, among, stated, number.decimals))
            )
        else:
            if among:
                counted = summed_count(base, among)
            elif number.what in base.counts:
                counted = base.counts[number.what]
            elif number.what in scale_uncounted:
                counted = base.uncounted.get(number.what, 0)
            elif number.what == TOTAL and base is not count:
                counted = base.total
            elif number.what == TOTAL:
                counted = count.total
                rows = count.total + sum(count.uncounted.values())
                # (a table's 合計 may count its 対象外 rows too, as may a paragraph that says
                # how many of them there are: 「全11指標のうち…評価できないものが3指標」)
                with_uncounted = (
                    statement.total_row
                    or _titled(statement)  # (「（第５次…基本計画　40施策）」: the plan's all)
                    or any(other.what in scale_uncounted for other in statement.numbers)
                    # (rows of a result not counted, 評価できない — a rating too, not a repeat
                    # listing: 「50指標について評価しました」 of 48 rated and 2 of them, review 58)
                    or any(map(count.uncounted.get, _rated_results(statement, results)))
                )
                if (
                    with_uncounted
                    and not number.net
                    and abs(number.value - rows) < abs(number.value - counted)
                ):
                    what, counted = ROWS, rows
                elif (
                    not number.net
                    and SETS.search(number.phrase)
                    and (unrated := sum(count.uncounted.get(symbol, 0) for symbol in results))
                ):  # (「35指標を設定しています」 of 38, 3 評価できない: what the plan sets, review
                    what, counted = ROWS, count.total + unrated  # 79b; 再掲 are not set again)
            elif number.what == ROWS:
                counted = base.total + sum(base.uncounted.values())
            elif number.what == PROJECTS:
                counted = projects
                if (
                    rated is not None
                    and rated != projects
                    and _of_rated(number, statement, count.counts)
                ):
                    what, counted = RATED_PROJECTS, rated
            elif number.what == GROUPS:
                if groups is None:
                    skip(number, f"{statement.scope} の中の数（{number.level}）は数えていません")
                    continue
                if number.level and group_level and number.level != group_level:
                    # (「２つの値がある指標は…」, a form's note: no level's count, failing nothing)
                    aside = not number.level.endswith(LEVEL_WORDS)
                    said = f"{number.level}の数は数えていません（集計は{group_level}ごと）"
                    skip(number, said, settled=aside)
                    continue
                if not group_level:
                    skip(number, f"{number.level}の数：集計の単位が{number.level}か分かりません")
                    continue
                counted = groups
            else:
                skip(number, "何の件数か読み取れません")
                continue
            agrees = signed(number.value, number.when) == counted
        compared += 1
        # (of the same bodies; a sub-count of the rows each round marks, as it is)
        like = alike if (past or _with_past(statement)) and not number.subset else None
        whole_only = paired = False
        if like is not None and (not agrees or (past and number.when)):
            # (compare's figures, like for like: 「前年度の121指標から97指標に」 of its 121 → 97)
            one = replace(statement, numbers=(number,))
            again = compare_numbers(one, like.now, projects, groups, group_level, subset,
                                    like.before if past else None, rated, results,
                                    names=names)  # fmt: skip
            # (a change agreeing with each round's whole and not with compare's: said too,
            # 「前年度から3事業増加」 where compare's table shows +2 — review 115 #8; one
            # agreeing with compare's only is wrong all the same, its note saying why: each
            # year's number is that year's published count, review 189 #2)
            whole_only, paired = bool(agrees and again[0]), not (agrees or again[0])
        if not agrees or whole_only:  # (the latter named in the verdict, no failure)
            wrong.append(
                Disagreement(
                    statement.policy_id,
                    what,
                    signed(number.value, number.when),
                    counted,
                    statement.location,
                    scope,
                    number.percent,
                    number.phrase,
                    (number.level or group_level) if what == GROUPS else "",
                    change_note(number, what, *noted, like, paired=paired)
                    or _other_total(number, what, base, names or {}),
                    when=number.when,
                    subset=number.subset,
                    whole=whole_only,
                    uncounted=rows_apart(what, counted, base, names or {}),
                )
            )
            if not wrong[-1].note:  # (「19.0％」 of the rows rated, D among them: review 136 #3)
                wrong[-1] = replace(
                    wrong[-1], note=base_note(wrong[-1], base, names or {}, results)
                )
    return wrong, skipped, compared


def _marked(
    number: StatedNumber,
    subset: Callable[[str], Count | str],
    marked_before: Callable[[str], Count | str] | None,
) -> tuple[Count | str, tuple[Count, Count | str | None]]:
    """The count a sub-count ``number`` is compared with — this year's marked rows
    (``subset``), last year's (``marked_before``, given with --previous: 「前年度の7事業（うち
    重点6事業）」, review 167 #1) or the change from them (「（うち重点▲3件）」: 4 → 1, never all
    rows' 9 → 6, review 189 #1) —, or why not; and both rounds' marked rows, a change's note's."""
    now = subset(number.subset)
    if marked_before is None:
        return now, (Count({}, {}), None)
    was = marked_before(number.subset)
    if number.when == PAST or isinstance(was, str):
        return was, (Count({}, {}), None)
    if isinstance(now, str):
        return now, (Count({}, {}), None)
    return last_year.base(number, now, was), (now, was)


# what the plan sets or lists (「35指標を設定しています」「全38指標を掲載」): every row of it,
# rated or not (評価できない too), not only those counted
SETS = re.compile(r"設定|掲載")
_EVALUATED = re.compile(r"評価\s*(?:し|を行っ|を実施し)|評価した")  # (what was rated)
# (not 「評価できない3取組」; several bodies' projects with a counted row: 「延べ144の取組を集計しま
# した」, count_sentence.py)
RATED = re.compile(r"を\s*評価(?:し|を行)|評価した\s*\d|を\s*集計しま")
_COUNTER = re.compile(r"\d\s*([^\d\s、。,のをにがはでと()（）]+)")  # (「10取組のうち」: 取組)


def _with_past(statement: StatedCounts) -> bool:
    """Whether ``statement`` states last year's number or a change (its numbers of this year
    then are of the same bodies as those)."""
    return any(number.when for number in statement.numbers)


def _of_rated(number: StatedNumber, statement: StatedCounts, counted: Collection[str]) -> bool:
    """Whether a number of projects counts the rated ones: 「6取組を評価し」, or 「10取組のう
    ち、Aが3取組、Bが4取組…」 whose counted ratings, in the same counter, add up to it (not
    「3つの計画事業に…○2件、△1件」: its ratings count items)."""
    if RATED.search(number.phrase):
        return True
    ratings = [
        n for n in statement.numbers if n.what in counted and not (n.percent or n.when or n.subset)
    ]
    counters = {own[1] if (own := _COUNTER.search(n.phrase)) else "" for n in [number, *ratings]}
    return bool(ratings) and len(counters) == 1 and sum(n.value for n in ratings) == number.value


def _other_total(number: StatedNumber, what: str, count: Count, names: Mapping[str, str]) -> str:
    """The other total a differing total could be of, said after the counted one: 「（集計しない
    評価できない（D）2件を含めると 18）」 of a total without them, 「（…を除くと 16）」 of one with
    them (a clerk sees which of the two the sentence meant); "" for any other number."""
    if number.percent or number.when or what not in (TOTAL, ROWS) or not count.uncounted:
        return ""
    left_out = "・".join(
        f"{names.get(symbol, f'{symbol} ')}{grouped(n)}件"
        for symbol, n in count.uncounted.items()
        if n
    )
    if not left_out:
        return ""
    if what == TOTAL:
        return f"（集計しない{left_out}を含めると {grouped(count.total + sum(count.uncounted.values()))}）"
    return f"（集計しない{left_out}を除くと {grouped(count.total)}）"


def uncounted_names(scale: Scale) -> dict[str, str]:
    """How a note calls each uncounted status: by its label with its symbol, 「再掲（-）」
    「評価できない（D）」 (review 79a: 「集計しない- 1件」 named a mark), a status that is its own
    label by that (「再掲」)."""
    names = {}
    for symbol in scale.uncounted:
        label = scale.label(symbol)
        shown = symbol if not label or label.startswith(symbol) else f"{label}（{symbol}）"
        names[symbol] = shown if shown != symbol else f"{symbol} "
    return names


def _rated_results(statement: StatedCounts, results: Collection[str]) -> list[str]:
    """The uncounted results a total may count: 評価できない rows were rated (「50指標について
    評価しました」 of 48 and 2 of them, review 58), 評価対象外 rows were not where the statement
    says what was rated — 「40施策を評価しました」 of 38 rated and 2 対象外 passed (review 77)."""
    if not _EVALUATED.search(statement.text):
        return list(results)
    return [symbol for symbol in results if "対象外" not in symbol]


def _without(count: Count, symbols: str) -> Count:
    """``count`` with the rows of ``symbols`` (StatedNumber.excluding) taken out (the rest a
    sentence states a total of)."""
    kept = {s: n for s, n in count.counts.items() if s not in _taken_out(symbols)}
    return Count(kept, count.uncounted, count.rounding, count.ties)


def _taken_out(symbols: str) -> set[str]:
    """The statuses StatedNumber.excluding names: one, or several (「DのN指標とEのM指標を除く」:
    stated_exclusions.py)."""
    return set(symbols.split(EXCLUDED_APART))


def _titled(statement: StatedCounts) -> bool:
    """Whether the statement is a workbook's title line (its first rows: 枚方市's 「（第５次枚方市
    総合計画　基本計画　40施策）」 counts the plan's every 施策, 評価対象外 too: review 54)."""
    cell = statement.location.cell
    return statement.location.sheet is not None and cell is not None and row_of(cell) <= TITLE_ROWS


def statuses_left_out(statement: StatedCounts, count: Count, scale: Scale) -> list[Disagreement]:
    """A paragraph naming every status the scale always names (◎ ○ △) and leaving out one
    it names only when used (×) that the rows hold: the paragraph says nothing of it. A scale
    naming every status only when used (a preset of another body's: presets._scale) tells no
    paragraph as complete by what it names."""
    always = [s.symbol for s in scale.statuses if s.counted and s.in_narrative == "always"]
    sometimes = [s.symbol for s in scale.statuses if s.counted and s.in_narrative != "always"]
    if not always or not sometimes or not all(symbol in statement.counts for symbol in always):
        return []
    return [
        Disagreement(
            statement.policy_id,
            symbol,
            None,
            count.counts[symbol],
            statement.location,
            statement.scope,
        )
        for symbol in sometimes
        if symbol not in statement.counts and count.counts.get(symbol)
    ]
