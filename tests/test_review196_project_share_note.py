"""planeval's rounding note under 取組別集計 read back (fix196e's counts per project): 東浜名市's
own export said 「合計が100.0にならない行があります（取組1-(4) は 99.9%、…）」 and `check` of it
listed 「取組1-(4)」 as a row there is none of; a project named by the project word and its ID as
typed is that project's row, its shares added up and compared, in every format."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_review197_check_wholes import HEADER, SETTINGS

RUNNER = CliRunner()
NOTE = "（取組1-(1) は 99.9%）"


@pytest.fixture
def city(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three 取組 of two or three 指標 each; 取組1-(1)'s A, B and C at 33.3% each."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "R6").mkdir()
    rows = [
        ["1 市民サービス", f"({t}) 取組1{t}", f"{m} 指標1{t}{m}", status, "市民課"]
        for t, statuses in ((1, "ABC"), (2, "AA"))
        for m, status in zip("①②③", statuses, strict=False)
    ]
    rows += [
        ["2 行政", "(1) 取組21", f"{m} 指標21{m}", s, "総務課"]
        for m, s in zip("①②", "AB", strict=True)
    ]
    write_book(tmp_path / "R6" / "課.xlsx", {"KPI進捗": [HEADER, *rows]})
    return tmp_path


def _check(text: str) -> list[str]:
    said = RUNNER.invoke(app, ["check", "R6", "--text", text, "-f", "csv"], env={"COLUMNS": "200"})
    return said.stdout.lstrip("\ufeff").splitlines()


@pytest.mark.parametrize(
    ("kind", "read"),
    [
        ("md", "表の 7 行、表の説明 2 件と一覧の説明 1 件"),
        ("html", "表の 7 行、表の説明 2 件と一覧の説明 1 件"),
        ("docx", "表の 7 行と一覧の説明 1 件"),
    ],
)
def test_the_own_export_s_note_on_a_project_agrees(city: Path, kind: str, read: str) -> None:
    exported = RUNNER.invoke(app, ["export", "R6", f"--{kind}", f"r.{kind}"])
    assert exported.exit_code == 0, exported.output
    assert _check(f"r.{kind}") == [f"4 段落、{read}の記載件数はすべて集計と一致しています"]


def test_a_project_s_sum_stated_otherwise_is_a_disagreement(city: Path) -> None:
    assert RUNNER.invoke(app, ["export", "R6", "--md", "r.md"]).exit_code == 0
    text = (city / "r.md").read_text(encoding="utf-8")
    assert NOTE in text
    (city / "r.md").write_text(text.replace(NOTE, "（取組1-(1) は 99.8%）"), encoding="utf-8")
    assert _check("r.md") == [
        "範囲,項目,記載,集計,記載の場所",
        "取組1-(1),割合の合計,99.8%,99.9%,r.md › 32行目",
        "4 段落、表の 7 行、表の説明 2 件と一覧の説明 1 件のうち、記載と集計の食い違いが 1 件あります",
    ]
