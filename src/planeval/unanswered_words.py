"""A policy's count sentence, and after it, where the plan holds items of the policy that no
department returned (ReadResult.unreturned_policies), the sentence that says so: the count
says what was counted, this what the plan holds beside it. It states only the items left out,
as 「…2件は…集計に含めていません」, which ``check`` reads as rows not counted (never a
count of this round that passes for the whole plan's, as 「3つの項目」 would)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from operator import attrgetter

from planeval.aggregate import Group
from planeval.count import Count
from planeval.count_sentence import counter_of, named_directions, policy_sentence
from planeval.item_groups import items_by
from planeval.model import Entry
from planeval.past_errors import BLANK_ROW, MISWRITTEN_ROW, CountedPast
from planeval.scale import Scale
from planeval.wording import Wording, counted, grouped

ANSWERED = "回答のあった"  # (「全86取組のうち回答のあった83取組」: check reads it as 集計＋未提出)
# (the sentences of rows left out said as one by earlier reports: 「…1件は、集計に含めていない
# ほか、…2件は、…」 — check reads them still; now one_sentence's)
JOINED = "ないほか、"
_LEFT_OUT = ("なお、このほか", "集計に含めていません。")
# a policy's items left out: (its projects with no row, its items' rows, why: "" for _WHY,
# and the items those rows are of where some is rated in rows of 細目: with_items)
PolicyUnreturned = tuple[int, int] | tuple[int, int, str] | tuple[int, int, str, int]
_WHY = "回答が提出されていない"  # (the department's: Submission.why)
# (no digit before 「集計」: check reads the number said before it as the rows left out)
MISSING_ROW = "回答に行がない"
# … or holds it split into rows of no item of the plan (cycle/split_items.py), labelled as
# validate's 提出状況 calls a reply with rows in error, not 未提出 (review 182 #1)
SPLIT_ROWS = "回答で行が分けて書かれている"
SPLIT_LABEL = "記入誤り"
ERRORS_SAID = MISWRITTEN_ROW.why  # (「評価の記入に誤りがある」: a row's error other than a blank)
# (a form of another year's, its rows not counted: cycle/submission.py's why, and a workbook
# of another year left out under --fiscal-year)
OTHER_ROUND = "回答が別の年度の調査票で提出された"
# (compare's fix for a department that answered last round only, this round read without the
# plan: its items ending a level would be missing unseen from this round's report — review 148 #4)
WITHOUT_PLAN = (
    "。回答がないまま今回の集計や報告書を作るときは、計画を --plan か planeval.toml の [plan] file で"
    "指定してください。計画がないと、{0}の最後の{1}がこの部署のものなら、それがないことは示されません"
)
OTHER_SCALE_SAID = "評価尺度が違う団体の行の"  # (its body left out whole: past_errors.OTHER_SCALE)
_EITHER = f"{ERRORS_SAID}か、{OTHER_SCALE_SAID}"
_EVERY = re.compile(r"(ため|は)集計(?=に含めていません。$)")
_EVERY_SAID = {"ため": "ため、いずれも集計", "は": "はいずれも集計"}


def label_aside(label: str) -> str:
    """A department's 提出状況 label (Submission.label) in brackets after the sentence saying
    why: 「（未提出）」; a label of its own bracket not nested in another, 「（未提出、令和2年度の
    調査票）」 — 「（未提出（令和2年度の調査票））」 read badly (review 183, left over)."""
    head, bracket, inner = label.partition("（")
    if bracket and inner.endswith("）") and "（" not in inner:
        return f"（{head}、{inner}"
    return f"（{label}）"


def table_levels(own: Iterable[tuple[Group, Sequence[Group]]]) -> set[tuple[bool, bool]]:
    """The levels ``own``'s bodies' tables have (a direction; rows that are the projects):
    bodies of two, 東海県's form 基本方針 › 施策 › 取組 and a town's own 基本方針 › 施策 › 取組 ›
    指標, have projects of two levels, counted by their rated rows (review 150 #9)."""
    return {(bool(directions), one.rows_are_projects) for one, directions in own}


def counted_sentence(
    group: Group,
    directions: Sequence[Group],
    scale: Scale,
    wording: Wording,
    own: Collection[tuple[Group, Sequence[Group]]],
    *,
    apart: tuple[Mapping[str, PolicyUnreturned] | None, CountedPast | None] = (None, None),
    marked: tuple[str, Count] | None = None,
) -> str:
    """count_sentence.policy_sentence of ``group`` (``own``: each body's policy and directions),
    followed by unanswered_sentence where ``apart``'s first (ReadResult.unreturned_policies)
    holds items of it, and where its second (left_out_items.counted_past) does: the plan's
    items no file returned has a row of, and the items read and left out for an error — each
    its own sentence, so that a reader adding them up knows what the plan holds. ``marked``:
    policy_sentence's (「（うち重点1件）」)."""
    unreturned, not_counted = apart
    bodies = [named_directions(*policy, wording) for policy in own]
    apart_levels = len(table_levels(own)) > 1
    # (a policy none of whose rows was counted: no count to state, only why — review 88)
    nothing = not group.count.total and not any(group.count.uncounted.values())
    sentence = (
        ""
        if nothing
        else policy_sentence(
            group,
            directions,
            scale,
            wording,
            bodies=bodies,
            levels_differ=apart_levels,
            marked=marked,
        )
    )
    besides = []  # (each 「なお、…」; the second and later 「また、…」, not なお after なお)
    if said := (unreturned or {}).get(group.id):
        besides.append(unanswered_sentence(said, wording, rows=group.rows_are_projects))
        if not nothing and said[0] and not group.rows_are_projects:
            sentence = _of_the_plan(sentence, group.projects, said[0], wording)
    left_out = left_out_sentences(not_counted, group.id, wording)
    besides += left_out if nothing else one_sentence(left_out)
    if nothing:  # (「この情報化政策の実施内容2件は、評価が記入されていないため…」: none counted)
        whole = [_none_counted(text, wording) for text in besides]
        if len(whole) == 1:  # (one reason: every row of the policy's, 「いずれも」)
            whole = [_EVERY.sub(lambda found: _EVERY_SAID[found[1]], whole[0])]
        if not whole:  # (left out by no count of the policy's: its rows listed say why)
            return f"この{wording.policy}の{wording.item_counted}は、いずれも集計に含めていません。"
        return "".join(text if n == 0 else "また、" + text for n, text in enumerate(whole))
    return said_after(sentence, besides)


def _of_the_plan(sentence: str, projects: int, unread: int, wording: Wording) -> str:
    """A policy's ``sentence`` whose first number counts its ``projects`` with a row counted,
    said as a part of the plan's where ``unread`` more have none (their department's form not
    sent, or of another year): 「5つの計画事業のうち回答のあった4つの計画事業に取り組みました」,
    as the whole plan's sentence says it, not 「4つの計画事業に…」 of a policy of 5 (review
    178 #9)."""
    said = counted(projects, wording.project_counted, counter_of(wording.project_counted, wording))
    at = sentence.find(said)
    if at < 0 or sentence.find(ANSWERED) >= 0:
        return sentence  # (its first number not the projects': 「7つの指標を評価しました」)
    told = part_told(projects, projects + unread, wording.project_counted, wording, whole_said="")
    return sentence[:at] + told + evaluated(sentence[at + len(said) :])


def part_told(
    part: int,
    whole: int | None,
    word: str,
    wording: Wording,
    *,
    answered: str = ANSWERED,
    whole_said: str = "全",
) -> str:
    """「全6施策のうち回答のあった5施策」: the ``part`` of ``whole`` ``word``s a count sentence
    counted, where the plan holds more (a department's reply missing); ``whole`` None: not
    known, 「回答のあった5施策」; ``whole_said``: 「全」 of the plan's, "" of a policy's
    (「2施策のうち回答のあった1施策」), in the counter every count sentence says ``word`` in
    (count_sentence.counter_of: 「全6施策」, not 「全6つの施策」 — review 189 #6)."""
    counter = counter_of(word, wording)
    said = counted(part, word, counter)
    if whole is None:
        return answered + said
    return f"{whole_said}{counted(whole, word, counter)}のうち{answered}{said}"


def evaluated(rest: str) -> str:
    """``rest`` (a count sentence after its first number) with its first sentence's verb said as
    what is known, 「…について評価しました」, where a department's reply is missing: not 「回答の
    あった5施策に取り組みました」, read as the city taking on 5 of its 6 (review 189 #6); a verb
    of evaluating kept (「…を評価しました」「…の7つの指標を評価しました」)."""
    cut = rest.find("。")
    clause = rest if cut < 0 else rest[:cut]
    return rest if "評価" in clause else "について評価しました" + rest[len(clause) :]


def one_sentence(texts: Sequence[str]) -> list[str]:
    """The sentences of rows left out (left_out_sentences: 「なお、このほか…集計に含めていません。」)
    said once as 「このほか」, the second and later 「また、…」: 「なお、このほか計画にない行1件は、
    集計に含めていません。また、事業1件は、評価が記入されていないため集計に含めていません。」 —
    not each 「また、このほか…」 (review 178 #9), nor 「…1件は、集計に含めていないほか、事業1件は、
    …」, no Japanese (review 203 #1); ``check`` reads each sentence's number with its reason."""
    opening, ending = _LEFT_OUT
    if len(texts) < 2 or not all(t.startswith(opening) and t.endswith(ending) for t in texts):
        return list(texts)
    return [texts[0] + "".join("また、" + text.removeprefix(opening) for text in texts[1:])]


def said_after(sentence: str, besides: Sequence[str]) -> str:
    """``sentence`` and each of ``besides`` after it, the second and later 「また、…」."""
    return sentence + "".join(
        text if n == 0 else text.replace("なお、", "また、", 1) for n, text in enumerate(besides)
    )


def left_out_sentences(
    not_counted: CountedPast | None, policy: str | None, wording: Wording
) -> list[str]:
    """The sentences (「なお、このほか施策1件は、評価が記入されていないため集計に含めていません。」)
    of ``policy``'s items the count left out (``not_counted``: the run's CountedPast): no row in
    any file, another year's workbook, no item of the plan, its rating blank, another error
    (past_errors.LEFT_OUT_ROWS: no 「エラー」 in a public document, review 186 #3); ``policy`` None: the
    whole plan's, each summed — said after its sentence as after each policy's, not 「29の施策
    に取り組みました」 alone of a plan of 30 (review 175 #4)."""
    past = not_counted if not_counted is not None else CountedPast()  # (falsy, plan_missing)

    def of(pairs: Iterable[tuple[str, int]]) -> int:
        return sum(n for key, n in pairs if policy is None or key == policy)

    besides = []
    if missing := of(past.missing):
        besides.append(unanswered_sentence((0, missing, MISSING_ROW), wording, rows=True))
    errors = of(past.policies)
    # (a workbook of another year left out, --fiscal-year: said so, not as errors — review 82;
    # as the plan's unreturned items say it, no year named: check would take the paragraph's
    # numbers for that year's)
    if dated := of(past.years):
        errors -= dated
        counted = f"{wording.item_counted}{grouped(dated)}件"
        # (in a roll-up the bodies whose workbook it was, 「大町市の」: a municipality has no
        # 所管部 of the prefecture's — review 83b —, and no filing reason published of a body,
        # 「…の回答が別の年度の調査票で提出されたため」 the clerk's: review 204 #5)
        bodies = (b for key, of_key in past.year_bodies if policy in (None, key) for b in of_key)
        if who := "、".join(dict.fromkeys(bodies)):
            besides.append(f"なお、このほか{who}の{counted}は、集計に含めていません。")
        else:
            why = f"{wording.who_answers}の{OTHER_ROUND}"
            besides.append(f"なお、このほか{counted}は、{why}ため集計に含めていません。")
    if outside := of(past.outside):  # (no item of the plan: review 88)
        errors -= outside
        besides.append(f"なお、このほか計画にない行{grouped(outside)}件は、集計に含めていません。")
    if blanks := of(past.blanks):  # (its rating left blank: 「集計中」 beside it, review 186 #3)
        errors -= blanks
        counted = f"{wording.item_counted}{grouped(blanks)}件"
        besides.append(f"なお、このほか{counted}は、{BLANK_ROW.why}ため集計に含めていません。")
    if errors > 0:
        counted = f"{wording.item_counted}{grouped(errors)}件"
        scaled = of(past.scales)  # (a body's rows in another scale)
        why = ERRORS_SAID if not scaled else OTHER_SCALE_SAID if scaled == errors else _EITHER
        besides.append(f"なお、このほか{counted}は、{why}ため集計に含めていません。")
    return besides


def _none_counted(text: str, wording: Wording) -> str:
    """A sentence of rows left out (「なお、このほか…」) said of a policy none of whose rows was
    counted: of 「この情報化政策の」 rows, with nothing counted for it to follow — the number,
    the reason and 「集計に含めていません」 as check reads them."""
    own = f"この{wording.policy}"
    for opener, said in (
        ("なお、計画にはこのほか", f"{own}には"),
        ("なお、このほか計画の", f"{own}の"),
        ("なお、このほか", f"{own}の"),
    ):
        if text.startswith(opener):
            return said + text.removeprefix(opener)
    return text


def reasons_said(whys: Iterable[str]) -> str:
    """Why a policy's items were not counted, where its departments differ, each said as it is
    (review 184 #4: an .xls, last year's form and a real non-answer were all 「回答が提出されてい
    ない」): 「回答が読めない形式のファイルで提出されたか、別の年度の調査票で提出されたか、提出さ
    れていない」; "" where every one sent nothing (_WHY), one reason alone as it is."""
    said = [why or _WHY for why in dict.fromkeys(whys)]
    if said == [_WHY]:
        return ""
    lead = said[0].startswith("回答が")
    return "か、".join(
        why.removeprefix("回答が") if at and lead else why for at, why in enumerate(said)
    )


def unanswered_sentence(said: PolicyUnreturned, wording: Wording, *, rows: bool) -> str:
    """``said``: (the policy's projects in the plan with no row read, the items unreturned,
    and why where not _WHY: 「回答が別の年度の調査票で提出された」):
    「なお、計画にはこのほか所管部の回答が提出されていない項目があり、その指標2件は集計に含め
    ていません。」; where every project has rows, or a row is its own project (``rows``),
    「なお、このほか計画の指標2件は、所管部の回答が提出されていないため集計に含めていません。」
    (所管部: [wording] department, 所管局 where the body calls it so); items rated in rows of
    細目 (``said``'s fourth: with_items) counted as items, their rows said (items_said)."""
    unread, rows_of = said[0], said[1]
    why = wording.who_answers + "の" + (said[2] if len(said) > 2 and said[2] else _WHY)
    items = said[3] if len(said) > 3 else rows_of
    counter = entries_counter(wording)
    item = wording.item if counter == wording.item else wording.item_counted
    counted = items_said(item, items, rows_of, wording.sub_item, spaced=False, counter=counter)
    if unread and not rows:
        project = wording.project_counted
        return f"なお、計画にはこのほか{why}{project}があり、その{counted}は集計に含めていません。"
    return f"なお、このほか計画の{counted}は、{why}ため集計に含めていません。"


def with_items(
    policies: Mapping[str, PolicyUnreturned] | None, rows: Sequence[Entry]
) -> dict[str, PolicyUnreturned] | None:
    """Each policy's items left out (ReadResult.unreturned_policies, which counts their rows)
    with how many items ``rows`` (ReadResult.unreturned_rows) are of: 2 of 生涯学習部's 4 rows,
    one item rated in 3 細目 (review 184)."""
    if policies is None:
        return None
    items = items_by(rows, attrgetter("policy_id"))
    return {
        policy: (said[0], said[1], said[2] if len(said) > 2 else "", items.get(policy, said[1]))
        for policy, said in policies.items()
    }


def items_said(
    item: str, items: int, rows: int, sub_item: str, *, spaced: bool = True, counter: str = "件"
) -> str:
    """「実施内容 2 件」, and where those items are rated in more rows, of 細目, the rows after
    it: 「実施内容 2 件（細目に分けた行は 4 行）」 — the items as a direction's caption counts them
    (「ほかに未提出 2」), the rows as 集計's table would (review 184: 「実施内容 4 件」 said of 2);
    ``check`` reads the number before the bracket (number_context.NOT_COUNTED_AFTER). In the
    ``counter`` of the entries (entries_counter): 「6指標」 where it is the item's own word
    (東浜名市's 指標, not 「指標 6 件」: review 200 #4)."""
    gap = " " if spaced else ""
    if counter == item:
        said = f"{grouped(items)}{item}"
    else:
        said = f"{item}{gap}{grouped(items)}{gap}{counter}"
    return f"{said}（{sub_rows(rows, sub_item, spaced=spaced)}）" if rows > items else said


def sub_rows(rows: int, sub_item: str, *, spaced: bool = True) -> str:
    """「細目に分けた行は 4 行」: the rows some items are rated in, one per 細目."""
    gap = " " if spaced else ""
    return f"{sub_item}に分けた行は{gap}{grouped(rows)}{gap}行"


def entries_counter(wording: Wording) -> str:
    """The counter the issue list's entries, and a table caption's statuses (「A 7指標」, not
    「15指標（A 7件…）」: review 197 #4), are counted in: the count sentences' (status_count:
    北河内市's 「…(A)が6個」, so 「一覧は5個です」 — not 件 beside them, review 193 #10), else the
    body's own (件, 事業); 件 for Setagaya's つ (「25つ」 is no Japanese) or a thing's name not
    the entries' (施策 of 事業 listed)."""
    said = _COUNTER.match(wording.status_count.partition("{n}")[2])
    counter = said[0] if said else wording.counter
    if counter in ("", "つ") or (counter in _THINGS and counter != wording.item):
        return "件"
    return counter


_THINGS = frozenset({"事業", "施策", "指標"})  # (counters that name a thing: wording.counted)
_COUNTER = re.compile(r"[^\s\d{}()（）「」、。,.]+")  # (the word after {n}: 「個」 of 「{n}個」)
