"""A 行政改革大綱's table: 改革項目 「1 事務事業の見直し」 typed on every row, its 取組項目 numbered
「1.1 補助金の見直し」, under 基本方針 headings. The 改革項目 1 of 基本方針1 has the ID 1-1, and so
does the 取組項目 typed 1.1 — two levels, one ID. The number as typed was kept per ID, so the
改革項目 was shown as 「1.1」 (the 取組項目's) in every table by direction and heading, and 「1.2」
above the 取組項目 「1.2 公共施設の統廃合」 named another 改革項目. Each level's number as typed is
now its own."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["No.", "改革項目", "取組項目", "取組内容", "実施状況"]
PLAN = {
    "効率的・効果的な行政運営": {
        "事務事業の見直し": ["補助金の見直し", "公共施設の統廃合", "事務の委託化"],
        "デジタル化の推進": ["電子申請の拡大", "ペーパーレス化"],
    },
    "健全な財政運営": {"歳入の確保": ["市税収納率の向上", "ふるさと納税の推進"]},
}
STATUSES = ["取組中", "未着手", "完了", "取組中", "完了", "取組中", "完了"]


def _book(path: Path) -> Path:
    rows: list[list[object]] = [["第6次行政改革大綱　取組項目の進捗状況（令和5年度）"], []]
    left, number, item = iter(STATUSES), 0, 0
    for policy, (name, reforms) in enumerate(PLAN.items(), start=1):
        rows += [[f"基本方針{policy}　{name}"], HEADER]
        for reform, measures in reforms.items():
            number += 1
            for own, measure in enumerate(measures, start=1):
                item += 1
                typed = (f"{number} {reform}", f"{number}.{own} {measure}", f"{measure}を進める")
                rows.append([item, *typed, next(left)])
        rows += [["※令和6年3月31日現在"], []]
    return write_book(path, {"進捗状況": rows})


def _run(tmp_path: Path, *args: str) -> str:
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "progress"\n', encoding="utf-8")
    book = _book(tmp_path / "進捗状況.xlsx")
    config = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(
        app, [*args, str(book), "--config", config, "-f", "plain"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_direction_is_shown_by_its_own_number_not_a_project_s(tmp_path: Path) -> None:
    rows = _run(tmp_path, "summarize", "--by", "direction").splitlines()[2:5]
    assert [row.split()[:2] for row in rows] == [
        ["1-1", "事務事業の見直し"],
        ["1-2", "デジタル化の推進"],
        ["2-3", "歳入の確保"],
    ]
    tables = _run(tmp_path, "tables")
    assert "\n1-1 事務事業の見直し\n" in tables and "\n1-2 デジタル化の推進\n" in tables
    assert "1.1 補助金の見直し" in tables and "1.2 公共施設の統廃合" in tables  # (as typed)
