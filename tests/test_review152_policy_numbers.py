"""Review 152 #5: 名東区's form numbers its 取組み 「No.」 1–19 through each 柱 (1-1's 1–7, 1-2's
8–13, and from 1 again under 柱2), and each name carries its own 「（1-2-4）」. The issue list
joined the No. to the project's number, 「1-2⑪」 (or 「1-2-11」 read without the plan), a number
the body writes nowhere, beside the name's 「1-2-4」. The list now shows the form's No. once, led
by its 柱 where two 柱 share it (「1-11」, as 長与町's 「1-(1)ア」), as the tables show it under
the 柱's heading; a body numbering items anew under each project keeps 「1-1-1①」."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.distinct_ids import listed_ids
from planeval.presets import PRESETS
from tests.conftest import write_book

HEADER = ["No.", "取組み項目", "取組み", "目標", "実績", "取組み結果", "今後の方向性", "担当課"]
# 柱 → 取組み項目 → its 取組み's ratings, numbered through the 柱
PILLARS = [
    ("安心・安全に暮らせるまち", [("地域の防災力の向上", "AAB"), ("防犯・交通安全の推進", "ACA")]),
    ("魅力と活力あるまち", [("環境にやさしいまちづくり", "BA")]),
]  # fmt: skip


def _book(tmp_path: Path) -> Path:
    rows: list[list[object]] = [["令和7年度　名東区区政運営方針　取組み結果"], []]
    for p, (pillar, projects) in enumerate(PILLARS, start=1):
        rows += [[f"柱{p}　{pillar}"], HEADER]
        number = 0
        for q, (project, ratings) in enumerate(projects, start=1):
            for r, rating in enumerate(ratings, start=1):
                number += 1
                name = f"{project[:4]}事業{r}（{p}-{q}-{r}）"
                said = "" if rating == "A" else "手法を見直す"
                rows.append([number, project, name, "10回", "9回", rating, said, "区政課"])
        rows.append([])
    return write_book(tmp_path / "取組み結果.xlsx", {"取組み結果": rows})


def test_the_issue_list_shows_the_forms_number_once(tmp_path: Path) -> None:
    path = _book(tmp_path)
    result = planeval.read_workbooks([path], scale=PRESETS["nagoya"])
    listed = listed_ids(result.entries, result.level_labels)
    shown = {e.item_name: listed(e) for e in result.entries}
    # (the form's No. of each: its place in its 柱)
    assert shown["防犯・交事業2（1-2-2）"] == "1-5"
    assert shown["地域の防事業3（1-1-3）"] == "1-3"
    assert shown["環境にや事業1（2-1-1）"] == "2-1"
    assert len(set(shown.values())) == len(shown)
    out = tmp_path / "報告.md"
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    command = ["export", str(path), "--md", str(out), "--config", str(config)]
    run = CliRunner().invoke(app, [*command, "--fiscal-year", "令和7"])
    assert run.exit_code == 0, run.output
    text = out.read_text(encoding="utf-8")
    # (its project between its number and its name, review 172 #4)
    [row] = [line for line in text.splitlines() if line.startswith("| 1-5 |")]
    assert "| 防犯・交事業2（1-2-2） |" in row
    assert "1-2-5" not in text and "1-2⑤" not in text


def test_a_number_restarting_under_each_project_keeps_its_project(tmp_path: Path) -> None:
    rows = [
        ["体系", "実施内容", "達成状況", "課題等"],
        ["1-1-1 窓口の改善", "① 一", "○", ""],
        ["", "② 二", "△", "遅れ"],
        ["1-1-2 電子申請", "① 三", "△", "遅れ"],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "a.xlsx", {"表": rows})])
    listed = listed_ids(result.entries, result.level_labels)
    assert [listed(e) for e in result.entries] == ["1-1-1①", "1-1-1②", "1-1-2①"]
