"""Problems said in the body's words: planeval's messages name the levels and columns as
Setagaya does (実施内容, 達成状況 …); a body's planeval.toml [wording] names them otherwise. A
lead and its co-owners are no column's words: the messages say 所管部 and 共管部 (所管課 and
共管課 …) as the body's templates do, by the unit its departments are (marks.unit)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial
from operator import itemgetter
from pathlib import Path

from planeval.io.inputs import SETTINGS_FILE
from planeval.lazy_pattern import LazyPattern
from planeval.marks import UNITS, named_unit
from planeval.model import Entry, Problem
from planeval.read_records import ReadResult
from planeval.sole_items import projects_rated, rows_named
from planeval.status_cells import tabled
from planeval.wording import DEFAULT_WORDING, Wording, configured, with_status_column
from planeval.wording_presets import OWN_WORDING_BASE, WORDING_PRESETS

# What planeval's messages call the levels and columns (Setagaya's words), longest first, and
# the body's word for each; a quoted text — a cell's value, a sheet's name, an example to type
# — and a file's name or path (「…実施計画事業評価_修正版.xlsxを移して」: review 128) or a sheet's
# in a place (実施計画事業評価!H6) are said as they are.
_MESSAGE_WORDS = (
    ("情報化計画事業", "project"),
    ("計画事業", "project_counted"),
    ("情報化政策", "policy"),
    ("取り組みの方向性", "direction"),
    ("実施内容", "item"),
    ("達成状況", "status"),
    ("課題等", "issue"),
)
_QUOTED = LazyPattern(
    r"(「[^」]*」|『[^』]*』|'[^']*'"
    # (a path: a run of no space, bracket or punctuation, ending in a file's suffix)
    r"|[^\s「」『』'\"（）()\[\]、。，,：:;；【】<>|›]+\.[A-Za-z][A-Za-z0-9]{0,4}(?![A-Za-z0-9])"
    # (a sheet's name in a place: 実施計画事業評価!H6, 計画事業一覧 › 4 行目 — review 132)
    r"|[^\s「」『』'\"（）()\[\]、。，,：:;；【】<>|›!]+(?:![A-Z]{1,3}\d| ›))"
)


def in_body_words(problems: Sequence[Problem], wording: Wording) -> list[Problem]:
    """The problems with their messages and fixes in the body's words (planeval.toml's
    [wording]: 取組内容 for 実施内容, 評価 for 達成状況 …), quoted texts left as they are, and
    a notice offering [wording] lines as it is (it names planeval's words: offered_words.py)."""
    swaps = {
        word: getattr(wording, field)
        for word, field in _MESSAGE_WORDS
        if getattr(wording, field) != getattr(DEFAULT_WORDING, field)
    }
    if not swaps:
        return list(problems)
    words = re.compile("|".join(map(re.escape, swaps)))

    def said(text: str) -> str:
        parts = _QUOTED.split(text)
        return "".join(
            part if index % 2 else words.sub(lambda found: swaps[found[0]], part)
            for index, part in enumerate(parts)
        )

    return [
        problem
        if "[wording]" in problem.settings
        else replace(problem, message=said(problem.message), hint=said(problem.hint))
        for problem in problems
    ]


def reword(
    result: ReadResult,
    wording: Wording,
    *,
    worded: bool = False,
    status_column: str | None = None,
    plan_title: str = "",
    setagaya: bool = False,
) -> None:
    """``result``'s problems in the body's words, each blank status still known as one row's
    (ReadResult.unrated, keyed by the problem: check's bound of the rows left out), and the
    forms' issue title noted where the settings have [wording] (``worded``: note_form_issue).
    ``status_column`` ([layout] status_column, --status-column): the status column chosen of
    several, what the messages call the status where the wording has no word of its own for
    it (「実施状況が空です」 of a 実施状況 beside a 達成度, not 達成状況: review 85).
    ``plan_title``: the plan's (Plan.title), which names the plan in the forms' title.
    ``setagaya``: read in Setagaya's scale, whose words give way to the tables' (taken_words)."""
    from planeval.offered_words import taken_words

    # (a survey's 取組分野 | 取組 in Setagaya's scale: read as those [wording] lines would word it,
    # not 「情報化政策1」 — review 183 #3)
    cells, problems = result.status_cells, result.problems
    if setagaya and (taken := taken_words(cells, wording, worded=worded, problems=problems)):
        result.table_words, worded = taken, True
        wording = configured(OWN_WORDING_BASE, taken)
    note_form_issue(result, wording, worded=worded, plan_title=plan_title)
    if setagaya and not worded and any("[wording]" in p.settings for p in problems):
        from planeval.first_run import offered_wording  # (a first run's block: not at start-up)

        # (the block offers the forms' words: the run's messages say them, 「事業「…」の評価が
        # 空です」, not 実施内容 and 達成状況 — review 199 #5)
        if offered := offered_wording(problems):
            wording = configured(OWN_WORDING_BASE, offered)
    wording = with_status_column(wording, status_column)
    # (the issue column as the forms title it, not the preset's word: review 75's 「上の行（E8）の
    # 今後の方向性の続き」 of forms titled 評価の理由・課題)
    worded_as = with_form_words(wording, result)
    # (a 施策 by its name, not its 成果指標's: review 175 #2; by its forms' words: 206 #3)
    named, worded_as = rows_named(result, worded_as, partial(form_title, result), worded=worded)
    said = in_body_words(named, worded_as)
    moved = {old: new for old, new in zip(result.problems, said, strict=True) if old != new}
    result.unrated = {moved.get(problem, problem): key for problem, key in result.unrated.items()}
    result.problems = said


def settings_named(result: ReadResult, settings: Path | None) -> ReadResult:
    """``result`` with every fix that has the clerk add a line to planeval.toml naming the
    settings in use by their path as given (``settings``: 「--config 設定.toml」's, review 188),
    where their file is not named planeval.toml; kept in ``result.settings`` for the fixes of
    later stages (validate's). A fix naming another planeval.toml (「その列を数える planeval.toml
    で」「ほかの planeval.toml を写した」) or said of a folder with no settings is as it is."""
    if settings is not None and settings.name != SETTINGS_FILE:
        result.settings = str(settings)
        result.problems = with_settings(result.problems, result.settings)
    return result


def with_settings(problems: list[Problem], settings: str) -> list[Problem]:
    """``problems`` with planeval.toml in a fix adding to it named ``settings`` ("": as they are)."""
    if not settings:
        return problems

    def named(text: str) -> str:
        return _IN_USE.sub(lambda _found: settings, text)

    return [
        replace(problem, message=named(problem.message), hint=named(problem.hint))
        if SETTINGS_FILE in problem.hint or SETTINGS_FILE in problem.message
        else problem
        for problem in problems
    ]


# 「planeval.toml の [layout.titles] に」「planeval.toml の評価尺度に」「planeval.toml に次の設定を」
# 「planeval.toml で '…' を」: the settings in use; not 「…を数える planeval.toml で読めます」
_IN_USE = LazyPattern(r"(?<!数える )planeval\.toml(?= (?:の ?[\[評計b]|に|で))")


def form_issue_titles(result: ReadResult, wording: Wording) -> dict[str, str]:
    """Each file's issue column title as its form has it (「課題・今後の取組」), where
    ``wording``'s word for it is not the body's own but a preset's or planeval's (gunma's
    備考, review 27 F7): what validate asks each clerk to fill in."""
    if wording.issue not in _GIVEN_ISSUE_WORDS:
        return {}
    return {
        file: cells.words["issue"]
        for file, cells in result.status_cells.items()
        if cells.words.get("issue")
    }


def form_issue_title(result: ReadResult, wording: Wording) -> str:
    """The issue column's title every form read gives it, where ``wording``'s word for it is
    not the body's own (form_issue_titles); "" where the forms title it otherwise
    (ReadResult.issue_title: what the read's outputs head the column with)."""
    titles = set(form_issue_titles(result, wording).values())
    return titles.pop() if len(titles) == 1 else ""


def with_form_words(wording: Wording, result: ReadResult) -> Wording:
    """``wording`` with the issue column called as the read's forms title it
    (ReadResult.issue_title, where the settings have [wording] and its word for it is a
    preset's or planeval's), and the project level as its column (ReadResult.project_title):
    the report's tables and messages head them as the clerks' forms do. validate and
    build_report apply it themselves; the CLI for every command's words. A read that took its
    tables' words (ReadResult.table_words) is worded as those [wording] lines word it."""
    if result.table_words:
        wording = configured(OWN_WORDING_BASE, result.table_words)
    if title := result.project_title:
        hierarchy = title if wording.hierarchy == wording.project else wording.hierarchy
        # (counted as the level too where that word follows the project's: 「2つの施策」)
        counted = title if wording.project_counted == wording.project else wording.project_counted
        wording = replace(
            wording,
            project=title,
            project_short=title,
            hierarchy=hierarchy,
            project_counted=counted,
        )
    # (the departments that returned nothing, as the plan names them: 所管局 of a city of 局,
    # where the sentence said 「担当課の回答が…」 or planeval's 所管部 — review 78)
    if result.unreturned and any(name.endswith(UNITS) for name in result.unreturned):
        own = named_unit(result.unreturned, wording.department)  # (部局: review 161 #9)
        wording = replace(wording, answering=f"所管{own}")
    wording = with_department_title(
        wording, result.entries, result.unreturned, form=result.department_title
    )
    if result.report_title:  # (the forms' own title, not 「計画の進捗状況」: form_titles.py)
        wording = replace(wording, title=result.report_title)
    if result.status_title:  # (評価, not planeval's 達成状況: review 131 #7)
        wording = replace(wording, status=result.status_title)
    if result.rows_projects:
        wording = rows_as_projects(wording, result.item_title)
    elif result.item_title and wording.item == DEFAULT_WORDING.item:  # (取組項目: review 193 #4)
        plain = wording.item_counted == DEFAULT_WORDING.item_counted
        rows = result.item_title if plain else wording.item_counted
        wording = replace(wording, item=result.item_title, item_counted=rows)
    return replace(wording, issue=result.issue_title) if result.issue_title else wording


def rows_as_projects(wording: Wording, title: str) -> Wording:
    """``wording`` of a read whose every row is its project's one row (ReadResult.rows_projects:
    西浦町's 事業, one row each under a 評価 column): the rows called as the projects are where
    the wording has planeval's word for them (「産業建設課の事業 5 件」, 「個別の事業ごとの評価は」,
    not 実施内容, a word the body never uses), and the item column titled as the forms title it
    (``title``: ReadResult.item_title, 指標) where that is not the rows' word — the column beside
    the 事業 holds its 指標, never titled 事業 again (review 131 #7)."""
    if wording.item == DEFAULT_WORDING.item:
        counted = wording.item_counted == DEFAULT_WORDING.item_counted
        wording = replace(
            wording,
            item=wording.project,
            item_counted=wording.project_counted if counted else wording.item_counted,
        )
    return replace(wording, item_title=title if title != wording.item else "")


def with_department_title(
    wording: Wording, entries: Sequence[Entry], unreturned: Iterable[str] = (), *, form: str = ""
) -> Wording:
    """``wording`` with the department column titled as its names end where the title is
    planeval's own 所管部 (no [wording] or preset gives one) and no name is a 部: 所管課 over
    情報推進課, 企画課 — a prefecture's roll-up of its bodies' 課 titled 所管部 (review 92) —,
    所管局 over a city's 局 and a 会計室 (marks.unit); 所管部 beside any 部, or where no unit is
    more usual. ``unreturned``: the departments that sent nothing, whose rows the column lists
    too (ReadResult.unreturned). ``form``: the forms' title of the column (ReadResult.
    department_title), the title where it ends as the names do: 川辺市's 担当課 over its 課, not
    所管課 (review 141 #8); never beside a 部 its forms' 担当課 column does not hold. A preset's
    word gives way to the forms' title as its issue word does: hirakata's 担当部 never heads a
    column the forms title 担当課, over 危機管理課 (review 190 #8)."""
    if wording.department != DEFAULT_WORDING.department:
        return replace(wording, department=form) if form else wording
    # (each name once, as unit counts them)
    names = set(map(_DEPARTMENT, entries)).union(unreturned)  # (in C: a large read's rows)
    own = named_unit(names)
    if own in ("部", "部署") or any(name.endswith("部") for name in names):
        return wording
    return replace(wording, department=form if form.endswith(own) else f"所管{own}")


def note_form_issue(
    result: ReadResult, wording: Wording, *, worded: bool, plan_title: str = ""
) -> None:
    """Record the forms' issue title on a read (ReadResult.issue_title), and their own title
    where the [wording] gives the report none but planeval's plain one or its preset's (one the
    forms' title names more of: review 153 A1) (report_title, the plan
    named as ``plan_title`` names it) — only where the settings have [wording] (``worded``:
    Layout.worded): without it the outputs keep planeval's words throughout, and a notice
    offers the forms' (offered_words.py), but the plan's name naming its body titles the report
    (form_titles.body_plan_title)."""
    result.issue_title = form_issue_title(result, wording) if worded else ""
    given = wording.department not in _GIVEN_DEPARTMENT_WORDS  # (the body's word: kept)
    result.department_title = form_title(result, "department") if worded and not given else ""
    # (its rows left out in error too: a project's blank first row is a row of its own)
    result.rows_projects = worded and projects_rated([*result.entries, *result.error_rows])
    result.project_title = form_project_title(result, wording) if worded else ""
    result.status_title = form_title(result, "status") if worded and _given_status(wording) else ""
    # (… and the rated rows' own word where [wording] gives them planeval's 実施内容: 北浜県's
    # 取組項目, the report 「延べ270の実施内容」 throughout — review 193 #4)
    own_rows = worded and wording.item == DEFAULT_WORDING.item
    result.item_title = form_title(result, "item") if result.rows_projects or own_rows else ""
    plain = worded and wording.title in (OWN_WORDING_BASE.title, *_PRESET_TITLES)
    stated = ""
    if plain:  # ([wording] with planeval's or a preset's title: imported for it alone)
        from planeval.form_titles import report_title

        stated = report_title(result, plan_title)
    # (a preset's title is the kind of report another body publishes: the forms' own naming the
    # body's plan wins — 名東区's 「名東区区政運営方針　取組み結果」 over nagoya's 「区政運営方針
    # 取組み結果」, review 153 A1; 「東淀川市総合計画　施策評価」 over hirakata's, review 190 #7)
    result.report_title = stated
    if plan_title and not worded and wording.title == DEFAULT_WORDING.title:
        from planeval.form_titles import body_plan_title  # (the plan naming its body)

        result.report_title = body_plan_title(plan_title)


# the report titles of the words presets ([wording] preset = "nagoya"): the forms' own title naming
# more of it (the ward's name before it) is the report's
_DEPARTMENT = itemgetter(Entry._fields.index("department"))  # (by position: in C, cheaper)
_PRESET_TITLES = frozenset(preset.title for preset in WORDING_PRESETS.values())


def form_project_title(result: ReadResult, wording: Wording) -> str:
    """The project column's title every form read gives it, where ``wording`` calls the
    project as it calls the policy — a preset's plan of two levels (hirakata's 基本目標 › 施策)
    read from forms with a level between (基本目標 | 施策の柱 | 施策名: review 75, every output
    headed 施策の柱 基本目標, the データ sheet two 基本目標番号 columns) —, or calls the direction
    so while no row read has one (浜松市's 基本方針 › 施策 › KPI worded direction = "施策": every
    output said 「2つの事業」, review 113 #6; direction_word.py says so); "" otherwise."""
    if wording.project != wording.policy:
        return _direction_titled(result, wording)
    titles = {cells.words.get("project", "") for cells in tabled(result.status_cells).values()}
    title = titles.pop() if len(titles) == 1 else ""
    rated = result.rows_projects  # (the item's word too: 南枚方市's 施策名 column, review 206 #2)
    return "" if title == wording.policy or (title == wording.item and not rated) else title


def _direction_titled(result: ReadResult, wording: Wording) -> str:
    """The direction's word where every form giving its project column a title gives it
    that word and no row read (``result.entries``; none of a streamed read) has a direction."""
    word = wording.direction
    if word == wording.project or not result.entries:
        return ""
    titles = {w for cells in result.status_cells.values() if (w := cells.words.get("project"))}
    if titles != {word} or any(entry.direction_id for entry in result.entries):
        return ""
    return word


def form_title(result: ReadResult, word: str) -> str:
    """The title every form read gives the column of ``word`` (StatusCells.words: 評価 of
    「評価（S～C、−）」), "" where the forms title it otherwise or not at all; a memo among
    them no form (status_cells.tabled)."""
    titles = {cells.words.get(word, "") for cells in tabled(result.status_cells).values()}
    return titles.pop() if len(titles) == 1 else ""


def _given_status(wording: Wording) -> bool:
    """Whether ``wording`` calls the status planeval's 達成状況, no word of the body's nor of a
    preset's: the forms' title then says it (form_title)."""
    return wording.status == DEFAULT_WORDING.status


# the words for the department column that are a preset's, not a body's own (nor planeval's:
# with_department_title's own rule)
_GIVEN_DEPARTMENT_WORDS = frozenset(
    {DEFAULT_WORDING.department} | {preset.department for preset in WORDING_PRESETS.values()}
)

# the words for the issue column that are planeval's or a preset's, not a body's own
_GIVEN_ISSUE_WORDS = frozenset(
    {DEFAULT_WORDING.issue, OWN_WORDING_BASE.issue}
    | {preset.issue for preset in WORDING_PRESETS.values()}
)
