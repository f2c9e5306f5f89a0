"""A gap in the item numbers said as the body numbers its rows (review 41: 「1 の取組項目の番号が
8 の次に 10…（9 番がありません）」 for 改革項目1's (8) and (10), which the city writes (9))."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

TOML = """\
[scale]
preset = "progress"

[wording]
policy = "改革項目"
item = "取組項目"
status = "実施状況"
"""


def test_a_gap_is_said_in_the_body_s_numbers_and_words(tmp_path: Path) -> None:
    rows: list[list[object]] = [["改革項目", "取組項目", "実施状況"]]
    rows += [
        ["1 事務事業の見直し" if n == 1 else "", f"({n}) 取組{n}", "取組中"] for n in (1, 2, 4)
    ]
    book = write_book(tmp_path / "回答.xlsx", {"進捗状況": rows})
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    said = CliRunner().invoke(
        app, ["validate", str(book), "--config", str(tmp_path / "planeval.toml")]
    )
    assert (
        "改革項目1 の取組項目の番号が (2) の次に (4) になっています（(3)がありません）"
        in said.stdout
    )
