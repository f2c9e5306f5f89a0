"""A scale of digits (川崎市's 達成度 1〜5) titles its count and share columns with the status's
word in every format, 「達成度1」 and 「達成度1 割合（%）」: the tables read 「1」 over a count and
「1 割合（%）」 over a share, which said no 達成度 (review 125 #3). `check` reads a pasted table
titled either way."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.check_result import Disagreement, NotCompared
from planeval.cli import app
from tests.test_marked_counts import KAWASAKI, SYMBOLS
from tests.test_other_bodies import CONFIGS

COUNTS = [f"達成度{s}" for s in SYMBOLS]
SHARES = [f"達成度{s} 割合（%）" for s in SYMBOLS]


def _exported(folder: Path) -> tuple[Path, Path, Path]:
    """Kawasaki's form, its planeval.toml (its status worded 達成度) and the folder of its
    export in every format."""
    (path,) = KAWASAKI.build(folder)
    config = folder / "planeval.toml"
    config.write_text(CONFIGS["kawasaki"] + '\n[wording]\nstatus = "達成度"\n', encoding="utf-8")
    out = folder / "out"
    ran = CliRunner().invoke(
        app,
        ["export", str(path), "--config", str(config), "--xlsx", str(out / "r.xlsx"),
         "--md", str(out / "r.md"), "--html", str(out / "r.html"), "--docx", str(out / "r.docx"),
         "--csv", str(out / "csv")],
    )  # fmt: skip
    assert ran.exit_code == 0, ran.stderr
    return path, config, out


def test_a_status_of_digits_is_titled_with_its_word_in_every_format(tmp_path: Path) -> None:
    _path, _config, out = _exported(tmp_path)
    titles = [*COUNTS, "計", *SHARES]
    md = (out / "r.md").read_text(encoding="utf-8")
    assert f"| 政策番号 | 政策名 | {' | '.join(titles)} |" in md
    with (out / "csv" / "集計.csv").open(encoding="utf-8-sig") as stream:
        assert next(csv.reader(stream)) == ["政策番号", "政策名", *titles]
    sheet = load_workbook(out / "r.xlsx")["集計"]
    header = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "政策番号")
    assert [str(t).replace("\n", " ") for t in header[2:]] == titles
    html = (out / "r.html").read_text(encoding="utf-8")
    head = re.search(r"<thead>(.*?)</thead>", html, flags=re.S)
    assert head is not None
    seen = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<th[^>]*>(.*?)</th>", head[1])]
    assert seen[2:] == titles
    table = next(t for t in Document(str(out / "r.docx")).tables if t.cell(0, 0).text == "政策番号")
    below = [cell.text.replace("\n", "") for cell in table.rows[1].cells]
    assert below[2:8] == [*COUNTS, "計"] and below[-5:] == COUNTS  # (under 件数 and 割合（%）)


def test_check_reads_the_pasted_table_titled_with_the_word_or_without(tmp_path: Path) -> None:
    """The exported 集計 pasted into a report's text is compared cell by cell, titled
    「達成度1」 or, as before, 「1」; a count edited in it is found."""
    path, config, out = _exported(tmp_path)
    settings = planeval.load_config(config)
    result = planeval.read_workbooks([path], scale=settings.scale, layout=settings.layout)
    md = out / "r.md"
    text = md.read_text(encoding="utf-8")
    old = text.replace("達成度1", "1").replace("達成度2", "2").replace("達成度3", "3")
    old = old.replace("達成度4", "4").replace(
        "達成度5", "5"
    )  # (the titles before: 「1 割合（%）」)
    assert "| 政策番号 | 政策名 | 1 | 2 | 3 | 4 | 5 | 計 | 1 割合（%） |" in old
    for written in (text, old):
        md.write_text(written, encoding="utf-8")
        checked = planeval.check(result, scale=settings.scale, texts=[md], level="政策")
        pasted = [s for s in checked.statements if s.pasted]
        # (集計's 8 rows and 事業別集計's 10, review 196 #5)
        assert len(pasted) == 18 and not _in(checked.disagreements, md)  # (the form's own
        aside = [n for n in _in(checked.not_compared, md) if n.scope.startswith("表")]
        assert not aside  # text is compared too; a sentence counting 事業 not: review 125 #3)
        total = next(line for line in written.splitlines() if line.startswith("| 合計 |"))
        cells = total.split(" | ")
        cells[3] = str(int(cells[3]) + 1)  # (達成度2's count of 合計)
        # (集計's: 事業別集計's 合計 holds the same counts)
        md.write_text(written.replace(total, " | ".join(cells), 1), encoding="utf-8")
        checked = planeval.check(result, scale=settings.scale, texts=[md], level="政策")
        found = [(d.scope, d.what, d.stated - d.counted) for d in _in(checked.disagreements, md)]
        assert found == [("表の「合計」の行", "2", 1)]


def _in(said: Sequence[Disagreement | NotCompared], text: Path) -> list[Any]:
    """What ``check`` said of ``text``."""
    return [one for one in said if one.location.file == str(text)]
