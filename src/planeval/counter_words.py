"""The pattern a stated number is read with (for ``check``): a number and its counter — the
common ones (件, 事業, 個, 項目, 指標, 施策, つの, 計画事業), a percent sign, points (ポイント,
pt: a share's change), and the body's own words for its projects and its rated rows ([wording]
project, item). The body's words are tried longest first, so that 「22の取組項目」 is read as 取組項目 where the item's word, 取組, is the
start of the project's (南山県: project 取組項目, item 取組)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from planeval.lazy_pattern import LazyPattern
from planeval.number_context import WITHOUT
from planeval.scale import Scale
from planeval.scope_words import COUNTERS, LEVEL_WORDS
from planeval.stated_number import ENDED, NOT_COUNTED, StatedNumber

if TYPE_CHECKING:
    from planeval.scale_words import ScaleWords

# a count with no counter, its share in brackets right after it (名古屋市: 「Aが43（68.2%）」)
_SHARE_NEXT = (
    r"(?=\(\s*\d+(?:\.\d+)?\s*%\s*\))|(?<=うち重点\d)(?=\s*\))|(?<=うち重点\d\d)(?=\s*\))"
    # (「「達成A」が2、「前進B」が3でした」: no counter, a list's number — read only after が or
    # は, number_context.no_count; a wrong one passed unsaid, review 65)
    r"|(?=\s*(?:[、,。]|でした|です))"
)
NUMBER = LazyPattern(
    # (a number written with thousands separators, 9,332件, is one number: 332 was read, and
    # the 1 of 「1,680団体」 a count with no counter — review 156 #1)
    # (1-1-2 事業者支援 is an ID and a name; a tab between number and counter a table's cell
    # boundary: 「5\t事業の見直し」 no count)
    r"(?<![\d.,])(?<!\d[‐‑‒–—―−－─-])(?P<neg>▲\s*)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!,\d{3}(?!\d))[^\S\t]*"
    rf"(?P<unit>%|ポイント|pt|(?:つ|件)?の(?:情報化)?計画事業|つの|{COUNTERS}|{_SHARE_NEXT})"
)


def value_of(number: str, *, negative: bool) -> tuple[int | float, int]:
    """The value ``number`` (a number of ``numbers``' pattern as typed, without its commas)
    states, negative where its sign says so (「▲7」), and its places after the point."""
    decimals = len(number.partition(".")[2])
    value: int | float = float(number) if decimals else int(number)
    return (-value if negative else value), decimals


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
    own = "".join(rf"{counters[word]}{re.escape(word)}|" for word in words)
    # (「45のKPI（指標）」: the body's own word, the item's in brackets — review 197 #2)
    own = rf"の?{_TERM}\({re.escape(item)}\)|{own}" if item else own
    return re.compile(NUMBER.pattern.replace("(?P<unit>", f"(?P<unit>{own}{_ROWS}|", 1))


_TERM = r"[A-Za-z\u30a1-\u30fa\u30fc\u4e00-\u9fff]{1,8}"  # (KPI, 成果指標: a word before a bracket)
# 取組 however it is spelt, a count of the rated rows whatever the body's word for them (「63の
# 取組みのうち」 of 名古屋市's 事業: review 69, unread — a wrong 64 passed); not 取組項目 (projects)
_ROWS = r"の?(?:取り組み|取組み|取組)(?!項目)"


def rows_counter(item: str) -> str:
    """The counter a count sentence counts the rated rows in instead of planeval's 件: their
    own word where it is a counter a stated count is read in (「目標達成2指標」: 指標, 事業,
    施策, 項目), "" otherwise."""
    return item if item != "件" and item in COUNTERS.split("|") else ""


_OF = LazyPattern(r"\s*の\s*")
# rows said of replies not sent (「提出がなかった病院総務課所管の1件を除く106件」)
_NOT_SENT = LazyPattern(r"提出|回答|調査票")


def excluded(phrase: str, scale: Scale) -> str | None:
    """What rows 「Nを除くM」's N, said in ``phrase``, are: "" those of replies not sent
    (「提出がなかった…の1件」: review 70), else the scale's one result not counted (「当該年度の
    取組がなかった2事業」: その －, review 73), "" where it counts every result (「教育総務課所管の
    2指標を除く23指標」: rows not counted, review 117), else None (not known); ENDED where it
    names the plan's 区分 that ends items, no status of the scale (「完了・廃止の2取組」)."""
    if _NOT_SENT.search(phrase):
        return ""
    from planeval.unknown_status import plan_words

    if plan_words(scale, phrase):  # (「完了・廃止の2取組」: the plan's 区分 — review 138 #2)
        return ENDED
    results = scale.uncounted_results
    return results[0] if len(results) == 1 else "" if not results else None


# the plan's 区分 word ending items right before a count (「廃止1項目」「廃止が1項目」) or right
# after its counter (「1項目廃止」「1項目を廃止」, not 「廃止予定」): a count of the items it ends
_ENDED_BEFORE = LazyPattern(r"(?<!未)(?P<word>終了|完了|廃止|休止|中止)\s*(?:が|は|:)?\s*$")
_ENDED_AFTER = LazyPattern(r"\s*(?:が|を|は)?\s*(?P<word>終了|完了|廃止|休止|中止)(?!予定|見込)")


def ended_said(before: str, after: str, scale: Scale) -> bool:
    """Whether a count (the words ``before`` it and ``after`` its counter) is said of the items
    the plan's 区分 ends, in the plan's word (「全52項目（再掲3項目、廃止1項目のため実質48項目）」,
    「1項目廃止」): compared with the plan's (stated_ended.py), as 「完了・廃止の2取組を除く」 is
    — 「何の件数か読み取れません」 failed a correct report (review 144 #3). A word that is a status
    of the scale or of a preset (progress's 完了: 「完了が13項目」 in a 達成度 report) is the
    status's (unknown_status.plan_word)."""
    from planeval.unknown_status import plan_word

    said = _ENDED_BEFORE.search(before) or _ENDED_AFTER.match(after)
    return said is not None and plan_word(scale, said["word"]) is not None


def counted_words(
    unit: str, after: str, project: str, item: str, counter: str = ""
) -> tuple[str, str, bool]:
    """(the words after the count, its unit, whether it counts the projects) of a number read
    with ``unit`` and followed by ``after`` (``project``, ``item``, ``counter``: the body's
    words, normalised). A count of the project's word counts the projects — 「3つの事業」 and,
    as [wording] counter writes a count, 「3件の事業」 (個, 項目, the body's own ``counter``
    alike: 「3取組の事業」), 「3事業」 where the counter is that word —; one of the item's word
    the rated rows, as 「3取組」 is (「3つの取組項目に取り組みました」: the project's word first
    where the item's starts it: project 取組項目, item 取組)."""
    if item and unit.endswith(f"({item})"):  # (「45のKPI（指標）」: as 「45の指標」)
        unit = "の" * unit.startswith("の") + item
    of = _counted_of(unit, after, counter)
    projects = of is not None and bool(project) and of.startswith(project)
    if (
        of is not None
        and item
        and of.startswith(item)
        and (not projects or len(item) > len(project))
    ):
        after, unit, projects = of[len(item) :], item, False
    projects = projects or (bool(unit) and unit.removeprefix("の") == own_project(project, item))
    return after, unit, projects or (bool(project) and unit == counter == project)


def _counted_of(unit: str, after: str, counter: str) -> str | None:
    """The words after a counter and の (「3つの事業」「3件の事業」 → 「事業…」); None after any
    other unit (「6施策の20事務事業」: 施策 counts groups) or with no の."""
    if unit == "つの":
        return after.lstrip()
    found = _OF.match(after) if unit in ("件", "個", "項目", counter or "件") else None
    return after[found.end() :] if found else None


def rows_word(before: str, item: str) -> bool:
    """Whether ``before`` ends with the body's word for its rated rows (「取組内容は36件」: review
    47, where 「取組項目は36件」 was read and the body's own word was not; ``item`` normalised)."""
    return bool(item) and before.rstrip().removesuffix(":").rstrip("はがで ").endswith(item)


# 「飯山市の2取組と白馬村の1取組は」: a count said with the one before it (rows not counted)
AND_BEFORE = LazyPattern(r"[^。\d]{0,4}(?:と|及び|および|並びに)[^。\d]{0,12}")
_EACH = LazyPattern(r"([^\s、。,「」\d]+(?:(?:及び|および|と|・)[^\s、。,「」\d]+)+)の?各\s*$")
_JOINED = LazyPattern(r"及び|および|と|・")


def rows_left_out(before: str, said: str, scale: Scale, value: float) -> tuple[str, float]:
    """What a count of rows left out is of, ``said`` the words after it (NOT_COUNTED_AFTER's), and
    how many: NOT_COUNTED, each of the things a 「各」 names (「関市及び下呂市の各1件は」: 2); where
    those words end with a status's label, that status's (「1施策は計画策定中のため評価対象外と
    しました」: 評価対象外's, rows of the forms, not rows missing from them — review 192 #5)."""
    status = next((s.symbol for s in scale.statuses if said.endswith(s.label.strip())), "")
    each = _EACH.search(before)
    return status or NOT_COUNTED, value * (len(_JOINED.split(each[1])) if each else 1)


def status_taken_out(
    previous: StatedNumber | None, gap: str, before: str, words: ScaleWords, *, percent: bool
) -> str:
    """The counted status a total's words take out of it: the count right before it (「評価でき
    ない（D）4指標を除く35指標」) or the status named with no count (「D評価を除く35指標」, a
    total less D, not the total: review 197 #3); "" where none is."""
    if previous is not None and previous.what in words.scale.symbols and WITHOUT.fullmatch(gap):
        return previous.what
    gone = None if percent else words.without.search(before)
    return "" if gone is None else words.symbol(gone)
