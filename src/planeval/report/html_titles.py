"""集計's column titles in the web page: a title of one word kept on its line, a phrase's
broken where its words end (羽村市's statuses: review 106), a share's 「割合（%）」 on a line
of its own under its status (review 125 #4, #13)."""

from __future__ import annotations

from collections.abc import Sequence

from planeval.report.breaks import GOOD, PARTICLE, TOKENS, ranks


def _word(header: str) -> str:
    """A short title of one word (「目標達成」「取組中」) is kept on its line: a table's layout
    counted its every character as a break and squeezed it to 「目標達／成」 (review 30); a
    phrase (羽村市's 「次年度以降計画を見直す」) and a title with a space still break."""
    return ' class="word"' if len(header) <= 6 and " " not in header and "<" not in header else ""


def summary_head(titles: Sequence[str], shares: Sequence[str]) -> str:
    """集計's header row: its ``titles`` (as HTML: IDs, statuses, 計, the uncounted), then a
    share's title for each status of ``shares``."""
    cells = [*map(summary_title, titles), *(summary_title(s, share=True) for s in shares)]
    return f"<thead><tr>{''.join(cells)}</tr></thead>"


def summary_title(header: str, *, share: bool = False) -> str:
    """集計's column title: one word kept on its line (_word); a phrase broken only where its
    words end, at a <wbr> (_word_ends) — the browser broke 「次年度以降計画を見直す」 anywhere,
    in five lines 「次年／度以／降計／画を／見直／す」 (review 106). A ``share``'s title is its
    status over 「割合（%）」, a line of its own (a browser copies 「◎ 割合（%）」): on one line,
    each share's column took the width of 「実施済 割合（%）」 at 1280 px, squeezing the names,
    and at 700 broke it a character a line, 「割／合／（／%）」 (review 125 #4, #13)."""
    of = ' <span class="of">割合（%）</span>' if share else ""
    if _word(header) or "<" in header:
        return f'<th scope="col"{_word(header)}>{header}{of}</th>'
    parts = TOKENS.findall(header)
    ends = _word_ends(parts)
    words = "".join(f"<wbr>{part}" if end else part for part, end in zip(parts, ends, strict=True))
    phrase = ' class="phrase"' if any(ends) else ""
    return f'<th scope="col"{phrase}>{words}{of}</th>'


def _word_ends(parts: Sequence[str]) -> list[bool]:
    """Whether a title's line may break before each of its ``parts`` (breaks.TOKENS): where a
    word ends (breaks.GOOD: 「次年度／以降／計画を／見直す」, 「割合／（%）」), and before a run of
    kana after a word (計画／どおり／完了) — never before one kana alone (見直／す, 遅／れ), and
    nowhere else (its column as wide as its widest word: the 集計 fits 72em with them)."""
    found = []
    for index, rank in enumerate(ranks(parts)):
        spaced = " " in "".join(parts[max(index - 1, 0) : index + 1])  # (a space breaks already)
        kana = "".join(parts[index : index + 2])
        found.append(
            rank is not None
            and not spaced
            and (rank <= GOOD or (rank == PARTICLE and len(kana) == 2 and _all_kana(kana)))
        )
    return found


def _all_kana(text: str) -> bool:
    return all("\u3041" <= char <= "\u309f" for char in text)
