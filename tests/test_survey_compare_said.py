"""compare of two rounds of a national survey (review 171 #7): a body the roster marks 辞退 is
said 「今回は辞退」, not 「今回の回答なし」, and every item the per-policy counts leave out is named
with its name and its body — not some by their number alone (「2-4、…3-5、2-2」)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.survey171 import ITEMS, write_form, write_roster

BODIES = (
    ("012017", "北海道", "宮宮町"),
    ("012025", "北海道", "北森町"),
    ("012033", "北海道", "富島町"),
)
DECLINED = "富島町"
BLANK = ("北森町", "2-2")  # (its 取組 left blank this year: counted last year only)


def _rounds(tmp_path: Path) -> list[str]:
    for year, marks in (("R7", {}), ("R8", {DECLINED: "辞退"})):
        folder = tmp_path / year
        folder.mkdir()
        for code, _prefecture, name in BODIES:
            if marks.get(name) == "辞退":
                continue
            statuses: dict[str, str | None] = {n: "○" for _f, n, _n, _i in ITEMS}
            if year == "R8" and name == BLANK[0]:
                statuses[BLANK[1]] = None
            write_form(folder, code, name, statuses, f"令和{year[1]}年度")
        write_roster(folder / "団体一覧.xlsx", [(*b, marks.get(b[2])) for b in BODIES])
    settings = tmp_path / "planeval.toml"
    settings.write_text('[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8")
    (tmp_path / "団体一覧.xlsx").write_bytes((tmp_path / "R8" / "団体一覧.xlsx").read_bytes())
    rounds = [str(tmp_path / "R7"), str(tmp_path / "R8")]
    return [*rounds, "--bodies", "file", "--keep-going", "--config", str(settings)]


def test_a_declined_body_is_said_declined_and_left_out_items_by_name(tmp_path: Path) -> None:
    args = _rounds(tmp_path)
    result = CliRunner().invoke(app, ["compare", *args], env={"COLUMNS": "400"})
    assert f"{DECLINED}：今回は辞退（前回 {len(ITEMS)} 件）" in result.output, result.output
    assert f"{DECLINED}：今回の回答なし" not in result.output
    name = next(item for _f, number, _n, item in ITEMS if number == BLANK[1])
    assert f"（{BLANK[1]} {name}（{BLANK[0]}））" in result.output, result.output
    data = CliRunner().invoke(app, ["compare", *args, "--format", "json"]).stdout
    (apart,) = [body for body in json.loads(data)["bodies_apart"] if body["body"] == DECLINED]
    assert apart["declined_in"] == apart["unanswered_in"] == ["new"]
