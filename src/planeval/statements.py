"""Counts stated in a report's text, read back out and compared with the rows (``check``).

A paragraph states numbers in many shapes — 「計画どおり実施12件」 (Setagaya), 「Aが43事業」,
「「達成A」が9指標」, 「効果的なもの(A)が 22個」, 「5事業は、「計画どおり完了」」, 「全63事業」,
「30指標のうち」, 「110件（3項目再掲のため実質107件）」, 「A評価が14指標（58.3%）」, 「5つの計画事業」.
Every number with a counter (件, 事業, 個, 項目, 指標, 施策, つの…) or a percent sign is read, and
each is either compared with the rows or listed as not compared, with the reason: "all agree" is
said only when every number found was compared.

What a number counts comes from the loaded scale's own words (labels, symbols, aliases; the
longest first, so 達成 is never read inside 一部達成 or 未達成) written next to it, or from the
words around it (全N件, Nのうち, 実質N件, …を除くN件 are the total). What a paragraph is about
is the level it names (基本方針1, 施策27, 情報化政策1, 改革の柱3 …, or a group's name in 「」),
the directions it quotes (「1-1 …」), the whole plan (全, 合計, のうち …), or the heading above
it; with none of these, the whole plan.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from planeval.aggregate import Count, Group, summarize
from planeval.model import Entry, Location, TextCell
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.text import POLICY_HEADING

# What a stated number counts, besides a scale symbol:
PROJECTS = "projects"  # "N つの計画事業": the projects of the plan or the policy
TOTAL = "total"  # the counted entries (全63事業, 30指標のうち, 実質107件, …を除く48施策)
ROWS = "rows"  # every rated row, uncounted ones included (110件（3項目再掲のため実質107件）)
GROUPS = "groups"  # the groups of the top level (4つの基本方針, 4施策24事業)
WHOLE_PLAN = "計画全体"  # the scope of a statement about the whole plan

_COUNTERS = "件|事業|個|項目|指標|施策"
_NUMBER = re.compile(
    r"(?<![\d.])(?P<neg>▲\s*)?(?P<num>\d+(?:\.\d+)?)\s*"
    rf"(?P<unit>%|(?:つ|件)?の(?:情報化)?計画事業|つの|{_COUNTERS})"
)
_DIRECTION_QUOTE = re.compile(r"「\s*(\d+)\s*-\s*(\d+)")
# the levels a paragraph may name, longest first (情報化政策 before 政策, 改革の柱 before 柱)
LEVEL_WORDS = (
    "目指すまちの姿",
    "施策の方向",
    "情報化政策",
    "改革の柱",
    "基本目標",
    "基本方針",
    "基本施策",
    "重点目標",
    "政策",
    "施策",
    "分野",
    "柱",
)
_LEVEL_WORD = re.compile(r"\s*(" + "|".join(LEVEL_WORDS) + ")")
_ROMAN = "IVX"
_LEVEL_NUMBER = rf"(?P<num>\d+|[{_ROMAN}]+)(?![\d.{_ROMAN}]|\s*(?:{_COUNTERS}|つ|%))"
_GENERIC_HEADING = re.compile(rf"^\s*(?:\(\d+\)\s*)?(?P<num>\d+|[{_ROMAN}]+)\s+(?P<name>\S.*)$")
_WHOLE_MARKS = re.compile(r"全\s*\d|全体|計画全体|合計|総数|\d\s*(?:" + _COUNTERS + r")\s*のうち")
_SUB_COUNT = re.compile(r"うち\s*(?P<what>[^\s「『\d(、。,]+?)\s*(?:は|が|の|:)?\s*$")
_OF_TOTAL = re.compile(
    rf"\d\s*(?:{_COUNTERS})\s*の\s*$"
)  # "9項目のうち達成が3項目": not a sub-count
_TOTAL_BEFORE = re.compile(
    r"(?:全|実質|除く|除いた|合計|総数|計|総計)\s*(?:は|が|で|:)?\s*$"
    r"|(?:事業|項目|指標|施策|件|対象|計画|取組|プラン)\s*(?:は|が|で|:)?\s*$"
    r"|」\s*(?:は|が|:)\s*$"
)
_STRONG_TOTAL = re.compile(r"(?:実質|除く|除いた)\s*(?:は|が|で|:)?\s*$")
_TOTAL_AFTER = re.compile(r"^\s*(?:の)?\s*うち")
_PERCENT_OF_TOTAL = re.compile(r"(?:合計|総計|計|全体)\s*(?:は|が|で|:)?\s*$")
_WORD_BEFORE = re.compile(
    r"(?:うち)?(?P<word>[^\s、。,「」『』()0-9はの]+?)\s*[」』]?\s*(?:が|は)\s*$"
)
_CLAUSE_END = re.compile(r"[、。,]")
# "16件（◎ 4、○ 6、△ 6）": a number whose bracket opens a breakdown with numbers in it is
# the total of that breakdown, never "16 of ◎"
_BREAKDOWN_AFTER = re.compile(r"^\s*\([^()]*\d")


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# ---------------------------------------------------------------------------------------------
# reading the numbers


@dataclass(frozen=True, slots=True)
class StatedNumber:
    """One number a paragraph states: what it counts (a scale symbol, TOTAL, ROWS, PROJECTS,
    GROUPS, or "" when the words around it do not say), its value, and the words as written."""

    what: str
    value: int | float
    phrase: str  # the words around the number, as written after NFKC ("Aが43事業")
    percent: bool = False
    decimals: int = 0  # places after the point, for percentages ("68.2%" → 1)
    reason: str = ""  # why it is never compared, whatever the rows ("" when it can be)
    level: str = ""  # the level word of a GROUPS number (基本方針 in "4つの基本方針")


class _Words:
    """The loaded scale's words as found in prose: labels, symbols and aliases, longest first."""

    def __init__(self, scale: Scale) -> None:
        self.scale = scale
        names: dict[str, str] = {}
        for status in scale.statuses:
            forms = [status.symbol, status.label, *status.aliases]
            for form in forms:
                key = _plain(form).strip()
                if key:
                    names.setdefault(key, status.symbol)
            for form in (status.label, *status.aliases):  # 「達成A」: the label with the symbol
                key = _plain(form + status.symbol).strip()
                names.setdefault(key, status.symbol)
        self.names = names
        alternatives = []
        for name in sorted(names, key=lambda n: (-len(n), n)):
            alternative = re.escape(name)
            if re.match(r"[A-Za-z0-9]", name):  # "A", "1": never inside "DX" or "21"
                alternative = rf"(?<![A-Za-z0-9.]){alternative}"
            if re.search(r"[A-Za-z0-9]$", name):
                alternative = rf"{alternative}(?![A-Za-z0-9])"
            alternatives.append(alternative)
        core = "|".join(alternatives) or r"(?!x)x"
        self.mention = (
            rf"[「『\"(]?\s*(?P<core>{core})\s*(?:(?:なもの|のもの|もの)\s*)?"
            rf"(?:\(\s*(?P<paren>{core})\s*\)\s*)?[」』\")]?\s*(?:評価|判定)?"
        )
        self.before = re.compile(rf"{self.mention}\s*(?:が|は|の|:|=)?\s*$")
        self.after = re.compile(rf"^(?:\s*(?:が|は)\s*[、,]?\s*|\s*){self.mention}")

    def symbol(self, match: re.Match[str]) -> str:
        return self.names[match["paren"] or match["core"]]

    def describe(self) -> str:
        """The scale's words as messages quote them: "A（100%…）、B（…）"."""
        return "、".join(
            status.symbol if status.label == status.symbol else f"{status.symbol}（{status.label}）"
            for status in self.scale.statuses
        )


_WORDS: dict[int, tuple[Scale, _Words]] = {}


def _words(scale: Scale) -> _Words:
    found = _WORDS.get(id(scale))
    if found is None or found[0] is not scale:
        found = (scale, _Words(scale))
        _WORDS[id(scale)] = found
    return found[1]


def read_numbers(text: str, scale: Scale) -> list[StatedNumber]:
    """Every number ``text`` states with a counter or a percent sign, in reading order, each
    with what it counts as far as the words around it say."""
    plain = _plain(text)
    words = _words(scale)
    found: list[tuple[int, int, StatedNumber, bool]] = []  # (start, end, number, strong total)
    for match in _NUMBER.finditer(plain):
        before, after = plain[: match.start()], plain[match.end() :]
        number_text, unit = match["num"], match["unit"]
        percent = unit == "%"
        decimals = len(number_text.partition(".")[2])
        value: int | float = float(number_text) if decimals else int(number_text)
        if match["neg"]:
            value = -value
        phrase = _phrase(plain, match.start(), match.end())
        reason = "▲（減少）の数は件数ではないので比べません" if match["neg"] else ""
        if decimals and not percent:
            reason = reason or "小数の件数は比べません"
        what, level, strong = "", "", False
        if "計画事業" in unit:
            what = PROJECTS
        elif unit == "つの":
            level_match = _LEVEL_WORD.match(after) or re.match(
                r"\s*([^\s、。,のをにがはとで「」()\d]+)", after
            )
            what, level = GROUPS, level_match[1] if level_match else ""
        elif (mention := words.before.search(before)) is not None:
            what = words.symbol(mention)
        elif percent:
            previous = found[-1] if found else None
            if (
                previous is not None
                and previous[2].what
                and not previous[2].percent
                and re.fullmatch(r"\s*\(\s*", plain[previous[1] : match.start()])
            ):
                what = previous[2].what
            elif _PERCENT_OF_TOTAL.search(before):
                what = TOTAL
        elif _BREAKDOWN_AFTER.match(after) and words.after.match(after) is not None:
            what = TOTAL
        elif (mention := words.after.match(after)) is not None:
            what = words.symbol(mention)
        elif (sub := _SUB_COUNT.search(_clause(before))) is not None and not _OF_TOTAL.search(
            _clause(before)[: sub.start()]
        ):
            reason = reason or (
                f"「うち{sub['what']}」の件数は内訳で、planeval はこの内訳を数えていません"
            )
        elif re.match(rf"\s*\d+\s*(?:{_COUNTERS})", after):
            what, level = GROUPS, unit
        elif _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(after):
            what, strong = TOTAL, bool(_STRONG_TOTAL.search(before))
        if not what and not reason:
            reason = _unknown(before, words, percent)
        number = StatedNumber(what, value, phrase, percent, decimals, reason, level)
        found.append((match.start(), match.end(), number, strong))
    return _rows_before_totals(found, plain, scale)


def _clause(before: str) -> str:
    """The end of ``before`` from its last 、 。 or opening bracket."""
    cut = max(before.rfind(mark) for mark in "、。,(")
    return before[cut + 1 :]


def _phrase(plain: str, start: int, end: int) -> str:
    """The words a number stands in, up to the nearest 、 or 。 either side (at most 30 chars)."""
    left = max(plain.rfind(mark, 0, start) for mark in "、。,") + 1
    left = max(left, start - 30)
    ends = [i for i in (plain.find(mark, end) for mark in "、。,") if i >= 0]
    right = min([*ends, len(plain), end + 30])
    return plain[left:right].strip()


def _unknown(before: str, words: _Words, percent: bool) -> str:
    word = _WORD_BEFORE.search(_clause(before))
    scale = words.describe()
    if word:
        return f"「{word['word']}」はこの評価尺度（{scale}）の区分ではありません"
    what = "割合" if percent else "件数"
    return f"何の{what}か読み取れません（この評価尺度 {scale} の区分とも合計とも書かれていません）"


def _rows_before_totals(
    found: list[tuple[int, int, StatedNumber, bool]], plain: str, scale: Scale
) -> list[StatedNumber]:
    """A total followed by the uncounted ones in brackets (「110件（3項目再掲…」) or by a later
    total "after removing" some (…のため実質107件, …を除く34事業) counts every row: ROWS."""
    uncounted = set(scale.uncounted)
    numbers = []
    for index, (_start, end, number, _strong) in enumerate(found):
        if number.what == TOTAL and not number.percent and not found[index][3]:
            later = found[index + 1 :]
            bracketed = bool(later) and (
                later[0][2].what in uncounted
                and re.fullmatch(r"\s*\(\s*", plain[end : later[0][0]])
            )
            if bracketed or any(strong and n.what == TOTAL for _, _, n, strong in later):
                number = StatedNumber(ROWS, number.value, number.phrase)
        numbers.append(number)
    return numbers


def stated_counts(text: str, scale: Scale) -> dict[str, int]:
    """The counts a paragraph states that can be compared: "計画どおり実施12件" → {"○": 12},
    "5つの計画事業" → {PROJECTS: 5}, "全63事業" → {TOTAL: 63} (percentages and numbers that
    cannot be compared left out; see read_numbers for all)."""
    found: dict[str, int] = {}
    for number in read_numbers(text, scale):
        if number.what and not number.percent and not number.reason:
            found.setdefault(number.what, int(number.value))
    return found


def looked_for(scale: Scale) -> str:
    """The phrasings check looked for, in the loaded scale's words (for the message when
    no paragraph states a count)."""
    counted = [s for s in scale.statuses if s.counted] or list(scale.statuses)
    if not counted:
        return "「全N件」のような文"
    first = next((s for s in counted if s.symbol == scale.as_planned), counted[0])
    examples = [f"「{first.label}N件」"]
    if first.symbol != first.label:
        examples.append(f"「{first.symbol}がN件」")
    examples.append("「全N件」")
    return "・".join(examples) + "のような文"


# ---------------------------------------------------------------------------------------------
# what a paragraph is about


@dataclass(frozen=True, slots=True)
class StatedCounts:
    """A paragraph stating numbers: the group it is about (``policy_id``; None for the whole
    plan), ``scope`` as a person reads it (計画全体, 基本方針1, 情報化政策1), the comparable
    counts (symbol, PROJECTS, TOTAL, ROWS or GROUPS → number), every number read, and where."""

    policy_id: str | None
    counts: Mapping[str, int]
    location: Location
    text: str
    numbers: tuple[StatedNumber, ...] = ()
    scope: str = WHOLE_PLAN
    # why the paragraph's group cannot be found ("" when it is the whole plan or a group read)
    unplaced: str = ""


@dataclass(frozen=True, slots=True)
class _Scope:
    policy_id: str | None
    label: str
    unplaced: str = ""


class _Groups:
    """The groups a paragraph may name: by id, by the level word and number, by name."""

    def __init__(self, groups: Sequence[Group], level: str) -> None:
        self.ids = {g.id: g.id for g in groups}
        for g in groups:
            self.ids.setdefault(_plain(g.id).replace(" ", ""), g.id)
        self.names = {_plain(g.name).strip(): g.id for g in groups if g.name}
        self.level = level

    def find(self, word: str, number: str) -> str | None:
        candidates = [f"{word}{number}", number]
        if number.isdigit():
            candidates += [str(int(number)), f"{word}{int(number)}", _to_roman(int(number))]
        elif set(number) <= set(_ROMAN):
            arabic = _from_roman(number)
            candidates += [str(arabic), f"{word}{arabic}"]
        for candidate in candidates:
            if candidate in self.ids:
                return self.ids[candidate]
        return None

    def label(self, policy_id: str) -> str:
        if self.level and not policy_id.startswith(self.level):
            return f"{self.level}{policy_id}"
        return policy_id


def _to_roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _from_roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for here, there in zip(text, [*text[1:], ""], strict=True):
        value = values[here]
        total += -value if there and values[there] > value else value
    return total


_LEVEL = re.compile("(?P<word>" + "|".join(map(re.escape, LEVEL_WORDS)) + r")\s*" + _LEVEL_NUMBER)


def _levels_named(plain: str, extra: str) -> list[tuple[str, str]]:
    pattern = _LEVEL
    if extra and extra not in LEVEL_WORDS:
        words = sorted({*LEVEL_WORDS, extra}, key=len, reverse=True)
        pattern = re.compile(
            "(?P<word>" + "|".join(map(re.escape, words)) + r")\s*" + _LEVEL_NUMBER
        )
    return [(m["word"], m["num"]) for m in pattern.finditer(plain)]


def _heading(plain: str, groups: _Groups) -> tuple[str, str | None, str] | None:
    """(label, group id or None, name) of a short heading line: 情報化政策1 …, 基本方針1「…」,
    施策27「…」, 2 民間委託等の推進."""
    text = plain.strip()
    if not text or len(text) >= 80:
        return None
    policy = POLICY_HEADING.search(text)
    if policy:
        number = str(int(policy[1]))
        return f"情報化政策{number}", groups.find("情報化政策", number) or number, policy[2]
    level = re.match(r"^\s*(?:\(\d+\)\s*)?(?:【)?" + _LEVEL.pattern, text)
    if level:
        name = text[level.end() :].strip(" 「」『』")
        found = groups.find(level["word"], level["num"])
        return f"{level['word']}{level['num']}", found, name
    generic = _GENERIC_HEADING.match(text)
    if generic:
        found = groups.find("", generic["num"])
        label = groups.label(found) if found else generic["num"]
        return label, found, generic["name"].strip(" 「」『』")
    return None


def _scope_of(
    plain: str, groups: _Groups, names: Mapping[str, tuple[str, str | None]]
) -> _Scope | None:
    """What the paragraph itself says it is about; None when it does not say."""
    named = list(dict.fromkeys(_levels_named(plain, groups.level)))
    if named:
        places = {groups.find(word, number) for word, number in named}
        labels = "・".join(f"{word}{number}" for word, number in named)
        if len(named) > 1:
            return _Scope(
                None, labels, f"{labels} の複数を挙げる文なので、どの集計と比べるか決められません"
            )
        found = places.pop()
        if found is None:
            return _Scope(None, labels, f"{labels} の行がありません")
        return _Scope(found, labels)
    policies = {m[1] for m in _DIRECTION_QUOTE.finditer(plain)}
    if len(policies) == 1:
        number = str(int(policies.pop()))
        found = groups.find("", number)
        label = groups.label(number)
        return _Scope(found, label) if found else _Scope(None, label, f"{label} の行がありません")
    for quoted in re.findall(r"「([^「」]+)」", plain):
        place = names.get(quoted.strip())
        if place is not None:
            label, found = place
            return (
                _Scope(found, label) if found else _Scope(None, label, f"{label} の行がありません")
            )
    if _WHOLE_MARKS.search(plain):
        return _Scope(None, WHOLE_PLAN)
    return None


def find_statements(
    texts: Sequence[TextCell],
    scale: Scale,
    groups: Sequence[Group] = (),
    *,
    level: str = "",
) -> list[StatedCounts]:
    """The paragraphs among ``texts`` (in reading order) that state numbers, each matched to
    the group it is about (see the module's docstring). ``groups`` are the groups of the top
    level (their ids and names are what a paragraph may name); ``level`` is the word naming
    that level (基本方針, 情報化政策) where the ids do not carry it."""
    known = _Groups(groups, level)
    names: dict[str, tuple[str, str | None]] = {
        name: (known.label(gid), gid) for name, gid in known.names.items()
    }
    for text in texts:  # headings name their group anywhere in the text (before or after)
        heading = _heading(_plain(text.text), known)
        if heading and heading[2] and not read_numbers(text.text, scale):
            names.setdefault(heading[2], (heading[0], heading[1]))
    statements = []
    above: dict[str, _Scope] = {}  # per file and sheet: the last heading seen
    for text in texts:
        place = f"{text.location.file}\0{text.location.sheet}"
        plain = _plain(text.text)
        numbers = read_numbers(text.text, scale)
        if not numbers:
            heading = _heading(plain, known)
            if heading:
                label, found, _name = heading
                above[place] = (
                    _Scope(found, label)
                    if found
                    else _Scope(None, label, f"{label} の行がありません")
                )
            continue
        scope = _scope_of(plain, known, names) or above.get(place) or _Scope(None, WHOLE_PLAN)
        counts: dict[str, int] = {}
        for number in numbers:
            if number.what and not number.percent and not number.reason:
                counts.setdefault(number.what, int(number.value))
        statements.append(
            StatedCounts(
                scope.policy_id,
                counts,
                text.location,
                text.text,
                tuple(numbers),
                scope.label,
                scope.unplaced,
            )
        )
    return statements


def policy_of(text: str) -> str | None:
    """The policy a paragraph is about, from the directions it quotes (「1-1 …」) or a heading."""
    plain = _plain(text)
    policies = {match[1] for match in _DIRECTION_QUOTE.finditer(plain)}
    if len(policies) == 1:
        return str(int(policies.pop()))
    heading = POLICY_HEADING.search(plain)
    return str(int(heading[1])) if heading else None


# ---------------------------------------------------------------------------------------------
# comparing


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A stated number that differs from the rows (``stated`` None: a status the paragraph
    leaves out although it lists every other one)."""

    policy_id: str | None  # None: the whole plan
    what: str  # a scale symbol, PROJECTS, TOTAL, ROWS or GROUPS
    stated: int | float | None
    counted: int | float
    location: Location
    scope: str = ""  # 計画全体, 基本方針1, 情報化政策1 …
    percent: bool = False  # a percentage (counted is the share at the stated places)
    phrase: str = ""


@dataclass(frozen=True, slots=True)
class NotCompared:
    """A stated number check did not compare, where it is and why."""

    policy_id: str | None
    scope: str
    phrase: str
    stated: int | float
    reason: str
    location: Location


def _compare(
    statement: StatedCounts,
    count: Count,
    projects: int,
    groups: int | None,
    group_level: str,
) -> tuple[list[Disagreement], list[NotCompared], int]:
    scale_uncounted = set(count.uncounted)
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0

    def skip(number: StatedNumber, reason: str) -> None:
        skipped.append(
            NotCompared(
                statement.policy_id,
                statement.scope,
                number.phrase,
                number.value,
                reason,
                statement.location,
            )
        )

    for number in statement.numbers:
        if number.reason:
            skip(number, number.reason)
            continue
        counted: int | float
        if number.percent:
            if number.what == TOTAL:
                counted = 100.0 if count.total else 0.0
            elif number.what in count.counts:
                counted = count.percent(number.decimals)[number.what]
            else:
                skip(number, "この割合は集計の対象外の区分なので比べません")
                continue
            agrees = round(float(number.value), number.decimals) == counted
        else:
            if number.what in count.counts:
                counted = count.counts[number.what]
            elif number.what in scale_uncounted:
                counted = count.uncounted[number.what]
            elif number.what == TOTAL:
                counted = count.total
            elif number.what == ROWS:
                counted = count.total + sum(count.uncounted.values())
            elif number.what == PROJECTS:
                counted = projects
            elif number.what == GROUPS:
                if groups is None:
                    skip(number, f"{statement.scope} の中の数（{number.level}）は数えていません")
                    continue
                if number.level and group_level and number.level != group_level:
                    skip(number, f"{number.level}の数は数えていません（集計は{group_level}ごと）")
                    continue
                if not group_level:
                    skip(number, f"{number.level}の数：集計の単位が{number.level}か分かりません")
                    continue
                counted = groups
            else:
                skip(number, "何の件数か読み取れません")
                continue
            agrees = number.value == counted
        compared += 1
        if not agrees:
            wrong.append(
                Disagreement(
                    statement.policy_id,
                    number.what,
                    number.value,
                    counted,
                    statement.location,
                    statement.scope,
                    number.percent,
                    number.phrase,
                )
            )
    return wrong, skipped, compared


def _left_out(statement: StatedCounts, count: Count, scale: Scale) -> list[Disagreement]:
    """A paragraph naming every status the scale always names (◎ ○ △) and leaving out one
    it names only when used (×) that the rows hold: the paragraph says nothing of it."""
    always = [s.symbol for s in scale.statuses if s.counted and s.in_narrative == "always"]
    sometimes = [s.symbol for s in scale.statuses if s.counted and s.in_narrative != "always"]
    if not sometimes or not all(symbol in statement.counts for symbol in always):
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


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What ``check`` found: every paragraph stating numbers, every disagreement, and every
    number not compared (with why). ``compared`` is how many stated numbers were compared."""

    statements: tuple[StatedCounts, ...]
    disagreements: tuple[Disagreement, ...]
    not_compared: tuple[NotCompared, ...] = ()
    compared: int = 0
    scale: Scale = field(default=DEFAULT_SCALE, repr=False, compare=False)

    @property
    def agrees(self) -> bool:
        """Whether numbers were stated, every one found was compared, and none disagrees."""
        return (
            bool(self.statements)
            and self.compared > 0
            and not self.not_compared
            and not self.disagreements
        )

    def verdict(self) -> str:
        """The one-line verdict, in the loaded scale's words."""
        if not self.statements:
            return (
                f"件数を記載した文章が見つかりませんでした（{looked_for(self.scale)}を探しました）"
            )
        said = f"{len(self.statements)} 段落"
        parts = []
        if self.disagreements:
            parts.append(f"記載と集計の食い違いが {len(self.disagreements)} 件あります")
        if self.not_compared:
            parts.append(f"比べられなかった数が {len(self.not_compared)} 件あります")
        if parts:
            return f"{said}のうち、" + "、".join(parts)
        if not self.compared:
            return f"{said}に数はありましたが、集計と比べられるものはありませんでした"
        return f"{said}の記載件数はすべて集計と一致しています"


def _group_level(groups: Sequence[Group], level: str) -> str:
    if level:
        return level
    prefixes = {re.sub(r"[\dIVXⅠ-Ⅻ]+$", "", _plain(g.id)) for g in groups}
    if len(prefixes) == 1:
        prefix = prefixes.pop()
        return prefix if prefix and not re.search(r"[\d-]", prefix) else ""
    return ""


def disagreements(
    statements: Sequence[StatedCounts],
    policies: Mapping[str, Group],
    total: Count | None = None,
    *,
    projects: int = 0,
    scale: Scale = DEFAULT_SCALE,
    level: str = "",
) -> list[Disagreement]:
    """Every stated number that differs from the rows (see compare for the numbers not
    compared too)."""
    return list(
        compare(statements, policies, total, projects=projects, scale=scale, level=level)[0]
    )


def compare(
    statements: Sequence[StatedCounts],
    policies: Mapping[str, Group],
    total: Count | None = None,
    *,
    projects: int = 0,
    scale: Scale = DEFAULT_SCALE,
    level: str = "",
) -> tuple[tuple[Disagreement, ...], tuple[NotCompared, ...], int]:
    """(disagreements, numbers not compared, how many compared) of ``statements`` against the
    groups (``policies`` by id) and the whole plan's ``total`` (with its ``projects``)."""
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    group_level = _group_level(list(policies.values()), level)
    for statement in statements:
        if statement.unplaced:
            skipped += [
                NotCompared(
                    statement.policy_id,
                    statement.scope,
                    number.phrase,
                    number.value,
                    number.reason or statement.unplaced,
                    statement.location,
                )
                for number in statement.numbers
            ]
            continue
        if statement.policy_id is None:
            if total is None:
                total = _sum_counts(list(policies.values()), scale)
            count, held, groups = total, projects, len(policies)
        else:
            group = policies[statement.policy_id]
            count, held, groups = group.count, group.projects, None
        found = _compare(statement, count, held, groups, group_level)
        wrong += found[0] + _left_out(statement, count, scale)
        skipped += found[1]
        compared += found[2]
    return tuple(wrong), tuple(skipped), compared


def _sum_counts(groups: Sequence[Group], scale: Scale) -> Count:
    return Count(
        {s: sum(g.count.counts.get(s, 0) for g in groups) for s in scale.counted},
        {s: sum(g.count.uncounted.get(s, 0) for g in groups) for s in scale.uncounted},
    )


def check(
    texts: Sequence[TextCell],
    entries: Sequence[Entry],
    *,
    scale: Scale = DEFAULT_SCALE,
    level: str | None = None,
) -> CheckResult:
    """The numbers stated in ``texts`` compared with the counts of ``entries`` (grouped by
    policy, the top level). ``level`` is the word the body names that level with (基本方針,
    施策); by default 情報化政策 for the default scale and the ids' own word otherwise."""
    summary = summarize(entries, scale=scale)
    if level is None:
        level = "情報化政策" if scale.statuses == DEFAULT_SCALE.statuses else ""
    statements = find_statements(texts, scale, summary.groups, level=level)
    policies = {group.id: group for group in summary.groups}
    projects = len({entry.project_id for entry in entries})
    wrong, skipped, compared = compare(
        statements, policies, summary.total, projects=projects, scale=scale, level=level
    )
    return CheckResult(tuple(statements), wrong, skipped, compared, scale)
