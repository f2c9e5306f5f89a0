"""compare's words for an item that moved (review 140 #6, 山並県: 群馬県's 達成A…後退D). Its 変化
column said 「後退」 for 前進B → 横ばいC and its footer 「後退した指標 6件」, which read as six
後退D ratings where three were: on a scale rating with 後退 (or 改善) an item went 評価が上がった
or 評価が下がった, in the terminal, the csv, Markdown and HTML tables, the workbook, JSON and
rounds alike; another scale keeps 改善 and 後退."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "所管部", "達成状況", "課題等"]
GUNMA = '[scale]\npreset = "gunma"\n[wording]\nitem = "指標"\n'
# each round's three indicators: 一 falls 前進B → 横ばいC, 二 and 三 rise to 達成A
GUNMA_ROUNDS = {"R6": ("前進B", "前進B", "横ばいC"), "R7": ("横ばいC", "達成A", "達成A")}
FOOTER = "前回から評価が上がった指標 2件、評価が下がった指標 1件"
DEFAULT_ROUNDS = {"R6": ("○", "○", "△"), "R7": ("△", "◎", "◎")}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _rounds(folder: Path, rounds: dict[str, tuple[str, ...]], config: str) -> list[str]:
    """Two rounds' workbooks (one project, three rated rows) and the planeval.toml read."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, statuses in rounds.items():
        rows = [["1-1-1 事業" if n == 1 else "", f"({n}) 指標{n}", "", status, ""]
                for n, status in enumerate(statuses, start=1)]  # fmt: skip
        paths.append(str(write_book(folder / f"{name}.xlsx", {"表": [HEADER, *rows]})))
    (folder / "planeval.toml").write_text(config, encoding="utf-8")
    return [*paths, "--config", str(folder / "planeval.toml")]


def _changes(text: str) -> list[str]:
    """The 変化 cell of each row of compare's table (the last cell: │-separated)."""
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in text.splitlines()]
    return [row[-1] for row in cells if row and row[0].startswith("1-1-1")]


def test_a_scale_rating_with_koutai_says_the_rating_went_down(tmp_path: Path) -> None:
    args = _rounds(tmp_path, GUNMA_ROUNDS, GUNMA)
    compared = run("compare", *args)
    assert compared.exit_code == 0, compared.output
    assert _changes(compared.stdout) == ["評価が下がった", "評価が上がった", "評価が上がった"]
    assert FOOTER in compared.stdout
    assert "後退した" not in compared.stdout and "改善した" not in compared.stdout
    data = json.loads(run("compare", *args, "-f", "json").stdout)
    assert [m["trend"] for m in data["movements"]] == [
        "評価が下がった",
        "評価が上がった",
        "評価が上がった",
    ]
    for table in ("github", "html", "csv"):  # (Markdown, HTML and csv: the same words)
        said = run("compare", *args, "-f", table).stdout.replace(FOOTER, "")
        assert said.count("評価が下がった") == 1 and said.count("評価が上がった") == 2, table
        assert not re.search(r"[|,>]\s*(?:改善|後退)\s*[|,<\n]", said), table
    out = tmp_path / "変化.xlsx"
    assert run("compare", *args, "--xlsx", str(out)).exit_code == 0
    cells = [c.value for sheet in load_workbook(out) for row in sheet.iter_rows() for c in row]
    words = [v for v in cells if isinstance(v, str) and v.startswith("評価が")]
    assert words.count("評価が下がった") == 1 and words.count("評価が上がった") == 2
    assert any(FOOTER in str(v) for v in cells)
    shown = run("rounds", *args)
    assert "評価が上がった・下がった指標: " in shown.stdout
    assert "前の回から評価が上がった 2件・評価が下がった 1件" in shown.stdout.replace("\n  ", "")


@pytest.mark.parametrize("preset", ["", '[scale]\npreset = "hirakata"\n'])
def test_a_scale_without_those_words_keeps_kaizen_and_koutai(tmp_path: Path, preset: str) -> None:
    rounds = DEFAULT_ROUNDS if not preset else {"R6": ("B", "B", "C"), "R7": ("C", "A", "A")}
    compared = run("compare", *_rounds(tmp_path, rounds, preset))
    assert compared.exit_code == 0, compared.output
    assert _changes(compared.stdout) == ["後退", "改善", "改善"]
    assert "前回から改善した" in compared.stdout and "後退した" in compared.stdout


def test_check_reads_compare_s_words_as_a_count_of_moves(tmp_path: Path) -> None:
    """「評価が下がった指標は1指標」 counts moves since last year, as 「後退した指標は」 does: not
    compared with the rows (it was a total of 1 against 3, exit 1)."""
    args = _rounds(tmp_path, GUNMA_ROUNDS, GUNMA)
    text = tmp_path / "報告書案.txt"
    said = "3指標のうち達成Aが2指標でした。前年度より評価が下がった指標は1指標です。\n"
    text.write_text(said, encoding="utf-8")
    checked = run("check", args[1], *args[2:], "--text", str(text))
    assert checked.exit_code == 0, checked.output
    assert "前年度から改善・後退した数は比べていません" in checked.stdout.replace("\n", "")
