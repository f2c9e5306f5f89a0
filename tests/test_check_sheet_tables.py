"""A table of counts in a workbook's own sheet is compared cell by cell (review 26: a wrong B —
10 and 15.9 for 9 and 14.3 — in the clerk's summary table of 名古屋市守山区's workbook passed
check, exit 0, the table neither compared nor listed). The clerk's table with its statuses down
its first column (評価 | 評価の基準 | 事業数 | 割合（％）, A … - and 合計, as
tests/other_bodies.py builds 守山区's workbook), and planeval's own 集計 sheet copied into the
workbook (statuses across its header row): right, they agree; one cell wrong, check names its
sheet and cell, what it states and what the rows give, and fails; a table whose cell holds more
than a number is said as not compared, where and why."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

import planeval
from planeval.model import Location
from planeval.stated_number import TOTAL
from tests.other_bodies import BODIES
from tests.test_check_own_export import run

SETTINGS = '[scale]\npreset = "nagoya"\n\n[wording]\npreset = "nagoya"\n'
SCOPE = "集計の表の「事業数」の列"
SHARES = "集計の表の「割合（％）」の列"  # (a share said by its own column: review 119 #7)
# (the 集計 sheet's table, as tests/other_bodies.py lays it: its statuses' rows and 合計)
ROWS = {"A": 7, "B": 8, "C": 9, "D": 10, "-": 11}
TOTAL_ROW = 12


def _moriyama(folder: Path, **cells: object) -> tuple[Path, Path]:
    """守山区's workbook (its 集計 sheet's ``cells`` typed over) and its planeval.toml."""
    [body] = [body for body in BODIES if body.key == "nagoya_moriyama"]
    [workbook] = body.build(folder)
    if cells:
        book = openpyxl.load_workbook(workbook)
        for cell, value in cells.items():
            book["集計"][cell] = value
        book.save(workbook)
    settings = folder / "planeval.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    return workbook, settings


def _checked(workbook: Path, settings: Path) -> tuple[int, dict, str]:
    shown = run("check", str(workbook), "--config", str(settings))
    data = run("check", str(workbook), "--config", str(settings), "-f", "json")
    return shown.exit_code, json.loads(data.stdout), shown.stdout


def _counts(workbook: Path, settings: Path) -> planeval.Count:
    config = planeval.load_config(settings)
    result = planeval.read_workbooks([workbook], scale=config.scale)
    return planeval.summarize(result.entries, scale=config.scale).total


def test_the_clerk_s_table_agrees_and_its_total_s_share_is_compared(tmp_path: Path) -> None:
    workbook, settings = _moriyama(tmp_path)
    code, data, shown = _checked(workbook, settings)
    total = _counts(workbook, settings)
    [row] = [s for s in data["statements"] if s["scope"] == SCOPE]
    assert row["stated"] == {**total.counts, "total": total.total}
    assert row["source"] == {"file": str(workbook), "sheet": "集計", "cell": "C6"}
    shares = {n["what"]: n["value"] for n in row["numbers"] if n["percent"]}
    # (計's share, 100, compared as the shares' whole: it was listed, settled — review 86)
    assert shares == {**total.percent(1), "total": 100}
    assert data["not_compared"] == []
    assert code == 0 and not data["disagreements"]
    assert shown.splitlines()[-1] == "5 段落と表の 1 列の記載件数はすべて集計と一致しています"


def test_a_wrong_figure_is_named_at_its_cell(tmp_path: Path, monkeypatch) -> None:
    """The review's table: B typed 10 and 15.9 for the 9 and 14.3 of its rows (the workbook
    named from the folder it is in, as a clerk runs check)."""
    workbook, settings = _moriyama(tmp_path, C8=10, D8=15.9)
    monkeypatch.chdir(tmp_path)
    workbook = Path(workbook.name)
    total = _counts(workbook, settings)
    code, data, shown = _checked(workbook, settings)
    assert code == 1
    found = [
        (d["scope"], d["what"], d["stated"], d["counted"], d["percent"], d["source"]["cell"])
        for d in data["disagreements"]
    ]
    assert found == [
        (SCOPE, "B", 10, total.counts["B"], False, "C8"),
        (SHARES, "B", 15.9, total.percent(1)["B"], True, "D8"),
    ]
    assert {d["source"]["sheet"] for d in data["disagreements"]} == {"集計"}
    lines = [line for line in shown.splitlines() if "集計 › " in line and "│ B" in line]
    assert [[cell.strip() for cell in line.split("│")[2:6]] for line in lines] == [
        ["B（80%以上の達成状況）", "10", f"{total.counts['B']}", f"{workbook} › 集計 › C8"],
        [
            "B（80%以上の達成状況）の割合",
            "15.9%",
            f"{total.percent(1)['B']}%",
            f"{workbook} › 集計 › D8",
        ],
    ]
    assert shown.splitlines()[-1] == "5 段落と表の 1 列のうち、記載と集計の食い違いが 2 件あります"


def test_a_wrong_total_is_named_at_its_cell_through_the_library(tmp_path: Path) -> None:
    workbook, settings = _moriyama(tmp_path, **{f"C{TOTAL_ROW}": 64})
    config = planeval.load_config(settings)
    result = planeval.read_workbooks([workbook], scale=config.scale)
    checked = planeval.check(result, scale=config.scale, level=config.wording.policy)
    [wrong] = checked.disagreements
    assert (wrong.what, wrong.stated, wrong.counted, wrong.scope) == (
        TOTAL, 64, len(result.entries), SCOPE
    )  # fmt: skip
    assert wrong.location == Location(str(workbook), "集計", f"C{TOTAL_ROW}")
    assert not checked.agrees


def test_a_table_whose_cell_is_no_number_is_said_not_compared(tmp_path: Path) -> None:
    """B's count typed 「9件」: the table is not compared, said once at that cell (the cell is
    no paragraph's count either), and the check fails."""
    workbook, settings = _moriyama(tmp_path, C8="9件")
    code, data, shown = _checked(workbook, settings)
    assert code == 1 and not data["disagreements"]
    [unread] = data["not_compared"]
    assert (unread["scope"], unread["phrase"], unread["stated"], unread["settled"]) == (
        "集計の表", "9件", 9, False
    )  # fmt: skip
    assert unread["reason"] == (
        "表のようですが、集計 › C8 の「9件」が件数として読めないため、この表は比べていません"
        "（セルには数だけを入れてください（単位は見出しに））"
    )
    assert unread["source"] == {"file": str(workbook), "sheet": "集計", "cell": "C8"}
    assert shown.splitlines()[-1] == "5 段落のうち、比べられなかった数が 1 件あります"


def test_planeval_s_own_summary_sheet_copied_into_the_workbook(tmp_path: Path) -> None:
    """The clerk pastes the 集計 sheet of planeval's export into the workbook as 集計表 (values
    only): each row compared with its policy's rows; one count edited is named at its cell."""
    workbook, settings = _moriyama(tmp_path)
    export = tmp_path / "守山.xlsx"
    made = run("export", str(workbook), "--config", str(settings), "--xlsx", str(export))
    assert made.exit_code == 0, made.stdout
    source = openpyxl.load_workbook(export)["集計"]
    book = openpyxl.load_workbook(workbook)
    pasted = book.create_sheet("集計表")
    for row in source.iter_rows():
        for cell in row:
            if cell.value is not None and not str(cell.value).startswith("※"):
                pasted[cell.coordinate] = cell.value
    book.save(workbook)
    code, data, _shown = _checked(workbook, settings)
    rows = [s for s in data["statements"] if s["source"]["sheet"] == "集計表"]
    assert [s["scope"] for s in rows] == [
        "計画全体",  # (the whole plan's sentence under the table: review 148 #7)
        *(f"集計表の基本方針{n}" for n in "1234"), "集計表の表の「合計」の行"
    ]  # fmt: skip
    assert code == 0 and not data["disagreements"]
    # (基本方針2's B, in column D of its row, typed one more)
    header = next(r for r in source.iter_rows() if r[2].value == "A")[0].row
    first = next(c.column_letter for c in source[header] if c.value == "B")
    at = f"{first}{header + 2}"
    book = openpyxl.load_workbook(workbook)
    book["集計表"][at] = book["集計表"][at].value + 1
    book.save(workbook)
    code, data, _shown = _checked(workbook, settings)
    assert code == 1
    [wrong] = data["disagreements"]
    assert (wrong["scope"], wrong["what"], wrong["stated"] - wrong["counted"]) == (
        "集計表の基本方針2", "B", 1
    )  # fmt: skip
    assert wrong["source"] == {"file": str(workbook), "sheet": "集計表", "cell": at}


def _block(sheet: str, counts: dict[str, int]) -> list:
    """A clerk's table in ``sheet`` above its status table: 評価 | 事業数, a row per status,
    計 (the text cells the reader keeps of it)."""
    from planeval.model import TextCell

    cells = [("A1", "評価"), ("B1", "事業数")]
    for at, (symbol, count) in enumerate(counts.items(), 2):
        cells += [(f"A{at}", symbol), (f"B{at}", str(count))]
    cells += [(f"A{len(counts) + 2}", "計"), (f"B{len(counts) + 2}", str(sum(counts.values())))]
    return [TextCell(Location("方針.xlsx", sheet, cell), text) for cell, text in cells]


def test_a_table_in_a_policy_s_sheet_counts_that_policy_s_rows() -> None:
    """A table above the status table of a sheet whose rated rows are all of one policy (a
    sheet per 基本方針) counts that policy's rows; in a sheet of two policies' rows of three,
    it is said as not compared (which rows it counts is not told)."""
    from planeval.agreement import check
    from planeval.presets import PRESETS
    from tests.conftest import rated_entries

    groups = {"1": {"A": 4, "B": 2}, "2": {"A": 3, "C": 1}, "3": {"A": 1, "D": 1}}
    rows = [
        e._replace(location=Location("方針.xlsx", f"基本方針{e.policy_id}", "F9"))
        for e in rated_entries(groups)
    ]
    scale = PRESETS["nagoya"]
    right = check(_block("基本方針1", {"A": 4, "B": 2, "C": 0, "D": 0}), rows, scale=scale)
    assert right.agrees and not right.not_compared
    wrong = check(_block("基本方針1", {"A": 7, "B": 2, "C": 1, "D": 1}), rows, scale=scale)
    assert [(d.what, d.stated, d.counted, d.location.cell) for d in wrong.disagreements] == [
        ("A", 7, 4, "B2"), ("C", 1, 0, "B4"), ("D", 1, 0, "B5"), (TOTAL, 11, 6, "B6")
    ]  # fmt: skip
    two = [e._replace(location=e.location._replace(sheet="前半")) if e.policy_id != "3" else e
           for e in rows]  # fmt: skip
    said = check(_block("前半", {"A": 7, "B": 2, "C": 1, "D": 0}), two, scale=scale)
    [unread] = said.not_compared
    assert (unread.scope, unread.location.cell) == ("前半の表", "A2")
    assert unread.reason.startswith("表のようですが、シート「前半」の行は 1・2 のもので")


def test_each_department_s_own_summary_sheet_is_of_its_own_rows(tmp_path: Path) -> None:
    """Review 36: two 部局's workbooks read together, each with a 集計 sheet of its own rows'
    counts: each was compared with every 部局's rows (12 disagreements, exit 1). In one of
    several files, a sheet of counts is that file's rows'; a wrong figure is named at its cell,
    its scope the file's table."""
    from tests.conftest import write_book

    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    departments = {
        "総務部": [("1-1-1 電子申請", "① 手続の拡大", "◎"), ("", "② 様式の見直し", "○")],
        "福祉部": [("2-1-1 窓口", "① 書かない窓口", "○"), ("", "② 予約", "△"), ("", "③ 相談", "×")],
    }
    for name, rows in departments.items():
        counts = [[symbol, sum(r[2] == symbol for r in rows)] for symbol in "◎○△×"]
        write_book(
            tmp_path / f"{name}.xlsx",
            {
                "第3章": [header, *([p, i, s, "課題" if s in "△×" else ""] for p, i, s in rows)],
                "集計": [[f"{name} 達成状況の集計"], [], ["達成状況", "件数"], *counts,
                         ["合計", len(rows)]],
            },
        )  # fmt: skip
    settings = tmp_path / "planeval.toml"
    settings.write_text('[scale]\npreset = "setagaya"\n', encoding="utf-8")
    code, data, _shown = _checked(tmp_path, settings)
    assert code == 0, data["disagreements"]
    assert data["compared"] >= 10 and data["disagreements"] == []
    book = openpyxl.load_workbook(tmp_path / "福祉部.xlsx")
    book["集計"]["B5"] = 2  # (○: 1)
    book.save(tmp_path / "福祉部.xlsx")
    code, data, _shown = _checked(tmp_path, settings)
    assert code == 1
    [wrong] = data["disagreements"]
    assert (wrong["stated"], wrong["counted"]) == (2, 1)
    assert (wrong["source"]["sheet"], wrong["source"]["cell"]) == ("集計", "B5")
    assert wrong["source"]["file"].endswith("福祉部.xlsx") and "福祉部.xlsx" in wrong["scope"]
