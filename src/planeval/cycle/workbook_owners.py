"""Whose a returned workbook is, as submissions() takes it (cycle/submission.py): an unmarked workbook's department
(the one its form states, else the one its file's name names), the whole-plan workbooks (全庁)
that are a department's, and the departments whose workbooks rated every item a department
leads (a 課 renamed, or its items handed to another: answered, not 未提出), or whose names
its rows in a compiled book read (typed_as), and the items of a department that returned its
own read from others' workbooks or under other names (answered_apart)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from planeval.item_keys import EntryKey, entry_key
from planeval.marks import department_named, template_marks
from planeval.plan import PlanItem
from planeval.read_records import ReadResult


def written_by(
    result: ReadResult, departments: Sequence[str], marks: Mapping[str, object]
) -> dict[str, str]:
    """Each unmarked workbook's department: the one its form states, else the one department
    of the plan its file's name names (the longest, where one name holds another). A file
    left out of the count (last year's template, a file in error) or replaced by its 修正版
    has returned nothing."""
    written = {}
    left_out = {*result.left_out, *result.superseded}
    for file in result.files:
        if file in marks or file in left_out:
            continue
        department = result.file_departments.get(file)
        if department is None:
            department = department_named(file, departments)
        if department is not None:
            written[file] = department
    return written


def whole_plan_files(
    whole_plan: Sequence[str],
    department: str,
    led: set[EntryKey],
    rated_in: dict[str, set[EntryKey]],
    departments: Sequence[str],
) -> list[str]:
    """The whole-plan workbooks (記入する部: 全庁) that are the department's: one passed round is
    everyone's, unless its name is another department's; of copies sent back by several
    departments, those named after it or rating one of its items (a copy that rates none of
    them is another department's: 「調査票_全体_行政経営課.xlsx」 is no answer of 資産経営課)."""

    def named_for_another(file: str) -> bool:
        stem = Path(file).stem
        return department not in stem and any(other in stem for other in departments)

    if len(whole_plan) <= 1 and not any(map(named_for_another, whole_plan)):
        return list(whole_plan)
    return [
        file
        for file in whole_plan
        if department in Path(file).stem or rated_in.get(file, set()) & led
    ]


def rated_by_others(
    own: Sequence[PlanItem],
    keys: Sequence[EntryKey],
    rated_in: Mapping[EntryKey, set[str]],
    writers: Mapping[str, str | None],
) -> tuple[tuple[str, ...], list[str]]:
    """The departments whose workbooks rated every item a department leads (``own``, their
    ``keys``), none of them that item's co-owner (a co-owner's rating is no answer of its lead:
    review 88), and those workbooks — a 課 renamed, or its items handed to another: answered,
    not 未提出 (review 93; compare and rounds tell it across rounds, with no plan:
    renamed_departments.answered_elsewhere); nothing where some item is rated by
    nobody, or only by its own co-owners or by files of no known department."""
    departments: dict[str, None] = {}
    files: set[str] = set()
    for item, key in zip(own, keys, strict=True):
        theirs = {
            f for f in rated_in.get(key, set()) if writers.get(f) not in (None, *item.departments)
        }
        if not theirs:
            return (), []
        files |= theirs
        departments.update(dict.fromkeys(sorted({writers[f] or "" for f in theirs})))
    return tuple(departments), sorted(files)


def typed_as(
    result: ReadResult, own: Sequence[PlanItem], keys: Sequence[EntryKey]
) -> tuple[tuple[str, ...], list[str]]:
    """The names typed in the 所管部局 column of the rows of every item a department leads,
    none of them its own nor a co-owner's, and the files of those rows: a 部局 renamed in a
    book compiled of every 部局's answers (都市・交通局's rows reading 都市整備局) — its rows
    named, 「提出済（都市整備局の名で回答）」 beside the book, not a blank file column (review
    180 #3); nothing where some item has no such row. An item the plan lists again (再掲),
    whose row is a repeat listing only, is there by that row: 生活文化政策部's form, renamed
    生活文化部, two of its four rows 再掲 (review 184 #3: 未提出 in 提出状況 while counted)."""
    typed: dict[EntryKey, set[tuple[str, str]]] = {}
    repeats: dict[EntryKey, set[tuple[str, str]]] = {}
    wanted = set(keys)
    for entry in result.read:
        if (key := entry_key(entry)) in wanted:
            found = typed if entry.repeat_of is None else repeats
            found.setdefault(key, set()).add((entry.department, entry.location.file))
    typed = {key: typed.get(key) or repeats[key] for key in {*typed, *repeats}}
    names: dict[str, None] = {}
    files: set[str] = set()
    for item, key in zip(own, keys, strict=True):
        rows = typed.get(key, set())
        if not rows or any(name in ("", *item.departments) for name, _ in rows):
            return (), []
        names.update(dict.fromkeys(sorted(name for name, _ in rows)))
        files |= {file for _, file in rows}
    return tuple(names), sorted(files)


def answered_apart(
    result: ReadResult,
    own: Sequence[PlanItem],
    keys: Sequence[EntryKey],
    writers: Mapping[str, str | None],
) -> tuple[tuple[tuple[str, int, bool], ...], list[str]]:
    """Of the items a department that returned its own workbook leads (``own``, their
    ``keys``), those whose rows were read from the workbook of another (a 局 the plan does not
    know: デジタル戦略局 rating 4 of 総務局's 13 KPIs after a 組織改正) or, in a book of no one
    department's, typed under another name in its 所管部局 column: each name with how many
    items and whether it is a workbook's (True) or a name typed (False), and those rows'
    files — named in 提出状況 beside its own (review 180 #3). Not its co-owners', nor rows
    naming it or a co-owner in another's workbook (a 課's rows in its 部's shared one)."""
    wanted = dict(zip(keys, own, strict=True))
    found: dict[tuple[str, bool], set[EntryKey]] = {}
    files: set[str] = set()
    for entry in result.read:
        if entry.repeat_of is not None or (key := entry_key(entry)) not in wanted:
            continue
        writer = writers.get(file := entry.location.file)
        name, book = (entry.department, False) if writer is None else (writer, True)
        # (a row naming its own 課 in its 部's workbook is its own: review 106)
        if name not in ("", *(ours := wanted[key].departments)) and entry.department not in ours:
            found.setdefault((name, book), set()).add(key)
            files.add(file)
    return tuple((name, len(items), book) for (name, book), items in found.items()), sorted(files)


def apart_said(apart: Sequence[tuple[str, int, bool]]) -> str:
    """answered_apart's items as 提出状況 says them: 「うち 4件はデジタル戦略局のブックで回答」."""
    said = [
        f"{count}件は{name}{'のブック' if book else 'の名'}で回答" for name, count, book in apart
    ]
    return f"うち {'、'.join(said)}" if said else ""


def documents_of(result: ReadResult, department: str) -> list[tuple[str, str]]:
    """The files not read for being no workbook (a PDF, a Word document: io/inputs.UNRELATED)
    whose names name ``department`` — its reply, sent in a form planeval does not read — each
    with what it is (「PDF」)."""
    from planeval.io.inputs import DOCUMENTS, UNRELATED

    found = []
    for problem in result.problems:
        path = Path(problem.location.file)
        if problem.message == UNRELATED and not problem.location.sheet and department in path.stem:
            suffix = path.suffix.lower()
            found.append((str(path), DOCUMENTS.get(suffix, "").strip() or f"{suffix} ファイル"))
    return found


def file_writers(result: ReadResult, departments: Sequence[str]) -> dict[str, str | None]:
    """Each workbook's department where known, as submissions() takes it (cycle/submission.py): its template's mark
    (None: the whole-plan workbook, everyone's), else the one its form or file name names."""
    marks = template_marks(result.texts)
    return {
        **written_by(result, departments, marks),
        **{f: m.department for f, m in marks.items()},
    }
