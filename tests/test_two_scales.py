"""export and tables given two planeval.toml (review 141 #6): a 行政改革大綱 rates the same items
on 実施状況 and 達成度, one column each, and publishes one table with both and both counts.
Each planeval.toml reads the same workbooks; the first is counted as ever, the second's rating
stands beside it in Chapter 3 and its 集計 and sentences follow the first's."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app

_WORDING = (
    '\n[wording]\ntitle = "行政改革大綱 実施計画　取組項目の進捗状況"\npolicy = "改革の柱"\n'
    'project = "推進項目"\nitem = "取組項目"\n'
)
PROGRESS = '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n' + _WORDING
ACHIEVEMENT = (
    '[scale]\npreset = "achievement"\n\n[layout]\nstatus_column = "達成度"\n' + _WORDING + "\n"
    '[[scale.status]]\nsymbol = "－"\nlabel = "対象外（未完了）"\ncounted = false\nblank = true\n'
    'blank_beside = ["未着手", "取組中"]\n'
)
# each department's rows: 柱, 推進項目, 取組項目, 実施状況, 達成度 (None: left blank, as the form's
# note 「達成度は完了した項目のみ記入」 says), 課題
ROWS = {
    "市民課": [
        ("Ⅰ　市民サービスの向上", "1-1　窓口の充実", "1-1-(1)　証明書の交付", "完了", "達成", ""),
        (
            "Ⅰ　市民サービスの向上",
            "1-1　窓口の充実",
            "1-1-(2)　書かない窓口",
            "取組中",
            None,
            "試行中",
        ),
        ("Ⅰ　市民サービスの向上", "1-1　窓口の充実", "1-1-(3)　案内の充実", "完了", "一部達成", ""),
    ],
    "総務課": [
        ("Ⅱ　効率的な行政運営", "2-1　組織の見直し", "2-1-(1)　組織機構", "未着手", None, "未定"),
        ("Ⅱ　効率的な行政運営", "2-1　組織の見直し", "2-1-(2)　人材育成", "完了", "未達成", "研修"),
        ("Ⅱ　効率的な行政運営", "2-1　組織の見直し", "2-1-(3)　働き方", "取組中", None, ""),
    ],
}
HEADERS = ("改革の柱", "推進項目", "取組項目", "実施状況", "達成度", "取組み状況・課題", "担当課")


def _form(folder: Path, number: int, department: str, rows: list, year: str = "令和7年度") -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "進捗状況"
    sheet["A1"] = f"行政改革大綱 実施計画　取組項目の進捗状況（{year}）"
    sheet["A2"] = f"担当課：{department}"
    sheet.append([])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append([*row[:5], row[5] or None, department])
    book.save(folder / f"{number:02d}_{department}.xlsx")


def _setup(tmp_path: Path, rows: dict = ROWS) -> list[str]:
    (tmp_path / "回答").mkdir()
    for number, (department, own) in enumerate(rows.items(), start=1):
        _form(tmp_path / "回答", number, department, own)
    (tmp_path / "実施状況.toml").write_text(PROGRESS, encoding="utf-8")
    (tmp_path / "達成度.toml").write_text(ACHIEVEMENT, encoding="utf-8")
    return [
        str(tmp_path / "回答"),
        *("--config", str(tmp_path / "実施状況.toml")),
        *("--config", str(tmp_path / "達成度.toml")),
    ]


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _rows() -> list[tuple]:
    return [row for rows in ROWS.values() for row in rows]


def _total(markdown: str, heading: str) -> dict[str, str]:
    """The 合計 row of the count table under ``heading``, title → cell."""
    part = markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in part.splitlines() if line.startswith("|")]
    titles = [cell.strip() for cell in lines[0].strip("|").split("|")]
    total = next(line for line in lines if line.startswith("| 合計"))
    return dict(zip(titles, (cell.strip() for cell in total.strip("|").split("|")), strict=True))


def test_export_writes_both_scales_counts_and_columns_in_one_report(tmp_path: Path) -> None:
    inputs = _setup(tmp_path)
    md, xlsx = tmp_path / "報告.md", tmp_path / "報告.xlsx"
    _run("export", *inputs, "--md", str(md), "--xlsx", str(xlsx), "--csv", str(tmp_path / "csv"))
    text = md.read_text(encoding="utf-8")
    progress = Counter(row[3] for row in _rows())
    achieved = Counter(row[4] for row in _rows() if row[4])
    for heading, counts in (("集計（実施状況）", progress), ("集計（達成度）", achieved)):
        total = _total(text, heading)
        assert {status: int(total[status]) for status in counts} == dict(counts), heading
        assert int(total["計"]) == sum(counts.values())
    blank = sum(1 for row in _rows() if row[4] is None)
    assert int(_total(text, "集計（達成度）")["対象外（未完了）"]) == blank  # (apart from 計)
    # each policy's sentence says both scales' counts, each legend line its own
    policy = text.split("## 改革の柱Ⅰ", 1)[1].split("\n\n")[1]  # (its sentence's paragraph)
    assert "実施状況は、取組中1件、完了2件" in policy
    assert "達成度は、一部達成1件、達成1件" in policy
    assert text.count("※達成度　対象外（未完了）は「－」とし、件数に含めません") == 2
    # Chapter 3: each row with both columns, as each settings file reads its cell
    header = "| 推進項目 | 取組項目 | 実施状況 | 達成度 | 取組み状況・課題 |"
    assert text.count(header) == 2
    for _policy, _project, item, status, achievement, _issue in _rows():
        number, _, name = item.partition("　")
        assert f"| {number} {name} | {status} | {achievement or '－'} |" in text
    # the workbook's Chapter 3 sheets alike
    book = load_workbook(xlsx)
    seen = {}
    for sheet in book.worksheets:
        if sheet.title == "課題一覧":  # (its rows named apart from their numbers: review 151 #6)
            continue
        grid = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
        for at, row in enumerate(grid):
            if "実施状況" in row and "達成度" in row and "取組項目" in row:
                columns = {title: row.index(title) for title in ("取組項目", "実施状況", "達成度")}
                for line in grid[at + 1 :]:
                    if line[columns["取組項目"]]:
                        seen[line[columns["取組項目"]]] = (
                            line[columns["実施状況"]], line[columns["達成度"]]
                        )  # fmt: skip
    expected = {
        item.replace("　", " "): (status, achievement or "－")
        for _p, _d, item, status, achievement, _i in _rows()
    }
    assert seen == expected
    assert {"集計（実施状況）", "集計（達成度）"} <= set(book.sheetnames)
    # and the second scale's counts in a CSV of their own, beside 集計.csv
    with open(tmp_path / "csv" / "集計（達成度）.csv", encoding="utf-8-sig", newline="") as file:
        table = list(csv.DictReader(file))
    assert int(table[-1]["達成"]) == achieved["達成"]


def test_each_reads_errors_are_said_once_and_the_row_left_out_is_labelled(tmp_path: Path) -> None:
    """A 完了 row with its 達成度 blank is an error of the second read only (its row still
    counted by the first); a file of last year's form, an error of both, is said once."""
    rows = {**ROWS, "市民課": [*ROWS["市民課"]]}
    rows["市民課"][0] = (*rows["市民課"][0][:4], None, "")  # (完了, 達成度 forgotten)
    inputs = _setup(tmp_path, rows)
    _form(tmp_path / "回答", 9, "税務課", ROWS["総務課"], year="令和6年度")
    md = tmp_path / "報告.md"
    result = CliRunner().invoke(app, ["export", *inputs, "--md", str(md), "--keep-going"])
    assert result.exit_code == 1, result.output
    said = "".join(result.output.split())
    assert said.count("09_税務課.xlsx›進捗状況›A1") == 1, result.output
    assert said.count("達成度が空です") == 1, result.output
    text = md.read_text(encoding="utf-8")
    assert "| 1-1-(1) 証明書の交付 | 完了 | 未評価 |" in text
    listed = [row for own in rows.values() for row in own]
    done = sum(1 for row in listed if row[3] == "完了")
    assert _total(text, "集計（実施状況）")["完了"] == str(done)  # (the first counts it)
    rated = sum(1 for row in listed if row[4])
    assert _total(text, "集計（達成度）")["計"] == str(rated)  # (the second does not)


def test_tables_shows_both_columns(tmp_path: Path) -> None:
    inputs = _setup(tmp_path)
    output = _run("tables", *inputs, "-f", "csv", "--no-bom")
    table = list(csv.DictReader(io.StringIO(output)))
    pairs = {(row["実施状況"], row["達成度"]) for row in table}
    assert pairs == {(r[3], r[4] or "－") for r in _rows()}


def test_one_config_writes_one_scale_as_before(tmp_path: Path) -> None:
    inputs = _setup(tmp_path)[:3]
    md = tmp_path / "報告.md"
    _run("export", *inputs, "--md", str(md), "--csv", str(tmp_path / "csv"))
    text = md.read_text(encoding="utf-8")
    assert "## 集計\n" in text
    assert "達成度" not in text
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        ["集計.csv", "進捗状況.csv", "課題一覧.csv"]
    )


def test_a_third_config_is_refused(tmp_path: Path) -> None:
    inputs = _setup(tmp_path)
    third = ["--config", str(tmp_path / "達成度.toml")]
    result = CliRunner().invoke(app, ["export", *inputs, *third, "--md", str(tmp_path / "a.md")])
    assert result.exit_code == 2
    assert "--config は二つまでです" in result.output


def test_two_configs_to_a_command_of_one_scale_is_a_usage_error(tmp_path: Path) -> None:
    """summarize, issues and validate read by one planeval.toml: given two, click kept the last
    silently (summarize counted 達成度 alone). A usage error says to run once per scale, or to
    give both to export or tables (check reads both: tests/test_review147_check.py)."""
    inputs = _setup(tmp_path)
    for command in ("summarize", "issues", "validate"):
        result = CliRunner().invoke(app, [command, *inputs])
        assert result.exit_code == 2, (command, result.output)
        said = " ".join(result.output.split())
        assert f"{command} の --config は 1 つだけ指定してください（2 回: " in said, said
        assert "評価尺度ごとに --config を 1 つにして別に実行してください" in said
        assert "export か tables に --config を二つ渡してください" in said
        assert "Traceback" not in result.output
    counted = CliRunner().invoke(app, ["summarize", *inputs[:3]])  # (one: as ever)
    assert counted.exit_code == 0, counted.output
