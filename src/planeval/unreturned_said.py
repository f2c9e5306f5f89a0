"""The plan's items no department returned, as ``check`` compares a sentence saying they were
not counted with them: planeval's own under 集計 (「教育委員会事務局の取組 2 件は、回答が提出され
ていないため集計に含めていません（未提出）」, report/table_notes.unreturned_line) and after a policy's
count sentence (「その取組2件は集計に含めていません」, unanswered_words.py), or a clerk's own.
Read with the plan (ReadResult.unreturned, .unreturned_policies), planeval knows how many they
are: a number saying so agrees with them, and is compared, not listed as never read."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from planeval.check_result import PROJECT_COUNTS, Disagreement, NotCompared
from planeval.item_groups import items_by
from planeval.model import Entry, Location
from planeval.past_errors import IN_ERROR_SAID
from planeval.read_records import ReadResult
from planeval.scale_words import normalised
from planeval.scope_words import COUNTERS, typed
from planeval.stated_exclusions import BLANK
from planeval.stated_number import GROUPS, NOT_COUNTED, PROJECTS, ROWS, TOTAL
from planeval.statements import StatedCounts
from planeval.unsent_reasons import at_most, unsent_reasons

# what a number of rows not returned is compared with, given the plan (said where it was not)
_LED_IN = attrgetter("department", "policy_id")  # (an item not returned: who, and where)
PLAN_COMPARES = "（計画のブックを --plan で渡すと、提出のなかった部署の件数と照らし合わせます）"
# a number of what was rated (「40施策を評価しました」「評価を行った施策は」): no 未提出 one was
_EVALUATED = re.compile(r"評価\s*(?:し|を\s*(?:行|実施))")


class Unreturned(NamedTuple):
    """How many of the plan's items each department that returned nothing leads, how many of
    them each policy holds, and the 再掲 rows those departments lead besides, by policy ("":
    a project no row read names) — rows not counted too, never items; and each policy's
    projects that only those items hold (no row of them read: 枚方市's 施策1・2・4, review 108)."""

    departments: Mapping[str, int]
    policies: Mapping[str, int]
    relisted: Mapping[str, int] = {}
    projects: Mapping[str, int] = {}
    marked: frozenset[Location] = frozenset()  # (the items the plan marks: 重点 ○)
    marked_policies: Mapping[str, int] = {}  # (… of them, by policy)
    # the plan's items missing from every file of a department that did reply, by policy
    # (ReadResult.plan_missing: an error, not counted): a whole of the plan holds them too
    missing: Mapping[str, int] = {}
    # the items the plan's 区分 ends (完了, 廃止 …: ReadResult.plan_ended), by policy; None read
    # without the plan. A number of them (「完了・廃止の2取組」) is compared with these
    # (stated_ended.py), and a whole of the plan (「計画に掲げる46取組」) holds those no row
    # was read of (``ended_apart``): review 138 #2
    ended: Mapping[str, int] | None = None
    ended_apart: Mapping[str, int] = {}
    ended_words: str = ""  # (as the plan types them: 「完了・廃止」)
    # of them, by policy and Chapter 3's label, those of a department that sent only files not
    # read at all (an .xls: ReadResult.unread_leads): 未提出（読めないファイルのみ） (review 184 #1)
    unread: Mapping[tuple[str, str], int] = {}
    # the items as Chapter 3 lists them (ReadResult.unreturned_rows: each 細目 a row, labelled
    # why), and the projects rows were read of: each reason told apart (unsent_reasons)
    rows: Sequence[Entry] = ()
    read: frozenset[str] = frozenset()

    @classmethod
    def of(cls, result: ReadResult) -> Unreturned:
        """A read's (read_workbooks with the plan; nothing without it)."""
        policies = {policy: said[1] for policy, said in result.unreturned_policies.items()}
        marked = result.unreturned_marked
        projects = {policy: said[0] for policy, said in result.unreturned_policies.items()}
        of_project = {e.project_id: e.policy_id for e in (*result.read, *result.unreturned_rows)}
        rated = {(e.project_id, e.item_name) for e in result.entries}
        ended, unread = result.plan_ended, set(result.unread_leads.values())
        rows = result.unreturned_rows
        return cls(
            dict(result.unreturned),
            policies,
            _relisted(result),
            projects,
            marked,
            Counter(r.policy_id for r in result.unreturned_rows if r.location in marked),
            dict(result.plan_missing),
            Counter(of_project.get(project, "") for _, project, _ in ended)
            if result.plan_places
            else None,
            Counter(of_project.get(p, "") for _, p, name in ended if (p, name) not in rated),
            "・".join(dict.fromkeys(word for word, _, _ in ended)),
            Counter((r.policy_id, r.status_text) for r in rows if r.department in unread),
            result.unreturned_rows,
            frozenset(entry.project_id for entry in result.read),
        )

    def ended_in(self, policy_id: str | None, *, apart: bool = False) -> int:
        """The items the plan ends of ``policy_id`` (None: the whole plan; ``apart``: those no
        row was read of)."""
        found = self.ended_apart if apart else self.ended or {}
        if policy_id is None:
            return sum(found.values())
        return found.get(policy_id, 0)

    def unread_labels(self, policy_id: str | None) -> tuple[tuple[str, int], ...]:
        """The items not returned of ``policy_id`` (None: the whole plan) whose department sent
        only files not read at all, by the label Chapter 3 lists them with, each with how many."""
        labels: Counter[str] = Counter()
        for (policy, label), n in self.unread.items():
            labels[label] += n if policy_id in (None, policy) else 0
        return tuple((label, n) for label, n in labels.items() if n)

    def unread_of(self, wrong: Disagreement, late: int) -> tuple[tuple[str, int], ...]:
        """Of the ``late`` items not returned a number's scope holds (late_of), those of files
        not read at all by label (no more than ``late``): of a number of items, not of projects."""
        if wrong.what in (*PROJECT_COUNTS, GROUPS) or not late:
            return ()
        return at_most(self.unread_labels(wrong.policy_id), late)

    def reasons(self, wrong: Disagreement) -> tuple[tuple[str, int], ...]:
        """The items not returned of ``wrong``'s scope by the label Chapter 3 lists them with,
        each with how many (unsent_reasons): 未提出, 記入誤り, 未提出（読めないファイルのみ）…"""
        return unsent_reasons(wrong, self.rows, self.read, self.named(wrong.phrase))

    def relisted_in(self, policy_id: str | None) -> int:
        """The 再掲 rows of the departments that returned nothing that may be of ``policy_id``
        (None: the whole plan)."""
        if policy_id is None:
            return sum(self.relisted.values())
        return self.relisted.get(policy_id, 0) + self.relisted.get("", 0)

    def projects_in(self, policy_id: str | None) -> int:
        """The projects only the items of the departments that returned nothing hold, of
        ``policy_id`` (None: the whole plan): not among the projects counted."""
        if policy_id is None:
            return sum(self.projects.values())
        return self.projects.get(policy_id, 0)

    def named(self, phrase: str) -> list[str]:
        """The departments that returned nothing ``phrase`` names (「教育委員会事務局の取組 2 件は」)."""
        plain = normalised(phrase)
        return [name for name in self.departments if normalised(name) in plain]

    def hold(self, wrong: Disagreement, broken_down: Collection[Location] = ()) -> bool:
        """Whether a total said to differ (「全110件（…実質107件）」 of 109 and 106 counted) is
        the rows counted and the items of the departments that returned nothing: the plan's
        whole, right (review 70: two false disagreements where one 課 never answered); a
        number of projects likewise (``_all_projects``); and the items the plan ends besides
        (「計画に掲げる46取組」: 43 counted, 1 未提出 and 2 完了・廃止, review 138 #2)."""
        return self.whole(wrong, broken_down) is not None

    def whole(
        self, wrong: Disagreement, broken_down: Collection[Location] = ()
    ) -> Disagreement | None:
        """``wrong`` as the plan's whole (``hold``), with the items the plan ends it holds
        (Disagreement.ended); None where it is not one. A total said at ``broken_down`` (a
        pasted table's row whose cells give it status by status, none of them the plan's 廃止)
        holds no ended item: 「Ⅱ 1 4 13 19」's cells add up to 18, the rows' count, and 19 is
        wrong, not 18＋廃止 1 (review 144 #1)."""
        if wrong.what == PROJECTS:
            told = unsent_reasons(wrong, self.rows, self.read, ())
            return replace(wrong, unsent=told) if self._all_projects(wrong) else None
        if wrong.what not in (TOTAL, ROWS) or wrong.percent or wrong.when or wrong.stated is None:
            return None
        left = self.items(wrong.phrase, wrong.policy_id)
        ended = 0 if self.named(wrong.phrase) else self.ended_in(wrong.policy_id, apart=True)
        ended = 0 if wrong.location in broken_down else ended
        if wrong.subset:  # (「うち重点12事業」: the plan's marked items not returned, alone)
            marked = self.marked_policies
            left = marked.get(wrong.policy_id, 0) if wrong.policy_id else sum(marked.values())
            ended = 0
        if left and wrong.what == ROWS:  # (110 rows with 再掲: 企画課's 再掲 row not sent too)
            left += self.relisted_in(wrong.policy_id)
        told = self.reasons(wrong)
        if left and wrong.stated == wrong.counted + left:
            return replace(wrong, unsent=told)
        if ended and wrong.stated == wrong.counted + (left or 0) + ended:
            return replace(wrong, ended=ended, ended_as=self.ended_words, unsent=told)
        return None

    def _all_projects(self, wrong: Disagreement) -> bool:
        """Whether a number of projects said to differ is the projects counted and those only
        the items not returned hold (「40施策」 of 37 counted and 3 未提出: review 108), not
        one of those rated (「40施策を評価しました」: the 37 were)."""
        # (but the whole before 「のうち」 of 「全6施策のうち回答のあった5施策について評価しました」,
        # what was rated the part after it: review 189 #6)
        whole = re.search(rf"{wrong.stated}\D*のうち", wrong.phrase.replace(",", ""))
        if wrong.percent or wrong.when or (_EVALUATED.search(wrong.phrase) and not whole):
            return False
        left = self.projects_in(wrong.policy_id)
        return bool(left) and wrong.stated == wrong.counted + left

    def items(self, phrase: str, policy_id: str | None, *, below: bool = False) -> int | None:
        """How many unreturned items a number stated in ``phrase`` (StatedNumber.phrase) of a
        paragraph about ``policy_id`` (None: the whole plan) may say were not counted: the
        departments the phrase names (``named``), else the policy's, else all; None where no
        department returned nothing, or of a level below the policies (``below``)."""
        if not (self.departments or self.missing) or below:
            return None
        if named := self.named(phrase):
            return sum(self.departments[name] for name in named)
        if policy_id is not None:
            return self.policies.get(policy_id, 0) + self.missing.get(policy_id, 0)
        return sum(self.departments.values()) + sum(self.missing.values())

    def items_apart(self, phrase: str, policy_id: str | None, *, below: bool = False) -> int:
        """``items`` with each item rated in rows of 細目 counted once (``rows``): a number
        of the items not counted may say either (「実施内容 2 件（細目に分けた行は 4 行）」); -1
        where ``items`` is None."""
        if self.items(phrase, policy_id, below=below) is None:
            return -1
        named = self.named(phrase)
        found = sum(
            n
            for (department, policy), n in items_by(self.rows, _LED_IN).items()
            if (department in named if named else policy_id in (None, policy))
        )
        if named:
            return found
        missing = self.missing
        return found + (missing.get(policy_id, 0) if policy_id else sum(missing.values()))

    def late_of(
        self,
        found: Sequence[StatedCounts],
        rows: Sequence[Entry],
        repeat: str | None,
        counted: Collection[str] = (),
    ) -> Callable[[Disagreement], int]:
        """How many rows not counted these departments' leave in a disagreement's scope, that
        may make up its number (held_back.py): ``items``, with the 再掲 rows for a number of
        rows (``repeat``: the scale's 再掲 symbol, whose count is those rows alone); of a
        paragraph about a group below the policies (a 推進項目's, ``found``'s ``below``) those
        of ``rows`` (ReadResult's unreturned_rows) in that group; none of a number of rows not
        counted (compared with these items) nor of a caption (its 「ほかに未提出 4」 says them);
        of a sub-count (うち重点), those ``rows`` the plan marks; of a number of policies, the
        policies only ``rows`` hold (``counted``: those of a counted row) — the thing compared,
        never the items of another count (review 111: 「未提出の 3 件」 beside 「政策の数」)."""
        below = {
            s.location: (s.below,) if s.below else s.among for s in found if s.below or s.lower
        }  # (a paragraph's group below the policies, or a range's: 施策27～30)
        captions = {s.location for s in found if s.caption}

        def late(wrong: Disagreement) -> int:
            if wrong.what == NOT_COUNTED or wrong.location in captions:
                return 0
            groups = below.get(wrong.location)
            if wrong.subset:  # (「うち重点2事業」: the plan's marked items of its scope)
                return sum(
                    r.location in self.marked
                    and (
                        bool({r.direction_id, r.project_id} & set(groups))
                        if groups is not None
                        else wrong.policy_id in (None, r.policy_id)
                    )
                    for r in rows
                )
            if groups is not None:
                return sum(1 for r in rows if {r.direction_id, r.project_id} & set(groups))
            if wrong.what == GROUPS:  # (「4政策」: those only the items not returned hold)
                return len({r.policy_id for r in rows} - set(counted))
            if wrong.what in PROJECT_COUNTS:  # (projects, not items: 「40施策」)
                return self.projects_in(wrong.policy_id)
            if repeat is not None and wrong.what == repeat:
                return self.relisted_in(wrong.policy_id)
            items = self.items(wrong.phrase, wrong.policy_id) or 0
            return items + (self.relisted_in(wrong.policy_id) if wrong.what == ROWS else 0)

        return late


def _relisted(result: ReadResult) -> dict[str, int]:
    """The 再掲 rows the departments that returned nothing lead (their ``unreturned_items``
    not among the items counted, ``unreturned_rows``), by the policy of their project."""
    if not result.unreturned_items:
        return {}
    items = {(e.project_id, e.item_no, e.item_name) for e in result.unreturned_rows}
    policies = {e.project_id: e.policy_id for e in (*result.entries, *result.unreturned_rows)}
    found: dict[str, int] = {}
    for led in result.unreturned_items.values():
        for _body, project, number, name in led:
            if (project, number, name) not in items:
                policy = policies.get(project, "")
                found[policy] = found.get(policy, 0) + 1
    return found


def errors_taken_out(wrong: Disagreement) -> bool:
    """Whether ``wrong`` is a total its words say rows in error or left blank are taken out of (「…
    記入に不備のあった1件を除く65件」, 「評価が未確定の1施策を除く43施策」): the rows counted (154, 190, 206)."""
    if wrong.what != TOTAL or wrong.percent or wrong.when or wrong.stated is None:
        return False
    said = rf"(?:エラー|{IN_ERROR_SAID}|{BLANK})[^、。]*?除(?:く|いた|き)\s*{wrong.stated:,g}(?!\d)"
    return re.search(said.replace(",", ",?"), wrong.phrase) is not None  # (「1,234」 or 「1234」)


def with_left_out(
    wrong: Sequence[Disagreement], found: Sequence[StatedCounts]
) -> tuple[tuple[Disagreement, ...], list[NotCompared]]:
    """The disagreements kept, and the totals listed instead that are the rows counted and
    those the same paragraph says were not (「全110件です。…提出のなかった…の1件を除く106件」
    of 109 counted: review 70), where planeval cannot tell how many those are (no plan)."""
    left = {s.location: sum(n.value for n in s.numbers if n.what == NOT_COUNTED) for s in found}
    of_policy: dict[str | None, float] = {}  # (said in another paragraph: review 72)
    for statement in found:
        of_policy[statement.policy_id] = (
            of_policy.get(statement.policy_id, 0) + left[statement.location]
        )
    kept, listed = [], []
    for d in wrong:
        said = left.get(d.location, 0) or (
            sum(of_policy.values()) if d.policy_id is None else of_policy.get(d.policy_id, 0)
        )
        if (
            said
            and d.what in (TOTAL, ROWS)
            and not d.percent
            and d.stated == d.counted + said
            and not errors_taken_out(d)  # (「エラーの1件を除く65件」: without them, review 154)
        ):
            reason = (
                f"集計していない{said:g}件を含む数で、その{said:g}件は比べられないため比べていません"
                + PLAN_COMPARES
            )
            listed.append(NotCompared(d.policy_id, d.scope, d.phrase, d.stated, reason, d.location))
        else:
            kept.append(d)
    return tuple(kept), listed


def quoted_alone(
    wholes: Sequence[Disagreement], others: Sequence[Disagreement | NotCompared]
) -> list[Disagreement]:
    """The totals agreeing as the plan's whole (Unreturned.hold), each quoted by its words up
    to its own number where its phrase holds ``others`` too — a number that differs, or one
    not compared: the verdict calls the quote 一致 (「基本方針2の取組項目は37件」, not
    「…37件（1項目再掲のため実質35件）で」 with a wrong 35: review 119 #3)."""
    shared = {(other.location, other.phrase) for other in others}
    ends: dict[tuple[Location, str], int] = {}  # (a phrase: up to the last of its wholes)
    for whole in wholes:
        key = (whole.location, whole.phrase)
        if key in shared and whole.stated is not None:
            found = re.search(
                rf"(?<![\d.,]){typed(whole.stated)}(?![\d.])\s*(?:{COUNTERS})?", whole.phrase
            )
            if found is not None:
                ends[key] = max(ends.get(key, 0), found.end())
    return [
        replace(whole, phrase=whole.phrase[: ends[key]])
        if (key := (whole.location, whole.phrase)) in ends
        else whole
        for whole in wholes
    ]
