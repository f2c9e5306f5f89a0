"""The tables' own words offered for the report (review 26): a body whose planeval.toml sets
a scale (羽村市's ``[scale] preset = "hamura"``) and no ``[wording]`` has its report written
in planeval's plain words — 「（27）政策27 都市基盤整備」, 「7つの実施内容に取り組みました」 —
though its sheets head the same rows 施策27「…」 | 事業名 | 評価. Where the words the tables
give are not those, one notice says so, with the ``[wording]`` lines the first-run block
would give (own_scale.sheet_words: the title most of the tables give), to add. Never where
the planeval.toml has a ``[wording]``; in Setagaya's scale, the words Setagaya's — a survey
read with bodies titling 取組分野 | 取組, published as 「情報化政策1」「実施内容」 (review 171
#6) — where they are not those; said of the planeval.toml, so the rounds of one run
(compare, check --previous) say it once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.model import Location, Problem, Severity
from planeval.past_errors import MERGED_ITEMS
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.status_cells import REPORT_WORDS, StatusCells
from planeval.unread_headings import UNREAD_HEADINGS, with_wording_lines
from planeval.wording import DEFAULT_WORDING, Wording
from planeval.wording_presets import OWN_WORDING_BASE as PLAIN
from planeval.wording_presets import WORDING_PRESETS

if TYPE_CHECKING:
    from planeval.read_records import ReadResult


def wording_said(
    problems: list[Problem],
    cells: Mapping[str, StatusCells],
    scale: Scale,
    *,
    worded: bool,
    settings: Path | None = None,
    directions: Mapping[str, str] | None = None,
    forms: ReadResult | None = None,
) -> list[Problem]:
    """``problems`` and, where a read without [wording] (``worded``: Layout.worded) has tables
    whose words (``cells``: each file's, StatusCells.words) are not those the report is
    written in (planeval's plain ones; of Setagaya's scale, Setagaya's), one notice with the [wording] lines that word the report as they
    do — unless a first-run block already holds them. ``settings``: the planeval.toml the
    scale comes from, the notice's place (none without one); ``directions``: the directions
    read (ReadResult.direction_names), whose word no title gives — 南浜市's 推進項目 lines
    「(1)　…」 — offered as a line to fill in (review 99); ``forms``: the read, whose forms'
    common title (form_titles.report_title) the lines give as the report's, which they make
    it — the report titled 「計画の進捗状況」 until then (review 190 #7)."""
    if settings is None or worded:
        return problems  # (a library read is worded by its caller: read_workbooks' wording)
    if any("[wording]" in p.settings and p.kind != UNREAD_HEADINGS for p in problems):
        return problems
    if any(p.kind == MERGED_ITEMS for p in problems):
        return problems  # (the rated column read is to change: its words wait (review 169 #1))
    if any(p.is_error and p.location.file == str(settings) for p in problems):
        return problems  # (the settings' own error first: a preset mistyped, preset_typos.py)
    from planeval.first_run import toml_string
    from planeval.own_scale import wording_lines  # (a scale's own words only)

    # (Setagaya's scale: its words, 情報化政策 | 実施内容, the report's — a survey's forms
    # titling 取組分野 | 取組 were published in them, nothing said: review 171 #6)
    base = DEFAULT_WORDING if scale.symbols == DEFAULT_SCALE.symbols else PLAIN
    words, titles, spread = _tables_words(cells, base)
    setagaya, levels = base is DEFAULT_WORDING, {"policy", "item"}
    taken = bool(levels & words.keys())  # (Setagaya's scale: taken_words)
    if setagaya and not (taken or levels & spread.keys()):
        return problems  # (Setagaya's forms' 計画事業 | 担当課 among bodies: its own words)
    if not (words or setagaya):
        return problems
    place = Location(str(settings))
    if setagaya:  # (the tables' words taken where they agree: review 183 #3)
        said = "・".join(
            f"{title}（{'planeval の' * (at == 0)}既定では {getattr(base, word)}）"
            for at, (word, title) in enumerate(words.items())
        )
        message = (
            f"報告書の見出しと文は表の言葉で書きます: {said}"
            if taken
            else ("報告書の見出しと文は planeval の既定の言葉で書きます")
        )
        message += _guessed(spread, words, PLAIN if taken else base)
    else:
        said = "・".join(
            f"{getattr(base, word)}（表では {title}）" for word, title in words.items()
        )
        message = f"報告書の見出しと文は planeval の言葉で書かれます: {said}"
    preset = _preset_of(scale) if base is PLAIN else ""
    offered, described = _rows_as_projects(words, forms, preset)
    lines = _apart(wording_lines(offered), offered, titles) + described
    if directions and "direction" not in words and base is PLAIN:
        lines += unworded_direction(next(iter(directions.values())))
    framed = ""
    if forms is not None and base is PLAIN:  # (the forms' title, the [wording]'s report's)
        from planeval.form_titles import report_title

        if title := report_title(forms):
            lines[1:1] = ["# 報告書の表題です（調査票の表題から）", f"title = {toml_string(title)}"]
    if preset:  # (its headings and sentences: review 93)
        framed = f"と {preset} の見出し・文"
        lines[1:1] = [
            f"# 見出しと文を {preset} の言葉の組で書きます（下の言葉はそれに優先します）",
            f'preset = "{preset}"',
        ]
    hint = f"表の言葉{framed}で書くなら、{settings.name} に次の設定を加えてください"  # (--config: its file)
    if setagaya:
        hint = f"表の言葉のまま決めておくか、ほかの言葉にするなら、{settings.name} に次の設定を加えてください"
    # (a word the tables title otherwise in some files, the report's a guess: shown under -q,
    # which publishes it — left_out_warnings)
    guess = setagaya and bool(spread)
    severity, reason = (Severity.WARNING, WORDS_GUESSED) if guess else (Severity.NOTICE, "")
    heading = next((p for p in problems if p.kind == UNREAD_HEADINGS), None)
    if heading is not None:  # (one [wording] to add, with its policy line: review 147 #5)
        merged = with_wording_lines(heading, lines, message, hint)
        merged = replace(merged, severity=severity, reason=reason) if guess else merged
        return [merged if problem is heading else problem for problem in problems]
    notice = Problem(place, severity, message, hint, settings="\n".join(lines), reason=reason)
    return [*problems, notice]


# Problem.reason of the words notice where the tables title a word otherwise in some files, the
# report's word for it a guess (cli/common.left_out_warnings: shown under -q)
WORDS_GUESSED = "表の言葉の推定"


def taken_words(
    cells: Mapping[str, StatusCells],
    wording: Wording,
    *,
    worded: bool,
    problems: Sequence[Problem] = (),
) -> dict[str, str]:
    """The words a read in Setagaya's scale without [wording] (``wording`` Setagaya's, not
    ``worded``) takes from its tables (``cells``: each file's, StatusCells.words) where they
    name a level or the rated rows otherwise — a national survey's 取組分野 | 取組 —, the
    [wording] lines wording_said offers: its report was 「情報化政策1」 (review 183 #3); none
    where they are Setagaya's (its own forms among bodies), nor where more status cells hold
    values of no symbol of the scale than its symbols (``problems``: a first run of another
    body's forms, its scale and words offered together by own_scale.py's block)."""
    if worded or wording != DEFAULT_WORDING:
        return {}
    levels = ("policy", "item")  # (a cheap look first: own_scale is no plain read's import)
    if all(
        cell.words.get(w, getattr(wording, w)) == getattr(wording, w)
        for cell in cells.values()
        for w in levels
    ):
        return {}
    if any(p.is_error for p in problems):
        from planeval.status_cells import unknown_values

        if len(unknown_values(problems)) > sum(cell.rated for cell in cells.values()):
            return {}
    words = _tables_words(cells, DEFAULT_WORDING)[0]
    return words if {"policy", "item"} & words.keys() else {}


def _tables_words(
    cells: Mapping[str, StatusCells], base: Wording
) -> tuple[dict[str, str], dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """The words the tables give that are not ``base``'s (own_scale.sheet_words), the titles
    the bodies give each (_bodies_titles), and the words some files title otherwise, with
    their titles."""
    from planeval.own_scale import sheet_words

    given = [cell.words for cell in cells.values() if cell.words]
    titles = _bodies_titles([cell for cell in cells.values() if cell.words])
    # (two levels alike only where all agree: a body whose plan calls both so)
    differ = {word for word, bodies in titles.items() if len(bodies) > 1}
    spread = {
        word: list(dict.fromkeys(one[word] for one in given if word in one))
        for word in REPORT_WORDS
    }
    return sheet_words(given, differ, base), titles, {w: t for w, t in spread.items() if len(t) > 1}


def _guessed(spread: Mapping[str, list[str]], words: Mapping[str, str], shown: Wording) -> str:
    """What the report says for each word the tables title otherwise in some files (``spread``:
    each such word's titles): the title most files give, else ``shown``'s word —
    「「取組分野」「分野」の列はファイルによって言葉が違うため、planeval の「政策」で書きます」."""
    said = [
        f"{'」「'.join(given)}」の列はファイルによって言葉が違うため、"
        + (
            f"多くのファイルの「{words[word]}」"
            if word in words
            else f"planeval の「{getattr(shown, word)}」"
        )
        + "で書きます"
        for word, given in spread.items()
    ]
    return "".join(f"。「{one}" for one in said) if said else ""


def _rows_as_projects(
    words: dict[str, str], forms: ReadResult | None, frame: str
) -> tuple[dict[str, str], list[str]]:
    """``words`` to offer, and a comment, where every row read is its project's one row
    (sole_items.projects_rated): the item column describes the project rated (南枚方市's
    施策番号 | 施策名 | 主な取組 | 評価), so no item line — with one the report counted 「43の主な
    取組」 (review 206 #2) — nor a project line the words preset (``frame``: its name, or "")
    has as its rated rows' (hirakata's 施策: 基本目標 › 施策, a line the settings
    refuse beside it); the report then counts the 施策 and heads the column 主な取組
    (message_words.rows_as_projects)."""
    item, rated = words.get("item"), words.get("project")
    # (only where the preset's rated word is the forms' project: an Aichi KPI or a reform
    # plan's 取組内容, one a project, stays the item rated — test_kpi_plan, reform_plan)
    if not item or forms is None or not frame or rated != WORDING_PRESETS[frame].item:
        return words, []
    from planeval.sole_items import projects_rated

    if not projects_rated([*forms.entries, *forms.error_rows]):
        return words, []
    offered = {word: title for word, title in words.items() if word not in ("item", "project")}
    return offered, [f"# 「{item}」の列は{rated}の説明として載せます（評価するのは{rated}です）"]


def _preset_of(scale: Scale) -> str:
    """The name of the words preset (wording_presets.py) of the scale preset the statuses are
    (presets.py; 羽村市's 「hamura」, its headings 施策27「…」 and sentence 「…では、5件の事業を
    評価しました」), "" where none is: a planeval.toml of ``[scale] preset = "hamura"`` alone
    was offered the tables' words only, never the one line giving its report's frame."""
    from planeval.presets import PRESETS

    return next(
        (
            name
            for name in WORDING_PRESETS
            if name in PRESETS and PRESETS[name].statuses == scale.statuses
        ),
        "",
    )


def _bodies_titles(cells: list[StatusCells]) -> dict[str, dict[str, list[str]]]:
    """Of each report's word, the titles the bodies' tables give it, each with the bodies
    giving it, in the order read (files read with --bodies; none for one body's files)."""
    titles: dict[str, dict[str, list[str]]] = {}
    for cell in cells:
        for word, title in cell.words.items() if cell.body else ():
            bodies = titles.setdefault(word, {}).setdefault(title, [])
            bodies += [] if cell.body in bodies else [cell.body]
    return titles


def _apart(
    lines: list[str], words: dict[str, str], titles: dict[str, dict[str, list[str]]]
) -> list[str]:
    """The [wording] ``lines`` with, where the bodies' tables differ (a roll-up of 12
    municipalities, review 27), a comment above a word's line naming the bodies whose
    tables give another title, and below them each word left out, with who gives what."""
    said: list[str] = []
    for line in lines:
        word = line.partition(" = ")[0]
        others = {t: b for t, b in titles.get(word, {}).items() if t != words.get(word)}
        said += [f"# {_who(bodies)}の表では「{t}」" for t, bodies in others.items()]
        said.append(line)
    for word, given in titles.items():
        if word not in words and len(given) > 1:
            said.append(f"# {word} は団体で違うため書いていません")
            said += [f"# {_who(bodies)}の表では「{t}」" for t, bodies in given.items()]
    return said


def _who(bodies: list[str]) -> str:
    """半田市・津島市・豊田市; past three, 半田市・津島市ほか2団体 (a short comment line)."""
    if len(bodies) <= 3:
        return "・".join(bodies)
    return f"{'・'.join(bodies[:2])}ほか{len(bodies) - 2}団体"


def unworded_direction(name: str) -> list[str]:
    """The [wording] lines, commented, of a direction read with no word: its lines typed
    「(1)　事務事業の再編・整理」 under a policy's heading (南浜市's 推進項目), worded in the
    report 「取り組みの方向性」 unless the clerk writes the plan's word (review 99)."""
    return [
        f"# 「{name}」などの段を報告書で呼ぶ言葉です。計画での呼び方にして # を外してください"
        f"（このままなら「{PLAIN.direction}」）",
        '# direction = "推進項目"',
    ]


def item_word_over(problems: list[Problem], wording: Wording, *, worded: bool) -> list[Problem]:
    """``problems``, the notice of a column merged down read as the level above the rated rows
    (io/level_columns.py: 取組み over 事業名) a warning where the settings' [wording] gives its
    title as the rated rows' word, ``item = "取組み"``: the report would count the 63 事業 as
    「63の取組み」 and head their column 取組み (review 176 #4)."""
    if not worded:
        return problems
    return [
        replace(
            problem,
            severity=Severity.WARNING,
            message=f'{problem.message}。設定の [wording] の item = "{wording.item}" は'
            f"この段の言葉のため、このままでは報告書が評価する行を「{wording.item}」と呼び、"
            f"その数を「{wording.item}」の数として書きます",
        )
        if problem.kind == MERGED_ITEMS and problem.value and problem.value == wording.item
        else problem
        for problem in problems
    ]
