"""A count of a status together with every status above or below it on the scale (for
``check``): 「8件の取組のうち7件がB以上でした」 counts A and B, 「C以下が5件」 C and D (in a scale
listed best first; worst first, the other way). Read as one number of those statuses, its
``what`` written 「B以上（A・B）」 — as a person reads it, and naming what it adds up — and
compared with their counts (or shares) added up, never with B's alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planeval.count import Count
from planeval.scale import Scale
from planeval.scale_words import ScaleWords
from planeval.scope_words import COUNTERS
from planeval.stated_number import StatedNumber
from planeval.unknown_counters import other_scale

_RANGE = r"\s*(?P<range>以上|以下)"
_SUMMED = re.compile(r"^\S+?(?:以上|以下|まで|の合計)（(?P<among>[^（）]+)）$")
# 「（S評価及びA評価）は9指標」「AとBを合わせて12件」: statuses joined, one number of them all
_JOINS = r"\s*(?:及び|および|並びに|又は|または|もしくは|若しくは|と|・|＋|\+)\s*"
# (「…を合わせて」「…を合計すると」「…のいずれかとなった」: review 77)
_TOGETHER = (
    r"\s*[)）]?\s*(?:を?合わせ(?:て|た|ると)|を?合計(?:すると|して)?|の計"
    r"|の\s*いずれか(?:と\s*なった|に\s*該当する|に\s*なった)?)?"
)
# 「C評価、D評価及びE評価を合わせて」「C評価、D評価、E評価の施策は合わせて」: a list's commas
# (summed where a join or 合わせて says so: review 75), and 合わせて after the particle
_LISTED = r"\s*[、,]\s*"
_TOGETHER_AFTER = r"(?:\s*[、,]?\s*(?:合わせて|あわせて|合計で?|計))?"
# 「「1」から「3」までの事務事業は32事業」: two statuses and those between them (review 46)
_SPAN_END = r"(?:の[^\s、。,\d「」()]{0,8}?)?\s*(?:が|は|:)?\s*$"
_SPAN = re.compile(
    r"(?P<first>「[^」]+」|[^\s、。,「」]+?)\s*から\s*(?P<last>「[^」]+」|[^\s、。,「」]+?)\s*まで"
    + _SPAN_END
)
# 「C～Eの評価が5施策」「C〜E」「C-E」「C―E」「C–E」 (the forms' own 評価（A～E）, after NFKC ～
# is ~ and － is -) and 「CからEの評価が」「C評価からE評価の」 (review 192 #3): the same span of
# letters or words (a scale's digits are quoted_digits', never 「2-1」 read as 1 and 2)
_DASH = r"~〜\-‐‑‒–—―−"
_DASH_END = rf"[^\s、。,「」{_DASH}]+?"
_DASHED = re.compile(
    rf"(?P<first>「[^」]+」|{_DASH_END})\s*(?:[{_DASH}]|(?P<kara>から))\s*"
    rf"(?P<last>「[^」]+」|{_DASH_END})" + _SPAN_END
)


# a scale's own digits in a range or a list (川崎市's 達成度 1–5: 「達成度1～3」「4・5」「4又は5」
# 「「4」「5」」, review 80 N1): the status word before them, or a clause's start and a particle
# after; never a count's digits (「1～3件」「4・5月」)
_TITLE = r"(?:達成度|評価|ランク|判定|評点|段階|レベル)\s*(?:が|は|の)?\s*"
_DIGIT_JOINS = r"\s*(?:・|又は|または|及び|および|と)\s*"
_NOT_A_COUNT = rf"(?!\s*(?:{COUNTERS}|[0-9.%]|つ|月|年|日|人|回|円))"


def quoted_digits(plain: str, scale: Scale) -> str:
    """``plain`` with each range or list of the scale's digit symbols written as the forms
    stated_range reads (「達成度1～3の」 → 「達成度「1」から「3」までの」, 「4・5」 → 「「4」・「5」」,
    「「4」「5」」 → 「「4」・「5」」, 「4以下」 → 「「4」以下」), so their digits are statuses, not counts, and the number
    after them is of those statuses added up. Unchanged for a scale of letters or words."""
    digits = [s for s in scale.symbols if re.fullmatch(r"[0-9]", s)]
    if len(digits) < 2:
        return plain
    one = "|".join(digits)
    bare = rf"(?<![0-9.「])(?:{one})(?![0-9.」])"
    symbol = rf"(?:「\s*(?:{one})\s*」|{bare})"
    # (から with まで only: 「評価が4から3となった」 is a change, no range)
    span = (
        rf"(?P<first>{symbol})(?:\s*(?:~|〜)\s*|\s*から\s*(?={symbol}\s*まで))"
        rf"(?P<last>{symbol})(?:\s*まで)?"
    )
    listed = rf"(?P<head>{symbol})(?P<rest>(?:(?:{_DIGIT_JOINS}|(?<=」)(?=「)){symbol})+)"
    # (「達成度4以下は4件」: a grade and those worse, as 「C以下」 — review 189 #5)
    ranged = rf"(?P<single>{symbol})(?P<range>\s*(?:以上|以下))"
    found = re.compile(rf"(?P<title>{_TITLE})?(?:{span}|{listed}|{ranged}){_NOT_A_COUNT}")

    def quoted(part: str) -> str:
        return re.sub(bare, lambda digit: f"「{digit[0]}」", part)

    def written(match: re.Match[str]) -> str:
        bare_end = not all(
            part is None or part.startswith("「")
            for part in (match["first"], match["last"], match["head"], match["single"])
        ) or bool(match["rest"] and re.search(bare, match["rest"]))
        particle = re.match(r"\s*(?:の|が|は|:)", plain[match.end() :])
        at_start = match.start() == 0 or plain[match.start() - 1] in " 、。,(「"
        if bare_end and not match["title"] and not (at_start and particle):
            return match[0]  # (「政策1～3」「第4・5章」: a name's numbers, not statuses)
        title = match["title"] or ""
        if match["single"] is not None:
            return f"{title}{quoted(match['single'])}{match['range']}"
        if match["first"] is not None:
            return f"{title}{quoted(match['first'])}から{quoted(match['last'])}まで"
        listed = quoted(match["head"] + match["rest"]).replace("」「", "」・「")
        return f"{title}{listed}"

    return found.sub(written, plain)


def stated_range(before: str, after: str, words: ScaleWords) -> str | None:
    """「B以上（A・B）」 for a number ``after`` which a status and 以上 or 以下 follow
    (「7件がB以上」) or ``before`` which they stand (「B以上が7件」「B評価以上の取組は7件」), as
    the scale ranks its statuses (Scale.rank); None otherwise, or for a status outside the
    order (再掲)."""
    found = re.match(rf"^(?:\s*(?:が|は)\s*[、,]?\s*|\s*){words.mention}{_RANGE}", after)
    if found is not None and re.match(r"\s*(?:が|は|:)?\s*\d", after[found.end() :]):
        return None  # (「8件の取組は、B以上が7件」: the status is the next number's)
    found = found or re.search(
        rf"{words.mention}{_RANGE}\s*(?:の[^\s、。,\d「」()]{{0,8}}?)?\s*(?:が|は|:)?\s*$", before
    )
    if found is None:
        return _span(before, words) or _joined(before, words)
    scale, symbol, upward = words.scale, words.symbol(found), found["range"] == "以上"
    if (rank := scale.rank(symbol)) is None:
        return None
    among = [
        s
        for s in scale.symbols
        if (other := scale.rank(s)) is not None and (other <= rank if upward else other >= rank)
    ]
    return f"{symbol}{found['range']}（{'・'.join(among)}）"


def _span(before: str, words: ScaleWords) -> str | None:
    """「「1」から「3」まで（1・2・3）」 for a number ``before`` which two statuses stand with から
    and まで (「「1」から「3」までの事務事業は」) or a dash between them (「C～Eの評価が」: 「CからEまで
    （C・D・E）」, review 190 #2), every status ranked between them; else None."""
    span = _SPAN.search(before) or _DASHED.search(before)
    if span is None:
        return None
    # (a dash's first status ends the words before it: 「うちC～E」「評価がCからE」)
    first = re.search(rf"(?:{words.mention})$", span["first"]) if span.re is _DASHED else None
    ends = [first or words.one.fullmatch(span["first"]), words.one.fullmatch(span["last"])]
    if span.re is _DASHED and any(end is None or re.search(r"\d", end[0]) for end in ends):
        return None
    symbols = [words.symbol(end) for end in ends if end is not None]
    if (
        span.re is _DASHED
        and span["kara"]
        and not all(
            end is not None
            and re.fullmatch(rf"[「(]?\s*{re.escape(symbol)}\s*[」)]?\s*(?:評価|ランク)?", end[0])
            for end, symbol in zip(ends, symbols, strict=False)
        )
    ):
        return None  # (「XからY」 without まで: a span only of two of the scale's own symbols)
    ranks = [rank for symbol in symbols if (rank := words.scale.rank(symbol)) is not None]
    if len(ranks) < 2:
        return None
    low, high = min(ranks), max(ranks)
    scale = words.scale
    among = [
        s for s in scale.symbols if (rank := scale.rank(s)) is not None and low <= rank <= high
    ]
    return f"{symbols[0]}から{symbols[1]}まで（{'・'.join(among)}）"


def _joined(before: str, words: ScaleWords) -> str | None:
    """「SとAの合計（S・A）」 for a number ``before`` which two statuses or more joined by 及び,
    と or ・ stand (「目標を達成した指標（S評価及びA評価）は」 9指標); else None."""
    bare = words.mention.replace("(?P<core>", "(?:").replace("(?P<paren>", "(?:")
    # (a status described in the clerk's own words before its symbol in brackets:
    # 「抜本的な見直しを要するもの(E)」 where the label says 「廃止・休止を含め…」)
    bare = rf"(?:{bare}|[^\s、。,\d「」()]{{1,24}}?\(\s*(?:{words.core})\s*(?:評価)?\s*\))"
    # (「A・Bを合わせた目標をおおむね達成したKPIは」: the rows described at length after a sum
    # said, review 117)
    joined = re.search(
        rf"(?:{bare}(?:{_JOINS}|{_LISTED}))+{bare}(?:{_TOGETHER}\s*(?:の?[^\s、。,\d「」()]{{0,8}}?)?"
        rf"|\s*を?合わせた[^\s、。,\d「」()]{{0,24}}?)\s*(?:が|は|で|:)?{_TOGETHER_AFTER}\s*$",
        before,
    )
    if joined is None:
        return None
    symbols = list(dict.fromkeys(map(words.symbol, words.one.finditer(joined[0]))))
    if len(symbols) < 2:
        return None
    if not re.search(rf"{_JOINS}|合わせ|あわせ|合計|計", joined[0]):
        return None  # (「A、Bは」 alone: a list of commas that says no sum)
    return f"{'と'.join(symbols)}の合計（{'・'.join(symbols)}）"


# 合わせて or 合計 right before a number (「…で、合わせて7指標」「…で、合計7指標」): of the
# counts before it in its sentence
_TOGETHER_BEFORE = re.compile(
    r"(?:(?:合わせ|あわせ)(?:て|ると)|合計(?:で|すると)?)\s*(?:は|が|で|:)?\s*$"
)


def said_together(before: str, earlier: Sequence[StatedNumber], words: ScaleWords) -> str:
    """「AとBの合計（A・B）」 for a number after 合わせて whose sentence states two counted
    statuses' counts or more before it (``earlier``: 「A評価が4指標、B評価が3指標で、合わせて
    7指標」, review 86) — compared with their counts added up, as a joined range is; the one
    status's symbol where that status stands right before 合わせて (「Eは合わせて192件」: E's count
    of every body, review 100 8.4); "" otherwise."""
    together = _TOGETHER_BEFORE.search(before)
    if together is None:
        return ""
    if (one := words.before.search(before[: together.start()].rstrip(" 、,"))) is not None:
        return words.symbol(one)
    scale = words.scale
    symbols = list(
        dict.fromkeys(
            n.what
            for n in earlier
            if n.what in scale.counted and not (n.percent or n.when or n.reason or n.subset)
        )
    )
    return f"{'と'.join(symbols)}の合計（{'・'.join(symbols)}）" if len(symbols) > 1 else ""


def status_of(clause: str, scale: Scale) -> tuple[str, str] | None:
    """(word, symbol) of the status a total is of (「完了した12項目のうち」: 完了), its symbol ""
    where the word is another scale's status (「取組中の25項目のうち」 in a 達成度 report)."""
    found = _STATUS_OF.search(clause)
    if found is None:
        return None
    symbol = scale.normalise(found[1])
    return (
        (found[1], symbol) if symbol else (found[1], "") if other_scale(found[1], scale) else None
    )


_STATUS_OF = re.compile(r"([^\s、。,「」()0-9がは]{2,}?)(?:した|となった|の)\s*$")


def summed(what: str) -> tuple[str, ...]:
    """The statuses a range's ``what`` (stated_range's 「B以上（A・B）」) adds up; () else."""
    found = _SUMMED.match(what)
    return tuple(found["among"].split("・")) if found else ()


def summed_count(count: Count, among: tuple[str, ...]) -> int:
    """The rows of ``count`` rated one of ``among``, counted or not (「完了・廃止の2取組」: two
    statuses of counted = false, review 138 #2 — each in Count.uncounted, never 0)."""
    return sum(count.counts.get(symbol, count.uncounted.get(symbol, 0)) for symbol in among)


def summed_share_agrees(count: Count, among: tuple[str, ...], stated: float, decimals: int) -> bool:
    """Whether ``stated`` (a percentage with ``decimals`` places) is the share of ``among`` in
    ``count``: their rows over the total, rounded, or their shares as a table rounds each
    (Count.percent) added up."""
    if not count.total:
        return stated == 0
    whole = round(100 * summed_count(count, among) / count.total, decimals)
    shares = count.percent(decimals)
    added = round(sum(shares.get(symbol, 0.0) for symbol in among), decimals)
    return stated in (whole, added)
