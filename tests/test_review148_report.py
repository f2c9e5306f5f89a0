"""The whole plan's count sentence (review 148 #7): 「計画全体では、…」 before each 基本目標's, in
every export and first in summarize --narrative, read back by check as the whole plan's counts;
and `status_count`'s {thing}, which says a city's 「効果的なもの(A)が21個」 of labels ending as a
clause does (「改善に向けた検討を要するもの」, not 「…を要するなもの」)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import docx
import openpyxl
from typer.testing import CliRunner

from planeval.cli import app
from planeval.wording import counted
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "hirakata"

[wording]
preset = "hirakata"
title = "北河内市総合計画 施策評価結果"
"""
CITY_WORDS = 'status_count = "{thing}({symbol})が{n}個"\n'
HEADER = ["基本目標", "施策", "評価", "今後の方向性", "担当部"]
LABELS = {
    "A": "効果的",
    "B": "おおむね効果的",
    "C": "改善に向けた検討を要する",
    "D": "課題の検証を要する",
    "E": "抜本的な見直しを要する",
}
# (基本目標, 施策, 評価, 担当部)
ROWS = [
    ("1　安全なまち", "1-1 防災体制の強化", "A", "危機管理部"),
    (None, "1-2 地域防災力の向上", "B", "危機管理部"),
    (None, "1-3 防犯対策の推進", "C", "危機管理部"),
    ("2　にぎわいのまち", "2-1 市民協働の推進", "A", "危機管理部"),
    (None, "2-2 観光の振興", "E", "市民生活部"),
    (None, "2-3 文化芸術の振興", "評価対象外", "市民生活部"),
    (None, "2-4 生涯スポーツの推進", "A", "市民生活部"),
]


def _round(tmp_path: Path, words: str = "", rows=None, year: int = 7) -> Path:
    folder = tmp_path / f"R{year}"
    folder.mkdir()
    table: list[list[object]] = [[f"令和{year}年度 施策評価シート"], [], HEADER]
    table += [[p, item, status, "引き続き取り組む", dep] for p, item, status, dep in rows or ROWS]
    write_book(folder / "施策評価.xlsx", {"施策評価": table})
    (tmp_path / "planeval.toml").write_text(SETTINGS + words, encoding="utf-8")
    return folder


def _run(tmp_path: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    assert result.exit_code == 0, result.output
    return result.output


def _expected(shape: str) -> str:
    """The whole plan's sentence counted from ROWS, each status in ``shape``."""
    counts = Counter(row[2] for row in ROWS)
    uncounted = counts.pop("評価対象外")
    said = "、".join(shape.format(LABELS[s], s, n) for s, n in sorted(counts.items()))
    rated = sum(counts.values())
    apart = "（ほかに評価対象外{}件）" if "件" in shape else "（ほかに評価対象外が{}個）"
    return (
        f"計画全体では、{counted(rated, '施策')}を評価しました。施策ごとの評価は、{said}"
        f"{apart.format(uncounted)}でした。"
    )


def test_every_export_says_the_whole_plan_first_and_check_reads_it(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    sentence = _expected("{0}（{1}）{2}件")
    narrated = _run(tmp_path, "summarize", str(folder), "--narrative")
    assert sentence in narrated
    assert narrated.index(sentence) < narrated.index("基本目標1「安全なまち」では")
    out = tmp_path / "out"
    args = ["export", str(folder)]
    for suffix in ("md", "html", "docx", "xlsx"):
        args += [f"--{suffix}", str(out / f"報告.{suffix}")]
    _run(tmp_path, *args)
    md = (out / "報告.md").read_text(encoding="utf-8")
    assert md.index(sentence) < md.index("## 基本目標1")
    assert sentence in (out / "報告.html").read_text(encoding="utf-8")
    paragraphs = [p.text for p in docx.Document(str(out / "報告.docx")).paragraphs]
    assert sentence in paragraphs
    cells = [c.value for s in openpyxl.load_workbook(out / "報告.xlsx") for r in s for c in r]
    assert sentence in [str(c).replace("\n", "") for c in cells]  # (broken between phrases)
    for suffix in ("md", "html", "docx"):  # (planeval's own sentence, read as the whole's)
        assert "一致しています" in _run(
            tmp_path, "check", str(folder), "--text", str(out / f"報告.{suffix}")
        )


def test_the_citys_shape_from_status_count_thing_and_check_reads_it(tmp_path: Path) -> None:
    folder = _round(tmp_path, CITY_WORDS)
    sentence = _expected("{0}なもの({1})が{2}個")
    sentence = sentence.replace("を要するなもの", "を要するもの")  # (a clause: もの alone)
    narrated = _run(tmp_path, "summarize", str(folder), "--narrative")
    assert sentence in narrated
    assert "おおむね効果的なもの(B)が1個、改善に向けた検討を要するもの(C)が1個でした" in narrated
    report = tmp_path / "報告.md"
    _run(tmp_path, "export", str(folder), "--md", str(report))
    assert "一致しています" in _run(tmp_path, "check", str(folder), "--text", str(report))
    first = sum(row[2] == "A" for row in ROWS)
    wrong_count = sentence.replace(f"効果的なもの(A)が{first}個", f"効果的なもの(A)が{first + 1}個")
    wrong = tmp_path / "誤り.md"
    wrong.write_text(report.read_text(encoding="utf-8").replace(sentence, wrong_count), "utf-8")
    result = CliRunner().invoke(
        app,
        ["check", str(folder), "--text", str(wrong), "--config", str(tmp_path / "planeval.toml")],
    )
    assert result.exit_code == 1, result.output
    assert "計画全体" in result.output


def test_a_plan_of_one_policy_has_no_second_sentence_saying_the_same(tmp_path: Path) -> None:
    global ROWS
    kept = ROWS
    try:
        ROWS = [row for row in kept if row[1].startswith("1-")]
        folder = _round(tmp_path)
        assert "計画全体" not in _run(tmp_path, "summarize", str(folder), "--narrative")
    finally:
        ROWS = kept


def test_the_data_sheet_writes_each_level_number_alike_and_centred(tmp_path: Path) -> None:
    """(review 148 #8) 基本目標番号 '1' as text beside the item's number 1, right-aligned
    against 「1-1」, printed 「11-1」: each level's number now a number, every number column
    centred, and the workbook read back gives the same counts."""
    folder = _round(tmp_path)
    book = tmp_path / "報告.xlsx"
    _run(tmp_path, "export", str(folder), "--xlsx", str(book))
    sheet = openpyxl.load_workbook(book)["データ"]
    titles = [cell.value for cell in sheet[1]]
    numbers = [titles.index(title) for title in ("基本目標番号", "施策番号", "施策番号（表記）")]
    for row in sheet.iter_rows(min_row=2):
        policy, item, label = (row[index] for index in numbers)
        assert isinstance(policy.value, int) and isinstance(item.value, int), (policy, item)
        assert str(label.value).startswith(f"{policy.value}-")
        assert {cell.alignment.horizontal for cell in (policy, item, label)} == {"center"}
    assert sheet.max_row - 1 == len(ROWS)
    counts = Counter(row[2] for row in ROWS)
    summed = _run(tmp_path, "summarize", str(book), "-f", "csv")
    total = next(line for line in summed.splitlines() if line.startswith("合計"))
    assert total.split(",")[2:8] == [str(counts[s]) for s in "ABCDE"] + [
        str(sum(n for s, n in counts.items() if s in LABELS))
    ]


# last year's ratings (review 148 #9): 1-1 B→A, 1-3 D→C, 2-2 C→E, 2-4 B→A
LAST_YEAR = {"1-1": "B", "1-3": "D", "2-2": "C", "2-4": "B"}


def _changes(tmp_path: Path, columns: int) -> list[str]:
    last = [(p, i, LAST_YEAR.get(i.split()[0], s), d) for p, i, s, d in ROWS]
    before, after = _round(tmp_path, rows=last, year=6), _round(tmp_path / "今年")
    result = CliRunner().invoke(
        app,
        ["compare", str(before), str(after), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": str(columns)},
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    at = next(n for n, line in enumerate(lines) if "別の件数の変化" in line)
    return lines[at + 1 :]


def _status_changes() -> dict[str, tuple[int, int]]:
    was = Counter(LAST_YEAR.get(item.split()[0], status) for _p, item, status, _d in ROWS)
    now = Counter(status for _p, _i, status, _d in ROWS)
    return {symbol: (was[symbol], now[symbol]) for symbol in "ABCDE"}


def test_compare_s_counts_are_a_table_where_the_changes_fit_written_closer(
    tmp_path: Path,
) -> None:
    """(北河内市's names fit no box of 「2 → 4（+2）」 at 120 columns: these at 110) each change
    whole on its line, 「2→4（+2）」, never 「2 → 4」 over 「（+2）」 (review 136 #5)."""
    (tmp_path / "今年").mkdir()
    lines = _changes(tmp_path, 110)
    assert lines[0].startswith("┌"), lines[:3]
    total = next(line for line in lines if line.startswith("│ 合計"))
    for symbol, count in zip("ABCDE", total.split("│")[3:8], strict=True):
        a, b = _status_changes()[symbol]
        sign = "+" if b > a else "▲" if b < a else "±"
        assert count.strip() == f"{a}→{b}（{sign}{abs(b - a)}）", symbol


def test_compare_s_counts_are_packed_lines_at_80_columns(tmp_path: Path) -> None:
    (tmp_path / "今年").mkdir()
    a, b = _status_changes()["A"]
    lines = _changes(tmp_path, 80)
    total = lines.index("合計")
    assert lines[total + 1].startswith(f"  A {a} → {b}（+{b - a}）  B ")
    assert len(lines) < 4 * 3 + 4  # (a heading and two lines of counts per group, the notes)


def _by_department(tmp_path: Path, year: int, departments: set[str]) -> Path:
    """A round of one workbook per 担当部 of ROWS, of ``departments`` only."""
    folder = tmp_path / f"R{year}"
    folder.mkdir()
    for department in sorted(departments):
        table: list[list[object]] = [[f"令和{year}年度 施策評価シート（{department}）"], [], HEADER]
        table += [
            [p or "", item, status, "引き続き取り組む", dep]
            for p, item, status, dep in _with_policies()
            if dep == department
        ]
        write_book(folder / f"令和{year}_{department}.xlsx", {"施策評価": table})
    return folder


def _with_policies() -> list[tuple[str, str, str, str]]:
    """ROWS with each row's 基本目標 written (a 部's own form starts mid-goal)."""
    rows, policy = [], ""
    for p, item, status, dep in ROWS:
        policy = p or policy
        rows.append((policy, item, status, dep))
    return rows


def _plan(tmp_path: Path) -> Path:
    table: list[list[object]] = [["施策一覧"], [], ["基本目標", "番号", "施策名", "担当部"]]
    for policy, item, _status, dep in _with_policies():
        number, name = item.split(" ", 1)
        table.append([policy, number, name, dep])
    return write_book(tmp_path / "計画.xlsx", {"施策一覧": table})


def test_compare_tells_to_give_the_plan_where_a_department_ending_a_goal_is_missing(
    tmp_path: Path,
) -> None:
    """(review 148 #4) 市民生活部's 施策 are the last of 基本目標2: without its workbook and
    without the plan, this round's summarize shows 基本目標2 of the rows that came with no
    word; compare, which sees it answered last year only, says to give the plan."""
    departments = {row[3] for row in ROWS}
    last = _by_department(tmp_path, 6, departments)
    now = _by_department(tmp_path, 7, departments - {"市民生活部"})
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    args = ["compare", str(last), str(now), "--config", str(tmp_path / "planeval.toml")]
    told = CliRunner().invoke(app, args)
    assert told.exit_code == 0, told.output
    notice = next(line for line in told.output.splitlines() if "前回だけ回答" in line)
    assert "市民生活部" in notice and "--plan" in notice and "基本目標の最後の施策" in notice
    planned = CliRunner().invoke(app, [*args, "--plan", str(_plan(tmp_path))])
    said = [line for line in planned.output.splitlines() if "市民生活部" in line]
    assert said and not any("--plan" in line for line in said), planned.output
