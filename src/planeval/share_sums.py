"""planeval's own rounding note read back (``check``): under a table of shares, every export
says which rows' shares do not add up to 100 (「合計が100.0にならない行があります（基本方針番号 1
は 100.1%、合計の行は 99.9%）」, report/tables.py's CountTable.share_note). A clerk who pastes it
into the report states each such row's shares added up: compared with the sum of that row's
shares as its rows give them (a policy's, a project's of 取組別集計, a body's, 合計's). A row
the note names that none of the rows are is planeval's note all the same: listed, and no
failure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from planeval.aggregate import summarize
from planeval.check_result import Disagreement, NotCompared
from planeval.count import TOTAL_ROW_SAID, Count, mark_word
from planeval.io.body_name import without_prefecture
from planeval.level_labels import LevelLabels
from planeval.model import Entry, Location
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.scope_words import shown_level
from planeval.stated_number import SHARE_SUM, WHOLE_PLAN
from planeval.statements import StatedCounts
from planeval.subsets import Marks

TOTAL_ROW = "合計"
_OTHER_SCALE = (
    'preset "{preset}" の区分の表の割合の注記なので、この評価尺度の行とは比べていません'
    "（その表の数はその尺度の設定で check してください）"
)  # the note's name of a table's last row, before 「合計の行」
_UNDER_UNREAD = (
    "planeval の割合の注記ですが、すぐ上の表がこの評価尺度の集計の表として読めなかったため、"
    "この評価尺度の行とは比べていません（その表の評価の列の planeval.toml を --config に"
    "加えると、その表と注記も比べます）"
)


class ShareRows:
    """The rows a rounding note may name, by the name it gives them: 合計, a body's name, a
    都道府県 of ``placed`` (its bodies' rows), a group's number after the table's header word
    (基本方針番号 1, 基本方針番号 III), one body's group after its body's name (松本市 1:
    summarize --by body-policy)."""

    def __init__(
        self,
        entries: Sequence[Entry],
        scale: Scale,
        labels: LevelLabels,
        marks: Marks | None = None,
        placed: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.entries, self.scale, self.labels, self.marks = entries, scale, labels, marks or {}
        self.placed = placed or {}  # (each 都道府県's bodies, by_prefecture: 都道府県別集計's)
        summary = summarize(entries, scale=scale, labels=labels)
        self.total = summary.total
        self.groups: dict[str, tuple[str, Count]] = {}
        for group in summary.groups:
            for key in (group.shown_id, group.id):
                self.groups.setdefault(_key(key), (group.id, group.count))
        self.bodies = {normalised(e.body).strip(): e.body for e in entries if e.body}

    def find(self, row: str) -> tuple[str | None, Count] | None:
        """(the group's ID, or None, and the count) of the row a note names; None if no row
        is that one."""
        if (sub := _SUB_ROW.match(row)) is not None and self.marks:
            # (a うち重点 line: the rows a column marks of the group above, 「政策番号 2 うち重点」)
            found = self.find(sub["row"])
            if found is None:
                return None
            policy, _count = found
            marked = [
                entry
                for entry in self.entries
                if policy in (None, entry.policy_id)
                and (title := self.marks.get(entry.location, ("", "")))[1]
                and mark_word(title[0]) == sub["word"]
            ]
            return policy, summarize(marked, scale=self.scale).total
        if row in (TOTAL_ROW, TOTAL_ROW_SAID):  # (「合計の行は」; 「合計は」 in earlier notes)
            return None, self.total
        bare = re.sub(
            r"\s*\([^()]*\)$", "", row
        )  # (「飛騨市(一部未集計)」: the body named with why)
        # (… and with its 都道府県 before it, as a roll-up of a list giving it names it)
        body = self.bodies.get(row, self.bodies.get(bare))
        if body is None and (own := self.bodies.get(without_prefecture(bare))) is not None:
            body = own
        if body is not None:
            mine = [entry for entry in self.entries if entry.body == body]
            return None, summarize(mine, scale=self.scale).total
        if row in self.placed:  # (「青森県は 99.9%」 under 都道府県別集計: review 205 #2)
            from planeval.prefecture_counts import counts_placed

            return None, counts_placed(self.entries, self.placed, self.scale)[row]
        named, _, number = row.rpartition(" ")
        if (body := self.bodies.get(named)) is not None:  # (one body's policy: 「松本市 1」)
            return self._of_body(body, number)
        found = self.groups.get(_key(number))
        if found is None and (worded := _WORDED.match(row)) is not None:
            number = worded["number"]
            found = self.groups.get(_key(number))  # (「基本方針1」: review 163 #3)
        if found is None and self.bodies:  # (a survey's 「実施内容1-1」: review 171 #6)
            found = self._item(number)
        elif found is None:  # (a row of 取組別集計: 「取組1-(4)」, project_counts.py)
            found = self._project(number)
        return found

    def _project(self, number: str) -> tuple[str | None, Count] | None:
        """(None, the count) of the project numbered ``number`` (as typed, 1-(4), or its ID,
        1-4), as the counts per project row it (report/project_counts.py); None if no project
        is, or several are."""
        by = summarize(self.entries, by="project", scale=self.scale, labels=self.labels)
        found = [g for g in by.groups if _key(number) in (_key(g.shown_id), _key(g.id))]
        return (None, found[0].count) if len(found) == 1 else None

    def _item(self, number: str) -> tuple[str | None, Count] | None:
        """(None, the count) of the item numbered ``number`` counted over every body, as a
        survey's 実施内容別集計 rows it (report/survey.py); None if no item is."""
        items = summarize(self.entries, by="item", scale=self.scale, labels=self.labels)
        found = [g for g in items.groups if _key(number) in (_key(g.shown_id), _key(g.id))]
        return (None, found[0].count) if len(found) == 1 else None

    def _of_body(self, body: str, number: str) -> tuple[str | None, Count] | None:
        """(the group's ID and count) of ``body``'s group numbered ``number``, as a table of
        each body's groups names it (summarize --by body-policy); None if it has none."""
        mine = [entry for entry in self.entries if entry.body == body]
        for group in summarize(mine, scale=self.scale, labels=self.labels).groups:
            if _key(number) in (_key(group.shown_id), _key(group.id)):
                return group.id, group.count
        return None


_WORDED = re.compile(r"^[^\d０-９Ⅰ-ⅿ\s]+(?P<number>[\d０-９Ⅰ-ⅿ]\S*)$")  # (a level word, its number)
_SUB_ROW = re.compile(r"^(?P<row>.+?)\s*うち\s*(?P<word>\S+)$")


def _key(number: str) -> str:
    return normalised(number).replace(" ", "")


def share_sum(count: Count, decimals: int) -> float:
    """A row's shares, as every table prints them (Count.percent), added up."""
    return round(sum(count.percent(decimals).values()), decimals)


def compare_sums(
    statements: Sequence[StatedCounts],
    rows: ShareRows,
    others: Mapping[Location, str] | None = None,
) -> tuple[list[Disagreement], list[NotCompared], int]:
    """(disagreements, not compared, how many compared) of the rows' sums of shares the
    ``statements`` state in planeval's rounding note; a note under another scale's table
    (``others``: its line → that preset, number_rows.notes_under) listed as that scale's, and
    one under a table not read as this scale's listed too: it is that table's note."""
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    compared = 0
    for statement in statements:
        for number in (n for n in statement.numbers if n.what == SHARE_SUM):
            scope = WHOLE_PLAN if number.row in (TOTAL_ROW, TOTAL_ROW_SAID) else _shown(number.row)
            if statement.location in (others or {}):  # (a note belongs to its own table)
                other = (others or {})[statement.location]
                reason = _OTHER_SCALE.format(preset=other) if other else _UNDER_UNREAD
                said = NotCompared(
                    None, scope, number.phrase, number.value, reason, statement.location, True
                )
                skipped.append(replace(said, other_scale=other))
                continue
            found = rows.find(number.row)
            if found is None:
                reason = f"planeval の割合の注記ですが、「{scope}」の行がないため比べていません"
                skipped.append(
                    NotCompared(
                        None, scope, number.phrase, number.value, reason, statement.location, True
                    )
                )
                continue
            policy, count = found
            counted = share_sum(count, number.decimals)
            compared += 1
            # (as a table's 計 of shares: the shares added up either way, the setting's only
            # where it says round — review 72: a note of a rounded export read by default)
            if not count.whole_agrees(float(number.value), number.decimals):
                wrong.append(
                    Disagreement(
                        policy,
                        SHARE_SUM,
                        number.value,
                        counted,
                        statement.location,
                        scope,
                        True,
                        number.phrase,
                    )
                )
    return wrong, skipped, compared


def _shown(row: str) -> str:
    """A row the note names, as the note wrote it: 「基本方針番号 Ⅲ」 (read after NFKC as 「III」)."""
    word, _, number = row.rpartition(" ")
    return shown_level(f"{word} ", number) if word else row
