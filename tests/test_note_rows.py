"""A note a department adds in or under its table (「※2-1-2②は…」): no item, never an error, one
notice at its cell quoting it, whichever column it stands in (review 83a)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.io.note_rows import is_note
from planeval.scale import Scale, Status
from tests.conftest import write_book
from tests.cycle_fill import PLAN, columns, fill_workbook, split_templates

NOTE = "※2-1-2②は都市整備政策部と調整中のため、次回に詳細を報告します。"
# (and where the export prints it, as typed: under the table showing 2-1-2's rows, where a bare
# 「②」 may name no one item — review 184 #5: said 「集計に含めていません」 alone, then printed)
PRINTED = "報告書（export）には、この文のまま計画事業「{}」の行を載せる表の下に載せます"
SAID = (
    f"「{NOTE}」は注記として読みました（実施内容ではないため、集計に含めていません）。"
    + PRINTED.format("2-1-2 ICTを活用した安全で安心な行政事務の実現")  # (会計室's, in the plan)
)


@pytest.fixture(scope="module")
def accounts_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """会計室's form (two items of 2-1-2, rows 8 and 9) as planeval's template writes it."""
    folder = split_templates(tmp_path_factory.mktemp("templates"))
    return next(folder.glob("*会計室*"))


def with_note(form: Path, target: Path, title: str, *, gap: int = 2, text: str = NOTE) -> Path:
    """The form filled (○ throughout) and ``text`` typed in the column titled ``title``,
    ``gap`` rows under its last row, as a clerk adds a line (the sheet unprotected first)."""
    fill_workbook(form, target=target)
    book = load_workbook(target)
    sheet = book["実施状況"]
    sheet.protection.sheet = False
    sheet.cell(sheet.max_row + gap, columns(sheet)[title] + 1).value = text
    book.save(target)
    return target


def said(result: planeval.ReadResult) -> list[tuple[str, str, str]]:
    return [(p.severity.value, p.location.cell or "", p.message) for p in result.problems]


@pytest.mark.parametrize(
    ("title", "cell"),
    [("実施内容", "B11"), ("情報化計画事業の体系", "A11"), ("課題等", "E11"), ("所管部", "C11")],
)
def test_a_note_under_the_table_is_one_notice_at_its_cell_in_any_column(
    accounts_form: Path, tmp_path: Path, title: str, cell: str
) -> None:
    # (before: an error in 実施内容 — 番号のない行…の達成状況が空です —, nothing at all in 体系 or
    # 所管部, and in 課題等 a notice of its own words)
    result = planeval.read_workbooks([with_note(accounts_form, tmp_path / "会計室.xlsx", title)])
    assert said(result) == [("notice", cell, SAID)]
    assert [e.item_label for e in result.entries] == ["①", "②"]
    assert [seen[2] for seen in result.items_seen] == [1, 2]  # (the note no item read)


def test_a_note_right_under_the_last_item_is_no_item_either(
    accounts_form: Path, tmp_path: Path
) -> None:
    result = planeval.read_workbooks(
        [with_note(accounts_form, tmp_path / "会計室.xlsx", "実施内容", gap=1)]
    )
    assert said(result) == [("notice", "B10", SAID)]


def test_a_note_right_under_a_rated_row_in_its_issue_column_goes_on_with_its_issue(
    accounts_form: Path, tmp_path: Path
) -> None:
    # (「※令和5年度に再検討」 typed on the next row, not with Alt+Enter: the item's own remark)
    form = with_note(accounts_form, tmp_path / "会計室.xlsx", "課題等", gap=1, text="※再検討")
    result = planeval.read_workbooks([form])
    assert said(result) == [
        ("warning", "E10", "課題等だけの行です。上の行（E9）の課題等の続きとして読みました")
    ]
    assert result.entries[-1].issue == "※再検討"


def test_the_count_past_errors_has_none_to_leave_out(accounts_form: Path, tmp_path: Path) -> None:
    """The review's run: the note stopped the count, and --keep-going published 「実施内容1件は、
    エラーがあったため集計に含めていません」 though every item was counted."""
    form = with_note(accounts_form, tmp_path / "実施状況調査票_2022_会計室.xlsx", "実施内容")
    out = tmp_path / "x.md"
    result = CliRunner().invoke(
        app, ["export", str(form), "--plan", str(PLAN), "--fiscal-year", "令和4", "--md", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert f"B11: {SAID}" in result.output
    assert "エラー" not in out.read_text(encoding="utf-8")


def test_a_note_between_two_items_goes_on_with_the_project(book) -> None:
    rows = [
        ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 情報提供の充実", "① 電子媒体の活用", "○", None],
        ["※①は令和4年度から拡大しました。"],
        [None, "② 地理情報の提供", "△", "システムの統一が必要"],
    ]
    result = planeval.read_workbooks([book(rows)])
    assert said(result) == [
        ("notice", "A3", "「※①は令和4年度から拡大しました。」は注記として読みました"
         "（実施内容ではないため、集計に含めていません）。" + PRINTED.format(rows[1][0])),
    ]  # fmt: skip
    assert [(e.project_id, e.item_label) for e in result.entries] == [
        ("1-1-1", "①"),
        ("1-1-1", "②"),
    ]


# another body's layout: a column per level ------------------------------------------------

RATED = Scale((Status("A", "順調"), Status("B", "遅れ")), as_planned="A")


def by_levels(note_column: int, *, gap: int) -> list[list[object]]:
    """基本目標 | 施策 | 取組 | 達成状況 | 課題等, each level typed on every row, and the note."""
    rows: list[list[object]] = [
        ["基本目標", "施策", "取組", "達成状況", "課題等"],
        ["1 持続可能な財政運営", "(1) 事務事業の見直し", "① 補助金の見直し", "A", None],
        ["1 持続可能な財政運営", "(1) 事務事業の見直し", "② 使用料の見直し", "B", "調整中"],
    ]
    rows += [[None]] * gap
    rows.append([None] * note_column + ["（注）②は財政課と調整中のため、次回に報告します。"])
    return rows


@pytest.mark.parametrize("gap", [0, 1])
@pytest.mark.parametrize(("column", "letter"), [(0, "A"), (2, "C"), (4, "E")])
def test_a_note_under_a_table_of_levels_is_said_alike(
    tmp_path: Path, column: int, letter: str, gap: int
) -> None:
    path = write_book(tmp_path / "進捗.xlsx", {"進捗": by_levels(column, gap=gap)})
    result = planeval.read_workbooks([path], scale=RATED)
    assert said(result) == [
        (
            "notice",
            f"{letter}{4 + gap}",
            "「（注）②は財政課と調整中のため、次回に報告します。」は注記として読みました"
            "（実施内容ではないため、集計に含めていません）。"
            + PRINTED.format("(1) 事務事業の見直し"),
        )
    ]
    assert [e.item_name for e in result.entries] == ["補助金の見直し", "使用料の見直し"]


def test_a_legend_under_the_table_is_no_note_to_say(tmp_path: Path) -> None:
    rows = by_levels(0, gap=1)
    rows[-1] = ["※A：順調、B：遅れ（課題等を記入してください）"]
    path = write_book(tmp_path / "進捗.xlsx", {"進捗": rows})
    assert planeval.read_workbooks([path], scale=RATED).problems == []


def test_what_is_a_note() -> None:
    notes = [
        "※令和5年度に再検討",
        "注1 金額は税込",
        "注：調整中",
        "（注）調整中",
        "(注)調整中",
        "＊未確定",
        "＜注＞調整中",  # (review 84: an error that stopped the count, as 「備考：」's)
        "備考：調整中",
    ]
    assert all(map(is_note, notes))
    names = ["注文書の電子化", "① 注記の整理", "電子申請※", "注視すべき課題", "備考欄の整理"]
    assert not any(map(is_note, names))


@pytest.mark.parametrize("text", ["備考：2-1-2②は調整中です", "＜注＞2-1-2②は調整中です"])
def test_a_remark_or_a_bracketed_note_in_the_item_column_is_a_note(
    accounts_form: Path, tmp_path: Path, text: str
) -> None:
    """Review 84: 「備考：…」 and 「＜注＞…」 typed under the table in 実施内容 were items with a
    blank status: an error that stopped the count."""
    form = with_note(accounts_form, tmp_path / "会計室.xlsx", "実施内容", text=text)
    result = planeval.read_workbooks([form])
    assert not result.errors
    assert [e.item_label for e in result.entries] == ["①", "②"]
    assert [(p.severity.value, p.location.cell) for p in result.problems] == [("notice", "B11")]


FORMS_NOTE = "※達成率＝現状値÷目標値。評価は達成率を踏まえた担当課の判断による。"


def test_a_note_typed_alike_under_every_table_is_the_forms_own(tmp_path: Path) -> None:
    """Review 112: 愛知県's forms print one ※ note under each table, and a clean read of 8 files
    gave 11 notices of it; a note one department adds is still said, once."""
    own = "（注）②は財政課と調整中のため、次回に報告します。"
    first = by_levels(0, gap=1)
    first[-1] = [FORMS_NOTE]
    header = first[0]
    policy_2 = ["2 行政の効率化", "(1) 業務の見直し", "① 電子決裁の推進", "A", None]
    policy_3 = ["3 人材の育成", "(1) 研修の充実", "① 職員研修の拡充", "B", None]
    # (two tables on its sheet, a department's own note under the first)
    second = [header, policy_2, [None], [own], [None], header, policy_3, [None], [FORMS_NOTE]]
    paths = [
        write_book(tmp_path / "01_総務局.xlsx", {"進捗": first}),
        write_book(tmp_path / "02_会計局.xlsx", {"進捗": second}),
    ]
    result = planeval.read_workbooks(paths, scale=RATED)
    assert [(p.location.file, p.location.cell, p.value) for p in result.problems] == [
        (str(paths[1]), "A4", own)
    ]
    alone = planeval.read_workbooks(paths[:1], scale=RATED)
    assert [(p.location.cell, p.value) for p in alone.problems] == [("A5", FORMS_NOTE)]


def test_a_note_under_a_table_with_no_issue_column_names_no_such_column(tmp_path: Path) -> None:
    """Review 112: 「…その指標の行の課題等のセルに書いてください」 under a table of 指標 | 評価 |
    担当課, which has no 課題等 column."""
    rows = [row[:4] for row in by_levels(0, gap=1)]
    path = write_book(tmp_path / "進捗.xlsx", {"進捗": rows})
    (notice,) = planeval.read_workbooks([path], scale=RATED).problems
    assert "注記として読みました" in notice.message
    assert notice.hint == ""
    with_issues = write_book(tmp_path / "課題.xlsx", {"進捗": by_levels(0, gap=1)})
    (notice,) = planeval.read_workbooks([with_issues], scale=RATED).problems
    assert "課題等のセルに書いてください" in notice.hint
