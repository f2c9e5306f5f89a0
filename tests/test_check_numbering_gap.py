"""check of a 行政改革大綱 report read without the plan, one 部 of which sent nothing: its items'
numbers, numbered through the plan, are missing from every file (review 170 #4). 「N項目のうち
…」 of the plan's N — the rows counted, the one left out for its error and the numbers no file
holds — was a discrepancy (40 against 34); it agrees as those parts, said so in the verdict."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["No.", "推進項目", "改革項目", "取組項目", "所管課", "達成度"]
SETTINGS = """[scale]
preset = "achievement"
[layout]
status_column = "達成度"
[layout.titles]
level = ["推進項目"]
[wording]
policy = "推進項目"
project = "改革項目"
item = "取組項目"
status = "達成度"
"""
# (部, its items: No., 推進項目, 改革項目, 達成度); 都市整備部's 9–11 never sent; 財政部's 14 blank
FORMS = {
    "総務部": [
        (n, "Ⅰ 市民サービス", "Ⅰ-1 窓口", s) for n, s in enumerate(["達成"] * 3 + ["未達成"], 1)
    ],
    "企画部": [(n, "Ⅱ 行政運営", "Ⅱ-1 組織", s) for n, s in enumerate(["一部達成"] * 4, 5)],
    "財政部": [
        (n, "Ⅲ 財政運営", "Ⅲ-1 歳入", s) for n, s in enumerate(["達成", "未達成", "", "達成"], 12)
    ],
}
MISSING = 3  # (9～11)


def test_a_total_of_the_plan_with_its_missing_numbers_agrees_as_its_parts(tmp_path: Path) -> None:
    folder = tmp_path / "R7"
    folder.mkdir()
    for bu, items in FORMS.items():
        rows: list[list[object]] = [
            ["実施計画 取組項目の進捗状況（令和7年度）"],
            [f"部名：{bu}"],
            [],
            HEADER,
        ]
        rows += [
            [n, policy, project, f"取組{n}", "企画課", status]
            for n, policy, project, status in items
        ]
        write_book(folder / f"{bu}.xlsx", {"進捗状況": rows})
    config = tmp_path / "達成度.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    rated = [status for items in FORMS.values() for *_, status in items if status]
    counted, in_error = len(rated), sum(not s for items in FORMS.values() for *_, s in items)
    plan = counted + in_error + MISSING
    counts = {s: rated.count(s) for s in ("達成", "一部達成", "未達成")}
    said = "、".join(f"{s}が{n}項目" for s, n in counts.items())
    share = round(100 * counts["達成"] / counted, 1) + 10  # (past what the row in error makes)
    text = tmp_path / "報告書.txt"
    text.write_text(
        f"計画全体では、{plan}項目のうち{said}で、達成の割合は{share}%でした。\n", encoding="utf-8"
    )
    args = ["check", str(folder), "--config", str(config), "--text", str(text), "--keep-going"]
    found = CliRunner().invoke(app, [*args, "-f", "json"])
    data = json.loads(found.stdout)
    # (the share is still wrong, and said; the plan's total is not)
    assert [(d["what"], d["stated"]) for d in data["disagreements"]] == [("達成", share)]
    plain = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert f"{plan}項目のうち" in plain.stdout
    assert f"集計 {counted} 件＋数えなかった行 {in_error + MISSING} 件" in plain.stdout
    assert f"番号 9～11 の {MISSING} 件" in plain.stdout
    assert found.exit_code == 1
