"""The report's title as the forms state it, where the settings give none of the body's own.

Every 部's form titled 「令和6年度　東雲市行政改革大綱実施計画　取り組み項目の進捗状況（総務部）」
titles the report 「東雲市行政改革大綱実施計画　取り組み項目の進捗状況」, not planeval's plain
「計画の進捗状況」 (review 114 #9). A plan given names itself in full where the forms shorten its
name: forms titled 「令和6年度 集中改革プラン 取組状況調査票」, read with the plan
「緑ヶ丘市集中改革プラン（令和5年度～令和8年度）取組一覧」, title it 「緑ヶ丘市集中改革プラン 取組状況」
(review 116). A survey's forms 「令和7年度 自治体DX推進状況調査 回答票」 title it 「自治体DX推進状況
調査」 (review 137 #9). A file's title is its first text in its title rows (title_years.TITLE_ROWS)
without its year, the bracket after it (its department's, 「（総務部）」) and the form's word
(調査票, 回答票, 一覧; a compiled book's 取りまとめ: 東尾張県's 「東尾張県ITプラン2025 進捗状況調査
取りまとめ（令和7年度実績）」 titles it 「東尾張県ITプラン2025 進捗状況調査」, review 180 #5); a title naming no plan before what it reports or rates nor a survey
(planeval's own 「実施状況調査票」), or files titled apart, give none — with several bodies, a
body's own plan's form naming it (「南台市 ITプラン　令和7年度 進捗状況」) set aside: the
prefecture's survey titles the report (review 153 B2).
"""

from __future__ import annotations

from planeval.io.body_name import body_first
from planeval.io.stated_heading import title_department
from planeval.lazy_pattern import LazyPattern
from planeval.marks import is_reference_sheet
from planeval.model import Location, Problem, Severity, TextCell
from planeval.read_records import ReadResult
from planeval.status_cells import tabled
from planeval.text import bracketed_heading, compact, level_heading
from planeval.title_years import TITLE_ROWS, row_of
from planeval.wording_presets import OWN_WORDING_BASE, WORDING_PRESETS

# a report's title after its plan's name: 「 進捗評価結果」, 「の進捗状況」, 「 評価結果一覧」
REPORT_TAIL = LazyPattern(r"(?:[ 　]+\S*|の[^の\s]*)(?:状況|結果|一覧|報告書?)$")
# … and a form's title rating what it names after its plan's name: 「 成果指標（KPI）の評価」
# (名東区's KPI form 「令和7年度　名東区区政運営方針　成果指標（KPI）の評価」: review 149 #6)
_RATED_TAIL = LazyPattern(r"(?:[ 　]+\S+|の[^の\s]*)評価$")
# a year, with its bracket and the words it holds after the year: 「（令和７年度実績）」,
# 「（令和6年度評価分）」 whole (review 175 #1: 「（令和７年度」 went, 「実績）」 stayed)
_YEAR = r"(?:(?:令和|平成)[0-9０-９元]+|[0-9０-９]{4})年度"
YEAR = LazyPattern(rf"[（(]{_YEAR}[^（）()～〜~\s]{{0,8}}[）)]|[（(]?{_YEAR}[）)]?")
_BRACKET_AFTER = LazyPattern(r"[（(][^（）()]*[）)]$")
_SPACES = LazyPattern(r"([ 　])[ 　]+")  # (a run of spaces: its first)
# (and a compiled book's: 東尾張県's 「…進捗状況調査　取りまとめ（令和7年度実績）」, review 180 #5)
_FORM_WORD = LazyPattern(
    r"(?:回答(?:票|書|様式|用紙)|調査票|調書|票|シート|一覧表?|(?:取り?|と[りう])まとめ表?)$"
)
# a survey's name: 「自治体DX推進状況調査」, not planeval's own form's 「実施状況調査」 (its
# subject alone: what is surveyed, named by no more than the word for a status)
_SURVEY = LazyPattern(r"(.*?)(?:(?:実施|取組|進捗|達成|評価)?状況|実態)?調査$")
# a plan's period after its name: 「（令和5年度～令和8年度）」
_PERIOD = LazyPattern(r"[（(][^（）()]*年度[^（）()]*[）)]")


def plan_and_subject(title: str) -> tuple[str, str] | None:
    """A report's title as its plan's name and what it reports: 「中央市DX推進計画 進捗評価結果」
    → ("中央市DX推進計画", " 進捗評価結果"); None for a title naming no plan (「計画の進捗状況」,
    「実施状況」)."""
    title = YEAR.sub("", title).strip()
    tail = REPORT_TAIL.search(title)
    name = title[: tail.start()].strip() if tail else ""
    return (name, title[len(name) :]) if name not in ("", "計画") and tail else None


def report_title(result: ReadResult, plan_title: str = "") -> str:
    """The title the forms of ``result`` state alike (the module's), its plan's name as the
    plan's own title gives it (``plan_title``: Plan.title) where that holds the forms' name;
    "" where the forms state none, or not alike."""
    titles = _titles(result)
    if len(titles) != 1 or "" in titles:
        return ""
    title = next(iter(titles.values()))
    parts = plan_and_subject(title)
    name = plan_name(plan_title)
    if parts is not None and name and compact(parts[0]) in compact(name):
        return name + parts[1]
    return title


def body_plan_title(plan_title: str) -> str:
    """The report's title where the settings have no [wording] and the plan's name, as its own
    title gives it (``plan_title``: Plan.title), begins with the body's: that name and 進捗状況,
    「世田谷区情報化事業計画 進捗状況」 of the plan 「世田谷区情報化事業計画（令和4年度～令和5年度）
    計画事業一覧」 (review 162 #8: 「情報化計画事業の進捗状況」 named neither); "" where it names
    no body: Setagaya's own title kept."""
    name = plan_name(plan_title)
    return f"{name} 進捗状況" if name and body_first(name) else ""


def untitled(
    result: ReadResult,
    title: str,
    output: str,
    *,
    worded: bool,
    plan_title: str = "",
    item: str = "",
    settings: str = "",
) -> list[Problem]:
    """A notice where the report written to ``output`` is titled ``title``, planeval's plain
    「計画の進捗状況」 or a words preset's, the kind of report another body publishes (hirakata's
    「施策評価」: review 190 #7) (no --title, no [wording] title, no title of the forms report_title takes:
    川崎市's 「令和5年度　施策進行管理・評価票（事務事業）」 names no plan, review 125 #10), at the
    forms' title seen, with an example of the settings titling it: the plan's name
    (``plan_title``: Plan.title) and its ``item`` word's 進捗状況, else the forms' title. Only
    where the settings have [wording] (``worded``: Layout.worded), as report_title: without it
    a notice offers the [wording] lines first (offered_words.py). Read by bodies, the notice is
    the run's settings' (``settings``: planeval.toml, else the output), naming the line to
    write — no body's form cell (review 173 #7: pinned on 北山市's A1); bodies' forms each titled
    with their own plan's name give no example of one body's title."""
    preset = next((name for name, words in WORDING_PRESETS.items() if words.title == title), "")
    if not worded or (title != OWN_WORDING_BASE.title and not preset):
        return []
    firsts = first_titles(result)
    seen = next(iter(firsts), None)
    stated = [title for title in _titles(result).values() if title]
    name = plan_name(plan_title)
    bodies = result.file_bodies  # (several bodies' forms: the notice the settings', no form's)
    owned = len(stated) > 1 and all(_names_body(cell, bodies) for cell in firsts)
    # (the forms' title without the department it ends in: 「…　まちづくり局」, review 202 #4)
    own = stated[0] if stated else title_department(YEAR.sub("", seen.text))[1] if seen else ""
    example = f"{name} {item}の進捗状況" if name else "" if owned else own
    example = _matched(example) or f"○○計画 {title if preset else '事業の進捗状況'}"
    if owned:  # (each body's form titled with its own plan's name: a roll-up of bodies)
        found = f"各団体の調査票の表題はそれぞれの団体の計画の名前（「{stated[0]}」など）のため、"
        found += "表題にしませんでした"
        example = "○○県 市町村の計画の進捗状況"
    elif len(stated) > 1:  # (titled apart: each names a plan, none the report's alone)
        said = "」「".join(stated[:3])
        found = f"調査票の表題が「{said}」{'など' if len(stated) > 3 else ''}と同じでないため"
        found += "、表題にしませんでした"
    elif seen is not None:
        found = f"調査票の表題「{seen.text}」に計画の名前がないため、表題にしませんでした"
    else:
        found = "調査票の表題の行に計画の名前がありませんでした"
    whose = f'preset "{preset}" の' if preset else "planeval の既定の"
    return [
        Problem(
            seen.location if seen is not None and not bodies else Location(settings or output),
            Severity.NOTICE,
            f"報告書の表題は {whose}「{title}」です（[wording] に title がなく、{found}）",
            f'--title "{example}" のように表題を指定するか、'
            f'planeval.toml の [wording] に title = "{example}" と書いてください',
        )
    ]


def _matched(text: str) -> str:
    """``text`` without a bracket left unmatched: 「…シート実績）」 → 「…シート実績」, so that a
    title offered to paste never opens or closes a bracket it does not close or open."""
    opened: list[int] = []
    stray: set[int] = set()
    for index, char in enumerate(text):
        if char in "（(":
            opened.append(index)
        elif char in "）)":
            if opened:
                opened.pop()
            else:
                stray.add(index)
    stray.update(opened)
    return "".join(char for index, char in enumerate(text) if index not in stray).strip()


def _titles(result: ReadResult) -> dict[str, str]:
    """The titles the forms of ``result`` state as the report's (_stated), each once (compact →
    as written); with several bodies, a body's own form naming it (「南台市 ITプラン　令和7年度
    進捗状況」) left out: the survey's title is the prefecture's, 「東海県ITプラン 市町村進捗状況」
    that the others state (review 153 B2, the report titled 「計画の進捗状況」)."""
    firsts = first_titles(result)
    bodies = result.file_bodies
    if bodies:
        surveyed = [cell for cell in firsts if not _names_body(cell, bodies)]
        firsts = surveyed or firsts
    return {compact(title): title for title in (_stated(cell.text) for cell in firsts)}


def _names_body(cell: TextCell, bodies: dict[str, str]) -> bool:
    """Whether a form's title names the body the form is of (its own plan's form)."""
    body = bodies.get(cell.location.file, "")
    return bool(body) and compact(body) in compact(cell.text)


def first_titles(result: ReadResult) -> list[TextCell]:
    """Each file's first text in its title rows (title_years.TITLE_ROWS), in the order read;
    none of a file no table was read from (a memo: status_cells.tabled, review 192 #2), nor a
    heading of a level (_a_heading): forms with no title row, 「基本目標1　安全・安心で快適に
    暮らせるまち」 first, were offered it as the report's title (review 190 #7)."""
    firsts: dict[str, TextCell] = {}
    memos = result.status_cells.keys() - tabled(result.status_cells).keys()
    for cell in result.texts:
        where, row = cell.location, row_of(cell.location.cell or "")
        if where.file in memos:
            continue
        first = firsts.get(where.file)
        # (not the co-owner's sheet: its title is the form's)
        if (
            row <= TITLE_ROWS
            and (first is None or row < row_of(first.location.cell or ""))
            and not is_reference_sheet(where.sheet)
            and not _a_heading(cell.text, result)
        ):
            firsts[where.file] = cell
    return list(firsts.values())


def _a_heading(text: str, result: ReadResult) -> bool:
    """Whether a text is a level's heading as the readers take one above the tables (「基本目標1
    …」, text.level_heading) or a direction's the read named (「(1)　…」): a group, never a title."""
    if level_heading(text) is not None:
        return True
    bracketed = bracketed_heading(text)
    return bracketed is not None and bracketed[1] in result.direction_names.values()


def _stated(text: str) -> str:
    """A form's title as the report's: 「令和6年度 集中改革プラン 取組状況調査票」 → 「集中改革プラン
    取組状況」; "" where it names no plan before what it reports."""
    title = _SPACES.sub(r"\1", YEAR.sub("", text)).strip()  # (「…プラン　令和6年度 取組…」)
    title = _BRACKET_AFTER.sub("", title_department(title)[1]).strip()  # (its department's)
    title = _FORM_WORD.sub("", title).strip()
    if plan_and_subject(title) is not None or is_survey(title) or _rated(title):
        return title
    return ""


def _rated(title: str) -> bool:
    """Whether a form's title names a plan before what it rates: 「名東区区政運営方針　成果指標
    （KPI）の評価」, not 「施策進行管理・評価」 (川崎市's form, which names none)."""
    tail = _RATED_TAIL.search(title)
    return tail is not None and title[: tail.start()].strip() not in ("", "計画")


def is_survey(title: str) -> bool:
    """Whether a title, its year and form's word dropped, names a survey: 「自治体DX推進状況調査」
    (a ministry's form 「令和7年度 自治体DX推進状況調査 回答票」: review 137 #9), not
    planeval's own 「実施状況調査」, which names no more than what it asks."""
    found = _SURVEY.fullmatch(title)
    return found is not None and bool(found.group(1).strip(" 　の"))


def plan_name(title: str) -> str:
    """A plan's name as its list's title gives it: 「緑ヶ丘市集中改革プラン（令和5年度～令和8年度）
    取組一覧」 → 緑ヶ丘市集中改革プラン (the name before its period), 「中央市DX推進計画 事業一覧」 →
    中央市DX推進計画 (before the last space); "" where it tells none."""
    period = _PERIOD.search(title)
    if period is not None:
        return title[: period.start()].strip()
    title = YEAR.sub("", title).strip()
    name, space, _list = title.replace("　", " ").rpartition(" ")
    return title[: len(name)].strip() if space else ""
