"""The body's words in the outputs: level names, column titles and headings.

``Wording`` holds every word a report prints that is the body's own rather than planeval's;
its defaults are Setagaya's (情報化政策 › 取り組みの方向性 › 情報化計画事業 › 実施内容, 達成状況,
課題等 …), so that a run without planeval.toml prints what it always has. planeval.toml's
``[wording]`` table sets any of them (config.py); a few bodies' words ship as presets
(``preset = "hirakata"``), chosen only by name, never guessed. The count sentence in these
words: count_sentence.py.

Counting in Japanese is written once, in ``counted``: 「3つの計画事業」 but 「18の計画事業」
(the native counter つ goes up to nine), or 「18件の計画事業」 with another counter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from functools import partial
from typing import TYPE_CHECKING

from planeval.model import record
from planeval.text import bare_title

if TYPE_CHECKING:
    from planeval.scale import Scale

# The placeholders each template may use (a template using another is refused by config.py).
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "policy_heading": frozenset({"id", "name", "policy"}),
    "sentence": frozenset(
        {"directions", "policy", "policy_name", "projects", "items", "counts"}
        | {"project", "item", "status", "id", "name"}
    ),
    "status_count": frozenset({"label", "symbol", "n", "thing"}),
    "status_cell": frozenset({"label", "symbol"}),
}
# Setagaya's policy heading, 「（1）情報化政策1 名前」 (the seed's line 562); before a number typed
# otherwise than 1, 2 …, or after another body's own word, its 「（1）」 would only number the
# heading twice (「（Ⅰ）基本方針Ⅰ」, 「（1）基本目標1」): the number said once (Wording.heading)
_DEFAULT_HEADING = "（{id}）{policy}{id} {name}"
_NUMBERED_ONCE = "{policy}{id} {name}"
_SECTIONS_NUMBERED = "情報化政策"  # (the word Setagaya numbers its sections before)
# the title of a column of IDs in every table a user reads (the JSON's keys stay): 「ID」 is no
# word of a public document, which titles its numbers 番号 (review 130 #6)
ID_TITLE = "番号"
# A word that follows another unless set itself: project = "事業" makes 事業 the counted word too
FOLLOWS: dict[str, str] = {
    "policy_short": "policy",
    "direction_short": "direction",
    "project_short": "project",
    "project_counted": "project",
    "item_counted": "item",
    "hierarchy": "project",
    "rows_counter": "counter",  # (a counter the body wrote, not a preset's: review 195 #5)
}


@record(frozen=True, slots=True)
class Wording:
    """Every word of the body's in the outputs. Templates use ``{placeholders}``
    (PLACEHOLDERS lists which)."""

    title: str = "情報化計画事業の進捗状況"  # the report's title (--title overrides it)
    policy: str = "情報化政策"  # the levels, top down
    direction: str = "取り組みの方向性"
    project: str = "情報化計画事業"
    item: str = "実施内容"
    policy_short: str = "政策"  # in column titles and sheet names: 政策番号, 政策1 …
    direction_short: str = "方向性"
    project_short: str = "事業"
    project_counted: str = "計画事業"  # what the sentence and captions count: 5つの計画事業
    item_counted: str = "実施内容"
    sub_item: str = "細目"  # the column titles
    status: str = "達成状況"
    issue: str = "課題等"
    department: str = "所管部"
    # who returns a form where the plan's departments name their unit (所管局 of a city of 局,
    # whatever the department column is titled: 担当課): the sentences of items not returned
    # (message_words.with_form_words); ``department`` where "". Not a settings key.
    answering: str = ""
    # the item column's title where it is not the rows' word: the forms' 指標 beside the 事業
    # each row is (message_words.rows_as_projects); ``item`` where "". Not a settings key.
    item_title: str = ""
    hierarchy: str = "情報化計画事業の体系"  # Chapter 3's first column
    summary_title: str = "集計"  # headings (and sheet names) of the counts and the issue list
    issues_title: str = "課題一覧"
    counter: str = "つ"  # つ: 3つ but 18の; any other (件, 事業): 18件の
    # a counter the body wrote (repeat_total.rows_counter; a preset's: ""). Not a settings key.
    rows_counter: str = ""
    policy_heading: str = _DEFAULT_HEADING
    sentence: str = (
        "{directions}として、{projects}に取り組みました。"
        "個別の{item}ごとの{status}は、{counts}でした。"
    )
    status_count: str = "{label}{n}件"
    status_cell: str = "{symbol}"  # a status as the tables write it: Gunma's 「{label}{symbol}」

    @property
    def who_answers(self) -> str:
        """Who returns a form, in the sentences of items not returned (所管部, 所管局)."""
        return self.answering or self.department

    @property
    def direction_word(self) -> str:
        """The word a direction's heading numbers it after, 「施策1-1 名前」: the body's own
        direction word where bodies number a heading so (text.HEADING_WORDS: 施策, 基本施策 …);
        "" for a word that names the level but numbers nothing (Setagaya's 取り組みの方向性,
        施策の方向, 方向性), its heading 「1-1 名前」 as the seed's."""
        from planeval.text import HEADING_WORDS  # (its patterns: only where a report is built)

        return self.direction if self.direction in HEADING_WORDS else ""

    def level(self, by: str) -> str:
        """The name of a level: "policy" → 情報化政策."""
        levels = {
            "policy": self.policy,
            "direction": self.direction,
            "project": self.project,
            "item": self.item,
            "body-policy": f"団体・{self.policy}",  # (each body's policies apart)
        }
        return levels.get(by, "団体")  # (by="body": one group per body)

    @property
    def item_column(self) -> str:
        """The item column's title: 実施内容; 指標 beside the 事業 each row is (item_title)."""
        return self.item_title or self.item

    @property
    def chapter3_headers(self) -> tuple[str, str, str, str]:
        """情報化計画事業の体系 | 実施内容 | 達成状況 | 課題等."""
        return (self.hierarchy, self.item_column, self.status, self.issue)

    @property
    def issue_headers(self) -> tuple[str, ...]:
        """番号 | 実施内容 | 細目 | 達成状況 | 課題等 | 所管部 | 出典."""
        return (
            ID_TITLE,
            self.item_column,
            self.sub_item,
            self.status,
            self.issue,
            self.department,
            "出典",
        )

    @property
    def policy_id_headers(self) -> tuple[str, str]:
        """政策番号 | 政策名."""
        return (f"{self.policy_short}番号", f"{self.policy_short}名")

    @property
    def by_policy_title(self) -> str:
        """情報化政策別の達成状況."""
        return self.by(self.policy)

    def by(self, level: str) -> str:
        """情報化政策別の達成状況; a status in the level's own word alone: 「指標の評価」."""
        if self.status.startswith(level):
            return self.status
        return f"{level}別の{self.status}"

    def status_shown(self, symbol: str, scale: Scale) -> str:
        """A status as the body's tables write it: 「◎」, or 「前進B」 where the body writes word
        and letter together (status_cell); a symbol that is its own label (取組中), or a mark
        no word goes with (an added 「－ 評価できない」, not 「評価できない－」), as it is."""
        if self.status_cell == "{symbol}" or symbol not in scale.symbols or not symbol.isalnum():
            return symbol
        label = scale.label(symbol)
        if not label or label == symbol:
            return symbol
        return filled(self.status_cell, symbol=symbol, label=label)

    def status_named(self, symbol: str, scale: Scale, form: str = "{symbol} {label}") -> str:
        """A status named in running text or a legend: as the body's tables write it where they
        write word and letter together (「横ばいC」: status_shown, review 194 #3), else the
        symbol with its label as ``form`` sets them (Scale.named: 「C 横ばい」, 「横ばい（C）」)."""
        shown = self.status_shown(symbol, scale)
        return shown if shown != symbol else scale.named(symbol, form)

    def status_choices(self, scale: Scale) -> list[str]:
        """The statuses a form's drop-down offers, as the body's cells hold them: 「前進B」 where
        its forms write word and letter together (review 101), each only where it reads back as
        its status, else the symbol; not the repeat listing's, which the form writes itself."""
        symbols = [symbol for symbol in scale.symbols if symbol != scale.repeat_symbol]
        if self.status_cell == "{symbol}":
            return symbols
        shown = [self.status_shown(symbol, scale) for symbol in symbols]
        return [
            cell if scale.split_labelled(cell) == (None, symbol) else symbol
            for cell, symbol in zip(shown, symbols, strict=True)
        ]

    def statuses_shown(self, scale: Scale) -> Callable[[str], str]:
        """status_shown for ``scale``: what the tables write each status with."""
        return partial(self.status_shown, scale=scale)

    def heading(self, identifier: str, name: str) -> str:
        """A policy's heading: "（1）情報化政策1 名前" (``identifier``: its number as the body
        typed it). The default heading's 「（1）」 numbers Setagaya's sections; before a number
        typed otherwise, or another body's word, it would only number the heading twice
        (「（Ⅰ）基本方針Ⅰ」, 「（1）基本目標1」): "基本方針Ⅰ 名前", "基本目標1 名前"."""
        template = self.policy_heading
        if template == _DEFAULT_HEADING and not (
            identifier.isascii() and identifier.isdigit() and self.policy == _SECTIONS_NUMBERED
        ):
            template = _NUMBERED_ONCE
        return filled(template, id=identifier, name=name, policy=self.policy).strip()

    def entry_columns(self, columns: Mapping[str, str]) -> dict[str, str]:
        """The data sheet's column titles (entry_columns.ENTRY_COLUMNS) in the body's words."""
        own = {
            "policy_id": f"{self.policy_short}番号",
            "policy_name": f"{self.policy_short}名",
            "direction_id": f"{self.direction_short}番号",
            "direction_name": f"{self.direction_short}名",
            "project_id": f"{self.project_short}番号",
            "project_label": f"{self.project_short}番号（表記）",
            "project_name": f"{self.project_short}名",
            "item_no": f"{self.item_column}番号",
            "item_label": f"{self.item_column}番号（表記）",
            "item_name": f"{self.item_column}名",
            "sub_item": self.sub_item,
            "status": self.status,
            "status_text": f"{self.status}（入力値）",
            "issue": self.issue,
            "department": self.department,
        }
        return {key: own.get(key, title) for key, title in columns.items()}


DEFAULT_WORDING = Wording()


def configured(base: Wording, changes: Mapping[str, str]) -> Wording:
    """``base`` with ``changes``; a word that follows another (FOLLOWS) takes its new value."""
    values = dict(changes)
    for follower, leader in FOLLOWS.items():
        if leader in values and follower not in values:
            values[follower] = values[leader]
    # (a preset's 「課題のある施策」 over the body's 事務事業: review 103)
    item = values.get("item")
    if item and "issues_title" not in values and base.item in base.issues_title:
        values["issues_title"] = base.issues_title.replace(base.item, item)
    counter, own = values.get("counter", ""), base.status_count != DEFAULT_WORDING.status_count
    if counter not in ("", "つ") and "status_count" not in values and not own:  # (「9項目の」:
        values["status_count"] = "{label}{n}" + counter  # 「未着手1項目」, not 「未着手1件」)
    rows = values.get("item_counted", "")  # (the body's own word for its rated rows)
    said = base.status_count.partition("{n}")[2]  # (the preset's counter: 「Aが43事業」)
    if rows and said == base.item_counted != rows and "status_count" not in values:
        # (the body's 取組み内容 under the nagoya preset: 「18の取組み内容…Aが12事業」 counted the
        # rows in two words, review 102 #7; in theirs where it is a counter, else 件)
        from planeval.counter_words import rows_counter

        own_counter = rows_counter(rows) or "件"
        values["status_count"] = base.status_count.replace("{n}" + said, "{n}" + own_counter)
    if rows in INDICATORS:  # (「3つの項目の7つの指標を評価しました。…目標達成2指標」: review 28)
        from planeval.counter_words import rows_counter  # (its words: only a body's own)

        counter = rows_counter(rows) or "件"  # (KPI: 件)
        plain = {"sentence": _INDICATOR_SENTENCE, "status_count": "{label}{n}" + counter}
        for key, said in plain.items():
            if key not in values and getattr(base, key) == getattr(DEFAULT_WORDING, key):
                values[key] = said
    return replace(base, **values)


def with_status_column(wording: Wording, status_column: str | None) -> Wording:
    """``wording`` with the status called as the chosen status column is titled
    ([layout] status_column, --status-column: 実施状況 beside a 達成度), where the wording has
    no word of its own for it: what the messages say (review 85) and the title the template
    gives the column, so that the forms read back with the same setting (review 94)."""
    if not status_column or wording.status != DEFAULT_WORDING.status:
        return wording
    return replace(wording, status=bare_title(status_column) or wording.status)


def wording_fields() -> frozenset[str]:
    """The keys [wording] takes (every field but the one worked out from the plan)."""
    return frozenset(f.name for f in fields(Wording)) - {"answering", "item_title", "rows_counter"}


def template_problem(name: str, template: str) -> str | None:
    """Why ``template`` cannot be the ``name`` template (an unknown placeholder, a stray
    brace), or None when it can."""
    import string  # (here: it compiles a pattern when imported, and only config.py asks)

    known = PLACEHOLDERS.get(name)
    if known is None:
        return None
    try:
        used = {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}
    except ValueError as error:
        return f"波括弧の書き方が正しくありません（{error}）"
    unknown = sorted(used - known)
    if unknown:
        return (
            f"{{{unknown[0]}}} は使えません（使えるのは "
            + "、".join(f"{{{k}}}" for k in sorted(known))
            + "）"
        )
    return None


def filled(template: str, **values: object) -> str:
    """``template`` with its {placeholders} filled in from ``values``."""
    return template.format_map(values)


# counting -------------------------------------------------------------------------------


def grouped(number: int | float) -> str:
    """A count as a Japanese public document writes it: 9,332, 1,000 (thousands separated); a
    share as it is, 31.3 (a whole float, 48139.0, as a count)."""
    whole = isinstance(number, int) or number.is_integer()
    return f"{int(number):,}" if whole else f"{number:,}"


def counted(number: int, noun: str, counter: str = "つ") -> str:
    """A number of things in Japanese: 「3つの計画事業」 for one to nine with the native counter
    つ, 「18の計画事業」 from ten on (never 「18つ」); with any other counter 「18件の計画事業」,
    and 「5事業」 when the counter is the noun itself."""
    shown = grouped(number)  # (1,000の計画事業)
    if counter in ("事業", "施策", "指標") and counter != noun:
        counter = (
            "つ"  # (a thing's name: 「3つの施策」「40の事務事業」, not 「3事業の施策」: review 46)
        )
    if counter == "つ":
        return f"{shown}つの{noun}" if 1 <= number <= 9 else f"{shown}の{noun}"
    if not counter:
        return f"{shown}の{noun}"
    if counter == noun:
        return f"{shown}{noun}"
    return f"{shown}{counter}の{noun}"


def worded_number(word: str, number: str) -> str:
    """A level's number after the body's ``word`` (Wording.direction_word): 「施策1-1」,
    「施策1.1」, 「基本施策Ⅱ」, 「基本方針(1)」 as the other numbers (review 128: 東浜市's
    「基本方針 (1)」 headings were shown 「(1)」 beside 「基本方針1-1」); no word: the number alone."""
    return f"{word}{number}" if word and number[:1] in _WORDED_NUMBERS else number


# the first characters of a number a level word goes before (text.ROMAN_NUMERALS among them)
_WORDED_NUMBERS = frozenset("0123456789０１２３４５６７８９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ(（")


INDICATORS = frozenset({"指標", "成果指標", "KPI", "数値目標"})  # (evaluated, not worked on)
_INDICATOR_SENTENCE = "{directions}では、{projects}の{items}を評価しました。個別の{item}ごとの{status}は、{counts}でした。"
