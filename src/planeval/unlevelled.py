"""Bodies with no level above their rated rows, in a roll-up by policy of bodies with one.

A prefecture's roll-up by policy adds the same number of every body together (基本目標1 of each
municipality's plan). A body whose plan has one level only — its projects numbered 1…n with
nothing above them (森野町's running 番号 1–5 beside each 計画事業), or its 施策 rated row by row
— has no policy to add: its 1 is a project, not the others' 基本目標1. Where other bodies' plans
have a level above their projects, such a body's rows are counted in one group of their own,
区分なし, after the policies, and a notice says which bodies and why; where no body's plan has
one, the roll-up adds their numbers together as it adds policies. A body that types its
policies as a level of their own — band rows 「基本目標１　…」 inside its one table, or a 基本目標
column — has them, however its rows under them are numbered (a running No. 1–6 straight
through: level_labels.policy_word, recorded as the reader meets such a band row or column)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from planeval.cells import body_list
from planeval.ids import DIGITS
from planeval.level_labels import NO_LABELS, LevelLabels, policy_word
from planeval.model import Entry, Location, Problem, Severity

UNLEVELLED = ""  # the group's ID: no number of any body's
UNLEVELLED_LABEL = "区分なし"  # what its ID cell shows (Group.label), its bodies its name


def unlevelled_bodies(
    order: Iterable[tuple[str, str]],
    projects: Mapping[tuple[str, str, str], Iterable[str]],
    row: str,
    labels: LevelLabels = NO_LABELS,
) -> dict[str, None]:
    """The bodies all of whose tallied rows (Tally.projects: body, policy, status → projects)
    are rated as projects (``row`` in the project's key: no level between the policy and its
    rows) and numbered by themselves, not under the policy (_led_by) nor anew under each policy
    (_row_number), nor under policies they typed as a level of their own (``labels``,
    ReadResult.level_labels: policy_word — 岡谷市's band rows 「基本目標１　…」 over its 施策
    numbered 1–6 straight through, review 84), where another body's are not, in the order of
    ``order`` (Tally.order); none where every body's are."""
    if len({body for body, _ in order}) < 2:  # (one body: its numbers are its own policies)
        return {}
    levelled: set[str] = set()
    flat: set[str] = set()
    numbered: dict[tuple[str, str], set[str]] = {}  # (body, a row's No.) → its policies
    for (body, policy, _status), held in projects.items():
        for project in held:
            if row in project and not _led_by(project, row, policy):
                flat.add(body)
                if (number := _row_number(project, row)) is not None:
                    numbered.setdefault((body, number), set()).add(policy)
            else:
                levelled.add(body)
    # (rows numbered 1, 2 … anew under each policy: the policy a level of its own)
    levelled |= {body for (body, _number), policies in numbered.items() if len(policies) > 1}
    # (policies typed as a level, in band rows or a column: asked of the flat bodies alone)
    levelled |= {body for body in flat - levelled if policy_word(labels, body)}
    if not levelled or not (flat := flat - levelled):
        return {}
    return {body: None for body, _ in order if body in flat}


def _led_by(project: str, row: str, policy: str) -> bool:
    """Whether a row rated as a project is numbered under its policy (南台市's 事業 「1-3」 under
    基本目標 「1」, review 40): the policy is then a level of its own, its rows its 事業 — not a
    plan of one level, whose rows are numbered 1, 2, 3 (or ①) by themselves."""
    label = unicodedata.normalize("NFKC", project.split(row)[1])
    return re.match(rf"{re.escape(policy)}\s*[-.‐]\s*\d", label) is not None


def _row_number(project: str, row: str) -> str | None:
    """A row rated as a project's No. as typed, where it is digits (上田市's 事業 「1」「2」 anew
    under each heading 「基本目標1 市民に身近な行政DX」, review 83: 8 of 20 bodies counted in
    区分なし; 千種区's running No. 1–5 beside its 取組み項目 is no such numbering, nor 森野町's ①
    — NFKC would make it a 1 — its projects' items); None for any other label."""
    label = project.split(row)[1].strip()
    return label if label and all(char in DIGITS for char in label) else None


def unlevelled_group(bodies: Iterable[str]) -> tuple[str, set[str]]:
    """The group's name, its bodies (past three 森野町・西川村・北浜市 ほか 2 団体), and its number
    as shown (Tally.summary's typed numbers): 区分なし."""
    return body_list(list(bodies)), {UNLEVELLED_LABEL}


def is_unlevelled_heading(text: str) -> bool:
    """Whether a report's line (marks before it dropped) is the 区分なし section's heading, as
    written or NFKC-normalised: 区分なし（森野町）, 区分なし(森野町)."""
    return text.startswith((f"{UNLEVELLED_LABEL}（", f"{UNLEVELLED_LABEL}("))


def unlevelled_heading(label: str, name: str) -> str:
    """Its heading, section and sheet: 区分なし（森野町）."""
    return f"{label}（{name}）"


def policy_entries(
    entries: Iterable[Entry], policy: str, unlevelled: Sequence[str]
) -> tuple[Entry, ...]:
    """A policy's rows, of the bodies whose plans have policies (Summary.unlevelled's have
    none); the 区分なし group's, theirs, as under no policy (each body's one table, its
    numbers its projects', named 「森野町の計画」 in the sentence)."""
    if unlevelled and policy == UNLEVELLED:
        return tuple(
            entry._replace(policy_id=UNLEVELLED, policy_name=f"{entry.body}の計画")
            for entry in entries
            if entry.body in unlevelled
        )
    return tuple(e for e in entries if e.policy_id == policy and e.body not in unlevelled)


def unlevelled_lines(bodies: Sequence[str], policy: str) -> tuple[str, ...]:
    """Under 集計, what its 区分なし row holds (``policy``: the body's word for the level)."""
    if not bodies:
        return ()
    return (
        f"区分なし：{body_list(bodies)}の計画は番号が 1 段だけで{policy}の段がないため、"
        f"{policy}別には加えず、この行に数えました。",
    )


def unlevelled_notice(bodies: Sequence[str], files: Mapping[str, str], read: str = "") -> Problem:
    """What the 区分なし group holds and why; ``files`` (ReadResult.file_bodies) names the first
    body's workbook — else ``read``, the file read (an export of several bodies read back)."""
    where = next((file for file, body in files.items() if body == bodies[0]), read)
    return Problem(
        Location(where),
        Severity.NOTICE,
        f"{body_list(bodies)}の計画は番号が 1 段だけで（1, 2, 3 …）、ほかの団体の計画のような情報化政策の段が"
        "ありません。その番号はほかの団体の情報化政策の番号と同じものではないため、"
        "情報化政策別の集計には加えず、最後の「区分なし」の行に数えました",
        "その団体の数は --by body（団体別）か --by body-policy（団体ごとの表）で見られます。"
        "計画に情報化政策の段があるなら、番号をほかの団体と同じ「1-1-1」の形で書いてください",
    )
