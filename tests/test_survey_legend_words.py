"""A national survey's common form (review 133): the instruction line 「※取組状況欄には、
A：実施済　B：実施中　C：検討中　D：未着手 のいずれかを記入してください。」 above an A–D table,
and one body (千早町) typing the words 実施済… instead of the letters. The first run's block
offered 8 statuses labelled "A"… and 実施済…: pasted, the words were counted apart from A–D.
The block takes its labels from the legend line, and a word the legend gives as a symbol's
label is that symbol's alias."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

LEGEND = (
    "※取組状況欄には、A：実施済　B：実施中　C：検討中　D：未着手 のいずれかを記入してください。"
)
WORDS = {"A": "実施済", "B": "実施中", "C": "検討中", "D": "未着手"}
ANSWERS = {
    "北海道": "ABCDABCDAB",
    "奥平市": "AABBCCDDAA",
    "清水市": "BACDBACDBA",
    "千早町": "ABCDAABBCA",  # (typed in words)
}


def _replies(folder: Path) -> Path:
    folder.mkdir()
    for name, letters in ANSWERS.items():
        rows: list[list[object]] = [
            ["令和6年度 自治体情報化推進状況調査 調査票"],
            [],
            ["団体名", name],
            [],
            [LEGEND],
            [],
            ["ID", "調査項目", "取組状況", "備考"],
        ]
        for n, letter in enumerate(letters, start=1):
            status = WORDS[letter] if name == "千早町" else letter
            rows.append([f"1-{n}", f"調査項目{n}", status, ""])
        write_book(folder / f"{name}.xlsx", {"調査票": rows})
    return folder


def test_the_block_takes_the_legend_s_labels_and_the_words_as_aliases(tmp_path: Path) -> None:
    folder = _replies(tmp_path / "回答")
    run = CliRunner().invoke(app, ["summarize", str(folder), "--bodies", "file", "-f", "json"])
    [first] = [p for p in json.loads(run.stdout)["problems"] if p.get("settings")]
    statuses = tomllib.loads(first["settings"])["scale"]["status"]
    assert [(s["symbol"], s["label"], s.get("aliases")) for s in statuses] == [
        (letter, word, [word]) for letter, word in WORDS.items()
    ]
    (tmp_path / "planeval.toml").write_text(first["settings"], encoding="utf-8")
    args = ["summarize", str(folder), "--bodies", "file", "-f", "json"]
    counted = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    assert counted.exit_code == 0, counted.output
    letters = "".join(ANSWERS.values())
    assert json.loads(counted.stdout)["total"]["counts"] == {s: letters.count(s) for s in WORDS}
