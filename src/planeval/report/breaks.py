"""Where a Japanese text breaks best (fold.py folds by it): after 「_」「›」「・」「、」 a space or a
closing bracket, before an opening one; then where the script changes from a word to the next
(計画どおり／完了, 所管の／取組内容, 基幹業務／システム, DX／推進); then between the two-kanji words
of a run of kanji (次年度以降／計画を見直す, 施策評価／結果), counted from its end and a one-kanji
suffix (都市／計画課); anywhere else last (review 21: 「計画どおり完／了」「施策評価結／果」).

No dictionary: a heuristic, as a clerk breaks a heading by eye. A break a line never takes
(before 「、」「）」 or a small kana, after an opening bracket: fold._NO_LINE_START) has no
rank at all."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

# the ranks, best first
AFTER_MARK, WORDS, KANJI_WORDS, ANYWHERE = 0, 1, 2, 3
GOOD = KANJI_WORDS  # a break no worse than this keeps every word whole

# a line breaks after these (what joins the parts of a name, a list, a sentence; 「>」 is 「›」
# on a console that cannot show it)
_AFTER = frozenset("_›>・、。，．,）」』】〕〉》)］]/")
# a run of kanji whose last is one of these keeps it with the word before (都市計画／課 is read
# 都市／計画課): a department's, a body's, a place's ending, or a noun's suffix
_SUFFIXES = frozenset("課部局室係班所館園市町村区県都府道国省庁会化性的率費者等別用")
# a line never starts with these; never ends with the opening brackets (fold.py's 禁則)
NO_LINE_START = frozenset(
    "、。，．,.:）」』】〕〉》ー・：；？！%％ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ›>"
)
NO_LINE_END = frozenset("（「『【〔〈《(［[")


@functools.cache  # (compiled when first needed)
def tokens() -> re.Pattern[str]:
    """What a line is folded between: a run of Latin letters, digits and signs; a space; any
    other character (Japanese breaks anywhere)."""
    return re.compile(r"[!-~]+|\s|.", re.S)


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


# script before → script after: a change between two words (not a kanji before a digit, nor a
# digit before a kanji: 令和5年度, 施策27, 120件 are one word each)
_WORD_CHANGES = frozenset({"hk", "ht", "ha", "hd", "kt", "ka", "tk", "ta", "td", "ak", "at"})


def ranks(parts: Sequence[str]) -> list[int | None]:
    """The rank of a break before each of ``parts`` (fold's tokens; the first has none: None),
    None where a line may not break. A space is judged by the words either side of it: one
    after an ID stays with the name it labels (「1-1-1 ICT の高度化」, 「① 電子媒体」)."""
    found: list[int | None] = [None] if parts else []
    kanji = _kanji_word_starts(parts)
    for index in range(1, len(parts)):
        before, after = parts[index - 1], parts[index]
        if before.isspace() or after.isspace():
            previous = next((p for p in reversed(parts[:index]) if not p.isspace()), "")
            following = next((p for p in parts[index:] if not p.isspace()), "")
            found.append(_at_space(previous, following))
        elif after[:1] in NO_LINE_START or before[-1:] in NO_LINE_END:
            found.append(None)
        elif before.isdigit() and _script(after[0]) == "k":
            found.append(None)  # (a number and its counter: 120件, 令和5年度, 2地区)
        elif before[-1] in _AFTER or after[0] in NO_LINE_END:
            found.append(AFTER_MARK)
        elif _script(before[-1]) + _script(after[0]) in _WORD_CHANGES and not _suffix(parts, index):
            found.append(WORDS)
        elif index in kanji:
            found.append(KANJI_WORDS)
        else:
            found.append(ANYWHERE)
    return found


def _at_space(before: str, after: str) -> int | None:
    """A break at a space between ``before`` and ``after`` (not spaces): after 「›」 or between
    two Latin words as after a mark; after an ID or a symbol (「1-1-1」, 「①」) last; else as
    the scripts either side, no better than a change of word."""
    if not before or not after or after[0] in NO_LINE_START or before[-1] in NO_LINE_END:
        return None
    if before[-1] in _AFTER or after[0] in NO_LINE_END:
        return AFTER_MARK
    if before.isalpha() and after[0].isascii() and after[0].isalpha():
        return AFTER_MARK
    if _script(before[-1]) in "do":
        return ANYWHERE
    return WORDS if _script(before[-1]) != _script(after[0]) or before.isascii() else ANYWHERE


def _suffix(parts: Sequence[str], index: int) -> bool:
    """Whether ``parts[index]`` is a one-kanji suffix on its own (デジタル化, DX化, ICT化)."""
    following = parts[index + 1] if index + 1 < len(parts) else ""
    return parts[index] in _SUFFIXES and _script(following[:1] or " ") != "k"


def _kanji_word_starts(parts: Sequence[str]) -> set[int]:
    """The parts inside a run of kanji that start a two-kanji word, counted from the run's end
    (a one-kanji suffix kept with the word before it): 次|年度|以降|計画, 都市|計画課."""
    starts: set[int] = set()
    index = 0
    while index < len(parts):
        if _script(parts[index]) != "k" or len(parts[index]) != 1:
            index += 1
            continue
        end = index
        while end < len(parts) and len(parts[end]) == 1 and _script(parts[end]) == "k":
            end += 1
        last = end - 1 if end - index >= 3 and parts[end - 1] in _SUFFIXES else end
        starts.update(start for start in range(last - 2, index, -2))
        index = end
    return starts


def pieces(text: str) -> list[str]:
    """``text`` cut at every break no worse than GOOD: its words, as wide as a line needs to
    be for none of them to break inside."""
    parts = tokens().findall(text)
    found: list[str] = []
    for part, rank in zip(parts, ranks(parts), strict=True):
        if rank is not None and rank <= GOOD and found:
            found.append(part)
        elif found:
            found[-1] += part
        else:
            found.append(part)
    return [piece.strip() for piece in found if piece.strip()]


def word_ends(text: str) -> set[int]:
    """Where ``text`` breaks between words: the count of its characters, spaces left out,
    before each space and each break no worse than GOOD (its end too)."""
    parts = tokens().findall(text)
    ends, at = set(), 0
    for part, rank in zip(parts, ranks(parts), strict=True):
        if part.isspace() or (rank is not None and rank <= GOOD):
            ends.add(at)
        if not part.isspace():
            at += len(part)
    return {*ends, at}
