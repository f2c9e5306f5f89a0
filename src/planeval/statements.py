"""Counts stated in a report's text, read back out and compared with the rows (``check``).

"計画どおり実施12件" states 12 ○ entries, "5つの計画事業" five projects; each paragraph is
matched to its policy by the directions it quotes or the policy heading above it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from planeval.aggregate import Group, summarize
from planeval.model import Entry, Location, TextCell
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.text import POLICY_HEADING

PROJECTS = "projects"  # the key of "N つの計画事業" among the stated counts
_PROJECT_COUNT = re.compile(r"(\d+)\s*つの(?:情報化)?計画事業")
_DIRECTION_QUOTE = re.compile(r"「\s*(\d+)\s*-\s*(\d+)")


@dataclass(frozen=True, slots=True)
class StatedCounts:
    """The counts a paragraph states, the policy it is about, and where it is."""

    policy_id: str | None
    counts: Mapping[str, int]  # scale symbol or PROJECTS → the stated number
    location: Location
    text: str


def stated_counts(text: str, scale: Scale) -> dict[str, int]:
    """The counts a paragraph states: "計画どおり実施12件" → {"○": 12}, "5つの計画事業" → {PROJECTS: 5}."""
    plain = unicodedata.normalize("NFKC", text)
    found: dict[str, int] = {}
    # longest label first, its match blanked out, so "未実施3件" is never read as "実施3件"
    for status in sorted(scale.statuses, key=lambda s: -len(s.label)):
        label = unicodedata.normalize("NFKC", status.label)
        if not label:
            continue
        match = re.search(rf"{re.escape(label)}\s*(\d+)\s*件", plain)
        if match:
            found[status.symbol] = int(match[1])
            plain = plain[: match.start()] + "\0" * len(match[0]) + plain[match.end() :]
    projects = _PROJECT_COUNT.search(plain)
    if projects:
        found[PROJECTS] = int(projects[1])
    return found


def find_statements(texts: Sequence[TextCell], scale: Scale) -> list[StatedCounts]:
    """The paragraphs among ``texts`` (in reading order) that state counts, each matched to its
    policy by the directions it quotes or, failing that, the policy heading above it."""
    statements = []
    heading: dict[str, str | None] = {}  # per file and sheet: the last policy heading seen
    for text in texts:
        place = f"{text.location.file}\0{text.location.sheet}"
        counts = stated_counts(text.text, scale)
        if not counts:
            match = POLICY_HEADING.search(unicodedata.normalize("NFKC", text.text))
            if match and len(text.text) < 80:
                heading[place] = str(int(match[1]))
            continue
        policy = policy_of(text.text) or heading.get(place)
        statements.append(StatedCounts(policy, counts, text.location, text.text))
    return statements


def policy_of(text: str) -> str | None:
    """The policy a paragraph is about, from the directions it quotes (「1-1 …」) or a heading."""
    plain = unicodedata.normalize("NFKC", text)
    policies = {match[1] for match in _DIRECTION_QUOTE.finditer(plain)}
    if len(policies) == 1:
        return str(int(policies.pop()))
    heading = POLICY_HEADING.search(plain)
    return str(int(heading[1])) if heading else None


@dataclass(frozen=True, slots=True)
class Disagreement:
    policy_id: str
    what: str  # a scale symbol or PROJECTS
    stated: int | None  # None: the paragraph does not say it
    counted: int
    location: Location


def disagreements(
    statements: Sequence[StatedCounts], policies: Mapping[str, Group]
) -> list[Disagreement]:
    """Every stated count that differs from the rows, and every counted status not stated."""
    found = []
    for statement in statements:
        if statement.policy_id is None:
            continue
        group = policies.get(statement.policy_id)
        counted: dict[str, int] = dict(group.count.counts) if group else {}
        counted[PROJECTS] = group.projects if group else 0
        for what, number in counted.items():
            stated = statement.counts.get(what)
            if stated is None and (number == 0 or what == PROJECTS):
                continue
            if stated != number:
                found.append(
                    Disagreement(statement.policy_id, what, stated, number, statement.location)
                )
    return found


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What ``check`` found: every paragraph stating counts, and every disagreement."""

    statements: tuple[StatedCounts, ...]
    disagreements: tuple[Disagreement, ...]

    @property
    def agrees(self) -> bool:
        """Whether counts were stated and every one agrees with the rows."""
        return bool(self.statements) and not self.disagreements


def check(
    texts: Sequence[TextCell], entries: Sequence[Entry], *, scale: Scale = DEFAULT_SCALE
) -> CheckResult:
    """The counts stated in ``texts`` compared with the counts of ``entries``."""
    statements = find_statements(texts, scale)
    policies = {group.id: group for group in summarize(entries, scale=scale).groups}
    return CheckResult(tuple(statements), tuple(disagreements(statements, policies)))
