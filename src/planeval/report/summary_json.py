"""summarize's JSON summary with every body the inputs name: imported by a JSON summary alone,
without the table code (report.tables) a terminal's table needs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.aggregate import Summary
from planeval.model import first_places


def summary_json(
    summary: Summary, bodies: Sequence[str], why: Mapping[str, str]
) -> dict[str, object]:
    """summary.as_dict(), by body or of each body's groups with a group for each body no row
    was counted of (``why``: its reason, past_errors.uncounted_why), in its place among
    ``bodies``, as the tables' blank rows: its counts null (nothing counted, not 0 counted:
    the total is the counted rows') and ``"not_counted"`` why; of each body's groups its ID
    and name "" (review 29 #6: 23 bodies were only in ``uncounted_bodies``)."""
    data = summary.as_dict()
    if not why or not (summary.by == "body" or summary.of_bodies):
        return data
    nothing = dict.fromkeys(("counts", "uncounted", "total", "percent", "projects"))
    marked = {"marked": None} if summary.marked else {}
    blank = [
        {"body": body, "id": body if summary.by == "body" else "", "name": ""}
        | nothing
        | marked
        | {"not_counted": reason}
        for body, reason in why.items()
    ]
    place = first_places(bodies)
    groups = [*data["groups"], *blank]  # type: ignore[misc]
    data["groups"] = sorted(groups, key=lambda group: place.get(group["body"], len(place)))
    return data
