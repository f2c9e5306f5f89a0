"""A clerk's table with the statuses down its rows and the groups across (review 28 F1): 浜松市's
KPI report holds 「評価 | 基本方針1 | 基本方針2 | 基本方針3 | 全体」 with a row per 評価 (A–D) and
計, of shares with one decimal (each column adding up to 100.0) or of counts. check passed it
unread (exit 0) with a cell 99.9 and 計 170.0. Now each column is compared with its group's
rows, a wrong cell named at its line, row and column; a column naming no group, or a table of
numbers no reader can place, is a number not compared and the check fails. Built as 浜松市's
clerk keeps the KPI workbook (a sheet per 基本方針, 項目 | 指標 | … | 指標の評価, group rows
(1) unrated, ア/イ rated) and writes the report (copied from Excel: cells between tabs, or
Markdown)."""

from __future__ import annotations

import json
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

import planeval
from planeval.config import load_config
from planeval.stated_number import TOTAL
from tests.conftest import write_book
from tests.test_check_own_export import run

SETTINGS = (
    '[scale]\npreset = "hamamatsu"\n\n[wording]\npolicy = "基本方針"\nproject = "項目"\n'
    'item = "指標"\nstatus = "指標の評価"\n'
)
STATUSES = ("A", "B", "C", "D")
# each 基本方針's KPIs' 評価, by its 項目 (1), (2)
POLICIES = {
    "市民サービスのDX": {"(1) 行政手続のオンライン化": "AABC", "(2) 窓口サービスの改善": "ABD"},
    "地域社会のDX": {
        "(1) デジタルデバイド対策": "AAAB",
        "(2) 教育のDX": "BBCD",
        "(3) 産業のDX": "A",
    },
    "行政運営のDX": {"(1) 業務の効率化": "ABC", "(2) デジタル人材の育成": "BCD"},
}


def settings(folder: Path) -> str:  # (the settings beside the workbook)
    return str(folder / "planeval.toml")


TITLE = "浜松市DX推進計画 KPI進捗状況（令和5年度実績）\n\n"


def workbook(folder: Path) -> Path:
    """The KPI workbook: a sheet per 基本方針, its KPIs under their 項目 rows."""
    sheets: dict[str, list[tuple[object, ...]]] = {}
    header = (
        "項目",
        "指標",
        "策定時（R2）",
        "前年度（R4）",
        "現状値（R5）",
        "目標値（R7）",
        "指標の評価",
    )
    for number, (name, groups) in enumerate(POLICIES.items(), 1):
        rows: list[tuple[object, ...]] = [
            (f"基本方針{number}　{name}",),
            ("令和5年度実績",),
            header,
        ]
        for group, statuses in groups.items():
            rows.append((group,))
            for kana, status in zip("アイウエ", statuses, strict=False):
                rows.append(
                    (kana, f"{group[4:]}の指標{kana}", "10件", "12件", "15件", "20件", status)
                )
        sheets[f"基本方針{number}"] = rows
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return write_book(folder / "DX推進計画KPI進捗_令和5年度.xlsx", sheets)


def counts() -> dict[str, Counter[str]]:
    """Each 基本方針's count of each 評価, and 全体's, from the rows the workbook holds."""
    found = {
        f"基本方針{number}": Counter("".join(groups.values()))
        for number, groups in enumerate(POLICIES.values(), 1)
    }
    return {**found, "全体": sum(found.values(), Counter())}


def shares(count: Counter[str]) -> list[str]:
    """The city's shares of one column at one decimal, adding up to 100.0: each rounded down,
    the tenths left over given to the largest remainders."""
    total = sum(count[s] for s in STATUSES)
    units = {s: count[s] * 1000 // total for s in STATUSES}
    left = sorted(STATUSES, key=lambda s: -(count[s] * 1000 % total))
    for status in left[: 1000 - sum(units.values())]:
        units[status] += 1
    return [f"{units[s] / 10:.1f}" for s in STATUSES]


def own_share(count: Counter[str], status: str) -> float:
    """planeval's share of ``status`` in one column: rounded on its own, half up (its default)."""
    total = sum(count[s] for s in STATUSES)
    exact = Decimal(100 * count[status]) / total
    return float(exact.quantize(Decimal("0.1"), ROUND_HALF_UP))


def share_table(edit: dict[tuple[str, str], str] | None = None) -> list[list[str]]:
    """「表　基本方針別の評価（割合）」 as the clerk copies it from Excel: a row per 評価 and 計."""
    columns = counts()
    rows = [["評価", *columns]]
    by_column = {name: shares(count) for name, count in columns.items()}
    for at, status in enumerate(STATUSES):
        rows.append([status, *(by_column[name][at] for name in columns)])
    rows.append(["計", *("100.0" for _ in columns)])
    for (status, column), value in (edit or {}).items():
        row = next(r for r in rows if r[0] == status)
        row[rows[0].index(column)] = value
    return rows


def tab_text(rows: list[list[str]], heading: str = "表　基本方針別の評価（割合）") -> str:
    return TITLE + heading + "\n" + "\n".join("\t".join(row) for row in rows) + "\n"


def checked(book: Path, text: Path) -> planeval.CheckResult:
    config = load_config(book.parent / "planeval.toml")
    result = planeval.read_workbooks([book], scale=config.scale)
    return planeval.check(result, scale=config.scale, texts=[text], level="基本方針")


def test_the_city_s_table_of_shares_agrees_and_a_wrong_cell_is_named(tmp_path: Path) -> None:
    """The table as the city publishes it agrees, every cell compared (4 columns of 4 shares and
    計); the reviewer's edit (A of 基本方針1 99.9, its 計 170.0) is two disagreements, each at
    its status's line, named by its column and its row."""
    book = workbook(tmp_path)
    report = tmp_path / "報告.txt"
    report.write_text(tab_text(share_table()), encoding="utf-8")
    found = checked(book, report)
    assert found.agrees and found.compared == 4 * 5, found
    assert not found.not_compared
    right = own_share(counts()["基本方針1"], "A")  # (the city's adds up to 100: it agrees too)
    report.write_text(
        tab_text(share_table({("A", "基本方針1"): "99.9", ("計", "基本方針1"): "170.0"})), "utf-8"
    )
    found = checked(book, report)
    assert not found.agrees
    assert [
        (d.scope, d.what, d.stated, d.counted, d.percent, d.location.cell)
        for d in found.disagreements
    ] == [
        ("表の「基本方針1」の列", "A", 99.9, right, True, "5行目"),
        ("表の「基本方針1」の列", TOTAL, 170.0, 100.0, True, "9行目"),
    ]


def test_through_the_cli_the_reviewer_s_case_fails_and_the_right_table_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    workbook(tmp_path)
    Path("報告.txt").write_text(tab_text(share_table()), encoding="utf-8")
    book = "DX推進計画KPI進捗_令和5年度.xlsx"
    agreeing = run("check", book, "--text", "報告.txt", "-f", "plain")
    assert agreeing.exit_code == 0, agreeing.stdout
    assert agreeing.stdout.splitlines() == ["表の 4 列の記載件数はすべて集計と一致しています"]
    edited = share_table({("A", "基本方針1"): "99.9", ("計", "基本方針1"): "170.0"})
    Path("報告.txt").write_text(tab_text(edited), encoding="utf-8")
    wrong = run("check", book, "--text", "報告.txt", "-f", "plain")
    assert wrong.exit_code == 1
    right = own_share(counts()["基本方針1"], "A")
    assert wrong.stdout.splitlines() == [
        "記載と集計の食い違い",
        "範囲                   項目                 記載    集計    記載の場所",
        f"表の「基本方針1」の列  A（目標達成）の割合  99.9%   {right}%   報告.txt › 5行目",
        "表の「基本方針1」の列  合計の割合           170.0%  100.0%  報告.txt › 9行目",
        "表の 4 列のうち、記載と集計の食い違いが 2 件あります",
    ]  # fmt: skip


def test_a_table_of_counts_in_markdown_by_the_policies_names(tmp_path: Path) -> None:
    """The same table of counts (指標数) written in Markdown, its columns named by the
    policies' names and 合計: compared count by count, 計 too; A of 合計 one more is named."""
    book = workbook(tmp_path)
    columns = counts()
    names = [*POLICIES, "合計"]
    lines = ["| 評価 | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for status in (*STATUSES, "計"):
        cells = [
            str(sum(c[s] for s in STATUSES) if status == "計" else c[status])
            for c in columns.values()
        ]
        lines.append(f"| {status} | " + " | ".join(cells) + " |")
    report = tmp_path / "報告.md"
    report.write_text(
        TITLE + "## 基本方針別の評価（指標数）\n\n" + "\n".join(lines) + "\n", "utf-8"
    )
    found = checked(book, report)
    assert found.agrees and found.compared == 4 * 5
    whole = columns["全体"]["A"]
    lines[2] = lines[2].removesuffix(f" {whole} |") + f" {whole + 1} |"
    report.write_text(
        TITLE + "## 基本方針別の評価（指標数）\n\n" + "\n".join(lines) + "\n", "utf-8"
    )
    [wrong] = checked(book, report).disagreements
    assert (wrong.scope, wrong.what, wrong.stated, wrong.counted, wrong.location.cell) == (
        "表の「合計」の列", "A", whole + 1, whole, "7行目"
    )  # fmt: skip


def test_a_column_naming_no_group_is_not_compared_and_fails(tmp_path: Path) -> None:
    """基本方針4 (the workbook has three): its column is said not compared, with the fix; the
    other columns are compared; exit 1."""
    book = workbook(tmp_path)
    table = share_table()
    table[0][3] = "基本方針4"
    report = tmp_path / "報告.txt"
    report.write_text(tab_text(table), encoding="utf-8")
    found = checked(book, report)
    assert not found.agrees and not found.disagreements
    [aside] = found.unsettled
    assert (aside.scope, aside.phrase, aside.location.cell) == (
        "表の「基本方針4」の列", "基本方針4", "4行目"
    )  # fmt: skip
    assert aside.reason.startswith("表の列ですが、「基本方針4」にあたる行がないため比べていません")
    shown = run(
        "check", str(book), "--text", str(report), "--config", settings(tmp_path), "-f", "json"
    )
    assert shown.exit_code == 1
    assert [n["scope"] for n in json.loads(shown.stdout)["not_compared"]] == [
        "表の「基本方針4」の列"
    ]


@pytest.mark.parametrize(
    "between",
    ["\t", "  "],  # (cells between tabs, or aligned by spaces, each holding 件数（割合）)
)
def test_a_table_no_reader_can_place_is_listed_not_compared(tmp_path: Path, between: str) -> None:
    """Rows of numbers no reader takes — a cell holding a count and its share, or a table
    aligned by spaces — are never passed over: the table is said once as not compared, at its
    first row, naming its lines, and the check fails."""
    book = workbook(tmp_path)
    columns = counts()
    rows = [["評価", *columns]]
    for status in STATUSES:
        rows.append(
            [status, *(f"{c[status]}（{c[status] * 100 // c.total()}%）" for c in columns.values())]
        )
    report = tmp_path / "報告.txt"
    report.write_text(
        TITLE + "表　基本方針別の評価\n" + "\n".join(between.join(row) for row in rows) + "\n",
        "utf-8",
    )
    found = checked(book, report)
    assert not found.agrees
    # (aligned by spaces, each line is a paragraph too, whose shares are said unread as well)
    [aside, *_] = found.unsettled
    assert len(found.unsettled) == (1 if between == "\t" else 1 + 4 * 4)
    assert (aside.scope, aside.location.cell, aside.settled) == ("表", "5行目", False)
    assert aside.reason.startswith(
        "数の並んだ表の行ですが、どの集計のどの数か読み取れないため、この表（5〜8行目の 4 行）は"
    )
    shown = run(
        "check", str(book), "--text", str(report), "--config", settings(tmp_path), "-f", "plain"
    )
    assert shown.exit_code == 1
    unread = len(found.unsettled)
    assert shown.stdout.splitlines()[-1].endswith(f"比べられなかった数が {unread} 件あります")


def test_equal_counts_shares_as_the_city_breaks_the_tie_agree(tmp_path: Path) -> None:
    """2, 2, 2, 1 of 7 (review 28 #4): the city's column adding up to 100.0 gives the tied
    shares 28.6, 28.6, 28.5 (planeval prints 28.6 each and notes 100.1); either rounding of a
    tied share agrees, 28.4 does not."""
    rows: list[tuple[object, ...]] = [
        ("基本方針1　市民サービスのDX",),
        ("項目", "指標", "指標の評価"),
    ]
    rows.append(("(1) 行政手続のオンライン化",))
    rows += [
        (kana, f"指標{kana}", status)
        for kana, status in zip("アイウエオカキ", "AABBCCD", strict=True)
    ]
    book = write_book(tmp_path / "KPI.xlsx", {"基本方針1": rows})
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    report = tmp_path / "報告.txt"
    for c_share, agrees in (("28.5", True), ("28.6", True), ("28.4", False)):
        table = [
            ["評価", "基本方針1"], ["A", "28.6"], ["B", "28.6"], ["C", c_share], ["D", "14.3"],
            ["計", "100.0"],
        ]  # fmt: skip
        report.write_text(tab_text(table), encoding="utf-8")
        found = checked(book, report)
        assert found.compared == 5 and found.agrees is agrees, c_share


def test_a_clerk_s_excel_table_rounding_each_share_alone_agrees(tmp_path: Path) -> None:
    """A clerk's Excel table of shares, =ROUND(count/total*100,1) in each cell and 計 their SUM:
    A2 B3 C4 of 9 are 22.2, 33.3, 44.4 there (99.9 in all), as planeval's own, where shares made
    to add up to 100 are 22.2, 33.3, 44.5. Each is a share the rows give, as in a sentence; a
    wrong share still fails, its cell named."""
    rows: list[tuple[object, ...]] = [
        ("基本方針1　市民サービスのDX",),
        ("項目", "指標", "指標の評価"),
        ("(1) 行政手続のオンライン化",),
    ]
    statuses = "AABBBCCCC"
    rows += [
        (kana, f"指標{kana}", s) for kana, s in zip("アイウエオカキクケ", statuses, strict=True)
    ]
    book = write_book(tmp_path / "KPI.xlsx", {"基本方針1": rows})
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    count = Counter(statuses)
    alone = {s: f"{round(count[s] * 1000 / len(statuses) + 1e-9) / 10:.1f}" for s in STATUSES}
    assert alone == {"A": "22.2", "B": "33.3", "C": "44.4", "D": "0.0"}  # (ROUND, half up)
    whole = f"{sum(map(float, alone.values())):.1f}"
    report = tmp_path / "報告.txt"
    for c_share, agrees in ((alone["C"], True), ("44.3", False)):
        table = [["評価", "基本方針1"], *([s, alone[s] if s != "C" else c_share] for s in STATUSES)]
        report.write_text(tab_text([*table, ["計", whole]]), encoding="utf-8")
        found = checked(book, report)
        assert found.compared == 5 and found.agrees is agrees, c_share
    (wrong,) = found.disagreements
    assert (wrong.scope, wrong.what, wrong.stated, wrong.counted, wrong.location.cell) == (
        "表の「基本方針1」の列",
        "C",
        44.3,
        float(alone["C"]),
        "7行目",
    )


def test_a_table_of_counts_under_a_sentence_stating_a_share_is_of_counts(tmp_path: Path) -> None:
    """Reviews 69 and 71: the paragraph right above the table said 「Aは7指標（38.9%）でした。」
    and the table of counts under it, with no heading of its own, was read as shares (18 and
    25 false disagreements: 「A の割合 記載 2% 集計 29.0%」). A sentence is no caption: the
    table is compared as counts, a wrong one still named."""
    book = workbook(tmp_path)
    columns = counts()
    whole = columns["全体"]
    share = round(100 * whole["A"] / sum(whole[s] for s in STATUSES), 1)
    rows = [["評価", *columns]]
    for status in (*STATUSES, "計"):
        rows.append(
            [status, *(str(sum(c[s] for s in STATUSES) if status == "計" else c[status])
                       for c in columns.values())]
        )  # fmt: skip
    sentence = f"全体では、Aは{whole['A']}指標（{share}%）でした。"
    report = tmp_path / "報告.txt"
    report.write_text(tab_text(rows, heading=sentence), encoding="utf-8")
    found = checked(book, report)
    assert found.agrees and not found.not_compared, found.disagreements
    assert found.compared == 4 * 5 + 2  # (the table's cells, the sentence's count and share)
    rows[1][1] = str(columns["基本方針1"]["A"] + 1)
    report.write_text(tab_text(rows, heading=sentence), encoding="utf-8")
    [wrong] = checked(book, report).disagreements
    assert (wrong.what, wrong.stated, wrong.percent) == ("A", columns["基本方針1"]["A"] + 1, False)
