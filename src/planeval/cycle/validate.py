"""Checks across rows, files and the plan → a list of Problems (reading problems come first).

Errors: a repeat listing pointing at no item; with a plan, an item missing from every file
(its department having returned a workbook: who returned nothing is in cycle/submission.py),
an item not in the plan, a name that differs from the plan's. Warnings: an issue text missing
where the status needs one; gaps in the numbering; the plan's list and its project cards
disagreeing is a notice (about the plan, not the returns: of forms planeval did not make,
cycle/plan_notices.py). (Unknown or empty statuses, and the same item in two files, are found
while reading and collecting.)
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from planeval.cycle.against_plan import TextColumns
from planeval.cycle.issue_texts import missing_issue_texts
from planeval.cycle.jis_notices import outside_jis
from planeval.cycle.older_plan import leading
from planeval.cycle.plan_notices import plan_notices
from planeval.cycle.unreturned_notes import unreturned_problems
from planeval.cycle.with_plan import against
from planeval.fiscal import fiscal_year_label
from planeval.ids import circled, describe, parse_item
from planeval.io.level_names import NUMBER_GAP
from planeval.level_labels import NO_LABELS, LevelLabels, shown_number
from planeval.marks import other_rounds, recorded_marks, round_marks, template_marks
from planeval.message_words import form_issue_titles, in_body_words, with_form_words, with_settings
from planeval.model import Entry, Location, Problem, Severity
from planeval.plan import Plan
from planeval.read_records import ItemSeen, ReadResult
from planeval.scale import Scale
from planeval.text_cells import text_cell
from planeval.title_years import stale_titles, titled_files
from planeval.wording import DEFAULT_WORDING, Wording


def validate(
    result: ReadResult,
    scale: Scale,
    *,
    plan: Plan | None = None,
    fiscal_year: int | None = None,
    wording: Wording = DEFAULT_WORDING,
) -> list[Problem]:
    """Its messages name the levels in the body's words (``wording``; the issue column as the
    read's forms title it: with_form_words)."""
    wording = with_form_words(wording, result)
    problems = list(result.problems)
    if plan is not None:
        found = against(result, plan, wording, scale).problems
        # (the rows against the plan, said as a read with the plan said them: once; who
        # returned nothing warned of as summarize warns, in the tally too — review 94 —, its
        # fix pointing at the 提出状況 table)
        told = {
            *unreturned_problems(
                result, plan, wording.item, status=wording.status, word=wording.department
            ),
            *in_body_words(found, wording),
        }
        problems = [p for p in problems if p not in told and p.reason != NUMBER_GAP]
        problems += unreturned_problems(
            result,
            plan,
            wording.item,
            validating=True,
            status=wording.status,
            word=wording.department,
        )
    if fiscal_year is not None:  # (a round's odd ones out were left out already, said)
        titles = titled_files(result, without_marks=True)  # (A1 retyped: review 167 #6)
        marks = recorded_marks(result.texts, result.template_years)  # (A2 retyped: review 173)
        problems += other_rounds(marks, fiscal_year, titles).values()
        problems += unchecked_year(result, fiscal_year)
    problems += missing_issue_texts(
        result.entries,
        scale,
        wording,
        result.without_issue_column,
        form_issue_titles(result, wording),
    )
    if plan is None:  # (with it, an item the plan has and no row is said, a gap the plan's)
        problems += numbering_gaps(result, wording)
    problems += dangling_repeats(result.read, plan, wording, items_seen=result.items_seen)
    made = template_marks(result.texts)  # (a name template copied from the plan: said by it)
    problems += outside_jis(result.read, plan, result.text_columns, wording, made=made)
    if plan is not None:  # (the plan's own problems where they bear on this round)
        problems += [*plan_notices(result, plan, wording), *found]
    said = with_settings(in_body_words(problems, wording), result.settings)
    return leading(said)  # (an older plan's error first)


def unchecked_year(result: ReadResult, fiscal_year: int) -> list[Problem]:
    """Where no workbook read records its year (none is a planeval template or an export
    written with a year), the year their titles state (「…進捗状況（令和5年度）」): a file
    titled with another year than ``fiscal_year`` is warned of — last year's workbook sent
    again, or its title not changed. A notice when no title states a year either:
    --fiscal-year checked nothing, and silence would say it did."""
    if not result.files or round_marks(result):
        return []
    titled = titled_files(result)
    if titled:
        return list(stale_titles(titled, fiscal_year).values())
    files = result.files
    also = f"（ほかの {len(files) - 1} ファイルも同じ）" if len(files) > 1 else ""
    return [
        Problem(
            Location(files[0]),
            Severity.NOTICE,
            f"このブック{also}には年度の記録も表題の年度もないため、--fiscal-year の"
            f"{fiscal_year_label(fiscal_year)}と照らし合わせられませんでした",
            "年度を記録するのは planeval の調査票（A2 の「対象年度」）と年度を付けて書き出した"
            "報告書で、ほかは表題（上から3行）の「令和6年度」などを読みます。"
            "ブックを開いて年度を確かめてください",
        )
    ]


def numbering_gaps(result: ReadResult, wording: Wording = DEFAULT_WORDING) -> list[Problem]:
    """Gaps in the item numbers of a project, within its body (rows whose status was wrong
    still count as there) — not of forms numbering their rows 1, 2, 3 … down the sheet, across
    projects (numbering_runs.running_down: 「3 の次に 7」 of a 課's own row numbers, review 76);
    a policy rated in items named by its number as typed (ReadResult.level_labels,
    「基本目標Ⅳ」). Of a body numbering its items through the plan, no jump past numbers
    another project holds (羽村市's 1-2: 10, then 61, an item added to the plan after its last
    number — review 121), nor numbers the read's warning that no file holds them names
    already (io/missing_numbers.py: said once, for the folder), nor a common form's rows the
    body's warning names (io/common_form.py: 「…に調査項目 1-3・3-5 の行がありません」)."""
    from planeval.io.missing_numbers import numbers_held, numbers_said
    from planeval.numbering_runs import running_down

    entries, items_seen, labels = result.read, result.items_seen, result.level_labels
    held = numbers_held(entries, items_seen)
    said = numbers_said(result, held)
    lacking = _form_rows_lacking(result)
    problems = []
    first_seen: dict[tuple[str, str, int], Entry] = {}
    running = running_down(entries)
    for entry in entries:
        if entry.item_no is not None and entry.location.file not in running:
            first_seen.setdefault((entry.body, entry.project_id, entry.item_no), entry)
    present = set(first_seen) | {(b, p, n) for b, p, n, _ in items_seen if n is not None}
    numbers: dict[tuple[str, str], list[int]] = {}
    for body, project_id, number in sorted(present):
        numbers.setdefault((body, project_id), []).append(number)
    for (body, project_id), found in numbers.items():
        others, told = held.get(body), said.get(body, ())
        form_told = lacking.get(body, ())
        for before, after in itertools.pairwise(found):
            between = range(before + 1, after)
            if not between or (body, project_id, after) not in first_seen:
                continue
            if all((project_id, number) in form_told for number in between):
                continue  # (rows of the common form the body lacks: said for the body)
            if others is not None and (
                any(number in others for number in between) or all(n in told for n in between)
            ):
                continue  # (another project's numbers between, or no file's: said for the folder)
            entry = first_seen[(body, project_id, after)]
            label = functools.partial(_as_typed, entry.item_label, after)
            missing = "・".join(map(label, between))
            if not _shaped(entry.item_label, after):  # (「1 の次に 3（2 番がありません）」)
                missing += " 番"
            problems.append(
                Problem(
                    _number_cell(entry.location, result.text_columns),
                    Severity.WARNING,
                    f"{_level(entry, wording, labels)} の{wording.item}の番号が {label(before)} の"
                    f"次に {label(after)} になっています（{missing}がありません）",
                    "行が抜けていないか、番号の誤りでないか確認してください",
                )
            )
    return problems + _kana_gaps(entries, items_seen, wording)


def _form_rows_lacking(result: ReadResult) -> dict[str, set[tuple[str, int | str]]]:
    """Each body's rows of the common form its warning names (io/common_form.py), where the
    read warned of one."""
    from planeval.io.common_form import items_held, items_lacking
    from planeval.past_errors import LACKING_ROWS

    if not any(problem.kind == LACKING_ROWS for problem in result.problems):
        return {}
    lacking = items_lacking(items_held(result.read, result.items_seen))
    return {body: set(missing) for body, missing in lacking.items()}


def _number_cell(where: Location, columns: TextColumns) -> Location:
    """The cell of the number of the item rated at ``where``: in its table's No. column, else
    its item column, where the number is typed before the name (「③ …」), else ``where``."""
    cell = text_cell(where, columns, "number")
    return cell if cell != where else text_cell(where, columns, "item")


def _shaped(label: str, number: int) -> bool:
    """Whether the item's label is its number in a shape other numbers take: ③, (10)."""
    return label == circled(number) or re.fullmatch(rf"\D*{number}\D*", label) is not None


def _as_typed(label: str, number: int, other: int) -> str:
    """Item ``other`` labelled as ``number`` is (「(10)」 → 「(9)」, ③ → ②), else plain."""
    if label == circled(number):
        return circled(other)
    typed = re.fullmatch(rf"(\D*){number}(\D*)", label)
    return f"{typed[1]}{other}{typed[2]}" if typed else str(other)


def _level(entry: Entry, wording: Wording, labels: LevelLabels = NO_LABELS) -> str:
    """The project as the body numbers it: 「1-1-1」; a bare number with its level's word,
    「改革項目1」 (the policy's where the policy is rated in items: 改革項目 | 取組項目, its
    number as typed: 「基本目標Ⅳ」)."""
    project = entry.project_shown_id or entry.project_id
    if not project.isdigit():
        return project
    if entry.project_id == entry.policy_id:
        return f"{wording.policy}{shown_number(labels, entry.policy_id, entry.body)}"
    return f"{wording.project}{project}"


def _kana_gaps(
    entries: Sequence[Entry], items_seen: Sequence[ItemSeen], wording: Wording
) -> list[Problem]:
    """Gaps in items marked ア, イ, ウ (「(1)ア」 too) under one number of a project: ア then ウ, a
    row deleted or left out. A project with a row read but not counted (an unknown status)
    is left alone: that row may be the one missing."""
    from planeval.ids import KATAKANA

    counted: dict[tuple[str, str], set[str]] = {}
    marks: dict[tuple[str, str, str], list[Entry]] = {}
    for entry in entries:
        counted.setdefault((entry.body, entry.project_id), set()).add(entry.item_name)
        label = entry.item_label
        if label and label[-1] in KATAKANA and entry.sub_item is None:
            marks.setdefault((entry.body, entry.project_id, label[:-1]), []).append(entry)
    unread = {(b, p) for b, p, _n, name in items_seen if name not in counted.get((b, p), set())}
    problems = []
    for (body, project, prefix), marked in marks.items():
        if (body, project) in unread:
            continue
        at = {KATAKANA.index(entry.item_label[-1]): entry for entry in marked}
        for before, after in itertools.pairwise(sorted(at)):
            if after > before + 1:
                missing = "・".join(f"{prefix}{KATAKANA[i]}" for i in range(before + 1, after))
                problems.append(
                    Problem(
                        at[after].location,
                        Severity.WARNING,
                        f"{project} の{wording.item}が {prefix}{KATAKANA[before]} の次に "
                        f"{prefix}{KATAKANA[after]} になっています（{missing} がありません）",
                        "行が抜けていないか、記号の誤りでないか確認してください",
                    )
                )
    return problems


def dangling_repeats(
    entries: Sequence[Entry],
    plan: Plan | None,
    wording: Wording = DEFAULT_WORDING,
    *,
    items_seen: Sequence[ItemSeen] = (),
) -> list[Problem]:
    """Repeat listings pointing at no item of their own body (or of the plan): an item read
    but left unrated is there (its blank is said at its own row)."""
    known = {(e.body, e.project_id, e.item_no) for e in entries}
    known |= {(body, project, number) for body, project, number, _name in items_seen}
    planned = {(item.project_id, item.item_no) for item in plan.items} if plan else set()
    problems = []
    for entry in entries:
        if entry.repeat_of is None:
            continue
        match = re.match(r"^(\d+-\d+-\d+)(.*)$", entry.repeat_of)
        if not match:
            continue
        project_id, label = match[1], match[2]
        number = parse_item(f"{label} x").number if label else None
        if (entry.body, project_id, number) not in known and (project_id, number) not in planned:
            problems.append(
                Problem(
                    entry.location,
                    Severity.ERROR,
                    f"{describe(entry)} は {entry.repeat_of} の再掲とされていますが、"
                    f"{entry.repeat_of} の{wording.item}が見つかりません",
                    f"再掲元の{wording.project_short}番号・{wording.item}の番号を確認してください",
                )
            )
    return problems
