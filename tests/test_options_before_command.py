"""planeval's own options (-j, --debug) go before the command: given after it
(`planeval summarize 回答/ -j 1`, as the bench notes once wrote it), the usage error said only
「'-j' というオプションはありません」 — it says where the option goes."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import REPO

DATA = str(REPO / "data" / "setagaya" / "chapter3.xlsx")


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["-j", "1"], "（planeval -j 1 summarize …）"),
        (["--jobs", "2"], "（planeval --jobs 1 summarize …）"),
        (["--debug"], "（planeval --debug summarize …）"),
    ],
)
def test_planeval_s_own_option_after_the_command_is_told_where_it_goes(
    given: list[str], said: str
) -> None:
    result = CliRunner().invoke(app, ["summarize", DATA, *given], env={"COLUMNS": "200"})
    assert result.exit_code == 2
    assert "planeval 全体のオプションのため、コマンドの前に書きます" in result.stderr
    assert said in result.stderr
    other = CliRunner().invoke(app, ["summarize", DATA, "--foo"], env={"COLUMNS": "200"})
    assert other.exit_code == 2 and "コマンドの前に" not in other.stderr
