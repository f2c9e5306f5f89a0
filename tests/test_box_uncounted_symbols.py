"""Review 29 #8: a national survey's roll-up by body and 基本目標 at 80 columns was one block per
row, its 「-（対象外）」 column's bracketed word (10 cells, never broken) the cells too many; the
uncounted columns are titled by their symbols alone where only that makes the box fit (the
legend under it says 「- 対象外」), and as before where the box fits (120 columns) or none does."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

SETTINGS = """\
[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "計画以上に進捗"

[[scale.status]]
symbol = "B"
label = "計画どおり進捗"

[[scale.status]]
symbol = "C"
label = "遅れている"
needs_issue = true

[[scale.status]]
symbol = "D"
label = "未着手"
needs_issue = true

[[scale.status]]
symbol = "-"
label = "対象外"
counted = false

[[scale.status]]
symbol = "＊"
label = "再掲"
counted = false

[wording]
title = "自治体DX推進計画 進捗状況調査"
policy = "基本目標"
"""
HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
# (each body's form, one workbook a body named by its code, as the survey asked; marks typed:
# every row of the form in each, none missing — io/common_form.py)
BODIES = {
    "011002_北海道札幌市": ("ABCDABCDABCD", "ABCD-＊"),
    "132063_東京都府中市": ("BACDDCBACDAB", "CDAB-＊"),
    "473821_沖縄県竹富町": ("DCBAABCDBADC", "ABCD-＊"),
}
POLICIES = ("基本目標1 行政手続のオンライン化", "基本目標2 安心・安全で快適に暮らせるまち")


def _survey(folder: Path) -> Path:
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    files = folder / "files"
    files.mkdir()
    for name, marks in BODIES.items():
        rows: list[list[str]] = [HEADER]
        for number, (policy, typed) in enumerate(zip(POLICIES, marks, strict=True), start=1):
            rows.append([policy])
            for nth, mark in enumerate(typed, start=1):
                item = f"説明会の開催（{number}-1-1再掲）" if mark == "＊" else f"取組{nth}"
                issue = "予算の確保が課題" if mark in "CD" else ""
                rows.append([f"{number}-1-{nth} 電子申請の拡充", item, mark, issue])
        write_book(files / f"{name}.xlsx", {"調査票": rows})
    return files


def _summarize(folder: Path, width: int) -> list[str]:
    folder.mkdir(exist_ok=True)
    args = ["summarize", str(_survey(folder)), "--bodies", "file", "--by", "body-policy"]
    runner = CliRunner()
    shown = runner.invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": str(width)}
    )
    assert shown.exit_code == 0, shown.output
    return shown.stdout.splitlines()


def test_at_80_columns_the_uncounted_columns_are_titled_by_their_symbols(tmp_path) -> None:
    out = _summarize(tmp_path, 80)
    # (番号 two cells wider than 「ID」 was: 「行政手続のオンライン化」 broken between its words)
    assert out[1:7] == [
        "┌──────────────┬──────┬──────────────────────┬────┬────┬────┬────┬────┬───┬────┐",
        "│ 団体         │ 番号 │ 名称                 │  A │  B │  C │  D │ 計 │ - │ ＊ │",
        "├──────────────┼──────┼──────────────────────┼────┼────┼────┼────┼────┼───┼────┤",
        "│ 北海道札幌市 │ 1    │ 行政手続の           │  3 │  3 │  3 │  3 │ 12 │ 0 │  0 │",
        "│              │      │ オンライン化         │    │    │    │    │    │   │    │",
        "│ 北海道札幌市 │ 2    │ 安心・安全で快適に   │  1 │  1 │  1 │  1 │  4 │ 1 │  1 │",
    ], "\n".join(out)
    assert out[-4:-1] == [
        "│ 合計         │      │                      │ 12 │ 12 │ 12 │ 12 │ 48 │ 3 │  3 │",
        "└──────────────┴──────┴──────────────────────┴────┴────┴────┴────┴────┴───┴────┘",
        "凡例：A 計画以上に進捗 ／ B 計画どおり進捗 ／ C 遅れている ／ D 未着手 ／",
    ], "\n".join(out)
    assert (
        out[-1] == "  - 対象外 ／ ＊ 再掲。計は対象外・再掲（＊）を除く件数"
    )  # (what - and ＊ are)


def test_at_120_and_40_columns_the_titles_are_whole(tmp_path) -> None:
    """Where the whole titles fit (120 columns), and where no box does (40: blocks)."""
    wide = _summarize(tmp_path / "wide", 120)
    assert wide[2] == (
        "│ 団体         │ 番号 │ 名称                           │  A │  B │  C │  D │ 計 │"
        " 対象外 │ ＊（再掲） │"  # (a dash's column by its label: review 193 #6)
    ), "\n".join(wide)
    narrow = _summarize(tmp_path / "narrow", 40)
    assert narrow[1:5] == [
        "団体 北海道札幌市  番号 1",
        "  名称 行政手続のオンライン化",
        "  A 3  B 3  C 3  D 3  計 12",
        "  対象外 0  ＊（再掲） 0",
    ], "\n".join(narrow)


def test_on_a_cp932_console_the_box_fits_with_the_symbols_too(tmp_path) -> None:
    """A Japanese Windows console (cp932: an ASCII box, ◎ and kanji two cells each)."""
    folder = tmp_path / "cp932"
    folder.mkdir()
    args = ["summarize", str(_survey(folder)), "--bodies", "file", "--by", "body-policy"]
    shown = CliRunner(charset="cp932").invoke(
        app, [*args, "--config", str(folder / "planeval.toml")], env={"COLUMNS": "80"}
    )
    assert shown.exit_code == 0, shown.output
    out = shown.stdout_bytes.decode("cp932").splitlines()
    assert out[1:4] == [
        "+--------------+------+----------------------+----+----+----+----+----+---+----+",
        "| 団体         | 番号 | 名称                 |  A |  B |  C |  D | 計 | - | ＊ |",
        "+--------------+------+----------------------+----+----+----+----+----+---+----+",
    ], "\n".join(out)
    assert out[-1] == "  - 対象外 ／ ＊ 再掲。計は対象外・再掲（＊）を除く件数"
