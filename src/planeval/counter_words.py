"""The pattern a stated number is read with (for ``check``): a number and its counter — the
common ones (件, 事業, 個, 項目, 指標, 施策, つの, 計画事業), a percent sign, and the body's own
words for its projects and its rated rows ([wording] project, item). The body's words are tried
longest first, so that 「22の取組項目」 is read as 取組項目 where the item's word, 取組, is the
start of the project's (南山県: project 取組項目, item 取組)."""

from __future__ import annotations

import functools
import re

from planeval.scope_words import COUNTERS, LEVEL_WORDS

NUMBER = re.compile(
    # (a number written with thousands separators, 9,332件, is one number: 332 was read)
    # (1-1-2 事業者支援 is an ID and a name; a tab between number and counter a table's cell
    # boundary: 「5\t事業の見直し」 no count)
    r"(?<![\d.,])(?<!\d[‐‑‒–—―−－─-])(?P<neg>▲\s*)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[^\S\t]*"
    rf"(?P<unit>%|(?:つ|件)?の(?:情報化)?計画事業|つの|{COUNTERS})"
)


def own_project(project: str, item: str) -> str:
    """The project's word where it is a counter of its own: not one of COUNTERS (「4施策24事業」
    keeps its reading) and not the item's word; "" otherwise."""
    return "" if not project or project == item or project in COUNTERS.split("|") else project


def level_counter(word: str, item: str, level: str = "") -> str:
    """``word`` where a body counts its groups in it without つの — 川崎市's 「3政策、6施策の20
    事務事業」 (policy 政策, project 施策, item 事務事業) —: one of LEVEL_WORDS, and neither the
    rated rows' word ``item`` nor the top ``level``'s (a project's word that is the top level's
    too, 羽村市's 施策 over 事業, counts the groups: 「3施策について」); "" otherwise."""
    return word if word in LEVEL_WORDS and word not in (item, level) else ""


@functools.lru_cache(maxsize=16)
def numbers(item: str, project: str = "", level: str = "") -> re.Pattern[str]:
    """NUMBER, with the body's word for its rated rows as a counter too (「18の事務事業」), its
    word for projects where that is a word of its own (「22の取組項目」), and its top level's where
    that is a level's word (「3政策」: level_counter), longest first."""
    # (the level's word right after its number only: 「3政策」, never 「2の政策」)
    counters = {level_counter(level, item): "", item: "の?", own_project(project, item): "の?"}
    words = sorted(filter(None, counters), key=len, reverse=True)
    if not words:
        return NUMBER
    own = "".join(rf"{counters[word]}{re.escape(word)}|" for word in words)
    return re.compile(NUMBER.pattern.replace("(?P<unit>", f"(?P<unit>{own}", 1))


def rows_counter(item: str) -> str:
    """The counter a count sentence counts the rated rows in instead of planeval's 件: their
    own word where it is a counter a stated count is read in (「目標達成2指標」: 指標, 事業,
    施策, 項目), "" otherwise."""
    return item if item != "件" and item in COUNTERS.split("|") else ""
