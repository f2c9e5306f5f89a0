"""A prefecture's survey compared over its published exports (review 22): each year the
clerk exports the municipalities' answers (愛知県's KPI form, one workbook per body, --bodies
file) and compares the exports as rounds. The counts per policy showed a 名称 column with no
name in it. The names are read back from the exports; where the bodies name their 柱 each
their own way there is no one name per policy, and no 名称 column in any format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.older_exports import written_before
from tests.other_bodies import BODIES

AICHI = next(body for body in BODIES if body.key == "aichi")
TOWNS = ("青葉市", "緑町", "桜村")
PILLARS = ("行政サービスのデジタル化", "デジタルによる地域課題の解決", "デジタル人材の育成と県庁DX")
SHEET, FIRST_ROW, PILLAR, STATUS = "達成状況", 5, 1, 8  # (the form's rows and columns)


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})


def _survey(root: Path, *, own_names: bool) -> tuple[Path, Path, Path]:
    """Two years' exports of the three towns' forms (in 令和6年度 each town's first KPI came
    to A) and the settings; ``own_names``: each town names its 柱 its own way (「…（緑町）」)."""
    [form] = AICHI.build(root)
    (root / "planeval.toml").write_text('[scale]\npreset = "aichi"\n', encoding="utf-8")
    exports = []
    for year in ("R5", "R6"):
        folder = root / year
        folder.mkdir()
        for town in TOWNS:
            book = load_workbook(form)
            sheet = book[SHEET]
            if year == "R6":
                assert sheet.cell(FIRST_ROW, STATUS).value == "B"
                sheet.cell(FIRST_ROW, STATUS).value = "A"
            for row in range(FIRST_ROW, sheet.max_row + 1):
                pillar = sheet.cell(row, PILLAR).value
                if own_names and isinstance(pillar, str) and pillar[:1].isdigit():
                    sheet.cell(row, PILLAR).value = f"{pillar}（{town}）"
            book.save(folder / f"{town}.xlsx")
        out = root / f"{year}.xlsx"
        config = ["--config", str(root / "planeval.toml")]
        exported = _run("export", str(folder), "--bodies", "file", *config, "--xlsx", str(out))
        assert exported.exit_code == 0, exported.output
        exports.append(out)
    return exports[0], exports[1], root / "planeval.toml"


def _tables(command: str, *args: str, fmt: str) -> list[list[str]]:
    """The counts per policy's rows as the csv gives them (its header first)."""
    result = _run(command, *args, "-f", fmt)
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    start = next(
        i for i, row in enumerate(rows) if row[:1] == ["番号"] and any(c[:1] == "計" for c in row)
    )
    return rows[start:]


def _moved(data: dict) -> list[tuple[str, str, str, str]]:
    return sorted(
        (m["new"]["body"], m["new"]["project_id"] + "-" + m["new"]["item_label"],
         m["old"]["status"], m["new"]["status"])
        for m in data["movements"]
    )  # fmt: skip


@pytest.mark.parametrize("own_names", [False, True])
def test_the_counts_per_policy_name_the_policies_the_exports_name(
    tmp_path: Path, own_names: bool
) -> None:
    old, new, toml = _survey(tmp_path, own_names=own_names)
    args = (str(old), str(new), "--config", str(toml))
    compared = _tables("compare", *args, "--counts", fmt="csv")  # (its own CSV: 198 #5)
    rounds = _tables("rounds", *args, fmt="csv")
    data = json.loads(_run("compare", *args, "-f", "json").stdout)
    names = [group["name"] for group in data["new"]["groups"]]
    # last year's export as an earlier planeval wrote it (every column, 団体 among them):
    # the same comparison
    older = written_before(old, tmp_path / "R5_旧.xlsx", typed="none")
    again = json.loads(_run("compare", str(older), *args[1:], "-f", "json").stdout)
    assert (again["old"], again["new"]) == (data["old"], data["new"])
    assert _moved(again) == _moved(data) == sorted((town, "1-1", "B", "A") for town in TOWNS)
    if own_names:  # (no one name per policy: no column of names)
        assert names == ["", "", ""]
        assert compared[0][:4] == ["番号", "A 前回", "A 今回", "A 増減"]
        assert rounds[0] == ["番号", "回", "A", "B", "C", "D", "計"]
    else:  # (read back from the exports' data sheets)
        assert names == list(PILLARS)
        assert compared[0][:2] == rounds[0][:2] == ["番号", "名称"]
        assert [row[1] for row in compared[1:4]] == list(PILLARS)
        assert [row[1] for row in rounds[1:7:2]] == list(PILLARS)
    # the counts are the rows': 24 KPIs a town (14 of them A), 3 towns; each town's first
    # KPI, B in 令和5年度, came to A
    assert AICHI.expected["counts"]["A"] == 14 and AICHI.expected["total"] == 24
    total = compared[-1]
    assert total[0] == "合計" and total[-3:] == ["72", "72", "0"]
    assert total[-15:-9] == ["42", "45", "3", "18", "15", "-3"]
    for fmt in ("plain", "github"):
        shown = _run("compare", *args, "-f", fmt).stdout
        header = next(line for line in shown.splitlines() if line.lstrip("| ").startswith("番号"))
        assert ("名称" in header) is not own_names
    workbook = tmp_path / "比較.xlsx"
    assert _run("compare", *args, "--xlsx", str(workbook)).exit_code == 0
    counts = load_workbook(workbook).worksheets[1]
    header = [cell.value for cell in counts[4]]
    assert header[:2] == (["番号", "A"] if own_names else ["番号", "名称"])
    final = tmp_path / "最終評価.xlsx"
    assert _run("rounds", *args, "--xlsx", str(final)).exit_code == 0
    sheet = load_workbook(final).worksheets[1]
    header = [cell.value for cell in sheet[4]]
    assert header[: 3 - own_names] == (["番号", "回"] if own_names else ["番号", "名称", "回"])
