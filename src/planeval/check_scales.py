"""``check`` under a body's planeval.toml (``check_under``: its scale and its words, as
``planeval check --config`` checks), and given two (``--config 達成度.toml --config 点検結果.toml``:
two status columns of the same items, export's two scales): the texts checked once per scale, each
scale's figures against its own counts, and the two results joined into one (review 147 #3/#4).

A number one scale's check could not tell of (「Aが14件」 in a 達成度 check, a table headed by
the other column's statuses) is the other's where that one compared it; a disagreement over a
word that is no status of its scale (the plan's 終了, a rounding note under the other scale's
table) is dropped where the other scale read the same number as its own and found it agree: a
status of a running scale wins over the plan's word, and a note belongs to its own table
(review 147 #2). A status's disagreement of either scale always stands.

``check_texts`` is the whole of ``planeval check``: the texts checked under one planeval.toml's
read, or two, and the problems to print with the verdict."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from planeval.check_result import CheckResult, Disagreement, NotCompared
from planeval.model import Location
from planeval.own_fragments import own_fragment
from planeval.scale_words import normalised

if TYPE_CHECKING:
    from planeval.config import Config
    from planeval.read_records import ReadResult

    # (one planeval.toml's settings, this year's read under them, last year's or None)
    Read = tuple[Config, ReadResult, ReadResult | None]

_Key = tuple[Location, float]
_QUOTES = str.maketrans("", "", "「」『』 \u3000")


@dataclass(frozen=True, slots=True)
class ScalesChecked:
    """Each scale's check with what the other settles taken out (``first``, ``second``: their
    disagreements shown each in its own scale's words), and both joined (``both``: the verdict
    and the exit code)."""

    first: CheckResult
    second: CheckResult
    both: CheckResult


@dataclass(frozen=True, slots=True)
class CheckedTexts:
    """What ``planeval check`` shows (check_texts): the verdict and the exit code
    (``checked``: two settings' checks joined), the read whose problems it prints (``result``:
    this year's joined with last year's), and each settings' check with those settings, its
    disagreements said in its own scale's words (``each``: one, or two)."""

    checked: CheckResult
    result: ReadResult
    each: tuple[tuple[CheckResult, Config], ...]


def _words(phrase: str, value: float) -> str:
    """A number's own words as either check quotes them (after NFKC, a scale's digits quoted
    or not: 「達成度「1」・「2」の割合」 and 「達成度1・2の割合」 alike), a number quoted to its
    bracket (check_typed.to_its_bracket) by its words up to the 、 its clause was read to."""
    read = normalised(phrase).translate(_QUOTES)
    if (head := read.split("、", 1)[0]).count("(") > head.count(")"):
        read = head
    return own_fragment(read, value)


class _Said:
    """Numbers by where they stand and their value, each with its words."""

    def __init__(self, numbers: Iterable[tuple[Location, str, float | None]]) -> None:
        self.words: dict[_Key, list[str]] = {}
        for number in numbers:
            self.add(number)

    def __contains__(self, number: tuple[Location, str, float | None]) -> bool:
        return self.count(number) > 0

    def add(self, number: tuple[Location, str, float | None]) -> None:
        location, phrase, value = number
        stated = float(value or 0)
        self.words.setdefault((location, stated), []).append(_words(phrase, stated))

    def count(self, number: tuple[Location, str, float | None]) -> int:
        """How many numbers of the same value stand there with the same words (one within the
        other's: 「重点1件」 of 「改善しながら継続1件（うち重点1件）」)."""
        location, phrase, value = number
        own = _words(phrase, float(value or 0))
        return sum(
            own in words or words in own
            for words in self.words.get((location, float(value or 0)), ())
        )


class _Read:
    """What one scale's check made of each number it read."""

    def __init__(self, checked: CheckResult) -> None:
        self.read = _Said(
            (s.location, n.phrase, n.value) for s in checked.statements for n in s.numbers
        )
        self.tables = {s.location for s in checked.statements if s.pasted or s.across}
        self.skipped = _Said((n.location, n.phrase, n.stated) for n in checked.not_compared)
        self.wrong = _Said((d.location, d.phrase, d.stated) for d in checked.disagreements)
        self.wholes = _Said((d.location, d.phrase, d.stated) for d in checked.plan_wholes)

    def agreed(self, d: Disagreement) -> bool:
        """Whether it compared the number ``d`` states and found it agree."""
        key = (d.location, d.phrase, d.stated)
        return key in self.read and key not in self.skipped and key not in self.wrong

    def plainly(self, d: Disagreement) -> bool:
        """Whether it found the number ``d`` states agree with its own count alone, no rows
        left out nor 未提出 items added: 「35項目」 its 35 rows, which the other scale's 34 rows
        and a row in error make up too — that scale's note, not this total's (review 170 #9)."""
        return self.agreed(d) and (d.location, d.phrase, d.stated) not in self.wholes

    def compared(self, number: NotCompared) -> int:
        """How many numbers alike with one the other check could not compare this one compared
        there (every one of a table it read too): of the numbers alike there, those read less
        those skipped — a paragraph of both scales' sentences says 「（うち重点1件）」 of each,
        this one's compared, the other's not (review 147 #6), and one of neither scale's stays
        listed (review 147: every such figure, not one of several)."""
        if number.location in self.tables:
            return len(self.read.words.get((number.location, float(number.stated or 0)), ()))
        key = (number.location, number.phrase, number.stated)
        return max(0, self.read.count(key) - self.skipped.count(key))


def _kept(checked: CheckResult, other: _Read) -> CheckResult:
    """``checked`` without the numbers the ``other`` scale's check settles."""
    own = set(checked.scale.symbols)
    return replace(
        checked,
        disagreements=tuple(
            d for d in checked.disagreements if d.what in own or not other.agreed(d)
        ),
        not_compared=_beyond(checked.not_compared, other.compared),
    )


def _beyond(
    numbers: Iterable[NotCompared], taken: Callable[[NotCompared], int]
) -> tuple[NotCompared, ...]:
    """``numbers`` without as many of those alike at each place as ``taken`` says another
    result holds of them (compared by the other scale, or listed by the other check): the
    rest stay listed, each figure once."""
    held, kept = _Said(()), []
    for number in numbers:
        key = (number.location, number.phrase, number.stated)
        if held.count(key) < taken(number):
            held.add(key)
        else:
            kept.append(number)
    return tuple(kept)


def _once(*lists: Iterable[Disagreement]) -> tuple[Disagreement, ...]:
    """The totals both checks name (「全31事務事業」 of either scale's rows), each once."""
    seen: dict[tuple[Location, str, float | None], Disagreement] = {}
    for listed in lists:
        for d in listed:
            seen.setdefault((d.location, d.phrase, d.stated), d)
    return tuple(seen.values())


def _owned(first: Iterable[NotCompared], second: Iterable[NotCompared]) -> tuple[NotCompared, ...]:
    """The first check's numbers not compared, each told in the second's words where the first
    set it aside as another scale's and the second, that scale, held it back for its own reason
    (a row it did not count): that scale's config was given (review 151 #1)."""
    own = {(n.location, n.phrase, n.stated): n for n in second if not n.other_scale}
    return tuple(
        own.get((n.location, n.phrase, n.stated), n) if n.other_scale else n for n in first
    )


def check_scales(first: CheckResult, second: CheckResult) -> ScalesChecked:
    """The checks of the same texts under two scales (the first planeval.toml's, the second's)
    joined: a number not compared by one and compared by the other is the other's; a number
    neither compared is listed once (the first's words); the paragraphs each once."""
    read_first, read_second = _Read(first), _Read(second)
    one, two = _kept(first, read_second), _kept(second, read_first)
    wrong = _Said((d.location, d.phrase, d.stated) for d in one.disagreements)
    own = set(second.scale.symbols)  # (a total both find wrong: said once, the first's)
    two = replace(
        two,
        disagreements=tuple(
            d
            for d in two.disagreements
            if d.what in own or (d.location, d.phrase, d.stated) not in wrong
        ),
    )
    one = replace(one, not_compared=_owned(one.not_compared, two.not_compared))
    skipped = _Said((n.location, n.phrase, n.stated) for n in one.not_compared)
    places = {s.location for s in first.statements}
    both = replace(
        first,
        statements=(*first.statements, *(s for s in second.statements if s.location not in places)),
        disagreements=(*one.disagreements, *two.disagreements),
        not_compared=(
            *one.not_compared,
            *_beyond(two.not_compared, lambda n: skipped.count((n.location, n.phrase, n.stated))),
        ),
        compared=first.compared + second.compared,
        silent=tuple(text for text in first.silent if text in second.silent),
        plan_wholes=_once(
            (d for d in first.plan_wholes if not read_second.plainly(d)),
            (d for d in second.plan_wholes if not read_first.plainly(d)),
        ),
        alike=_once(first.alike, second.alike),
    )
    return ScalesChecked(one, two, both)


def check_under(
    result: ReadResult,
    config: Config,
    *,
    texts: Sequence[Path] = (),
    fiscal_year: int | None = None,
    previous: ReadResult | None = None,
    mapping: Mapping[str, str] | None = None,
    alone: bool = True,
    given: str | None = None,
) -> CheckResult:
    """``planeval.check`` of ``result`` under one planeval.toml's settings: its scale, its words
    for projects, items, counters and directions, its headings, and its word for the top level
    where it has its own or its layout says it (a [wording] preset's 情報化政策 over forms whose
    policy rows carry no word, review 51); else the ids' own, as the command checks. ``alone``
    (one planeval.toml given): the other column's numbers in planeval's own export of two
    scales listed as that column's (export_columns.py: 「点検結果」), not as this scale's, and
    where the report's shares add each row up to 100, the setting printing them so added to
    ``result.problems`` (rounding_hint, review 160 #6). ``given``: ``previous``'s path as given;
    with it and ``alone``, last year's own problems are told once in ``previous.problems``
    (earlier_problems.told_last_year, review 180 #6; given two settings, after both reads')."""
    from planeval.api import check
    from planeval.wording import DEFAULT_WORDING

    own = config.wording.policy
    checked = check(
        result,
        scale=config.scale,
        texts=texts,
        level=own if own != DEFAULT_WORDING.policy or config.layout.worded else None,
        headings=config.layout.headings,
        project=config.wording.project,
        item=config.wording.item,
        counter=config.wording.counter,
        direction=config.wording.direction,
        fiscal_year=fiscal_year,
        previous=previous,
        mapping=mapping,
    )
    if not alone:  # (the other settings check the other column: check_scales)
        return checked
    if previous is not None and given is not None:  # (after check's compare of the two)
        from planeval.cycle.earlier_problems import told_last_year

        told_last_year(previous, config.wording.item, given)
    from planeval.export_columns import other_columns
    from planeval.io.text_files import text_paragraphs
    from planeval.rounding_hint import rounding_hint

    cells = [*result.texts, *(cell for path in texts for cell in text_paragraphs(Path(path)))]
    checked = other_columns(checked, cells, config.wording.status, config.source)
    labels = result.level_labels
    result.problems += rounding_hint(checked, result.entries, config, labels=labels)
    return checked


def check_texts(
    read: Read,
    beside: Read | None = None,
    *,
    texts: Sequence[Path] = (),
    fiscal_year: int | None = None,
    mapping: Mapping[str, str] | None = None,
    given: str | None = None,
) -> CheckedTexts:
    """``planeval check``: ``texts`` checked under ``read``'s settings (check_under; its read's
    notices of the texts themselves and its total rows its rows do not make left to the check),
    and with ``beside`` (a second planeval.toml's read of the same workbooks, ``--config`` twice)
    under those too, joined (check_scales), the two reads' problems each said once — last
    year's, with ``given`` (``--previous`` as given), told once after both reads'. With last
    year's read, its problems join this year's, and a pair of ``mapping`` naming nothing is
    said as compare says it (pairing.unused_pairs)."""
    config, result, last = read
    checked = _check_one(read, texts, fiscal_year, mapping, alone=beside is None, given=given)
    each: tuple[tuple[CheckResult, Config], ...] = ((checked, config),)
    if beside is not None:
        other, second, before = beside
        joined = check_scales(checked, _check_one(beside, texts, fiscal_year, mapping))
        checked, each = joined.both, ((joined.first, config), (joined.second, other))
        from planeval.two_scales import both_problems

        result.problems = both_problems(result.problems, second.problems)
        if before is not None and last is not None and given is not None:
            from planeval.cycle.earlier_problems import told_last_year

            told_last_year(last, config.wording.item, given, beside=before)
    if last is not None:  # (either round's problems)
        from planeval.io.reader import join

        result = join(result, last)
        if mapping:  # (a pair naming nothing: said, as compare says it)
            from planeval.cycle.pairing import unused_pairs

            result.problems += unused_pairs(mapping, last, result)
    return CheckedTexts(checked, result, each)


def _check_one(
    read: Read,
    texts: Sequence[Path],
    fiscal_year: int | None,
    mapping: Mapping[str, str] | None,
    *,
    alone: bool = False,
    given: str | None = None,
) -> CheckResult:
    """The texts checked under one planeval.toml's settings (``alone``, ``given``: check_under's),
    its read's problems first rid of what check says itself: its notices of the texts, found in a
    folder it read (「報告書案.txt: Excel ブックではないため読み飛ばしました」: read, as the text),
    and a total row its rows do not make (in check's own table of disagreements, not twice)."""
    from planeval.stated_totals import STATED_TOTAL

    config, result, last = read
    named = {path.resolve() for path in texts}
    result.problems = [
        p for p in result.problems
        if p.reason != STATED_TOTAL and (p.is_error or p.severity != "notice"
        or not p.location.file or Path(p.location.file).resolve() not in named)
    ]  # fmt: skip
    return check_under(
        result, config, texts=texts, fiscal_year=fiscal_year, previous=last, mapping=mapping,
        alone=alone, given=given,
    )  # fmt: skip
