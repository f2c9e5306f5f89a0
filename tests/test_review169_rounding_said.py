"""Review 169 (緑丘区, the nagoya preset's largest remainder): #2 運営方針2, 12/3/1/1/1 of 18,
was printed 66.7 / 16.7 / 5.6 / 5.6 / 5.6 with the note 「運営方針2 は 100.2%」 — the three equal
counts each took a tenth where one was left; they are left at 5.5 now (99.9, as README says),
never past 100. #3 `check` accepted 「Aが43（68.3%）」 where the ward's own table, by largest
remainder, prints 68.2; it now says they differ, naming both roundings. #6 check's 項目 named a
count 「D 50%未満の達成状況」 and a share 「C（50%以上の達成状況）の割合」: one form now."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from planeval.aggregate import Count
from planeval.cli import app
from planeval.presets import PRESETS
from planeval.report.review import compared_name
from tests.conftest import write_book

NAGOYA = '[scale]\npreset = "nagoya"\n'


def _book(tmp_path: Path, marks: dict[str, int]) -> Path:
    rows: list[list[object]] = [["運営方針2　健やかに暮らせるまち"], ["事業名", "達成状況"]]
    statuses = [symbol for symbol, n in marks.items() for _ in range(n)]
    rows += [[f"事業{n}", status] for n, status in enumerate(statuses, 1)]
    (tmp_path / "planeval.toml").write_text(NAGOYA, encoding="utf-8")
    return write_book(tmp_path / "緑丘区.xlsx", {"取組み結果": rows})


def _run(tmp_path: Path, *args: str):
    config = ["--config", str(tmp_path / "planeval.toml")]
    return CliRunner().invoke(app, [*args, *config], env={"COLUMNS": "160"})


def test_equal_counts_left_at_a_tie_stay_rounded_down_never_past_100(tmp_path: Path) -> None:
    marks = {"A": 12, "B": 3, "C": 1, "D": 1, "-": 1}
    count = Count(marks, {}, "largest_remainder")
    shares = count.percent()
    assert shares == {"A": 66.7, "B": 16.7, "C": 5.5, "D": 5.5, "-": 5.5}
    assert sum(Decimal(str(v)) for v in shares.values()) == Decimal("99.9")
    # (a report breaking the tie by the scale's order, 5.6 for C, still agrees in check)
    assert count.share_agrees("C", 5.6) and count.share_agrees("C", 5.5)
    book = str(_book(tmp_path, marks))
    # (the preset's own ties break by the scale's order since review 203 #4: ties = "equal" asks
    # for equal shares, the ward's choice here)
    (tmp_path / "planeval.toml").write_text(NAGOYA + 'ties = "equal"\n', encoding="utf-8")
    found = _run(tmp_path, "summarize", book, "--percent", "-f", "json")
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)["total"]["percent"] == shares
    shown = _run(tmp_path, "summarize", book, "--percent")
    assert "100.2" not in shown.stdout and "99.9%" in shown.stdout
    report = tmp_path / "報告.md"
    exported = _run(tmp_path, "export", book, "--md", str(report), "-q")
    assert exported.exit_code == 0, exported.output
    text = report.read_text(encoding="utf-8")
    assert "100.2" not in text and "5.6" not in text and "99.9%" in text


def test_a_share_rounded_on_its_own_differs_where_the_settings_round_by_largest_remainder(
    tmp_path: Path,
) -> None:
    marks = {"A": 43, "B": 9, "C": 7, "D": 2, "-": 2}
    assert Count(marks, {}, "largest_remainder").percent()["A"] == 68.2
    assert not Count(marks, {}, "largest_remainder").share_agrees("A", 68.3)
    # (no rounding written and no preset's: either rounding, as before)
    assert Count(marks, {}).share_agrees("A", 68.3) and Count(marks, {}).share_agrees("A", 68.2)
    book = str(_book(tmp_path, marks))
    said = tmp_path / "報告書案.txt"
    said.write_text("達成状況は、Aが43（68.3%）、Bが9事業（14.3%）でした。\n", encoding="utf-8")
    checked = _run(tmp_path, "check", book, "--text", str(said), "-f", "json")
    assert checked.exit_code == 1, checked.output
    [wrong] = json.loads(checked.stdout)["disagreements"]
    assert (wrong["what"], wrong["stated"], wrong["counted"]) == ("A", 68.3, 68.2)
    assert wrong["note"] == "（四捨五入では 68.3 ですが、設定の最大剰余法では 68.2 です）"
    said.write_text("達成状況は、Aが43（68.2%）、Bが9事業（14.3%）でした。\n", encoding="utf-8")
    assert _run(tmp_path, "check", book, "--text", str(said)).exit_code == 0


def test_check_names_a_status_s_count_and_its_share_in_one_form(tmp_path: Path) -> None:
    nagoya = PRESETS["nagoya"]
    assert compared_name("D", nagoya) == "D（50%未満の達成状況）"
    assert compared_name("C", nagoya, percent=True) == "C（50%以上の達成状況）の割合"
    book = str(_book(tmp_path, {"A": 43, "B": 9, "C": 7, "D": 2, "-": 2}))
    said = tmp_path / "報告書案.txt"
    said.write_text("達成状況は、Cが7事業（12.1%）、Dが3事業でした。\n", encoding="utf-8")
    checked = _run(tmp_path, "check", book, "--text", str(said))
    assert checked.exit_code == 1, checked.output
    assert "C（50%以上の達成状況）の割合" in checked.stdout
    assert "D（50%未満の達成状況）" in checked.stdout
    assert "D 50%未満" not in checked.stdout
