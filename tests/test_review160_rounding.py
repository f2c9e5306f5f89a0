"""Review 160 #6: 浜名市 publishes shares adding up to 100.0; planeval's default rounds each share
on its own, so its export printed 基本方針1 at 100.1 and 基本方針4 at 99.9, the note under the
table saying so — and nothing named ``[scale] rounding = "largest_remainder"``, which makes each
row 100.0. One notice now names it where a printed row does not add up to 100.0 and the
settings write no ``rounding`` (the note stays the report's, for its readers)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.rounding_hint import SETTING, rounding_hint
from tests.review160_forms import CONFIG, HEADER

# (基本方針, 評価) of each row: 1's three statuses once each, 2's two A and two B
ROWS = [("1 市民サービスのデジタル化", s) for s in "ABC"]
ROWS += [("2 行政運営のデジタル化", s) for s in "AABB"]


def _forms(home: Path, settings: str = CONFIG) -> Path:
    folder = home / "R6"
    folder.mkdir()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["担当局：企画調整局"])
    sheet.append(HEADER)
    for number, (policy, status) in enumerate(ROWS, 1):
        direction = f"{policy[0]}-1 施策"
        sheet.append(
            [policy, direction, "取組", f"KPI{number}", 1, 2, 2, 1.0, status, "", "DX推進課"]
        )
    book.save(folder / "企画調整局_KPI進捗.xlsx")
    (home / "planeval.toml").write_text(settings, encoding="utf-8")
    return folder


def _sum_of_shares(policy: str) -> str:
    """A policy's shares, each rounded half up to one place as a calculator gives it, added."""
    statuses = [status for own, status in ROWS if own.startswith(policy)]
    shares = [
        (Decimal(100 * statuses.count(s)) / len(statuses)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        for s in sorted(set(statuses))
    ]
    return f"{sum(shares):.1f}"


def _run(home: Path, *args: str) -> tuple[int, str]:
    said = CliRunner().invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return said.exit_code, said.output


def test_the_notice_names_the_rows_and_the_setting(tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([forms], scale=config.scale, layout=config.layout)
    assert _sum_of_shares("1") != "100.0" and _sum_of_shares("2") == "100.0"
    [notice] = rounding_hint(result.entries, config)
    assert (
        f"（基本方針 1 は {_sum_of_shares('1')}%、合計は {_sum_of_shares('')}%）" in notice.message
    )
    assert notice.settings == SETTING and "[scale] の行のすぐ下" in notice.hint


def test_export_and_summarize_percent_say_it(tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    md = tmp_path / "報告.md"
    code, said = _run(tmp_path, "export", str(forms), "--md", str(md))
    assert code == 0 and said.count(SETTING) == 1, said
    assert f"基本方針 1 は {_sum_of_shares('1')}%" in said
    code, said = _run(tmp_path, "summarize", str(forms), "--percent")
    assert code == 0 and said.count(SETTING) == 1 and f"番号 1 は {_sum_of_shares('1')}%" in said
    code, said = _run(tmp_path, "summarize", str(forms))  # (no shares printed: nothing said)
    assert code == 0 and SETTING not in said


@pytest.mark.parametrize("rounding", ["largest_remainder", "round"])
def test_a_rounding_written_quiets_it(tmp_path: Path, rounding: str) -> None:
    settings = CONFIG.replace(
        'preset = "hamamatsu"', f'preset = "hamamatsu"\nrounding = "{rounding}"'
    )
    forms = _forms(tmp_path, settings)
    code, said = _run(tmp_path, "export", str(forms), "--md", str(tmp_path / "報告.md"))
    assert code == 0 and "最大剰余法" not in said and "お知らせ" not in said, said
