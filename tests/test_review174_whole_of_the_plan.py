"""A city's 施策評価 (西津市, review 174 #3): 施策 rated A～E by each 部, one 施策 「評価対象外」,
and 教育部 returned nothing. With the plan, the whole plan's sentence said 「全5つの施策のうち回答の
あった3つの施策を評価しました…（ほかに評価対象外1件）」 of a plan of 6 — the 評価対象外 施策 left
out of 全 — and ``check`` flagged planeval's own export (5 against 4＋未提出 2). It says the
plan's count now, 全6, and ``check`` agrees with it (not 「回答のあった3つ」 of the 4 answered:
review 182 #4)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

SETTINGS = """[scale]
preset = "hirakata"

[wording]
preset = "hirakata"
title = "令和７年度 西津市施策評価結果"
policy = "基本目標"
item = "施策"
status = "評価"
issue = "課題・今後の方向性"
department = "所管部"
"""
WIDE = {"COLUMNS": "200"}
GOALS = {1: "安全・安心に暮らせるまち", 2: "持続可能な行財政運営"}
PLAN = [  # (施策番号, 基本目標, 施策名, 所管部, 評価: None where its 部 returned nothing)
    (1, 1, "防災体制の強化", "総務部", "A"),
    (2, 1, "地域防犯の推進", "総務部", "評価対象外"),
    (3, 1, "学校教育の充実", "教育部", None),
    (4, 2, "行政改革の推進", "市民部", "B"),
    (5, 2, "財政の健全化", "市民部", "C"),
    (6, 2, "生涯学習の推進", "教育部", None),
]  # fmt: skip


def round_forms(
    root: Path,
    plan_rows: list[tuple[object, ...]] = PLAN,
    year: str = "令和７年度",
    parts: tuple[str, ...] = (),
) -> tuple[Path, Path]:
    """The plan's 施策一覧 and the 部's forms (a 部 none of whose 施策 is rated returns none),
    planeval.toml beside them; a 施策 rated as a list typed as its ``parts``, 5-1 and 5-2
    (review 182 #1)."""
    plan = [["西津市総合計画　施策一覧"], [], ["基本目標", "施策番号", "施策名", "所管部"]]
    plan += [[f"{goal} {GOALS[goal]}", no, name, dept] for no, goal, name, dept, _ in plan_rows]
    plan_path = write_book(root / "計画.xlsx", {"施策一覧": plan})
    folder = root / "回答"
    folder.mkdir()
    for dept in dict.fromkeys(dept for *_, dept, rating in plan_rows if rating):
        rows: list[list[object]] = [[f"{year}　施策評価シート（{dept}）"], []]
        for goal, title in GOALS.items():
            mine = [row for row in plan_rows if row[1] == goal and row[3] == dept]
            if not mine:
                continue
            rows += [[f"基本目標{goal}　{title}"]]
            rows += [["施策番号", "施 策 名", "評価\n（A～E）", "課題・今後の方向性", "所管部"]]
            for no, _, name, _, rating in mine:
                if isinstance(rating, list):
                    rows += [
                        [f"{no}-{n}", f"{name}（{part}）", one, "引き続き取り組む。", dept]
                        for n, (part, one) in enumerate(zip(parts, rating, strict=True), 1)
                    ]
                else:
                    rows += [[no, name, rating, "引き続き取り組む。", dept]]
            rows += [[]]
        write_book(folder / f"{dept}.xlsx", {"施策評価": rows})
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    return plan_path, folder


def test_the_whole_plan_s_count_holds_its_items_not_rated(tmp_path: Path) -> None:
    plan, folder = round_forms(tmp_path)
    md = tmp_path / "報告.md"
    given = ["--plan", str(plan), "--config", str(folder / "planeval.toml")]
    run = CliRunner().invoke(app, ["export", str(folder), *given, "--md", str(md)], env=WIDE)
    assert run.exit_code == 0, run.output
    rated = sum(1 for *_, rating in PLAN if rating and rating != "評価対象外")
    aside = sum(1 for *_, rating in PLAN if rating == "評価対象外")
    text = md.read_text(encoding="utf-8")
    assert f"計画全体では、全{len(PLAN)}つの施策のうち{rated}つの施策を評価しました。" in text
    assert f"（ほかに評価対象外{aside}件）" in text, text
    checked = CliRunner().invoke(app, ["check", str(folder), *given, "--text", str(md)], env=WIDE)
    assert checked.exit_code == 0, checked.output  # (planeval's own export, agreed with)
    assert "食い違い" not in checked.stdout, checked.stdout
