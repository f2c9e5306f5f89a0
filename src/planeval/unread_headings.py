"""Headings above the tables that name a level by a word planeval does not read as one — 港北市's
「基本政策Ⅰ　安全・安心に暮らせるまち」 above each 局's table of 政策 | 施策 | 事務事業 —: said
once, naming them and the setting that reads them (``[wording] policy = "基本政策"``, which adds
the word to ``[layout] headings`` too: config_read.with_wording). Before, they were dropped
without a word, the table grouped by its 政策 column and, with a plan whose top level is the
基本政策, its 基本政策 mixed among them (「4（未集計） 環境にやさしく…」) under ten warnings of
「計画にない政策」 that sent the clerk to a column read right (review 147 #5)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from planeval.model import Problem, Severity, TextCell
from planeval.text import HEADING_OPENS, HEADING_WORDS, ROMAN_NUMERALS, level_heading

UNREAD_HEADINGS = "unread_headings"  # Problem.kind
# a word of a few characters glued to a number, 「基本政策Ⅰ」「政策目標2」: its characters and the
# number's first (looked at a character at a time: a pattern compiled on every run cost start-up)
_NUMBER_STARTS = frozenset("0123456789０１２３４５６７８９" + ROMAN_NUMERALS)
_NO_WORD = frozenset("「」（）()【】■●◆・※")
_WORD_UP_TO = 8
_SHOWN = 2  # headings quoted in the message; the rest counted


def unread_headings(
    texts: Sequence[TextCell],
    headings: tuple[str, ...],
    *,
    settings: Path | None = None,
    worded: bool = False,
) -> Problem | None:
    """One notice of the headings among ``texts`` whose word ends as a level's word does
    (基本政策, 政策目標: HEADING_WORDS) but is none of those read (``headings``: the layout's, read
    beside HEADING_WORDS) — two or more numbers of it, so a level's run, not a title —, with
    the line to add to ``settings`` (into its [wording] where it has one: ``worded``)."""
    known = (*HEADING_WORDS, *headings)
    found: dict[str, dict[str, TextCell]] = {}
    for cell in texts:
        word = glued_word(cell.text)
        if not word or word in known or not word.endswith(HEADING_WORDS):
            continue
        if (said := level_heading(cell.text, (word,))) is None or not said[2]:
            continue
        found.setdefault(word, {}).setdefault(said[1], cell)
    runs = {word: cells for word, cells in found.items() if len(cells) > 1}
    if not runs:
        return None
    word, cells = max(runs.items(), key=lambda run: len(run[1]))
    shown = [cells[number] for number in sorted(cells, key=int)]  # (Ⅰ, Ⅱ, … as numbered)
    quoted = "".join(f"「{cell.text}」" for cell in shown[:_SHOWN])
    more = f"ほか {len(shown) - _SHOWN} 件" if len(shown) > _SHOWN else ""
    line = f'policy = "{word}"'
    name = settings.name if settings is not None else "planeval.toml"
    hint = (
        f"{word}ごとに集計するなら、{name} の [wording] に次の行を加えてください"
        if worded
        else f"{word}ごとに集計するなら、{name} に次の設定を加えてください"
    )
    return Problem(
        shown[0].location,
        Severity.NOTICE,
        f"表の上の見出し{quoted}{more}は、「{word}」が planeval の読む段の言葉にないため"
        f"読んでいません。集計は{word}ごとでなく、表の列の段で分けています",
        hint,
        settings=line if worded else f"[wording]\n{line}",
        kind=UNREAD_HEADINGS,
        value=word,
    )


def instead_of_strays(problems: list[Problem], strays: list[Problem], word: str) -> list[Problem]:
    """The warnings of policies the plan has not (cycle/stray_policies.py: ``strays``) where no
    unread heading among ``problems`` explains them; where one does, none — the 政策 column is
    read right, the headings over it are not —, and that notice made a warning naming what they
    found: the plan's level (the headings' word) and the table's (``word``, 政策) mixed in one
    table."""
    at = next((n for n, p in enumerate(problems) if p.kind == UNREAD_HEADINGS), None)
    if at is None or not strays:
        return strays
    heading = problems[at]
    mixed = (
        f"。計画の段（{heading.value}）と表の{word}の段が一つの表に混ざり、表の{word}"
        f" {len(strays)} 件（「{min(s.value for s in strays)}」など）が計画にない{word}として"
        "数えられています"
    )
    own, also, said = heading.message.partition("。また、")  # (the mixed before the words)
    message = own + mixed + also + said
    problems[at] = replace(heading, severity=Severity.WARNING, message=message)
    return []


def with_wording_lines(heading: Problem, lines: list[str], said: str, hint: str) -> Problem:
    """``heading`` (unread_headings') holding the [wording] ``lines`` another notice offered
    (offered_words.wording_said: the tables' words), its line among them and ``said`` (that
    notice's message) after its own: one notice, one [wording] to add — two, each of its own
    [wording], would make a planeval.toml TOML reads as an error. ``hint``: that notice's."""
    own = heading.settings.splitlines()[-1]
    at = lines.index("[wording]") + 1 if "[wording]" in lines else 0
    merged = [*lines[:at], own, *lines[at:]] if at else ["[wording]", own, *lines]
    return replace(
        heading,
        message=f"{heading.message}。また、{said}",
        hint=hint.replace("表の言葉", f"{heading.value}ごとに集計し、表の言葉", 1),
        settings="\n".join(merged),
    )


def glued_word(text: str) -> str:
    """The word of 2 to _WORD_UP_TO characters ``text`` starts with, before a number, a space
    between them or none, in a bracket the heading pattern opens with or none (「基本政策」 of
    「基本政策Ⅰ　安全・安心に…」, 「運営方針」 of 「運営方針 1　…」 and 「【運営方針1】…」: review
    188 #1), else "" — whether the rest is a heading, level_heading says, as of a word read."""
    rest = text.lstrip()
    rest = rest[1:].lstrip() if rest[:1] and rest[0] in HEADING_OPENS else rest
    for at, char in enumerate(rest[: _WORD_UP_TO + 1]):
        if char in _NUMBER_STARTS or char.isspace():
            glued = at >= 2 and rest[at:].lstrip()[:1] in _NUMBER_STARTS
            return rest[:at] if glued else ""
        if char in _NO_WORD or char.isdecimal():
            return ""
    return ""
