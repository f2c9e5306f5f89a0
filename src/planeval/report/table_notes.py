"""The lines said under a table of counts: the bodies it knows of and counted no row of
(`uncounted_line`), those counted in part (`partly_line`), the departments that returned nothing
(`unreturned_line`) and the places a count made past errors left out (`not_counted_line`).
Every format says them alike under report/tables.py's ``CountTable``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from operator import attrgetter
from typing import TYPE_CHECKING

from planeval.item_groups import items_by
from planeval.model import Entry
from planeval.past_errors import (
    BROKEN_WHY,
    COMPILED,
    HELD_WHY,
    IN_ERROR_SAID,
    LACKING,
    MISFILED_WHY,
    OTHER_SCALE,
    OTHER_YEAR,
    PARTLY,
    UNCOUNTED_BODIES,
    UNREAD_WHY,
    CountedPast,
    an_error,
    places_left_out,
    tableless_file,
)
from planeval.read_records import ErrorPlace
from planeval.repeat_marks import names_repeat
from planeval.report.coded_bodies import prefixed_each
from planeval.report.reason_lists import ListNote, Note, paragraphs
from planeval.unanswered_words import entries_counter, items_said, label_aside
from planeval.wording import Wording, grouped

if TYPE_CHECKING:
    from planeval.aggregate import Summary
    from planeval.config import Config
    from planeval.read_records import ReadResult


# why a body has no row in a printed report (the run's errors are not printed with it)
UNCOUNTED_WHY = (
    "回答がない、ファイルが開けなかった、または記入に不備があったため、集計に含めていません"
)


def uncounted_line(
    bodies: Sequence[str],
    uncounted: Sequence[str] | Mapping[str, str],
    why: str = UNCOUNTED_WHY,  # (no 「エラー」 in a report: review 190 #4)
) -> Note:
    """Under a summary of several bodies, the bodies it knows of but counted no row of:
    "24団体のうち21団体の回答を集計しました。未集計の団体：北山村、南川村（…）", each with
    its own reason where ``uncounted`` maps it to one (ReadResult.uncounted_why: 「星野村（未
    回答）、東町（記入に不備があったため）」: a ListNote); nothing when every body was counted
    (review 193 #2: 「…団体の行を数えました。数えた行のない団体：」 were a tool's words)."""
    if not uncounted:
        return ""
    counted = len(bodies) - len(uncounted)
    opening = f"{grouped(len(bodies))}団体のうち{grouped(counted)}団体の{COUNTED}{_NAMED}"
    if isinstance(uncounted, Mapping):
        return ListNote.of(opening, uncounted)
    return f"{opening}{'、'.join(uncounted)}（{why}）"


# why a body was not counted as a published report says it where the run's reason is how its
# reply was filed (an .xls, last year's form, a folder inside its own…): 「ファイル形式が異なる
# ため」「別の年度の調査票のため」 beside a named body are the clerk's working notes, which the
# run's messages, summarize's notes, the xlsx sheet of what was left out and check keep (review
# 204 #5); 未回答, 辞退 and the reasons of the reply itself (記入に不備があったため) as they are
PUBLISHED_WHY = "回答を集計できなかったため"
_FILED_WHY = frozenset({HELD_WHY, MISFILED_WHY, COMPILED, UNREAD_WHY, BROKEN_WHY, OTHER_YEAR})


def published_why(uncounted: Sequence[str] | Mapping[str, str]) -> dict[str, str] | tuple[str, ...]:
    """``uncounted`` (the bodies no row was counted of, or each → why: past_errors.uncounted_why)
    as the export publishes them: a reply's filing said PUBLISHED_WHY (no reasons: as it is)."""
    if not isinstance(uncounted, Mapping):
        return tuple(uncounted)
    return {body: PUBLISHED_WHY if why in _FILED_WHY else why for body, why in uncounted.items()}


COUNTED = "回答を集計しました。"  # (after the bodies counted: check reads them as no count)
_NAMED = f"{UNCOUNTED_BODIES}："


def in_rows(note: Note) -> Note:
    """uncounted_line's note under a table of bodies, each of which has its row there saying
    why (「未集計（未回答）」): its count alone, the bodies named in full under 集計 (review
    193 #2: said twice in each format); any other note as it is."""
    if not isinstance(note, ListNote) or not note.opening.endswith(COUNTED + _NAMED):
        return note
    return f"{note.opening.removesuffix(_NAMED)}未集計の団体とその理由は表に記載しています。"


def partly_line(partly: Mapping[str, str]) -> Note:
    """Under a table of bodies, those some of whose replies or rows were not counted, each
    marked in its row 「川辺町（一部未集計）」 (past_errors.partly_counted), with its reason —
    a reply lacking rows of the form the others returned, 「回答に 1-3・3-5 の行がないため」,
    too, its items counted nowhere; nothing when every body's rows were all counted."""
    if not partly:
        return ""
    lacking = [why.endswith(LACKING) for why in partly.values()]
    closing = "。".join(
        said
        for said, held in (
            (f"集計に含めていない回答や{IN_ERROR_SAID}行を除いた件数です", not all(lacking)),
            ("回答にない行の分は含まない件数です", any(lacking)),
        )
        if held
    )
    closing += "（直した後の件数はこの表と異なります）"
    return ListNote.of(f"{PARTLY}の団体：", partly, closing)


def bodies_notes(
    bodies: Sequence[str],
    uncounted: Mapping[str, str],
    partly: Mapping[str, str] | None,
    most: int | None = None,
) -> tuple[str, ...]:
    """The notes under a summary of several bodies: those counted no row of and, under a table
    whose rows name bodies (``partly`` given), those counted in part — each list by reason, as
    the exports give them (reason_lists.paragraphs), naming at most ``most`` bodies of a
    reason of more than ten (the terminal's), the table's rows said to name the others."""
    rows = partly is not None  # (the table names each in its row: said where cut)
    notes = paragraphs(uncounted_line(bodies, uncounted), most, rows)
    if partly is None:
        return notes
    return (*notes, *paragraphs(partly_line(partly), most, rows))


def unreturned_line(
    unreturned: Mapping[str, int],
    wording: Wording,
    why: Mapping[str, tuple[str, str]] | None = None,
    rows: Sequence[Entry] = (),
    *,
    into: str = "集計",
) -> str:
    """Under 集計 of a count made with the plan (``into``: under `issues`' list, 「一覧」), the departments that returned nothing and how
    many of the plan's items each leads (ReadResult.unreturned: their rows; ``rows``, its
    unreturned_rows, tell the items, said with their rows of 細目 where more: items_said) —
    counted nowhere, and why as validate's 提出状況 says it (``why``: ReadResult.unreturned_why,
    where not 未提出 alone). A sentence each, its number right before what check reads as rows
    not counted (「…は、…集計に含めていません」: uncounted_rows.NOT_COUNTED), never as the
    plan's total."""
    plain = ("回答が提出されていない", "未提出")
    said = {department: (why or {}).get(department, plain) for department in unreturned}
    items = items_by(rows, attrgetter("department"))
    sub, counter = wording.sub_item, entries_counter(wording)  # (「6指標」: review 200 #4)
    return "".join(  # (each a sentence of its own, ending in 。 as the notes beside it do)
        f"{department}の{items_said(wording.item, items.get(department, n), n, sub, counter=counter)}"
        f"は、{said[department][0]}ため{into}に含めていません{label_aside(said[department][1])}。"
        for department, n in unreturned.items()
    )


def left_out_line(
    counted: CountedPast, uncounted: Collection[str], *, fixed_said: bool = False
) -> str:
    """Under a table counted past errors (--keep-going), the places (and files) its count left
    out but those of the bodies none of whose rows was counted (``uncounted``: said with them,
    review 80) — one sentence for summarize's terminal and every export, of one source (review
    137 #7: the terminal said 6 か所（5 ファイル）, counting 花瀬市's year cell the export left to
    花瀬市's line, 5 か所（4 ファイル））; ``fixed_said`` where the line before it (partly_line's)
    already said that fixing them changes the counts."""
    places, _whole = places_apart(counted, uncounted)
    rows = rows_in_error(counted, uncounted)
    return not_counted_line(
        places, counted.repeats, fixed_said=fixed_said, rows=rows, idle=counted.idle
    )


def rows_in_error(counted: CountedPast, uncounted: Collection[str]) -> int:
    """How many rows ``counted``'s errors left out, counted from its items read and not
    counted: none of a body no row of which was counted (``uncounted``: said with it), of a
    body of another scale, of a workbook of another year (said apart: a sheet of another year's
    is its error's place, its rows counted), nor a 再掲 row."""
    apart = (set(uncounted) - {""}) | {p.body for p in counted.places if p.reason == OTHER_SCALE}
    dated = set(counted.dated) - set(counted.sheet_dated)  # (a sheet's: its error's rows)
    return sum(
        1
        for item in counted.items
        if item[0] not in apart and item not in dated and not names_repeat(item[3])
    )


def places_apart(
    counted: CountedPast, uncounted: Collection[str]
) -> tuple[list[ErrorPlace], list[ErrorPlace]]:
    """``counted``'s places of a body some row of which was counted, and those of the bodies
    none of whose rows was (``uncounted``): the places left_out_line counts, and the rest — as
    the xlsx sheet's caption says them both (review 139 #5: 「10 か所（6 ファイル）」 there,
    春宮市's whole book among them, where 集計 said 「9 か所（5 ファイル）」)."""
    whole = set(uncounted) - {""}
    kept = [place for place in counted.places if place.body not in whole]
    return kept, [place for place in counted.places if place.body in whole]


def sheet_left_out(counted: CountedPast, uncounted: Collection[str], changes: str) -> str:
    """What the xlsx sheet of ``counted`` says it left out: the errors' places left_out_line
    counts (its words, ``changes`` after them) beside the bodies of another scale, the
    workbooks of another year and the replies not read, then the errors of the bodies none of whose rows was counted,
    named — its tables list them all."""
    kept, whole = places_apart(counted, uncounted)
    kept += [place for place in whole if not an_error(place)]
    whole = [place for place in whole if an_error(place)]
    said = f"{places_left_out(kept)}は集計に含めていません{changes}。" if kept else ""
    if whole:
        bodies = "、".join(dict.fromkeys(place.body for place in whole))
        also = "も" if kept else f"は集計に含めていません{changes}"
        said += f"{UNCOUNTED_BODIES}（{bodies}）の、{places_left_out(whole)}{also}"
        said += "集計に含めていません。" if kept else "。"
    return said


def not_counted_line(
    places: Sequence[ErrorPlace],
    repeats: AbstractSet[str] = frozenset(),
    *,
    fixed_said: bool = False,
    rows: int = 0,
    idle: Sequence[tuple[str, str]] = (),
) -> str:
    """Under a summary counted past errors (--keep-going), how many places (and files) its
    count left out: a printed report must not pass for the whole count. The places themselves
    are the clerk's (the run lists them, and the xlsx export's sheet COUNTED_PAST_SHEET), not
    the public's: the report names no file, sheet or cell; how many rows (``rows``), where more
    than the places; ``idle``: the places of replies whose fix changes no count (CountedPast.idle).
    Nothing when there were none."""
    if not places:
        return ""
    # (a workbook with no table nor header row, a memo: fixing it need change no count)
    fixed = [place.place for place in places if not tableless_file(place)]
    said = _once_fixed(fixed, repeats, idle) if fixed else ""
    if fixed_said and said == _FIXED:  # (not twice in a row: review 137 #7)
        said = ""
    return f"{places_left_out(places, rows)}は集計に含めていません。{said}"


def _once_fixed(
    places: Sequence[str], repeats: AbstractSet[str], idle: Sequence[tuple[str, str]] = ()
) -> str:
    """What fixing the errors at ``places`` changes: the counts; only the 再掲 column where
    every place is a repeat listing's row (``repeats``: past_errors.repeat_places) — review
    116 #8: 「直した後の件数はこの表と異なります」 of a 再掲 row, whose 計 stays —; nothing
    where every place is a reply of a department leading no item (``idle``: idle_cause)."""
    if cause := idle_cause(places, idle):
        return f"{cause}、直しても件数は変わりません。"
    if repeats and all(place in repeats for place in places):
        every = "いずれも" if len(places) > 1 else ""
        return f"{every}再掲の行のため、直しても計は変わりません（変わるのは再掲の件数です）。"
    return _FIXED


_FIXED = "直した後の件数はこの表と異なります。"


def idle_cause(places: Sequence[str], idle: Sequence[tuple[str, str]]) -> str:
    """「所管のない部の回答のため」 where every one of ``places`` is one of ``idle`` (a reply
    not read of a department leading no item, with it: CountedPast.idle — review 162 #1: a
    co-owner's .xls said 「直した後の件数はこの表と異なります」, the counts the same), else ""."""
    of = dict(idle)
    if not of or any(place not in of for place in places):
        return ""
    from planeval.marks import named_unit

    return f"所管のない{named_unit(of[place] for place in places)}の回答のため"


def summary_notes(
    summary: Summary,
    result: ReadResult,
    config: Config,
    *,
    percent: bool,
    partly: Mapping[str, str],
    kept_going: bool,
    shares: str | None = None,
) -> str:
    """The lines summarize prints under its table: the legend, how the shares are rounded
    (with ``percent``; ``shares``, said so of a table not ``summary``'s: by 都道府県), what the うち重点 lines count, the bodies not counted or counted in part
    (of a reason of more than ten a few named, the rest counted: the table names each in its
    row where it is of bodies, said so), the places
    a count made past errors (``kept_going``) left out, and the plan's items of a department
    that returned nothing (review 99: said on stderr only) — as every export says them."""
    from planeval.cells import BODIES_SHOWN  # (as many as the roster's error names)
    from planeval.past_errors import uncounted_why
    from planeval.report.repeat_total import ended_part, rows_counter
    from planeval.report.sub_counts import sub_note
    from planeval.report.summary_legend import legend, share_note, unshown_marks

    counter = rows_counter(config.wording)
    ended = [word for word, _project, _name in result.plan_ended]
    titled = unshown_marks(config.scale, ())  # (columns titled by the label: 「事業中止」)
    notes = [legend(config.scale, ended_part(ended, counter, "計画で"), titled, config.wording)]
    if percent:
        notes.append(
            share_note(summary, config.wording, result.prefectures) if shares is None else shares
        )
    notes.append(sub_note(summary.marked))
    of_bodies = summary.by == "body" or summary.of_bodies
    # (each body not counted named with its prefecture where the list gives it: review 179 #4)
    why, some = prefixed_each(uncounted_why(result), result.prefectures), None
    if of_bodies:
        some = prefixed_each(partly, result.prefectures)
    notes += bodies_notes(result.bodies, why, some, most=BODIES_SHOWN)
    if kept_going:  # (as every export says it: one source)
        from planeval.report_api import counted_past

        shown = bool(partly) and of_bodies  # (partly_line's 「直した後の件数は…」 said above)
        notes.append(left_out_line(counted_past(result), why, fixed_said=shown))
    said = (result.unreturned_why, result.unreturned_rows)
    notes.append(unreturned_line(result.unreturned, config.wording, *said))
    from planeval.report.gaps import gap_line, policies_named
    from planeval.report_api import gaps_read

    words = (config.wording.project, config.wording.direction)
    named = policies_named(summary.groups, config.wording) if summary.by == "policy" else {}
    notes.append(
        gap_line(gaps_read(result), words, named)
    )  # (「推進項目 3-2 の行は…」 as 集計's: review 141 #9)
    return "\n".join(filter(None, notes))
