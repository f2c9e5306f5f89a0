"""The 集計 chart's shades on a black-and-white copy (review 125 #2): 川崎市's five fixed
shades printed 3 ほぼ目標どおり and 5 目標を大きく下回った the same grey (1.05:1), and out of the
scale's order. Each status is now a step lighter than the one before it, clearly apart."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from tests.test_chart_series_names import _first_chart


def _luminance(colour: str) -> float:
    """The relative luminance (WCAG) of ``colour`` (「1F4E79」): the grey a copier prints."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrasts(colours: list[str]) -> list[float]:
    """Each colour's contrast with the one before it: above 1 where it is lighter."""
    shades = [_luminance(colour) + 0.05 for colour in colours]
    return [after / before for before, after in pairwise(shades)]


def test_the_statuses_go_from_dark_to_light_in_the_scales_order(tmp_path: Path) -> None:
    xml = _first_chart(tmp_path, "kawasaki")
    series = re.findall(r"<c:ser>.*?<c:spPr><a:solidFill><a:srgbClr val=\"(\w+)\"", xml, re.S)
    assert len(series) == 5
    assert min(_contrasts(series)) >= 1.4, series


def test_every_scale_length_keeps_neighbours_apart() -> None:
    from planeval.report.xlsx_charts import chart_fills

    for count in range(2, 8):
        fills = [fill.lstrip("#") for fill, _ink in chart_fills(count)]
        assert min(_contrasts(fills)) >= 1.2, (count, fills)
