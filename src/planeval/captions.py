"""planeval's own caption of a direction's table (report/text_export.direction_caption) read
back out of a report (``check``): 「3事業・実施内容 3件（内訳 A 2、C 1）」 (earlier reports' 「事業 3・
実施内容 3」), 「2計画事業・実施内容 9件・
達成状況 7（内訳 ○ 6、△ 1。ほかに再掲 2）」 (earlier reports' 「評価 7」), 「実施内容 16（内訳 達成度1が2、
達成度2が3）」 (earlier reports' 「「1」が2」 and 「1が2」 too) — the projects, the items, the rated rows where they are not the items,
each counted status the rows hold and each uncounted one, the items of a department that
returned nothing (「ほかに未提出 4」) and the rows left out for their errors (「未評価 1」,
「未集計（記入誤り） 1」; earlier reports' 「未集計（エラー） 1」 of both). Its one counter word is the rated rows' (「評価した実施内容と細目：16件」), so
this reading stands for the paragraphs' (stated_numbers.py): it reads it whole or not at all (caption_counts.py compares it
with the rows)."""

from __future__ import annotations

import re
from dataclasses import replace

from planeval.past_errors import EARLIER_ROW, LEFT_OUT_ROWS
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.stated_number import GROUPS, IN_ERROR, NOT_COUNTED, PROJECTS, TOTAL, StatedNumber
from planeval.unanswered_words import SPLIT_LABEL

UNRETURNED = "未提出"  # (「ほかに未提出 4」: the items of a department that returned nothing)
# each cell of a row left out for its error, as the caption is compared (「未集計(記入誤り)」) →
# the rows it counts (StatedNumber.level: its cell; "" every one, earlier reports' 「未集計（エラー）」)
_IN_ERROR = {normalised(row.cell): row.cell for row in LEFT_OUT_ROWS}
_IN_ERROR[normalised(EARLIER_ROW.cell)] = ""

_COUNT = r"\d{1,3}(?:,\d{3})+|\d+"  # (grouped: 1,000)
# (the breakdown, 「（内訳 …）」 or 「（ほかに…）」, after what the table holds, whose words may
# have their own brackets: 「2施策・取組（KPI） 3件（内訳 A 1、B 2）」)
_CAPTION = re.compile(r"^(?P<holds>.+?)(?:\((?P<inner>(?:内訳 |ほかに).+)\))?$")
_BRACKETED = r"\([^\d()、。・:]+\)"  # (a word's own: 取組(KPI))
# what the table holds, each count with its counter (review 172 #2): 「2項目」 「18事務事業」 —
# or after its word, 「実施内容 12件」, and as earlier reports said it, 「実施内容 12」
_NUMBER_FIRST = re.compile(
    rf"^(?P<n>{_COUNT})(?P<word>[^\W\d_](?:[^\d()、。・:\s]|{_BRACKETED})*)$"
)
_WORD_FIRST = re.compile(
    rf"^(?P<word>(?:[^\d()、。・:]|{_BRACKETED})+?) (?P<n>{_COUNT})(?P<counter>件)?$"
)
# the rated rows as a public document counts them, 「評価した実施内容と細目：16件」 (review 152
# #12 — earlier reports' 「評価した実施内容と細目 16」 and 「評価 7」 too)
_RATED = re.compile(
    rf"^(?P<word>(?:[^\d()、。・:]|{_BRACKETED})+?):(?P<n>{_COUNT})[^\d()、。・:\s]{{1,3}}$"
)
# one status of the breakdown: 「A 2」, a symbol that is a number 「「1」が2」 (「1が2」 as
# earlier reports said it), a label 「再掲 2」
_PART = re.compile(rf"^(?:「(?P<quoted>[^」]+)」が|(?P<name>.+?)(?: |が))(?P<n>{_COUNT})$")
_WORDED_DIGIT = re.compile(r"^[^\d]+?(?P<symbol>\d+)$")
_ESCAPED = re.compile(r"\\(.)")  # (Markdown's escapes: 「\*」)
# planeval's lead of its issue list, 「…と評価された事業。一覧は3件です。」 (report/text_export.
# issues_caption): its number counts the list's entries, no policy's (earlier reports' 「一覧は
# 3 行です」 too)
_ISSUE_LEAD = re.compile(rf"。一覧は ?(?P<n>{_COUNT}) ?[^\d\s、。]{{1,4}}です。$")


# the caption as a report writes it (review 193 #8), 「5施策（評価4施策：A 2件、B 1件／評価対象外
# 1件）」: what the table holds, then in brackets the rated rows where said, each status and, after
# ／, the uncounted, each with 件 — read as the earlier shape, 「5施策・評価:4施策(内訳 A 2、B 1。
# ほかに評価対象外 1)」
_WRITTEN = re.compile(
    r"^(?P<holds>[^()]+?(?:\([^()]*\)[^()]*?)*)\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)$"
)
_RATED_HEAD = re.compile(
    rf"^(?P<word>[^\d()、。・:/]+?)(?P<n>{_COUNT})(?P<counter>[^\d()、。・:/\s]{{1,3}})$"
)
# (each in the count sentences' counter: 「A 7指標」, review 197 #4 — 件 before it)
_EACH = re.compile(rf"^(?P<part>.+?(?: |が)(?:{_COUNT}))[^\d()、。・:/\s]{{1,3}}$")


def _earlier_shape(plain: str) -> str:
    """``plain`` (normalised) in the caption's earlier shape where it is planeval's caption as
    written since review 193 (every count of its brackets with 件); else as it is."""
    found = _WRITTEN.match(plain)
    # (the earlier shape as it is; a clerk's own total row, 「計 3件（◎ 1件、○ 2件）」, no caption)
    if found is None or found["holds"].startswith(("計", "合計")):
        return plain
    if found["inner"].startswith(("内訳 ", "ほかに")) and found["inner"][-1:].isdigit():
        return plain
    inner, holds = found["inner"], found["holds"]
    head, _, others = inner.partition("/")
    if inner.startswith("ほかに"):
        head, others = "", inner.removeprefix("ほかに")
    rated, colon, said = head.partition(":")
    if not colon:  # (「評価0件／対象外 4件」: the rated rows alone, or the statuses alone)
        alone = _RATED_HEAD.match(head) and not _EACH.match(head.split("、")[0])
        rated, said = (head, "") if alone else ("", head)
    if rated:
        shaped = _RATED_HEAD.match(rated)
        if shaped is None:
            return plain
        holds += f"・{shaped['word']}:{shaped['n']}{shaped['counter']}"
    parts = []
    for run, lead in ((said, "内訳 "), (others, "ほかに")):
        each = [_EACH.match(words) for words in run.split("、")] if run else []
        if not all(each):
            return plain
        parts += [lead + "、".join(m["part"] for m in each if m)] if each else []
    return f"{holds}({'。'.join(parts)})" if parts else holds


def is_issue_lead(text: str) -> bool:
    """Whether ``text`` is planeval's lead of its issue list, whose count no policy's count
    is (its entries are the rows listed: issue_leads.py compares it with them)."""
    return "一覧は" in text and _ISSUE_LEAD.search(normalised(text).strip()) is not None


def issue_lead(text: str) -> tuple[str, str, int] | None:
    """(what the list holds, as the lead says it; the count's words; the count) of planeval's
    lead of its issue list, 「「見直す」と評価された事業。一覧は3件です。」; None for any other
    text."""
    if "一覧は" not in text:
        return None
    plain = normalised(_ESCAPED.sub(r"\1", text)).strip()
    found = _ISSUE_LEAD.search(plain)
    if found is None:
        return None
    count = found[0].removeprefix("。")
    return plain[: found.start()], count, int(found["n"].replace(",", ""))


def read_caption(text: str, scale: Scale, *, item: str = "") -> list[StatedNumber]:
    """The numbers of ``text`` if it is planeval's caption of a direction's table, each with
    what it counts (PROJECTS; GROUPS with the items' word as its level, 実施内容; TOTAL, the
    rated rows, in the status's word or 評価; a status); [] for any other text. ``item``,
    the body's word for its rated rows: 「調査項目 6・取組状況 4」 counts items and rated rows,
    not projects and items."""
    plain = _earlier_shape(normalised(_ESCAPED.sub(r"\1", text)).strip())
    found = _CAPTION.match(plain)
    held = _held(found["holds"]) if found else None
    # (no breakdown: only a count of two things or more, each with its counter — 「1.評価結果の
    # 概要」 is a heading)
    bare = found is not None and found["inner"] is None
    if found is None or held is None or (bare and not (held[1] and len(held[0]) > 1)):
        return []
    parts = held[0]
    if item and len(parts) == 2 and parts[0][2] == PROJECTS and parts[0][0] == item:
        parts = [(*parts[0][:2], GROUPS), (*parts[1][:2], TOTAL)]  # (調査項目 6・取組状況 4)
    numbers = [
        _number(what, phrase, level=word if what == GROUPS else "", net=what == TOTAL)
        for word, phrase, what in parts
    ]
    counted = {normalised(scale.by_label(s) or s): s for s in scale.counted}  # (「事業中止 1」)
    counted.update({normalised(symbol): symbol for symbol in scale.counted})
    uncounted = {normalised(scale.label(s) or s): s for s in scale.uncounted}
    uncounted.update({normalised(symbol): symbol for symbol in scale.uncounted})
    for part in found["inner"].split("。") if found["inner"] else ():
        if part.startswith("内訳 "):
            said, names = part.removeprefix("内訳 "), counted
        elif part.startswith("ほかに"):
            said, names = part.removeprefix("ほかに"), uncounted
        else:
            return []  # (neither the breakdown nor the uncounted: no caption of planeval's)
        for words in said.split("、"):
            status = _PART.match(words)
            name = status and (status["quoted"] or status["name"])
            if name and name not in names and (digits := _WORDED_DIGIT.match(name)):
                name = digits["symbol"]  # (「達成度2が3」: a number after the status's word)
            if name and name.startswith((UNRETURNED, SPLIT_LABEL)) and names is uncounted:
                said = _number(NOT_COUNTED, words)  # (a department's items 未提出)
                # (「未提出 2、記入誤り 1」: the items not counted, 3 — review 182 #1)
                before = next((n for n in numbers if n.what == NOT_COUNTED), None)
                if before is not None:
                    said = replace(said, value=before.value + said.value)
                    said = replace(said, phrase=f"{before.phrase}、{words}")
                    numbers.remove(before)
                numbers.append(said)
                continue
            if name in _IN_ERROR and name not in names and names is uncounted:  # (review 149 #2)
                numbers.append(_number(IN_ERROR, words, level=_IN_ERROR[name]))
                continue
            if name not in names:
                return []
            numbers.append(_number(names[name], words))
    return numbers


def caption_shaped(text: str) -> bool:
    """Whether ``text`` is planeval's caption by its counts (「1推進項目・3取組項目（内訳 …）」),
    whatever its breakdown: another scale's, read by that scale's settings, is no stated count
    of this one's (review 172 #2: its counters would read so)."""
    found = _CAPTION.match(_earlier_shape(normalised(_ESCAPED.sub(r"\1", text)).strip()))
    held = _held(found["holds"]) if found else None
    if not (found and held and held[1]):
        return False
    inner = found["inner"] or ""  # (「計 3件（◎1件、…）」, a form's own 計 row: no caption)
    return inner.startswith(("内訳 ", "ほかに")) or (not inner and len(held[0]) > 1)


def _held(holds: str) -> tuple[list[tuple[str, str, str]], bool] | None:
    """What a caption says its table holds, each count's (word, phrase, PROJECTS | GROUPS |
    TOTAL), and whether a counter marks it as planeval's caption; None where it is not one."""
    said = holds.split("・")
    if not 1 <= len(said) <= 3:
        return None
    parts: list[tuple[str, str, str]] = []
    countered = False
    for n, part in enumerate(said):
        last = n == len(said) - 1
        if last and n and (rated := _RATED.match(part)):
            parts.append((rated["word"], part, TOTAL))
            countered = True
            continue
        found = _NUMBER_FIRST.match(part) or _WORD_FIRST.match(part)
        if found is None:
            return None
        countered |= part[0].isdigit() or bool(found.groupdict().get("counter"))
        # (a third count, or 「評価 7」 after another: the rated rows, as earlier reports said)
        total = last and n > 0 and (n == 2 or found["word"] == "評価")
        parts.append((found["word"], part, TOTAL if total else GROUPS))
    if any(word == "評価" for word, _phrase, _what in parts[:-1]):
        return None  # (「評価 7」 is only ever the last)
    whats = [what for _word, _phrase, what in parts]
    if whats.count(GROUPS) == 2:  # (the projects, then the items)
        parts[0] = (parts[0][0], parts[0][1], PROJECTS)
    return parts, countered


def _number(what: str, phrase: str, *, level: str = "", net: bool = False) -> StatedNumber:
    """``phrase``'s number (1,000 as one; 「2項目」's, 「実施内容 12件」's, 「A 2」's, 「達成度2が3」's
    last) as a number of ``what``."""
    value = int(re.findall(_COUNT, phrase)[-1].replace(",", ""))
    return StatedNumber(what, value, phrase, level=level, net=net)
