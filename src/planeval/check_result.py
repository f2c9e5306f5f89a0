"""What ``check`` finds: the stated numbers that differ from the rows, those it did not
compare (with why), and its verdict."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from planeval.model import Location
from planeval.scale import DEFAULT_SCALE, Scale
from planeval.stated_changes import PAST, previous_compares
from planeval.stated_number import PROJECTS
from planeval.statements import StatedCounts
from planeval.wording import grouped

# what a number of projects counts where it counts only those with a counted row (「6取組を評価
# し」; stated_numbers.PROJECTS counts them all): its disagreement's ``what``
RATED_PROJECTS = "rated projects"
# a disagreement's ``what`` that counts projects, not items (「40施策」: the plan's projects
# left out are said, not its items)
PROJECT_COUNTS = (PROJECTS, RATED_PROJECTS)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A stated number that differs from the rows (``stated`` None: a status the paragraph
    leaves out although it lists every other one)."""

    policy_id: str | None  # None: the whole plan
    what: str  # a scale symbol, PROJECTS, RATED_PROJECTS, TOTAL, ROWS or GROUPS
    stated: int | float | None
    counted: int | float
    location: Location
    scope: str = ""  # 計画全体, 基本方針1, 情報化政策1 …
    percent: bool = False  # a percentage (counted is the share at the stated places)
    phrase: str = ""
    level: str = ""  # the level a GROUPS number counts (基本方針, 施策)
    note: str = ""  # said after the counted number: 「（ほかに数えなかった行は 1 行だけ）」
    body: str = ""  # a body's row of a pasted table (団体別集計): its own files' rows count
    # … a 都道府県's row: its bodies' files' — those it says it counted, 「27団体（未集計 3団体）」
    bodies: frozenset[str] = frozenset()
    # last year's number (PAST: counted is last year's count) or a change (CHANGE, FALL: stated
    # and counted signed, counted this year's less last year's), compared with --previous
    when: str = ""
    subset: str = ""  # a sub-count's word (うち重点: 重点), its rows those a column marks
    # last year's number or a change agreeing with each round's whole, not with compare's like
    # for like: no disagreement, named in the verdict with both counts (CheckResult.alike);
    # one agreeing with compare's only is a disagreement (review 189 #2: one basis)
    whole: bool = False
    # a total agreeing as the rows counted and those left out (held_back._whole): the latter
    left_out: str = ""
    # a whole of the plan agreeing with the items its 区分 ends too (unreturned_said.whole):
    # how many, and the plan's words for them (完了・廃止)
    ended: int = 0
    ended_as: str = ""
    # … and its items not returned by Chapter 3's label, with how many (unsent_reasons: 未提出（令和
    # 3年度の調査票）, an item returned split 記入誤り, an .xls's 未提出（読めないファイルのみ）)
    unsent: tuple[tuple[str, int], ...] = ()
    # a number of every row (ROWS): its rows not counted by name (再掲 3), apart from 集計 in a whole's
    uncounted: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class NotCompared:
    """A stated number check did not compare, where it is and why."""

    policy_id: str | None
    scope: str
    phrase: str
    stated: int | float
    reason: str
    location: Location
    # its own words say it counts no rows of this round (a change, last year's number, a
    # sub-count of a subset the rows do not mark): listed, and no failure of the check
    settled: bool = False
    when: str = ""  # last year's number or a change (stated_changes.py), else ""
    # the preset of another scale whose count it is (StatedNumber.other_scale; a pasted table
    # headed by that preset's statuses): settled, and named apart in the verdict
    other_scale: str = ""


_WHOLES_NAMED = 3  # totals taken as the plan's whole named in the verdict, before 「ほか N 件」
# the numbers not compared that fail nothing (NotCompared.settled), as the verdict names them
_SETTLED = "前年度の数・増減・印のない内訳など、行から数えられない数"
# how the verdict ends the numbers of last year and changes agreeing with each year's whole and
# not with compare's rows of both rounds (the one basis check compares on: review 189 #2)
_WITH_UNSENT = (
    "集計した件数に{}を加えた計画の件数として一致とみました（割合は集計した件数に対するものです）"
)
_WITH_LEFT_OUT = "集計した件数に数えなかった行を加えた件数として一致とみました"
_EACH_WHOLE = (
    "各年度の回答全体の数として一致とみました（compare の表は両年度で比べられる行だけの数です）"
)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What ``check`` found: every paragraph stating numbers, every disagreement, and every
    number not compared (with why). ``compared`` is how many stated numbers were compared."""

    statements: tuple[StatedCounts, ...]
    disagreements: tuple[Disagreement, ...]
    not_compared: tuple[NotCompared, ...] = ()
    compared: int = 0
    scale: Scale = field(default=DEFAULT_SCALE, repr=False, compare=False)
    previous: bool = False  # whether last year's rows were given (check --previous)
    # the report texts given (--text) no number was found in: an empty or unfinished draft,
    # the wrong file — said, and a failure, whatever the workbooks' own total rows say
    silent: tuple[str, ...] = ()
    # totals agreeing as the rows counted and the plan's items no department returned (全16 of
    # 14 counted and 2 未提出): said in the verdict, since the shares beside them are of the 14
    plan_wholes: tuple[Disagreement, ...] = ()
    # last year's numbers and changes agreeing with compare's counts (like for like) and not
    # with each round's whole: said in the verdict, with both (review 111)
    alike: tuple[Disagreement, ...] = ()
    # numbers equal to the rows counted of a scope some rows of which were left out: agreeing
    # with a partial count, said so in the verdict (partial_scopes.py: review 178 #10)
    partial: tuple[Disagreement, ...] = ()

    @property
    def unsettled(self) -> tuple[NotCompared, ...]:
        """The numbers not compared that check could not tell of (not those whose own words
        say they count no rows of this round: a change, last year's number)."""
        return tuple(number for number in self.not_compared if not number.settled)

    @property
    def agrees(self) -> bool:
        """Whether numbers were stated, every one found was compared (or says it counts no
        rows of this round), and none disagrees."""
        return (
            bool(self.statements)
            and not self.silent
            and self.compared > 0
            and not self.unsettled
            and not self.disagreements
        )

    def verdict(self) -> str:
        """The one-line verdict, in the loaded scale's words, and the totals taken as the
        plan's whole said after it."""
        from planeval.partial_scopes import partly_said

        return self._verdict() + self._plan_wholes() + self._alike() + partly_said(self.partial)

    def _verdict(self) -> str:
        if self.silent:  # (「t/empty.txt に…見つかりませんでした。ブックの合計の行 1 行の…」)
            said = (
                f"{'、'.join(self.silent)} に件数を記載した文章が見つかりませんでした"
                f"（{looked_for(self.scale)}を探しました。--text に指定したファイルが報告書の文章か"
                "確かめてください）"
            )
            if not self.statements and not self.unsettled:
                return said
            return f"{said}。{replace(self, silent=(), plan_wholes=(), alike=(), partial=()).verdict()}"
        # (every number its table lists is counted, those whose own words say they count no
        # rows named among them — 「比べられなかった数が 1 件」 over two rows, review 86)
        kinds = self._settled_kinds()
        aside = ""
        if self.unsettled and kinds:
            aside = "（うち " + "、".join(f"{n} 件は{what}" for what, n in kinds) + "です）"
        reasons = [(number.when, number.reason) for number in self.not_compared]
        if not self.previous and (compared := previous_compares(reasons)):
            aside += f"。{compared}は、前年度の回答を --previous で渡すと照合します"
        unsettled = f"比べられなかった数が {len(self.not_compared)} 件あります"
        if not self.statements and self.unsettled:  # (a table by years of no known year)
            return f"集計と比べた数はなく、{unsettled}{aside}"
        if not self.statements:
            return (
                f"件数を記載した文章が見つかりませんでした（{looked_for(self.scale)}を探しました）"
            )
        # (a clerk's table with the groups across is read by its columns: 「表の 4 列」)
        columns = sum(statement.across for statement in self.statements)
        rows = sum(statement.pasted for statement in self.statements) - columns
        captions = sum(statement.caption for statement in self.statements)
        leads = sum(statement.listed for statement in self.statements)  # (「一覧は13件です」)
        # (「6 段落、表の 4 行と表の説明 6 件」: planeval's tables pasted, by their rows, and its
        # captions of Chapter 3's tables; a workbook's own 合計 rows apart, and its paragraphs
        # apart from a report's where both were read: a 3-line draft is 3 段落, review 85)
        named = [
            part
            for part, number in (
                *_paragraphs(self.statements),
                (f"表の {rows} 行", rows),
                (f"表の {columns} 列", columns),
                (f"表の説明 {captions} 件", captions),
                (f"一覧の説明 {leads} 件", leads),
            )
            if number
        ]
        said = "と".join(filter(None, ("、".join(named[:-1]), named[-1])))
        if kinds and not self.unsettled:
            said_kinds = "と、".join(f"{what} {n} 件" for what, n in kinds)
            aside = f"（{said_kinds}は比べていません）{aside}"
        parts = []
        if self.disagreements:
            parts.append(f"記載と集計の食い違いが {len(self.disagreements)} 件あります")
        if self.unsettled:
            parts.append(unsettled)
        if parts:  # (「…が 5 件あり、…が 1 件あります」: the first clause joined to the next)
            joined = [part.removesuffix("あります") + "あり" for part in parts[:-1]] + parts[-1:]
            return f"{said}のうち、" + "、".join(joined) + aside
        if not self.compared:
            return f"{said}に数はありましたが、集計と比べられるものはありませんでした{aside}"
        return f"{said}の記載件数はすべて集計と一致しています{aside}"

    def _settled_kinds(self) -> list[tuple[str, int]]:
        """The numbers not compared that fail nothing, as the verdict names them, each with how
        many: those the rows cannot count (last year's, a change…), and another scale's counts
        (a 行政改革大綱's other status column, checked with its own config: review 94)."""
        settled = [number for number in self.not_compared if number.settled]
        others = list(dict.fromkeys(n.other_scale for n in settled if n.other_scale))
        plain = sum(not number.other_scale for number in settled)
        kinds = [(_SETTLED, plain)] if plain else []
        if others:  # (a preset's name quoted; an export's column as it titles it: 点検結果)
            presets = "・".join(f'"{name}"' for name in others if name.isascii())
            named = "・".join(
                [f"preset {presets}"] * bool(presets)
                + [name for name in others if not name.isascii()]
            )
            kinds.append((f"別の評価尺度（{named}）の数", len(settled) - plain))
        return kinds

    def _plan_wholes(self) -> str:
        """The totals that agree as the rows counted and the 未提出 items together, said: the
        shares beside such a total are of the rows counted (review 91: 「全16取組のうち…7.1%」,
        1 of 14) — a few named, each with its two parts; and those that agree as the rows
        counted and the rows left out (Disagreement.left_out: review 137 #4), said alike."""
        said = ""
        for left_out, ending in ((False, _WITH_UNSENT), (True, _WITH_LEFT_OUT)):
            quoted: dict[tuple[Location, str], list[Disagreement]] = {}  # (a sentence once)
            for whole in self.plan_wholes:
                if bool(whole.left_out) == left_out:
                    key = (whole.location, whole.phrase or f"{whole.stated:g}")
                    quoted.setdefault(key, []).append(whole)
            named = []
            wrong = [(d.location, d.stated) for d in self.disagreements]
            for (where, phrase), wholes in list(quoted.items())[:_WHOLES_NAMED]:
                parts = {f"{grouped(d.stated or 0)} 件は": _whole_parts(d) for d in wholes}
                # (「…110件（…実質107件）」: 110 件は…、107 件は…; the one agreeing named where
                # the quote holds a number that disagrees — review 159 #3: 24 listed both ways)
                held = {float(n) for n in _NUMBER.findall(unicodedata.normalize("NFKC", phrase))}
                led = len(parts) > 1 or any(at == where and n in held for at, n in wrong)
                shown = [f"{lead}{part}" if led else part for lead, part in parts.items()]
                named.append(f"「{_closed(phrase)}」（{'、'.join(shown)}）")
            more = len(quoted) - len(named)
            if not left_out:  # (the 未提出 items, the items the plan ends, or both)
                wholes = [d for d in self.plan_wholes if not d.left_out]
                # (each label the parts name, once: 「未提出の件数と記入誤りの件数」)
                labels = [*(p for d in wholes for p in d.uncounted), *(p for d in wholes for p in _unsent_parts(d))]  # fmt: skip
                told = dict.fromkeys(label for label, _ in labels)  # (再掲 first, then 未提出)
                added = [f"{label}の件数" for label in told]
                added += ["計画の区分で終えた件数"] if any(d.ended for d in wholes) else []
                ending = ending.format("と".join(added))
            if named:
                said += f"。{'、'.join(named)}{f' ほか {more} 件' if more else ''}は、{ending}"
        return said

    def _alike(self) -> str:
        """The numbers of last year or changes agreeing as each round's whole and not as
        compare counts them (the items or bodies one round did not count left out of both:
        Disagreement.whole), said with both: the clerk sees the basis check compared on."""
        quoted: dict[tuple[Location, str], list[Disagreement]] = {}  # (a sentence quoted once,
        for d in self.alike:  # its figures named in it: 「…3事業から0事業（▲3）…」, review 129)
            quoted.setdefault((d.location, d.phrase or f"{d.stated:g}"), []).append(d)
        named = [
            f"「{phrase}」（{'。'.join(_alike_note(d, named=len(ds) > 1) for d in ds)}）"
            for (_, phrase), ds in list(quoted.items())[:_WHOLES_NAMED]
        ]
        more = len(quoted) - len(named)
        return (
            f"。{'、'.join(named)}{f' ほか {more} 件' if more else ''}は、{_EACH_WHOLE}"
            if named
            else ""
        )


_NUMBER = re.compile(r"[0-9]+")  # (a quote holding a wrong number: the one agreeing named)


def _closed(phrase: str) -> str:
    """A sentence quoted up to its number, its bracket closed: 「…（3項目再掲のため実質21件）」."""
    return phrase + "）" * max(0, phrase.count("（") - phrase.count("）"))


def _whole_parts(d: Disagreement) -> str:
    """A total's parts (_plan_wholes): the rows counted, those of every row not counted (再掲:
    never in 集計 — review 210), and the 未提出 items, or the rows left out."""
    parts = (*d.uncounted, *(() if d.left_out else _unsent_parts(d)))
    said = f"集計 {grouped(d.counted - sum(n for _, n in d.uncounted))} 件" + "".join(
        f"＋{label} {grouped(n)} 件" for label, n in parts
    )
    if not d.left_out:
        return said + (f"＋計画で{d.ended_as} {grouped(d.ended)} 件" if d.ended else "")
    rest = f"{grouped((d.stated or 0) - d.counted)} 件"
    return f"{said}{'' if d.uncounted else d.note}＋数えなかった行 {rest}（{d.left_out}）"


def _unsent_parts(d: Disagreement) -> tuple[tuple[str, float], ...]:
    """A whole's items not returned by label with each count where told and adding up (``unsent``:
    未提出 1, 未提出（読めないファイルのみ） 2 — review 184), else 未提出 and the total."""
    told = d.unsent if sum(n for _, n in d.unsent) == _unsent(d) else (("未提出", _unsent(d)),)
    return told if _unsent(d) else ()


def _unsent(d: Disagreement) -> float:
    """A whole of the plan's items not returned, for any reason (those its 区分 ends apart)."""
    return (d.stated or 0) - d.counted - d.ended


def _alike_note(d: Disagreement, *, named: bool) -> str:
    """Both counts of a number of last year or a change said in the verdict (CheckResult._alike),
    led by the number itself where its sentence states another (``named``): 「▲3 は前年度 3 →
    今回 0。…」."""
    note = d.note.removeprefix("（").removesuffix("）")
    if not named:
        return note
    stated = d.stated or 0
    shown = f"{stated:g}" if d.when == PAST else f"▲{-stated:g}" if stated < 0 else f"+{stated:g}"
    return f"{shown} は{note}"


def _paragraphs(statements: tuple[StatedCounts, ...]) -> list[tuple[str, int]]:
    """The paragraphs stating numbers as the verdict names them, each with how many: a
    report's and a workbook's apart where both state some (「報告書 3 段落、ブックの文章 1 段落」),
    else 「N 段落」, and a workbook's own total rows (「ブックの合計の行 2 行」: 長与町's 計 per
    sheet); a paragraph read sentence by sentence once."""
    own = [s for s in statements if not (s.pasted or s.caption or s.listed)]
    totals = len({s.location for s in own if s.total_row})
    in_books = len({s.location for s in own if s.location.sheet and not s.total_row})
    in_texts = len({s.location for s in own if not s.location.sheet})
    if in_texts and in_books:
        said = [(f"報告書 {in_texts} 段落", in_texts), (f"ブックの文章 {in_books} 段落", in_books)]
    else:
        said = [(f"{in_texts + in_books} 段落", in_texts + in_books)]
    return [*said, (f"ブックの合計の行 {totals} 行", totals)]


def looked_for(scale: Scale) -> str:
    """The phrasings check looked for, in the loaded scale's words (for the message when
    no paragraph states a count)."""
    counted = [s for s in scale.statuses if s.counted] or list(scale.statuses)
    if not counted:
        return "「全N件」のような文"
    first = next((s for s in counted if s.symbol == scale.as_planned), counted[0])
    examples = [f"「{first.label}N件」"]
    if first.symbol != first.label:
        examples.append(f"「{first.symbol}がN件」")
    examples.append("「全N件」")
    return "・".join(examples) + "のような文"
