"""The text around a number a report states (for ``check``): the patterns of the words before
and after it that tell what it counts (「全」「のうち」「を除く」「について評価」, a status's
title, a sub-count's 「うち」, a share's 「全体の」), the phrase it stands in (up to the nearest
、 or 。) and the rows planeval's own rounding note names. Apart from stated_numbers.py, whose
read_numbers asks them number by number, so that its run of decisions reads without them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from planeval.scope_words import COUNTERS, LEVEL_WORDS
from planeval.stated_number import StatedNumber

GROUPS_AFTER = re.compile(r"^\s*(?:について|を|に|で|から)")  # (「3施策について」「3施策を」)
EVALUATED_AFTER = re.compile(  # (the items rated: 「7事業について評価を行い」「63事業を評価しました」;
    # several bodies' rows summed, 「延べ874の調査項目を集計しました」: count_sentence.py; 「20施策
    # すべてについて評価を行いました」, as 「全20施策について」: review 192 #5)
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:すべて|全て)\s*)?(?:について|を|に)\s*(?:[、,]?[^。、,]{0,16}?)?(?:評価|取り組|取組|実施し|掲載|進め|推進し|設定し|設け|集計しま)"
)
# (「61.3%から68.2%に」: the second what the first was; 「7件（うち重点4件）から8件」 too)
FROM_TO = re.compile(r"[）)]?\s*から\s*")
WITHOUT = re.compile(r"\s*を\s*除(?:く|いた)\s*")  # (「D 2指標を除く20指標」: the rest's total)
NOT_COUNTED_AFTER = re.compile(  # (rows not counted: 「なお、…の2指標は、…集計していません」;
    # 「環境局の2事務事業は回答がなかったため評価していません」, 評価 after a reason — review 147 #8d)
    # (「実施内容 2 件（細目に分けた行は 4 行）は」: the items, their rows bracketed — review 184)
    r"^\s*(?:\([^()\d]*\d[\d,]*\s*行\)\s*)?(?:は|が|を|も|については)\s*[、,]?[^。\d]{0,40}?"
    r"(?:集計|計上|数え|(?<=ため)評価)"
    r"[^。\d()]{0,12}?(?:ません|ない|除い|除外|対象外)"  # (not 「集計しました（うち対象外…）」)
)
# planeval's own note under a table of shares (CountTable.share_note): 「合計が100.0にならない行…」
_SHARE_NOTE = re.compile(  # (a body named with why inside: 「飛騨市(一部未集計) は 100.1%」)
    r"合計が\s*100(?:\.0+)?\s*にならない行があります\s*\(((?:[^()]|\([^()]*\))*)\)"
)
_NOTED_ROW = re.compile(r"(?:^|、)\s*(?P<row>[^、]+?)\s*は\s*(?=\d)")
# a number that ends a name: あいちITプラン2025, DX推進ビジョン2030 (a year, not a count)
_NAME_BEFORE = re.compile(r"[A-Za-zァ-ヶー]$")
SUB_COUNT = re.compile(r"うち\s*(?P<what>[^\s「『\d(、。,]+?)\s*(?:は|が|の|:)?\s*$")
# 「9項目のうち達成が3項目」, 「全63の事業のうち回答のあった50の事業」: no sub-count (review 203 #1)
OF_TOTAL = re.compile(rf"\d\s*(?:つ?の\s*)?(?:{COUNTERS})\s*の\s*$")
# a total of the rows a column marks, the rest of its sentence of them: 「重点事業18事業のうち、
# 「4」の事業は6事業」 (review 80: read as the whole plan's 18 and 6)
# 「うち重点の事務事業13事業のうち」 too, a sentence's lead (not 「（うち重点6事業）のうち」, a
# sub-count of the total before it): 重点's rows, the body's word for them after の (review 115)
MARKED_BEFORE = re.compile(
    r"(?:^|[^\w]|(?:^|(?<=[、。,\s]))うち)(?P<what>重点[^\s\d「」()、。,のはがで]*)"
    r"(?:\s*の\s*[^\s\d「」()、。,のはがで]{1,8})?\s*\(?\s*$"
)
OF_AFTER = re.compile(
    r"\s*\)?\s*の\s*(?:うち|内訳)"
)  # (「重点事業（10事業）のうち」「重点8事業の内訳は」)
# … and the subject of its own sentence: 「重点事業は２件です」「基本政策Ⅲの重点事務事業は2件」
# 「重点事務事業は全部で12件」 (review 147 #1: the marked rows' total, not all the rows')
MARKED_TOPIC = re.compile(
    r"(?:^|(?<=[^\w])|(?<=の))(?P<what>重点[^\s\d「」()、。,のはがで]*)"
    r"\s*(?:は|が|:)\s*(?:全部で|全体で|合わせて|合計で?|計)?\s*$"
)
# … and one without a number of its own: 「重点事業のうち、「3」の事業は5事業」 (review 84),
# 「重点事業では、」「うち重点の事業では」「重点事業の達成度をみると」「重点事業の達成度3は」 (review 192 #1:
# compared with all the rows, a wrong 6 of every row passed)
MARKED_SCOPE = re.compile(
    r"(?:(?<!\w)|(?<=うち))(?P<what>重点[^\s\d「」()、。,のはがで]*)"
    r"(?:\s*の\s*うち|(?:\s*の\s*[^\s\d「」()、。,のはがで]{1,8})?\s*(?:で|において|について)\s*は"
    r"|\s*の\s*[^()、。,]{1,12}?\s*(?:は|を\s*(?:み|見)(?:ると|ますと)|について))"
)
TOTAL_BEFORE = re.compile(
    r"(?:全|延べ|実質|除く|除いた|合計|総数|計|総計)\s*(?:は|が|で|:)?\s*$"
    r"|(?:事業|項目|指標|KPI|施策|件|対象|計画|取組|取組み|取り組み|プラン)\s*(?:は|が|で|:)?\s*$"
    r"|」\s*(?:は|が|:)\s*$"
    # (the plan's items: 「本計画に掲げる28指標の令和9年度の評価結果は」, review 158 #3)
    r"|計画(?:\([^()]*\))?\s*(?:に|で)\s*(?:掲げ|定め|位置付け|設定し)(?:る|た|ている|られた)?\s*$"
)
STRONG_TOTAL = re.compile(r"(?:実質|除く|除いた)\s*(?:は|が|で|:)?\s*$")
# a fiscal year a sentence names between a total and its topic: 令和6年度, 令和6年度（2024年度）,
# 2024年度, R6年度 (its own numbers no count: review 186 #1)
_YEAR = (
    r"(?:(?:令和|平成|R)\s*(?:元|\d{1,2})|\d{4})\s*年度"
    r"(?:\s*\(\s*(?:(?:令和|平成|R)\s*(?:元|\d{1,2})|\d{4})\s*年度?\s*\))?"
)
# 「36指標の評価は」, 「36指標の令和6年度の評価は」: what the sentence goes on to say of the total
TOPIC_AFTER = re.compile(
    rf"^\s*(?:の\s*(?:{_YEAR}\s*の?\s*)?[^\s、。,\d「」()]{{1,12}}?\s*)?(?:では|は|について)"
)
# "Aが22施策（44.9%）", "「ほぼ目標どおり」が6事業で、全体の66.7%": the share of that status
SHARE_AFTER_COUNT = re.compile(  # (and 「5施策が「計画どおり完了」（83.3%）」: review 48)
    r"\s*\(\s*|\s*(?:で|であり|と)?\s*[、,(]?\s*(?:計画全体|全体|総数|合計|評価した[^\s、。,\d「」()]{0,8}?)"
    r"\s*の\s*(?:うち\s*)?|\s*(?:で|であり)\s*[、,]?\s*"  # (「19指標で、39.6%」: review 58)
    r"|\s*(?:が|は)\s*[「『][^「」『』\d]+[」』]\s*\(\s*"
)
PERCENT_OF_TOTAL = re.compile(r"(?:合計|総計|計|全体)\s*(?:は|が|で|:)?\s*$")
# a status's title before a number that is a symbol of the scale (川崎市's 達成度1–5)
_STATUS_TITLE_BEFORE = re.compile(r"(?:達成度|評価|ランク|判定|点検結果|評点|段階|レベル)\s*$")
_SUBJECT_BEFORE = re.compile(r"(?:が|は)\s*$")
SAME_CLAUSE = re.compile(r"[^\d、。,]*$")  # (between two numbers of one clause)
# 「2指標減少し、15指標となりました」: the number a change came to, after it in the sentence
CHANGED_THEN = re.compile(r"[^\d、。,]{0,8}[、,]\s*")
BECAME = re.compile(r"^\s*(?:と|に)\s*な(?:り|っ|る)")
BREAKDOWN_AFTER = re.compile(r"^\s*\([^()]*\d")  # (「16件（◎ 4、○ 6）」: a total, not 16 ◎)


def no_count(
    before: str, number: str, unit: str, symbols: Collection[str], *, level: str = ""
) -> bool:
    """Whether a number (``number`` as typed, without its commas; ``unit`` its counter) after
    ``before`` is no count: a note's own (「※1 取組状況は…」, review 133), a year ending a name
    (「あいちITプラン2025」), a status's digit after its title (「達成度2の施策」: review 66), a
    group's number (「基本目標2の取組14件のうち」: 14 counts, review 88; ``level``: the top
    level's word), or one with no counter that is no subject's nor a sub-count's (「Aが43（68.2%）」
    「3施策（うち重点2）」 are read; a table's 「3（42%）」 is not)."""
    if before.rstrip().endswith(("※", "*")):
        return True
    year = len(number) == 4 and number[:2] in ("19", "20")
    if (year and _NAME_BEFORE.search(before)) or (
        number in symbols and _STATUS_TITLE_BEFORE.search(before)
    ):
        return True
    if unit.startswith("の") and before.rstrip().endswith(group_names(level)):
        return True
    return not unit and not _SUBJECT_BEFORE.search(before) and not SUB_COUNT.search(before)


def group_names(level: str) -> tuple[str, ...]:
    """The words a number right after names a group (基本目標2), not counts: the levels'
    words, and the body's top level's (``level``) where it has one."""
    return (*LEVEL_WORDS, level) if level else LEVEL_WORDS


def in_sentence(
    found: Sequence[tuple[int, int, StatedNumber, bool]], plain: str, at: int
) -> list[StatedNumber]:
    """The numbers read so far in the sentence that ``at`` stands in."""
    start = plain.rfind("。", 0, at)
    return [number for begin, _end, number, _strong in found if begin > start]


def sentence_end(plain: str, at: int) -> int:
    """Where the sentence of ``plain`` a number ending at ``at`` stands in ends: at its 。,
    else at the text's end."""
    stop = plain.find("。", at)
    return len(plain) if stop < 0 else stop


def noted_rows(plain: str) -> dict[int, str]:
    """Where each number of planeval's rounding note in ``plain`` starts → the row it names."""
    rows = {}
    for note in _SHARE_NOTE.finditer(plain):
        for row in _NOTED_ROW.finditer(note[1]):
            rows[note.start(1) + row.end()] = row["row"].strip()
    return rows


# a clause's end: 、 。 or a comma that is no thousands separator (7,154's: review 97)
_CLAUSE_END = re.compile(r"[、。]|,(?!(?<=\d,)\d{3}(?!\d))")
# where words start inside a clause: after a bracket or a quote mark (「」『』（）, as NFKC made them)
_WORD_START = re.compile(r"[()「」『』]\s*")


def phrase_of(plain: str, start: int, end: int) -> str:
    """The words a number stands in, up to the nearest 、 or 。 either side (at most 30 chars
    after it; before it, the clause's start within 60, else a bracket's or a quote's within 30
    — never mid-word: review 189 #1 quoted 「ち重点4件）から…」)."""
    lead = max(0, start - 60)
    left = max((found.end() for found in _CLAUSE_END.finditer(plain, lead, start)), default=-1)
    if left < 0 and lead:
        near = _WORD_START.search(plain, start - 30, start)
        left = near.end() if near else start - 30
    left = max(left, 0)
    stop = _CLAUSE_END.search(plain, end)
    right = min(stop.start() if stop else len(plain), end + 30)
    return plain[left:right].strip()
