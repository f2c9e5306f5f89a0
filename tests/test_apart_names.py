"""A policy the bodies of a roll-up name each their own way is shown unnamed (no one body's
name is the prefecture's); review 40 found nothing said why. A notice names the names and
who gives each, the most bodies' first, a few of each."""

from __future__ import annotations

import planeval
from planeval.apart_names import names_apart
from planeval.model import Entry, Location, Severity


def _rows(named: dict[str, str]) -> list[Entry]:
    return [
        Entry(Location(f"{body}.xlsx", "s", "C2"), "3", "3-1", "3-1-1", "事業", 1, "①", "取組",
              None, "○", "○", policy_name=name, body=body)
        for body, name in named.items()
    ]  # fmt: skip


def test_a_policy_named_apart_is_said_with_who_names_it_how() -> None:
    named = {
        "青葉市": "デジタル基盤の整備",
        "緑町": "デジタル基盤の整備",
        "星野市": "安全なデジタル基盤",
    }
    rows = _rows(named)
    summary = planeval.summarize(rows, by="policy")
    assert summary.groups[0].name == ""  # (no one body's)
    names = {f"{body}\x1f3": name for body, name in named.items()}
    [notice] = names_apart(summary, names, list(named), "青葉市.xlsx")
    assert notice.severity is Severity.NOTICE and notice.location.file == "青葉市.xlsx"
    assert notice.message == (
        "情報化政策3 は団体によって名前が違うため、表に名前を載せていません: "
        "「デジタル基盤の整備」（青葉市・緑町）、「安全なデジタル基盤」（星野市）"
    )


def test_names_alike_or_one_body_say_nothing() -> None:
    named = {"青葉市": "デジタル基盤の整備", "緑町": "デジタル基盤 の整備"}  # (spacing aside)
    summary = planeval.summarize(_rows(named), by="policy")
    names = {f"{body}\x1f3": name for body, name in named.items()}
    assert names_apart(summary, names, list(named), "") == []
    assert names_apart(summary, names, ["青葉市"], "") == []


def test_a_national_roll_up_names_a_few_ways_and_counts_the_rest() -> None:
    named = {f"{n:03}市": f"基盤{n}" for n in range(40)}
    summary = planeval.summarize(_rows(named), by="policy")
    names = {f"{body}\x1f3": name for body, name in named.items()}
    [notice] = names_apart(summary, names, list(named), "")
    assert notice.message.endswith(" ほか 37 通り") and len(notice.message) < 200
