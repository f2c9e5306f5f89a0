"""Templates filled the ways departments get wrong (ward review): the sheet copied in Excel and
the copy filled instead of the original, and a co-owner typing a status symbol in its remark
column. Each item is counted once, and the clerk is told once what happened and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.marks import REFERENCE_SHEET
from planeval.presets import PRESETS
from tests.conftest import REPO, write_book
from tests.cycle_fill import (
    fill_workbook,
    item_rows,
    remark_column,
    split_templates,
    status_and_issue,
)
from tests.test_rollup import assert_same

PLAN = REPO / "data" / "setagaya" / "plan.xlsx"
CRISIS = "実施状況調査票_2022_危機管理部.xlsx"  # lead of 1-2-1 (4 items)
POLICY = "実施状況調査票_2022_政策経営部.xlsx"  # 37 items, one a repeat listing (-)
WELFARE = "実施状況調査票_2022_障害福祉部.xlsx"  # co-owner of 1-2-1
COPY = "実施状況 (2)"  # the name Excel gives a copy of 実施状況


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return split_templates(tmp_path_factory.mktemp("misfilled") / "調査票")


def copied_sheet(
    template: Path, folder: Path, original: dict[str, str], copy: dict[str, str]
) -> tuple[Path, dict[str, str]]:
    """The department copies 実施状況 in Excel (「実施状況 (2)」, placed after it) and types
    statuses (row's item ID → status) in either sheet, as given; returns the workbook and the
    cells of the original's rated rows (ID → E8 …)."""
    folder.mkdir(exist_ok=True)
    path = folder / template.name
    book = load_workbook(template)
    sheet = book["実施状況"]
    duplicate = book.copy_worksheet(sheet)
    duplicate.title = COPY
    book.move_sheet(duplicate, offset=1 - book.sheetnames.index(COPY))
    cells: dict[str, str] = {}
    status, issue = status_and_issue(sheet)
    for target, statuses in ((sheet, original), (duplicate, copy)):
        for key, row in item_rows(target):
            cells[key] = row[status].coordinate
            if key in statuses:
                row[status].value = statuses[key]
                row[issue].value = "理由" if statuses[key] in "△×" else None
    book.save(path)
    return path, cells


CRISIS_RATINGS = {"1-2-1①": "○", "1-2-1②": "△", "1-2-1③": "◎", "1-2-1④": "○"}


def test_a_copy_filled_instead_of_the_original_counts_the_copy_with_one_warning(
    templates: Path, tmp_path: Path
) -> None:
    """The review's case: the original left blank, its copy filled. Before: an error "達成状況が
    空です" per row, the copy never named."""
    path, cells = copied_sheet(templates / CRISIS, tmp_path / "届いた分", {}, CRISIS_RATINGS)
    result = planeval.read_workbooks([path])
    counted = {e.item_key: e.status for e in result.entries}
    assert counted == CRISIS_RATINGS
    assert {e.location.sheet for e in result.entries} == {COPY}
    blanks = "・".join(cells[key] for key in CRISIS_RATINGS)
    assert [(p.severity.value, str(p.location), p.message) for p in result.problems] == [
        (
            "warning",
            f"{path} › {COPY}",
            f"シート「{COPY}」（「実施状況」を Excel でコピーしたシート）に「実施状況」と同じ"
            f"実施内容があります。「実施状況」で空欄の {len(CRISIS_RATINGS)} 行（{blanks}）は"
            f"「{COPY}」の記入を数えました",
        )
    ]
    assert result.problems[0].hint.startswith("記入を一つのシートにまとめてください")
    assert_same([path])


def test_a_copied_sheet_is_said_once_and_its_repeat_listing_counted_once(
    templates: Path, tmp_path: Path
) -> None:
    """A department with 37 items and a repeat listing (-, written by the template on both
    sheets): one warning for the file, not one per row; every item once."""
    with_items = load_workbook(templates / POLICY)["実施状況"]
    items = [row for row in with_items.iter_rows(min_row=6) if row[1].value]
    path, cells = copied_sheet(templates / POLICY, tmp_path / "届いた分", {}, {})
    book = load_workbook(path)
    status, _issue = status_and_issue(book[COPY])
    for row in book[COPY].iter_rows(min_row=6):
        if row[1].value and row[status].value != "-":
            row[status].value = "○"
    book.save(path)
    result = planeval.read_workbooks([path])
    assert len(result.entries) == len(items)
    repeats = [e for e in result.entries if e.status == "-"]
    assert len(repeats) == sum(1 for row in items if row[status].value == "-") == 1
    assert [p.severity.value for p in result.problems] == ["warning"]
    message = result.problems[0].message
    assert f"「実施状況」で空欄の {len(items) - 1} 行（{cells['1-1-1①']}・" in message
    assert message.endswith("両方に同じ達成状況がある 1 行は 1 件として数えました")
    assert_same([path])


def test_two_sheets_rating_an_item_differently_count_neither(
    templates: Path, tmp_path: Path
) -> None:
    original = dict(CRISIS_RATINGS)
    copy = dict(CRISIS_RATINGS, **{"1-2-1③": "○"})
    path, _ = copied_sheet(templates / CRISIS, tmp_path / "届いた分", original, copy)
    result = planeval.read_workbooks([path])
    assert {e.item_key: e.status for e in result.entries} == {
        key: status for key, status in CRISIS_RATINGS.items() if key != "1-2-1③"
    }
    warning, error = sorted(result.problems, key=lambda p: p.severity.value, reverse=True)
    assert warning.message.endswith(
        "両方に同じ達成状況がある 3 行は 1 件として数えました。"
        "達成状況が違う 1 行はどちらも数えていません（エラーを見てください）"
    )
    assert error.is_error and "1-2-1③" in error.message and "どれも数えていません" in error.message


def test_validate_and_summarize_of_a_copied_sheet(templates: Path, tmp_path: Path) -> None:
    folder = tmp_path / "届いた分"
    path, cells = copied_sheet(templates / CRISIS, folder, {}, CRISIS_RATINGS)
    result = run("validate", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"警告: {path} › {COPY}: シート「{COPY}」（「実施状況」を Excel でコピーしたシート）に"
        f"「実施状況」と同じ実施内容があります。「実施状況」で空欄の 4 行"
        f"（{'・'.join(cells[key] for key in CRISIS_RATINGS)}）は「{COPY}」の記入を数えました"
        f"（記入を一つのシートにまとめてください: 「{COPY}」の記入を「実施状況」に貼り付けてから"
        f"「{COPY}」を削除するか、「実施状況」を削除して「{COPY}」だけを残します）",
        "警告 1 件",
    ]
    summary = run("summarize", str(folder), "-f", "csv", "-q")
    assert summary.exit_code == 0
    assert summary.stdout.splitlines()[-1] == "合計,,1,2,1,0,4,0"


def test_a_blank_row_without_a_copy_is_still_an_error(templates: Path, tmp_path: Path) -> None:
    """Another sheet rating the other items does not excuse a blank: only the same item does."""
    path = tmp_path / CRISIS
    fill_workbook(templates / CRISIS, target=path)
    book = load_workbook(path)
    other = book.copy_worksheet(book["実施状況"])
    other.title = COPY
    status, _issue = status_and_issue(other)
    blank = next(row for row in book["実施状況"].iter_rows(min_row=6) if row[status].value == "○")
    cell = blank[status].coordinate
    blank[status].value = other[cell].value = None  # the same item left blank on both sheets
    book.save(path)
    result = planeval.read_workbooks([path])
    errors = [p for p in result.problems if p.is_error]
    said = errors[0].message
    assert said.startswith("実施内容「") and said.endswith("」の達成状況が空です")
    assert [(p.location.sheet, p.location.cell, p.message) for p in errors] == [
        ("実施状況", cell, said),
        (COPY, cell, said),
    ]
    assert len(result.entries) == 3


# A co-owner typing a status in 共管部の意見 (its remark column)


def remarked(templates: Path, folder: Path, remarks: dict[str, str]) -> tuple[Path, Path]:
    """危機管理部 rates 1-2-1 (② △ with its reason); 障害福祉部 writes ``remarks``."""
    folder.mkdir(exist_ok=True)
    lead, owner = folder / CRISIS, folder / WELFARE
    fill_workbook(templates / CRISIS, {"1-2-1②": ("△", "音声読み上げ対応が一部未了")}, target=lead)
    fill_workbook(templates / WELFARE, remarks=remarks, target=owner)
    return lead, owner


def _remark_cells(path: Path) -> dict[str, str]:
    sheet = load_workbook(path)[REFERENCE_SHEET]
    remark = remark_column(sheet)
    return {
        f"{row[0].value.split()[0]}{row[1].value[0]}": row[remark].coordinate
        for row in sheet.iter_rows(min_row=6)
        if row[0].value and row[1].value
    }


def test_a_status_typed_as_a_co_owners_remark_is_no_issue_text(
    templates: Path, tmp_path: Path
) -> None:
    remarks = {"1-2-1①": "○", "1-2-1②": "○", "1-2-1③": "〇", "1-2-1④": "音声案内の点検に協力した"}
    lead, owner = remarked(templates, tmp_path / "届いた分", remarks)
    result = planeval.read_workbooks([lead, owner])
    issues = {e.item_key: e.issue for e in result.entries}
    assert issues == {
        "1-2-1①": "",
        "1-2-1②": "音声読み上げ対応が一部未了",
        "1-2-1③": "",
        "1-2-1④": "（共管 障害福祉部）音声案内の点検に協力した",
    }
    assert [e.status for e in result.entries] == ["○", "△", "○", "○"]
    cells = _remark_cells(owner)
    said = {p.location.cell: p for p in result.problems}
    assert set(said) == {cells["1-2-1①"], cells["1-2-1②"], cells["1-2-1③"]}
    assert {p.location.file for p in result.problems} == {str(owner)}
    differs = said[cells["1-2-1②"]]
    assert differs.severity.value == "warning"
    assert differs.message == (
        "共管部の障害福祉部の「共管部の意見」の欄に達成状況 '○' だけが書かれていますが、"
        f"所管部の危機管理部の評価は △ です（{lead} › 実施状況 › "
        f"{next(e.location.cell for e in result.entries if e.item_key == '1-2-1②')}）。"
        "所管部の評価を数え、この記号は意見として付けていません"
    )
    agrees = said[cells["1-2-1③"]]
    assert agrees.severity.value == "notice"
    assert agrees.message.startswith(
        "共管部の障害福祉部の「共管部の意見」の欄に達成状況 '〇' だけが書かれています"
        "（所管部の危機管理部の評価も ○"
    )
    assert agrees.hint == (
        "達成状況は所管部が記入します。「共管部の意見」には意見を文章で書き、"
        "なければ空欄にしてください"
    )
    assert_same([lead, owner])


def test_validate_and_issues_with_a_status_typed_as_a_remark(
    templates: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "届いた分"
    remarked(templates, folder, {"1-2-1①": "○", "1-2-1②": "○"})
    result = run("validate", str(folder))
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert out[-1] == "警告 1 件、お知らせ 1 件"
    # (the remark column: D, beside 所管部, where the plan rates no item in parts)
    assert out[0].startswith(f"警告: {folder / WELFARE} › {REFERENCE_SHEET} › D")
    issues = run("issues", str(folder), "-f", "csv")
    assert issues.exit_code == 0
    assert "（共管 障害福祉部）○" not in issues.stdout
    assert "音声読み上げ対応が一部未了" in issues.stdout


def test_a_whole_copy_rated_alike_is_a_notice_not_a_fix_to_make(
    templates: Path, tmp_path: Path
) -> None:
    """A sheet kept for printing (review 42: 印刷用, every row as on 進捗状況): each item once,
    said in a notice — a warning on a workbook made that way on purpose told the clerk to
    delete her print sheet."""
    path, _ = copied_sheet(
        templates / CRISIS, tmp_path / "届いた分", CRISIS_RATINGS, CRISIS_RATINGS
    )
    result = planeval.read_workbooks([path])
    assert {e.item_key: e.status for e in result.entries} == CRISIS_RATINGS
    [notice] = result.problems
    assert notice.severity.value == "notice" and not notice.hint
    assert notice.message == (
        f"シート「{COPY}」は「実施状況」と同じ実施内容・同じ達成状況の写しのため、"
        f"その {len(CRISIS_RATINGS)} 行は一度だけ数えました"
    )
    half = dict(list(CRISIS_RATINGS.items())[:2])  # (a copy rating only some rows: a warning)
    path, _ = copied_sheet(templates / CRISIS, tmp_path / "半分", CRISIS_RATINGS, half)
    assert [p.severity.value for p in planeval.read_workbooks([path]).problems] == ["warning"]


# 守山区's form (review 126): 取組み項目 of several rows beside a No. numbering the 取組み内容


def _moriyama_copied(folder: Path) -> Path:
    """保健予防課 copies 取組み結果 in Excel, the copy 「取組み結果 (2)」 placed before it, and
    fills the copy only: the original's rows rated nowhere, so its No. cannot tell whether it
    numbers the 取組み内容 or the 取組み項目 (their names spanning rows tell only where rated)."""
    header = ["No.", "取組み項目", "取組み内容", "達成状況", "取組み結果・課題", "担当課"]
    items = [(14, "健康危機管理", "感染症予防の啓発"), (15, "健康危機管理", "食品衛生監視指導")]
    items += [(16, "健康危機管理", "動物愛護の啓発"), (10, "健康づくり", "がん検診の受診勧奨")]
    items += [(11, "健康づくり", "健康マイレージの普及")]

    def sheet(statuses: str | None) -> list[list[object]]:
        rows: list[list[object]] = [["令和7年度　守山区区政運営方針　取組み結果"], []]
        rows += [["柱1　安心・安全なまちづくり"], header]
        rows += [
            [n, p, i, s, None, "保健予防課"]
            for (n, p, i), s in zip(items, statuses or [None] * 5, strict=True)
        ]
        return rows

    folder.mkdir()
    sheets = {"取組み結果 (2)": sheet("ABACA"), "取組み結果": sheet(None)}
    return write_book(folder / "保健予防課.xlsx", sheets)


def test_a_blank_original_beside_its_filled_copy_counts_the_copy(tmp_path: Path) -> None:
    """Review 126 #2: 10 errors 「達成状況が空です」 on the original, the copy unnamed, exit 1 —
    the blank sheet's rows read as items of other 取組み項目 (1-14, not 1-1's No. 14), so none
    was the copy's item. Read as the copy's table tells, the copy is counted, said once."""
    path = _moriyama_copied(tmp_path / "回答")
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "nagoya"\n[wording]\npreset = "nagoya"\nproject = "取組み項目"\n'
        'item = "取組み内容"\n',
        encoding="utf-8",
    )
    ran = CliRunner().invoke(
        app, ["validate", str(path.parent), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "400"},
    )  # fmt: skip
    assert ran.exit_code == 0, ran.output
    assert ran.stdout.splitlines()[:2] == [
        f"警告: {path} › 取組み結果 (2): シート「取組み結果 (2)」（「取組み結果」を Excel で"
        "コピーしたシート）に「取組み結果」と同じ取組み内容があります。「取組み結果」で空欄の"
        " 5 行（D5・D6・D7 ほか 2 か所）は「取組み結果 (2)」の記入を数えました（記入を一つの"
        "シートにまとめてください: 「取組み結果 (2)」の記入を「取組み結果」に貼り付けてから"
        "「取組み結果 (2)」を削除するか、「取組み結果」を削除して「取組み結果 (2)」だけを残します）",
        "警告 1 件",
    ]
    result = planeval.read_workbooks([path], scale=PRESETS["nagoya"])
    assert sorted((e.project_id, e.item_no, e.status) for e in result.entries) == [
        ("1-1", 14, "A"), ("1-1", 15, "B"), ("1-1", 16, "A"), ("1-2", 10, "C"), ("1-2", 11, "A"),
    ]  # fmt: skip
    assert {e.location.sheet for e in result.entries} == {"取組み結果 (2)"}
    assert_same([path], scale=PRESETS["nagoya"])  # (summarize's way, file by file, too)
