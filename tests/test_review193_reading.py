"""Review 193: how the exports read to a director and a resident — the ※ legend said once per
document (#9), the rounding note under a table of many bodies short (#9), the tie note's
words (#7), a phone's card of the issue list headed by its body (#11), the tables' captions
as a Japanese report writes them (#8)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import planeval
from planeval.aggregate import summarize
from planeval.captions import read_caption
from planeval.report.document import Report
from planeval.report.html_export import to_html
from planeval.report.tables import count_table
from planeval.report.text_export import direction_caption, rated_word, to_markdown
from planeval.scale import DEFAULT_SCALE
from planeval.stated_number import GROUPS, TOTAL
from tests.conftest import SEED_WORKBOOK, rated_entries
from tests.test_export_bodies import _report

LEGEND = "※計画を上回る実施：◎、計画どおり実施：○、内容を一部修正して実施：△、未実施：×、再掲：-（件数に含めません）"


def _seed() -> Report:
    result = planeval.read_workbooks([SEED_WORKBOOK])
    return planeval.build_report(result.entries)


def test_the_legend_is_said_once_over_the_first_table() -> None:
    """The same 「※A：…」 line stood under 集計 and under every policy's sentence (pref 5× in
    the docx, city 4×): said once, over 集計."""
    report = _seed()
    markdown = to_markdown(report)
    assert markdown.count(LEGEND) == 1
    assert markdown.index(LEGEND) < markdown.index(f"## {report.policies[0].heading}")
    assert [report.policy_legend(section) for section in report.policies] == ["", "", ""]


def test_a_policy_keeps_what_its_legend_adds(tmp_path: Path) -> None:
    """A row listed with no status is still explained under its policy, without the line
    集計 has said."""
    report = _seed()
    section = report.policies[0]
    first = section.tables[0]
    row = first.rows[0]
    unrated = replace(row, entry=row.entry._replace(status="", status_text="未提出"))
    tables = (replace(first, rows=(unrated, *first.rows[1:])), *section.tables[1:])
    said = report.policy_legend(replace(section, tables=tables))
    assert said == "※未提出：所管部の回答がないため件数に含めていません"


def test_several_bodies_say_the_legend_once(tmp_path: Path) -> None:
    """団体別集計 right under 集計 said the legend again (pref's docx p.1 and p.2)."""
    report = _report(tmp_path, {"青葉市": [("○", "")], "緑町": [("△", "課題")]})
    legend = "※計画を上回る実施：◎、計画どおり実施：○、内容を一部修正して実施：△、未実施：×"
    assert [report.legend_over(s) for s in report.count_sections] == [legend, ""]
    assert to_html(report).count(legend) == 1


def test_many_rows_not_adding_up_are_named_three_and_counted() -> None:
    """「（北浜市は 99.9%、西浜市は 100.1%、浜中町は 100.1%、若葉町は 99.9%、森町は 100.1% ほか 7 行）」
    under 団体別集計: three named and how many more (four or fewer all named: review 201 #8)."""
    headers = ("政策番号", "政策名")
    many = {str(n): {"◎": 1, "○": 1, "△": 1} for n in range(1, 6)}
    note = count_table(summarize(rated_entries(many)), shares=True, id_headers=headers).share_note
    assert note == (
        "※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。"
        "このため、合計が100.0にならない行があります（政策1 は 99.9%、政策2 は 99.9%、"
        "政策3 は 99.9% ほか 3 行）。"
    )
    few = {str(n): {"◎": 1, "○": 1, "△": 1} for n in range(1, 3)}
    note = count_table(summarize(rated_entries(few)), shares=True, id_headers=headers).share_note
    assert note.endswith(
        "合計が100.0にならない行があります（政策1 は 99.9%、政策2 は 99.9%、合計の行は 99.9%）。"
    )


def test_the_tie_note_names_its_row_without_a_space() -> None:
    """「（合計の行 など）」: a stray space before など."""
    scale = replace(DEFAULT_SCALE, rounding="largest_remainder", ties="column_order")
    rows = {"1": {"◎": 1, "○": 4, "△": 12, "×": 1}}
    note = count_table(summarize(rated_entries(rows), scale=scale), shares=True).share_note
    assert (
        "同じ件数の端数は表の左の列から順に配分しているため、一つの行の中でも同じ件数の割合が"
        "異なることがあります（番号 1など）。"
    ) in note


def test_a_phone_card_of_the_issue_list_is_headed_by_its_body(tmp_path: Path) -> None:
    """Each card's shaded heading was 「1-1」, every body's number, over a plain 「団体：浜中町」:
    the row header holds the body's name, shown on the card only (the wide table keeps its
    団体 column)."""
    report = _report(tmp_path, {"青葉市": [("△", "課題")], "緑町": [("×", "未着手")]})
    page = to_html(report)
    assert (
        '<td class="body" data-label="団体">緑町</td><th scope="row"><span class="lead">緑町 '
        '</span><span class="id">1-1-1(1)</span>'
    ) in page
    assert "table.issues th .lead{display:none}" in page
    assert "table.issues.stacked th .lead{display:inline}table.issues.stacked td.body" in page
    assert 'class="lead"' not in to_html(_seed())  # (one body's: no 団体 column)


def test_a_caption_reads_as_a_report_writes_it() -> None:
    """「5施策・評価した施策：4施策（内訳 A 2、B 1、C 1。ほかに評価対象外 1）」 read machine-made:
    the rated rows and the statuses in brackets, each with 件, the uncounted after ／; check
    reads it back, and earlier reports' shape still."""
    seed = _seed()
    rated = rated_word((t for s in seed.policies for t in s.tables), seed.wording)
    tables = seed.policies[0].tables
    assert [direction_caption(t, seed.scale, seed.wording, rated) for t in tables] == [
        "3計画事業・実施内容 12件（評価した実施内容と細目16件：◎ 4件、○ 6件、△ 6件）",
        "2計画事業・実施内容 9件（評価した実施内容と細目7件：○ 6件、△ 1件／再掲 2件）",
    ]
    caption = "実施内容 3件（評価2件：○ 1件、△ 1件／再掲 1件）"
    said = [(n.what, n.value) for n in read_caption(caption, seed.scale)]
    assert said == [(GROUPS, 3), (TOTAL, 2), ("○", 1), ("△", 1), ("-", 1)]
    earlier = "実施内容 3件・評価した実施内容：2件（内訳 ○ 1、△ 1。ほかに再掲 1）"
    assert [(n.what, n.value) for n in read_caption(earlier, seed.scale)] == said
    assert read_caption("計 3件（◎ 1件、○ 2件）", seed.scale) == []  # (a clerk's total row)
