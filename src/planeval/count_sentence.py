"""A policy's count sentence, in the body's words (wording.py): its directions named, how many
projects and items it holds, and the count of each status.

The count sentence in the seed's own wording (line 564):

    「1-1 …」「1-2 …」として、5つの計画事業に取り組みました。個別の実施内容ごとの達成状況は、
    計画を上回る実施4件、計画どおり実施12件、内容を一部修正して実施6件でした。
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from planeval.counter_words import level_counter
from planeval.ids import name_gap
from planeval.lazy_pattern import LazyPattern
from planeval.legend_labels import short_label
from planeval.wording import DEFAULT_WORDING, Wording, counted, filled, grouped

if TYPE_CHECKING:
    from planeval.aggregate import Group
    from planeval.count import Count
    from planeval.scale import Scale


def named_directions(
    policy: Group, directions: Sequence[Group], wording: Wording = DEFAULT_WORDING
) -> str:
    """「1-1 窓口のデジタル化」「1-2 …」: a policy's directions as its sentence names them, in
    ID order, numbered as the body typed them (「1.1 …」); directions with no name of their own
    by their level's word, 「取り組みの方向性「1-1」「1-2」」 (bare quoted numbers read as
    nothing; quoted, check still finds the policy they are of); the policy itself where it has
    no direction, by its level's word and number, then its name quoted, as a clerk names it:
    「基本目標Ⅰ「県民サービスのデジタル化」」 (its name alone quoted read as a slogan, review
    105 #9b; a policy of no name began 「として、」, review 66)."""
    if directions and not any(d.name for d in directions):
        return wording.direction + "".join(f"「{d.shown_id}」" for d in directions)
    # (「（2）民間委託等の推進」 as typed and as its heading says it: ids.name_gap, review 125 #11)
    shown = (f"{d.shown_id}{name_gap(d.shown_id)}{d.name}".strip() for d in directions)
    if named := "".join(f"「{t}」" for t in shown if t):
        return named
    return f"{wording.policy}{policy.shown_id}" + (f"「{policy.name}」" if policy.name else "")


def policy_sentence(
    policy: Group,
    directions: Sequence[Group],
    scale: Scale,
    wording: Wording = DEFAULT_WORDING,
    *,
    bodies: Sequence[str] = (),
    levels_differ: bool = False,
    marked: tuple[str, Count] | None = None,
) -> str:
    """The count sentence of one policy, its directions named in ID order (the policy itself
    where it has no named direction). ``marked``: the policy's rows a column marks (its
    SubCounts.label, 「うち重点」, and their count), each status's said after its count as the
    body publishes it, 「目標を上回って達成2件（うち重点1件）」 (none where none is marked:
    review 147 #6). ``bodies``: with several bodies, each one's own
    directions as named_directions names them; when they differ, no body's are named for
    all — 「3団体それぞれの取り組みの方向性」 (「…の計画」 where none has one) —; when the same,
    how many bodies the counts are of: 「12団体の「1-1 窓口」」 (one body's, read otherwise).
    ``levels_differ``: the bodies' tables have other levels (some a direction, some none), so
    their projects are not of one level: the sentence counts the rated rows every table has,
    「28団体それぞれの計画では、延べ124の取組（KPI）を集計しました」 (review 150 #9: 「延べ75の
    施策」 added one form's 施策 to another's 取組, a number no reader could take apart)."""
    quoted, level = named_directions(policy, directions, wording), wording.direction
    if len(set(bodies)) > 1:
        own = level if directions and not levels_differ else "計画"
        quoted = f"{grouped(len(bodies))}団体それぞれの{own}"
    elif len(bodies) > 1:
        quoted = f"{grouped(len(bodies))}団体の{bodies[0]}"
    elif bodies:
        quoted = bodies[0]

    by_symbol = "{symbol}" in wording.status_count  # (浜松市's 「{symbol}評価が{n}指標」)

    def aside(symbol: str, count: int) -> str:  # (「評価できないものが1指標」, not 「－評価が…」)
        label, unit = short_label(scale, symbol), wording.status_count.partition("{n}")[2]
        return f"{label}{'もの' if label[-1:] in 'いたるすず' else ''}が{grouped(count)}{unit}"

    phrases = wording.status_count.startswith(_GLUED) and said_as_phrases(scale)

    def count_of(symbol: str, count: int) -> str:
        label = short_label(scale, symbol)
        template = wording.status_count
        if phrases:  # (「「次年度以降計画を見直す」が2件」, not 「…見直す2件」: review 92)
            template = "「{label}」が" + template.removeprefix("{label}")
        if template.startswith(_GLUED) and (cell := wording.status_shown(symbol, scale)) != symbol:
            # (word and letter together as the cells write them: 「達成Aが3指標」, not 「達成3指標」
            # of a table of 達成A — review 140 #7)
            template, label = "{label}が" + template.removeprefix("{label}"), cell
        things = thing(label)
        if label in ("", symbol):  # (評価対象外 is its own label: said once, as Scale.named)
            template, label, things = _SAID_BESIDE.sub("", template), symbol, symbol
        elif "{symbol}" not in template and any(map(str.isdigit, label)):  # (a threshold:
            label = f"{symbol}（{label}）"  # 「B（80%以上100%未満）1件」, not 「80%以上…1件」)
        elif "{symbol}" in template and not symbol.isalnum():  # (名古屋市's counted -: 「事業が
            symbol = f"{label}（{symbol}）"  # 中止となったもの（-）が1事業」, not 「-が1事業」)
        said = filled(template, label=label, symbol=symbol, n=grouped(count), thing=things)
        if marked and (among := marked[1].counts.get(symbol, 0)):
            said += f"（{marked[0]}{grouped(among)}{wording.status_count.partition('{n}')[2]}）"
        return said

    said = [
        count_of(symbol, count)
        for symbol, count in policy.count.counts.items()
        if count or scale.status(symbol).in_narrative == "always"
    ] or [count_of(symbol, 0) for symbol in policy.count.counts]  # (none used: each its 0)
    # rows not counted that are no repeat listing (長与町's − 評価できない) are a result too
    besides = [
        aside(symbol, count) if by_symbol and not symbol.isalnum() else count_of(symbol, count)
        for symbol, count in policy.count.uncounted.items()
        if count and symbol != scale.repeat_symbol
    ]
    template = wording.sentence
    if not directions:  # (the policy itself: 「基本目標Ⅰ「…」では、」, not 「…として、」)
        template = template.replace("{directions}として", "{directions}では")
    elif "{directions}では" in template and not bodies and (policy.shown_id or policy.name):
        # (what is counted under the policy's heading is the policy: 「基本目標1「…」では、5つの
        # 項目の11の指標を評価しました」, not a list of its 施策 — review 186 #4; 「…として、」
        # names the directions taken, as the seed's sentence does)
        quoted = named_directions(policy, (), wording)
    if policy.rows_are_projects:  # (the indicators' own groups: 「7つの指標を評価しました」)
        template = template.replace("{projects}の{items}", "{items}")
    if levels_differ and len(bodies) > 1:  # (projects of two levels: the rated rows counted)
        template = template.replace("{projects}の{items}", "{items}").replace(
            "{projects}", "{items}"
        )
    if wording.status.startswith(wording.item):  # (the status says it alone, as Wording.by:
        template = template.replace("{item}ごとの{status}", "{status}")  # not 指標ごとの指標の評価)
    # several bodies' rows are each body's own: the sentence's first number said as a sum over
    # them, 「24団体の…では、延べ144の取組を集計しました」 (six 取組 in each body, not 144 取組) —
    # of those with a counted row, the rest said after the counts (「ほかに対象外20件」): not
    # 「延べ894の調査項目に取り組みました」 of answers 対象外 or 未着手 (review 125 #1)
    numbers = [key for key in ("{projects}", "{items}") if key in template]
    said_first = min(numbers, key=template.find, default="")
    many = {said_first: "延べ"} if len(bodies) > 1 else {}
    if many and (summed := _TOOK_ON.sub(r"\1を集計しました", template)) != template:
        template = summed.replace("{directions}として", "{directions}では")
    # (the rows summed said once, 「延べ270の取組項目を集計しました。評価は、…」, not 「個別の取組
    # 項目ごとの評価は」 after it: review 193 #4; a row its own project counts in the rows' word)
    if many and (said_first == "{items}" or policy.rows_are_projects):
        template = template.replace("個別の{item}ごとの{status}は", "{status}は")
    summing = "評価" in template or "を集計しました" in template
    rated = policy.rated if summing and policy.rated is not None else None
    word = wording.item_counted if policy.rows_are_projects else wording.project_counted
    projects = counted(  # (「2つの項目の5つの指標を評価しました」: the projects rated, review 71)
        policy.projects if rated is None else rated, word, counter_of(word, wording)
    )
    return _PLAIN_VERB.sub(
        r"\1を進めました",
        filled(
            template,
            directions=quoted,
            policy=wording.policy,
            policy_name=policy.name,
            id=policy.shown_id,
            name=policy.name,
            projects=many.get("{projects}", "") + projects,
            items=many.get("{items}", "")
            + counted(policy.count.total, wording.item_counted, wording.counter),
            counts="、".join(said) + (f"（ほかに{'、'.join(besides)}）" if besides else ""),
            project=wording.project,
            item=wording.item,
            status=wording.status,
        ),
    )


def counter_of(word: str, wording: Wording) -> str:
    """The counter a count sentence counts ``word`` in: the project's word where it counts
    itself as ``check`` reads 川崎市's 「6施策の20事務事業」 (counter_words.level_counter) — in
    every sentence of the document, each policy's 「2施策に取り組みました」 beside the whole
    plan's 「全6施策のうち回答のあった5施策」, not 「2つの施策」 there (review 192 #7) —;
    the body's counter otherwise: 「3つの施策」 where 施策 is the rated rows' or the top
    level's word too (review 46: 「3施策」 would be read as either)."""
    own = (
        level_counter(word, wording.item, wording.policy) if word == wording.project_counted else ""
    )
    return own or wording.counter


def thing(label: str) -> str:
    """A status's label said as the things so rated, `status_count`'s {thing}: 「効果的なもの」
    (a word in 的), 「改善に向けた検討を要するもの」 (a clause, ending in a verb's or adjective's
    plain form), 「未実施のもの」 (a noun); a label saying it already as is (名古屋市's 「事業が
    中止となったもの」). 北河内市's 「効果的なもの(A)が21個」 is "{thing}({symbol})が{n}個"
    (review 148 #7: 「…を要するなもの」 was no Japanese)."""
    if label.endswith("もの"):
        return label
    if label.endswith("的"):
        return label + "なもの"
    return label + ("もの" if label[-1:] in _CLAUSE_ENDS | {"ず"} else "のもの")


def said_as_phrases(scale: Scale) -> bool:
    """Whether a count sentence quotes the scale's statuses, 「「計画どおり完了」が3件、
    「次年度以降計画を見直す」が2件」: where the cells hold the statuses' own words (each counted
    status's symbol is its label, 羽村市's) and one of them ends as a clause does, in a verb's
    or adjective's plain form (見直す, 遅れている, 達成できなかった) — a number glued to it,
    「見直す2件」, is no Japanese. A symbol with its label (◎ 計画どおり実施, A 達成) keeps
    Setagaya's 「計画どおり実施6件」, as do words that end as a noun (完了, 取組中). A bare mark
    among such words goes by its label (Scale.by_label), quoted as they are: 「「事業中止」が1件」
    (川瀬町's 「-」; it kept the phrases from being quoted: review 143 #7)."""
    counted = scale.counted
    own_words = all(scale.label(s) in ("", s) or scale.by_label(s) for s in counted)
    return own_words and any(symbol[-1:] in _CLAUSE_ENDS for symbol in counted)


# the last kana of a verb's or adjective's plain form (す of 見直す, た of 遅れた, い of 良い)
_CLAUSE_ENDS = frozenset("うくぐすつぬぶむるたいだ")
_GLUED = "{label}{n}"  # (a status_count saying the label and its number together)

# a symbol or label said in brackets beside the other: 「{label}（{symbol}）」
_SAID_BESIDE = LazyPattern(r"[（(]\{(?:symbol|label)\}[）)]")

# a sentence's claim of several bodies' rows, each body's own: 「{projects}に取り組みました」
_TOOK_ON = LazyPattern(r"(\{(?:projects|items)\})に取り組みました")

# 「5つの取組に取り組みました」 where a body calls its projects 取組: 「5つの取組を進めました」;
# a word holding it, 「63の取組み内容に取り組みました」, so (review 187 #3: 「…を進めました」)
_PLAIN_VERB = LazyPattern(r"(取り?組み?[\u3005\u4e00-\u9fff]*)に取り組みました")
