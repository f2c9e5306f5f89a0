"""An indicator table's figures in the outputs (ReadResult.values: 策定時 | 前年度 | 現状値 |
目標値, io/value_columns.py): the columns every Chapter 3 table, the flat CSV, the JSON and
the export's data sheet give them, placed as the body's table has them, between the
indicator and its rating. A report without such columns has none of them, and prints as
before."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from planeval.entry_columns import entry_record
from planeval.model import Entry, Location
from planeval.text import bare_title, compact

Values = Mapping[Location, tuple[tuple[str, str], ...]]
NO_VALUES: Values = {}


class OtherRating(str):
    """A value column's title that is another scale's rating of the row, not a figure (a
    大綱's 達成度 beside its 実施状況: report/beside.py): its column stands after the rating,
    as the city's form has it (取組項目 | 実施状況 | 達成度), not among the figures before it
    (Chapter3Columns.after)."""

    __slots__ = ()


def _keyed(figures: tuple[tuple[str, str], ...]) -> list[tuple[tuple[str, int], str, str]]:
    """Each figure keyed by its title as compared (text.bare_title: 「達成率（％）」 is 達成率)
    and which of that title it is (two 目標値 columns), with its title as typed."""
    seen: dict[str, int] = {}
    keyed = []
    for title, value in figures:
        bare = bare_title(title)
        seen[bare] = seen.get(bare, 0) + 1
        keyed.append(((bare, seen[bare]), title, value))
    return keyed


def value_keys(entries: Sequence[Entry], values: Values) -> tuple[tuple[str, int], ...]:
    """The value columns of ``entries``' tables, in the order they first stand (a table
    with 基準値 | 目標値 after one with 策定時 | 目標値: 策定時, 目標値, 基準値); () where none
    of their tables has any. A column is one whatever remark its title has in a body's table
    (豊橋市's 達成率 and 半田市's 達成率（％）: one column), titled by shown_title."""
    if not values:
        return ()
    typed: dict[tuple[str, int], dict[str, set[str]]] = {}
    order: list[tuple[str, int]] = []
    for entry in entries:
        keyed = _keyed(values.get(entry.location, ()))
        for at, (key, title, _value) in enumerate(keyed):
            if key not in typed:  # (before the next of its table's columns already known, as
                # its table has it: 指標名 | 策定時 … after tables of 策定時 …, review 81)
                later = next((k for k, _t, _v in keyed[at + 1 :] if k in typed), None)
                order.insert(len(order) if later is None else order.index(later), key)
            # (who typed it: a body, or each file where the inputs are one body's)
            typed.setdefault(key, {}).setdefault(title, set()).add(
                entry.body or entry.location.file
            )
    keys = tuple((shown_title(bare, typed[(bare, nth)]), nth) for bare, nth in order)
    # (another scale's rating after every figure: Chapter3Columns.after moves it past the rating)
    return tuple(sorted(keys, key=lambda key: isinstance(key[0], OtherRating)))


def shown_title(bare: str, forms: Mapping[str, Collection[str]]) -> str:
    """A value column's title where its tables type it in several ``forms`` (each → who typed
    it): the remarked one where every remark agrees (達成率 and 達成率（％）: 「達成率（％）」 —
    the unit is not lost), else the one most type (a tie: the plain title, else the first)."""
    remarked = {form for form in forms if compact(form) != bare}
    if len({compact(form) for form in remarked}) == 1:
        return next(form for form in forms if form in remarked)
    most = max(len(who) for who in forms.values())
    tied = [form for form, who in forms.items() if len(who) == most]
    return next((form for form in tied if form not in remarked), tied[0])


def titles(keys: Sequence[tuple[str, int]]) -> tuple[str, ...]:
    """The columns' titles, as the tables typed them (shown_title where they differ)."""
    return tuple(title for title, _nth in keys)


def row_values(entry: Entry, values: Values, keys: Sequence[tuple[str, int]]) -> tuple[str, ...]:
    """An entry's figure under each column of ``keys`` ("" where its table has no such column),
    its own titles matched to the columns' as compared (a remark dropped)."""
    if not keys:
        return ()
    own = {key: value for key, _title, value in _keyed(values.get(entry.location, ()))}
    return tuple(own.get((bare_title(title), nth), "") for title, nth in keys)


def with_values(headers: Sequence[str], shown: Sequence[str], before: int) -> tuple[str, ...]:
    """``headers`` (or a row's cells) with ``shown`` put in before the column ``before``."""
    return (*headers[:before], *shown, *headers[before:])


def value_record(entry: Entry, values: Values) -> dict[str, str]:
    """An entry's figures for JSON: title → value, in its table's order ({} without any; a
    second column of one title as 「目標値（2）」)."""
    return {
        title if nth == 1 else f"{title}（{nth}）": value
        for (_bare, nth), title, value in _keyed(values.get(entry.location, ()))
    }


def with_figures(entry: Entry, values: Values) -> dict[str, object]:
    """An entry's JSON record (entry_columns.entry_record) with its figures as ``values`` (title →
    value as shown), where its table has them."""
    record = entry_record(entry)
    if figures := value_record(entry, values):
        record["values"] = figures
    return record


_ABOUT = ("約", "およそ", "概ね", "おおむね")  # (a figure said about: 「約700手続」)


def is_figure(value: str) -> bool:
    """Whether a value cell holds a figure (「25.6%」「12,000件」「97.0%(小) 98.2%(中)」, a dash
    for none — 「－」 or 「ー」 as typed —, or a word for one still to come, 「集計中」), set
    right-aligned as the exports set numbers, every cell of a figure column alike (review 79b
    #4: 「ー」 and 「集計中」 stood top-left beside right-aligned numbers); a text
    (「評価シートの簡素化」「令和5年度実績」) is set as text. A figure said about,
    「約700手続」「およそ3割」, is a figure too (review 117 N8: left-aligned, it ran into
    its neighbour's 「600手続」)."""
    text = value.strip()
    for about in _ABOUT:
        if text.startswith(about) and text[len(about) : len(about) + 1].isdigit():
            text = text[len(about) :]
            break
    return bool(text) and (
        text[0].isdigit()
        or text[0] in "-－―−‐—ー─ｰ▲△+＋"
        or (len(text) <= 5 and text.endswith("中") and not any(c.isspace() for c in text))
    )


_WORD_UP_TO = 10  # characters: a value longer is a text, wrapped where its column is narrow


def worded_values(shown: Sequence[str]) -> bool:
    """Whether a value column holds texts, not figures: most of its filled cells are no
    figure (is_figure) and some run longer than a word (a 実績 written out,
    an indicator's name: 愛知県's 指標名 「県Webサイトのアクセシビリティ適合率」 kept whole as a
    figure left its 取組 「…拡／大」, review 112 #9)."""
    filled = [value for value in shown if value.strip()]
    texts = [value for value in filled if not is_figure(value)]
    return 2 * len(texts) > len(filled) and any(len(value) > _WORD_UP_TO for value in texts)
