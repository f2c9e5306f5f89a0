"""The 集計 chart's legend (review 86 #12): 川崎市's 達成度 of digits read 「■1 ■2 ■3 ■4 ■5」,
which says nothing to a director; each series is named as the legend line under the table
names its status, 「1 目標を大きく上回って達成」."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.other_bodies import BODIES
from tests.test_other_bodies import CONFIGS


def test_each_series_is_named_by_its_symbol_and_label(tmp_path: Path) -> None:
    xml = _first_chart(tmp_path, "kawasaki")
    series = re.findall(r"<c:ser>.*?<c:tx>(.*?)</c:tx>", xml, re.S)
    names = [re.sub(r"<[^>]+>", "", name) for name in series]
    assert names == [
        "1 目標を大きく上回って達成",
        "2 目標を上回って達成",
        "3 目標をほぼ達成",
        "4 目標を下回った",
        "5 目標を大きく下回った",
    ]


def test_the_value_axis_of_few_counts_steps_by_whole_numbers(tmp_path: Path) -> None:
    """長与町's four bars of 1 to 4 were ruled 0.5, 1.0, 1.5 … (review 87): counts are whole,
    so the axis steps by 1 there, and by a round step of its own (as Excel chooses) where the
    bars are long."""
    xml = _first_chart(tmp_path, "nagayo")
    assert re.findall(r'<c:majorUnit val="([^"]+)"/>', xml) == ["1"]


def _first_chart(folder: Path, key: str) -> str:
    """The XML of the first chart of the body ``key``'s export, its workbook built as its
    clerk types it (tests/other_bodies.py) and read with its planeval.toml."""
    (path,) = next(body for body in BODIES if body.key == key).build(folder)
    config = folder / "planeval.toml"
    config.write_text(CONFIGS[key], encoding="utf-8")
    out = folder / "out.xlsx"
    args = ["export", str(path), "--xlsx", str(out), "--config", str(config), "-q"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        charts = [
            name for name in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", name)
        ]
        return archive.read(min(charts, key=lambda name: int(re.sub(r"\D", "", name)))).decode()
