"""A project's number as the body's forms type it, for a row planeval lists that no form holds
(an item of a department that returned nothing, from the plan): 「(3)」 where the forms type their
projects 「(1)」「(2)」 under each 基本方針, as its neighbours in Chapter 3 show — not the plan's
「2-3」 among them (review 91)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from planeval.model import Entry

_NUMBER = re.compile(r"[0-9]+")


def typed_as_forms(entries: Iterable[Entry]) -> Callable[[str], str]:
    """A project's ID (2-3) → its number as the forms type it: as most of the project's own
    rows read type it, one 施策 under one heading (川瀬町's 「1-(1)」 of the template's forms,
    beside a 課's own form typing 「(2)」 under its 基本目標: the plan's 「1-1」 split it in two,
    review 146 #4); a project no row was read of, in the one shape every form's projects are
    typed in (「(1)」 under 2-1: 「(3)」; 「1.2」 for 1-2: 「2.3」), each number of the shape its
    ID's last ones; "" where the forms type them in no one such shape (Setagaya's 1-1-1, typed
    as its ID; one form 「(1)」, another 「1.1」)."""
    entries = list(entries)
    read: dict[str, Counter[str]] = {}
    for e in entries:
        read.setdefault(e.project_id, Counter())[e.project_label] += 1
    own = {project: typed.most_common(1)[0][0] for project, typed in read.items()}
    shapes = {_shape(project, label) for project, label in own.items()}
    shape = shapes.pop() if len(shapes) == 1 else None

    def typed(project: str) -> str:
        if project in own:
            return own[project]
        parts = project.split("-")
        if (
            shape is None
            or len(parts) < shape[1]
            or not all(part.isdecimal() for part in parts[-shape[1] :])
        ):
            return ""
        return shape[0].format(*parts[-shape[1] :])

    return typed


def _shape(project: str, label: str) -> tuple[str, int] | None:
    """A typed project number's shape, its numbers the ID's last ones: 「({})」 and 1 for
    「(1)」 of 2-1; None where the label holds no number or numbers that are not its ID's."""
    found = _NUMBER.findall(label)
    parts = project.split("-")
    if (
        not found
        or len(found) > len(parts)
        or [int(n) for n in found]
        != [int(p) if p.isdecimal() else -1 for p in parts[-len(found) :]]
    ):
        return None
    template = _NUMBER.sub("{}", label.replace("{", "{{").replace("}", "}}"))
    return template, len(found)
