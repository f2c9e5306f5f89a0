"""A number next to a status word in a counter planeval does not read (「Aが3本」「「完了」が
4プロジェクト」: stated_numbers reads 件, 事業, 個, 項目, 指標, 施策, つの and the body's own
words), which would otherwise pass unread: ``check`` then never says all agree of a paragraph
whose counts it did not compare. Each is a number not compared, with the counters it reads."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from planeval.body_words import COUNTERS as BODY_COUNTERS
from planeval.body_words import KIND_BEFORE, KIND_REASON, KINDS, body_count
from planeval.body_words import REASON as BODIES_REASON
from planeval.scale import Scale
from planeval.scale_words import ScaleWords, normalised
from planeval.scope_words import COUNTERS, WHOLE_NUMBER

# a number and the word right after it: kanji or katakana, up to the next kana or mark
# (not an ID's part, 1-1-2 or 1-1 防災: as counter_words.NUMBER, its dash no status "-")
_COUNTED = re.compile(
    rf"(?<![\d.,])(?<![\d\w][‐‑‒–—―−－─-])(?P<num>{WHOLE_NUMBER})[^\S\t]*"
    r"(?P<unit>[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,8})"
)
# … and a term in capitals after its の, a count of what the term names (「45のKPI」: review 197
# #2; not an ID's 「1-1 ICT」), never a number read already (「45のKPI(指標)」)
_TERM_COUNTED = re.compile(
    rf"(?<![\d.,A-Za-z])(?<![\d\w][‐‑‒–—―−－─-])(?P<num>{WHOLE_NUMBER})\s*の\s*"
    r"(?P<unit>[A-Z]{2,5})(?![A-Za-z])"
)
# measures and dates, no counts of rows (「Aは2023年度」「Bの2倍」), and a scale's number of
# levels (「…後退Dの4段階です」, review 207 #4: asked to be rewritten 「4件」): never said
_MEASURES = frozenset("年月日時分秒円倍割度歳人回名点位段")
_REASON = (
    "「{number}{unit}」の「{unit}」は planeval が件数として読む数え方ではないため、この数は"
    "比べていません（比べるなら「{number}件」「{number}事業」のように {counters} のどれかで"
    "書いてください）"
)


# (count_sentence.policy_sentence's 「2団体の取り組みの方向性「1-1」として」「3団体それぞれの計画では」,
# the notes under a table of bodies, table_notes.py's 「…のうち2団体の回答を集計しました」 (before
# review 193 「…の行を数えました」), and reason_lists.py's 「　未回答（3団体）：」: the bodies
# counted or left out, not a count to compare)
_SENTENCE_BODIES = re.compile(
    r"(?:それぞれ)?の[^。、]*(?:として|では)|の行を数え|の回答を集計|[)）][:：]"
)


def unknown_counted(
    plain: str, words: ScaleWords, known: re.Pattern[str]
) -> list[tuple[int, int, str, int, str]]:
    """(start, end, reason, value, what) of each number of ``plain`` (normalised text) right
    after a status word (「Aが3本」) or right before one (「3本がA」) in a counter ``known`` (the
    numbers stated_numbers reads) does not read at its place; and of each count of bodies, with
    what it counts where its words say (body_words.body_count: compared with --bodies)."""
    found = []
    for match in _COUNTED.finditer(plain):
        unit = match["unit"]
        if unit[0] in _MEASURES or known.match(plain, match.start()):
            continue
        if _legend_entry(match, plain, words.scale):
            continue  # (a legend's 「2 目標を上回って達成」: a symbol and its label, no count)
        after = plain[match.end() :]
        if unit in BODY_COUNTERS and match.end("num") == match.start("unit"):
            # (「実施と回答した団体は30団体」: a prefecture's count; not 「4 団体別の状況」, nor
            # the bodies whose counts a count sentence of planeval's gives)
            if not _SENTENCE_BODIES.match(after):
                what = body_count(plain[: match.start()], after)
                found.append((match.start(), match.end(), BODIES_REASON, _value(match), what))
            continue
        if words.before.search(plain[: match.start()]) is None and (
            words.after.match(after) is None or not re.match(r"\s*(?:が|は)", after)
        ):
            continue
        reason = _REASON.format(number=match["num"], unit=unit, counters=_counters())
        found.append((match.start(), match.end(), reason, _value(match), ""))
    for match in _TERM_COUNTED.finditer(plain):  # (「45のKPIを設定」: the rows' own term)
        if not known.match(plain, match.start()):
            reason = _REASON.format(number=match["num"], unit=match["unit"], counters=_counters())
            found.append((match.start(), match.end(), reason, _value(match), ""))
    for match in KIND_BEFORE.finditer(plain):  # (「都道府県47、市区町村253」: review 137 #3)
        reason = KIND_REASON.format(kind=match["unit"])
        found.append((match.start(), match.end(), reason, _value(match), KINDS[match["unit"]]))
    return found


def _value(match: re.Match[str]) -> int:
    """The number a match's ``num`` types, its thousands separators dropped (1,680: 1680)."""
    return int(match["num"].replace(",", ""))


def _legend_entry(match: re.Match[str], plain: str, scale: Scale) -> bool:
    """Whether a number is a symbol of a scale of numbers followed by its own label, as a
    form's legend line writes them (review 46: 川崎市's 「達成度：1 目標を大きく上回って達成
    2 目標を上回って達成 …」 in every form's A2)."""
    if match["num"] not in scale.symbols:
        return False
    return plain.startswith(normalised(scale.label(match["num"])), match.start("unit"))


@functools.cache
def _counters() -> str:
    return "・".join([*COUNTERS.split("|"), "つの"])


def other_scale(word: str, scale: Scale) -> str | None:
    """The preset whose scale has ``word`` for a status and this ``scale`` not (a city's 実施状況
    report saying its 達成度 too, 「達成が14項目」: review 41): its name, else None."""
    from planeval.presets import PRESETS

    if scale.normalise(word) is not None:
        return None
    return next((name for name, own in PRESETS.items() if own.normalise(word) == word), None)


class Unknown(NamedTuple):
    """Why a number is not compared, whether that fails nothing, and the preset whose status
    it counts where it is another scale's ("")."""

    reason: str
    settled: bool
    other_scale: str = ""


def unknown_reason(clause: str, words: ScaleWords, percent: bool, scale: Scale) -> Unknown:
    """Why a number whose ``clause`` (its sentence's words before it, from the last 、) says no
    status of the scale is not compared; settled where it counts another scale's status (a
    report of two status columns, whose other one's figures are checked with that one's
    config), said with its particle (「達成が4項目」) or without (「達成3項目」, review 55)."""
    word = _WORD_BEFORE.search(clause)
    # (割合 is never taken for a status, nor a topic's particle: 「政策3では」 is no 「で」)
    if word and (len(word[1]) < 2 or word[1].endswith(("割合", "率", "で", "に"))):
        word = None
    # (「未着手の4項目については」 in a 達成度 report: another scale's word, as 「完了が22項目」)
    bare = _BARE_WORD_BEFORE.search(clause) or _WORD_OF_BEFORE.search(clause)
    if percent and not (word or bare):  # (「完了の割合は59.2%」 in a 達成度 check: review 141 #3)
        bare = _SHARE_OF_BEFORE.search(clause)
    if (said := word or bare) and (word or other_scale(said[1], scale)):
        if other := other_scale(said[1], scale):  # (the figures of a second status column)
            return Unknown(another_scale_reason(said[1], other, words), True, other)
        not_ours = f"「{said[1]}」はこの評価尺度（{words.describe()}）の区分ではありません"
        # (a town's 今後の方向性 beside its 達成度: 「拡充8事業、継続41事業」, review 76)
        return Unknown(not_ours + _OTHER_COLUMN, False)
    what = "割合" if percent else "件数"
    return Unknown(f"何の{what}か読み取れません（評価の区分とも合計とも書かれていません）", False)


def another_scale_reason(word: str, other: str, words: ScaleWords) -> str:
    """Why a number of preset ``other``'s status ``word`` is not compared: that column's
    figures are checked with that scale's config."""
    return f"「{word}」はこの評価尺度（{words.describe()}）の区分ではありません" + of_preset(other)


def another_scale_past(reason: str, other: str, when_said: str) -> str:
    """Why last year's number or a change (``when_said``: 前年度の数, 増減の数) of preset
    ``other``'s status, whose count's ``reason`` (another_scale_reason) says so, is not compared:
    it is checked with that scale's config and --previous."""
    tail = (
        f'（preset "{other}" の区分です。前年度の数と増減は、その尺度の設定で check --previous を'
        "実行して照らし合わせてください）"
    )
    # (the change after last year's number, 「（29項目）から7項目」: the status's words once)
    said = reason.removesuffix(of_preset(other)).removesuffix(tail).partition("ですが、")
    return f"{when_said}ですが、{said[2] if said[1] else said[0]}{tail}"


def of_preset(name: str, what: str = "列") -> str:
    """「（preset "achievement" の区分です。その列の数はその尺度の設定で check してください）」:
    the end of every reason a number of another preset's statuses is not compared (a word, a
    column's title, an issue list's lead: ``what``)."""
    return f'（preset "{name}" の区分です。その{what}の数はその尺度の設定で check してください）'


_OTHER_COLUMN = (
    "（表の別の列の区分の数なら、その列を [layout] status_column に、その区分を [[scale.status]]"
    " に書いた planeval.toml を --config に指定して、もう一度 check してください）"
)
_WORD_BEFORE = re.compile(
    r"(?:うち)?(?P<word>[^\s、。,「」『』()0-9はの]+?)\s*[」』]?\s*(?:が|は)\s*$"
)
# (「完了6件のうち達成5件」: 達成, not 「うち達成」 — review 119 #2)
_BARE_WORD_BEFORE = re.compile(r"(?:うち)?([^\s、。,「」『』()0-9はのがを]{2,})\s*$")
_WORD_OF_BEFORE = re.compile(r"([^\s、。,「」『』()0-9はのがを]{2,})\s*の\s*$")
# (a status's share: 「完了の割合は」 — another scale's word, set aside as its; never a 〜率,
# 「達成率は80.0%」, a rate of its own)
_SHARE_OF_BEFORE = re.compile(
    r"([^\s、。,「」『』()0-9はのがを]{2,}?)\s*の\s*(?:割合|比率)\s*[はが]?\s*$"
)
