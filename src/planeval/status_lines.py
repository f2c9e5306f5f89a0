"""A run of statuses with their counts and no counters, closed by its total in brackets (for
``check``): 「達成A 12／前進B 8／横ばいC 5／後退D 3（計28）」, a report's summary line, each
status and its number separated by ／, /, ・, 、 or spaces. The counters that tell a count in
prose (件, 指標) are left out, so read_numbers' pattern reads none of its numbers; the run's
shape says what each counts — the status before it, and the run's total (計28) — so each is a
statement of counts, compared (review 142 #1: two wrong figures passed unsaid)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from planeval.scale_words import ScaleWords
from planeval.scope_words import COUNTERS, WHOLE_NUMBER
from planeval.stated_changes import when_of
from planeval.stated_number import TOTAL, StatedNumber

Found = tuple[int, int, StatedNumber, bool]  # (start, end, number, a strong total)


@functools.lru_cache(maxsize=16)
def _patterns(mention: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a whole run, one status and its number) of a scale's ``mention`` (ScaleWords.mention)."""
    bare = mention.replace("(?P<core>", "(?:").replace("(?P<paren>", "(?:")
    number = rf"(?:{WHOLE_NUMBER})(?![\d.,%])(?:\s*(?:{COUNTERS}))?"  # (a counter here and there: still a run)
    pair = rf"{bare}\s*{number}"
    apart = r"\s*[/・、,]\s*|\s+"
    run = re.compile(
        rf"(?P<pairs>{pair}(?:(?:{apart}){pair})+)"
        rf"\s*\(\s*(?:合計|総計|総数|計)\s*(?::\s*)?(?P<total>{WHOLE_NUMBER})(?![\d.,%])(?:\s*(?:{COUNTERS}))?\s*\)"
    )
    return run, re.compile(rf"{mention}\s*(?P<num>{WHOLE_NUMBER})")


def run_numbers(plain: str, words: ScaleWords, taken: set[int]) -> list[Found]:
    """The numbers of every status run in ``plain`` (read_numbers' text after NFKC) that no
    counter read (their starts not in ``taken``): each status's count, and the run's total."""
    if "(" not in plain:
        return []  # (most paragraphs: no run's total, and no search)
    run_pattern, pair_pattern = _patterns(words.mention)
    found: list[Found] = []
    for run in run_pattern.finditer(plain):
        numbers = [
            (pair.start("num"), pair.end("num"), words.symbol(pair), pair[0].strip())
            for pair in pair_pattern.finditer(plain, run.start("pairs"), run.end("pairs"))
        ]
        closing = plain[run.end("pairs") : run.end()].strip()
        numbers.append((run.start("total"), run.end("total"), TOTAL, closing))
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
