"""The rows of the report's tables of counts, computed once; every format renders these.

``CountTable``: the counts per group (the terminal's summary, 集計 and 団体別集計 in every
export), each row a CountRow (report/count_rows.py), its status columns titled by
report/count_headers.py; the lines said under it are report/table_notes.py's. Chapter 3's rows
are report/chapter3_rows.py's, the issue list's report/issue_list.py's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from planeval.aggregate import Group, Summary
from planeval.count import TOTAL_ROW_SAID, Count, Rounding, Ties
from planeval.model import first_places
from planeval.past_errors import PARTLY, PARTLY_MARK
from planeval.report.count_headers import status_titles, uncounted_headers
from planeval.report.count_rows import CountRow, typed_beside, unshared_said, unsummed_said
from planeval.report.reason_lists import Note
from planeval.report.sub_counts import sub_note, sub_rows
from planeval.wording import DEFAULT_WORDING, ID_TITLE, grouped

# Setagaya's issue list titles (the default Wording's); a report uses its own Wording's
ISSUE_HEADERS = DEFAULT_WORDING.issue_headers


# counts ---------------------------------------------------------------------------------


# the column of a table of bodies' data saying how each was counted (CountRow.state): a CSV's,
# the xlsx's 団体別集計 (review 78b #11: 「北原市（一部未集計）」 broke a VLOOKUP on the name)
STATE_HEADER = "集計の状況"
NOT_COUNTED = "未集計"

SHORT_NAMED = 5  # rows named in a note, before 「ほか N 行」 (the rows of 計 0)


@dataclass(frozen=True, slots=True)
class CountTable:
    """Counts per group and in total (合計), as every format prints them."""

    id_headers: tuple[str, str]
    counted: tuple[str, ...]
    uncounted: tuple[str, ...]  # as headers: "-（再掲）"
    share_headers: tuple[str, ...]  # "◎ 割合（%）", or () without percentages
    rows: tuple[CountRow, ...]  # the groups, then 合計
    uncounted_symbols: tuple[str, ...] = ()  # the uncounted symbols themselves
    share_places: int = 1  # the percentages' decimals
    remarks: tuple[Note, ...] = ()  # more to say under the table (the bodies not counted)
    sub_note: str = ""  # what its うち重点 lines count (sub_counts.sub_note), where it has any
    rounding: Rounding | None = None  # how its shares are rounded (count.py; None: not set)
    ties: Ties = "equal"  # of largest remainder, equal counts' shares (count.py)
    states: bool = False  # a table of bodies: its data has a column STATE_HEADER, last
    nameless: bool = False  # no group has a name: its 名称 column shown in its data alone
    titles: tuple[str, ...] = ()  # the counted statuses' columns as titled (status_titles)
    # the groups' level in the body's word, naming a row in the notes where the ID column is
    # titled 番号 alone (summarize's table: 「基本目標2」, not 「番号 2」: review 166 #5)
    level_word: str = ""
    # a table of bodies: each one's 都道府県 as the list gives it, naming it in the notes
    # (「秋田県福岡市 は 99.9%」, as the notes of bodies not counted: review 179 #4)
    prefectures: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def count_titles(self) -> tuple[str, ...]:
        """Each counted status's column title, 「達成度1」 (status_titles), else its symbol."""
        return self.titles or self.counted

    @property
    def data_headers(self) -> tuple[str, ...]:
        """The headers of the rows as data (text_rows(separated=False)): STATE_HEADER last in
        a table of bodies."""
        return (*self.headers, *(STATE_HEADER,) * self.states)

    def data(self) -> tuple[tuple[str, ...], list[list[str]]]:
        """The headers and rows as data (a CSV's: data_headers, text_rows(separated=False)), a
        group typed otherwise than its ID, 枚方市's 基本目標 Ⅰ, also as typed in a column beside
        its ID's, 「基本目標番号（表記）」 (typed_beside)."""
        return typed_beside(self.groups, self.data_headers, self.text_rows(separated=False), 0)

    @property
    def groups(self) -> list[CountRow]:
        """Each row's group: its own, a うち重点 line's named so beside the IDs the row above
        it — whose ID it is said with where it stands apart from its group's row (a CSV's
        data, a phone's card: review 124 #11, a line named 「うち重点」 alone)."""
        found: list[CountRow] = []
        for row in self.rows:
            found.append(found[-1] if row.sub and row.name and found else row)
        return found

    @property
    def named(self) -> bool:
        """Whether the groups have a name beside their ID (a policy); a body has only its name,
        in the ID column, and no name column to show; nor has a table none of whose groups
        has a name (``nameless``: its data, a CSV's, keeps the column)."""
        return bool(self.id_headers[1]) and not self.nameless

    @property
    def headers(self) -> tuple[str, ...]:
        return (*self.id_headers, *self.count_titles, "計", *self.uncounted, *self.share_headers)

    @property
    def share_note(self) -> str:
        """What a reader checking a percentage by hand needs to know: each is rounded on its
        own (Count.percent), so a row may not add up to 100 — or, with [scale] rounding =
        "largest_remainder", they are rounded so that each row adds up to exactly 100, so one
        may differ from a plain division by one unit of the last place. "" without percentages."""
        if not self.share_headers:
            return ""
        places = self.share_places
        hundred = f"{100:.{places}f}"
        shown = f"小数第{places}位まで" if places else "整数で"
        short = self.unsummed
        rows = unsummed_said(short, hundred)
        if self.rounding != "largest_remainder":
            said = (f"このため、{rows}" if short else "") + self._unshared_note()
            return f"※割合（%）は小数第{places + 1}位を四捨五入して{shown}表示しています。{said}"
        return (
            f"※割合（%）は{shown}表示しています。各行の合計が{hundred}になるよう端数を最大剰余法"
            "により調整しているため、件数から個別に計算した値と異なる場合があります。"
            + (f"ただし、一つの行の中で同じ件数は同じ割合としているため、{rows}" if short else "")
            + self._ordered_note()
            + self._apart_note()
            + self._unshared_note()
        )

    def _unshared_note(self) -> str:
        """The rows of 計 0, their shares 「－」, named and why (unshared_said); "" if none."""
        rows = [row for row in self.rows if row.unshared]  # (a うち重点 line has none)
        if not rows:
            return ""
        apart = [h for at, h in enumerate(self.uncounted) if any(r.uncounted[at] for r in rows)]
        return unshared_said(_topic(_some([self._label(row) for row in rows])), apart)

    @property
    def unsummed(self) -> list[str]:
        """Each row whose shares do not add up to 100, named for a reader adding up with its
        sum: 「基本目標2 は 99.9%」, 「合計の行は 100.1%」 (1, 1, 1 of 3 are 33.3 each: equal
        counts, equal shares)."""
        places = self.share_places
        return [
            f"{_topic(self._label(row, above))} {total:.{places}f}%"
            for row, above in zip(self.rows, (self.rows[0], *self.rows), strict=False)
            if row.shares and (total := round(sum(row.shares), places)) != 100
        ]

    def _ordered_note(self) -> str:
        """With ties "column_order", the first row where equal counts have two shares (1 and 1
        of 18: 5.6 and 5.5, the unit left to the earlier column: review 182 #3), named; "" else."""
        for row in (row for row in self.rows if not row.sub and row.total):
            shares: dict[int, set[float]] = {}
            for count, share in zip(row.counts, row.shares, strict=False):
                shares.setdefault(int(count), set()).add(float(share))
            if self.ties == "column_order" and any(len(apart) > 1 for apart in shares.values()):
                return (
                    "同じ件数の端数は表の左の列から順に配分しているため、一つの行の中でも同じ件数"
                    f"の割合が異なることがあります（{self._label(row)}など）。"
                )
        return ""

    def _apart_note(self) -> str:
        """Two rows where one count of one total has two shares (10 of 12: 83.3 and 83.4, each
        row adjusted to 100 on its own: review 56), named; "" else. (No number in it: check
        reads planeval's own notes as no counts.)"""
        seen: dict[tuple[int, int], tuple[float | int, str, int]] = {}
        # (two shares of one count in one row are _ordered_note's: ties "column_order")
        for at, row in enumerate(row for row in self.rows if not row.sub and row.total):
            for symbol, count, share in zip(self.counted, row.counts, row.shares, strict=False):
                here = (
                    f"{self._label(row)}{self._of(row)}「{symbol}」"  # (its own status: review 68)
                )
                first = seen.setdefault((row.total, count), (share, here, at))
                if first[0] != share and first[2] != at:
                    return (
                        "また、行ごとに調整しているため、同じ件数でも別の行では割合が異なることがあります"
                        f"（{first[1]}と{here}など）。"
                    )
        return ""

    def _of(self, row: CountRow) -> str:
        """の after a row's label: apart from an ID (「ID 1 の「◎」」), right after a name
        (「川瀬町の「D」」, 「合計の行の「A」」: review 97's 「川瀬町 の「D」」)."""
        return "の" if row.id == "合計" or (self.states and not row.body) else " の"

    def _label(self, row: CountRow, above: CountRow | None = None) -> str:
        """A row as a note names it: a body by its name, a policy by its number (政策番号 1),
        one body's policy by the body's name and the number (松本市 1: 「ID 1」 alone named
        none of a roll-up's twenty bodies' rows, review 83b), a うち重点 line by the group
        above's and its own name (政策番号 2 うち重点: it said 政策番号 alone, review 82)."""
        if row.sub and above is not None and not above.sub:
            return f"{self._label(above).removesuffix(TOTAL_ROW_SAID[2:])} {row.name or row.id}"
        if row.id == "合計":  # (「合計は 99.9%」 read as the plan's total: review 91)
            return TOTAL_ROW_SAID
        shown = row.shown_id
        if row.body:  # (share_sums.ShareRows.find reads it back: the body, then its group)
            return f"{row.body} {shown}".rstrip()
        # (a policy by its number's header, its table named or not — a roll-up's policies
        # named each body's own way have no 名称 column; a body, its table's states, by name)
        if self.states:
            from planeval.report.coded_bodies import prefixed  # (coded_bodies imports this)

            return prefixed(row.id, self.prefectures) + shown.removeprefix(row.id)
        # (「基本方針1」 as its heading names it, not 「基本方針番号 1」: review 163 #3; under a
        # column titled 番号 alone by the level's word where the table has it, 「基本目標2」,
        # else 「番号 2」: review 166 #5)
        header = self.id_headers[0]
        if header == "都道府県":  # (by its name: 「青森県は 99.9%」, prefecture_table.py)
            return shown
        word = header.removesuffix("番号") or self.level_word
        numbered = word and word != header and re.match(r"[0-9０-９Ⅰ-ⅿ]", shown)  # (not 区分なし)
        return f"{word}{shown}" if numbered else f"{header} {shown}"

    @property
    def notes(self) -> tuple[Note, ...]:
        """Every note printed under the table: how its percentages are rounded, its remarks."""
        return tuple(note for note in (self.share_note, self.sub_note, *self.remarks) if note)

    def text_rows(self, *, separated: bool = True) -> list[list[str]]:
        """The rows as text: counts thousands separated and each group numbered as its body
        typed it, a body marked after its name, as a reader reads them ("9,332", 「Ⅰ」,
        「川辺町（一部未集計）」; as they are, "9332", by its ID, 「1」, and the body's name
        alone with its state in a last column, STATE_HEADER, for a CSV's data: data_headers),
        percentages at their places ("0.0", "50.0"); a blank row's number cells "" (columns,
        as many as the headers')."""
        places, empty = self.share_places, [""] * (len(self.headers) - 2)
        count = grouped if separated else str
        state = self.states and not separated
        # (a group with no ID, 区分なし, by its label in a CSV too)
        return [
            [
                row.shown_id if separated else group.id or group.shown_id,
                row.name,
                *(
                    empty
                    if row.blank
                    else (
                        *(count(n) for n in (*row.counts, row.total, *row.uncounted)),
                        *row.share_texts(places, len(self.share_headers), separated=separated),
                    )
                ),
                *(row.state,) * state,
            ]
            for row, group in zip(self.rows, self.groups, strict=True)
        ]


def count_table(
    summary: Summary,
    *,
    shares: bool = False,
    id_headers: tuple[str, str] = (ID_TITLE, "名称"),
    blank: Sequence[str] | Mapping[str, str] = (),
    bodies: Sequence[str] = (),
    partly: Collection[str] | Mapping[str, str] = (),
    word: str = "",
    level_word: str = "",
    prefectures: Mapping[str, str] | None = None,
) -> CountTable:
    """The summary's groups and 合計, each counted status's columns titled as status_titles
    says with the status's ``word`` (Wording.status); ``blank`` (the bodies no row was counted of, by body or
    of each body's groups) as rows with no numbers, in their place among ``bodies`` (every body, in the read's
    order; without it after the groups), before 合計; the row of each body of ``partly``
    (past_errors.partly_counted) marked 「川辺町（一部未集計）」, in a table by body and in one
    of each body's groups (body-policy: each of its groups' rows, by its body's name); in
    such a table of bodies each row's state for its data, 「一部未集計（エラーのため）」 with
    ``partly``'s reason where it maps one, 「未集計（未回答）」 (CountRow.state). ``level_word``:
    the groups' level, naming a row in the notes under an ID column titled 番号 alone;
    ``prefectures``, a body there (CountTable.prefectures)."""
    scale = summary.scale
    titles = status_titles(scale, word)
    by_body = summary.by == "body"
    own = summary.of_bodies and not by_body  # (each body's groups: CountRow.body)
    reasons = partly if isinstance(partly, Mapping) else {}

    def row(group: Group) -> CountRow:
        count, body = group.count, group.id if by_body else group.body
        marked, shared = body in partly and (by_body or own), shares and bool(count.total)
        return CountRow(
            group.id,
            group.name,
            tuple(count.counts[s] for s in scale.counted),
            count.total,
            tuple(count.uncounted[s] for s in scale.uncounted),
            tuple(percentages(count, summary.percent_decimals).values()) if shared else (),
            unshared=shares and not shared,  # (計 0: 「－」, not 0.0 each — review 191 #2)
            label=group.label,
            mark=PARTLY_MARK if marked else "",
            body=group.body if own else "",
            state=_state(PARTLY, reasons.get(body, "")) if marked else "",
        )

    marked = summary.marked
    places = summary.percent_decimals if shares else None
    # (by item, each group one row: its うち重点 line said nothing its row did not — review 78)
    each = None if summary.by == "item" else marked
    blocks = [[row(g), *sub_rows(each, g.key, id_headers, scale, places)] for g in summary.groups]
    why = blank if isinstance(blank, Mapping) else {}  # (「下田市（未回答）」: review 56)
    blocks += (  # (of each body's groups: the body in its column, no ID: review 29 #6)
        [CountRow("" if own else name, "", (), 0, (), (), True, body=name if own else "",
                  mark=f"（{why[name]}）" if why.get(name) else "",
                  state=_state(NOT_COUNTED, why.get(name, "")))]
        for name in blank
    )  # fmt: skip
    if blank and bodies:
        place = first_places(bodies)
        blocks.sort(key=lambda block: place.get(block[0].body or block[0].id, len(place)))
    total = [
        row(Group("合計", "", summary.total, 0)),
        *sub_rows(marked, None, id_headers, scale, places),
    ]
    return CountTable(
        id_headers,
        scale.counted,
        uncounted_headers(scale),
        tuple(f"{title} 割合（%）" for title in titles) if shares else (),
        (*(line for block in blocks for line in block), *total),
        scale.uncounted,
        summary.percent_decimals,
        sub_note=sub_note(marked),
        rounding=scale.rounding,
        ties=scale.ties,
        states=by_body or own,
        titles=titles,
        level_word=level_word,
        prefectures=prefectures or {},
    )


def _state(state: str, why: str) -> str:
    """A body's 集計の状況 with its reason: 「一部未集計（エラーのため）」, 「未集計」."""
    return f"{state}（{why}）" if why else state


def percentages(count: Count, decimals: int = 1) -> dict[str, float | int]:
    """The counted statuses' shares at ``decimals`` places, as Count.percent rounds them
    (its ``rounding``); whole numbers as ints."""
    shares = count.percent(decimals)
    return {s: int(share) for s, share in shares.items()} if decimals == 0 else dict(shares)


def _some(labels: Sequence[str]) -> str:
    """``labels`` said in a note, the first SHORT_NAMED of more 「ほか N 行」."""
    named = labels if len(labels) <= SHORT_NAMED + 1 else labels[:SHORT_NAMED]
    return "、".join(named) + (f" ほか {len(labels) - len(named)} 行" if named != labels else "")


def _topic(label: str) -> str:
    """A row named before は: 「政策番号 1 は」 (a number kept apart from it), 「合計は」, 「青葉市は」."""
    return f"{label} は" if re.search(r"[0-9A-Za-z０-９Ⅰ-ⅿ.)）]$", label) else f"{label}は"
