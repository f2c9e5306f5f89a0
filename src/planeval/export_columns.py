"""The other column's numbers in planeval's own report of two scales, checked under one of
them (review 147 #2, review 155 F2): an export given ``--config 達成度.toml --config
点検結果.toml`` writes 集計（達成度） and 集計（点検結果）, each with its table, its rounding note
and its 「…ごとの点検結果は、現状のまま継続14件、…終了1件でした。」, and each policy's paragraph
states both. Checked with the 達成度 settings alone, the 点検結果 figures are no count of its
rows: 「終了1件」 read as the plan's ended items (a disagreement, 1 against 0), 「現状のまま継続
14件」 as a count of nothing known, and the A–H table guessed a preset's (「preset
"hirakata"」). Each is that column's, named by the export's own title for it, not compared and
failing nothing, with the two-config fix that checks both."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.model import Location, TextCell
from planeval.presets import PRESETS
from planeval.text import compact

# a 集計 section's heading in an export of two scales: 「集計（点検結果）」, the column's title
_SECTION = re.compile(r"^\s*(?:#+\s*)?(?P<summary>[^（）\s]+)（(?P<title>[^（）]+)）\s*$")
_END = "でした。"


def other_columns(
    checked: CheckResult,
    texts: Iterable[TextCell],
    status: str,
    settings: Path | None = None,
) -> CheckResult:
    """``checked`` (under the settings whose status word is ``status``: 達成度) with every
    number of ``texts`` that another section of planeval's export of two scales states — its
    集計（点検結果） table and notes, and each sentence 「…ごとの点検結果は、…でした。」 — listed
    as that column's (NotCompared.other_scale: 点検結果), never a disagreement nor a number
    of nothing known; as it was where the texts hold no such export (no 集計（達成度） beside
    another 集計（…）). ``settings``: the planeval.toml checked under, named in the fix."""
    cells = list(texts)
    titles = _section_titles(cells)
    others = [title for title in titles if title != status]
    if status not in titles or len(others) != 1:
        return checked
    other = others[0]
    region, spans = _places(cells, other)
    reason = _reason(other, status, settings)

    def theirs(location: Location, phrase: str, *, alone: bool) -> bool:
        if location in region:
            return True
        span, rest = spans.get(location, ("", ""))
        said = compact(phrase)
        return bool(said) and said in span and not (alone and said in rest)

    wrong: list[Disagreement] = []
    listed: list[NotCompared] = []
    for d in checked.disagreements:
        if theirs(d.location, d.phrase, alone=True):
            listed.append(_listed(d, reason, other))
        else:
            wrong.append(d)
    for number in checked.not_compared:
        # (a preset guessed for another scale's words: in this export, the other column's)
        guessed = number.other_scale in PRESETS
        if guessed or (
            not number.other_scale and theirs(number.location, number.phrase, alone=False)
        ):
            number = replace(number, reason=reason, settled=True, other_scale=other)
        listed.append(number)
    return replace(checked, disagreements=tuple(wrong), not_compared=tuple(listed))


def _section_titles(cells: Sequence[TextCell]) -> list[str]:
    """The titles of the 集計 sections, in order (達成度, 点検結果), where the export has two."""
    found = [_SECTION.match(cell.text) for cell in cells]
    return list(dict.fromkeys(m["title"] for m in found if m and m["summary"].endswith("集計")))


def _places(
    cells: Sequence[TextCell], other: str
) -> tuple[set[Location], dict[Location, tuple[str, str]]]:
    """Where the ``other`` column's numbers stand: every line of its 集計 section, from its
    heading through its sentence 「…ごとの点検結果は…」 (its table, its rounding note); and each
    paragraph's sentence of it elsewhere (a policy's, after its own scale's), with the rest of
    that paragraph (its own scale's words, which a number in both is taken for)."""
    region: set[Location] = set()
    spans: dict[Location, tuple[str, str]] = {}
    subject = f"ごとの{other}は"
    inside = False
    for cell in cells:
        heading = _SECTION.match(cell.text)
        if heading and heading["summary"].endswith("集計"):
            inside = heading["title"] == other
        if inside:
            region.add(cell.location)
            if subject in cell.text:
                inside = False
            continue
        if (at := cell.text.find(subject)) >= 0:
            end = cell.text.find(_END, at)
            end = len(cell.text) if end < 0 else end + len(_END)
            span = compact(cell.text[at:end])
            rest = compact(cell.text[:at] + cell.text[end:])
            spans[cell.location] = (span, rest)
    return region, spans


def _reason(other: str, status: str, settings: Path | None) -> str:
    """Why a number of the ``other`` column is not compared, and how both are checked."""
    own = str(settings) if settings is not None else f"（{status}の設定）"
    return (
        f"「{other}」の列の数です（planeval が書き出した二つの評価の報告書。この設定の評価尺度は"
        f"{status}です。{other}も照らし合わせるなら --config {own} --config （{other}の設定） と"
        "二つ指定してください）"
    )


def _listed(d: Disagreement, reason: str, other: str) -> NotCompared:
    """A disagreement of the other column's number, listed as that column's instead."""
    return NotCompared(
        d.policy_id,
        d.scope,
        d.phrase or f"{d.stated:g}",
        d.stated if d.stated is not None else 0,
        reason,
        d.location,
        settled=True,
        when=d.when,
        other_scale=other,
    )
