"""A stated number that is no count of this round's rows (for ``check``): last year's (「前年度の
10件から4件に」「前年度（10件）と比べ」: 10), or a change from it — ▲ marks a fall (「完了は▲2件」), as
△ does where a body writes it so (minus_signs), as a sign 「+2件」「±0件」, or
its words say it (「4件増加」「1指標減少」「2件減り」「増減は▲2件」「前年度比2件増」「前年度より2件
多く」), or any number of a clause that begins with last year (「前年度は完了が6件、…」).
Without last year's rows they are listed and fail nothing; with them (check --previous) they are compared
with last year's count and with this year's less last year's (last_year.py)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from planeval.scope_words import COUNTERS

PAST = "前年度"  # last year's number (前年度の10件から)
CHANGE = "増減"  # a change, as signed as written (▲2件 is −2; +2件, 4件増加, 増減は2件 are +)
FALL = "減少"  # a fall its words say, written without a sign (4件減少: −4)
# why a number of the items that moved since last year (「改善した事務事業は7件」) is listed,
# without --previous (stated_moves.py compares it with compare's counts given it)
MOVED = "前年度から改善・後退した数は比べていません（compare で確かめられます）"
# … and of the items whose rating did not move (「前年度と同じ事務事業は22事業」: compare's 変化なし,
# never the plan's total — review 202 #1)
UNMOVED = "前年度から変わらなかった数は比べていません（compare で確かめられます）"


def previous_compares(said: Collection[tuple[str, str]]) -> str:
    """What check compares given last year's rows (--previous) of the numbers it set aside,
    each its ``when`` (PAST, CHANGE) and its reason: 「前年度の数と増減」, 「改善・後退した数」,
    「変わらなかった数」 as they are among them, joined; "" where none is (review 202: the
    verdict offered --previous for last year's numbers only, never for 17 改善 and 7 後退)."""
    kinds = (
        ("前年度の数と増減", any(when for when, _reason in said)),
        ("改善・後退した数", any(reason == MOVED for _when, reason in said)),
        ("変わらなかった数", any(reason == UNMOVED for _when, reason in said)),
    )
    return "、".join(name for name, found in kinds if found)


# 「前年度の61.3%から」「昨年度は40事業」: last year's number, not one of these rows
_PAST_BEFORE = re.compile(
    r"[、,]?\s*(?P<word>前年度|昨年度|前年|昨年|前回)\s*(?:の|は|が|:|\()?\s*(?:約)?\s*$"
)
# "Aは4指標増加し", "Dは1件減少": a change from the year before, not a count of the rows
_CHANGE_AFTER = re.compile(r"^\s*(?:の)?\s*(?:(?P<up>増加|増え|増)|(?P<down>減少|減っ|減り|減))")
# 「前年度より2件多く」「前年度と比べて1件少ない」: a change, after what it is from
_MORE_AFTER = re.compile(r"^\s*(?:(?P<up>多)|(?P<down>少な))")
# 「増減は▲2件」「前年度比2件増」「完了は+2件」「前年度比±0件」: a change, the words before it say
_CHANGE_BEFORE = re.compile(
    r"(?:(?:増減|前年度比|前年比|対前年度|対前年)\s*(?:は|が|で|:)?\s*(?:[+±]\s*)?|[+±]\s*)$"
)
# 「未着手は前年度から4件増加し」「前年度と比べ、Aは…」: what a change is from, between the
# status and its number (left out of the words that say what the number counts)
_SINCE = re.compile(
    r"[、,]?\s*(?:前年度|昨年度|前年|昨年|前回)\s*"
    r"(?:から|より|と比べ(?:て|ると)?|に比べ(?:て|ると)?|比)\s*[、,]?\s*$"
)

# 「前年度と同じ6指標」「前年度と同様に6件」: this year's number, the same as last year's
_SAME_AS = re.compile(
    r"[、,]?\s*(?:前年度|昨年度|前年|昨年|前回)\s*(?:と|に)\s*(?:同じ|同様)(?:く|に|の)?\s*[、,]?\s*$"
)
# 「達成度2は4件で、前年度と同じ4件」: the count before it, of the same subject (left out of the
# words that say what the second counts: 2's, not a total's, as 「4件で」 read — review 192 #4)
_COUNT_THEN = re.compile(rf"\d[\d,]*\s*(?:{COUNTERS})\s*(?:で|であり)?\s*$")

# 「前年度は完了が6件、取組中が3件でしたが、今年度は…」: a clause that begins with last year
# says of every number in it until another year is named, its whole bracketed after the year
# its first (「前年度（141項目）は達成Aが27項目、…」: 141 last year's total, 27 its A's, review
# 207 #4: 27 was compared with this year's A)
_PAST_SUBJECT = r"(?:^|[、,]|また[、,]?|なお[、,]?)\s*(?P<word>前年度|昨年度|前回)"
_PAST_TOPIC = r"(?:の(?:評価|結果|実績|状況|達成状況))?\s*(?:は|では)"
_PAST_CLAUSE = re.compile(
    rf"{_PAST_SUBJECT}(?:\s*\(\s*\d[\d,]*\s*[^()\d、。,]{{0,6}}\))?{_PAST_TOPIC}"
)
# … and a year's named so (「令和5年度（141項目）は…」: that year's total, the paragraph's year
# telling whose: stated_year.of_other_years)
_WHOLE_OPEN = re.compile(
    rf"(?:{_PAST_SUBJECT}|(?:^|[、,]|なお[、,]?)\s*(?:令和|平成)\s*(?:元|\d{{1,2}})\s*年度)\s*\(\s*$"
)
_WHOLE_CLOSE = re.compile(rf"^\s*[^()\d、。,]{{0,6}}\){_PAST_TOPIC}")
_ANOTHER_YEAR = re.compile(
    r"今年度|本年度|今回|今期|当年度|(?:令和|平成)\s*\d+\s*年度|\d{4}\s*年度"
)


# △ as a minus sign right before a number (「前年度と比べ△7件」, as some bodies write ▲); where
# △ is a status of the scale (世田谷区's), only after the words of a change (「前年度比△2件」)
_TRIANGLE = re.compile(r"△(?=\s*\d)")
_CHANGE_WORDS = re.compile(
    r"(?:増減|前年度比|前年比|対前年度比?|対前年比?|比べ(?:て|ると)?|比較(?:して|すると)?)"
    r"\s*[、,]?\s*(?:は|が|で|:)?\s*$"
)


def minus_signs(plain: str, symbols: Collection[str]) -> str:
    """``plain`` with each △ written as a minus sign made ▲, as the number reader reads one;
    a △ that is a status of the scale (``symbols``) kept unless a change's words are before it
    (「△2件」 of 世田谷区's △, 「前年度比△2件」 a fall)."""
    if "△" not in plain:
        return plain
    own = "△" in symbols

    def sign(found: re.Match[str]) -> str:
        change = not own or _CHANGE_WORDS.search(plain, 0, found.start()) is not None
        return "▲" if change else "△"

    return _TRIANGLE.sub(sign, plain)


@dataclass(frozen=True, slots=True)
class When:
    """What year a number is of: ``when`` "" (this round's), PAST, CHANGE or FALL; why it is no
    count of this round (``reason``, "" for this round's); ``before``, the words before it
    without those saying when (「未着手は前年度から」 → 「未着手は」), which say what it counts."""

    when: str
    reason: str
    before: str
    same: bool = False  # (「前年度と同じ6指標」: this year's, and last year's too)
    whole: bool = False  # (「前年度（141項目）は…」: last year's total, its clause's subject)


def when_of(
    before: str, after: str, *, negative: bool, percent: bool, of: re.Pattern[str] | None = None
) -> When:
    """Whether a number (its words ``before`` and ``after``; ``negative``: written with ▲) is
    last year's or a change from it; ``of`` finds a status of the scale right before it
    (ScaleWords.before: 「前年度と同様にA評価は10件」 A's count, not of the items unmoved)."""
    change = ""
    reason = "▲（減少）の数は件数ではないので比べません" if negative else ""
    if not negative and (same := _SAME_AS.search(before)) is not None:
        # (「C評価は、前年度と同じ6指標でした」: 6 this year's C, as last year's: review 79b)
        kept = before[: same.start()]
        if (count := _COUNT_THEN.search(kept)) is not None:
            kept = kept[: count.start()]
        return When("", "", kept, same=True)
    if negative:
        change = CHANGE
    if (said := _CHANGE_AFTER.match(after)) is not None:
        change = CHANGE if negative or said["up"] else FALL
        reason = "増減の数は件数ではないので比べません"
    more = _MORE_AFTER.match(after)
    if not change and more is not None and _SINCE.search(before) is not None:
        change, reason = CHANGE if more["up"] else FALL, "増減の数は件数ではないので比べません"
    if (sign := _CHANGE_BEFORE.search(before)) is not None:
        change, before = change or CHANGE, before[: sign.start()]
        reason = reason or "増減の数は件数ではないので比べません"
    if change and (since := _SINCE.search(before)) is not None:
        before = before[: since.start()]  # (「未着手は前年度から4件増加」: 未着手's change)
    if (past := _PAST_BEFORE.search(before)) is not None:  # (「前年度の61.3%から」)
        kind = "割合" if percent else "数"
        # (last year's change, 「前年度は▲2件」: neither round's count, never compared)
        change = "" if change else PAST
        reason = reason or f"{past['word']}の{kind}なので、今回の行とは比べません"
        whole = _whole_of(before, after) is not None
        before = before[: past.start()]
        if whole and change == PAST:  # (its clause's subject: last year's whole)
            return When(PAST, reason, before, whole=True)
    elif not change and (year := _whole_of(before, after)) is not None:
        return When("", reason, before[:year], whole=True)  # (「令和5年度（141項目）は」)
    elif not change and _FROM_TO.match(after) is not None:
        # (「横ばい（C）は6件から2件に減少」: 6 is last year's, unsaid — review 62; and
        # 「「A」は、7件から9件に」 A's, as 「「A」は、前年度の7件から」 is — review 167 #4)
        change, reason = (
            PAST,
            f"前年度の{'割合' if percent else '数'}なので、今回の行とは比べません",
        )
        before = before.rstrip(" 、,")
    elif not change and _ACROSS.search(before[before.rfind("。") + 1 :]) is not None:
        # (「計画期間を通じて計画どおり以上で実施した実施内容は14件」: of every round, review 59)
        reason = reason or "計画期間を通じた数は比べていません（rounds の表で確かめられます）"
    elif not change and _MOVED.search(before[before.rfind("。") + 1 :]) is not None:
        # (「前年度より改善した施策は7施策」: how many items moved, a count of no status, review 54)
        reason = reason or MOVED
    elif (
        not change
        and _UNMOVED.search(before[before.rfind("。") + 1 :]) is not None
        and (of is None or of.search(before) is None)
    ):
        reason = reason or UNMOVED  # (「前年度と同じ事務事業は22事業」: review 202 #1)
    elif not change and (word := _past_clause(before)) is not None:
        # (「前年度は…10件でしたので、5件増加しました」: the change is this year's, since it)
        kind = "割合" if percent else "数"
        change = "" if change else PAST
        reason = reason or f"{word}の{kind}なので、今回の行とは比べません"
    return When(change, reason, before)


# 「6件から2件に」「40.0%から」…「に」: the number before から is what it changed from
_SUB = r"(?:[（(]\s*うち[^（）()]*[）)]\s*)?"  # (a sub-count in brackets after a count)
_FROM_TO = re.compile(  # (each count with its sub-count, 「7件（うち重点4件）から8件（…）に」)
    rf"^\s*{_SUB}[^\d\s、。,]{{0,4}}?\s*から\s*[▲+]?\s*\d[\d,.]*\s*[^\d\s、。,（(]{{0,4}}?\s*{_SUB}に"
)
# 「計画期間を通じて」「毎年度」: a count over the plan period's rounds, no one round's
_ACROSS = re.compile(
    r"計画期間(?:を通じ|中|全体)|期間を通じ|毎年度|各年度(?:とも|を通じ)|いずれの年度も"
)
# 「改善した施策は」「後退したものが」「評価が下がった指標は」 (compare's words where the scale
# rates 後退D: review 140 #6): the items whose rating moved since the last round
# the words an item's rating moving up and down is said with (stated_moves tells them apart)
MOVED_UP_WORDS, MOVED_DOWN_WORDS = "改善|向上|上昇", "後退|低下|悪化|下降"
_MOVED = re.compile(
    rf"(?:(?:{MOVED_UP_WORDS}|{MOVED_DOWN_WORDS})(?:した|している)|評価が(?:上が|下が)っ(?:た|ている))"
    r"[^、。,\d]{0,12}?(?:が|は)\s*$"
)
# 「前年度と同じ事務事業は」「前年度から変わらなかったものが」「変化なしは」 after 前年度 in its
# sentence: the items whose rating did not move since the last round (compare's 変化なし)
UNMOVED_WORDS = (
    r"同じ|同様|変わらな|変わってい?な|変わり(?:が)?な|変化(?:なし|の?な|がな|しな)|横ばい"
)
_UNMOVED = re.compile(
    rf"(?:前年度|昨年度|前年|昨年|前回)[^。]*?(?:{UNMOVED_WORDS})"
    r"[^、。,\d]{0,12}?(?:が|は)\s*$"
)


def _whole_of(before: str, after: str) -> int | None:
    """Where the year word starts that a number's bracket follows, its clause's subject
    (「前年度（141項目）は」「令和5年度（141項目）は」: that year's whole); None else."""
    start = before.rfind("。") + 1
    found = _WHOLE_OPEN.search(before[start:])
    return start + found.start() if found and _WHOLE_CLOSE.match(after) else None


def _past_clause(before: str) -> str | None:
    """The word of last year that begins the sentence's clause a number stands in
    (「前年度は完了が6件」), unless another year is named after it (「…でしたが、今年度は」)."""
    sentence = before[before.rfind("。") + 1 :]
    clauses = list(_PAST_CLAUSE.finditer(sentence))
    found = clauses[-1] if clauses else None
    if found is None or _ANOTHER_YEAR.search(sentence, found.end()) is not None:
        return None
    return found["word"]


def signed(value: float, when: str) -> float:
    """A change as a number: a fall its words say (4件減少) is −4; any other as written."""
    return -abs(value) if when == FALL else value


def unnamed(when: str, percent: bool) -> str:
    """Why last year's number or a change (``when``) whose words name no status nor the whole
    is not compared although last year's rows are given (--previous): it is not known what it
    counts (review 144 #7: 「前年度の数なので比べません」 sent the clerk to --previous again)."""
    of = "割合" if percent else "数"
    said = f"前年度の{of}" if when == PAST else f"増減の{of}"
    return (
        f"{said}ですが、どの区分の{of}か（合計か）が書かれていないため、前年度の回答とは比べて"
        "いません（同じ文に区分の名前か「全体」「合計」を書くと照らし合わせます）"
    )
