"""A status with a remark in brackets that changes what it says (review 139 #2): 「実施済（一部）」
— done, but only partly — was counted as 実施済 with a notice -q hid, 朝崎市's two cells
inflating the national 実施済. Such a value is no status (Scale.normalise): its cell an error
saying what the remark changes and asking which status was meant, with the alias to add where a
body writes it so on purpose. A remark changes the status where it names another status
(「実施中（検討中）」, 「実施済（一部）」 beside a 一部実施) or narrows one that says the item is done
— the scale's as_planned or better —, 「実施済（一部）」「完了（R8予定）」「実施済（本庁のみ）」
(a hedge, 「○（ほぼ計画どおり）」, does not). A plain remark, 「実施済（R6.4）」, a remark
its status's own words say (「△（一部修正）」: 内容を一部修正して実施) or one narrowing a status
that says nothing done (「取組中（一部）」) is counted, said in a notice (io/status_remarks.py).
A remark's 概ね is read as the ほぼ of a status's words: 「2（概ね達成）」 names 3 目標をほぼ達成, not
2 目標を上回って達成 (review 167 #5)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planeval.text import compact

if TYPE_CHECKING:
    from planeval.scale import Scale

# words that deny or narrow a status of done — not a hedge, 「○（ほぼ計画どおり）」 still ○ (as
# meant_status's words that turn a status's word: 「未完了」「一部完了」)
_NARROWED = re.compile("一部|部分|予定|見込|未|不|非|無|ない|なし|せず|できず|のみ|だけ|途中")
_REMARK = re.compile(r"(.+?)\s*[（(]([^（()）]*)[）)]\s*$")
_ABOUT = re.compile("概ね|おおむね|大体|だいたい")  # (said as a status's words say it: ほぼ)


def _worded(text: str) -> str:
    """``text`` compacted, its 「概ね」 as a label's 「ほぼ」 (「概ね達成」: 目標をほぼ達成)."""
    return _ABOUT.sub("ほぼ", compact(text))


def remark_turns(scale: Scale, symbol: str, remark: str) -> str | None:
    """What ``remark`` (compacted, in brackets after ``symbol``) does to the status: None where
    it is a plain remark; the other status's symbol where it names one; "" where it narrows a
    status that says the item is done (一部, 予定, のみ …)."""
    own = scale.status(symbol)
    said = _worded(remark)
    if any(said in _worded(word) for word in (own.symbol, own.label, *own.aliases)):
        return None  # (「△（一部修正）」: its label's words; 「達成（A）」: its symbol)
    if len(remark) >= 2:
        for status in scale.statuses:
            words = (status.symbol, status.label, *status.aliases)
            if status.symbol != symbol and any(said in _worded(word) for word in words):
                return status.symbol
    return "" if _done(scale, symbol) and _NARROWED.search(remark) else None


def _done(scale: Scale, symbol: str) -> bool:
    """Whether ``symbol`` says the item is done: the scale's as_planned or better (its best
    where it names none)."""
    rank = scale.rank(symbol)
    if rank is None:
        return False
    planned = scale.rank(scale.as_planned) if scale.as_planned else None
    return rank <= (planned if planned is not None else 0)


def turned_remark(scale: Scale, text: str) -> tuple[str, str] | None:
    """The message and fix of a status cell holding ``text``, a status whose remark in
    brackets changes it (remark_turns); None for any other value."""
    bracketed = _REMARK.fullmatch(text.strip())
    if bracketed is None or (symbol := scale.normalise(bracketed[1])) is None:
        return None
    remark = bracketed[2].strip()
    other = remark_turns(scale, symbol, compact(remark))
    if other is None:
        return None
    status = scale.named(symbol, "{symbol}（{label}）")
    if other:
        changed = f"「{remark}」は別の段階 {scale.named(other, '{symbol}（{label}）')} の言葉です"
        which = f"{symbol} か {other} か"
    else:
        changed = (
            f"{symbol} と言い切っていません（「{remark}」のとおりなら {symbol} ではありません）"
        )
        which = "どの段階か"
    return (
        f"'{text}' は {status} に括弧で「{remark}」と添えてあり、{changed}。"
        "どの段階として数えるか分からないため、この行は数えていません",
        f"{which}回答者に確かめて、その段階の記号だけを書き、「{remark}」は課題等の欄に書いて"
        f"ください。この回答者が '{text}' を {symbol} の意味で書いているなら、planeval.toml の"
        f" [[scale.status]] で '{text}' を {symbol} の別名（aliases）にできます",
    )
