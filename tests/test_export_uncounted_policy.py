"""An xlsx export read back shows a policy none of whose rows was counted as the read of its
workbooks does — 「Ⅱ（未集計）しごと」 with blank counts —: the export's sheet 集計に含めていない行
records, beside each of its items, the policy none of whose rows was counted (its number, as
typed, and name). It kept the items without their policy, so `summarize 報告書.xlsx` dropped the
policy that the export's own 集計 shows blank. An export written before keeps reading as it did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.report.uncounted_summary import summary_uncounted
from tests.conftest import write_book
from tests.test_uncounted_policies import HEADER

SHEET = "集計に含めていない行"


def _form(path: Path) -> Path:
    """Policies typed Ⅰ and Ⅱ; Ⅱ's two items typed 「●」 and 「？」: no row of it counted."""
    return write_book(
        path,
        {
            "第3章": [
                ["情報化政策Ⅰ くらし"],
                HEADER,
                ["1-1 窓口と基盤"],
                ["1-1-1 窓口", "① 申請", "○", ""],
                ["", "② 決済", "◎", ""],
                ["情報化政策Ⅱ しごと"],
                HEADER,
                ["2-1 基盤"],
                ["2-1-1 基盤", "① 端末", "●", "更新を延期"],
                ["", "② 回線", "？", ""],
            ]
        },
    )


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout


def _groups(text: str) -> list[tuple[object, ...]]:
    fields = ("id", "label", "name", "total", "not_counted")
    return [tuple(group.get(field) for field in fields) for group in json.loads(text)["groups"]]


@pytest.fixture()
def export(tmp_path: Path) -> tuple[Path, Path]:
    form = _form(tmp_path / "第3章.xlsx")
    out = tmp_path / "報告書.xlsx"
    code, _ = _run("export", str(form), "--keep-going", "-qq", "--xlsx", str(out))
    assert code == 1  # (its errors)
    return form, out


def test_the_export_read_back_shows_the_policy_none_counted(export: tuple[Path, Path]) -> None:
    form, out = export
    _, direct = _run("summarize", str(form), "--keep-going", "-qq", "-f", "json")
    assert _groups(direct) == [
        ("1", "Ⅰ", "くらし", 2, None),
        ("2", "Ⅱ", "しごと", None, "記入に不備があったため"),
    ]
    code, counted = _run("summarize", str(out), "-f", "json")
    assert code == 0
    assert _groups(counted) == _groups(direct)
    code, shown = _run("summarize", str(out), "-f", "github")
    assert "|Ⅱ（未集計）|しごと|||||||" in shown.replace(" ", "")
    # (a large read is counted file by file: the same)
    for stream in (False, True):
        summary, result = planeval.summarize_workbooks([out], stream=stream)
        found = summary_uncounted(summary, result)
        assert [(g.id, g.label, g.name, why) for g, why in found] == [
            ("2", "Ⅱ", "しごと", "記入に不備があったため")
        ], stream


def test_an_export_without_the_policy_columns_reads_as_before(
    export: tuple[Path, Path], tmp_path: Path
) -> None:
    """An export of an earlier planeval: its items' table ends at 含めていない理由 (or before)."""
    _, out = export
    book = load_workbook(out)
    sheet = book[SHEET]
    header = next(row for row in sheet.iter_rows() if row[0].value == "事業番号")
    policy = ["含めていない理由", "政策番号", "政策番号（表記）", "政策名"]
    assert [cell.value for cell in header[3:7]] == policy
    sheet.delete_cols(4, len(policy))  # (the reason and the policy: as an older export wrote)
    older = tmp_path / "以前の報告書.xlsx"
    book.save(older)
    code, counted = _run("summarize", str(older), "-f", "json")
    assert code == 0
    assert _groups(counted) == [("1", "Ⅰ", "くらし", 2, None)]  # (as it read before)
    code, seen = _run("compare", str(older), str(out), "-f", "json")
    assert code == 0 and json.loads(seen)["movements"] == []  # (its items left out alike)
