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


def _written(table: object, width: int, encoding: str = "utf-8") -> list[str]:
    import io

    from rich.console import Console

    from planeval.report.terminal import write_rich

    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    write_rich([table], Console(file=out, width=width, color_system=None))  # type: ignore[list-item]
    out.flush()
    return [line.rstrip() for line in raw.getvalue().decode(encoding).splitlines()]


def test_compare_s_change_keeps_its_bracketed_word_whole() -> None:
    """compare's 変化 of an item renumbered, 「改善（番号変更）」, in a column narrower than it
    at 70 and 80 columns: 「改善」 over 「（番号変更）」, never 「改善（番号」 over 「変更）」."""
    from planeval.report.render import TableData

    rows = [
        [
            "1-1-1⑤ → 1-1-1⑥",
            "多言語化における ICT の活用",
            "電子申請",
            "△",
            "◎",
            "改善（番号変更）",
        ],
        [
            "1-1-2① → 1-1-2②",
            "マイナポータル、インターネットを活用した行政サービスの拡充",
            "電子調達/マイナポータル",
            "○",
            "×",
            "後退（番号変更）",
        ],
        [
            "1-1-3①",
            "ICT を活用した図書館のサービス向上及び業務効率化",
            "インターネット閲覧端末管理システム",
            "○",
            "◎",
            "改善",
        ],
    ]
    headers = ["番号", "実施内容", "細目", "前回", "今回", "変化"]
    table = TableData("達成状況の変化", headers, rows)
    for width in (70, 80):
        for encoding in ("utf-8", "cp932"):
            lines = _written(table, width, encoding)
            cells = [c.strip() for line in lines if "│" in line for c in line.split("│")]
            cells += [c.strip() for line in lines if "|" in line for c in line.split("|")]
            assert "（番号変更）" in cells, (width, encoding, lines)
            assert not any(c.endswith("（番号") or c == "変更）" for c in cells), lines
