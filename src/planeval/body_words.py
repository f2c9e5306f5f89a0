"""What a count of bodies in a roll-up's text counts (a prefecture's report of its
municipalities' replies): the bodies asked (「県内29市町村のうち」「全29団体」) or those that
answered (「27市町村から回答」「回答団体数は27団体」「回答率93.1%」), read where the number
stands; body_counts.py compares them with the bodies read (--bodies, a roster)."""

from __future__ import annotations

import re

from planeval.scope_words import WHOLE_NUMBER
from planeval.stated_number import ANSWERED, BODIES

# the counters of bodies (団体, 市町村 …); check compares only the two counts below
COUNTERS = ("団体", "自治体", "市区町村", "区市町村", "市町村", "市町")
# (「27市町村から回答」「27団体が回答」「27団体から提出」; not 「実施と回答した」's, a status's)
_ANSWERED_AFTER = re.compile(
    r"^\s*(?:から|が|は)\s*(?:の\s*)?(?:回答|提出|報告)(?!\s*(?:が\s*)?(?:なく|なし|ない|ません))"
)
# (「回答団体数は27団体」「回答のあった団体は27団体」「回答は27市町村」; not 「…と回答した団体は」)
_ANSWERED_BEFORE = re.compile(
    r"(?<!と)(?:回答|提出)(?:の\s*あった|が\s*あった|した|済み?)?\s*"
    r"(?:団体|自治体|市区町村|区市町村|市町村|市町)?\s*(?:数|の数)?\s*(?:は|が|:)?\s*$"
)
# (「29市町村のうち」; the bodies asked by the words that ask them, 「県内18市町に対し、…照会し」
# 「18市町を対象に」「18市町へ照会」: review 198 #5, 「団体の数は比べていません」 beside a roster of 18)
_ALL_AFTER = re.compile(
    r"^\s*(?:の\s*)?(?:うち|中)"
    r"|^\s*(?:すべて|全て)?\s*(?:に対し|を対象|(?:に|へ)(?:の)?\s*(?:照会|調査|依頼|アンケート))"
)
_ALL_BEFORE = re.compile(  # (「全29団体」「対象団体数は29」「調査対象は29市町村」)
    r"(?:全|対象(?:団体|自治体|市町村)?\s*(?:数)?\s*(?:は|が|:)?)\s*$"
)
# (a 都道府県's bodies as the page's 団体別集計 heads them: 「01 北海道（30団体）」, a line alone)
_PREFECTURE_HEADING = re.compile(
    r"^\s*(?:\d{2}\s+)?(?:北海道|東京都|京都府|大阪府|\S{1,3}県)\s*[(（]\s*$"
)
# (「回答率は93.1%」「回答率93.1%」: the bodies that answered, a share of those asked)
RATE_BEFORE = re.compile(r"回答率\s*(?:は|が|:)?\s*$")

REASON = (
    "団体の数は比べていません（planeval が比べるのは行の件数と、--bodies で読んだ団体の数・"
    "回答した団体の数です。取組ごとの団体の数は summarize --by item、団体ごとの件数は "
    "--by body の表で確かめてください）"
)
RATE_REASON = "回答率は、--bodies で複数の団体を読んだときだけ比べます"

# the bodies asked of one kind, its word before the number (「全300団体（都道府県47、市区町村253）」:
# review 137 #3), compared where the list of bodies gives each body's 団体コード (body_counts.py)
PREFECTURES, MUNICIPALITIES = "prefectures", "municipalities"
KINDS = {"都道府県": PREFECTURES, "市区町村": MUNICIPALITIES, "区市町村": MUNICIPALITIES}
KINDS |= {"市町村": MUNICIPALITIES}
KIND_BEFORE = re.compile(
    r"(?P<unit>都道府県|市区町村|区市町村|市町村)\s*(?:数\s*)?(?:は|が|:)?\s*"
    rf"(?P<num>{WHOLE_NUMBER})"
    r"(?![\d.,%]|\s*[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc])"
)
KIND_REASON = (
    "{kind}の数は、団体一覧（[bodies] roster）で団体コードが分かる団体を --bodies で複数読んだ"
    "ときだけ比べます（都道府県は団体コードの 3～5 桁目が 000 の団体です）"
)


def body_count(before: str, after: str) -> str:
    """What a number of bodies counts by the words around it: BODIES (the bodies asked),
    ANSWERED (those that answered), or "" (another count of them: 「実施と回答した団体は30団体」)."""
    if _ANSWERED_AFTER.match(after) or _ANSWERED_BEFORE.search(before):
        return ANSWERED
    if _ALL_AFTER.match(after) or _ALL_BEFORE.search(before):
        return BODIES
    if _PREFECTURE_HEADING.match(before) and re.fullmatch(r"\s*[)）]\s*", after):
        return BODIES  # (the page's 「01 北海道（30団体）」: the bodies listed there, 205 #2)
    return ""
