"""Where a Japanese text breaks best (fold.py folds by it): after 「_」「›」「・」「、」 a space or a
closing bracket, before an opening one (「安全・安心」 is one phrase); then where the script changes
(計画どおり／完了, 所管の／取組内容, 基幹業務／システム, DX／推進); then between the two-kanji words of a
run of kanji (次年度以降／計画を見直す), counted from its end and a one-kanji suffix (都市／計画課; not
交通／安全／教室), an odd run's first word of three kanji (次年度／以降, 支援員 whole); then before what
follows a word (計画／どおり, クラウド／の) or after a particle that does (応募が／なかった); between two
kana of a word next (遅れ／た); then after an ID, which stays with the name it labels (「1-1-1 ICT」);
inside a word last: a run of katakana (review 22: 「ベン／ダー」), a kanji word (「支／援員」), a kanji
and its kana (「見／直す」, 引き／続き) or a number (review 21: 「計画どおり完／了」).

No dictionary (a few words ending in a suffix's kanji aside): a heuristic, as a clerk breaks a
heading by eye. A break a line never takes (before 「、」「）」「ー」「々」 or a small kana, after an
opening bracket: JIS X 4051's 禁則, NO_LINE_START and NO_LINE_END) has no rank at all."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planeval.lazy_pattern import LazyPattern

# the ranks, best first
AFTER_MARK, WORDS, KANJI_WORDS, PARTICLE, KANA, AFTER_ID, INSIDE = range(7)
GOOD = KANJI_WORDS  # a break no worse than this keeps every word whole

# a line breaks after these (what joins the parts of a name, a list, a sentence, 「指標名：
# 目標」; 「>」 is 「›」 on a console that cannot show it)
_AFTER = frozenset("_›>・、。，．,）」』】〕〉》)］]/：；")
# a run of kanji whose last is one of these keeps it with the word before (都市計画／課 is read
# 都市／計画課): a department's, a body's, a place's ending, or a noun's suffix (評価／対象外)
_SUFFIXES = frozenset(
    "課部局室係班所館園市町村区県都府道国省庁会化性的率費者員士師官等別用法案表書票料金額証外力枠"
)
# a run of kanji ends so too in a KPI's counter (電子申請可能／手続数, not …可能手／続数) and in 中
# (計画／策定中, review 190 #9); after katakana it stays a word of its own (データセット／数)
_RUN_ENDS = _SUFFIXES | frozenset("数中型")
# two-kanji words ending in one of those that end a run as a word of their own, not as a
# suffix of the word before (交通|安全|教室, not 交通安|全教室: review 84 at 80 columns; 利用|件数)
_WORDS_NOT_SUFFIXED = frozenset(
    {"教室", "本部", "会館", "大会", "協会", "委員", "職員", "団員", "支所", "経費", "資料"}
    | {"方法", "利用", "活用", "費用", "強化", "文化", "集中", "途中", "日中"}
    | {"件数", "人数", "回数", "日数", "点数", "総数", "台数", "冊数", "校数", "戸数", "枚数"}
    | {"協力", "努力", "能力", "魅力", "活力", "電力", "学力", "体力", "権力", "圧力"}
)
# these close the word before them inside a run of kanji, whatever comes after (手数料等|取扱所管課,
# 効率的|運用, 女性|活躍: review 86's 「税・国保・手数／料等取扱所管課」 counted 手数|料等 from the end)
_CLOSING = frozenset("等的化性型")
# these end a word of katakana or Latin letters whatever follows (デジタル化／推進,
# タブレット型／情報端末), where 部 or 会 start one (システム／部門, ICT／会議)
_ATTACHED = frozenset("化型的等版式製用別率")
# a line never starts with these; never ends with the opening brackets (fold.py's 禁則)
NO_LINE_START = frozenset(
    "、。，．,.:）」』】〕〉》ー・：；？！‼⁇⁈⁉%％ゝゞヽヾ々〻‐゠〜～"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ›>"
)
NO_LINE_END = frozenset("（「『【〔〈《(［[")


# What a line is folded between: a run of Latin letters, digits and signs; a space; any other
# character (Japanese breaks anywhere).
TOKENS = LazyPattern(r"[!-~]+|\s|.", re.S)


def _script(char: str) -> str:
    """「k」 kanji, 「h」 hiragana, 「t」 katakana, 「a」 a Latin letter, 「d」 a digit, else 「o」."""
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or char in "々〆〇ヶ":
        return "k"
    if "\u3041" <= char <= "\u309f":
        return "h"
    if "\u30a1" <= char <= "\u30fa" or char == "ー" or "\uff66" <= char <= "\uff9f":
        return "t"
    if (char.isascii() and char.isalpha()) or "Ａ" <= char <= "Ｚ" or "ａ" <= char <= "ｚ":
        return "a"
    if char.isdigit():
        return "d"
    return "o"


def is_katakana(char: str) -> bool:
    """A katakana, its long-vowel mark 「ー」 among them (「・」 is not: it joins two words)."""
    return _script(char) == "t"


# script before → script after: a change between two words (not a kanji before a digit, nor a
# digit before a kanji: 令和5年度, 施策27, 120件 are one word each)
_WORD_CHANGES = frozenset({"hk", "ht", "ha", "hd", "kt", "ka", "tk", "ta", "td", "ak", "at"})
# a particle, after a word and before more kana, ends a phrase (応募が／なかった); not 「で」
# (確保で／きなかった)
_PARTICLES = frozenset("がをにのはともへや")


def ranks(parts: Sequence[str]) -> list[int | None]:
    """The rank of a break before each of ``parts`` (fold's tokens; None before the first and where
    no line breaks). A space is judged by the words either side: one after an ID keeps it with the
    name it labels (「1-1-1 ICT の高度化」, 「① 電子媒体」)."""
    found: list[int | None] = [None] if parts else []
    kanji = _kanji_word_starts(parts)
    for index in range(1, len(parts)):
        before, after = parts[index - 1], parts[index]
        if before.isspace() or after.isspace():
            back = next((i for i in range(index - 1, -1, -1) if not parts[i].isspace()), None)
            ahead = next((i for i in range(index, len(parts)) if not parts[i].isspace()), None)
            if back is None or ahead is None:
                found.append(None)
                continue
            spaced = _alone(parts, back) or _alone(parts, ahead)
            labelled = back < 5 and bool(_LABEL.fullmatch("".join(parts[: back + 1])))
            found.append(_at_space(parts[back], parts[ahead], spaced=spaced, label=labelled))
        elif after[:1] in NO_LINE_START or before[-1:] in NO_LINE_END:
            found.append(None)
        elif before.isdigit() and _script(after[0]) == "k":
            found.append(None)  # (a number and its counter: 120件, 令和5年度, 2地区)
        elif before[-1] in "-－" and (after[0].isdigit() or after[0] in "(（"):
            found.append(INSIDE)  # (an ID's parts: 1-(1)-／⑤ broke as kana, review 161 #11)
        elif _joined_kanji(parts, index):
            found.append(KANJI_WORDS)  # (安全・|安心な: one phrase, as 安全安心)
        elif before[-1] in "）)" and after[0].isdigit():  # (「効果的（B）1件」: review 157 #6)
            found.append(INSIDE)
        elif before[-1] in _AFTER or after[0] in NO_LINE_END:
            found.append(AFTER_MARK)
        elif (
            _script(before[-1]) + _script(after[0]) in _WORD_CHANGES
            and not _suffix(parts, index)
            and not _okurigana(parts, index)
        ):
            found.append(WORDS)
        elif index in kanji:  # (空き家|対策事業 as where the script changes: _okurigana)
            found.append(WORDS if _okurigana(parts, index - 1) else KANJI_WORDS)
        else:
            found.append(_inside(parts, index))
    for index, worst in bracketed(parts).items():
        if (rank := found[index]) is not None:
            found[index] = max(rank, worst)
    return found


_OPENING, _CLOSING_BRACKETS = "（「(", "）」)"
_LETTER = LazyPattern("[A-Za-zＡ-Ｚａ-ｚ]")  # (a rating's letter kept with its word: 効果的（B）)
BRACKETED_UP_TO = 6  # characters: a bracketed word no longer than this is kept whole
# a bracketed move of two such words, compare's 「（施策6 → 施策7）」: kept whole as one
_MOVE = LazyPattern(rf"[^\s（(]{{1,{BRACKETED_UP_TO}}} → [^\s（(]{{1,{BRACKETED_UP_TO}}}")


def bracketed(parts: Sequence[str]) -> dict[int, int]:
    """The parts inside a short bracketed word (「（番号変更）」: no space, at most BRACKETED_UP_TO
    characters) or move (_MOVE), ranked: a break before each as inside a word (session 47 #4), at a
    move's space as after an ID (not 「（施策6 →」 over 「施策7）」: review 181 #3); either side of a
    word as before a particle that follows (「割合（%）は」: 186 #8)."""
    found: dict[int, int] = {}
    for start, part in enumerate(parts):
        if part not in _OPENING:
            continue
        closing = _CLOSING_BRACKETS[_OPENING.index(part)]
        end = next((at for at in range(start + 1, len(parts)) if parts[at] == closing), start)
        inner = parts[start + 1 : end]
        said = "".join(inner)
        spaced = any(p.isspace() or p in _OPENING for p in inner)
        if (inner and len(said) <= BRACKETED_UP_TO and not spaced) or _MOVE.fullmatch(said):
            for i in range(start + 1, end + 1):
                found[i] = AFTER_ID if " " in parts[i - 1 : i + 1] else INSIDE
            if end + 1 < len(parts) and _script(parts[end + 1][0]) == "h":  # (「（%）は」)
                found[start] = found[end + 1] = PARTICLE
            found |= {start: INSIDE} if start > 0 and _LETTER.fullmatch(said) else {}
    return found


def _joined_kanji(parts: Sequence[str], index: int) -> bool:
    """Whether ``parts[index]`` is a kanji after a 「・」 after a kanji: 「安全・安心」 is one
    phrase, broken inside as a run of kanji is, not after the 「・」 (review 136 #5: 「安全・」 over
    「安心なデジタル基盤のまち」) — two words of one kanji or two each; longer ones (「事業評価・」,
    「高度化・」) and a word before 「の」 (「課題・」 over 「今後の方向性」) are phrases of their own."""

    def run(at: int, step: int) -> int:
        found = 0
        while 0 <= at < len(parts) and len(parts[at]) == 1 and _script(parts[at]) == "k":
            found, at = found + 1, at + step
        return found

    if index < 2 or parts[index - 1] != "・":
        return False
    before, after = run(index - 2, -1), run(index, 1)
    following = parts[index + after : index + after + 1]
    return 1 <= before <= 2 and 1 <= after <= 2 and following != ["の"]


def _inside(parts: Sequence[str], index: int) -> int:
    """The rank of a break before ``parts[index]`` where no word ends for certain: before the kana
    after a word of two kanji or more, of katakana or Latin letters (計画／どおり, クラウド／の), or
    after a particle after a word (応募が／なかった), as a phrase ends; between two kana next; inside
    a word (a kanji and its kana: 「見／直す」, 引き|続き, 可能|な; a number) last."""
    before, after = _script(parts[index - 1][-1]), _script(parts[index][0])
    # (an adjective's 「な」 starts no phrase: 可能な, 新たな; など, ない do)
    ending = parts[index] == "な" and "".join(parts[index + 1 : index + 2]) not in ("ど", "い")
    if after == "h" and before in "ta":
        return PARTICLE
    if after == "h" and before == "k":
        if _conjunction(parts, index - 1):
            return INSIDE  # (及／び)
        start = index - 1
        while start > 0 and _script(parts[start - 1][-1]) == "k":
            start -= 1
        suffix = start > 0 and parts[start] in _SUFFIXES  # (デジタル化／の)
        return PARTICLE if (index - start >= 2 or suffix) and not ending else INSIDE
    if before == after == "h":
        previous = _script(parts[index - 2][-1]) if index >= 2 else ""
        particle = parts[index - 1] in _PARTICLES and previous in "kta"
        return PARTICLE if particle else INSIDE if ending else KANA
    if (before in "ktad" and after in "ktad") or (after == "k" and _okurigana(parts, index)):
        return INSIDE  # (a word's characters, a kanji and a number: 令和5, デジタル化; 引き|続き)
    return KANA


# one kana between two single kanji, each with its kana, that is none of these is a word's
# okurigana (問い合わせ, 取り組み, 申し込み), not a particle ending one (市で実施, 力と技)
_PARTICLES_BETWEEN = frozenset("がをにのはともへやでか")


def _okurigana(parts: Sequence[str], index: int) -> bool:
    """Whether the kanji ``parts[index]`` ends a word of a kanji, one kana (no particle) and it, its
    kana or an odd run of kanji after it: 問い|合わせ, 取り|組み, 空き|家|対策 (review 189 #7), not
    申し込み|受付, 取り組み|状況, 空き|店舗 or 取り組み|支援員 (review 86)."""

    def script(at: int) -> str:
        return _script(parts[at][-1]) if 0 <= at < len(parts) else ""

    run = next(n for n in range(1, len(parts) - index + 1) if script(index + n) != "k")
    # (a name's run: 空き家対策の; not a verb's kana and an adverb, 含め|抜本的に)
    odd_run = run % 2 and (script(index + run) != "h" or parts[index + run] == "の")
    first = script(index - 3) != "h" or parts[index - 3] in _PARTICLES
    return (
        script(index - 1) == "h"
        and parts[index - 1] not in _PARTICLES_BETWEEN
        and script(index - 2) == "k"
        and script(index - 3) != "k"
        and (script(index + 1) == "h" or bool(odd_run and first))
    )


def _alone(parts: Sequence[str], at: int) -> bool:
    """Whether ``parts[at]`` stands between spaces (or the text's ends): 「評　価」's 評."""
    return all(not 0 <= i < len(parts) or parts[i].isspace() for i in (at - 1, at + 1))


# a bracketed label starting a name, an ID though it ends with a bracket (review 158 #5: 「(2)」
_LABEL = LazyPattern(r"\s*[(（][0-9０-９A-Za-zＡ-Ｚア-ン]{1,3}[)）]")  # alone over its name)


def _at_space(before: str, after: str, *, spaced: bool, label: bool = False) -> int | None:
    """A break at a space between ``before`` and ``after`` (not spaces): after 「›」 or between two
    Latin words as after a mark; after an ID, a ``label`` or a symbol (「1-1-1」, 「(2)」, 「①」) next
    to last (review 9); else between words (「共管 福祉部」), in a word ``spaced`` out (「評　価」) as kana."""
    if after[0] in NO_LINE_START or before[-1] in NO_LINE_END:
        return None
    if label:
        return AFTER_ID
    if before[-1] in _AFTER or after[0] in NO_LINE_END:
        return AFTER_MARK
    if before.isalpha() and after[0].isascii() and after[0].isalpha():
        return AFTER_MARK
    if _script(before[-1]) in "do":
        return AFTER_ID
    return KANA if spaced and _script(before[-1]) == _script(after[0]) else WORDS


def _suffix(parts: Sequence[str], index: int) -> bool:
    """Whether ``parts[index]`` is a one-kanji suffix on its own (デジタル化, DX化, ICT化) or
    before more kanji (デジタル化推進, タブレット型端末)."""
    following = "".join(parts[index + 1 : index + 2])[:1] or " "
    return parts[index] in _ATTACHED or (parts[index] in _SUFFIXES and _script(following) != "k")


def _kanji_word_starts(parts: Sequence[str]) -> set[int]:
    """The parts inside a run of kanji that start a two-kanji word, counted from the run's end (a
    one-kanji suffix kept with the word before it), an odd run's first word of three, a suffix
    ending the katakana word before the run a word: 次年度|以降|計画, 都市|計画課, 支援員 (review
    22), タブレット型|情報|端末; 向上|及び; a run cut after _CLOSING (手数料等|取扱所管課)."""
    starts: set[int] = set()
    index = 0
    while index < len(parts):
        if _script(parts[index]) != "k" or len(parts[index]) != 1:
            index += 1
            continue
        end = index + 1
        while end < len(parts) and len(parts[end]) == 1 and _script(parts[end]) == "k":
            if _conjunction(parts, end):
                starts.add(end)  # (向上|及び: a word of its own, not the end of 向上及)
                break
            end += 1
            if parts[end - 1] in _CLOSING and _script("".join(parts[end : end + 1])[:1]) == "k":
                starts.add(end)  # (手数料等|取扱: the next word starts a run of its own)
                break
        begin = index
        tail = index and _script(parts[index - 1][-1]) in "ta" and _suffix(parts, index)
        if (end - index >= 2 and tail) or (end - index >= 3 and _okurigana(parts, index)):
            begin = index + 1  # (タブレット型|情報端末, 空き家|対策事業)
            starts.add(begin)
        pair = "".join(parts[end - 2 : end])
        suffixed = parts[end - 1] in _RUN_ENDS and pair not in _WORDS_NOT_SUFFIXED
        last = end - 1 if end - begin >= 3 and suffixed else end
        starts.update(start for start in range(last - 2, begin, -2))
        if (last - begin) % 2 and last - begin >= 3:
            starts.discard(begin + 1)  # (支援員, 次年度: no 支／援員)
        index = end
    return starts


def _conjunction(parts: Sequence[str], index: int) -> bool:
    """Whether ``parts[index]`` is a kanji of 及び, 並びに or 又は (「サービス向上及び」)."""
    return parts[index] in "及並又" and "".join(parts[index + 1 : index + 2])[:1] in "びは"


def phrase_starts(parts: Sequence[str]) -> set[int]:
    """The ``parts`` a line may start at where a phrase (文節) ends before it: after a mark, a
    particle, a verb's kana before a kanji (分析し|改善), where the script changes (デジタル|人材);
    not before a particle, in a run of kanji or a word's kana (順調|に, 共|同, 引き|続き: review 201)."""
    kana = [_script(part[0]) == "h" for part in parts]
    return {
        at
        for at, rank in enumerate(ranks(parts))
        if (rank is not None and rank <= WORDS)
        or (rank == PARTICLE and kana[at] and parts[at - 1] in _PARTICLES)
    }


def pieces(text: str, *, worst: int = GOOD) -> list[str]:
    """``text`` cut at every break no worse than ``worst``: its words, as wide as a line needs
    to be for none of them to break inside (WORDS: where the script changes, a phrase's
    「次年度以降計画を」「見直す」)."""
    parts = TOKENS.findall(text)
    found: list[str] = []
    for part, rank in zip(parts, ranks(parts), strict=True):
        if found and (rank is None or rank > worst):
            found[-1] += part
        else:
            found.append(part)
    return [piece.strip() for piece in found if piece.strip()]


def word_ends(text: str) -> set[int]:
    """Where ``text`` breaks between words: the count of its characters, spaces left out,
    before each space and each break no worse than GOOD (its end too)."""
    parts = TOKENS.findall(text)
    ends, at, kept = set(), 0, set(bracketed(parts))  # (a space in a move is no end)
    for index, (part, rank) in enumerate(zip(parts, ranks(parts), strict=True)):
        if (part.isspace() and index not in kept) or (rank is not None and rank <= GOOD):
            ends.add(at)
        if not part.isspace():
            at += len(part)
    return {*ends, at}
