"""The text rows between a sheet's tables (headings, notes, paragraphs), kept as text for check
and the reports; a level heading among them (基本方針1 …, 施策1-1 …) names the levels of the
named tables under it (chapter3.read_sheet)."""

# (no `from __future__ import annotations`: a named tuple compiles each text annotation)
from typing import NamedTuple

from planeval.io.grid import SheetGrid, cell_ref
from planeval.io.header_titles import POLICY_TITLES
from planeval.io.own_ids import typed_id
from planeval.io.tables import SheetResult
from planeval.model import Location, Problem, Severity, TextCell
from planeval.text import (
    HEADING_WORDS,
    bare_heading,
    bracketed_heading,
    clean_text,
    level_heading,
    policy_heading,
    sub_heading,
)
from planeval.unread_headings import glued_word


class Heading(NamedTuple):
    """A heading line above or between tables: a level's (id, name), and its kind: "worded"
    (基本方針1 …), "bare" (4　給与の適正化: names a level only above a named table), "sub"
    (施策1-1 …: the level under the policy heading above it) or "own" (「(1)　名前」: its own
    number only, the level under the heading above it, made a "sub" by ``nested``)."""

    level: tuple[str, str]
    kind: str
    word: str = ""  # a worded heading's word (基本方針), or a sub-heading's (施策 of 施策1-1)
    typed: str = ""  # an "own" heading's number as typed: 「(1)」 (of 「推進項目(1)」 too)


def read_text_row(
    grid: SheetGrid, row: int, file: str, result: SheetResult, headings: tuple[str, ...]
) -> Heading | None:
    """Keep a row's cells as text; a level heading among them (基本方針1 …) is returned."""
    found = None
    for column, value in enumerate(grid.row(row)):
        if value is None or value == "" or not (text := clean_text(value)):
            continue
        if (row, column) in grid.continued:
            continue
        result.texts.append(TextCell(Location(file, grid.name, cell_ref(row, column)), text))
        said = _said(text, headings)
        if said is None:
            continue
        policy, heading, typed = said
        if policy is not None:
            result.policy_names.setdefault(*policy)
        if found is None and heading is not None:
            found = heading
            if typed:
                result.level_labels.setdefault(found.level[0], typed)
    return found


_Said = tuple[tuple[str, str] | None, Heading | None, str]  # (policy, heading, typed)


def _said(text: str, headings: tuple[str, ...]) -> _Said | None:
    """What a text cell says: the policy it names (情報化政策1 …), the level heading it is and
    that level's number as typed; None where it says none. The same headings and notes stand
    in every department's file: each short text is judged once (a paragraph is no heading)."""
    key = (text, headings)
    said = _SAID.get(key, _UNSEEN)
    if said is not _UNSEEN:
        return said
    policy = policy_heading(text)
    if policy is not None and len(text) >= 80:
        policy = None
    found, typed = None, ""
    if (level := level_heading(text, headings)) is not None:
        found = Heading((level[1], level[2]), "worded", level[0])
        typed = typed_id(level[3], level[1])  # (基本方針Ⅰ: the policy 1, shown Ⅰ)
    elif (bare := bare_heading(text)) is not None:
        found = Heading(bare, "bare")
    elif (sub := sub_heading(text, headings)) is not None:
        found = Heading(sub[:2], "sub", text[: text.find(sub[2])].strip())
        typed = typed_id(sub[2], sub[0])  # (施策1.1: the direction 1-1, shown 1.1)
    elif (own := bracketed_heading(text)) is not None:
        found = Heading(own[:2], "own", own[2], own[3])
    said = None if policy is None and found is None else (policy, found, typed)
    if len(text) <= 80 and len(_SAID) < 65_536:
        _SAID[key] = said
    return said


_UNSEEN: _Said = (None, None, "")
_SAID: dict[tuple[str, tuple[str, ...]], _Said | None] = {}


def under_heading(sub: tuple[str, str], heading: tuple[str, str] | None) -> bool:
    """Whether a sub-heading (施策1-1 …) is one level under the heading above it (基本方針1)."""
    if heading is None:
        return False
    upper, _, own = sub[0].rpartition("-")
    return upper == heading[0] and own.isdigit()


def nested(
    found: Heading | None, heading: tuple[str, str] | None, word: str, result: SheetResult
) -> Heading | None:
    """A worded heading of another word under the worded heading above it — 長与町's 「施策3
    防災・減災のICT活用」 under 「基本目標2 安全・安心なまちづくり」, its 施策 numbered straight
    through the plan — is a sub-heading under it (2-3, shown 施策3, and 3 where it is the rated
    rows' project: 羽村市's 施策2「学校教育の充実」, review 106): it took the 基本目標's place,
    which no output had then (review 64). A number of its own parts (施策1-1) is sub_heading's.
    So is a heading numbered in brackets under it, 南浜市's 「(1)　事務事業の再編・整理」 under
    「基本方針1 …」: the direction 1-1, as 「1-1　…」 there was (review 98); under no heading,
    it names no level."""
    if found is not None and found.kind == "own":
        sub = _own_under(found, heading)
        if sub is not None:  # (shown as typed, 「(1)」: review 99)
            result.level_labels.setdefault(sub.level[0], found.typed)
        return sub
    if (
        found is not None
        and found.kind == "sub"
        and found.word in POLICY_TITLES
        and (heading is None or not under_heading(found.level, heading))
    ):
        # 「政策1-1 災害から…」 (川崎市's 政策 numbered in two parts, as its template heads
        # them): the word names the top level, the policy 1-1 — not a level under one
        return found._replace(kind="worded")
    if found is None or found.kind != "worded" or heading is None or not word:
        return found
    own = found.level[0]
    if found.word == word or not own.isdigit():
        return found
    level = f"{heading[0]}-{own}"
    result.level_labels.setdefault(level, f"{found.word}{own}")  # (shown as the body numbers it)
    # (a project, its rows' own level: its own number, 3, as a plan's 施策番号 column types it)
    return Heading((level, found.level[1]), "sub", found.word, own)


def _own_under(found: Heading, heading: tuple[str, str] | None) -> Heading | None:
    """A heading numbered in brackets (an "own" one, 「(1)　名前」) under the policy heading
    ``heading`` (基本方針1): the direction 1-1 it names; None under no heading."""
    if heading is None:
        return None
    return Heading((f"{heading[0]}-{found.level[0]}", found.level[1]), "sub", found.word)


def direction_line(
    text: str, policy: tuple[str, str] | None, headings: tuple[str, ...]
) -> tuple[str, str, str] | None:
    """A plan's line 「(1)　事務事業の再編・整理」 under its policy's heading 「基本方針1 …」
    (``policy``: its (ID, name); ``headings``: the heading words) → ("1-1", "事務事業の再編・
    整理", "(1)"): the direction, by
    the rule the forms' lines are read by (``nested``), so that the plan's items stand under
    the directions the returned forms' rows do (io/plan_rows.py, review 99); None for any
    other line."""
    said = _said(text, headings)
    found = said[1] if said is not None else None
    if found is None or found.kind != "own":
        return None
    sub = _own_under(found, policy)
    return None if sub is None else (*sub.level, found.typed)


HEADED = "headed"  # Problem.kind: a table's heading of a word planeval does not know (its text)
_ABOVE = 3  # (rows between such a heading and its header row: blank ones)
# (words of no level: those unread_headings.py says, a table's or a form's own number, and an
# era's year over the table, 「令和 6 年度　取組み結果」)
_NO_LEVEL = (*HEADING_WORDS, "表", "様式", "資料", "別紙", "参考", "図", "令和", "平成")


def heading_above(
    grid: SheetGrid,
    rows: list[tuple[int, list[object]]],
    header: int,
    file: str,
    problems: list[Problem],
) -> None:
    """The heading of a word planeval does not know, standing alone in the row above the
    header row ``rows[header]`` (blank rows between): 「運営方針1　安心・安全に暮らせるまち」 over
    取組み | 取組み内容 | 評価 (名古屋市's 区, review 187 #1), its word a run of kanji or kana
    glued to a number, then a name: a notice (kind HEADED, its text the value) offering the
    line that reads it; the read's files numbering two or more of it are read again so
    (io/one_row_projects.read_headed), before any notice is said. Asked of a table under no
    heading read, with no level columns of its own: a header row, not every row."""
    at, nearest = header - 1, rows[header][0] - _ABOVE
    while at >= 0 and rows[at][0] >= nearest and not any(v not in (None, "") for v in rows[at][1]):
        at -= 1
    if at < 0 or rows[at][0] < nearest:
        return
    row, cells = rows[at]
    filled = [(column, value) for column, value in enumerate(cells) if value not in (None, "")]
    if len(filled) != 1 or type(filled[0][1]) is not str or (row, filled[0][0]) in grid.continued:
        return
    text = clean_text(filled[0][1])
    word = glued_word(text)
    if not word or word.endswith(_NO_LEVEL) or not all(map(_japanese, word)):
        return  # (基本政策Ⅰ: unread_headings.py offers its [wording]; 別表1: a table's number)
    said = level_heading(text, (word,))
    if said is None or not said[2]:
        return
    problems.append(
        Problem(
            Location(file, grid.name, cell_ref(row, filled[0][0])),
            Severity.NOTICE,
            f"表の上の見出し「{text}」は、「{word}」が planeval の読む段の言葉になく、ほかに"
            f"{word}の番号がないため、見出しとして読んでいません。集計は{word}ごとでなく、表の番号"
            "の列で分けています",
            f"{word}ごとに集計するなら、planeval.toml に次の設定を加えてください",
            settings=f'[layout]\nheadings = ["{word}"]',
            kind=HEADED,
            value=text,
        )
    )


def _japanese(char: str) -> bool:
    """A kanji or kana (運, 々, ー), of a heading's word."""
    return "\u3041" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" or char == "々"
