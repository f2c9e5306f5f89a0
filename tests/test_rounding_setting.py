"""[scale] rounding: a body whose tables round each share on its own (Excel's ROUND in every
cell) prints them so, and its note says so (reviews 67, 68: three directors asked for plain
rounding; 名古屋市 publishes largest remainder, its preset's; review 152 made each share on its
own the default, check then accepting either)."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.aggregate import summarize
from planeval.cli import app
from planeval.errors import ConfigError
from planeval.report.tables import count_table
from tests.conftest import rated_entries
from tests.other_bodies import BODIES
from tests.test_other_bodies import built

NAGOYA = next(body for body in BODIES if body.key == "nagoya_moriyama")


def _config(folder: Path, text: str) -> planeval.Config:
    path = folder / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return planeval.load_config(path)


@pytest.mark.parametrize("value", ["round", "四捨五入", " Round "])
def test_rounding_alone_keeps_the_default_scale_and_rounds_each_share(tmp_path, value) -> None:
    config = _config(tmp_path, f'[scale]\nrounding = "{value}"\n')
    assert config.scale.symbols == planeval.DEFAULT_SCALE.symbols
    assert config.scale.rounding == "round"
    groups = {"1": {"◎": 1, "○": 1, "△": 1}, "2": {"◎": 1, "○": 8, "△": 5}}
    summary = summarize(rated_entries(groups), scale=config.scale)
    shares = [group["percent"] for group in summary.as_dict()["groups"]]  # type: ignore[attr-defined]
    # (largest remainder gives 7.2 / 57.1 / 35.7 for the second: each alone rounds 7.1)
    assert shares == [{"◎": 33.3, "○": 33.3, "△": 33.3, "×": 0.0},
                      {"◎": 7.1, "○": 57.1, "△": 35.7, "×": 0.0}]  # fmt: skip
    note = count_table(summary, shares=True).share_note
    assert note == (
        "※割合（%）は小数第2位を四捨五入して小数第1位まで表示しています。このため、"
        "合計が100.0にならない行があります（番号 1 は 99.9%、番号 2 は 99.9%）。"
    )
    assert "最大剰余法" not in note
    default = summarize(rated_entries(groups))
    assert default.as_dict()["groups"] == summary.as_dict()["groups"]  # type: ignore[attr-defined]
    assert count_table(default, shares=True).share_note == note
    adjusted = replace(config.scale, rounding="largest_remainder")
    kept = count_table(summarize(rated_entries(groups), scale=adjusted), shares=True)
    assert "最大剰余法" in kept.share_note


def test_a_preset_keeps_its_statuses_with_the_rounding_and_a_wrong_value_names_its_line(
    tmp_path,
) -> None:
    config = _config(tmp_path, '[scale]\npreset = "nagoya"\nrounding = "四捨五入"\n')
    assert "A" in config.scale.symbols and config.scale.rounding == "round"
    assert _config(tmp_path, '[scale]\npreset = "nagoya"\n').scale.rounding == "largest_remainder"
    with pytest.raises(ConfigError, match=r"planeval\.toml:3 › \[scale\]: rounding は"):
        _config(tmp_path, '[scale]\npreset = "nagoya"\nrounding = "切り捨て"\n')
    code = CliRunner().invoke(app, ["summarize", str(tmp_path), "--config",
                                    str(tmp_path / "planeval.toml")])  # fmt: skip
    assert code.exit_code == 2 and "rounding は" in code.output and "Traceback" not in code.output


def test_nagoya_read_with_plain_rounding_prints_the_rounded_shares(tmp_path) -> None:
    """名古屋市's 43/9/7/2/2 of 63: largest remainder prints A 68.2 (as it publishes); a body
    rounding each share prints 68.3 and says its total is 100.1 — in JSON, the terminal and
    the CSV alike."""
    paths, _ = built(NAGOYA, tmp_path, '[scale]\npreset = "nagoya"\nrounding = "round"\n')
    settings = str(tmp_path / "planeval.toml")
    runner = CliRunner()
    data = json.loads(
        runner.invoke(
            app, ["summarize", *map(str, paths), "--config", settings, "-f", "json"]
        ).stdout
    )
    total = data["total"]
    counts = total["counts"]
    half_up = {  # (each share on its own, half up, in decimals: no float decides it)
        s: float((Decimal(100 * n) / total["total"]).quantize(Decimal("0.1"), ROUND_HALF_UP))
        for s, n in counts.items()
    }
    assert total["percent"] == half_up
    assert sum(half_up.values()) != 100  # (what the largest remainder would have made 100)
    shown = runner.invoke(
        app,
        ["summarize", *map(str, paths), "--config", settings, "--percent"],
        env={"COLUMNS": "200"},
    )
    assert shown.exit_code == 0, shown.output
    assert "四捨五入" in shown.output and "最大剰余法" not in shown.output


def test_a_share_made_the_other_way_disagrees_under_the_body_s_own_rule(tmp_path) -> None:
    """A body that says it rounds each share on its own (rounding = "round") publishes 68.3
    for 43 of 63; a text saying 68.2 (largest remainder's) disagrees with its own tables —
    review 73: 「Cが7事業（43.7%）」 passed where its tables said 43.8. Under the nagoya preset's
    largest remainder, 68.3 disagrees with the 68.2 its tables print (review 169 #3)."""
    paths, _ = built(NAGOYA, tmp_path, '[scale]\npreset = "nagoya"\nrounding = "round"\n')
    text = tmp_path / "report.txt"
    runner = CliRunner()

    def said(share: float, settings: str) -> list[tuple[str, object, object]]:
        text.write_text(f"63の取組みのうち、Aが43件（{share}%）でした。\n", encoding="utf-8")
        (tmp_path / "own.toml").write_text(settings, encoding="utf-8")
        args = ["check", *map(str, paths), "--config", str(tmp_path / "own.toml")]
        result = runner.invoke(app, [*args, "--text", str(text), "-f", "json"])
        found = json.loads(result.stdout)["disagreements"]
        return [
            (d["what"], d["stated"], d["counted"])
            for d in found
            if d["source"]["file"] == str(text)
        ]

    plain = '[scale]\npreset = "nagoya"\nrounding = "round"\n'
    assert said(68.3, plain) == []
    assert said(68.2, plain) == [("A", 68.2, 68.3)]
    assert said(68.9, plain) == [("A", 68.9, 68.3)]
    default = '[scale]\npreset = "nagoya"\n'
    assert said(68.2, default) == [] and said(68.3, default) == [("A", 68.3, 68.2)]
