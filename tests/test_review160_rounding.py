"""Review 160 #6: 浜名市 publishes shares adding up to 100.0 (基本方針1's A 46.1%); planeval's
default rounds each share on its own and printed 46.2 (the row 100.1), the note under its table
saying so, and nothing named ``[scale] rounding = "largest_remainder"``, which prints the city's
figures. ``check`` of the city's report, whose shares tell the two roundings apart, now names it
in one notice; nothing is said where the settings write a ``rounding``, nor where the report's
shares are those each rounded on its own. The note under the table is the report's, for its
readers, and names no setting; `summarize --percent` says it once on the console (review 166
#5, test_unsummed_shares.py), the export's run nothing."""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.rounding_hint import SETTING
from tests.review160_forms import CONFIG, HEADER

POLICY = "1 市民サービスのデジタル化"
STATUSES = "A" * 6 + "B" * 4 + "C" * 2 + "D"  # (基本方針1 of R6: 13 KPIs, D counted)


def _forms(home: Path, settings: str = CONFIG) -> Path:
    folder = home / "R6"
    folder.mkdir()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["担当局：企画調整局"])
    sheet.append(HEADER)
    for number, status in enumerate(STATUSES, 1):
        sheet.append([POLICY, "1-1 施策", "取組", f"KPI{number}", 1, 2, 2, 1.0, status, "", "課"])
    book.save(folder / "企画調整局_KPI進捗.xlsx")
    (home / "planeval.toml").write_text(settings, encoding="utf-8")
    return folder


def _shares(*, to_hundred: bool) -> dict[str, Decimal]:
    """Each status's share at one place: each rounded half up, or by largest remainder."""
    total = len(STATUSES)
    exact = {s: Decimal(1000 * STATUSES.count(s)) / total for s in sorted(set(STATUSES))}
    if not to_hundred:
        return {s: (u / 10).quantize(Decimal("0.1"), ROUND_HALF_UP) for s, u in exact.items()}
    units = {s: u.to_integral_value(ROUND_FLOOR) for s, u in exact.items()}
    left = 1000 - sum(units.values())
    for s in sorted(exact, key=lambda s: exact[s] - units[s], reverse=True)[: int(left)]:
        units[s] += 1
    return {s: u / 10 for s, u in units.items()}


def _report(home: Path, *, to_hundred: bool) -> Path:
    shares = _shares(to_hundred=to_hundred)
    said = "、".join(f"{s}評価が{STATUSES.count(s)}指標（{shares[s]:.1f}%）" for s in shares)
    text = home / "report.txt"
    text.write_text(f"基本方針1では、{len(STATUSES)}指標のうち、{said}でした。\n", "utf-8")
    return text


def _run(home: Path, *args: str) -> tuple[int, str]:
    said = CliRunner().invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return said.exit_code, said.output


def _apart() -> list[str]:
    """The statuses whose two roundings differ (the report's evidence)."""
    alone, adjusted = _shares(to_hundred=False), _shares(to_hundred=True)
    return [s for s in alone if alone[s] != adjusted[s]]


def test_a_report_adding_its_rows_up_to_100_is_told_the_setting(tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    code, said = _run(
        tmp_path, "check", str(forms), "--text", str(_report(tmp_path, to_hundred=True))
    )
    assert _apart() and code == 0, said
    shares = _shares(to_hundred=True)
    named = "、".join(f"基本方針1 の {s} {shares[s]:.1f}%" for s in _apart())
    assert f"報告書の割合（{named}）は、各行の合計を100.0に揃える丸め方" in said
    assert said.count(SETTING) == 1 and "[scale] の行のすぐ下" in said


def test_a_report_rounding_each_share_on_its_own_is_told_nothing(tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    text = _report(tmp_path, to_hundred=False)
    code, said = _run(tmp_path, "check", str(forms), "--text", str(text))
    assert code == 0 and SETTING not in said, said


@pytest.mark.parametrize("rounding", ["largest_remainder", "round"])
def test_a_rounding_written_quiets_it(tmp_path: Path, rounding: str) -> None:
    settings = CONFIG.replace(
        'preset = "hamamatsu"', f'preset = "hamamatsu"\nrounding = "{rounding}"'
    )
    forms = _forms(tmp_path, settings)
    text = _report(tmp_path, to_hundred=rounding == "largest_remainder")
    code, said = _run(tmp_path, "check", str(forms), "--text", str(text))
    assert code == 0 and "最大剰余法" not in said, said


def test_the_export_s_note_names_no_setting(tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    code, said = _run(tmp_path, "export", str(forms), "--md", str(tmp_path / "報告.md"))
    published = (tmp_path / "報告.md").read_text(encoding="utf-8")
    assert code == 0 and "合計が100.0にならない行があります" in published, said
    assert "rounding" not in published and "最大剰余法" not in published
    assert "お知らせ" not in said  # (its designed run: summarize --percent tells, review 166 #5)
