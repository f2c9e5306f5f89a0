"""summarize's JSON summary with every body the inputs name: imported by a JSON summary alone,
without the table code (report.tables) a terminal's table needs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planeval.aggregate import Summary
from planeval.model import first_places
from planeval.read_records import ReadResult


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
        {"body": body, "id": body if summary.by == "body" else "", "label": "", "name": ""}
        | nothing
        | marked
        | {"not_counted": reason}
        for body, reason in why.items()
    ]
    place = first_places(bodies)
    groups = [*data["groups"], *blank]  # type: ignore[misc]
    data["groups"] = sorted(groups, key=lambda group: place.get(group["body"], len(place)))
    return data


def bodies_json(
    result: ReadResult, partly: Mapping[str, str], codes: Mapping[str, str]
) -> dict[str, object]:
    """What summarize's JSON says of the bodies: every body the inputs name, those no row was
    counted of and why each (review 44: named without their reasons), those counted in part
    (``partly``: past_errors.partly_counted) and each body's 団体コード as its forms state it
    (``codes``: roster.body_codes; a ministry joins on it), where known, and its 都道府県 as
    the list of bodies gives it (ReadResult.prefectures: review 179 #4)."""
    from planeval.past_errors import uncounted_why

    said: dict[str, object] = {
        "bodies": result.bodies,
        "uncounted_bodies": result.uncounted_bodies,
        "uncounted_why": uncounted_why(result),
        "partly_counted_bodies": partly,
    }
    if codes:
        said["body_codes"] = {body: codes[body] for body in result.bodies if body in codes}
    if named := result.prefectures:  # (… and each one's 都道府県 where the list gives it)
        said["body_prefectures"] = {body: named[body] for body in result.bodies if body in named}
    return said
