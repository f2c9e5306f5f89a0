"""Review 164 #6 (still open at review 181): 子育て支援課 typed its 事業 「４４　こども家庭センター
運営事業」 (full-width digits, an ideographic space) where every other 課 typed 「6 学力向上推進事業」,
and the published tables showed each as typed, one table mixing the two. Every published table —
tables, the exports, rounds — now shows a name's leading number in half-width digits and one
half-width space after it; the counts, and how rows are matched, are as before, and the other
texts (課題) as typed."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from planeval.cli import app
from tests.review164_departments import PROJECTS, build

TYPED_APART = "子育て支援課"  # (the 課 typing its numbers full-width)
ISSUE = "１２月に　見直す。"  # (a 課題 text: kept as typed)
_WIDE = str.maketrans("0123456789 ", "０１２３４５６７８９\u3000")
_FULL = re.compile(r"[０-９]|\u3000")


def _typed_apart(answers: Path) -> None:
    """TYPED_APART's workbook with each 事業's number full-width before an ideographic space,
    and its first 課題 a text of full-width digits."""
    path = next(answers.glob(f"*{TYPED_APART}*.xlsx"))
    book = openpyxl.load_workbook(path)
    sheet = book.active
    first = True
    for row in sheet.iter_rows():
        name, issue = row[1], row[3]
        if isinstance(name.value, str) and name.value[:1].isdigit():
            number, rest = name.value.split(" ", 1)
            name.value = f"{number.translate(_WIDE)}\u3000{rest}"
            if first:
                issue.value, first = ISSUE, False
    book.save(path)


def _run(home: Path, *args: str) -> str:
    run = CliRunner().invoke(app, [*args, "--config", str(home / "planeval.toml")])
    assert run.exit_code == 0, run.output
    return run.stdout


def _mine() -> list[tuple[int, str]]:
    return [(no, row[1]) for no, row in PROJECTS.items() if row[2] == TYPED_APART]


def test_tables_and_exports_show_every_leading_number_alike(tmp_path: Path) -> None:
    answers = build(tmp_path, 1)
    _typed_apart(answers)
    shown = _run(tmp_path, "tables", str(answers), "-f", "github")
    target = tmp_path / "報告.md"
    _run(tmp_path, "export", str(answers), "--md", str(target))
    page = tmp_path / "報告.html"
    _run(tmp_path, "export", str(answers), "--html", str(page))
    html = page.read_text("utf-8").replace("<wbr>", "")  # (its break points)
    for published in (shown, target.read_text("utf-8"), html):
        for no, name in _mine():
            assert f"{no} {name}" in published, (no, name)
        lines = [line for line in published.splitlines() if any(n in line for _, n in _mine())]
        assert lines and not any(_FULL.search(line.replace(ISSUE, "")) for line in lines)
    assert ISSUE in target.read_text("utf-8")  # (the 課題 as typed)


def test_rounds_show_them_alike_and_count_as_before(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    first, last = build(plain, 0), build(plain, 1)
    alike = _run(plain, "rounds", str(first), str(last))
    apart = tmp_path / "apart"
    first, last = build(apart, 0), build(apart, 1)
    _typed_apart(first)
    _typed_apart(last)
    shown = _run(apart, "rounds", str(first), str(last))
    assert shown == alike  # (each 事業 paired and counted as before, shown as the others)
    assert not _FULL.search(shown)
    summed = [_run(home, "summarize", str(home / "回答1")) for home in (plain, apart)]
    assert summed[0] == summed[1]
