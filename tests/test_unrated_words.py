"""A cell's word for a row not rated that the scale's status says in its own words (「評価不能」
typed for nagayo's − 評価できない) is that status's: told to type its symbol or make the word
its alias, not to add a status of its own beside it (review 109 #5)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

import planeval
from planeval.presets import PRESETS
from planeval.unrated_words import same_meaning
from tests.nagayo_forms import nagayo_book


def test_a_cell_of_such_a_word_is_told_the_status_it_means(tmp_path: Path) -> None:
    """長与町's − typed 評価不能: the fix was 「[[scale.status]] に symbol = "評価不能" と
    counted = false を書いてください」, which splits the − count in two."""
    path = nagayo_book(tmp_path)
    book = load_workbook(path)
    cell = next(c for s in book for row in s.iter_rows() for c in row if c.value == "－")
    cell.value = "評価不能"
    book.save(path)
    result = planeval.read_workbooks([path], scale=PRESETS["nagayo"])
    [problem] = [p for p in result.problems if "評価不能" in p.message]
    assert problem.hint == (
        "'−'（評価できない） のことですか。そうなら '−' と書いてください（同じ書き方が多ければ、"
        "planeval.toml で '評価不能' を '−' の別名（aliases）にできます）"
    )


def test_only_a_status_saying_the_same_is_meant() -> None:
    nagayo, hirakata = PRESETS["nagayo"], PRESETS["hirakata"]
    assert [same_meaning(nagayo, word) for word in ("判定不能", "評価困難", "評価できず")] == [
        "−",
        "−",
        "−",
    ]
    assert same_meaning(hirakata, "評価の対象外") == "評価対象外"
    # (達成できなかった is nagayo's C, a rating; 対象外 no status of nagayo's)
    assert same_meaning(nagayo, "達成不能") is None
    assert same_meaning(nagayo, "対象外") is None
    assert same_meaning(PRESETS["setagaya"], "評価不能") is None
