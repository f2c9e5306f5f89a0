"""Review 155 #2: 港北市's plan moved 若者就労支援事業 from 施策 5-2-1 to 2-2-1. compare and
rounds listed it as 追加 at 2-2-1 and 削除 at 5-2-1, so its 2 → 1 was not among the 改善
(5, truth 6), and ``check --previous`` flagged the correct 「改善6件」. An item that leaves one
施策 and appears under another of its body with the same name, the name one item's in each
round, is now paired as moved, with both numbers; two different names are never paired."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

SETTINGS = """\
[scale]
preset = "kawasaki"

[layout]
status_column = "達成度"

[wording]
policy = "基本政策"
direction = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
"""
HEADER = ("政策", "施策", "事務事業名", "達成度")


def _round(folder: Path, *, later: bool) -> Path:
    """One year's form: 若者就労支援事業 under 5-2-1 (2) the first year, under 2-2-1 (1) the
    next; 旧事業 replaced by 新事業 (another name, never paired)."""
    youth = ("若者就労支援事業", 1 if later else 2)
    care = [("2-2 子どもの育ち", "2-2-1 児童虐待の防止", "児童相談体制強化事業", 3)]
    care += [(None, None, *youth)] if later else []
    work = [("5-2 働ける環境", "5-2-1 就労支援の充実", "障害者雇用促進事業", 3)]
    work += [] if later else [(None, None, *youth)]
    work += [(None, None, "新事業" if later else "旧事業", 2)]
    rows = [("令和8年度 評価票" if later else "令和7年度 評価票",), ("基本政策Ⅱ 子ども",)]
    rows += [HEADER, *care, (), ("基本政策Ⅴ 活力",), HEADER, *work]
    folder.mkdir(parents=True)
    write_book(folder / "経済労働局.xlsx", {"評価票": rows})
    return folder


def test_an_item_moved_between_projects_is_paired_by_its_name(tmp_path: Path) -> None:
    config = tmp_path / "planeval.toml"
    config.write_text(SETTINGS, encoding="utf-8")
    old = _round(tmp_path / "R7", later=False)
    new = _round(tmp_path / "R8", later=True)
    run = CliRunner()
    args = [str(old), str(new), "--config", str(config)]
    shown = run.invoke(app, ["compare", *args, "-f", "csv"])
    assert shown.exit_code == 0, shown.output
    listing = shown.stdout.lstrip("\ufeff").split("\n\n")[0]
    rows = [line.split(",") for line in listing.splitlines()]
    youth = [row for row in rows if "若者就労支援事業" in row]
    assert len(youth) == 1, youth  # (one item moved: not 追加 and 削除)
    assert youth[0][0] == "5-2-1 → 2-2-1", youth
    assert youth[0][-1] == "改善（番号変更）", youth
    said = {row[1]: row[-1] for row in rows[1:]}
    assert said["旧事業"] == "削除" and said["新事業"] == "追加"  # (two names: never paired)
    improved = [row for row in rows[1:] if row[-1].startswith("改善")]
    text = run.invoke(app, ["compare", *args]).stdout
    assert f"改善した事務事業 {len(improved)}件" in text, text
    assert len(improved) == 1  # (若者就労支援事業 2 → 1)
    listed = run.invoke(app, ["rounds", *args])
    assert listed.exit_code == 0, listed.output
    assert "5-2-1 → 2-2-1" in listed.stdout and f"改善 {len(improved)}件" in listed.stdout
