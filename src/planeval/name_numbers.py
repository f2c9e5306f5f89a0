"""An item's own number typed at the start of its name, where no column or mark of its own
numbers it: 羽根村市's 課 type each 事業 「15 特定健康診査事業」 (「４４　こども家庭センター運営
事業」), numbered 1–44 through the plan, in a 事業名 column under its 施策 (review 164 #3, #4).

The reader keeps the name as typed — what the tables show —, and the row has no label: every
ID a flat list gave it was its project's, 「3」, so summarize --by item listed six 事業 under
番号 1 and compare named the renamed 事業 15 「事業 3」. A flat list (distinct_ids, item_groups)
numbers such a row by the number in its name, as it numbers a form typing it in a 事業番号
column of its own (planeval's template): 「15」 where the body numbers its items through the
plan, else beside its project's, 「3 15」 — never its project's alone."""

from __future__ import annotations

import re
import unicodedata

from planeval.io.own_ids import split_own_id
from planeval.model import Entry


def name_number(name: str) -> str:
    """The number (ASCII digits) a name starts with, 「15 特定健診事業」 → "15", 「４４　…」 →
    "44"; "" for a name not led by a number alone (「1-1 …」, 「2050年の…」, none)."""
    own, rest, _ = split_own_id(name)
    return own if own is not None and own.isdecimal() and rest else ""


# a name's leading number and the spaces after it, of either width (\s: the ideographic too)
_LEADING = re.compile(r"([0-9０-９]+)\s*")


def shown_numbered(entry: Entry) -> Entry:
    """``entry`` as published (the tables, the exports, rounds): the number its name starts
    with (name_number) in half-width digits and one half-width space after it, 「44 こども家庭
    センター運営事業」 beside 「6 学力向上推進事業」, not as one 課 typed it, 「４４　こども…」
    (review 164 #6); else ``entry``. Never where names are read, matched or counted."""
    if entry.item_label or entry.item_no is not None or not name_number(entry.item_name):
        return entry
    lead = _LEADING.match(entry.item_name)
    assert lead is not None  # (name_number: led by a number)
    shown = f"{unicodedata.normalize('NFKC', lead[1])} {entry.item_name[lead.end() :]}"
    return entry if shown == entry.item_name else entry._replace(item_name=shown)


def name_numbered(entry: Entry) -> Entry:
    """``entry`` labelled by the number its name starts with (name_number), as a flat list
    numbers it, where it has no label nor number of its own; else ``entry``."""
    if entry.item_label or entry.item_no is not None:
        return entry
    number = name_number(entry.item_name)
    return entry._replace(item_label=number) if number else entry


def beside_project(entry: Entry) -> str:
    """A row numbered in its name (name_numbered) as a flat list shows it where its body
    numbers its items anew under each project: beside its project's number, 「3 15」 (「2-3 6」
    of a project numbered by planeval, never 「2-3-6」, a number of three levels no one typed);
    its ID (Entry.shown_id) for any other row."""
    named = name_numbered(entry)
    if named is entry:
        return entry.shown_id
    return f"{entry.project_shown_id or entry.project_id} {named.item_label}"
