"""The printed tables' column widths, from what they hold (widths.py's automatic layout): the
issue list's and Chapter 3's, in Word (mm) and Excel (character units) alike.

Chapter 3: the status column as wide as its title and its widest status (a symbol's column
was 24 characters wide beside an issue column that broke 「…次年度に延期」 over two lines),
the other three sharing the rest. The issue list: an ID and a status whole, a body's name
whole up to a width, every other column between its title's widest word and its widest
text, in proportion to what it lacks (a 担当課 of 15 characters three lines tall beside a
17 mm column of single symbols). Then the room the free texts share is shared again where
Word and Excel break them between their words (``between_words``, review 23: 「都市整備部建築指
／導課」 in a column 4 mm short of its line beside an issue that wraps anyway).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from planeval.report.breaks import WORDS, pieces
from planeval.report.cell_wrap import SET_WIDER, phrase_width
from planeval.report.chapter3_columns import Chapter3Columns
from planeval.report.document import Report
from planeval.report.indicator_values import row_values, worded_values
from planeval.report.issue_figures import worded_columns
from planeval.report.issue_list import IssueTable
from planeval.report.table_units import Units as Units
from planeval.report.table_units import column_need, figure_need
from planeval.report.widths import Need, runs, shared, widest, widest_word, with_runs
from planeval.report.wrap_widths import Column, between_words

_ANY = float("inf")  # (room for every column's least: the leasts as widened)
_WHOLE = frozenset({"id", "status", "beside"})  # never broken (an ID, a symbol, the other's)
_NAMED = ("project", "item", "figure")  # (施策, 取組, an indicator's name: Units.name_least)
_FREE = ("item", "issue", "project")  # the texts: what a page has to spare goes to these
_MOVES = frozenset({"body", "project", "item", "sub_item", "issue", "department", "source"})
_RUNS = frozenset({"project", "item", "sub_item", "issue"})  # (a run of katakana kept whole in)


def issue_widths(
    table: IssueTable,
    room: float,
    units: Units,
    *,
    most: Mapping[str, float],
    spare: bool,
    fill: float = 0.0,
) -> list[float]:
    """The issue list's widths in ``room`` (``spare``: what is left given to 実施内容 and
    課題等, a page-wide table). ``most``: the widest each kind of column is made to put its
    texts on one line (a long issue wraps anyway: without a bound, its lack would take the
    room a 担当課 needs); with ``fill`` (a page's width at full size: a table printed smaller
    past it), every text on its one line where ``room`` holds them all, else the texts given
    what the page has past each column's most, at least ``fill`` wide. A body's name whole
    up to its most; an ID with its project's name, 「1.1.2 庁舎清掃の見直し」, its number
    whole, its name wrapping as a text's (kept on one line, it squeezed the texts beside
    it: review 125 #5)."""
    named = _named_ids(table)
    worded = worded_columns(table.roles, table.rows)  # (an indicator's name: 「キャッシュレ／ス
    words = [  # 納付率」) (a text's runs of katakana whole: 「オープンデー／タ」, review 145 #4)
        runs(row[column] for row in table.rows)
        if role in _RUNS or column == named or column in worded
        else None
        for column, role in enumerate(table.roles)
    ]
    # (an indicator's name whole as a figure where the page holds every column's least so, the
    # names and runs whole too, else a text: 58 mm of it left 担当課 「デジ／タル／推進／課」,
    # review 199 #6, and took the room lower leasts freed for 課題, review 201 #2)
    kept = _names_whole(_issue_needs(table, units, most, named=named), table, _ANY, units)
    whole = sum(n.least for n in _runs_whole(kept, words, _ANY, units)) <= room
    texts = set() if whole else worded
    needs = _issue_needs(table, units, most, named=named, texts=texts)
    needs = _names_whole(needs, table, room, units)
    needs = _runs_whole(needs, words, room, units)
    # (an indicator's name among the figures, 「統合型校務支援システム導入校の割合」: a text too)
    free = [column for column, role in enumerate(table.roles) if role in _FREE or column in texts]
    widths = None
    if fill:  # (the texts beyond their bounds where the room holds them: 取組内容 wrapped
        # inside its words beside a quarter of the page unused, review 125 #5)
        lines = _issue_needs(table, units, {}, named=named, texts=texts)
        lines = _names_whole(lines, table, room, units)
        lines = _runs_whole(lines, words, room, units)
        wide = sum(n.most for n in lines)
        if wide <= room:  # (every text on its line, printed smaller past the page's full size)
            needs, room, spare = lines, max(fill, wide), True
        elif sum(n.most for n in needs) <= fill:  # (each column its most, the rest of the
            paired = list(zip(needs, lines, strict=True))  # page to the texts by their lack)
            fitted = [Need(n.most, max(n.most, line.most)) for n, line in paired]
            widths = shared(fitted, fill, free=free, spare=True, snap=units.snap)
            needs = [Need(n.least, max(n.most, line.most)) for n, line in paired]
    if widths is None:
        widths = shared(needs, room, free=free, spare=spare, snap=units.snap)
    # (a figure on one line or its figures whole, as Chapter 3's: 「97.0%(小) 98.2%／(中)」 in
    # Excel, Word's figures 27 mm wide beside a 指標 wrapping at 12 characters: review 186 #7)
    shown = {c: [v[c] for v in table.rows] for c, r in enumerate(table.roles) if r == "figure"}
    figured = {c: values for c, values in shown.items() if c not in texts}
    _whole_or_least(widths, figured, units, free, needs)
    columns = [
        Column(
            needs[column],
            header,
            [row[column] for row in table.rows],
            moves=role in _MOVES or column in (named, *texts),
        )
        for column, (role, header) in enumerate(zip(table.roles, table.headers, strict=True))
    ]
    return between_words(widths, columns, units.wrap)


def _issue_needs(
    table: IssueTable,
    units: Units,
    most: Mapping[str, float],
    *,
    named: int | None,
    texts: Collection[int] = (),
) -> list[Need]:
    """Each column's need (issue_widths), a text's (``texts``: figure columns read as one)
    bounded by ``most`` of its kind."""
    needs = []
    for column, (role, header) in enumerate(zip(table.roles, table.headers, strict=True)):
        values = [row[column] for row in table.rows]
        if column == named:
            numbers = [value.split(" ", 1)[0] for value in values]
            number = column_need(header, numbers, units, whole=True).least
            text = column_need(header, values, units, most=most.get("item"))
            needs.append(Need(number, max(number, text.most)))
            continue
        if role == "figure" and column not in texts:  # (as Chapter 3's: review 172 #4)
            needs.append(figure_need(header, values, units))
            continue
        whole = role in _WHOLE or (  # (a body's name whole up to its most)
            role == "body"
            and widest(values, units.measure) + units.margin <= most.get(role, float("inf"))
        )
        least = units.text_least if role in (*_FREE, "figure") else 0.0
        if role in _NAMED and units.name_least is not None:  # (review 201 #2)
            least = units.name_least
        if role == "sub_item":  # (its words whole, 「電子資料公開」 over 「システム」: review 38's
            # five lines; not a column as wide as its longest beside a wrapped 実施内容, 145 #4)
            least = widest([p for v in values for p in pieces(v, worst=WORDS)], units.measure)
        bound = None if whole else most.get(role)
        needs.append(column_need(header, values, units, whole=whole, least=least, most=bound))
    return needs


def _named_ids(table: IssueTable) -> int | None:
    """The ID column where its IDs name their projects, 「1.1.2 庁舎清掃の見直し」
    (issue_list.named_row), else None."""
    if "id" not in table.roles:
        return None
    column = table.roles.index("id")
    return column if any(" " in row[column] for row in table.rows) else None


def _runs_whole(
    needs: list[Need], words: Sequence[Iterable[str] | None], room: float, units: Units
) -> list[Need]:
    """``needs`` with each text column its ``words`` given as wide (widths.with_runs), each
    of up to ``units.word_up_to`` (its run past a name's ID): a longer one is broken where the
    renderer breaks it — 「デジタルマーケティング」 whole made 取組 41 mm wide and every
    row of the Word issue list and Chapter 3 taller beside it (review 201 #2)."""
    short = [
        None if shown is None else
        [run for run in shown if units.measure(run.rpartition(" ")[2]) <= units.word_up_to]
        for shown in words
    ]  # fmt: skip
    return with_runs(needs, short, room, units.measure, margin=units.margin, wider=SET_WIDER)


def _names_whole(needs: list[Need], table: IssueTable, room: float, units: Units) -> list[Need]:
    """``needs`` with the department column at least as wide as its widest name's widest word
    (widths.widest_word, as 集計's titles: a name with spaces breaks between them, one longer
    than ``units.word_up_to`` anywhere), where the page holds every column's least so: Word
    breaks Japanese anywhere, and a column sized by its lack printed 「市民協／働課」 (review 99
    #9)."""
    if "department" not in table.roles:
        return needs
    column = table.roles.index("department")
    names = [row[column] for row in table.rows]
    # (each of several names, 「市民課、デジタル・スマートシティ推進課」, a word of its own)
    parts = [part for name in names for part in name.split("、")]
    word = max((widest_word(part, units.measure, up_to=units.word_up_to) for part in parts),
               default=0.0) + units.margin  # fmt: skip
    wanted = Need(max(needs[column].least, word), max(needs[column].most, word))
    widened = [*needs[:column], wanted, *needs[column + 1 :]]
    return widened if sum(n.least for n in widened) <= room else needs


def chapter3_widths(
    report: Report,
    room: float,
    units: Units,
    *,
    status_most: float,
    columns: Chapter3Columns | None = None,
) -> tuple[float, ...]:
    """体系 | 実施内容 | 達成状況 | 課題等 in ``room``: the status as wide as its title and its
    statuses need (up to ``status_most``, a sub-item's 「電子申請 ◎」 wrapping beyond), the
    three texts sharing the rest, each at least ``units.text_least``; then shared again where
    their texts break between words (``between_words``: a merged project or item cell once,
    over the rows it spans; the status wider only — one a whole-phrase status wraps in as
    narrow as breaks it between its words, and fixed: cell_wrap.phrase_width). An indicator's value
    columns (策定時 | 現状値 …, before the status) each between its widest word, a figure
    whole (「10,230件」; 「97.0%(小) 98.2%(中)」 may break at its space), and its widest text
    on one line; the column marking rows (重点 ○, after the item) as wide as its title. Of
    the tables whose ``columns`` are those given (a body's own: DirectionTable.columns), by
    default the report's, every table's rows."""
    shown = report.columns if columns is None else columns
    rows = [
        row
        for section in report.policies
        for table in section.tables
        if columns is None or table.columns == columns
        for row in table.rows
    ]
    keys = Chapter3Columns(shown.keys, with_department=True)  # (every column, unpacked here)
    project, item, *titles, status, issue, department = keys.built(keys.headers(report.wording))
    statuses = [row.status for row in rows]
    status_need = column_need(status, statuses, units, whole=True)
    status_width = min(status_need.least, status_most)
    if phrase := phrase_width(
        status_width, statuses, units.wrap, units.measure, margin=units.margin
    ):
        status_width = phrase
    marked = [column_need(shown.mark, [row.mark for row in rows], units, whole=True)] * bool(
        shown.mark
    )
    # (each row's figures under these columns: a body's own, or, the report's, every body's)
    own = [row_values(row.entry, report.values, shown.keys) for row in rows]
    figures = [[values[column] for values in own] for column in range(len(titles))]
    # (a value column of sentences, 名古屋市's 実績 「…計画どおり実施し、目標を達成した。」, wraps as
    # a text does: its widest sentence on one line left the names 「マニュア／ル」: review 43)
    worded = [worded_values(shown) for shown in figures]
    values = [
        column_need(title, shown, units, least=units.text_least)
        if words
        else figure_need(title, shown, units)
        for title, shown, words in zip(titles, figures, worded, strict=True)
    ]
    texts = {  # (a merged project or item cell on its first row, with the rows it spans)
        "project": (project, [r.project if r.project_rows else "" for r in rows],
                    [r.project_rows for r in rows]),
        "item": (item, [r.item if r.item_rows else "" for r in rows], [r.item_rows for r in rows]),
        "issue": (issue, [r.issue for r in rows], []),
        "department": (department, [r.department for r in rows], []),
    }  # fmt: skip
    kept = [*(("project",) if shown.with_project else ()), "item"]
    ended = (*("issue",) * shown.with_issue, *("department",) * shown.with_department)
    needs = {
        kind: column_need(
            texts[kind][0], [getattr(r, kind) for r in rows], units, least=units.text_least
        )
        for kind in (*kept, *ended)
    }
    order = [*(needs[k] for k in kept), *marked, *values, *(needs[k] for k in ended)]
    first = len(kept) + len(marked)  # (the first value column)
    sentences = [first + column for column, words in enumerate(worded) if words]
    column_runs = [  # (a name's first run with its ID where that stays on its line)
        *(runs(texts[k][1], lead=units.lead) for k in kept),
        *([None] * len(marked)),
        *(runs(f) if text else None for f, text in zip(figures, worded, strict=True)),
        *(runs(texts[k][1]) for k in ended),
    ]
    order = _runs_whole(order, column_runs, room - status_width, units)
    values = order[first : first + len(values)]
    needs = dict(zip((*kept, *ended), (*order[: len(kept)], *order[len(order) - len(ended) :]),
                     strict=True))  # fmt: skip
    free = [*range(len(kept)), *sentences, *range(len(order) - len(ended), len(order))]
    shares = shared(order, room - status_width, free=free, spare=True)
    figured = {first + c: shown for c, shown in enumerate(figures) if not worded[c]}
    _whole_or_least(shares, figured, units, free, order)  # (a column of sentences: a text's)
    before = first + len(values)
    widths = (*shares[:before], status_width, *shares[before:])
    columns_of = [
        *(Column(needs[k], texts[k][0], texts[k][1], texts[k][2]) for k in kept),
        *(Column(need, shown.mark, [r.mark for r in rows], moves=False) for need in marked),
        # (a figure column keeps its width: Excel fills a line and breaks 「98.2%(中」 before
        # its 「)」 in a column moved to a width between its figures whole and on one line)
        *(Column(need, title, shown, moves=words)
          for need, title, shown, words in zip(values, titles, figures, worded, strict=True)),
        Column(Need(status_width, status_need.least), status, statuses, moves=phrase is None),
        *(Column(needs[k], texts[k][0], texts[k][1]) for k in ended),
    ]  # fmt: skip
    # (another scale's rating after the rating, 実施状況 | 達成度: Chapter3Columns.placed)
    return tuple(between_words(shown.placed(widths), shown.placed(columns_of), units.wrap))


def chapter3_layouts(
    report: Report, room: float, units: Units, *, status_most: float
) -> dict[Chapter3Columns, tuple[float, ...]]:
    """Chapter 3's tables' widths in ``room`` for each set of columns they have (a body's own,
    in a roll-up of bodies' different forms: DirectionTable.columns), each from the rows of
    the tables that have it (chapter3_widths)."""
    layouts = dict.fromkeys(t.columns for section in report.policies for t in section.tables)
    return {
        columns: chapter3_widths(report, room, units, status_most=status_most, columns=columns)
        for columns in layouts
    }


def _whole_or_least(
    shares: list[float],
    figured: Mapping[int, Sequence[str]],
    units: Units,
    free: Sequence[int],
    needs: Sequence[Need],
) -> None:
    """Each value column (``figured``: its figures by its index in ``shares`` and ``needs``)
    on one line where its share holds its widest figure as its renderer sets it, else as narrow
    as its figures whole: between, Excel and Word break 「97.0%(小) 98.2%(中」 before 「)」
    (review 28). What they give up goes to the ``free`` texts short of their line by what they
    lack (not to a 項目 past its longest name beside a 指標 wrapped: review 186 #7), then evenly."""
    given = 0.0
    for column, shown in figured.items():
        one_line = max((units.wrap.advance(text) for text in shown), default=0.0)
        least = needs[column].least
        if least < shares[column] < one_line + units.margin:
            given, shares[column] = given + shares[column] - least, least
    lacks = {taker: max(needs[taker].most - shares[taker], 0.0) for taker in free}
    part, rest = min(1.0, given / (sum(lacks.values()) or 1)), given - sum(lacks.values())
    for taker, lack in lacks.items():
        shares[taker] += lack * part + max(rest, 0.0) / len(free)
