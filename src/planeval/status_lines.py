"""A run of statuses with their counts and no counters, closed by its total in brackets (for
``check``): 「達成A 12／前進B 8／横ばいC 5／後退D 3（計28）」, a report's summary line, each
status and its number separated by ／, /, ・, 、 or spaces. The counters that tell a count in
prose (件, 指標) are left out, so read_numbers' pattern reads none of its numbers; the run's
shape says what each counts — the status before it, and the run's total (計28) — so each is a
statement of counts, compared (review 142 #1: two wrong figures passed unsaid).

The same run with each count's change since last year in brackets and no total, 「前年度（令和8
年度）との比較：達成A 14（＋2）、前進B 8（▲1）…後退D 1（▲1）」, is this year's counts and their
changes (with --previous compared with last year's rows, else listed: bracketed_changes.py —
review 158 #1: the line passed with nothing said). A run of statuses and numbers of neither
shape is said not compared, never passed over."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from planeval.bracketed_changes import BRACKET, change_of
from planeval.scale_words import ScaleWords
from planeval.scope_words import COUNTERS, WHOLE_NUMBER
from planeval.stated_changes import when_of
from planeval.stated_number import TOTAL, StatedNumber

Found = tuple[int, int, StatedNumber, bool]  # (start, end, number, a strong total)


@functools.lru_cache(maxsize=16)
def _patterns(mention: str) -> tuple[re.Pattern[str], ...]:
    """(a whole run, one status and its number, a run with a change after each count, any run
    of statuses and numbers) of a scale's ``mention`` (ScaleWords.mention)."""
    bare = mention.replace("(?P<core>", "(?:").replace("(?P<paren>", "(?:")
    number = rf"(?:{WHOLE_NUMBER})(?![\d.,%])(?:\s*(?:{COUNTERS}))?"  # (a counter here and there: still a run)
    pair = rf"{bare}\s*{number}"
    apart = r"\s*[/・、,]\s*|\s+"
    run = re.compile(
        rf"(?P<pairs>{pair}(?:(?:{apart}){pair})+)"
        rf"\s*\(\s*(?:合計|総計|総数|計)\s*(?::\s*)?(?P<total>{WHOLE_NUMBER})(?![\d.,%])(?:\s*(?:{COUNTERS}))?\s*\)"
    )
    changed = rf"{pair}\s*{_UNNAMED.sub('(?:', BRACKET)}"
    changes = re.compile(rf"{changed}(?:(?:{apart}){changed})*")
    pairs = re.compile(rf"{pair}(?:(?:{apart}){pair})+")
    return run, re.compile(rf"{mention}\s*(?P<num>{WHOLE_NUMBER})"), changes, pairs


_UNNAMED = re.compile(r"\(\?P<\w+>")  # (a pattern's named groups, made plain to use it twice)
_UNREAD = (
    "状態と数が並んでいますが、件数の単位も合計（計N）も前年度からの増減もないため、何の数か読み"
    "取れず比べていません（件数なら「{phrase}件」のように単位を付けるか、末尾に「（計N）」と合計を"
    "書いてください）"
)
_BRACKET = re.compile(BRACKET)


def run_numbers(plain: str, words: ScaleWords, taken: set[int]) -> list[Found]:
    """The numbers of every status run in ``plain`` (read_numbers' text after NFKC) that no
    counter read (their starts not in ``taken``): each status's count, and the run's total; or
    each count and the change in brackets after it; and a number of any other run of statuses
    and numbers, said not compared."""
    run_pattern, pair_pattern, changes_pattern, pairs_pattern = _patterns(words.mention)
    found: list[Found] = []
    runs = [] if "(" not in plain else list(run_pattern.finditer(plain))
    for run in runs:
        numbers = [
            (pair.start("num"), pair.end("num"), words.symbol(pair), pair[0].strip())
            for pair in pair_pattern.finditer(plain, run.start("pairs"), run.end("pairs"))
        ]
        closing = plain[run.end("pairs") : run.end()].strip()
        numbers.append((run.start("total"), run.end("total"), TOTAL, closing))
        found += _counts(plain, numbers, taken)
    spans = [(run.start(), run.end()) for run in runs]
    for run in [] if "(" not in plain else changes_pattern.finditer(plain):
        if any(start <= run.start() < end for start, end in spans):
            continue
        brackets = list(_BRACKET.finditer(plain, run.start(), run.end()))
        if not all(b["sign"] or b["words"] or int(b["num"]) == 0 for b in brackets):
            continue  # (「達成A 14（50）」: no change)
        spans.append((run.start(), run.end()))
        for pair, bracket in zip(
            pair_pattern.finditer(plain, run.start(), run.end()), brackets, strict=False
        ):
            at = (pair.start("num"), pair.end("num"), words.symbol(pair), pair[0].strip())
            counts = _counts(plain, [at], taken)
            found += counts
            if counts and not counts[0][2].when and not counts[0][2].reason:
                change = change_of(counts[0][2], bracket)
                found.append((bracket.start(), bracket.end(), change, False))
    for run in pairs_pattern.finditer(plain):  # (no total, no change: said, never passed over)
        if any(start <= run.start() < end for start, end in spans):
            continue
        for pair in pair_pattern.finditer(plain, run.start(), run.end()):
            if pair.start("num") in taken or _no_count(plain, pair, words):
                continue
            said = when_of(plain[: pair.start("num")], plain[pair.end("num") :], negative=False,
                           percent=False)  # fmt: skip
            phrase = pair[0].strip()
            reason = said.reason or _UNREAD.format(phrase=phrase)
            number = StatedNumber(words.symbol(pair), int(pair["num"].replace(",", "")), phrase,
                                  reason=reason, settled=bool(said.reason))  # fmt: skip
            found.append(
                (pair.start("num"), pair.end("num"), replace(number, when=said.when), False)
            )
    return found


def _no_count(plain: str, pair: re.Match[str], words: ScaleWords) -> bool:
    """Whether a status and the number after it are no count to say: a table's cells (between
    tabs), a legend of a scale of digits (「1 目標を上回って達成　2 …」: its next status's), or
    a total's breakdown in brackets (「16件（◎ 4、○ 6）」: read with the total)."""
    at = pair.start("num")
    inside = plain.count("(", 0, at) > plain.count(")", 0, at)
    return inside or "\t" in pair[0] or pair["num"] in words.scale.symbols or pair[0][:1].isdigit()


def _counts(plain: str, numbers: list[tuple[int, int, str, str]], taken: set[int]) -> list[Found]:
    """Each of ``numbers`` (start, end, what, phrase) no counter read, as a count of this round
    or, as its words say, last year's or a change."""
    found: list[Found] = []
    for start, end, what, phrase in numbers:
        if start in taken:
            continue
        said = when_of(plain[:start], plain[end:], negative=False, percent=False)
        number = StatedNumber(
            what,
            int(plain[start:end].replace(",", "")),
            phrase,
            reason=said.reason,
            settled=bool(said.reason),
        )
        found.append((start, end, replace(number, when=said.when), False))
    return found
