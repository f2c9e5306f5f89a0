"""The terminal tables a ward's director reads, on the Setagaya example at 40, 80 and 120
columns and through a cp932 console (the forty-seventh session's review): a status column no
wider than its statuses need beside names broken inside their words, policy 2's 「-（再掲） 0」
on its counts' line where policies 1 and 3 give it a line of its own, a bracketed word broken
inside (「改善（番号」 over 「変更）」)."""

from __future__ import annotations

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import SEED_WORKBOOK


def _printed(width: int, *args: str, encoding: str = "utf-8") -> list[str]:
    run = CliRunner(charset=encoding).invoke(app, [*args], env={"COLUMNS": str(width)})
    assert run.exit_code == 0, run.output
    return run.stdout.splitlines()


def test_summarize_at_40_columns_breaks_every_policy_s_counts_alike() -> None:
    """Each group's counts broken before the same status, whichever group's are widest: the
    re-listed count 「-（再掲）」 on a line of its own under every policy and the total."""
    for encoding in ("utf-8", "cp932"):
        lines = _printed(40, "summarize", str(SEED_WORKBOOK), encoding=encoding)
        counts = [line for line in lines if line.startswith("  ") and " 計 " in line]
        relisted = [line for line in lines if "-（再掲）" in line and not line.startswith("凡例")]
        relisted = [line for line in relisted if "除く" not in line]
        assert len(counts) == 4 and len(relisted) == 4, lines
        assert all(line.startswith("  -（再掲） ") for line in relisted), relisted
        for line in counts:
            assert line.split()[0] == "◎" and line.split()[-2] == "計", line
