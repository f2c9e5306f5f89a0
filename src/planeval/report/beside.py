"""A report of two scales rated on the same items (a 行政改革大綱's 実施状況 and 達成度, each
counted by its own planeval.toml): the first's report with the second's rating of each row as
a column of Chapter 3's tables (carried as a value column, as an indicator's figures, so that
every format writes it; titled as indicator_values.OtherRating, it stands after the rating,
実施状況 | 達成度, not among the figures before it), its 集計 after the first's, its count sentence after each policy's and its legend line
after the first's (review 141 #6: two reports merged by hand into one Word file)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from planeval.model import Entry, Location
from planeval.report.document import CountSection, PolicySection, Report
from planeval.report.indicator_values import OtherRating, Values
from planeval.report.summary_legend import count_legend
from planeval.text_cells import RowKey, row_key


def beside_values(
    rows: Iterable[Entry],
    other_rows: Sequence[Entry],
    title: str,
    shown: Callable[[str], str],
    values: Values,
) -> dict[Location, tuple[tuple[str, str], ...]]:
    """``values`` with each of ``rows``' rating by the other scale added as the value column
    ``title`` (its word: 達成度): the row of ``other_rows`` (the other read's Chapter 3 rows,
    those left out for an error labelled so) on the same file, sheet and row, else the one
    row of its body's item key; as ``shown`` writes its status, a row not counted as its
    label says (未集計（エラー）), blank where the other read has no such row."""
    placed: dict[RowKey, Entry] = {}
    keyed: dict[tuple[str, str], list[Entry]] = {}
    for entry in other_rows:
        if (key := row_key(entry.location)) is not None:
            placed.setdefault(key, entry)
        keyed.setdefault((entry.body, entry.item_key + (entry.sub_item or "")), []).append(entry)
    merged, title = dict(values), OtherRating(title)  # (after the rating: Chapter3Columns)
    for entry in rows:
        key = row_key(entry.location)
        other = placed.get(key) if key is not None else None
        if other is None:
            same = keyed.get((entry.body, entry.item_key + (entry.sub_item or "")), [])
            other = same[0] if len(same) == 1 else None
        value = "" if other is None else _shown(other, shown)
        merged[entry.location] = (*values.get(entry.location, ()), (title, value))
    return merged


def _shown(entry: Entry, shown: Callable[[str], str]) -> str:
    if not entry.status:  # (not counted: its label, 未集計（エラー）, 未提出)
        return entry.status_text
    return f"{entry.sub_item} {shown(entry.status)}" if entry.sub_item else shown(entry.status)


def with_beside(report: Report, other: Report) -> Report:
    """``report`` (its Chapter 3 rows carrying ``other``'s rating: beside_values) with
    ``other``'s 集計 after its own, each titled by its scale's word (集計（実施状況）,
    集計（達成度）; the whole count both say, 「取組項目は全52項目…」, under the first's alone:
    review 151 #7, and so the legend line both say), and each policy's count sentence and legend followed by ``other``'s."""
    word, other_word = report.wording.status, other.wording.status
    title = report.wording.summary_title
    own = replace(report.wording, summary_title=f"{title}（{word}）")
    table = other.summary_table  # (「取組項目は全52項目…」 said once, under the first's)
    # (or said in the first's whole sentence, 「取組項目は全52項目で、…」: review 172 #7)
    if other.whole and (
        other.whole == report.whole or other.whole.partition("（")[0] in report.sentence
    ):
        table = replace(table, remarks=tuple(n for n in table.remarks if n != other.whole))
    # (said in the whole sentence, 「…取組項目は全52項目で、再掲の3項目を除く…」: review 172 #7)
    said = [p for p in _sentences(other.sentence) if "を除く" in p and p in report.sentence]
    if said and not other.whole:
        less = other.sentence.replace(said[0], "", 1)
        table = replace(
            table, remarks=tuple(less if n == other.sentence else n for n in table.remarks)
        )
    counts = CountSection(
        f"{title}（{other_word}）",
        table,
        other.wording.policy,
        other.wording.by_policy_title,  # (改革の柱別の達成度: its word in it)
        scale=other.scale,
        wording=replace(other.wording, summary_title=f"{title}（{other_word}）"),
        # (the same legend line, 「※再掲は件数に含めません」, said once, over the first's)
        legend=count_legend(other.scale, other.wording)
        != count_legend(report.scale, report.wording),
    )
    theirs = {section.group.id: section for section in other.policies}
    policies = tuple(
        _policy_beside(section, theirs.get(section.group.id), report, other)
        for section in report.policies
    )
    return replace(report, wording=own, more_counts=(counts,), policies=policies)


def _policy_beside(
    section: PolicySection, other: PolicySection | None, report: Report, theirs: Report
) -> PolicySection:
    """A policy's section with the other scale's count sentence after its own (those of its
    sentences the first's says already left out: 「…4つの推進項目に取り組みました。」) and its
    legend line, named by its word, where it says more than the first's (「※再掲は件数に
    含めません」 said once, for both)."""
    if other is None:
        return section
    said = _sentences(section.sentence)
    more = "".join(part for part in _sentences(other.sentence) if part not in said)
    legend, own = other.legend(theirs.scale), section.legend(report.scale)
    rest = legend[len(own) :].lstrip("。") if own and legend.startswith(own) else legend[1:]
    word = theirs.wording.status
    if rest and not rest.startswith(word):  # (a scale of digits names its word: Scale.legend)
        rest = f"{word}　{rest}"
    legend = f"※{rest}" if rest else ""
    return replace(section, sentence=section.sentence + more, beside_legend=legend)


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=。)", text) if part]
