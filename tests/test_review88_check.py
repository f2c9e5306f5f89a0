"""check on review 88's workbooks and draft (北浜市, one form per 課, items shared by a lead 課
and its co-owners): a co-owner's correct 合計 row was said wrong — its copies of the shared
items, rated as the lead rated them, are counted once at the lead's row, and check left them
out of the form's own total (6 stated, 4 compared) though validate counts the form's 6 rows;
and 「基本目標2の取組14件のうち」 was read as a count of 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_co_owned_issues import _city
from tests.test_department_forms import returns

RUNNER = CliRunner()


def _run(city: Path, *args: str) -> tuple[int, str]:
    done = RUNNER.invoke(
        app, [*args, "--config", str(city / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return done.exit_code, done.stdout


@pytest.fixture()
def welfare_totalled(tmp_path: Path) -> Path:
    """中央市's round with its plan, 企画部 leading the two items 福祉部 co-owns and 福祉部
    rating them as 企画部 did (B, D); 福祉部's form ends with its own 合計 row, right."""
    city = _city(tmp_path, welfare_leads=False)
    with (city / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[plan]\nfile = "計画.xlsx"\n')
    path = returns(city) / "DX評価_福祉部.xlsx"
    book = load_workbook(path)
    book.active.append([])
    book.active.append(["合計", None, None, "2件", "B1件、D1件"])
    book.save(path)
    return city


def test_a_co_owner_s_right_total_row_agrees(welfare_totalled: Path) -> None:
    folder = str(welfare_totalled / "令和5年度")
    code, said = _run(welfare_totalled, "check", folder)
    assert (code, said.splitlines()[-1]) == (
        0,
        "ブックの合計の行 1 行の記載件数はすべて集計と一致しています",
    ), said
    code, said = _run(welfare_totalled, "validate", folder)  # (as every read counts it)
    assert code == 0 and "合計の行" not in said


def test_a_co_owner_s_wrong_total_row_is_said_with_its_form_s_count(
    welfare_totalled: Path,
) -> None:
    path = welfare_totalled / "令和5年度" / "DX評価_福祉部.xlsx"
    book = load_workbook(path)
    book.active["E8"] = "B2件、D1件"  # (one B too many: the form has B 1)
    book.save(path)
    code, said = _run(welfare_totalled, "check", str(path.parent), "-f", "csv")
    assert code == 1
    assert "DX評価_福祉部.xlsx の表,B（目標どおり）,2,1," in said, said


@pytest.mark.parametrize("stated", [4, 5])
def test_the_number_of_a_named_group_is_its_name_not_a_count(
    welfare_totalled: Path, stated: int
) -> None:
    """Review 88 (10): 「基本目標2の取組14件のうち」 listed 2 as a count of 取組 not compared;
    the 14 is the count, compared with 基本目標2's rows."""
    draft = welfare_totalled / "報告書案.txt"
    draft.write_text(
        f"基本目標1の取組{stated}件のうち、目標どおりは2件でした。\n", encoding="utf-8"
    )
    folder = str(welfare_totalled / "令和5年度")
    code, said = _run(welfare_totalled, "check", folder, "--text", str(draft), "-f", "csv")
    assert "比べられなかった数" not in said, said  # (not 「基本目標1 の中の数」, 1)
    assert code == (0 if stated == 4 else 1), said
    assert ("基本目標1,合計,5,4," in said) == (stated == 5), said
