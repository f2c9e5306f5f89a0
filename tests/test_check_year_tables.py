"""A clerk's own table of counts by year in a report (review 25): 「年度 | A | … | 計」 with a
令和4年度 row, a 令和5年度 row and a 増減 row, or the same table with its years as columns
(「区分 | 令和4年度 | 令和5年度 | 増減」, a row per status). This round's year's row (or column) —
the year given with --fiscal-year or the one the workbooks state — is compared with the whole
read's rows; last year's and 増減 are listed, settled, and fail nothing; where no year is known,
the year rows are said once, with the fix. Built as 枚方市's clerk would: 施策 rated A–E,
評価対象外 not counted, the report written in Markdown, copied from Excel (cells between tabs)
or in Word and saved as text."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from docx import Document

import planeval
from planeval.config import load_config
from tests.conftest import write_book
from tests.test_check_own_export import run, word_text

# 枚方市's 施策評価: 基本目標 › 施策, each 施策 rated (評価対象外 not counted)
GOALS = {
    "1 安心・安全で快適に暮らせるまち": ["A", "A", "B", "C", "評価対象外"],
    "2 子育て・教育環境が充実したまち": ["A", "B", "B", "A", "C", "D"],
}
SETTINGS = '[scale]\npreset = "hirakata"\n\n[wording]\npolicy = "基本目標"\nproject = "施策"\n'
COUNTED = ("A", "B", "C", "D", "E")
HEADING = "２　施策評価結果の推移\n\n施策評価の結果の推移は、次のとおりです。\n\n"


def hirakata(folder: Path, title: str = "令和5年度　枚方市施策評価　評価結果一覧") -> Path:
    """The 評価結果一覧 as 枚方市 keeps it (its title row stating the year, or ``title``)."""
    rows: list[tuple[object, ...]] = [(title,), (), ("基本目標", "施策名", "評価", "評価の理由")]
    for goal, statuses in GOALS.items():
        for at, status in enumerate(statuses, 1):
            rows.append((goal, f"{goal[0]}-{at} 施策{goal[0]}-{at}", status, "指標の達成状況から"))
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return write_book(folder / "施策評価結果一覧.xlsx", {"施策評価一覧": rows})


def this_year() -> Counter[str]:
    return Counter(status for statuses in GOALS.values() for status in statuses)


def last_year() -> Counter[str]:
    """Last year's figures as the clerk kept them: one 施策 rated B then, A now."""
    return this_year() - Counter(A=1) + Counter(B=1)


def cells(counts: Counter[str], *, uncounted: bool = False) -> list[int]:
    found = [counts[s] for s in COUNTED] + [sum(counts[s] for s in COUNTED)]
    return [*found, counts["評価対象外"]] if uncounted else found


def change(now: int, then: int) -> str:
    return f"▲{then - now}" if now < then else f"+{now - then}" if now > then else "0"


def by_rows(now: list[int], then: list[int], year: str = "令和5年度") -> str:
    """The clerk's Markdown table: a row per year and a 増減 row."""
    lines = ["| 年度 | A | B | C | D | E | 計 |", "|---|---|---|---|---|---|---|"]
    lines.append("| 令和4年度 | " + " | ".join(map(str, then)) + " |")
    lines.append(f"| {year} | " + " | ".join(map(str, now)) + " |")
    lines.append("| 増減 | " + " | ".join(map(change, now, then)) + " |")
    return "\n".join(lines) + "\n"


def by_columns(now: list[int], then: list[int], years: tuple[str, str]) -> list[list[str]]:
    """The same table with its years as columns: a row per status, 計 and 評価対象外."""
    labels = ["A（効果的）", "B（おおむね効果的）", "C", "D", "E", "計", "評価対象外"]
    rows = [["区分", *years, "増減"]]
    for label, was, is_ in zip(labels, then, now, strict=True):
        rows.append([label, str(was), str(is_), change(is_, was)])
    return rows


def checked(book: Path, text: Path, year: int | None = None) -> planeval.CheckResult:
    config = load_config(book.parent / "planeval.toml")
    result = planeval.read_workbooks([book], scale=config.scale)
    return planeval.check(
        result, scale=config.scale, texts=[text], level="基本目標", fiscal_year=year
    )


@pytest.mark.parametrize("year", ["令和5年度", "R5", "2023年度", "令和5年度（2023年度）"])
def test_this_year_s_row_is_compared_and_last_year_s_listed(tmp_path: Path, year: str) -> None:
    """The 令和5年度 row (however the year is written) is the whole read's: right, it agrees and
    last year's row and 増減 are listed, settled; one cell wrong, that cell is named."""
    book = hirakata(tmp_path)
    report = tmp_path / "報告書.md"
    report.write_text(HEADING + by_rows(cells(this_year()), cells(last_year()), year), "utf-8")
    found = checked(book, report)
    assert found.agrees and found.compared == 6
    assert [(n.scope, n.reason, n.settled, n.location.cell) for n in found.not_compared] == [
        ("表の「令和4年度」の行", "令和4年度の行なので、今回の行とは比べません", True, "7行目"),
        ("表の「増減」の行", "前年度からの増減なので、今回の行とは比べません", True, "9行目"),
    ]
    now = cells(this_year())
    wrong = [*now[:2], now[2] + 1, *now[3:]]  # (C one too many)
    report.write_text(HEADING + by_rows(wrong, cells(last_year()), year), "utf-8")
    found = checked(book, report)
    assert not found.agrees
    assert [
        (d.scope, d.what, d.stated, d.counted, d.location.cell) for d in found.disagreements
    ] == [(f"表の「{year}」の行", "C", now[2] + 1, now[2], "8行目")]


def test_a_table_by_years_as_columns_copied_from_excel(tmp_path: Path, monkeypatch) -> None:
    """区分 | 令和4年度 | 令和5年度 | 増減, copied from the clerk's sheet (cells between tabs):
    the 令和5年度 column compared status by status (評価対象外 too), a wrong cell named at its
    status's line; the other columns listed and failing nothing."""
    monkeypatch.chdir(tmp_path)
    hirakata(tmp_path)
    now, then = cells(this_year(), uncounted=True), cells(last_year(), uncounted=True)
    table = by_columns(now, then, ("令和4年度", "令和5年度"))
    Path("推移.txt").write_text("\n".join("\t".join(row) for row in table) + "\n", "utf-8")
    agreeing = run("check", "施策評価結果一覧.xlsx", "--text", "推移.txt", "-f", "plain")
    assert agreeing.exit_code == 0, agreeing.stdout
    assert agreeing.stdout.splitlines() == [
        "比べられなかった数",
        "範囲                   記載       数    理由                                            記載の場所",
        "表の「令和4年度」の列  令和4年度  10    令和4年度の行なので、今回の行とは比べません     推移.txt › 1行目",
        "表の「増減」の列       増減       0     前年度からの増減なので、今回の行とは比べません  推移.txt › 1行目",
        "表の 1 列の記載件数はすべて集計と一致しています（前年度の数・増減・印のない内訳など、"
        "行から数えられない数 2 件は比べていません）",
    ]  # fmt: skip
    table[1][2] = str(now[0] - 1)  # (A of 令和5年度 one short)
    Path("推移.txt").write_text("\n".join("\t".join(row) for row in table) + "\n", "utf-8")
    wrong = run("check", "施策評価結果一覧.xlsx", "--text", "推移.txt", "-f", "plain")
    assert wrong.exit_code == 1
    assert wrong.stdout.splitlines()[:3] == [
        "記載と集計の食い違い",
        "範囲                   項目         記載    集計    記載の場所",
        f"表の「令和5年度」の列  A（効果的）  {now[0] - 1}       {now[0]}       推移.txt › 2行目",
    ]
    assert wrong.stdout.splitlines()[-1] == (
        "表の 1 列のうち、記載と集計の食い違いが 1 件あります（前年度の数・増減・印のない内訳など、"
        "行から数えられない数 2 件は比べていません）"
    )


def word_report(path: Path, table: list[list[str]]) -> Path:
    """The clerk's report written in Word, its table by years, saved as text."""
    document = Document()
    document.add_heading("２　施策評価結果の推移", level=2)
    document.add_paragraph("施策評価の結果の推移は、次のとおりです。")
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for cells_of, row in zip(grid.rows, table, strict=True):
        for cell, text in zip(cells_of.cells, row, strict=True):
            cell.text = text
    document.save(str(path.with_suffix(".docx")))
    path.write_text(word_text(path.with_suffix(".docx")), encoding="utf-8")
    return path


def test_no_year_known_is_said_once_with_the_fix(tmp_path: Path) -> None:
    """Workbooks and report stating no year: the table's year columns are said once, with
    --fiscal-year as the fix (the check fails: nothing was compared); given, this round's
    column is compared; a year the workbooks contradict is refused."""
    book = hirakata(tmp_path, title="枚方市施策評価　評価結果一覧")
    now, then = cells(this_year(), uncounted=True), cells(last_year(), uncounted=True)
    years = ("令和4年度（2022年度）", "令和5年度（2023年度）")
    report = word_report(tmp_path / "報告書.txt", by_columns(now, then, years))
    found = checked(book, report)
    assert not found.agrees and found.compared == 0
    said = [(n.scope, n.phrase, n.reason, n.settled) for n in found.not_compared]
    assert said == [
        ("表", "令和4年度（2022年度）・令和5年度（2023年度）", (
            "年度ごとの行ですが、今回の年度が分からないため比べていません（調査票の表題にも"
            "報告書の表題にも年度がありません。今回が令和5年度なら --fiscal-year 令和5 を付けて"
            "実行してください）"
        ), False),
        ("表の「増減」の列", "増減", "前年度からの増減なので、今回の行とは比べません", True),
    ]  # fmt: skip
    assert found.verdict() == (  # (both rows its table lists: review 86)
        "集計と比べた数はなく、比べられなかった数が 2 件あります（うち 1 件は前年度の数・増減・"
        "印のない内訳など、行から数えられない数です）"
    )
    given = checked(book, report, year=2023)
    assert given.agrees and given.compared == len(now)
    config = str(tmp_path / "planeval.toml")
    cli = run(
        "check", str(book), "--config", config, "--text", str(report), "--fiscal-year", "R5",
        "-f", "json",
    )  # fmt: skip
    assert cli.exit_code == 0 and json.loads(cli.stdout)["disagreements"] == []


def test_a_year_the_workbooks_contradict_is_refused(tmp_path: Path) -> None:
    """--fiscal-year 令和4 on 令和5年度's workbooks would compare last year's row with this
    year's rows: refused (exit 2), saying both years and the fix."""
    book = hirakata(tmp_path)
    report = tmp_path / "報告書.md"
    report.write_text(HEADING + by_rows(cells(this_year()), cells(last_year())), "utf-8")
    config = str(tmp_path / "planeval.toml")
    refused = run(
        "check", str(book), "--config", config, "--text", str(report), "--fiscal-year", "令和4"
    )  # fmt: skip
    assert refused.exit_code == 2
    assert " ".join(refused.stderr.split()) == (
        "エラー: --fiscal-year は令和4年度（2022年度）ですが、読み込んだブックは令和5年度"
        "（2023年度）のものです（記録・表題・ファイル名の年度）。ほかの年度の表の行をこのブックの"
        "行と比べることになるため、比べていません。--fiscal-year を直すか、付けずに実行してください"
        "（ブックの表題が前の年度のままなら、表題を直してください）"
    )


def test_a_table_by_years_libreoffice_saved_a_cell_per_line(tmp_path: Path) -> None:
    """The report in LibreOffice saved as text: each cell on a line of its own, the header's
    empty 区分 an empty line. Put back into its rows: the 令和5年度 column compared (a wrong C
    named at C's line), the others listed."""
    book = hirakata(tmp_path)
    now, then = cells(this_year(), uncounted=True), cells(last_year(), uncounted=True)
    table = by_columns(now, then, ("令和4年度", "令和5年度"))
    table[0][0] = ""
    report = tmp_path / "報告書.txt"
    report.write_text(HEADING + "\n".join(cell for row in table for cell in row), "utf-8")
    found = checked(book, report)
    assert found.agrees and found.compared == len(now)
    assert [n.scope for n in found.not_compared] == ["表の「令和4年度」の列", "表の「増減」の列"]
    table[3][2] = str(now[2] + 1)  # (C of 令和5年度 one too many)
    report.write_text(HEADING + "\n".join(cell for row in table for cell in row), "utf-8")
    found = checked(book, report)
    first = HEADING.count("\n") + 1  # (the header's first cell's line)
    assert [(d.what, d.stated, d.counted, d.location.cell) for d in found.disagreements] == [
        ("C", now[2] + 1, now[2], f"{first + 3 * len(table[0])}行目")
    ]


@pytest.mark.parametrize(
    ("heading", "shown"),
    [("### 基本目標2 子育て・教育環境が充実したまち", "基本目標2"),
     ("（2）子育て・教育環境が充実したまち", "子育て・教育環境が充実したまち")],
)  # fmt: skip
def test_a_table_by_years_under_a_goal_s_heading_is_that_goal_s(
    tmp_path: Path, heading: str, shown: str
) -> None:
    """Under a heading naming 基本目標2 (by its word and number, or by its name), the 令和5年度
    row is 基本目標2's rows; under a numbered heading naming none (２ 施策評価結果の推移), the
    whole read's."""
    book = hirakata(tmp_path)
    goal = Counter(list(GOALS.values())[1])
    report = tmp_path / "報告書.md"
    text = f"{heading}\n\n" + by_rows(cells(goal), cells(goal - Counter(A=1) + Counter(B=1)))
    report.write_text(text, "utf-8")
    found = checked(book, report)
    assert found.agrees and [s.scope for s in found.statements] == [
        f"表の「{shown} 令和5年度」の行"
    ]
    report.write_text(HEADING + by_rows(cells(goal), cells(goal)), "utf-8")
    whole = cells(this_year())
    wrong = {(d.what, d.stated, d.counted) for d in checked(book, report).disagreements}
    assert wrong == {
        (what, stated, counted)
        for what, stated, counted in zip((*COUNTED, "total"), cells(goal), whole, strict=True)
        if stated != counted
    }


def previous_round(folder: Path, scale: planeval.Scale) -> planeval.ReadResult:
    """令和4年度's 評価結果一覧 (last_year(): one 施策 B then, A now), read."""
    earlier = folder / "前年度"
    earlier.mkdir()
    goals = {goal: list(statuses) for goal, statuses in GOALS.items()}
    first = next(iter(goals))
    goals[first][goals[first].index("A")] = "B"
    rows: list[tuple[object, ...]] = [
        ("令和4年度　枚方市施策評価　評価結果一覧",),
        (),
        ("基本目標", "施策名", "評価", "評価の理由"),
    ]
    for goal, statuses in goals.items():
        for at, status in enumerate(statuses, 1):
            rows.append((goal, f"{goal[0]}-{at} 施策{goal[0]}-{at}", status, "指標の達成状況から"))
    book = write_book(earlier / "施策評価結果一覧.xlsx", {"施策評価一覧": rows})
    return planeval.read_workbooks([book], scale=scale)


def test_last_year_s_row_is_compared_with_last_year_s_round_given(tmp_path: Path) -> None:
    """Review 69: with --previous, the 令和4年度 row was still only listed — a wrong figure in
    it passed (「すべて一致」). Given last year's round, that row is compared with its rows,
    and the 増減 row with this round's counts less last year's (review 74: a wrong 増減
    passed)."""
    book = hirakata(tmp_path)
    config = load_config(book.parent / "planeval.toml")
    before = previous_round(tmp_path, config.scale)
    now = planeval.read_workbooks([book], scale=config.scale)
    report = tmp_path / "報告書.md"
    then = cells(last_year())
    report.write_text(HEADING + by_rows(cells(this_year()), then), "utf-8")

    def check() -> planeval.CheckResult:
        return planeval.check(
            now, scale=config.scale, texts=[report], level="基本目標", previous=before
        )

    found = check()
    assert found.agrees and found.compared == 18, found
    assert not found.not_compared
    wrong = [then[0] - 1, *then[1:]]  # (A of 令和4年度 one short, and its 増減 one too many)
    report.write_text(HEADING + by_rows(cells(this_year()), wrong), "utf-8")
    off = check().disagreements
    assert [(d.scope, d.what, d.stated, d.counted, d.location.cell, d.when) for d in off] == [
        ("表の「令和4年度」の行", "A", then[0] - 1, then[0], "7行目", "前年度"),
        ("計画全体", "A", 2, 1, "9行目", "増減"),
    ]
    assert off[1].note == f"（前年度 {then[0]} → 今回 {then[0] + 1}）"
    lines = HEADING + by_rows(cells(this_year()), then)
    report.write_text(lines.replace("| 増減 | +1 |", "| 増減 | +2 |"), "utf-8")
    [off] = check().disagreements  # (a wrong 増減 alone: it passed, listed)
    assert (off.what, off.stated, off.counted, off.when) == ("A", 2, 1, "増減")


def test_a_change_from_another_year_stays_listed(tmp_path: Path) -> None:
    """A 増減 of a table whose years are not this round's and the one before stays listed: the
    rows given as --previous are not the year it changes from."""
    book = hirakata(tmp_path)
    config = load_config(book.parent / "planeval.toml")
    now = planeval.read_workbooks([book], scale=config.scale)
    report = tmp_path / "報告書.md"
    table = by_rows(cells(this_year()), cells(last_year())).replace("令和4年度", "令和3年度")
    report.write_text(HEADING + table, "utf-8")
    before = previous_round(tmp_path, config.scale)
    found = planeval.check(now, scale=config.scale, texts=[report], previous=before)
    assert "表の「増減」の行" in [n.scope for n in found.not_compared]
    assert not found.disagreements
