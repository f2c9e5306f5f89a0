"""One policy as Chapter 3 prints it (`PolicySection`): its heading, count sentence and tables,
and the legend line under them, saying why a row listed with no status was not counted."""

from __future__ import annotations

from dataclasses import dataclass

from planeval.aggregate import Group
from planeval.model import Entry
from planeval.report.chapter3_rows import DirectionTable
from planeval.report.summary_legend import unshown_marks
from planeval.scale import Scale, explained
from planeval.unanswered_words import MISSING_ROW, SPLIT_LABEL, SPLIT_ROWS
from planeval.unlevelled import unlevelled_heading
from planeval.wording import DEFAULT_WORDING, Wording


@dataclass(frozen=True, slots=True)
class PolicySection:
    """One policy as Chapter 3 prints it: heading, count sentence, one table per direction
    (one untitled table where the body has no direction level)."""

    group: Group
    directions: tuple[Group, ...]
    sentence: str
    entries: tuple[Entry, ...]  # in project order (chapter3_rows.sort_entries)
    tables: tuple[DirectionTable, ...]  # one per direction, with its counts
    wording: Wording = DEFAULT_WORDING
    # the departments that replied without rows of items they lead (ReadResult.unreturned_why:
    # MISSING_ROW): their 未提出 rows are not said to have no reply
    lacking: frozenset[str] = frozenset()
    # another scale's legend line, rated beside (report/beside.py: 「※達成度　－：…」)
    beside_legend: str = ""

    @property
    def heading(self) -> str:
        """ "（1）情報化政策1 名前", in the body's words; 「区分なし（森野町）」 where the group has
        no number (bodies with no policy level, unlevelled.py)."""
        if not self.group.id:
            return unlevelled_heading(self.group.shown_id, self.group.name)
        return self.wording.heading(self.group.shown_id, self.group.name)

    def legend(self, scale: Scale, above: str = "") -> str:
        """The legend line (own_legend), then another scale's rated beside, where it has one;
        ``above``: the legend line the document has said already (Report.policy_legend)."""
        own = self.own_legend(scale, above)
        return "　".join(part for part in (own, self.beside_legend) if part)

    def own_legend(self, scale: Scale, above: str = "") -> str:
        """The scale's legend line (Scale.legend), but of the marks among words only those its
        rows hold (unshown_marks); none where it would only say that symbols
        none of this policy's rows holds are not counted (集中改革プラン's 「※再掲（件数に含め
        ません）」 under a 柱 with no 再掲: review 47), nor where it is ``above``, said once over
        集計 (printed again under every policy: review 193 #9) — only what it adds, the rows
        listed with no status."""
        statuses = {entry.status for entry in self.entries}
        left = unshown_marks(scale, statuses)  # (「※事業中止：－」 where one is: review 146 #7)
        legend = scale.legend(self.wording.status, left, self.wording.statuses_shown(scale))
        # (a row listed with no status, 「未提出」 in its status cell: said, review 56)
        rows = [row.entry for table in self.tables for row in table.rows if not row.entry.status]
        unrated: dict[str, set[bool]] = {}  # (each label: whether its departments replied)
        for entry in rows:
            unrated.setdefault(entry.status_text, set()).add(entry.department in self.lacking)
        who = self.wording.who_answers
        said = "".join(
            f"。{text}：{_why_unrated(text, who, replied)}件数に含めていません"
            for text, replied in unrated.items()
            if text
        )
        if legend == above:
            return "※" + said[1:] if said else ""
        if any(s.counted and explained(s) and s.symbol not in left for s in scale.statuses):
            return legend + said
        shown = legend if statuses & set(scale.uncounted) else ""
        return shown + said if shown or not said else "※" + said[1:]

    def direction_entries(self, direction_id: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.direction_id == direction_id]

    def body_starts(self, index: int) -> bool:
        """Whether table ``index`` is its body's first (several bodies: a heading above it)."""
        body = self.tables[index].body
        return bool(body) and (index == 0 or self.tables[index - 1].body != body)


def _why_unrated(text: str, who: str, replied: set[bool]) -> str:
    """Why a row listed with no status was not counted, as its status cell says (「未提出（令和6年度
    の調査票）」: its department (``who``) answered on last year's form — 「回答がないため」 said
    it sent nothing: review 80), in 提出状況's words (Submission.label, Submission.why); a row
    left out for its error (past_errors.LEFT_OUT_ROWS: 「未評価」) as the count sentence says it. ``replied``:
    whether the departments of the rows so labelled replied without them — 「回答に行がない
    ため」, as 集計 says (review 138: 人事課 sent last year's form, lacking the new item)."""
    from planeval.cycle.submission import SENT_AS, UNREAD_TABLE, UNREADABLE
    from planeval.past_errors import LEFT_OUT_ROWS
    from planeval.unanswered_words import OTHER_ROUND

    if said := next((row.why for row in LEFT_OUT_ROWS if row.cell == text), ""):
        return f"{said}ため"
    if text == SPLIT_LABEL:  # (its department's rows of it split: review 182 #1)
        return f"{who}の{SPLIT_ROWS}ため"
    if text.endswith("の調査票）"):
        return f"{who}の{OTHER_ROUND}ため"
    if text.endswith("（表が読めないファイルのみ）"):
        return f"{who}の{UNREAD_TABLE}ため"
    if text.endswith("（読めないファイルのみ）"):
        return f"{who}の{UNREADABLE}ため"
    if text.startswith("未提出（") and text.endswith(f"{SENT_AS}）"):  # (未提出（PDFで提出）)
        return f"{who}の回答が{text[4:-1]}されたため"
    if replied == {True}:
        return f"{who}の{MISSING_ROW}ため"
    return (
        f"{who}の回答がないか、{MISSING_ROW}ため" if True in replied else f"{who}の回答がないため"
    )
