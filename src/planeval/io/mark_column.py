"""A column marking some rows of a table (川崎市's うち重点 ○, header_titles.HEADER_TITLES' "mark"):
what a report's 「（うち重点3事業）」 counts, and what summarize and export show under each
group's counts. Each rated row's cell is read as marked (○, ●, 重点 …) or not (blank, ×, -);
a column with a cell that is neither is not read at all — its rows say nothing of which rows
are marked — and named in one notice, with the cells, so that the clerk knows why no
sub-count is shown or compared."""

from __future__ import annotations

from dataclasses import dataclass, field

from planeval.count import mark_word
from planeval.model import Location, Problem, Severity

# What a clerk types in a marked row's cell, and in one not marked (compared as cleaned,
# NFKC: ＊ is *); the column's own word (重点, 重点事業) marks a row too.
MARKED = frozenset(
    {"○", "〇", "◯", "●", "◎", "◉", "✓", "✔", "☑", "レ", "*", "■", "★", "☆", "1", "有", "あり",
     "有り", "該当", "対象", "はい", "重点"}
)  # fmt: skip
NOT_MARKED = frozenset(
    {"", "×", "✕", "-", "－", "ー", "―", "—", "‐", "なし", "無し", "無", "否", "0", "非該当",
     "対象外", "いいえ"}
)  # fmt: skip
# a marked row's cell as the outputs show it: a symbol as typed (川崎市's ●), a word or a digit
# (重点, 有, 1) as ○
SYMBOLS = frozenset("○〇◯●◎◉✓✔☑レ*■★☆")
SHOWN_CELLS = 3  # cells the notice quotes, before 「ほか N 件」


def marked(text: str) -> bool:
    """Whether a cell's ``text`` marks its row (○, ●, 重点 …: a plan's item, as the forms read
    theirs)."""
    return text in MARKED or mark_word(text) == "重点"


def shown(text: str) -> str | None:
    """A cell as the outputs show its row's mark (as MarkColumn.read reads it): "" where it marks
    none, None where it is neither a mark nor blank."""
    if text in NOT_MARKED:
        return ""
    return (text if text in SYMBOLS else "○") if marked(text) else None


@dataclass(slots=True)
class MarkColumn:
    """One table's mark column while its rows are read: ``title`` as compared (remarks and
    spaces left out: headers.title_key), ``cell`` its header cell."""

    title: str
    cell: Location
    column: int = -1  # its column (0-based), where its reader needs it
    rows: dict[Location, str] = field(default_factory=dict)  # status cell → its mark, or ""
    unread: list[tuple[str, str]] = field(default_factory=list)  # (cell, text) of neither

    def read(self, status_cell: Location, text: str, cell: str) -> None:
        """Note whether a rated row's cell ``text`` (at ``cell``) marks it."""
        if text in NOT_MARKED:
            self.rows[status_cell] = ""
        elif text in MARKED or text in (self.title, mark_word(self.title)):
            self.rows[status_cell] = text if text in SYMBOLS else "○"
        else:
            self.unread.append((cell, text))

    def flush(self, marks: dict[Location, tuple[str, str]], problems: list[Problem]) -> None:
        """At the table's end: its rows' marks into ``marks`` (ReadResult.marks), or, where a
        cell was neither, none of them and one notice naming the column and those cells."""
        if not self.unread:
            marks.update((cell, (self.title, marked)) for cell, marked in self.rows.items())
            return
        quoted = "、".join(f"{cell}「{text}」" for cell, text in self.unread[:SHOWN_CELLS])
        more = len(self.unread) - SHOWN_CELLS
        word = mark_word(self.title)
        problems.append(
            Problem(
                self.cell,
                Severity.NOTICE,
                f"「{self.title}」の列は{word}の印として読んでいません: 印（○ など）でも空欄でも"
                f"ない値が {len(self.unread)} 行にあります（{quoted}"
                f"{f' ほか {more} 件' if more > 0 else ''}）。この表の「うち{word}」の件数は"
                "数えず、報告書の「うち" + word + "」の件数とも比べていません",
                f"{word}の行には ○ を、そうでない行は空欄にしてください。{word}の印の列で"
                f"なければ、列名を「{word}」「うち{word}」などでないものにしてください",
            )
        )
