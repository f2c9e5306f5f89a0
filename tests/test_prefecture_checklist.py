"""A prefecture's DX checklist as its municipalities return it (review 52): 団体コード | 団体名 |
取組分野 | 番号 | 取組 | 状況 (実施済 / 実施中 / 未着手 / 予定なし, 実施済み typed too) | 課題. The
first run suggests its scale best first with 実施済み as an alias, says nothing of the body's
own name and code on every row, and --by item counts each 取組 over the bodies."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ["団体コード", "団体名", "取組分野", "番号", "取組", "状況", "課題"]
ITEMS = [("1 窓口のDX", "1-1", "書かない窓口"), ("1 窓口のDX", "1-2", "オンライン申請"),
         ("2 基盤", "2-1", "標準化"), ("2 基盤", "2-2", "クラウド移行")]  # fmt: skip
ANSWERS = {
    ("202011", "長野市"): ["実施済", "実施中", "未着手", "予定なし"],
    ("202029", "松本市"): ["実施済み", "実施済", "実施中", "未着手"],
    ("202037", "上田市"): ["実施中", "実施済", "実施済", "予定なし"],
}


def _replies(folder: Path) -> Path:
    folder.mkdir()
    for (code, name), statuses in ANSWERS.items():
        rows = [["市町村DX取組状況調査票"], ["団体名", name], [], HEADER]
        rows += [
            [code, name, *item, status, ""] for item, status in zip(ITEMS, statuses, strict=True)
        ]
        write_book(folder / f"{code}_{name}.xlsx", {"取組状況": rows})
    return folder


def test_the_first_run_suggests_the_checklist_s_scale_best_first(tmp_path: Path) -> None:
    folder = _replies(tmp_path / "回答")
    run = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file", "-f", "json"])
    said = json.loads(run.stdout)["problems"]
    [first] = [p for p in said if p.get("settings")]
    block = first["settings"]
    assert 'as_planned = "実施済"' in block
    order = [line.split('"')[1] for line in block.splitlines() if line.startswith("symbol")]
    assert order == ["実施済", "実施中", "未着手", "予定なし"]
    assert 'aliases = ["実施済み"]' in block
    assert not [p for p in said if "団体名" in p["message"] or "団体コード" in p["message"]]
    assert not [p for p in said if "取組分野" in p["message"]]  # (a level's title)
    assert 'policy = "取組分野"' in block and "project =" not in block  # (its cells: 1 窓口のDX)
    (tmp_path / "planeval.toml").write_text(block, encoding="utf-8")
    args = ["summarize", str(folder), "--bodies", "file", "--by", "item", "-f", "json"]
    counted = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    assert counted.exit_code == 0, counted.output
    groups = json.loads(counted.stdout)["groups"]
    for n, group in enumerate(groups):
        statuses = [answer[n].removesuffix("み") for answer in ANSWERS.values()]
        assert group["counts"] == {
            s: statuses.count(s) for s in ("実施済", "実施中", "未着手", "予定なし")
        }
