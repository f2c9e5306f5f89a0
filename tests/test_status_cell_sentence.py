"""Where the cells hold word and letter together (`status_cell = "{label}{symbol}"`), the count
sentence names each status as the cells do, 「達成Aが2指標」 (山並県's published form, review 140
#7); a body publishing 「達成（A）が2指標」 (上毛県, review 166 #7) writes it in `status_count`,
as README says — the default is left as it is, since changing it would change 山並県's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.test_two_figure_cells_width import TOML

HEADER = ["項目", "指標", "指標の評価"]
WORDING = TOML + 'status_cell = "{label}{symbol}"\n'  # (上毛県's settings, its cells' shape)
RATINGS = ["達成A", "達成A", "前進B"]


@pytest.mark.parametrize(
    ("status_count", "said"),
    [
        ("", "達成Aが2指標、前進Bが1指標"),
        ('status_count = "{label}（{symbol}）が{n}指標"\n', "達成（A）が2指標、前進（B）が1指標"),
    ],
)
def test_the_sentence_names_each_status_as_the_settings_say(
    tmp_path: Path, status_count: str, said: str
) -> None:
    rows: list[list[object]] = [["基本目標1　くらし"], HEADER, ["(1)　窓口"]]
    rows += [
        [label, f"手続{label}", rating] for label, rating in zip("アイウ", RATINGS, strict=True)
    ]
    form = write_book(tmp_path / "01_総務部.xlsx", {"調査票": rows})
    (tmp_path / "planeval.toml").write_text(WORDING + status_count, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    run = CliRunner().invoke(app, ["summarize", str(form), "--narrative", *config])
    assert run.exit_code == 0, run.output
    assert said in run.stdout, run.stdout
