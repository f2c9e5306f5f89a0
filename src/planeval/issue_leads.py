"""planeval's lead of its issue list read back (``check``): 「A（達成率100%以上）以外と評価された
取組、または課題等の記載がある取組。一覧は13件です。」 (report/text_export.issues_caption). Its
words say which rows the list holds — the statuses named before 「と評価された」 (every counted
one but that named, where 「…以外と」), the rows with an issue text (「、または…の記載がある」),
and only some statuses where the export was asked for them (export --status: 「…のうち、評価が
△のもの」, 「評価が△・×の実施内容」) —, so its count is compared with the rows those words select,
by the export's own rule (issue_rows.py). A lead whose words do not say that (edited, or statuses
of no scale known) is listed as not compared, with why: never passed over as agreeing (review 93
N6: 「一覧は12件です」 over a list of 13 was said to agree). One naming another preset's statuses
only, 「「未達成」と評価された…」 in a 実施状況 check, is that scale's list (a 行政改革大綱's report
holds both exports): listed as another scale's, failing nothing, as that scale's counts are
(other_scale_rows.py; review 95)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from planeval.captions import issue_lead
from planeval.check_result import Disagreement, NotCompared
from planeval.issue_rows import issue_rows, unlisted_statuses, unrated_with_text
from planeval.legend_labels import short_label
from planeval.model import Entry, TextCell
from planeval.presets import PRESETS
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.stated_number import ISSUES, WHOLE_PLAN, StatedNumber
from planeval.statements import StatedCounts
from planeval.unknown_counters import Unknown, of_preset

# (the rows' word may end in brackets, 取組（KPI）: review 150)
# 「（statuses）（以外）と評価された（rows）（、または（issue）の記載がある（rows））（のうち、
# （title）が（statuses）のもの）」, and 「（title）が（statuses）の（rows）」 (each status chosen off plan)
_EVERY = re.compile(
    r"^(?:(?P<named>.+?)(?P<but>以外)?と)?評価された(?P<item>[^、。()「」]+?(?:\([^、。()]+\))?)"
    r"(?:、(?P<apart>[^、。]+?)とされた(?P=item))?"  # (a status not rated, said apart: review 197)
    r"(?:、または(?P<issue>[^、。]+?)の記載がある(?P=item))?"
    r"(?:のうち、(?P<title>[^、。]+?)が(?P<chosen>.+)のもの)?$"
)
_CHOSEN = re.compile(
    r"^(?P<title>[^、。]+?)が(?P<chosen>.+)の(?P<item>[^、。の()「」]+(?:\([^、。()]+\))?)$"
)
# a survey's list, its rows with an issue text only (report/survey.py): 「…のうち、備考の記載があるもの」
_WRITTEN = re.compile(r"のうち、[^、。]+?の記載があるもの$")
# the rows with a text left out for their status (count_captions.unlisted_sentence): 「。対象外(-)で
# 課題の記載がある実施内容9件は、一覧に含めていません」 — a lead without it, an earlier export's too,
# left out the repeat listings alone
_UNLISTED = re.compile(r"。[^。]+?の記載がある[^。]+?は、一覧に含めていません$")
_UNREAD = (
    "planeval の課題一覧の件数ですが、一覧の説明からどの行を載せた一覧か読み取れないため"
    "比べていません（export が書いた説明のままにしてください）"
)
_OTHER_STATUSES = (
    "planeval の課題一覧の件数ですが、一覧の説明が名前を挙げる評価（{said}）がこの評価尺度"
    "（{scale}）にないため比べていません（export と同じ設定（--config）で check してください）"
)
_OTHER_PRESET = (
    "planeval の課題一覧の件数ですが、一覧の説明が名前を挙げる評価（{said}）はこの評価尺度"
    "（{scale}）の区分ではありません"
)


class Listed(NamedTuple):
    """The rows a lead says its list holds: those rated one of ``rated``, or with an issue text
    (``texts``); of them, only the ``chosen`` statuses where some are."""

    rated: frozenset[str]
    texts: bool
    chosen: frozenset[str] = frozenset()
    # (the uncounted statuses listed with a text: 「、または評価できない（−）で…の記載がある」)
    unrated: frozenset[str] = frozenset()
    written: bool = False  # (only those with an issue text: a survey's list, report/survey.py)
    unlisted: bool = False  # (the rows not rated left out, said so: issue_rows.unlisted_statuses)


def lead_rows(said: str, scale: Scale) -> Listed | Unknown:
    """What the lead's words ``said`` (before 「。一覧は」, after NFKC) select, or why they
    cannot be told (settled, with its preset, where they name another preset's statuses)."""
    forms = _forms(scale)
    unlisted = _UNLISTED.search(said)
    said = said[: unlisted.start()] if unlisted else said
    written = _WRITTEN.search(said)
    said = said[: written.start()] if written else said
    if (every := _EVERY.match(said)) is not None:
        named = _statuses(every["named"] or "", forms)
        apart = _statuses(every["apart"] or "", forms)
        chosen = _statuses(every["chosen"] or "", forms)
        if named is None or chosen is None or apart is None:
            return _not_ours(every["named"] or "", every["chosen"] or "", scale)
        if every["but"]:
            if len(named) != 1:
                return Unknown(_UNREAD, False)
            named = [symbol for symbol in scale.counted if symbol != named[0]]
        named += apart
        if not set(named) <= set(scale.counted):  # (an uncounted status lists no row by itself)
            return Unknown(_UNREAD, False)
        unrated = _unrated(every["issue"] or "", scale)
        texts = bool(every["issue"]) and not unrated
        chosen_set = frozenset(chosen)
        return Listed(frozenset(named), texts, chosen_set, unrated, bool(written), bool(unlisted))
    if (only := _CHOSEN.match(said)) is not None:
        chosen = _statuses(only["chosen"], forms)
        if not chosen:
            return _not_ours("", only["chosen"], scale)
        return Listed(frozenset(chosen), False, written=bool(written), unlisted=bool(unlisted))
    return Unknown(_UNREAD, False)


def _unrated(issue: str, scale: Scale) -> frozenset[str]:
    """The uncounted statuses ``issue`` (the lead's words before 「の記載がある」) lists the rows
    of that have a text — 「評価できない(−)で評価の理由」: the export's caption of a scale whose
    − is listed with its reason (issue_rows.unrated_with_text, review 175 #5) —; none where the
    words name the issue column alone (every row with a text)."""
    forms, unrated = _forms(scale), set(unrated_with_text(scale))
    for at in (at for at, char in enumerate(issue) if char == "で"):  # (評価できない holds one)
        if (said := _statuses(issue[:at], forms)) and set(said) <= unrated:
            return frozenset(said)
    return frozenset()


def _not_ours(named: str, chosen: str, scale: Scale) -> Unknown:
    """Why a lead whose ``named`` or ``chosen`` statuses are not all the ``scale``'s is not
    compared: another scale's list (settled, its preset) where each part names only one other
    preset's statuses, in words (a bare 「S」 or 「1」 names groups too), and none of this scale's;
    else a failure that asks for the export's config."""
    parts = [part for part in (named, chosen) if part]
    for name, preset in PRESETS.items():
        forms = _forms(preset)
        found = [_statuses(part, forms) for part in parts]
        if parts and not any(part.isascii() for part in parts) and all(found):
            symbols = [symbol for statuses in found for symbol in statuses or ()]
            if all(scale.normalise(symbol) is None for symbol in symbols):
                said = named or chosen
                reason = _OTHER_PRESET.format(said=said, scale=_of(scale)) + of_preset(name, "一覧")
                return Unknown(reason, True, name)
    return Unknown(_OTHER_STATUSES.format(said=named or chosen, scale=_of(scale)), False)


def compare_leads(
    texts: Iterable[TextCell], entries: Sequence[Entry], scale: Scale
) -> tuple[list[StatedCounts], list[Disagreement], list[NotCompared], int]:
    """(the leads read, as statements; their disagreements; those not compared; how many
    compared) of planeval's issue-list leads among ``texts``, each against ``entries``, every
    row read (the export lists every body's)."""
    statements: list[StatedCounts] = []
    wrong: list[Disagreement] = []
    skipped: list[NotCompared] = []
    repeats = [symbol for symbol in scale.uncounted if symbol == scale.repeat_symbol]
    for text in texts:
        lead = issue_lead(text.text)
        if lead is None:
            continue
        said, phrase, value = lead
        number = StatedNumber(ISSUES, value, phrase)
        place = text.location
        statements.append(StatedCounts(None, {}, place, text.text, (number,), listed=True))
        listed = lead_rows(said, scale)
        if isinstance(listed, Unknown):
            why, settled, other = listed  # (another scale's list: settled, named apart)
            skipped.append(
                NotCompared(
                    None, WHOLE_PLAN, phrase, value, why, place, settled=settled, other_scale=other
                )
            )
            continue
        rows = issue_rows(
            entries,
            listed.rated,
            texts=listed.texts,
            chosen=listed.chosen,
            unlisted=unlisted_statuses(scale) if listed.unlisted else repeats,
            unrated=listed.unrated,
        )
        counted = sum(1 for row in rows if row.issue) if listed.written else len(rows)
        if counted != value:
            wrong.append(
                Disagreement(None, ISSUES, value, counted, place, WHOLE_PLAN, False, phrase)
            )
    return statements, wrong, skipped, len(statements) - len(skipped)


def _forms(scale: Scale) -> dict[str, str]:
    """Each way a lead names a status (its symbol, its label or its short form, short_label,
    both as 「A（…）」 or 「…（A）」, or together as a body's cells write them, 「横ばいC」 (Wording.status_named, review 194 #3),
    any of them in 「」) → its symbol, after NFKC as the lead is read."""
    forms: dict[str, str] = {}
    for status in scale.statuses:
        symbol, short = status.symbol, short_label(scale, status.symbol)
        named = (
            symbol,
            status.label,
            scale.named(symbol, "{symbol}（{label}）"),
            scale.named(symbol, "{label}（{symbol}）"),
            scale.named(symbol, "{label}{symbol}"),
            *(
                (short, f"{symbol}（{short}）", f"{short}（{symbol}）")
                if short != status.label
                else ()
            ),
        )
        for form in (name for name in named if name):
            for written in (form, f"「{form}」"):
                forms.setdefault(normalised(written).strip(), symbol)
    return forms


def _statuses(said: str, forms: Mapping[str, str]) -> list[str] | None:
    """The statuses ``said`` names one after another between 「・」 (a label holding one
    too: the longest form first), [] for none; None where a part names none."""
    found: list[str] = []
    at, ordered = 0, sorted(forms, key=len, reverse=True)
    while at < len(said):
        for form in ordered:
            end = at + len(form)
            if said.startswith(form, at) and (end == len(said) or said[end] == "・"):
                found.append(forms[form])
                at = end + 1 if end < len(said) - 1 else end
                break
        else:
            return None
    return found


def _of(scale: Scale) -> str:
    return "、".join(scale.named(symbol, "{symbol}（{label}）") for symbol in scale.symbols)
