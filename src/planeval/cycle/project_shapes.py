"""A project's number as the body's forms type it, for a row planeval lists that no form holds
(an item of a department that returned nothing, from the plan): 「(3)」 where the forms type their
projects 「(1)」「(2)」 under each 基本方針, as its neighbours in Chapter 3 show — not the plan's
「2-3」 among them (review 91)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from planeval.model import Entry

_NUMBER = re.compile(r"[0-9]+")


def typed_as_forms(entries: Iterable[Entry]) -> Callable[[str], str]:
    """A project's ID (2-3) → its number in the one shape every form's projects are typed in
    (「(1)」 under 2-1: 「(3)」; 「1.2」 for 1-2: 「2.3」), each number of the shape its ID's last
    ones; "" for every ID where the forms type them in no one such shape (Setagaya's 1-1-1,
    typed as its ID; one form 「(1)」, another 「1.1」)."""
    shapes = {
        _shape(project, label)
        for project, label in {(e.project_id, e.project_label) for e in entries}
    }
    shape = shapes.pop() if len(shapes) == 1 else None
    if shape is None:
        return lambda _project: ""
    template, numbers = shape

    def typed(project: str) -> str:
        parts = project.split("-")
        if len(parts) < numbers or not all(part.isdecimal() for part in parts[-numbers:]):
            return ""
        return template.format(*parts[-numbers:])

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
