"""Setagaya's summary with --percent at 80 columns was one block per row (review 22): its
shares beside their counts need 83 columns, no column narrower without cutting a number or
breaking 「（再掲）」. It is now two boxes, the counts and then the shares under 「… 割合（%）」;
at 120 columns one box as before, at 40 one block per row."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.fold import cp932_width
from tests.conftest import REPO

SEED = str(REPO / "data" / "setagaya" / "chapter3.xlsx")


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_shares_that_do_not_fit_beside_their_counts_are_a_box_of_their_own(encoding: str) -> None:
    runner = CliRunner(charset=encoding)
    measure = cp932_width if encoding == "cp932" else cell_len
    bar = "│" if encoding == "utf-8" else "|"
    for width in (40, 80, 120):
        shown = runner.invoke(app, ["summarize", SEED, "--percent"], env={"COLUMNS": str(width)})
        out, lines = shown.stdout, shown.stdout.splitlines()
        assert all(measure(line) <= width for line in lines), out
        if width == 40:
            assert "情報化政策1 区民の力を活かす情報化" in lines, out
            continue
        if width == 120:
            assert "情報化政策別の達成状況 割合（%）" not in lines, out
            assert "割合" in lines[2], out  # (each share beside its count)
            continue
        assert lines[0] == "情報化政策別の達成状況", out
        assert "情報化政策別の達成状況 割合（%）" in lines, out
        header = [c.strip() for c in lines[2].split(bar)[1:-1]]
        assert header == ["番号", "名称", "◎", "○", "△", "×", "計", "-（再掲）"], out
        start = lines.index("情報化政策別の達成状況 割合（%）")
        shares = [[c.strip() for c in line.split(bar)[1:-1]] for line in lines[start:]]
        shares = [row for row in shares if row]
        assert shares[0] == ["番号", "名称", "◎", "○", "△", "×"], out
        assert shares[1] == ["1", "区民の力を活かす情報化", "17.4", "52.2", "30.4", "0.0"], out
        assert shares[4] == ["合計", "", "10.2", "59.2", "30.6", "0.0"], out
