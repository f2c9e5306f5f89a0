"""planeval's own tables of counts pasted into a report (pasted_tables.py) compared with the
rows, cell by cell (``check``): each row is the group its first cells name as the table writes
it — a policy 「1」「基本方針Ⅰ」「Ⅰ 行政のデジタル化」 or by its name (in a cell of its own, or alone: 「安心して暮らせるまち」), a direction or project
(summarize --by direction), a body (団体別集計), a body's policy (団体 | ID), a 都道府県's bodies
(都道府県別集計, review 205 #2) — and 合計 all
of them. Counts, 計 and the uncounted are compared exactly, shares as a sentence's are
(Count.share_agrees at the cell's places: table_cells.py). The level a table's rows
are of is the one that places all of them (of two, the one they agree with). A row that names
no group of the rows is a number not compared, and the check fails on it as on a paragraph
naming a group there is none of."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from planeval.aggregate import Group, GroupBy, Summary, summarize
from planeval.check_result import Disagreement, NotCompared
from planeval.count import Count
from planeval.entry_columns import PREFECTURE_TITLE
from planeval.level_labels import LevelLabels
from planeval.model import Entry
from planeval.past_errors import PARTLY_MARK
from planeval.past_tables import by_year
from planeval.pasted_sub_counts import MarkedGroups, place_rows, sub_word
from planeval.pasted_tables import SHARE, PastedTable, compact
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.scope_words import LEVEL_WORDS, ROMAN_LETTERS, from_roman, to_roman
from planeval.stated_number import TOTAL
from planeval.statements import StatedCounts
from planeval.subsets import Marks, unmarked
from planeval.table_cells import differing, row_numbers, row_scope, row_shown

_WHY = re.compile(r"[（(][^（）()]*[）)]$")  # (the why planeval writes after a body's name)
_TOTAL_ROWS = frozenset({"合計", "総計", "計", "総数", "全体"})
_NO_COUNTS = "集計のどの件数よりも大きい数の表なので、件数の表ではないとみなして比べていません"
_FIX = "（列の見出しは、調査票の区分の番号か名前、全体の列は「全体」「合計」としてください）"
# (item: 実施内容別集計)
_LEVELS: tuple[GroupBy, ...] = ("policy", "direction", "project", "body", "item")


@dataclass(frozen=True, slots=True)
class Placed:
    """The rows a table's row is of: its count, the policy (or None), as the scope names it."""

    count: Count
    policy_id: str | None
    scope: str
    body: str = ""  # a body's row (団体 | …): only its own rows left out could explain it
    level: GroupBy = "policy"  # its group's level and key (Group.key; None: 合計)
    key: tuple[str, str] | None = None
    named: bool = False  # scope names its policy as a sentence's does (基本方針2), not the row
    bodies: frozenset[str] = frozenset()  # a 都道府県's row: its bodies (row_bodies)


class TableRows:
    """The groups of ``rows`` a table's row may name, at each level (``policies``: their
    summary by policy, numbered as typed with ``labels``), by the keys of its number or name
    (``words``: the words a level is named with besides LEVEL_WORDS; ``level`` the body's word
    for its policies, which a policy's row is named by, 基本方針2, as a sentence's scope is)."""

    def __init__(
        self,
        rows: Sequence[Entry],
        policies: Summary,
        *,
        labels: LevelLabels,
        words: Sequence[str] = (),
        unanswered: Collection[str] = (),
        marks: Marks | None = None,
        level: str = "",
        placed: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.rows, self.policies, self.total = rows, policies.groups, policies.total
        self.level, self.placed = level, placed or {}  # (each 都道府県's bodies: by_prefecture)
        self._prefectures: dict[str, tuple[str, Count]] | None = None
        self.scale, self.labels = policies.scale, labels
        self.marked = MarkedGroups(rows, marks or {}, self.scale, labels)  # (うち重点 lines)
        # (a body that sent nothing, a roster's 未回答: its row stands for no row counted)
        self._unanswered = {  # (named with why in planeval's own row: 「山田村（未回答）」)
            compact(name): body
            for body in unanswered
            for name in (body, f"{body}（未回答）", f"{body}（辞退）")
        }
        self._indexes: dict[GroupBy, dict[tuple[str, str], Group | None]] = {}
        self._counted: dict[GroupBy, tuple[Group, ...]] = {}
        named = {*LEVEL_WORDS, *(normalised(w).strip() for w in words if w.strip())}
        self._word = re.compile(
            "^(?:" + "|".join(map(re.escape, sorted(named, key=len, reverse=True))) + ")"
        )

    def index(self, level: GroupBy) -> dict[tuple[str, str], Group | None]:
        """(body, key) → the group of ``level`` a cell with that key names (None where two do;
        body "" for any body); each level's counted once."""
        if (known := self._indexes.get(level)) is not None:
            return known
        groups = self.policies if level == "policy" else self._groups(level)
        found: dict[tuple[str, str], Group | None] = {}
        for group in groups:
            keys = {*self.keys(group.id), *self.keys(group.shown_id), _name_key(group.name)}
            if level == "body":
                names = (group.id, group.id.rpartition("_")[2])  # (its row marked, too)
                keys |= {compact(f"{name}{mark}") for name in names for mark in ("", PARTLY_MARK)}
            for key in keys:
                for owner in {group.body, ""}:
                    place = (owner, key)
                    found[place] = group if found.get(place, group) is group else None
        self._indexes[level] = found
        return found

    def _groups(self, level: GroupBy) -> tuple[Group, ...]:
        if (known := self._counted.get(level)) is None:
            summary = summarize(self.rows, by=level, scale=self.scale, labels=self.labels)
            known = self._counted[level] = summary.groups
        return known

    def prefecture(self, labels: Sequence[str]) -> Placed | None:
        """The rows a row of planeval's 都道府県別集計 is of (its first cell a 都道府県 of
        ``placed``, or 合計): its bodies' rows added up, as prefecture_counts adds them; None
        where no 都道府県 is that one."""
        from planeval.prefecture_counts import TOTAL, counts_placed, row_bodies

        if self._prefectures is None:
            added = counts_placed(self.rows, self.placed, self.scale) if self.placed else {}
            self._prefectures = {compact(name): (name, count) for name, count in added.items()}
        first = (labels[0] if labels else "").strip()
        key = compact(TOTAL) if compact(first) in _TOTAL_ROWS else compact(first)
        if (found := self._prefectures.get(key)) is None:
            return None
        bodies = row_bodies(self.rows, self.placed, found[0], (*labels[1:2], "")[0])
        return Placed(found[1], None, first, level="body", bodies=bodies)

    def below(self) -> dict[str, Group]:
        """The directions, projects and items by ID (a direction first): the groups a statement
        naming a level below the policies is compared with (「施策2-1「…」では」, a paragraph
        under a direction's heading, 「「2-1 書かない窓口」は」 a checklist's item) — several
        bodies' alike, all their rows."""
        found: dict[str, Group] = {}
        for level in ("direction", "project", "item"):
            ids = {group.id for group in self._groups(level) if group.id} - found.keys()
            for group in self._groups(level):
                if group.id not in ids:
                    continue
                if (known := found.get(group.id)) is not None:  # (another body's 1-1)
                    group = replace(
                        known,
                        count=summed([known.count, group.count], self.scale),
                        projects=known.projects + group.projects,
                        body="",
                    )
                found[group.id] = group
        return found

    def keys(self, number: str) -> set[str]:
        """The keys of a group's number as a table may write it: 「1」「Ⅰ」「基本方針Ⅰ」, and
        its first word 「Ⅰ」 of 「Ⅰ 行政のデジタル化」 (Ⅰ read as I after NFKC)."""
        plain = normalised(number).replace("*", "").strip()
        words = plain.split()
        found: set[str] = set()
        for candidate in {plain.replace(" ", ""), words[0] if words else ""}:
            for key in (candidate, self._word.sub("", candidate)):
                found.add(key)
                if key.isdecimal() and 0 < int(key) < 40:
                    found.add(to_roman(int(key)))
                elif key and set(key) <= set(ROMAN_LETTERS):
                    found.add(str(from_roman(key)))
        return found

    def place(self, labels: Sequence[str], level: GroupBy) -> Placed | None:
        """The rows a table's row is of (``labels``: its cells before the numbers), read as a
        row of ``level``; None if it names none."""
        first = labels[0] if labels else ""
        if compact(first) in _TOTAL_ROWS:
            return Placed(self.total, None, first.strip())
        bare = _WHY.sub("", first.strip())  # (「白浜町（エラーのため）」: a body named with why)
        body = (
            self.index("body").get(
                ("", compact(first)), self.index("body").get(("", compact(bare)))
            )
            if compact(first)
            else None
        )
        owner = body.id if body is not None else ""
        if body is not None and any(labels[1:]):  # (団体 | ID | 名称: a body's own group)
            group = self._find(labels[1:], "body-policy" if level == "policy" else level, body.id)
            shown = f"{first.strip()} {labels[1].strip()}"
        elif level == "body":
            group, shown = (body if not any(labels[1:]) else None), first.strip()
            silent = self._unanswered.get(compact(first)) or self._unanswered.get(compact(bare))
            if group is None and silent is not None:
                nothing = Count(dict.fromkeys(self.scale.counted, 0), {})
                return Placed(nothing, None, f"{silent}（未回答）", silent)
        else:
            shown, owner = (
                first.strip() or " ".join(lab.strip() for lab in labels if lab.strip()),
                "",
            )
            group = self._find(labels, level, "")
        if group is None:
            return None
        policy_id, key = (group.id if level == "policy" else None), group.key
        by: GroupBy = "body-policy" if body is not None and any(labels[1:]) else level
        # (a policy's row of its number, 「2」, or its number and name, 「3 情報セキュリティの
        # 確保」: 基本方針2 as a sentence's scope, reviews 86 and 87; another word kept as typed)
        number, typed = group.shown_id, compact((normalised(first).split() or [""])[0])
        if by == "policy" and self.level and typed in (compact(number), group.id):
            named = number if number.startswith(self.level) else f"{self.level}{number}"
            return Placed(group.count, policy_id, named, owner, by, key, named=True)
        return Placed(group.count, policy_id, shown, owner, by, key)

    def heading_group(self, lines: Sequence[str]) -> tuple[tuple[str, ...], str] | None:
        """(labels, name) of the policy the nearest of ``lines`` (above a table, nearest
        first) that names one does: by its level's word and number (「### 基本方針2 …」) or its
        name (「(2) 民間委託等の推進」); None where none does (「2 実施状況の推移」)."""
        index = self.index("policy")
        for line in lines:
            text = re.sub(r"^[#■□◆◇●【\s]*(?:\(\d+\))?|】.*$", "", normalised(line)).strip()
            words = text.split(maxsplit=1)
            if not words or "。" in text:
                continue
            word = self._word.match(text)
            end = word.end() if word else 0
            number = re.match(r"\s*([\dIVX]+)", text[end:]) if end else None
            for key in self.keys(number[1]) if number else ():
                if number and (group := index.get(("", key))) is not None:
                    return (group.id,), text[: end + number.end()]
            if (group := index.get(("", _name_key(words[-1])))) is not None:
                return (group.id,), words[-1]
        return None

    def _find(self, labels: Sequence[str], level: GroupBy, body: str) -> Group | None:
        index = self.index(level)
        for key in self.keys(labels[0]) if labels else ():
            if (group := index.get((body, key))) is not None:
                return group
        words = normalised(labels[0]).split(maxsplit=1) if labels else []
        # (its name: the next cell, after its number, or the first cell alone: 「安心して…」)
        names = [*labels[1:2], *words[1:], *labels[:1]]
        for name in names:
            if name.strip() and (group := index.get((body, _name_key(name)))) is not None:
                return group
        return None


def summed(counts: Sequence[Count], scale: Scale) -> Count:
    """Counts of ``scale`` added up (several policies', several bodies' 1-1)."""
    return Count(
        {s: sum(count.counts.get(s, 0) for count in counts) for s in scale.counted},
        {s: sum(count.uncounted.get(s, 0) for count in counts) for s in scale.uncounted},
        scale.rounding,
        scale.ties,
    )


def _name_key(name: str) -> str:
    return "名\0" + re.sub(r"[\s「」『』*]", "", normalised(name))


def compare_tables(
    tables: Sequence[PastedTable], rows: TableRows, year: int | None = None
) -> tuple[list[StatedCounts], list[Disagreement], list[NotCompared], int]:
    """(each row as a statement, disagreements, rows placed nowhere, how many cells compared)
    of ``tables`` against ``rows`` of the round of ``year`` (past_tables.by_year)."""
    said: list[StatedCounts] = []
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    every = rows.total.total + sum(rows.total.uncounted.values())
    for table in tables:
        if table.partial and any(  # (a clerk's table of numbers no count can be: 1200 | 300)
            read[0] > every
            for row in table.rows
            for column, read in zip(table.columns, row.numbers, strict=True)
            if read is not None and column.kind != SHARE
        ):
            first = table.rows[0] if table.rows else None
            if first is not None:  # (listed once, settled: its numbers are no counts)
                value = next((read[0] for read in first.numbers if read is not None), 0)
                skipped.append(
                    NotCompared(None, "表", row_shown(first), value, _NO_COUNTS, first.line.location, True)
                )  # fmt: skip
            continue
        named = rows.heading_group(table.above) or (("合計",), "")
        sorted_rows = by_year(table, year, named[0])
        skipped += sorted_rows.listed  # (another year's rows, 増減: listed, settled)
        stated = [  # (a row of this year alone: shown by its heading's group and its year)
            (
                row,
                numbers,
                labels,
                f"{named[1]} {row_shown(row)}".strip() if at in sorted_rows.alone else "",
            )
            for at, (row, labels) in enumerate(sorted_rows.compared)
            if (numbers := row_numbers(table, row))
        ]
        tried: list[tuple[tuple[int, int, int], list[Placed | None], list[list[Disagreement]]]]
        tried, labels = [], [row[2] for row in stated]
        # (planeval's 都道府県別集計: each row its 都道府県's bodies', review 205 #2)
        prefectural = [compact(title) for title in table.leading[:1]] == [PREFECTURE_TITLE]
        levels: tuple[GroupBy, ...] = ("body",) if prefectural else _LEVELS
        for level in levels:  # (the first level that places every row, all agreeing)
            at_level = (
                [rows.prefecture(cells) for cells in labels]
                if prefectural
                else place_rows(rows, labels, level)
            )
            placed = [
                replace(at, scope=alone, named=False) if at and alone else at
                for (*_, alone), at in zip(stated, at_level, strict=True)
            ]
            found = [
                differing(table, row, numbers, at)
                for (row, numbers, *_), at in zip(stated, placed, strict=True)
            ]
            placed_rows = sum(at is not None for at in placed)
            tried.append(((placed_rows, -sum(map(len, found)), -len(tried)), placed, found))
            if tried[-1][0][:2] == (len(stated), 0):
                break
        _score, placed, found = max(tried, key=lambda level: level[0])
        for (row, numbers, *_), at, different in zip(stated, placed, found, strict=True):
            stated_numbers = tuple(number for _column, number in numbers)
            scope, line, shown = row_scope(table, row, at), row.line, row_shown(row)
            counts = {n.what: int(n.value) for n in stated_numbers if not n.percent}
            unplaced = "" if at else f"「{shown}」の行がありません"
            said.append(
                StatedCounts(
                    at.policy_id if at else None, counts, line.location, line.text,
                    stated_numbers, scope, unplaced, pasted=True, across=table.across,
                )
            )  # fmt: skip
            if at is None:
                total = (n.value for n in stated_numbers if n.what == TOTAL)
                value = next(total, stated_numbers[0].value)
                reason = f"planeval の集計表の行ですが、「{shown}」の行がないため比べていません"
                if table.across:  # (a clerk's table by groups across: 基本方針9)
                    reason = f"表の列ですが、「{shown}」にあたる行がないため比べていません{_FIX}"
                if word := sub_word(row.labels):  # (a うち重点 line no column's marks tell)
                    reason = unmarked(word)
                where = line.location
                skipped.append(NotCompared(None, scope, shown, value, reason, where, bool(word)))
            else:
                compared += len(numbers)
                wrong += different
    return said, wrong, skipped, compared
