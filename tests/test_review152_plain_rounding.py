"""Shares are rounded each on its own by default (reviews 145 #3, 148 #6, 152 #1): a reader
dividing 4 by 6 gets 66.7, and largest remainder printed 66.7 in one row and 66.6 in the next
for the same 4 of 6. 名古屋市's preset keeps the largest remainder it publishes (43/9/7/2/2 of
63: 68.2, 14.3, 11.1, 3.2, 3.2); an explicit [scale] rounding wins over either."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.count import Count
from tests.conftest import write_book
from tests.other_bodies import BODIES
from tests.test_other_bodies import built

HEADER = ["番号", "計画事業", "実施内容", "達成状況", "課題等"]
# policy 1: ◎ 4, ○ 1, △ 1 of 6; policy 2: ◎ 4, ○ 2 of 6 — the same 4 of 6 in both rows
ROWS = {"1-1": ["◎"] * 4 + ["○", "△"], "2-1": ["◎"] * 4 + ["○"] * 2}
NAGOYA = next(body for body in BODIES if body.key == "nagoya_moriyama")


def _forms(folder: Path, settings: str = "") -> list[str]:
    rows: list[list[object]] = [["令和7年度 取組状況調査票"], HEADER]
    for project, statuses in ROWS.items():
        for number, status in enumerate(statuses, start=1):
            issue = "見直しが必要" if status == "△" else ""
            rows.append([f"{project}-{number}", "電子化の推進", f"取組{number}", status, issue])
    write_book(folder / "回答.xlsx", {"調査票": rows})
    (folder / "planeval.toml").write_text(settings, encoding="utf-8")
    return [str(folder / "回答.xlsx"), "--config", str(folder / "planeval.toml")]


def _half_up(counts: dict[str, int]) -> dict[str, float]:
    """Each share of ``counts`` on its own, half up, in decimals (a calculator's)."""
    total = sum(counts.values())
    return {
        s: float((Decimal(100 * n) / total).quantize(Decimal("0.1"), ROUND_HALF_UP))
        for s, n in counts.items()
    }


def _summarized(args: list[str]) -> dict:
    result = CliRunner().invoke(app, ["summarize", *args, "-f", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_same_count_has_the_same_share_in_every_row_and_format(tmp_path: Path) -> None:
    args = _forms(tmp_path)
    data = _summarized(args)
    for group in data["groups"]:
        assert group["percent"] == _half_up(group["counts"])
    assert {group["percent"]["◎"] for group in data["groups"]} == {66.7}
    out = tmp_path / "out"
    kinds = ("md", "html", "xlsx", "docx")
    outputs = [part for kind in kinds for part in (f"--{kind}", str(out / f"r.{kind}"))]
    exported = CliRunner().invoke(app, ["export", *args, *outputs])
    assert exported.exit_code == 0, exported.output
    text = (out / "r.md").read_text(encoding="utf-8")
    assert "66.6" not in text and text.count("66.7") >= 2
    # (policy 1's 66.7 + 16.7 + 16.7: its note names the row; no note of largest remainder)
    assert "小数第2位を四捨五入して小数第1位まで表示しています" in text
    assert "1 は 100.1%" in text and "最大剰余法" not in text
    html = (out / "r.html").read_text(encoding="utf-8")
    assert "66.6" not in html and "1 は 100.1%" in html
    sheet = load_workbook(out / "r.xlsx")["集計"]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert 66.6 not in values and values.count(66.7) >= 2
    assert any(isinstance(v, str) and "四捨五入" in v for v in values)
    document = Document(str(out / "r.docx"))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "66.6" not in cells and cells.count("66.7") >= 2
    assert any("1 は 100.1%" in paragraph.text for paragraph in document.paragraphs)


def test_an_explicit_largest_remainder_and_the_nagoya_preset_keep_it(tmp_path: Path) -> None:
    explicit = _summarized(_forms(tmp_path, '[scale]\nrounding = "largest_remainder"\n'))
    # (policy 1: 66.6, 16.7, 16.7 adding up to 100.0; policy 2: 66.7, 33.3)
    assert [group["percent"]["◎"] for group in explicit["groups"]] == [66.6, 66.7]
    for folder in ("nagoya", "plain"):
        (tmp_path / folder).mkdir()
    paths, config = built(NAGOYA, tmp_path / "nagoya", '[scale]\npreset = "nagoya"\n')
    assert config.scale.rounding == "largest_remainder"
    settings = str(tmp_path / "nagoya" / "planeval.toml")
    total = _summarized([*map(str, paths), "--config", settings])["total"]
    assert total["counts"] == {"A": 43, "B": 9, "C": 7, "D": 2, "-": 2}
    assert total["percent"] == {"A": 68.2, "B": 14.3, "C": 11.1, "D": 3.2, "-": 3.2}
    plain = '[scale]\npreset = "nagoya"\nrounding = "round"\n'
    assert built(NAGOYA, tmp_path / "plain", plain)[1].scale.rounding == "round"


def test_check_still_accepts_either_rounding_unless_the_settings_say_round() -> None:
    """Not written, the share rounded either way agrees (a body adding its column up to 100.0
    prints the other); rounding = "round" written, the body's rule alone (review 73)."""
    counts = {"A": 43, "B": 9, "C": 7, "D": 2, "-": 2}
    default, written = Count(counts, {}), Count(counts, {}, "round")
    assert planeval.DEFAULT_SCALE.rounding is None
    assert default.percent() == written.percent() == _half_up(counts)  # (A 68.3: 68.25…)
    assert default.share_agrees("A", 68.2) and default.share_agrees("A", 68.3)
    assert written.share_agrees("A", 68.3) and not written.share_agrees("A", 68.2)
