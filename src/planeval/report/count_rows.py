"""A row of a table of counts (CountRow): a group's counts, total, uncounted symbols and shares,
its number as typed and a body's state; and a table's data with each group's number as typed
beside its ID (typed_beside). The table is report/tables.py's CountTable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planeval.level_labels import TYPED_TITLE
from planeval.wording import grouped

# the shares of a row with nothing counted (計 0: every row 対象外) where read: no share, not
# 0.0 of each (review 191 #2: 小島村's 0.0 / 0.0 / 0.0 / 0.0 added up to 0); in data left empty
NO_SHARE = "－"
UNSUMMED_NAMED = 3  # rows named in the note of shares not adding up to 100; more are counted


@dataclass(frozen=True, slots=True)
class CountRow:
    """One group's numbers: counted symbols, their total, uncounted ones, percentages. A
    body the inputs named and no row was counted of has a row with no numbers at all (blank,
    not 0: nothing was counted), so that no format drops it from the table."""

    id: str
    name: str
    counts: tuple[int, ...]
    total: int
    uncounted: tuple[int, ...]
    shares: tuple[float | int, ...]  # () when the table has no percentages
    blank: bool = False  # nothing counted: every number cell left empty
    label: str = ""  # the group's number as its body typed it, where not as its ID (Ⅰ for 1)
    # the marked rows of the group above (うち重点: a 内数, not a group; no shares of its own),
    # named by its label in the name column (the ID column where the table has no names)
    sub: bool = False
    # after a body's name wherever its row is shown for reading (the terminal, a printed
    # table, the html): 「（一部未集計）」 (PARTLY), 「（未回答）」; never in data (a CSV, the
    # xlsx), where the name stays the name a lookup joins on and ``state`` says it
    mark: str = ""
    # the body whose own group this is, in a table of each body's groups (body-policy): its
    # name (and ``mark``) shown in a column of its own; "" in a table by body (its ID is it)
    body: str = ""
    # 集計の状況 in a table of bodies' data: 「一部未集計（記入に不備があったため）」, 「未集計（未回答）」,
    # "" for a body counted whole (and 合計)
    state: str = ""
    # a row of a table with shares whose 計 is 0 (every row 対象外, 小島村): no shares, each
    # shown 「－」 (tables.NO_SHARE), not 0.0 (review 191 #2)
    unshared: bool = False

    @property
    def shown_id(self) -> str:
        """The group's number as a reader sees it: as typed (Ⅰ, 1.1), else its ID; a body
        counted in part marked after its name (in a table by body, its ID)."""
        return (self.label or self.id) + self.own_mark

    @property
    def apart(self) -> bool:
        """Whether the row is of a body none of whose rows was counted, its ``state`` saying
        why: in an export, its name alone and the state in a cell of its own (named_id; review
        193 #3: 「西川町（読めない形式の回 / 答）」 wrapped in a Word cell beside empty ones)."""
        return self.blank and bool(self.state) and not self.body

    @property
    def named_id(self) -> str:
        """shown_id, a body none of whose rows was counted (``apart``) by its name alone."""
        return (self.label or self.id) if self.apart else self.shown_id

    @property
    def own_mark(self) -> str:
        """The mark after the ID: a body's, where the ID is the body's name."""
        return "" if self.body else self.mark

    @property
    def shown_body(self) -> str:
        """The body of a group of one body's, as its column shows it: 「川辺町（一部未集計）」."""
        return self.body + self.mark if self.body else ""

    def share_texts(self, places: int, columns: int, *, separated: bool) -> list[str]:
        """The shares at ``places`` ("0.0", "50.0"); with none, ``columns`` cells: 「－」 of a row
        with nothing counted where read (NO_SHARE), else "" (a うち重点 line's, data's)."""
        if self.shares:
            return [f"{share:.{places}f}" for share in self.shares]
        return [NO_SHARE if self.unshared and separated else ""] * columns

    @property
    def numbers(self) -> tuple[float | int, ...]:
        """The numbers in column order; () for a blank row."""
        if self.blank:
            return ()
        return (*self.counts, self.total, *self.uncounted, *self.shares)


def states_apart(rows: Sequence[CountRow], texts: list[list[str]]) -> list[list[str]]:
    """``texts`` (CountTable.text_rows) with each body none of whose rows was counted named
    alone, its state in its first number cell (CountRow.apart): Markdown's, no cell spanning."""
    return [
        [row.named_id, text[1], row.state, *text[3:]] if row.apart else text
        for row, text in zip(rows, texts, strict=True)
    ]


def unshared_said(topic: str, apart: Sequence[str]) -> str:
    """Why the rows ``topic`` names (「小島村は」) have shares 「－」: nothing counted, every row
    of them a status not counted, ``apart`` (their columns' titles: 「対象外」, 「＊（再掲）」)."""
    every = f"すべての行が「{'」か「'.join(apart)}」で" if apart else ""
    return f"{topic}、{every}計に数える行がないため、割合を「{NO_SHARE}」としています。"


def unsummed_said(unsummed: Sequence[str], hundred: str) -> str:
    """The rows whose shares do not add up to 100, each named with its sum (「北浜市は 99.9%、…」)
    as 集計's are, 施策別集計's four too (review 201 #8: 「…にならない行が4行あります」 named
    none); of many, UNSUMMED_NAMED named and how many more: five bodies named and 「ほか 7 行」
    was a long note under every body's table (review 193 #9)."""
    named = unsummed if len(unsummed) <= UNSUMMED_NAMED + 1 else unsummed[:UNSUMMED_NAMED]
    more = f" ほか {grouped(len(unsummed) - len(named))} 行" if len(named) < len(unsummed) else ""
    return f"合計が{hundred}にならない行があります（{'、'.join(named)}{more}）。"


def typed_beside(
    lines: Sequence[CountRow], headers: Sequence[str], rows: list[list[str]], at: int
) -> tuple[tuple[str, ...], list[list[str]]]:
    """``headers`` and ``rows`` (data: each group by its ID, in column ``at``) with a column
    after the ID's of each group's number as typed where some group's was typed otherwise
    (CountRow.label, 「Ⅰ」; titled as the ID's with 「（表記）」, as the export's data sheet
    titles it); as they are where none was."""
    shown = [line.label if line.id else "" for line in lines]  # (区分なし: its label its ID)
    if not any(shown):
        return tuple(headers), rows
    typed = (*headers[: at + 1], headers[at] + TYPED_TITLE, *headers[at + 1 :])
    labelled = [
        [*row[: at + 1], label, *row[at + 1 :]] for label, row in zip(shown, rows, strict=True)
    ]
    return typed, labelled
