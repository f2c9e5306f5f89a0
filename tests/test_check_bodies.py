"""check on what nine other bodies publish: every stated number of tests/other_bodies.py is
found, the deliberately wrong ones are reported, and the rest agree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import planeval
from planeval.agreement import check
from planeval.check_result import CheckResult
from planeval.model import Location, TextCell
from planeval.scale import Scale, Status
from planeval.stated_number import ROWS, TOTAL, WHOLE_PLAN
from planeval.statements import StatedCounts
from tests.conftest import rated_entries
from tests.other_bodies import BODIES, Body


def scale_of(spec: list[dict[str, Any]], best_first: bool) -> Scale:
    statuses = tuple(Status(e["symbol"], e["label"], counted=e["counted"]) for e in spec)
    return Scale(statuses, order="best_first" if best_first else "worst_first")


def texts_of(body: Body, folder: Path) -> list[TextCell]:
    """Every text in column A of the sheets holding the statements (headings, legends,
    paragraphs, table cells), in reading order, as the workbook holds them."""
    sheets = {s["sheet"] for s in body.expected["statements"]}
    texts = []
    for path in body.build(folder):
        book = load_workbook(path)
        for sheet in book.worksheets:
            if sheet.title not in sheets:
                continue
            for (cell,) in sheet.iter_rows(min_col=1, max_col=1):
                if isinstance(cell.value, str):
                    texts.append(
                        TextCell(Location(str(path), sheet.title, cell.coordinate), cell.value)
                    )
    return texts


def runs(body: Body) -> list[tuple[str | None, Scale, dict[str, dict[str, int]]]]:
    """(status column or None, scale, groups) for each evaluation the body publishes."""
    e = body.expected
    if isinstance(e["scale"], dict):
        return [
            (col, scale_of(e["scale"][col], e["best_first"][col]), e["groups"][col])
            for col in e["scale"]
        ]
    return [(None, scale_of(e["scale"], e["best_first"]), e["groups"])]


def statement_at(result: CheckResult, cell: str) -> StatedCounts:
    (found,) = [s for s in result.statements if s.location.cell == cell]
    return found


CASES = [(body, column) for body in BODIES for column, _, _ in runs(body)]


@pytest.mark.parametrize(("body", "column"), CASES, ids=[f"{b.key}-{c}" for b, c in CASES])
def test_every_stated_number_is_found_and_only_the_wrong_ones_are_reported(
    body: Body, column: str | None, tmp_path: Path
) -> None:
    ((_, scale, groups),) = [run for run in runs(body) if run[0] == column]
    result = check(texts_of(body, tmp_path), rated_entries(groups), scale=scale)
    by_label = {status.label: status.symbol for status in scale.statuses}
    expected_wrong: set[tuple[str, str]] = set()  # (cell, symbol) check must say disagrees
    expected_skipped: set[tuple[str, float]] = set()  # (cell, value) it must list not compared
    unmarked = 0  # of them, those listed and no failure
    for stated in body.expected["statements"]:
        statement = statement_at(result, stated["cell"])
        if stated["scope"] == "all":
            assert (statement.policy_id, statement.scope) == (None, WHOLE_PLAN), stated["text"]
        else:
            assert statement.policy_id == stated["scope"], stated["text"]
        numbers = list(statement.numbers)
        for key, value in stated["numbers"].items():
            column_of, _, symbol = key.rpartition(":")
            symbol = {"total": TOTAL, "rows": ROWS}.get(symbol, by_label.get(symbol, symbol))
            foreign = column_of and column_of != column  # うち重点, or the other status column
            matches = [
                n
                for n in numbers
                if n.value == value
                and not n.percent
                and (
                    n.subset.startswith(column_of)
                    if n.subset
                    else n.what == ("" if foreign else symbol)
                )
            ]
            assert matches, (stated["text"], key, value, numbers)
            numbers.remove(matches[0])
            if foreign:
                assert matches[0].reason or matches[0].subset, (key, matches[0])
                expected_skipped.add((stated["cell"], value))
                # (listed and no failure: a sub-count — rows built here mark no 重点 —, or the
                # other status column's, in another preset's words: review 41)
                assert matches[0].subset or 'preset "' in matches[0].reason, matches[0]
                unmarked += 1
            elif key in stated.get("wrong_keys", ()):
                expected_wrong.add((stated["cell"], symbol))
    # the deliberately wrong numbers, and nothing else, disagree
    assert {(d.location.cell, d.what) for d in result.disagreements} == expected_wrong
    # what is not compared is exactly the sub-counts and the other status column's numbers
    assert {(n.location.cell, n.stated) for n in result.not_compared} == expected_skipped
    assert len(result.not_compared) == sum(
        1 for s in result.statements for n in s.numbers if n.reason or n.subset
    )
    assert sum(n.settled for n in result.not_compared) == unmarked
    assert result.compared > 0
    assert result.agrees == (not expected_wrong and len(expected_skipped) == unmarked)


def test_hirakata_says_which_number_is_wrong(tmp_path: Path) -> None:
    body = next(b for b in BODIES if b.key == "hirakata")
    ((_, scale, groups),) = runs(body)
    result = check(texts_of(body, tmp_path), rated_entries(groups), scale=scale)
    (wrong,) = result.disagreements
    assert (wrong.policy_id, wrong.scope, wrong.what, wrong.stated, wrong.counted) == (
        None,
        WHOLE_PLAN,
        "C",
        9,
        8,
    )
    assert wrong.phrase == "改善に向けた検討を要するもの(C)が 9個"
    assert result.verdict() == "3 段落のうち、記載と集計の食い違いが 1 件あります"


def test_kawasaki_lists_every_sub_count_as_not_compared(tmp_path: Path) -> None:
    body = next(b for b in BODIES if b.key == "kawasaki")
    ((_, scale, groups),) = runs(body)
    result = check(texts_of(body, tmp_path), rated_entries(groups), scale=scale)
    # (rows with no 重点 column: a sub-count cannot be compared, and fails nothing)
    assert not result.disagreements and result.agrees
    assert [(n.stated, n.phrase) for n in result.not_compared][2] == (
        7,
        "「3」が24事業(うち重点7事業)",
    )
    assert all(
        "うち重点" in n.reason and n.location.cell in {"A3", "A4"} and n.settled
        for n in result.not_compared
    )
    assert result.verdict() == (
        "3 段落の記載件数はすべて集計と一致しています"
        "（前年度の数・増減・印のない内訳など、行から数えられない数 6 件は比べていません）"
    )


def test_kawasaki_s_sub_counts_are_compared_with_its_重点_column(tmp_path: Path) -> None:
    """Review 15 F9, review 20 F6: the workbook marks its 重点 事務事業 (●), so 「（うち重点
    7事業）」 is compared with the marked rows — and the 7 the body's clerk got wrong (6 are
    marked) is said, within 計画全体 の重点; the other sub-counts agree."""
    body = next(b for b in BODIES if b.key == "kawasaki")
    ((_, scale, _groups),) = runs(body)
    result = planeval.read_workbooks(body.build(tmp_path), scale=scale)
    checked = planeval.check(result, scale=scale, level="政策")
    (wrong,) = checked.disagreements
    assert (wrong.scope, wrong.what, wrong.stated, wrong.counted) == ("計画全体の重点", "3", 7, 6)
    assert not checked.not_compared
    assert checked.compared == sum(len(s["numbers"]) for s in body.expected["statements"])


def test_the_other_status_column_is_named_in_the_loaded_scale_s_words(tmp_path: Path) -> None:
    body = next(b for b in BODIES if b.key == "kitayama_gyokaku")
    column, scale, groups = runs(body)[1]
    assert column == "達成度"
    result = check(texts_of(body, tmp_path), rated_entries(groups), scale=scale)
    assert [n.reason for n in result.not_compared] == [
        f"「{word}」はこの評価尺度（未達成、一部達成、達成）の区分ではありません"
        '（preset "progress" の区分です。その列の数はその尺度の設定で check してください）'
        for word in ("未着手", "取組中", "完了")
    ]
    assert all(n.settled for n in result.not_compared)  # (review 41: no failure for them)
    assert not any(
        "計画どおり" in n.reason or "情報化政策" in n.reason for n in result.not_compared
    )


def test_published_percentages_are_compared(tmp_path: Path) -> None:
    body = next(b for b in BODIES if b.key == "aichi")
    ((_, scale, groups),) = runs(body)
    result = check(texts_of(body, tmp_path), rated_entries(groups), scale=scale)
    percents = {n.what: n.value for s in result.statements for n in s.numbers if n.percent}
    assert percents == body.expected["percent"]
    assert result.agrees and result.compared == 9
    wrong = [TextCell(Location("r.txt"), "A評価が14指標（58.4％）でした。")]
    (d,) = check(wrong, rated_entries(groups), scale=scale).disagreements
    assert (d.what, d.percent, d.stated, d.counted) == ("A", True, 58.4, 58.3)


def test_a_report_paragraph_under_a_bodys_name_is_compared_with_that_body(tmp_path) -> None:
    """A prefecture's report on 30 bodies (review 10): 「島北市」 as a heading, then its
    paragraph, was compared with every body's rows — 4 vs 149, 31 vs 888 — and its one real
    error (未実施 6; the rows give 7) shown against the nation's 126."""
    island = [e._replace(body="body_0001_島北市") for e in rated_entries({"1": {"◎": 4, "×": 7}})]
    other = [e._replace(body="body_0002_港川市") for e in rated_entries({"1": {"◎": 9, "×": 1}})]
    lines = [
        "全体の状況",
        "2団体の実施内容は、計画を上回る実施13件、未実施8件でした。",
        "島北市",
        "計画を上回る実施4件、未実施6件でした。",
        "まとめ",
        "港川市では計画を上回る実施9件、未実施1件でした。",
    ]
    texts = [TextCell(Location("report.txt", None, f"{n}行目"), t) for n, t in enumerate(lines, 1)]
    result = check(texts, island + other)
    assert [(d.scope, d.what, d.stated, d.counted) for d in result.disagreements] == [
        ("body_0001_島北市 計画全体", "×", 6, 7)
    ]
    assert result.compared == 6


def test_bodies_named_under_a_group_heading_and_inside_longer_names(tmp_path) -> None:
    """Review 10 (recheck): 中新本市 holds 新本市 and was matched to neither; a policy heading
    above a body's (「（1）情報化政策1 …」 then 「島北市」), or a Markdown heading under it
    (## 福桜市 then ### 情報化政策2), did not combine with it."""

    def of(body: str, groups: dict[str, dict[str, int]]) -> list:
        return [e._replace(body=body) for e in rated_entries(groups)]

    entries = (
        of("body_0001_島北市", {"1": {"○": 9, "×": 2}, "2": {"○": 1}})
        + of("body_0010_新本市", {"1": {"○": 6, "×": 2}, "2": {"○": 3}})
        + of("body_0014_中新本市", {"1": {"○": 4}, "2": {"○": 7, "×": 1}})
    )
    lines = [
        "（1）情報化政策1 区民の力を活かす情報化",
        "島北市",
        "計画どおり実施は9件、未実施は2件でした。",
        "新本市",
        "計画どおり実施は6件、未実施は2件でした。",
        "## 中新本市",
        "中新本市では、計画どおり実施は11件でした。",
        "### 情報化政策2 行政経営を支援する情報化",
        "計画どおり実施は7件、未実施は1件でした。",
    ]
    texts = [  # (the Markdown section is another report's)
        TextCell(Location("report.txt" if n < 6 else "report.md", None, f"{n}行目"), text)
        for n, text in enumerate(lines, 1)
    ]
    result = check(texts, entries)
    assert result.disagreements == () and result.compared == 7
    scopes = [s.scope for s in result.statements]
    assert scopes == [
        "body_0001_島北市 情報化政策1",
        "body_0010_新本市 情報化政策1",
        "body_0014_中新本市 計画全体",
        "body_0014_中新本市 情報化政策2",
    ]


@pytest.mark.parametrize(
    "note",
    [
        "※対象外は件数に含めません",
        "※注記です",
        "なお、対象外は件数に含めません",
        "対象外は件数に含めません",
        "（注）対象外は含まない",
    ],
    ids=["legend", "short", "nao", "bare", "chu"],
)
def test_a_note_left_without_its_period_keeps_the_heading_above(note: str) -> None:
    """Review 126 #1: a note with no 「。」 between a group's heading and a body's was taken for
    a heading of its own, so the body's paragraphs were compared with its whole form (a
    survey's own export: 2,219 disagreements). A heading there (まとめ) still closes it."""
    island = rated_entries({"1": {"○": 2, "×": 1}, "2": {"○": 5}})
    harbour = rated_entries({"1": {"○": 1}, "2": {"○": 3, "×": 2}})
    entries = [e._replace(body="島北市") for e in island]
    entries += [e._replace(body="港川市") for e in harbour]

    def scopes(between: str) -> list[str]:
        lines = ["## 情報化政策1 区民の力を活かす情報化", between, "### 島北市"]
        lines += [
            "計画どおり実施は2件、未実施は1件でした。",
            "### 港川市",
            "計画どおり実施は1件でした。",
        ]
        texts = [TextCell(Location("r.md", None, f"{n}行目"), t) for n, t in enumerate(lines, 1)]
        return [s.scope for s in check(texts, entries).statements]

    assert scopes(note) == ["島北市 情報化政策1", "港川市 情報化政策1"]
    assert scopes("まとめ") == ["島北市 計画全体", "港川市 計画全体"]
    # (one body's report alike: the paragraph below the note is the group's)
    lines = ["## 情報化政策1 区民の力を活かす情報化", note, "計画どおり実施は2件でした。"]
    texts = [TextCell(Location("r.md", None, f"{n}行目"), t) for n, t in enumerate(lines, 1)]
    result = check(texts, island)
    assert [s.scope for s in result.statements] == ["情報化政策1"] and result.agrees
