"""The Chapter 3 count sentences: writing them from counts, reading stated counts back out.

The sentence in the seed's own wording (line 564):

    「1-1 …」「1-2 …」として、5つの計画事業に取り組みました。個別の実施内容ごとの達成状況は、
    計画を上回る実施4件、計画どおり実施12件、内容を一部修正して実施6件でした。
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from planeval.aggregate import Group
from planeval.errors import PlanevalError
from planeval.model import Location, TextCell
from planeval.scale import Scale

PROJECTS = "projects"  # the key of "N つの計画事業" among the stated counts
_PROJECT_COUNT = re.compile(r"(\d+)\s*つの(?:情報化)?計画事業")
_DIRECTION_QUOTE = re.compile(r"「\s*(\d+)\s*-\s*(\d+)")
_POLICY_HEADING = re.compile(r"情報化政策\s*(\d+)")


def policy_sentence(policy: Group, directions: Sequence[Group], scale: Scale) -> str:
    """The count sentence of one policy, its directions named in ID order."""
    quoted = "".join(f"「{f'{d.id} {d.name}'.strip()}」" for d in directions)
    said = [
        f"{scale.label(symbol)}{count}件"
        for symbol, count in policy.count.counts.items()
        if count or scale.status(symbol).in_narrative == "always"
    ]
    return (
        f"{quoted}として、{policy.projects}つの計画事業に取り組みました。"
        f"個別の実施内容ごとの達成状況は、{'、'.join(said)}でした。"
    )


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
            match = _POLICY_HEADING.search(unicodedata.normalize("NFKC", text.text))
            if match and len(text.text) < 80:
                heading[place] = str(int(match[1]))
            continue
        policy = policy_of(text.text) or heading.get(place)
        statements.append(StatedCounts(policy, counts, text.location, text.text))
    return statements


def text_paragraphs(path: Path) -> list[TextCell]:
    """The lines of a report text (.txt, .md, a .docx saved as text) as text cells."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp932"):
        try:
            content = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise PlanevalError(f"{path}: 文字コードが UTF-8 でも Shift_JIS でもないため読めません")
    return [
        TextCell(Location(str(path), None, f"{number}行目"), line.strip())
        for number, line in enumerate(content.splitlines(), start=1)
        if line.strip()
    ]


def policy_of(text: str) -> str | None:
    """The policy a paragraph is about, from the directions it quotes (「1-1 …」) or a heading."""
    plain = unicodedata.normalize("NFKC", text)
    policies = {match[1] for match in _DIRECTION_QUOTE.finditer(plain)}
    if len(policies) == 1:
        return str(int(policies.pop()))
    heading = _POLICY_HEADING.search(plain)
    return str(int(heading[1])) if heading else None


@dataclass(frozen=True, slots=True)
class Disagreement:
    policy_id: str
    what: str  # a scale symbol or PROJECTS
    stated: int | None  # None: the paragraph does not say it
    counted: int
    location: Location


def compare(
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
