"""planeval's own caption of a direction's table (report/text_export.direction_caption) read
back out of a report (``check``): 「事業 3・実施内容 3（内訳 A 2、C 1）」, 「計画事業 2・実施内容 9・
達成状況 7（内訳 ○ 6、△ 1。ほかに再掲 2）」 (earlier reports' 「評価 7」), 「実施内容 16（内訳 達成度1が2、
達成度2が3）」 (earlier reports' 「「1」が2」 and 「1が2」 too) — the projects, the items, the rated rows where they are not the items,
each counted status the rows hold and each uncounted one, the items of a department that
returned nothing (「ほかに未提出 4」) and the rows left out for their errors (「未集計（エラー） 1」). Its one counter word is the rated rows' (「評価した実施内容と細目：16件」), so
this reading stands for the paragraphs' (stated_numbers.py): it reads it whole or not at all (caption_counts.py compares it
with the rows)."""

from __future__ import annotations

import re

from planeval.error_rows import ERROR_ROW
from planeval.scale import Scale
from planeval.scale_words import normalised
from planeval.stated_number import GROUPS, IN_ERROR, NOT_COUNTED, PROJECTS, TOTAL, StatedNumber

UNRETURNED = "未提出"  # (「ほかに未提出 4」: the items of a department that returned nothing)
_IN_ERROR = normalised(ERROR_ROW)  # (as the caption is compared: 「未集計(エラー)」)

_COUNT = r"\d{1,3}(?:,\d{3})+|\d+"  # (grouped: 1,000)
_CAPTION = re.compile(
    rf"^(?:(?P<projects_word>[^\d()、。]+?) (?P<projects>{_COUNT})・)?"
    rf"(?!評価 \d)(?P<items_word>[^\d()、。]+?) (?P<items>{_COUNT})"
    rf"(?:・(?P<rated_word>[^\d()、。・:]+?)(?: |(?P<colon>:))(?P<rated>{_COUNT})"
    rf"(?(colon)[^\d()、。・:\s]{{1,3}}))?(?:\((?P<inner>.+)\))?$"
)  # (the rated rows as a public document counts them, 「評価した実施内容と細目：16件」, review
# 152 #12 — earlier reports' 「評価した実施内容と細目 16」 too; no breakdown only after such a count)
# one status of the breakdown: 「A 2」, a symbol that is a number 「「1」が2」 (「1が2」 as
# earlier reports said it), a label 「再掲 2」
_PART = re.compile(rf"^(?:「(?P<quoted>[^」]+)」が|(?P<name>.+?)(?: |が))(?P<n>{_COUNT})$")
_WORDED_DIGIT = re.compile(r"^[^\d]+?(?P<symbol>\d+)$")
_NUMBERS = ("projects_word", "projects", "items_word", "items", "rated_word", "rated")
_ESCAPED = re.compile(r"\\(.)")  # (Markdown's escapes: 「\*」)
# planeval's lead of its issue list, 「…と評価された事業。一覧は3件です。」 (report/text_export.
# issues_caption): its number counts the list's entries, no policy's (earlier reports' 「一覧は
# 3 行です」 too)
_ISSUE_LEAD = re.compile(rf"。一覧は ?(?P<n>{_COUNT}) ?[^\d\s、。]{{1,4}}です。$")


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
    plain = normalised(_ESCAPED.sub(r"\1", text)).strip()
    found = _CAPTION.match(plain)
    if found is None or (found["inner"] is None and not found["colon"]):
        return []
    parts = {key: found[key] for key in _NUMBERS}
    if item and not parts["rated"] and (parts["projects_word"] or "").strip() == item:
        parts["rated_word"], parts["rated"] = parts["items_word"], parts["items"]
        parts["items_word"], parts["items"] = parts["projects_word"], parts["projects"]
        parts["projects_word"] = parts["projects"] = None
    numbers = []
    if parts["projects"]:
        numbers.append(_number(PROJECTS, f"{parts['projects_word']} {parts['projects']}"))
    items = (parts["items_word"] or "").strip()
    numbers.append(_number(GROUPS, f"{items} {parts['items']}", level=items))
    if parts["rated"]:
        numbers.append(_number(TOTAL, f"{parts['rated_word']} {parts['rated']}", net=True))
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
            if name and name.startswith(UNRETURNED) and names is uncounted:
                numbers.append(_number(NOT_COUNTED, words))  # (a department's items 未提出)
                continue
            if name == _IN_ERROR and names is uncounted:  # (review 149 #2: read as no caption)
                numbers.append(_number(IN_ERROR, words))
                continue
            if name not in names:
                return []
            numbers.append(_number(names[name], words))
    return numbers


def _number(what: str, phrase: str, *, level: str = "", net: bool = False) -> StatedNumber:
    """``phrase``'s number (its last word, 1,000 as one) as a number of ``what``."""
    value = int(re.split(r"[ が]", phrase)[-1].replace(",", ""))
    return StatedNumber(what, value, phrase, level=level, net=net)
