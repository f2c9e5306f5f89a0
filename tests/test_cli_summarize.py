"""summarize --percent: one share column per counted symbol, each row adding up to 100."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import SEED_WORKBOOK

SEED = str(SEED_WORKBOOK)
SHARES = ["◎ 割合（%）", "○ 割合（%）", "△ 割合（%）", "× 割合（%）"]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def csv_rows(*args: str) -> list[list[str]]:
    result = run("summarize", SEED, "-f", "csv", "--no-bom", *args)
    assert result.exit_code == 0, result.stderr
    return list(csv.reader(io.StringIO(result.stdout)))


def test_percent_adds_a_share_column_per_counted_symbol() -> None:
    rows = csv_rows("--percent")
    assert rows == [
        ["ID", "名称", "◎", "○", "△", "×", "計", "-（再掲）", *SHARES],
        ["1", "区民の力を活かす情報化", "4", "12", "7", "0", "23", "2", "17.4", "52.2", "30.4", "0.0"],
        ["2", "行政経営を支援する情報化", "1", "6", "3", "0", "10", "0", "10.0", "60.0", "30.0", "0.0"],
        ["3", "情報化基盤の強化", "0", "11", "5", "0", "16", "0", "0.0", "68.8", "31.2", "0.0"],
        ["合計", "", "5", "29", "15", "0", "49", "2", "10.2", "59.2", "30.6", "0.0"],
    ]  # fmt: skip
    for row in rows[1:]:
        assert round(sum(float(share) for share in row[-4:]), 1) == 100.0


def test_percent_decimals_sets_the_places_of_the_table_and_the_json() -> None:
    rows = csv_rows("--percent", "--percent-decimals", "0")
    # whole percents by largest remainder, as the exported 集計 sheet prints them
    assert [row[-4:] for row in rows[1:]] == [
        ["17", "52", "31", "0"],
        ["10", "60", "30", "0"],
        ["0", "69", "31", "0"],
        ["10", "59", "31", "0"],
    ]
    assert [row[-4:] for row in csv_rows("--percent", "--percent-decimals", "2")][-1] == [
        "10.21",  # 10.204…, 59.183…, 30.612…: the largest remainder gets the last unit
        "59.18",
        "30.61",
        "0.00",
    ]
    data = json.loads(run("summarize", SEED, "-f", "json", "--percent-decimals", "2").stdout)
    assert data["total"]["percent"] == {"◎": 10.21, "○": 59.18, "△": 30.61, "×": 0.0}
    assert data["groups"][0]["percent"] == {"◎": 17.39, "○": 52.17, "△": 30.44, "×": 0.0}


def test_without_percent_the_table_is_unchanged_and_bad_places_are_usage_errors() -> None:
    assert csv_rows()[0] == ["ID", "名称", "◎", "○", "△", "×", "計", "-（再掲）"]
    result = run("summarize", SEED, "--percent", "--percent-decimals", "-1")
    assert result.exit_code == 2
    assert "--percent-decimals" in result.stderr and "範囲" in result.stderr


def test_by_a_level_the_tables_lack_says_so(tmp_path) -> None:
    """羽村市's 施策 headings over 事業 rows have no direction level: --by direction printed
    one row 「（取り組みの方向性の段なし）」 holding every count and said nothing (review 16).
    It still does (the counts are right), with a notice naming what to count by instead;
    Setagaya's tables, which have the level, get none."""
    from tests.conftest import write_book

    rows = [
        ["施策27　都市基盤整備"],
        ["事業名", "評価"],
        ["1 良好な居住環境の整備", "○"],
        ["2 土地区画整理事業の推進", "△"],
    ]
    book = write_book(tmp_path / "施策評価.xlsx", {"評価": rows})
    result = run("summarize", str(book), "--by", "direction")
    assert result.exit_code == 0, result.output
    assert "（取り組みの方向性の段なし）" in result.stdout
    assert "取り組みの方向性の段がないため" in result.stderr
    assert "--by policy" in result.stderr
    data = json.loads(run("summarize", str(book), "--by", "direction", "-f", "json").stdout)
    assert [p["severity"] for p in data["problems"]] == ["notice"]
    seed = run("summarize", str(SEED_WORKBOOK), "--by", "direction")
    assert seed.exit_code == 0 and "段がない" not in seed.stderr
