"""One shown form for each level's number. A 課 typing its 施策 Ⅱ-2 「II-2」 (Latin letters) or
Ⅲ-1 「Ⅲ－１」 (a full-width dash and digit) is read as 2-2 and 3-1, paired and counted as the
other forms' Ⅱ-1 and Ⅱ-3 are, but was shown as typed beside them: a director's table mixed its
notations (review 105, 110), as was 経済産業局's 「（１）」 beside the others' 「(2)」 (review 115).
Where a read mixes them, each number's Roman numerals (Ⅱ or II), the dash between its parts, its
brackets and its digits' width are shown as the plan types them, where a plan is given and writes
the number alike but for them; else as most of its body's files type them, ties to Ⅱ, 「-」, 「(」
and 1. A read typing every number alike but for its digits' width, and 1.1 beside 1-1, is shown
as typed — a body may type 「２．１．１」 in one sheet and 「1.1.1」 in another — but where one
project is typed in two widths (a 大綱's 改革項目 「2.」 in one 部's form, 「２．」 in another's:
review 114), which showed it as two rows of its 柱's table. A project still shown in two ways
(「Ⅰ-2」 beside 「2.」, no plan to tell) is shown as most of its rows type it. The rows in error
are shown alike.

A project the plan has is shown as the plan numbers it, and another (no plan given, or an
earlier round's project a plan revised since numbers otherwise: review 121 #5) numbered
straight through the plan by its own number, as a file of its body shows it: 枚方市's 施策 5,
typed 「5　健康づくり」 under its 基本目標Ⅱ heading, is read as 2-5 and was shown so beside 「13」 of
a form with a 施策番号 column and 「1」 of the plan's 未提出 rows (review 103, 108). Only the
shown form changes: the IDs, and so the pairing and the counts, are as read."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from operator import attrgetter, eq, itemgetter
from typing import TYPE_CHECKING

from planeval.ids import DASHES
from planeval.lazy_pattern import LazyPattern
from planeval.level_labels import POLICY_WORD
from planeval.model import Entry
from planeval.read_records import ReadResult
from planeval.text import ROMAN_NUMERALS

if TYPE_CHECKING:
    from planeval.plan import Plan

# (Roman numerals: "Ⅱ"/"II"/"", the dash between parts: "-"/"－"/"", the digits: "1"/"１"/"",
# the brackets: "("/"（"/"")
Notation = tuple[str, str, str, str]

_LATIN = {unicodedata.normalize("NFKC", c): c for c in ROMAN_NUMERALS}  # "II" → "Ⅱ"
_LATIN_RUN = LazyPattern(r"(?<![A-Za-z])[IVX]+(?![A-Za-z])")
_DASH = LazyPattern(f"[{DASHES}]")
_DIGIT = LazyPattern("[0-9]")
_PREFERRED: Notation = ("Ⅱ", "-", "1", "(")  # (a tie: as most plans and planeval write them)
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
_BRACKETS = {"(": str.maketrans("（）", "()"), "（": str.maketrans("()", "（）")}
_PROJECT, _FILE_LABEL = (
    attrgetter("body", "policy_id", "direction_id", "project_id", "project_label"),
    attrgetter("body", "location.file", "project_label"),
)
# (by position, as a tuple's: cheaper in C than by name, on every row of a large read)
_LABEL, _ID, _POLICY = (
    itemgetter(Entry._fields.index(field)) for field in ("project_label", "project_id", "policy_id")
)
# (a project's body, ID and label; its body and ID: of a Project)
_TYPED, _BODY_PROJECT = itemgetter(0, 3, 4), itemgetter(0, 3)
Project = tuple[str, str, str, str, str]  # (body, policy, direction, project IDs, its label)
Relabelled = dict[tuple[str, str, str], str]  # (body, project ID, label) → the label shown


def one_form(result: ReadResult, plan: Plan | None = None) -> None:
    """``result``'s project numbers as typed (Entry.project_label) and its policies' and
    directions' (ReadResult.level_labels) each in one notation, as the module says. Most reads
    type every number in one notation, as the plan does: nothing changes."""
    rows = [*result.read, *result.error_rows]  # (a row in error shows its project too)
    # (most reads, told in C: every project typed as its ID, Entry.project_label, and none its
    # policy's own, 施策 10, that a body numbering its projects through shows so — nothing to do)
    if (
        plan is None
        and not any(map(_LABEL, rows))
        and not any(map(eq, map(_ID, rows), map(_POLICY, rows)))
    ):
        return
    projects = set(map(_PROJECT, rows))
    relabelled = _through_numbers(projects)
    if plan is not None:  # (… and a project it has not, an earlier round's: review 121 #5)
        planned_ids = {item.project_id for item in plan.items}
        relabelled = {k: v for k, v in relabelled.items() if k[1] not in planned_ids}
        relabelled |= _plan_numbers(projects, plan) | _template_numbers(projects, plan)
    labels = {project[4] for project in projects} - {""}
    planned = _plan_forms(plan)
    in_plan = (planned[key] for label in labels if (key := _key(label)) in planned)
    forms: dict[tuple[str, str], str] = {}
    twice = _typed_twice(projects)
    # (not most reads: one notation, the plan's; a project typed 「2.」 and 「２．」: review 114)
    if _mixed(map(_notation, {*labels, *in_plan})) or any(map(_one_key, twice.values())):
        pairs = {pair for pair in map(_FILE_LABEL, rows) if pair[2]}
        notations = {
            body: _majority([_notation(label) for b, _, label in pairs if b == body])
            for body in {body for body, _, _ in pairs}
        }
        forms = {
            (body, label): _written(label, _notation(planned.get(_key(label), "")) or notation)
            for body, notation in notations.items()
            for label in {*labels, *result.level_labels.values()}
        }
    if not forms and not relabelled and not twice:
        return

    def shown(e: Entry) -> str:
        label = relabelled.get((e.body, e.project_id, e.project_label))
        return forms.get((e.body, e.project_label), e.project_label) if label is None else label

    one = _most_typed(rows, shown) if twice else {}

    def entry(e: Entry) -> Entry:
        label = one.get((e.body, e.project_id)) or shown(e)
        if label == e.project_label:
            return e
        return e._replace(project_label="" if label == e.project_id else label)

    result.read = list(map(entry, result.read))
    result.error_rows = list(map(entry, result.error_rows))
    for key, label in result.level_labels.items():
        body = key.partition("\x1f")[0] if "\x1f" in key else ""
        if key.endswith(POLICY_WORD):  # (a word, 基本目標: no number)
            continue
        result.level_labels[key] = forms.get((body, label), label)


def _typed_twice(projects: Collection[Project]) -> dict[tuple[str, str], set[str]]:
    """Each (body, project ID) ``projects`` type in more than one way: 「2.」 in one 部's form
    and 「２．」 in another's (review 114)."""
    if len(set(map(_TYPED, projects))) == len(set(map(_BODY_PROJECT, projects))):
        return {}  # (each project typed one way, told in C: most reads, a step per project saved)
    typed: dict[tuple[str, str], set[str]] = {}
    for body, _, _, project, label in projects:
        typed.setdefault((body, project), set()).add(label)
    return {key: labels for key, labels in typed.items() if len(labels) > 1}


def _one_key(labels: set[str]) -> bool:
    """Whether ``labels`` are one number in several notations (「2.」, 「２．」)."""
    return len(set(map(_key, labels))) == 1


def _most_typed(rows: Iterable[Entry], shown: Callable[[Entry], str]) -> dict[tuple[str, str], str]:
    """Each (body, project ID) still shown in two ways once ``shown`` (the plan's numbers, the
    notation most files type): the one most of its rows show, the first read on a tie — one
    project, one row of every table (a 課 typing 「Ⅰ-2」 where the others type 「2.」)."""
    counted: dict[tuple[str, str], Counter[str]] = {}
    for e in rows:
        counted.setdefault((e.body, e.project_id), Counter())[shown(e)] += 1
    return {key: typed.most_common(1)[0][0] for key, typed in counted.items() if len(typed) > 1}


def _plan_numbers(projects: Iterable[Project], plan: Plan) -> Relabelled:
    """The projects of ``projects`` the plan types otherwise than as read, shown as the plan
    types them (「5」 of 施策 2-5, read so under its 基本目標Ⅱ heading). Not those it numbers as
    their IDs: a plan's 1-(1) read as 1-1 is no notation to show the forms' (1) in; nor those
    it numbers as the forms do but led by their upper levels' numbers (``_led``)."""
    planned: dict[str, str] = {}
    for item in plan.items:
        if item.project_label:
            planned.setdefault(item.project_id, item.project_label)
    return {
        (body, project, label): planned[project]
        for body, _, _, project, label in projects
        if project in planned
        and (label or project) != planned[project]
        and not _led(planned[project], label)
    }


def _template_numbers(projects: Iterable[Project], plan: Plan) -> Relabelled:
    """Where some forms type the plan's projects as its template's forms do (施策番号 「1-(1)」,
    PlanItem.project_typed), the projects a form types otherwise shown so too: 教育委員会's own
    form of last year, 「（２）」 under its 基本目標 heading beside the template's 「3-(1)」
    (review 146 #5). None where no form types one so (every 課's own form: as typed)."""
    typed = {item.project_id: item.project_typed for item in plan.items if item.project_typed}
    if not any(typed.get(project) == label for _, _, _, project, label in projects):
        return {}
    return {
        (body, project, label): typed[project]
        for body, _, _, project, label in projects
        if project in typed and label != typed[project]
    }


def _led(planned: str, label: str) -> bool:
    """Whether the plan's number ``planned`` is the forms' ``label`` led by its upper levels'
    numbers (「2-5-(1)」 of a group the forms type 「(1)」 under their 施策5 heading): the same
    number, shown as the forms type it, with the plan and without (review 140 #7)."""
    typed, joined = _key(label), _key(planned)
    return bool(typed) and joined.endswith(typed) and joined[: -len(typed)][-1:] in ("-", ".")


def _through_numbers(projects: Iterable[Project]) -> Relabelled:
    """The projects planeval numbered under their policy (2-5 of 「5　健康づくり」 under 基本目標Ⅱ)
    shown by their own number (5) in a body whose projects are numbered straight through the
    plan (no number under two policies) and one of whose files shows such a number as it is (a
    施策番号 column: 13, its 基本目標 in a column of its own; 10, with none)."""
    policies: dict[tuple[str, str], set[str]] = {}  # (body, own number) → its policies
    joined, shown = [], set()
    for body, policy, direction, project, label in projects:
        if direction or not policy:
            continue
        if project == policy:  # (施策 10 read as its own policy: shown by its number)
            shown.add(body)
            continue
        own = project.removeprefix(f"{policy}-")
        if own == project or not own.isdecimal():
            continue
        policies.setdefault((body, own), set()).add(policy)
        if not label:
            joined.append((body, project, own))
        elif label == own:
            shown.add(body)
    within = {body for (body, _), under in policies.items() if len(under) > 1}
    return {
        (body, project, ""): own
        for body, project, own in joined
        if body in shown and body not in within
    }


def _plan_forms(plan: Plan | None) -> dict[str, str]:
    """Each number the plan types (its notation left out: ``_key``) → as the plan types it,
    where it types it in one notation only. A number typed in two (「（2）-2」 under 基本方針1,
    「(2)-2」 under 基本方針3: two items, one number under two policies) tells no notation: its
    rows are shown as most of their body's files type them — not as whichever label a hash set
    met last, the other 基本方針's, a run apart (review 174 #1)."""
    typed: dict[str, list[str]] = {}
    for label in sorted(_plan_labels(plan)):
        typed.setdefault(_key(label), []).append(label)
    return {key: labels[0] for key, labels in typed.items() if len(labels) == 1}


def _plan_labels(plan: Plan | None) -> set[str]:
    if plan is None:
        return set()
    levels = attrgetter("project_label", "policy_label", "direction_label")
    return {label for item in plan.items for label in levels(item) if label}


def _key(label: str) -> str:
    """A number with its notation left out: 「II-2」, 「Ⅱ－２」 and 「Ⅱ-2」 alike."""
    return _DASH.sub("-", unicodedata.normalize("NFKC", "".join(label.split())))


def _notation(label: str) -> Notation | None:
    """How ``label`` writes its Roman numerals, its dash, its digits and its brackets ("" where
    it has none; None: none of them)."""
    roman = "Ⅱ" if any(c in ROMAN_NUMERALS for c in label) else ""
    dash = found[0] if (found := _DASH.search(label)) else ""
    roman = roman or ("II" if _LATIN_RUN.search(label) else "")
    width = "１" if label != label.translate(_HALF_WIDTH) else "1" if _DIGIT.search(label) else ""
    bracket = "（" if "（" in label else "(" if "(" in label else ""
    return (roman, dash, width, bracket) if roman or dash or width or bracket else None


def _mixed(notations: Iterable[Notation | None]) -> bool:
    """Whether two of ``notations`` write a part apart (Ⅱ and II; 「-」 and 「－」; 「(」 and
    「（」): not the digits' width alone, as the module says."""
    romans, dashes, brackets = set(), set(), set()
    for notation in filter(None, notations):
        romans.add(notation[0])
        dashes.add(notation[1])
        brackets.add(notation[3])
    return any(len(parts - {""}) > 1 for parts in (romans, dashes, brackets))


def _majority(listed: list[Notation | None]) -> Notation:
    """Each part of the notation most of ``listed`` write (a tie: _PREFERRED's)."""
    parts = []
    for place, preferred in enumerate(_PREFERRED):
        counted = Counter(n[place] for n in listed if n and n[place])
        # (a tie of two parts neither preferred: the one first in code order, not in set order)
        parts.append(
            max(counted, key=lambda p: (counted[p], p == preferred, -ord(p[0])), default=preferred)
        )
    return parts[0], parts[1], parts[2], parts[3]


def _written(label: str, notation: Notation) -> str:
    """``label`` with its Roman numerals, its dash, its digits (and dots) and its brackets
    written as ``notation`` (a part it leaves empty: as typed)."""
    roman, dash, width, bracket = notation
    if roman == "Ⅱ":
        label = _LATIN_RUN.sub(lambda m: _LATIN.get(m[0], m[0]), label)
    elif roman:
        label = "".join(
            unicodedata.normalize("NFKC", c) if c in ROMAN_NUMERALS else c for c in label
        )
    if width:
        label = label.translate(_HALF_WIDTH if width == "1" else _FULL_WIDTH)
    if bracket:
        label = label.translate(_BRACKETS[bracket])
    return _DASH.sub(dash, label) if dash else label
