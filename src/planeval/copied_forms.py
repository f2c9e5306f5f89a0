"""A department's reply that is another department's, copied with only its department changed
(review 144 #4: 川辺市's 06_企画課.xlsx was 総務課's four rows, 「担当課：企画課」 and the 担当課
column rewritten). Each of its items was said twice as 「同じ回答を二度受け取ったものなら古い方を
除き」 — which could remove 総務課's real reply —, and with the plan 企画課's own items were said to
have had their rows deleted. Here it is said once as what it is, naming both files; its rows are
left out (they are the other's, counted there), so that its department has returned nothing:
with the plan, the one whose items they are by the plan keeps them, and the other is 未提出."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from planeval.item_keys import entry_key
from planeval.model import Entry, Location, Problem, Severity


def copied_forms(
    read: Sequence[Entry],
    departments: dict[str, str],
    lead_of: Callable[[Entry], str] | None = None,
) -> dict[str, Problem]:
    """Each workbook whose rows are another's of another department — the same items rated
    alike with the same remarks, each stating its own department (``departments``: file →
    the department its form states) — with the warning saying so: the copy, by the plan's
    leads (``lead_of``) where they name one of the two, else the one read later."""
    rows: dict[str, list[Entry]] = {}
    for entry in read:
        if entry.location.file in departments and entry.repeat_of is None:
            rows.setdefault(entry.location.file, []).append(entry)
    if len(rows) < 2:
        return {}
    alike: dict[frozenset[tuple[object, ...]], str] = {}  # (the rows of a file: its first)
    copies: dict[str, Problem] = {}
    for file, own in rows.items():
        stated = departments[file]
        if len(own) < 2 or any(entry.department not in ("", stated) for entry in own):
            continue  # (a row of another's, or one row: a co-owned item)
        shape = frozenset((entry_key(e), e.status, e.issue) for e in own)
        first = alike.setdefault(shape, file)
        if first == file or departments[first] == stated:
            continue  # (one department's reply twice: forms_twice.py says it)
        leads = {lead_of(entry) for entry in own} if lead_of is not None else set()
        if leads == {stated}:  # (the plan's items of this file's department: the first copied)
            alike[shape] = file
            first, file = file, first
        by_plan = leads == {departments[first]}
        copies[file] = _said(file, first, departments, len(own), by_plan)
    return copies


def _said(copy: str, first: str, departments: dict[str, str], rows: int, by_plan: bool) -> Problem:
    """The warning of ``copy``, ``first``'s rows under another department: which copied
    which as the plan's leads tell (``by_plan``), else not said."""
    mine, theirs = departments[copy], departments[first]
    copied, kept = Path(copy).name, Path(first).name
    same = (
        f"{mine}の回答 {copied} は{theirs}の回答 {kept} と同じ行です（実施内容 {rows} 件の"
        "達成状況も課題等も同じで、担当課だけが違います）。"
    )
    if by_plan:
        return Problem(
            Location(copy),
            Severity.WARNING,
            f"{same}{mine}が{theirs}の調査票を写して担当課だけ書き換えたとみられます。二度数え"
            f"ないよう、{copied} の行は数えていません。計画ではこの {rows} 件の所管は{theirs}"
            f"です。{mine}の回答は届いていないものとして扱います",
            f"{mine}に{mine}の調査票で回答し直してもらい、{copied} と置き換えてください"
            f"（{kept} は{theirs}の回答なので、除かないでください）",
        )
    return Problem(
        Location(copy),
        Severity.WARNING,
        f"{same}どちらかの課がもう一方の調査票を写して担当課だけ書き換えたとみられます。二度"
        f"数えないよう、{copied} の行は数えず、先に読んだ {kept} を{theirs}の回答として数え"
        "ました",
        "どちらの課の調査票か確かめ、写した課に自分の課の調査票で回答し直してもらってください"
        "（古い方を除くのではなく、写した方を置き換えます。計画の一覧を --plan で指定すれば、"
        "計画の所管課で見分けます）",
    )
