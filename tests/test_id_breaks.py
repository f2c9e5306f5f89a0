"""An ID of a prefecture's plan, 「1-(1)-⑥」, is never broken in a terminal table: 「1-(1)-」
over 「⑥ マイナンバーカード…」 broke it as if between two kana (review 161 #11)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.breaks import INSIDE, TOKENS, ranks
from planeval.report.fold import folded
from tests.test_unreturned_whole_sentence import PLAN, _round


def test_an_id_is_no_place_to_break() -> None:
    parts = TOKENS.findall("1-(1)-⑥ マイナンバーカード")
    assert parts[:2] == ["1-(1)-", "⑥"]
    assert ranks(parts)[1] == INSIDE
    assert folded("1-(1)-⑥ マイナンバーカードの活用促進", 20)[0] == "1-(1)-⑥"


def test_the_tables_keep_each_id_whole(tmp_path: Path) -> None:
    settings, plan, folder = _round(tmp_path)
    for width in (60, 80, 120):
        run = CliRunner().invoke(
            app,
            ["tables", str(folder), "--plan", str(plan), "--config", str(settings)],
            env={"COLUMNS": str(width)},
        )
        assert run.exit_code == 0, run.output
        ids = {no for _p, _d, no, *_ in PLAN}
        shown = set(re.findall(r"\d-\(\d\)-[①-⑳]", run.stdout))
        assert shown == ids, run.stdout
        assert not re.search(r"\d-\(\d\)-\s", run.stdout), run.stdout
