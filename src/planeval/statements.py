"""Counts stated in a report's text: which paragraphs state numbers, and what each is about —
the level it names (基本方針1, 施策27, 情報化政策1, 改革の柱3 …, or a group's name in 「」), the
directions it quotes (「1-1 …」), the whole plan (計画全体, 全体, 本プラン, 合計, a count of the
groups), or else the heading above it, whatever the paragraph starts with (「9項目のうち」 is
that group's own total). A heading naming a group (基本方針2 …, （2）基本方針2 …, 2 民間委託等の
推進 when that is group 2's name, or, a workbook's band row, group 2 has none) scopes the
paragraphs below it until the
next heading, and a heading naming a direction (1.1 防災・減災: direction_headings.py) to that
direction's rows (one naming a project by its number, 1-1-1 名前, to that project's) — planeval's caption of its table too (captions.py); any other heading (1 全体の
進捗状況, まとめ) is the whole plan's, and a row of a table or a note (※…) none. Comparing them
with the rows is agreement.py's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planeval.aggregate import Group
from planeval.captions import caption_shaped, read_caption
from planeval.direction_headings import Directions
from planeval.group_clauses import by_group
from planeval.level_ranges import level_range
from planeval.model import Location, TextCell
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.scope_words import (
    DIRECTION_QUOTE,
    GENERIC_HEADING,
    REMARK,
    TABLE_ROW,
    WHOLE_MARKS,
    shown_level,
    unmarked,
)
from planeval.sheet_scopes import GRAND_TOTAL, NO_SHEETS, SheetTotals, sheet_total
from planeval.stated_number import GROUPS, WHOLE_PLAN, StatedNumber
from planeval.stated_numbers import read_numbers
from planeval.statement_groups import LEAD_NUMBER, Groups
from planeval.statement_scope import (
    BELOW_NUMBER,
    QUOTED,
    Scope,
    direction_scope,
    named_groups,
    placed,
)
from planeval.text import POLICY_HEADING
from planeval.unlevelled import is_unlevelled_heading


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
    total_row: bool = False  # a table's own total row (合計 | … | 13事業), not a paragraph
    below: str = ""  # the ID of a group below the top level it names (施策2-1: its rows')
    pasted: bool = False  # a row of planeval's own table of counts in a report (table_counts)
    across: bool = False  # of such a table read by its columns (cross_tables.py: 「表の 4 列」)
    caption: bool = False  # planeval's own caption of a direction's table (caption_counts)
    among: tuple[str, ...] = ()  # some groups, a range's (施策27～28): their rows added up
    lower: bool = False  # (``among`` are groups below the top level: 施策27～30, 4-27 …)
    listed: bool = False  # planeval's own lead of its issue list (issue_leads.py)
    heading: Location | None = None  # the heading its scope is of, where it names none itself


# a paragraph led by a number of a level below the policies and that level's name (Ⅲ-2「…」では)
_LEAD = re.compile(rf"^\s*(?P<id>{BELOW_NUMBER})(?=\s*「)")
# a line of a report text that is a heading of its own: short, no sentence, and not numbered
# or bracketed as a part of what is above it ((1) …, ①, 1-1 …, 【概要】), nor a note (※再掲（件数
# に含めません）, a legend): まとめ, 事務事業の達成度
_SECTION = re.compile(r"[^\d(【<\[・、。,※\s][^、。,]{0,29}")


def _heading(
    plain: str, groups: Groups, *, report: bool, within: str | None = None
) -> tuple[Scope, str] | None:
    """(scope, name) of a heading line: a direction's (1.1 防災・減災, 取り組みの方向性1-1, (1) …
    of the group ``within``: direction_headings.py), a group's (情報化政策1 …, 基本方針1「…」,
    （2）基本方針2 …, 施策27「…」, 2 民間委託等の推進 when that is group 2's name, or in a
    workbook group 2 has none) or the whole plan's (a numbered heading naming no group, 1 全体の進捗状況; a line
    naming the whole plan; in a ``report`` text, any short line that is no sentence: まとめ).
    None for any other line (a row of a report's table among them)."""
    text = unmarked(plain)
    if not text or len(text) >= 80 or (report and TABLE_ROW.search(plain)):
        return None
    if is_unlevelled_heading(text):  # (区分なし（森野町）: a body's all, or theirs)
        return Scope(None, WHOLE_PLAN) if "" not in groups.ids else Scope("", text), ""
    bare = LEAD_NUMBER.sub("", text, count=1)  # (「（1）施策27「…」」: the report's own number)
    if direction := groups.directions.numbered(text, within) or groups.directions.numbered(bare):
        return direction_scope(direction), ""
    if (below := groups.below.match(text)) is not None:  # (施策1-1 … over its table: review 53)
        return groups.named_below(below), ""
    policy = POLICY_HEADING.search(text)
    if policy:
        number = str(int(policy[1]))
        return placed(f"情報化政策{number}", groups.find("情報化政策", number)), policy[2]
    level = groups.heading.match(text)
    if level:
        name = text[level.end() :].strip(" 「」『』")
        return groups.scope(level["word"], level["num"]), name
    found, name = groups.led(text)  # (2 民間委託等の推進, （1）効率的な行政運営, Ⅰ　市民…)
    if found is not None:
        return Scope(found, groups.label(found)), name
    # (a direction by its name: 防災・減災, （1）防災・減災 in the report's own numbering)
    if direction := groups.directions.named(text, within) or groups.directions.named(name, within):
        return direction_scope(direction), ""
    generic = GENERIC_HEADING.match(text)
    if generic:
        # (a workbook's band row over its table, 2 …: group 2, if the rows give it no name to
        # tell by; a report's numbered heading naming no group is its own section, 1 調査の
        # 概要 — never 基本方針1, whose name, read with --bodies, differs by body: review 97)
        if not report and not WHOLE_MARKS.search(name):
            found = groups.find("", generic["num"])
        if found is not None and found not in groups.named_ids:
            return Scope(found, groups.label(found)), name
        return Scope(None, WHOLE_PLAN), ""  # (a section of the report, 1 全体の進捗状況)
    if REMARK.search(text):  # (a note, its 。 left off: 「再掲は件数に含めません」, review 126)
        return None
    if WHOLE_MARKS.search(text) or (report and _SECTION.fullmatch(text)):
        return Scope(None, WHOLE_PLAN), ""
    return None


def _stated(text: TextCell, numbers: list[StatedNumber]) -> list[StatedNumber]:
    """The numbers a line states: in a row of a report's table, only those whose words say
    what they count (an issue cell's 「対象手続を120件に拡大した」 is no count of the plan's)."""
    if text.location.sheet is None and TABLE_ROW.search(text.text):
        return [number for number in numbers if number.what]
    return numbers


def _above_the_groups(
    lines: Sequence[tuple[TextCell, str, Sequence[StatedNumber]]], groups: Groups
) -> frozenset[tuple[str, str]]:
    """The level above every group, where the workbooks head their tables with one (羽村市's
    「基本目標Ⅳ　安全で快適な魅力あるまち」 over 施策27–29): a paragraph about it (「基本目標Ⅳを
    構成する3施策について」) is about the whole plan. A level word headed with two numbers, or
    naming a group, is no such level."""
    found: dict[str, set[str]] = {}
    for text, plain, numbers in lines:
        if text.location.sheet is None or numbers:
            continue  # (a report's lines, or a paragraph: not a workbook's heading)
        heading = groups.heading.match(unmarked(plain))
        if heading is not None and groups.find(heading["word"], heading["num"]) is None:
            found.setdefault(heading["word"], set()).add(heading["num"])
    return frozenset(
        (word, next(iter(numbers))) for word, numbers in found.items() if len(numbers) == 1
    )


def _scope_of(
    plain: str,
    numbers: Sequence[StatedNumber],
    groups: Groups,
    names: Mapping[str, tuple[str, str | None]],
    within: str | None = None,
) -> Scope | None:
    """What the paragraph itself says it is about (a direction it leads with, of the group
    ``within`` where several are numbered alike); None when it does not say."""
    if (below := groups.below.search(plain) or _LEAD.match(plain)) is not None:
        return groups.named_below(below)  # (「施策2-1「…」では、4事業のうち」, 「Ⅲ-2「…」では」)
    if (ranged := level_range(plain, groups.words)) is not None:
        among, unplaced = ranged.placed(groups.of_top, groups.ids.values())
        if unplaced and groups.directions.every_one(ranged.levels()):  # (施策27～29: 4-27 …)
            return Scope(None, ranged.label)  # (every project of the plan: the whole plan)
        if unplaced and not (projects := ranged.placed(groups.project, ()))[1]:
            return Scope(None, ranged.label, among=projects[0], lower=True)  # (施策27～30)
        return Scope(None, ranged.label, unplaced, among=among)
    # (「「施策1 …」「施策2 …」では」, 長与町's 施策 numbered with their word: one policy's, review 68;
    of = {  # directions, not 1-1-1 projects)
        d.policy_id if d and d.id.count("-") == 1 else None
        for d in map(groups.directions.numbered, QUOTED(plain))
    }
    if len(of) == 1 and (policy := of.pop()) is not None:
        return placed(groups.label(policy), policy)
    named = list(dict.fromkeys((m["word"], m["num"]) for m in groups.named.finditer(plain)))
    if named:
        places = {groups.find(word, number) for word, number in named}
        labels = "・".join(shown_level(word, number) for word, number in named)
        if len(named) > 1:
            said = f"{labels} の複数を挙げる文なので、どの集計と比べるか決められません"
            return Scope(None, labels, said, several=True)
        if places.pop() is None and named[0] in groups.above:
            return Scope(None, labels)  # (the level every group is under: the whole plan)
        return groups.scope(*named[0])
    quoted = {f"{int(m[1])}-{int(m[2])}": m[1] for m in DIRECTION_QUOTE.finditer(plain)}
    policies = set(quoted.values())  # (a direction quoted: its policy's sentence's; else a
    if len(quoted) == 1 and not groups.directions.numbered(one := next(iter(quoted))):
        return Scope(None, f"「{one}」", below=one)  # project's, 「「2-1 …」は」: review 57)
    if len(policies) == 1:
        number = str(int(policies.pop()))
        return placed(groups.label(number), groups.find("", number))
    if (direction := groups.directions.led(plain, within)) is not None:
        return direction_scope(direction)  # (「（2）民間委託等の推進では」: review 116)
    if (by_name := named_groups(plain, names, groups)) is not None:
        return by_name
    if WHOLE_MARKS.search(plain) or any(number.what == GROUPS for number in numbers):
        return Scope(None, WHOLE_PLAN)  # (「4つの基本方針」: the groups of the whole plan)
    return None


def find_statements(
    texts: Sequence[TextCell],
    scale: Scale,
    groups: Sequence[Group] = (),
    *,
    level: str = "",
    headings: Sequence[str] = (),
    project: str = "",
    item: str = "",
    counter: str = "",
    directions: Directions | None = None,
    sheets: SheetTotals = NO_SHEETS,
) -> list[StatedCounts]:
    """The paragraphs among ``texts`` (in reading order) that state numbers, each matched to
    the group it is about (see the module's docstring). ``groups`` are the groups of the top
    level (their ids and names are what a paragraph may name); ``level`` is the word naming
    that level (基本方針, 情報化政策) where the ids do not carry it, ``headings`` more words a
    heading names a group with (planeval.toml's [layout] headings), ``project`` the word
    for a project besides 計画事業 ([wording] project), ``item`` the word for the rated rows
    ([wording] item: 「18の事務事業」), ``counter`` its counter (「3件の事業」); ``directions`` those a heading may name (the paragraphs
    under it, and planeval's caption of its table, are that direction's); ``sheets`` each
    sheet's policies (sheet_scopes.sheet_total)."""
    known = Groups(groups, level, headings, (project, item, counter), project=project)
    words = {"project": project, "item": item, "level": level, "counter": counter}
    if directions is not None:  # (one holding projects by their own numbers only is falsy)
        known.directions = directions
    names: dict[str, tuple[str, str | None]] = {
        name: (known.label(gid), gid) for name, gid in known.names.items()
    }
    lines = [
        (text, normalised(text.text), _stated(text, read_numbers(text.text, scale, **words)))
        for text in texts
    ]
    captions = {  # (planeval's caption of a direction's table, read as one though its
        # 「内訳 達成度1が2、達成度2が3」 reads as a list of counts too)
        id(text): found
        for text, _plain, _numbers in lines
        if (found := read_caption(text.text, scale, item=item))
    }
    lines = [  # (another scale's caption, its breakdown not this one's: no count of it)
        (text, plain, captions.get(id(text), [] if caption_shaped(text.text) else numbers))
        for text, plain, numbers in lines
    ]
    known.above = _above_the_groups(lines, known)
    for text, plain, numbers in lines:  # headings name their group anywhere in the text
        heading = None if numbers else _heading(plain, known, report=text.location.sheet is None)
        if heading and heading[1]:
            names.setdefault(heading[1], (heading[0].label, heading[0].policy_id))
    statements = []
    above: dict[str, Scope] = {}  # per file and sheet: the last heading seen (and its line)
    at: dict[str, Location] = {}
    tops: dict[str, Scope] = {}  # ... and the last of a group, not a direction under it
    for text, plain, numbers in lines:
        place = f"{text.location.file}\0{text.location.sheet}"
        if not numbers:
            within = above[place].policy_id if place in above else None
            heading = _heading(plain, known, report=text.location.sheet is None, within=within)
            if heading:
                above[place], at[place] = heading[0], text.location
                if not heading[0].below:
                    tops[place] = heading[0]
            continue
        caption = id(text) in captions  # (its scope: the heading above, its table's)
        heading_scope = above.get(place, Scope(None, WHOLE_PLAN))
        own = None if caption else _scope_of(plain, numbers, known, names, heading_scope.policy_id)
        scope = own or heading_scope
        if scope.below and place in tops and text.location.sheet and GRAND_TOTAL.match(plain):
            # (a 計 at the foot of a 基本目標's sheet, under its last 施策's table: the
            # 基本目標's, as a 小計 is its 施策's — review 64 compared it with 施策2's rows)
            scope = tops[place]
        # (with no heading above it, its sheet's rows: 長与町's 番号 Ⅰ › 1.1 › 1.1.1, review 85)
        scope = sheet_total(text.location, plain, scope, sheets, known.label)
        parts = [(text.text, numbers, scope)]
        if scope.several:  # (「改革の柱1「…」では…。改革の柱4「…」では…」: review 79a)
            parts = _by_sentence(text, scale, known, names, words) or parts
        elif own is not None and "。" in plain.rstrip("。"):
            # (numbers before the sentence naming the scope are the heading's, 「達成Aが9件。施策Ⅲ-2
            # では…」: review 105; one naming its own keeps it, 「全体では…。基本目標2では…」: 190 #1)
            split = _by_sentence(text, scale, known, names, words, heading_scope)
            if split and (split[0][2] is heading_scope or any(s != own for *_, s in split)):
                parts = split
        for said, stated, scope in parts:
            counts: dict[str, int] = {}
            for number in stated:
                if number.what and not (number.percent or number.reason or number.subset):
                    counts.setdefault(number.what, int(number.value))
            statements.append(
                StatedCounts(
                    scope.policy_id,
                    counts,
                    text.location,
                    said,
                    tuple(stated),
                    scope.label,
                    scope.unplaced,
                    text.location.sheet is not None and bool(_TOTAL_ROW.match(plain)),
                    scope.below,
                    caption=caption,
                    among=scope.among,
                    lower=scope.lower,
                    heading=at.get(place) if own is None and scope is heading_scope else None,
                )
            )
    return statements


def _by_sentence(
    text: TextCell,
    scale: Scale,
    known: Groups,
    names: Mapping[str, tuple[str, str | None]],
    words: Mapping[str, str],
    heading: Scope | None = None,
) -> list[tuple[str, list[StatedNumber], Scope]]:
    """A paragraph naming several groups read sentence by sentence, each sentence's numbers
    of the group it names, or of the one the sentence before named (「改革の柱1では…。改革の柱4
    では…」), the first's of ``heading``'s (the heading above: 「達成Aが9件でした。施策Ⅲ-2では
    …」); [] where a sentence stating numbers follows none that names one."""
    parts, last = [], heading
    for sentence in re.findall(r"[^。]+。?", text.text):
        numbers = _stated(text, read_numbers(sentence, scale, **words))
        within = last.policy_id if last is not None else None
        plain = normalised(sentence)
        scope = _scope_of(plain, numbers, known, names, within) or last
        if scope is None and numbers:
            return []
        last = scope
        if scope is not None and scope.several and (each := by_group(plain, numbers, known.named)):
            # (「基本方針3は63.6%と最も高く、基本方針2は40.0%」: each its own group's, review 119)
            parts += [(sentence, own, known.scope(m["word"], m["num"])) for m, own in each]
        elif numbers and scope is not None:
            parts.append((sentence, numbers, scope))
    return parts


# the text io/chapter3.py keeps of a table's total row: "合計 13事業"
_TOTAL_ROW = re.compile(r"^(?:合計|計|総計|小計|総数) \d")
