"""A body rating in another scale's symbols is left out whole, across its files (review 150
#1): each file is judged as it is read (preset_hints.with_preset_hint, a value of another
preset's; legend_presets.legend_of_another, a legend giving the scale's symbols that preset's
meanings), and a file of the body holding only symbols the two scales share — 高森町's
企画課.xlsx, its C 「達成できなかった」 beside one S — was counted on the read's scale. Once every
file is read, every file of a body one of its files was judged of another scale is that
scale's too: none of its rows counted (kept aside, ReadResult.other_scale_rows, as
io/workbook.py keeps a judged file's), each value of its preset said so (past_errors.
OTHER_SCALE, the body's preset named: not a status to add to the read's scale, legend_marks),
and its files' values the body's (StatusCells.known: who rates in which, survey_scales.py)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from planeval.io.roster_file import SCALE_MARKS, Listed, mark_place
from planeval.model import Location, Problem, Severity
from planeval.past_errors import OTHER_SCALE
from planeval.preset_fixes import UNKNOWN_VALUE, named_presets, preset_hint
from planeval.presets import PRESETS
from planeval.read_records import ReadResult
from planeval.scale import UNSAID_REPEAT
from planeval.survey_scales import counted_apart


def scaled_bodies(problems: Sequence[Problem], file_bodies: Mapping[str, str]) -> set[str]:
    """The bodies a file of which was judged to rate in another scale."""
    return {
        body
        for problem in problems
        if problem.reason == OTHER_SCALE and (body := file_bodies.get(problem.location.file))
    }


def bodies_apart(
    result: ReadResult, scaled: Collection[str] | None = None, *, said: bool = True
) -> set[str]:
    """Every file of each body of another scale (``scaled``, else those the read's problems
    judge so) left out with it: its rows aside, and (``said``) its values of the body's preset
    told so and its status cells the body's presets'. The bodies left out, returned."""
    bodies = set(scaled_bodies(result.problems, result.file_bodies) if scaled is None else scaled)
    if not bodies:
        return bodies
    files = {file for file, body in result.file_bodies.items() if body in bodies}
    if moved := [entry for entry in result.entries if entry.location.file in files]:
        same = result.read is result.entries
        result.other_scale_rows += moved
        result.entries = [entry for entry in result.entries if entry.location.file not in files]
        result.read = result.entries if same else result.read
    if said:
        _values_said(result, bodies)
    return bodies


def _values_said(result: ReadResult, bodies: set[str]) -> None:
    """Each value of a body's preset in a file not judged with it (an S the file's legend
    defines, told to add to the scale) said as the body's other files' are."""
    presets: dict[str, tuple[str, ...]] = {}
    for body in bodies:
        judged = [
            problem
            for problem in result.problems
            if problem.reason == OTHER_SCALE
            and result.file_bodies.get(problem.location.file) == body
        ]
        presets[body] = named_presets(judged)
    told = []
    for problem in result.problems:
        body = result.file_bodies.get(problem.location.file, "")
        names = presets.get(body, ())
        value = _value(problem)
        ours = names and value is not None and PRESETS[names[0]].normalise(value) is not None
        if ours and problem.reason != OTHER_SCALE:
            hint = preset_hint(names, body, problem.location.file)
            problem = replace(problem, hint=hint, reason=OTHER_SCALE)
        if problem.reason == OTHER_SCALE and body in presets:  # (its folder, not one file)
            file = problem.location.file
            given = counted_apart(file, result.file_bodies)
            hint = problem.hint.replace(f"summarize {file} --config", f"summarize {given} --config")
            problem = replace(problem, hint=hint)
        told.append(problem)
    result.problems = told
    typed: dict[str, set[str]] = {}
    for entry in result.other_scale_rows:
        typed.setdefault(entry.location.file, set()).add(entry.status_text)
    for file, cells in list(result.status_cells.items()):
        names = presets.get(result.file_bodies.get(file, ""), ())
        if names:
            known = tuple(sorted({*cells.known, *typed.get(file, ())}))
            result.status_cells[file] = cells._replace(presets=cells.presets or names, known=known)


def _value(problem: Problem) -> str | None:
    """The value of a status cell's error: one of no symbol of the scale, or a mark read as
    the scale's 再掲 naming nothing (長与町's −)."""
    if not problem.is_error:
        return None
    if problem.kind == UNSAID_REPEAT and problem.value:
        return problem.value
    found = UNKNOWN_VALUE.match(problem.message)
    return found["text"] if found else None


def marked_apart(
    result: ReadResult, apart: Mapping[str, Listed], file_bodies: Mapping[str, str]
) -> None:
    """``result``'s problems with the errors of the bodies the list of bodies marks as rating
    in another scale (``apart``: each body → its line, its mark 「評価尺度が違う」) said once, in
    one notice naming them (ReadResult.marked_apart): the prefecture knows and counts them
    apart, the run not stopped — each body still left out whole, 「高森町（評価尺度が違うため）」
    in every table of bodies (review 150 #6) —, not four notices a body each repeating the
    advice (review 165 #9) —; one that sent nothing too, out of this count whether or not it
    answered, no 未回答 error (review 165 #6). A body so marked whose replies hold only the
    scale's symbols under no legend of another's is counted, a warning saying the list and the
    replies differ."""
    told = []
    sent = set(file_bodies.values())  # (a body marked that sent nothing: out all the same)
    judged = [body for body in apart if body not in sent]
    for problem in result.problems:
        body = file_bodies.get(problem.location.file, "")
        if problem.reason == OTHER_SCALE and body in apart:
            judged += [body] if body not in judged else []
            if problem.is_error:
                continue  # (said in the one notice below)
        told.append(problem)
    result.marked_apart = set(judged)
    if judged:
        ordered = [body for body in apart if body in judged]  # (the list's order)
        marks = "・".join(dict.fromkeys(f"「{apart[body].apart}」" for body in ordered))
        many = f"（{len(ordered)} 団体）" if len(ordered) > 1 else ""
        message = (
            f"団体一覧で{marks}としているため、{'、'.join(ordered)}{many}の行は集計に含めていません"
        )
        told.insert(0, Problem(apart[ordered[0]].location, Severity.NOTICE, message))
    firsts = {body: file for file, body in reversed(list(file_bodies.items()))}
    for body, listed in apart.items():
        if body not in judged and body in firsts:
            message = (
                f"団体一覧で{body}を「{listed.apart}」としていますが、回答の評価はいまの評価尺度の"
                "記号で、凡例もほかの評価尺度のものではないため、集計しました"
            )
            hint = "いまの評価尺度で回答しているなら、団体一覧の印を消してください"
            told.append(Problem(Location(firsts[body]), Severity.WARNING, message, hint))
    result.problems = told


def marking_offered(
    problems: list[Problem], roster: Listed, file_bodies: Mapping[str, str]
) -> None:
    """Each body's first error of another scale (the list ``roster`` is read from marking it not)
    offering the list's mark that counts the others without stopping (marked_apart)."""
    offered: set[str] = set()
    for index, problem in enumerate(problems):
        body = file_bodies.get(problem.location.file, "")
        if problem.is_error and problem.reason == OTHER_SCALE and body not in offered:
            offered.add(body)
            mark = f"。{body}を別に集計すると決めたなら、{mark_place(roster, SCALE_MARKS[0])}と書けば、{body}を除いて止めずに集計します"
            problems[index] = replace(problem, hint=f"{problem.hint}{mark}")
