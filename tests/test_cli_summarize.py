"""summarize --percent: one share column per counted symbol, each share rounded on its own."""

from __future__ import annotations

import csv
import io
import json
from decimal import ROUND_HALF_UP, Decimal

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


def _half_up(count: int, total: int) -> str:
    return f"{(Decimal(100 * count) / total).quantize(Decimal('0.1'), ROUND_HALF_UP)}"


def test_percent_adds_a_share_column_per_counted_symbol() -> None:
    rows = csv_rows("--percent")
    assert rows == [
        ["番号", "名称", "◎", "○", "△", "×", "計", "-（再掲）", *SHARES],
        ["1", "区民の力を活かす情報化", "4", "12", "7", "0", "23", "2", "17.4", "52.2", "30.4", "0.0"],
        ["2", "行政経営を支援する情報化", "1", "6", "3", "0", "10", "0", "10.0", "60.0", "30.0", "0.0"],
        ["3", "情報化基盤の強化", "0", "11", "5", "0", "16", "0", "0.0", "68.8", "31.3", "0.0"],
        ["合計", "", "5", "29", "15", "0", "49", "2", "10.2", "59.2", "30.6", "0.0"],
    ]  # fmt: skip
    for row in rows[1:]:  # (each its count over 計, half up: 11 and 5 of 16 are 68.8 and 31.3)
        counts, total = row[2:6], int(row[6])
        assert row[-4:] == [_half_up(int(n), total) for n in counts]


def test_percent_decimals_sets_the_places_of_the_table_and_the_json() -> None:
    rows = csv_rows("--percent", "--percent-decimals", "0")
    # whole percents each rounded on its own, as the exported 集計 sheet prints them (4, 12, 7
    # of 23: 17.4, 52.2, 30.4 → 17, 52, 30; 11 and 5 of 16: 68.75 and 31.25 → 69 and 31)
    assert [row[-4:] for row in rows[1:]] == [
        ["17", "52", "30", "0"],
        ["10", "60", "30", "0"],
        ["0", "69", "31", "0"],
        ["10", "59", "31", "0"],
    ]
    assert [row[-4:] for row in csv_rows("--percent", "--percent-decimals", "2")][-1] == [
        "10.20",  # 10.204…, 59.183…, 30.612…: each on its own (99.99 in all)
        "59.18",
        "30.61",
        "0.00",
    ]
    data = json.loads(run("summarize", SEED, "-f", "json", "--percent-decimals", "2").stdout)
    assert data["total"]["percent"] == {"◎": 10.2, "○": 59.18, "△": 30.61, "×": 0.0}
    # (4, 12, 7 of 23: 17.391…, 52.173…, 30.434…)
    assert data["groups"][0]["percent"] == {"◎": 17.39, "○": 52.17, "△": 30.43, "×": 0.0}


def test_without_percent_the_table_is_unchanged_and_bad_places_are_usage_errors() -> None:
    assert csv_rows()[0] == ["番号", "名称", "◎", "○", "△", "×", "計", "-（再掲）"]
    result = run("summarize", SEED, "--percent", "--percent-decimals", "-1")
    assert result.exit_code == 2
    assert "--percent-decimals" in result.stderr and "0～6の数を指定してください" in result.stderr


def test_by_a_level_the_tables_lack_is_a_usage_error_naming_the_levels_they_have(
    tmp_path,
) -> None:
    """羽村市's 施策 headings over 事業 rows, and 川崎市's 政策 › 施策 › 事務事業, have no direction
    level: --by direction printed one row 「（取り組みの方向性の段なし）」 holding every count,
    under 「取り組みの方向性別の達成度」 — Setagaya's word — with a notice (reviews 16 and 20).
    It is a usage error (exit 2) naming, in the body's words, the levels the tables have and
    what to count by; nothing is printed. Setagaya's tables, which have the level, count."""
    from tests.conftest import write_book

    rows = [
        ["施策27　都市基盤整備"],
        ["事業名", "評価"],
        ["1 良好な居住環境の整備", "○"],
        ["2 土地区画整理事業の推進", "△"],
    ]
    book = write_book(tmp_path / "施策評価.xlsx", {"評価": rows})
    settings = tmp_path / "planeval.toml"
    settings.write_text('[wording]\npolicy = "施策"\nitem = "事業"\n', encoding="utf-8")
    for fmt in ("rich", "json"):
        refused = run("summarize", str(book), "--by", "direction", "--config", str(settings),
                      "-f", fmt)  # fmt: skip
        assert refused.exit_code == 2, refused.output
        assert refused.stdout == ""
        assert refused.stderr.split("\n")[0] == (
            f"エラー: {book}: --by direction は施策と事業の間の段ごとに数えますが、読み込んだ表"
            "にはその段がありません（表の段は 施策 › 事業）。--by policy（施策ごと）を指定してください"
        )
    # 川崎市's form: 政策 and 施策 headings over its 事務事業, rated 1 to 5
    kawasaki = [
        ["政策1　安心・安全で快適に暮らせるまち"],
        ["施策1-1　災害に強いまちづくり"],
        ["事務事業名", "達成度", "所管課"],
        ["防災訓練の実施", "3", "危機管理課"],
        ["施策1-2　地域の安全を守る"],
        ["事務事業名", "達成度", "所管課"],
        ["防犯灯の設置", "2", "地域安全推進課"],
    ]
    book = write_book(tmp_path / "評価票_令和5年度.xlsx", {"評価票": kawasaki})
    settings.write_text(
        '[scale]\npreset = "kawasaki"\n\n[layout]\nstatus_column = "達成度"\n\n'
        '[wording]\npolicy = "政策"\nproject = "施策"\nitem = "事務事業"\nstatus = "達成度"\n',
        encoding="utf-8",
    )
    refused = run("summarize", str(book), "--by", "direction", "--config", str(settings))
    assert refused.exit_code == 2, refused.output
    said = refused.stderr.split("\n")[0]
    assert "政策と施策の間の段" in said and "（表の段は 政策 › 施策）" in said
    assert said.endswith("--by policy（政策ごと）か --by project（施策ごと）を指定してください")
    assert "取り組みの方向性" not in refused.output
    by_project = run("summarize", str(book), "--by", "project", "--config", str(settings))
    assert by_project.exit_code == 0, by_project.output
    assert by_project.stdout.startswith("施策別の達成度")
    seed = run("summarize", str(SEED_WORKBOOK), "--by", "direction")
    assert seed.exit_code == 0 and "段がない" not in seed.stderr
