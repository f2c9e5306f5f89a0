"""Blank statuses another file rates: the whole-plan workbook passed round the departments,
each copy rating its own rows (as a co-owner leaves its copy blank). A blank whose item another
file rates is no error (one notice per file, none of planeval's whole-plan copies rating each
other's rows, as designed); an item no copy rates is one error, at its first
blank; and a form returned with nothing rated at all is one error, not one per row. Part of
combining (combine.py calls these with the counted entries)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from planeval.cells import cell_list, places, split_ref
from planeval.item_keys import body_item_key
from planeval.marks import lead_and_others
from planeval.model import Entry, Location, Problem, Severity
from planeval.past_errors import BLANK_FORM, FILLED_BESIDE
from planeval.read_records import ReadResult
from planeval.scale import DEFAULT_SCALE, Scale

FORM_BLANK_FROM = 2  # blank statuses in a file that rates nothing: from this many, one error


def rated_elsewhere(
    result: ReadResult,
    entries: list[Entry],
    scale: Scale = DEFAULT_SCALE,
    passed_round: Collection[str] = frozenset(),
    writer: Callable[[str], str | None] | None = None,
) -> list[Problem]:
    """A blank status whose item another file rates is no error (the whole-plan workbook passed
    round the departments, each filling its own rows, as a co-owner leaves its copy blank):
    those errors are taken out of ``result.problems``, and each file gets one notice naming
    its blank cells and the files that rate them — but a copy of planeval's whole-plan workbook
    (``passed_round``: its template's mark names no department) whose blanks only other such
    copies rate, README's way of passing it round, which says nothing (review 162 #3: one
    notice a department) —; and each such row whose issue cell holds a rating of ``scale`` one
    of its own (_rating_in_issue). A text in such a row's issue cell is kept with the counted
    row of ``entries`` (a list, changed in place), attributed to the department ``writer``
    says the file was written for (blank_texts.py), and the notice says so."""
    # (an item's blank that lower levels rated below it was never said: not in the problems)
    present = {problem for problem in result.problems if problem.is_error}
    said = {problem: key for problem, key in result.unrated.items() if problem in present}
    if not said:
        return []
    projects = {key[:2] for key in said.values()}
    counted = {
        body_item_key(entry): entry
        for entry in entries
        if (entry.body, entry.project_id) in projects
    }
    raters = {key: entry.location.file for key, entry in counted.items()}
    if any(key not in raters and "-" not in key[1] for key in said.values()):
        raters |= _rated_under_a_policy(said.values(), entries)
    # the items other files rated in disagreement (not counted: their error names the files)
    disputed = {
        body_item_key(entry): entry.location.file
        for entry in result.read
        if (entry.body, entry.project_id) in projects and body_item_key(entry) not in raters
    }
    written = writer or result.file_departments.get
    waiting = _waiting_for_lead(result, projects, raters, written)
    excused: dict[str, list[Problem]] = {}
    rating: dict[str, set[str]] = {}
    unrated: dict[tuple[str, str, str, str], list[Problem]] = {}  # blank in every file
    dropped: set[int] = set()
    beside = _co_owners_beside(said, counted, result.error_rows)
    for problem in result.problems:
        key = said.get(problem)
        rater = raters.get(key) if key is not None else None
        if rater is not None and (rater != problem.location.file or problem in beside):
            excused.setdefault(problem.location.file, []).append(problem)
            rating.setdefault(problem.location.file, set()).add(beside.get(problem, rater))
        elif key is not None and disputed.get(key, problem.location.file) != problem.location.file:
            dropped.add(id(problem))  # (not blank everywhere: rated, differently, elsewhere)
        elif key in waiting and waiting[key] != written(problem.location.file):
            dropped.add(id(problem))  # (a co-owner's copy: its lead's form is to come again)
        elif key is not None:
            unrated.setdefault(key, []).append(problem)
    blank_everywhere = _blank_everywhere(unrated)
    if not excused and not blank_everywhere and not dropped:
        return []
    left = {id(problem) for blanks in excused.values() for problem in blanks} | dropped
    kept = [
        blank_everywhere.get(id(problem), problem)
        for problem in result.problems
        if id(problem) not in left
    ]
    result.problems[:] = [problem for problem in kept if problem is not None]
    typed = _ratings_in_issues(excused, said, result, entries, scale)
    own = [
        blank for file, blanks in excused.items() if file not in passed_round for blank in blanks
    ]
    texts: dict[str, str] = {}
    if own:  # (a co-owner's blank another file rates: its text kept; not imported at start-up)
        from planeval.blank_texts import keep_blank_texts, name_co_owners

        texts = keep_blank_texts(
            own, said, result, entries, scale=scale, writer=writer, own_rows=beside
        )
        name_co_owners(own, said, result, entries)  # (both 課 in its 所管課: review 202 #5)
    return typed + [
        Problem(
            Location(file, blanks[0].location.sheet),
            Severity.NOTICE,
            f"達成状況が空欄の {len(blanks)} 行（{cell_list([str(p.location.cell) for p in blanks], 5)}）は、"
            f"{_rated_in(rating[file] - set(beside.values()), rating[file] & set(beside.values()))}"
            "で記入された同じ実施内容を数えました" + texts.get(file, ""),
        )
        for file, blanks in excused.items()
        if file not in passed_round or not rating[file] <= set(passed_round)
    ]


def _waiting_for_lead(
    result: ReadResult,
    projects: AbstractSet[tuple[str, str]],
    raters: Mapping[tuple[str, str, str, str], str],
    written: Callable[[str], str | None],
) -> dict[tuple[str, str, str, str], str]:
    """Each item of ``projects`` no file counted rates (``raters``) that its lead rated in its
    own workbook of another year, left out (ReadResult.other_year_rows: last year's form sent
    back), with that lead: a co-owner's blank copy of it waits for the lead's form of this
    year, whose error asks for it — no error of the co-owner's (review 189 #3)."""
    return {
        key: entry.department
        for entry in result.other_year_rows
        if (entry.body, entry.project_id) in projects
        and (key := body_item_key(entry)) not in raters
        and written(entry.location.file) in (None, entry.department)
    }


def _co_owners_beside(
    said: Mapping[Problem, tuple[str, str, str, str]],
    counted: Mapping[tuple[str, str, str, str], Entry],
    rows: Sequence[Entry],
) -> dict[Problem, str]:
    """Each blank (``said``: its item) on a row of its own in the file whose other row of
    another department rates its item (``counted``) — a co-owner's row left blank below its
    lead's in the same sheet, 長瀬町's 5-1 for 総務課 (A) and 政策推進課 (blank): the same as a
    co-owner's blank in its own file (review 176 #3: an error, 「直した後の件数はこの表と異な
    ります」, the item counted once all the same) — with the rating row's place
    (「基本目標5 › H5」)."""
    departments = {row.location: row.department for row in rows if row.department}
    found: dict[Problem, str] = {}
    for problem, key in said.items():
        lead = counted.get(key)
        own = departments.get(problem.location)
        if (
            lead is not None
            and own
            and lead.location.file == problem.location.file
            and own not in (lead.department, lead_and_others(lead.department)[0])
        ):
            found[problem] = f"{lead.location.sheet} › {lead.location.cell}"
    return found


def _rated_in(files: AbstractSet[str], rows: AbstractSet[str]) -> str:
    """Where a file's blanks were rated: other files, other rows of its own, or both."""
    said = [f"ほかのファイル（{places(sorted(files))}）"] if files else []
    if rows:
        said.append(f"同じファイルのほかの行（{places(sorted(rows))}）")
    return "と".join(said)


def _ratings_in_issues(
    excused: Mapping[str, list[Problem]],
    said: Mapping[Problem, tuple[str, str, str, str]],
    result: ReadResult,
    entries: Sequence[Entry],
    scale: Scale,
) -> list[Problem]:
    """What is said of each co-owner's row left blank (``excused``: its item rated in another
    file) whose issue cell holds a rating of the scale (「前進B」 typed a column to the right),
    as a row rated nowhere else is told at its issue cell (io/blank_status.blank_fix; review
    142 #7: nothing was said): the rating counted is the other file's, this one only typed
    there — a notice where the two agree, a warning where they do not."""
    if not excused:
        return []
    typed = {
        row.location: row.issue
        for row in result.error_rows
        if row.issue and scale.normalise(row.issue) in scale.counted
    }
    blanks = [blank for found in excused.values() for blank in found if blank.location in typed]
    if not blanks:
        return []
    keys = {said[blank] for blank in blanks}
    leads = {key: e for e in entries if (key := body_item_key(e)) in keys}
    return [_rating_in_issue(blank, typed[blank.location], leads.get(said[blank]), result, scale)
            for blank in blanks]  # fmt: skip


def _rating_in_issue(
    blank: Problem, issue: str, lead: Entry | None, result: ReadResult, scale: Scale
) -> Problem:
    from planeval.text_cells import text_cell  # (rarely asked: not at start-up)

    symbol = scale.normalise(issue)
    where = text_cell(blank.location, result.text_columns, "issue")
    said = f"課題等の欄に「{issue}」とあります。この行の達成状況（{blank.location.cell}）は空欄で"
    if lead is None:  # (rated under its policy's number: blanks._rated_under_a_policy)
        said += "、ほかのファイルで記入された評価を数えました"
    elif lead.status == symbol:
        said += f"、ほかのファイルで記入された同じ評価（{lead.status_text}: {lead.location}）を数えました"
    else:
        said += f"、ほかのファイルで記入された {lead.status_text}（{lead.location}）を数えました"
    fix = "課題等の欄には課題を書き、評価なら消してください"
    if lead is not None and lead.status != symbol:
        return Problem(
            where,
            Severity.WARNING,
            said,
            f"評価が違うなら記入したファイルの担当と調整してください。{fix}",
        )
    return Problem(where, Severity.NOTICE, said, fix)


def _rated_under_a_policy(
    blanks: Iterable[tuple[str, str, str, str]], entries: Sequence[Entry]
) -> dict[tuple[str, str, str, str], str]:
    """The file rating each of ``blanks`` read as its own policy — a co-owner's form with no
    policy above its 施策, 枚方市's 教育委員会 leaving 施策13's 放課後児童健全育成事業 to 子ども
    未来部 (review 121 #3) — that its lead's form rates under the policy the project belongs
    to (3-13): the same number ending the project's ID, the same name, one such row only."""
    wanted = {_own(key): key for key in blanks if "-" not in key[1]}
    found: dict[tuple[str, str, str, str], list[str]] = {}
    for entry in entries:
        key = body_item_key(entry)
        if "-" in key[1] and (blank := wanted.get(_own(key))) is not None:
            found.setdefault(blank, []).append(entry.location.file)
    return {key: files[0] for key, files in found.items() if len(files) == 1}


def _own(key: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    """An item's key by its project's own number and its name (not its item number)."""
    body, project, item, sub = key
    return body, project.rpartition("-")[2], item.partition(":")[2], sub


def _blank_everywhere(
    unrated: Mapping[tuple[str, str, str, str], list[Problem]],
) -> dict[int, Problem | None]:
    """An item left blank in several files and rated in none (the whole-plan workbook passed
    round, no copy rating it) is one error, at its first blank, naming the others; the others
    are dropped (None)."""
    said: dict[int, Problem | None] = {}
    for blanks in unrated.values():
        if len({problem.location.file for problem in blanks}) < 2:
            continue
        first, others = blanks[0], blanks[1:]
        said[id(first)] = Problem(
            first.location,
            first.severity,
            f"{first.message}（どのファイルでも記入されていません。同じ実施内容の空欄: "
            + places([str(problem.location) for problem in others])
            + "）",
            first.hint,
        )
        said.update(dict.fromkeys(map(id, others)))
    return said


def unanswered_forms(result: ReadResult, repeat_symbol: str | None) -> None:
    """A file whose every rated row is blank (a department that sent back the form as it was
    given: only the repeat listings' 「-」, which the template fills in, rated) is said as one
    error naming its blank cells, in place of one error per blank row: it is the form, not a
    row, that must be sent again."""
    blanks: dict[str, list[Problem]] = {}
    for problem in result.problems if result.unrated else ():
        # (a row rated in another status column, 実施状況 beside 達成度: the form is filled in)
        if problem.is_error and problem in result.unrated and problem.kind != FILLED_BESIDE:
            blanks.setdefault(problem.location.file, []).append(problem)
    blanks = {file: found for file, found in blanks.items() if len(found) >= FORM_BLANK_FROM}
    if not blanks:
        return  # (most reads: no blank at all, and the rows are not looked at)
    # (a file left out as another year's rated what it rated all the same: not sent back blank —
    # review 178 #4)
    rated = (*result.read, *result.other_year_rows)
    answered = {entry.location.file for entry in rated if entry.status != repeat_symbol}
    answered |= _typed_in(result.problems, blanks)
    blank_forms = {file: found for file, found in blanks.items() if file not in answered}
    if not blank_forms:
        return
    said = {id(problem) for found in blank_forms.values() for problem in found}
    folded = {id(found[0]): _unanswered(found) for found in blank_forms.values()}
    result.problems[:] = [
        folded.get(id(problem), problem)
        for problem in result.problems
        if id(problem) in folded or id(problem) not in said
    ]


def _typed_in(problems: list[Problem], blanks: dict[str, list[Problem]]) -> set[str]:
    """The files among ``blanks`` with another error in a column their blanks are in: a status
    typed that the scale does not know (A, B, C read with the default ◎ ○ △ ×) is an answer,
    the form filled in — not sent back as it was given."""
    columns = {
        (problem.location.file, problem.location.sheet, _column(problem.location.cell))
        for found in blanks.values()
        for problem in found
    }
    blank = {id(problem) for found in blanks.values() for problem in found}
    return {
        problem.location.file
        for problem in problems
        if problem.is_error
        and id(problem) not in blank
        and (problem.location.file, problem.location.sheet, _column(problem.location.cell))
        in columns
    }


def _column(cell: str | None) -> str:
    return split_ref(cell or "")[0]


def blank_cells(blanks: list[Problem]) -> tuple[bool, list[str]]:
    """Whether the ``blanks`` are on one sheet, and their cells as a message names them: 「E8」
    there, else 「基本目標2!H5」."""
    one_sheet = len({problem.location.sheet for problem in blanks}) == 1
    return one_sheet, [
        str(p.location.cell) if one_sheet else f"{p.location.sheet}!{p.location.cell}"
        for p in blanks
    ]


def _unanswered(blanks: list[Problem]) -> Problem:
    first = blanks[0].location
    one_sheet, cells = blank_cells(blanks)
    return Problem(
        first if one_sheet else Location(first.file),
        Severity.ERROR,
        f"達成状況が一つも記入されていません（空欄 {len(blanks)} か所: {cell_list(cells, 5)}）。"
        "記入前の調査票が提出されたようです",
        "提出元の部署に記入を依頼し、記入済みの調査票と差し替えてください。それまで、この調査票の"
        "実施内容は数えません",
        reason=BLANK_FORM,
    )
