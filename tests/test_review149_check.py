"""名東区's report checked (review 149 #2): planeval's own caption of the 柱 whose table lists a
row left out for its error, 「取組み項目 2・取組み 8・評価した取組み 7（内訳 A 4、… ほかに未集計
（エラー） 1）」, was read as no caption at all — edited to wrong numbers, nothing was reported,
nor listed as not compared. It is compared with the 柱's rows, its row in error among them."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_review149_first_run import FORMS, NAGOYA_LEGEND, _forms

CONFIG = """[scale]
preset = "nagoya"

[wording]
policy = "柱"
project = "取組み項目"
item = "取組み"
status = "取組み結果"
issue = "今後の方向性"
department = "担当課"
"""
IN_ERROR = "／未評価 1件"  # (its rating left blank: 「未集計（エラー）」 before review 186 #3)
EARLIER = "／未集計（エラー） 1件"  # (as earlier reports said it: last year's, checked again)


def _run(home: Path, *args: str) -> tuple[int, str]:
    said = CliRunner().invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    return said.exit_code, said.output


def _report(home: Path, *more: str) -> tuple[Path, Path]:
    forms = _forms(home / "R7", NAGOYA_LEGEND)
    (home / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    md = home / "r7.md"
    code, said = _run(home, "export", str(forms), "--md", str(md), "--keep-going", "-q", *more)
    assert code == 1 and md.exists(), said  # (1: the row in error, said)
    return forms, md


def _pillar_four(status: str) -> int:
    return sum(row[3] == status for form in FORMS.values() for row in form.get(4, ()))


def test_the_caption_of_a_table_with_a_row_in_error_is_compared(tmp_path: Path) -> None:
    forms, md = _report(tmp_path)
    captions = [line for line in md.read_text(encoding="utf-8").splitlines() if "件：" in line]
    assert sum(IN_ERROR in line for line in captions) == 1
    _, said = _run(tmp_path, "check", str(forms), "--keep-going", "-qq", "--text", str(md))
    assert "記載件数はすべて集計と一致しています" in said, said
    assert f"表の説明 {len(captions)} 件" in re.sub(r"\s+", " ", said)  # (each compared)


def test_a_wrong_number_in_that_caption_is_reported(tmp_path: Path) -> None:
    forms, md = _report(tmp_path)
    text = md.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if IN_ERROR in line)
    a = int(re.search(r"：A (\d+)件", line)[1])  # type: ignore[index]
    assert a == _pillar_four("A") + _pillar_four("Ａ")  # (the rows counted, 05's Ａ among them)
    md.write_text(
        text.replace(line, line.replace(f"A {a}件、", f"A {a - 2}件、")), encoding="utf-8"
    )
    _, said = _run(tmp_path, "check", str(forms), "--keep-going", "-qq", "--text", str(md))
    assert "記載と集計の食い違いが 1 件あります" in re.sub(r"\s+", " ", said), said
    row = next(r for r in said.splitlines() if "柱4" in r and "100%" in r)
    assert f" {a - 2} " in row and f" {a} " in row


def test_a_wrong_count_of_its_rows_in_error_is_reported(tmp_path: Path) -> None:
    forms, md = _report(tmp_path)
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace(IN_ERROR, IN_ERROR[:-2] + "2件"), encoding="utf-8")
    _, said = _run(tmp_path, "check", str(forms), "--keep-going", "-qq", "--text", str(md))
    assert "記載と集計の食い違いが 1 件あります" in re.sub(r"\s+", " ", said), said
    row = next(r for r in said.splitlines() if "未評価の行の数" in r)
    assert " 2 " in row and " 1 " in row  # (stated 2; the one row in error)


def test_an_earlier_reports_caption_of_its_rows_in_error_still_checks(tmp_path: Path) -> None:
    """Last year's report said the row 「未集計（エラー）」: read as every row in error, as then."""
    forms, md = _report(tmp_path)
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace(IN_ERROR, EARLIER), encoding="utf-8")
    _, said = _run(tmp_path, "check", str(forms), "--keep-going", "-qq", "--text", str(md))
    assert "記載件数はすべて集計と一致しています" in said, said
    md.write_text(text.replace(IN_ERROR, EARLIER[:-2] + "2件"), encoding="utf-8")
    _, said = _run(tmp_path, "check", str(forms), "--keep-going", "-qq", "--text", str(md))
    row = next(r for r in said.splitlines() if "未集計（エラー）の行の数" in r)
    assert " 2 " in row and " 1 " in row


def test_read_back_from_the_export_that_count_is_listed_not_compared(tmp_path: Path) -> None:
    book = tmp_path / "r7.xlsx"
    _, md = _report(tmp_path, "--xlsx", str(book))
    config = planeval.load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    checked = planeval.check(result, scale=config.scale, texts=[md], level="柱", item="取組み")
    assert not checked.disagreements  # (its tables' rows in error are not in the export)
    listed = [n for n in checked.not_compared if n.phrase == "未評価 1"]
    assert len(listed) == 1 and "書き出したブックからは分からない" in listed[0].reason
