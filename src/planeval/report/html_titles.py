"""集計's column titles in the web page: a title of one word kept on its line, a phrase's
broken where its words end (羽村市's statuses: review 106), a share's 「割合（%）」 on a line
of its own under its status (review 125 #4, #13)."""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import east_asian_width

from planeval.report.breaks import GOOD, PARTICLE, TOKENS, ranks


def _word(header: str) -> str:
    """A short title of one word (「目標達成」「取組中」) is kept on its line: a table's layout
    counted its every character as a break and squeezed it to 「目標達／成」 (review 30); a
    phrase (羽村市's 「次年度以降計画を見直す」) and a title with a space still break."""
    return ' class="word"' if len(header) <= 6 and " " not in header and "<" not in header else ""


NAME_EM_UP_TO = 20.0  # em: a group's name is given its one line up to this wide (20 kanji)
PADDED = 1.0  # em: a cell's padding (.4em a side, html_style: border-box) and its glyphs' rounding


def summary_head(
    titles: Sequence[str], shares: Sequence[str], *, names: tuple[int, Sequence[str]] | None = None
) -> str:
    """集計's header row: its ``titles`` (as HTML: IDs, statuses, 計, the uncounted), then a
    share's title for each status of ``shares``. ``names``: the column of the groups' names
    and the names, its title given the longest's width (up to NAME_EM_UP_TO; as ``--name``,
    which html_style uses where the page is at its widest): 北河内市's
    「災害に強く安全・安心に暮らせる／まち」 wrapped at 1280 px beside five shares' columns
    as wide as 「割合（%）」 for 「66.7」 (review 152 #9)."""
    cells = [*map(summary_title, titles), *(summary_title(s, share=True) for s in shares)]
    if names is not None and (em := name_em(names[1])):
        at, cell = names[0], cells[names[0]]
        cells[at] = cell.replace("<th ", f'<th style="--name:{em:g}em" ', 1)
    return f"<thead><tr>{''.join(cells)}</tr></thead>"


def name_em(names: Sequence[str]) -> float:
    """The width (em, a kanji one, a half-width letter a half) of the longest of ``names``
    and its cell's padding (PADDED); NAME_EM_UP_TO for one longer (it wraps); 0 for none."""

    def em(name: str) -> float:
        return sum(1.0 if east_asian_width(char) in "WF" else 0.5 for char in name)

    longest = max(map(em, names), default=0.0)
    return (longest + PADDED if longest <= NAME_EM_UP_TO else NAME_EM_UP_TO) if longest else 0.0


def summary_title(header: str, *, share: bool = False) -> str:
    """集計's column title: one word kept on its line (_word); a phrase broken only where its
    words end, at a <wbr> (_word_ends) — the browser broke 「次年度以降計画を見直す」 anywhere,
    in five lines 「次年／度以／降計／画を／見直／す」 (review 106). A ``share``'s title is its
    status over 「割合（%）」, a line of its own (a browser copies 「◎ 割合（%）」): on one line,
    each share's column took the width of 「実施済 割合（%）」 at 1280 px, squeezing the names,
    and at 700 broke it a character a line, 「割／合／（／%）」 (review 125 #4, #13); 「割合」 over
    「（%）」 where the names need the room (review 152 #9)."""
    of = ' <span class="of">割合<wbr>（%）</span>' if share else ""
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
