"""Numbers stated in a report's text, read out with what each counts (for ``check``).

A paragraph states numbers in many shapes — 「計画どおり実施12件」 (Setagaya), 「Aが43事業」,
「「達成A」が9指標」, 「効果的なもの(A)が 22個」, 「5事業は、「計画どおり完了」」, 「全63事業」,
「30指標のうち」, 「110件（3項目再掲のため実質107件）」, 「A評価が14指標（58.3%）」, 「5つの計画事業」.
Every number with a counter (件, 事業, 個, 項目, 指標, 施策, つの…) or a percent sign is read, and a
status's count with its share after it (「Aが43（68.2%）」). What it counts comes from the loaded
scale's own words (labels, symbols, aliases; the longest first: 達成 never inside 一部達成) next
to it, or from the words around it (全N件, Nのうち, 実質N件, …を除くN件 are the total; their
patterns, the phrase a number stands in and whether it counts at all: number_context.py; what a
percent is the share of: status_rates.py; a total of every row or the net: stated_rows.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from planeval.bracketed_changes import (
    bare_changes,
    marked_changed,
    other_scale_changed,
    status_changed,
)
from planeval.captions import is_issue_lead
from planeval.complement_counts import complements
from planeval.counter_words import (
    AND_BEFORE,
    counted_words,
    ended_said,
    level_counter,
    numbers,
    rows_left_out,
    rows_word,
    status_taken_out,
    value_of,
)
from planeval.number_context import (
    BECAME,
    BREAKDOWN_AFTER,
    CHANGED_THEN,
    EVALUATED_AFTER,
    FROM_TO,
    GROUPS_AFTER,
    MARKED_BEFORE,
    MARKED_SCOPE,
    MARKED_TOPIC,
    NOT_COUNTED_AFTER,
    OF_AFTER,
    OF_TOTAL,
    SAME_CLAUSE,
    SHARE_AFTER_COUNT,
    STRONG_TOTAL,
    SUB_COUNT,
    TOPIC_AFTER,
    TOTAL_BEFORE,
    in_sentence,
    no_count,
    noted_rows,
    phrase_of,
    sentence_end,
)
from planeval.other_scale_rows import other_scale_rows, rated_beside
from planeval.scale import Scale
from planeval.scale_words import normalised, normalised_prose, words_of
from planeval.scope_words import COUNTERS, GENERIC_HEADING, LEVEL_WORD
from planeval.share_points import in_points, points_when, share_changed
from planeval.stated_changes import CHANGE, FALL, PAST, minus_signs, when_of
from planeval.stated_exclusions import taken_out
from planeval.stated_number import (
    ENDED,
    GROUPS,
    PROJECTS,
    SHARE_SUM,
    TOTAL,
    StatedNumber,
)
from planeval.stated_ranges import quoted_digits, said_together, stated_range, status_of
from planeval.stated_rows import (
    TOTAL_AFTER,
    clause,
    counted_past_bracket,
    rows_before_totals,
    unread_topics,
)
from planeval.status_lines import run_numbers
from planeval.status_rates import share_of
from planeval.unknown_counters import another_scale_past, unknown_counted, unknown_reason
from planeval.unrated_rows import unrated_rows

_SAME_PAST = "前年度の数なので、今回の行とは比べません"


def read_numbers(
    text: str,
    scale: Scale,
    *,
    project: str = "",
    item: str = "",
    level: str = "",
    counter: str = "",
) -> list[StatedNumber]:
    """Every number ``text`` states with a counter or a percent sign, in reading order, each
    with what it counts as far as the words around it say (``project``: the body's word for
    a project, 「3つの事業」, besides 計画事業; ``item``: its word for the rated rows, a
    counter too, 「18の事務事業」; ``level``: the top level's word: where it is a counter, it
    counts the groups, 「3施策について」; ``counter``: [wording] counter, 「3件の事業」「3事業」)."""
    if is_issue_lead(text):  # (「…。一覧は3件です。」: planeval's issue list, review 92)
        return []
    words = words_of(scale)
    # (「達成度1～3」「4・5」: the scale's digits, statuses and not counts: review 80)
    written = quoted_digits(words.without_thresholds(normalised_prose(text)), scale)
    plain = minus_signs(written, scale.symbols)  # (「前年度比△7件」: ▲7, as written shown)
    found: list[tuple[int, int, StatedNumber, bool]] = []  # (start, end, number, strong total)
    topics: list[int] = []  # (indexes in found of totals the sentence's statuses must follow)
    heading = GENERIC_HEADING.match(plain) if "。" not in plain else None  # (「2 施策」: no count)
    level, counter = normalised(level).strip(), normalised(counter).strip()
    without: tuple[str, int] | None = None  # (a status taken out of the total, to the 。)
    cross = ("", -1)  # (a status's total the sentence then breaks down by another, to the 。)
    marked = ("", -1)  # (the marked rows a sentence's numbers after their total are of, to the 。)
    pending: list[str] = []  # (the statuses 「それぞれ」 lists for the numbers after the first)
    noted = noted_rows(plain)
    own = normalised(item)  # (the body's word for its rated rows: 「取組内容は36件」 a total)
    pattern = numbers(own, normalised(project), level)
    for match in pattern.finditer(plain):
        before, after = plain[: match.start()], plain[match.end() :]
        number_text, unit = match["num"].replace(",", ""), match["unit"]
        if (heading is not None and match.start() == heading.start("num")) or no_count(
            before, number_text, unit, scale.symbols, level=level
        ):
            continue
        # (a level's word counts only right after its number: 「3政策」, not 「② 情報化政策の…」)
        apart = match.end("num") < match.start("unit")
        if apart and unit == level_counter(level, normalised(item)):
            continue
        points = in_points(unit, after)  # (「▲13.4ポイント」: a share's change, share_points.py)
        percent = unit == "%" or points
        value, decimals = value_of(number_text, negative=bool(match["neg"]))
        phrase = phrase_of(written, match.start(), match.end())
        if percent and (row := noted.get(match.start("num"))) is not None:
            number = StatedNumber(SHARE_SUM, value, phrase, True, decimals, row=row)
            found.append((match.start(), match.end(), number, False))
            continue
        said = when_of(before, after, negative=bool(match["neg"]), percent=percent, of=words.before)
        said = points_when(said, after) if points else said
        before, reason, settled = said.before, said.reason, bool(said.reason)
        if decimals and not percent:
            reason = reason or "小数の件数は比べません"
        previous = found[-1][2] if found else None
        gap = plain[found[-1][1] : match.start()] if found else ""
        listed, pending = words.stated_of(before, after, gap, pending)  # (「それぞれ」「すべて」)
        what, group_word, strong, excluding, subset, other = "", "", False, "", "", ""
        # (「3つの事業」「3件の事業」「3事業」: projects; 「3つの取組に」: the rated rows)
        after, unit, own_word = counted_words(unit, after, normalised(project), own, counter)
        crossed = f"「{cross[0]}」の内訳は比べていません（区分の組み合わせ）"
        if match.start() < cross[1]:  # (「完了した12項目のうち9項目が達成」: 9 of 12, review 55)
            reason, settled = reason or crossed, True
        elif said.whole and not percent:  # (「前年度（141項目）は」: last year's whole)
            what = TOTAL
        elif (
            not percent
            and OF_AFTER.match(after)
            and (scope := MARKED_BEFORE.search(before[-24:])) is not None
        ):
            what, subset = TOTAL, scope["what"]
            marked = (subset, sentence_end(plain, match.end()))
        elif not percent and TOTAL_AFTER.match(after) and (of := status_of(clause(before), scale)):
            what = of[1]  # (a status's total, its parts after)
            if what or not rated_beside(of[0], scale):  # (完了 in a 達成度 report: its rated rows)
                cross = (of[0], sentence_end(plain, match.end()))
            if not what:  # (another scale's status: 「取組中の25項目のうち」 in a 達成度 report)
                reason, settled, other = unknown_reason(of[0] + "が", words, percent, scale)
        elif previous and previous.what and previous.percent == percent and FROM_TO.fullmatch(gap):
            what, excluding = previous.what, previous.excluding  # (「61.3%から68.2%に」)
        elif listed:
            what = listed[0]
        elif not percent and (out := taken_out(found, plain, gap, (clause(before), after), scale)):
            what, strong, excluding = out  # (「…の1件を除く106件」「AのN施策とBのM施策を除く…」)
        elif gone := status_taken_out(previous, gap, before, words, percent=percent):
            what, strong, excluding = TOTAL, True, gone  # (「D 2指標を除く20指標」「D評価を除く…」)
            without = (gone, sentence_end(plain, match.end()))
        elif not percent and ended_said(before, after, scale):  # (「廃止1項目」: review 144)
            what = ENDED
        elif (
            ("計画事業" in unit or own_word)
            and not (unit == counter and NOT_COUNTED_AFTER.match(after))
        ):  # (but 「Aが8取組」, 取組 the project: 8 of A; 「警察本部所管の3取組は回答がなかった」 in
            # the counter the body counts its rows in, rows not counted below: review 161 #4)
            mention = unit != "つの" and own_word and words.before.search(before)
            what = words.symbol(mention) if mention else PROJECTS
        elif unit == "つの":
            level_match = LEVEL_WORD.match(after) or re.match(
                r"\s*([^\s、。,のをにがはとで「」()\d]+)", after
            )
            what, group_word = GROUPS, level_match[1] if level_match else ""
        elif (ranged := stated_range(before, after, words)) is not None:
            what = ranged  # (「7件がB以上」: A and B, stated_ranges.py)
        elif (mention := words.before.search(before)) is not None:
            what = words.symbol(mention)
        elif not percent and (since := other_scale_changed(said.when, previous, gap, words)):
            other, settled = since.other_scale, True  # (「完了の割合は…、前年度（29項目）から」)
            when_said = "前年度の数" if said.when == PAST else "増減の数"
            reason = another_scale_past(since.reason, other, when_said)
        elif (
            said.when == PAST
            and previous
            and previous.when == PAST
            and previous.what
            and (sub := SUB_COUNT.fullmatch(gap.strip().lstrip("(")))
        ):  # (「前年度の7件（うち重点4件）から8件」: last year's 重点 of the 7, review 167 #1)
            status = words.named_by(sub["what"])  # (「うち中止3件」: 事業中止's, as below)
            what, subset = (status, "") if status else (previous.what, sub["what"])
        elif said.when and previous and previous.when == PAST and "。" not in gap:
            what = previous.what  # (「前年度はAが10件でしたので、5件増加」: A's change)
        elif not percent and (
            changed := status_changed(said.when, found, plain, gap, words, scale)
        ):
            what = changed  # (「Aは4指標で、前年度から2指標増加」: A's change, not the total's)
        elif points and (shared := share_changed(previous, gap, words)):
            what = shared  # (「Bの割合は37.5%で、前年度から▲13.4ポイント」: B's share's change)
        elif percent:  # (the share of the count before it, of a status's rate…: status_rates)
            what, reason = share_of(before, gap, previous, words, reason)
        elif BREAKDOWN_AFTER.match(after) and words.after.match(after) is not None:
            what = TOTAL
        elif (mention := words.after.match(after)) is not None and not re.match(
            r"\s*(?:が|は|:)?\s*\d", after[mention.end() :]
        ):  # (not "11項目は、未着手3項目": the status there is the next number's)
            what = words.symbol(mention)
        elif off := NOT_COUNTED_AFTER.match(after):  # (「関市及び下呂市の各1件は」: 2; 「飯山市の
            what, value = rows_left_out(before, off[0], scale, value)  # 2取組と白馬村の1取組は」)
            if found and not found[-1][2].what and AND_BEFORE.fullmatch(gap):
                value += found.pop()[2].value
        elif (sub := SUB_COUNT.search(clause(before))) is not None and not OF_TOTAL.search(
            clause(before)[: sub.start()]
        ):
            subset = sub["what"]
            if status := words.named_by(subset):  # (「うち中止3事業」: 事業中止's, review 143 #1)
                what, subset = status, ""
            elif previous and previous.what and not previous.percent and not re.search(r"\d", gap):
                what = previous.what  # (「2事業（うち重点1事業）」: of the 2)
                if previous.when and not said.when:  # (「前年度の7件（うち重点4件）」: its year's)
                    said = replace(said, when=previous.when)
                    reason, settled = reason or previous.reason, previous.settled
            elif previous is None:
                what = TOTAL  # (「このうち重点事業は12事業で」: of all the paragraph speaks of)
            else:
                said_of = f"「うち{subset}」の件数は何の内訳か読み取れません"
                reason, settled = reason or said_of, True
        elif not apart and unit == level_counter(normalised(project), normalised(item), level):
            what = PROJECTS  # (川崎市's 「6施策の20の事務事業」: its projects are 施策)
        elif re.match(rf"\s*\d+\s*(?:{COUNTERS})", after) or (
            unit == level and (GROUPS_AFTER.match(after) or level_counter(unit, normalised(item)))
        ):  # (4施策24事業; 「3施策について、全17事業を…」 where the groups are 施策; 「3政策、」)
            what, group_word = GROUPS, unit
        elif EVALUATED_AFTER.match(after):
            what = TOTAL
        elif together := said_together(before, in_sentence(found, plain, match.start()), words):
            what = together  # (「Aが4指標、Bが3指標で、合計7指標」: A's and B's, not the plan's)
        elif not percent and (noun := counted_past_bracket(after, normalised(project), own)):
            what = noun  # (「110件（…実質107件）の取組項目」: what its noun after the bracket is)
        elif not percent and (scope := MARKED_TOPIC.search(clause(before))) is not None:
            what, subset = TOTAL, scope["what"]  # (「重点事業は２件」: the marked rows' total)
        elif TOTAL_BEFORE.search(before) or TOTAL_AFTER.match(after) or rows_word(before, own):
            what, strong = TOTAL, bool(STRONG_TOTAL.search(before))
        elif TOPIC_AFTER.match(after):
            what = TOTAL
            topics.append(len(found))
        if not what and previous and (said.when or previous.when) and SAME_CLAUSE.match(gap):
            what = previous.what  # (「4件に減少（▲6件）」, 「2件増の8件」: one status's)
        elif (  # (「Aは前年度から2指標減少し、15指標となりました」: A's count)
            not what
            and previous
            and previous.when in (CHANGE, FALL)
            and CHANGED_THEN.fullmatch(gap)
            and BECAME.match(after)
        ):
            what = previous.what
        if not what and not percent and not reason:  # (「…で、合わせて7指標」: A's and B's)
            what = said_together(before, in_sentence(found, plain, match.start()), words)
        if (
            what == TOTAL
            and not (strong or subset or reason)
            and (  # (「完了した…は2件」 in a 達成度 report; 「評価不能としたKPIは」: −'s or none)
                aside := other_scale_rows(before, clause(before), words)
                or unrated_rows(clause(before), words)
            )
        ):
            if isinstance(aside, str):
                what = aside
            else:
                what, (reason, settled, other) = "", aside
            if topics and topics[-1] == len(found):
                topics.pop()
        if not what and not reason:  # (a share after another scale's count: as that count)
            if percent and previous and previous.settled and SHARE_AFTER_COUNT.fullmatch(gap):
                reason, settled, other = previous.reason, True, previous.other_scale
            else:
                reason, settled, other = unknown_reason(clause(before), words, percent, scale)
        if marked[1] < match.start() and (
            scoped := MARKED_SCOPE.search(
                plain, plain.rfind("。", 0, match.start()) + 1, match.start()
            )
        ):
            marked = (scoped["what"], sentence_end(plain, match.end()))
        subset = subset or (what and marked_changed(said.when, before, words))  # (うち重点▲3件)
        if not subset and what and match.start() < marked[1]:
            subset = marked[0]  # (「…のうち、「4」の事業は6事業」: of the marked rows too)
        if percent and without is not None and match.start() < without[1]:
            excluding = excluding or without[0]  # (a share after 「Dを除く20指標」: of them)
        for symbol in listed or [what]:
            number = StatedNumber(
                symbol, value, phrase, percent, decimals, reason, group_word, False, settled
            )
            number = replace(
                number,
                excluding=excluding,
                subset=subset,
                when=said.when,
                other_scale=other,
                points=points,
            )
            found.append((match.start(), match.end(), number, strong))
            if said.same and symbol and not reason:  # (「前年度と同じ6指標」: last year's too)
                past = replace(number, when=PAST, reason=_SAME_PAST, settled=True)
                found.append((match.start(), match.end(), past, False))
    unread_topics(found, topics, plain, words, scale)  # (no statuses after: not compared)
    # (「達成A 12／前進B 8／…（計28）」: a run of statuses and counts with no counter)
    found += (runs := run_numbers(plain, words, {start for start, *_ in found}))
    in_runs = {start for start, *_ in runs}
    # (「Aが3本」: a counter not read above, said not compared — never passed over unread)
    for start, end, reason, value, what in unknown_counted(plain, words, pattern):
        if start not in in_runs:  # (「達成A 3　前進B 2」: 3 A's, not 「3前進」)
            number = StatedNumber(what, value, phrase_of(written, start, end), reason=reason)
            found.append((start, end, number, False))
    found += bare_changes(plain, found)  # (「0指標（▲2）」: the count's change, its unit)
    found.sort(key=lambda at: at[0])
    found = complements(found, plain, scale)  # (「64件のうち目標達成が23件、未達成が41件」)
    return rows_before_totals(found, plain, scale)


def stated_counts(text: str, scale: Scale) -> dict[str, int]:
    """The counts a paragraph states that can be compared: "計画どおり実施12件" → {"○": 12},
    "5つの計画事業" → {PROJECTS: 5}, "全63事業" → {TOTAL: 63} (read_numbers has all)."""
    found: dict[str, int] = {}
    for number in read_numbers(text, scale):
        if number.what and not number.percent and not number.reason and not number.subset:
            found.setdefault(number.what, int(number.value))
    return found
