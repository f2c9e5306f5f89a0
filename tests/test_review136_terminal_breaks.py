"""Review 136 #5 (青葉台市, a status D 評価できない shown and not counted): the name 「安全・安心な
デジタル基盤のまち」 broke after 「安全・」 (a 「・」 between two kanji words read as the end of a
phrase) in compare's count table at 120 columns and in the 40-column list view; between 100
and 90 columns compare's table folded 「7 → 11」 over 「（+4）」 and its status's header 「D」
over 「（評価」 over 「できない）」. A status's header is now on one line where the name, given
the rest, breaks between its phrases; a change of a count is never folded, as a count."""

from __future__ import annotations

import io

from rich.console import Console

from planeval.report.render import TableData
from planeval.report.terminal import write_rich

NAMES = ("市民の利便性が高いまち", "効率的で質の高い行政のまち", "安全・安心なデジタル基盤のまち")
# (each count's change as changed_counts.count_change_table writes it, R6 → R7)
CHANGES = (
    ("4 → 3（▲1）", "7 → 11（+4）", "3 → 0（▲3）", "14 → 14（±0）", "0 → 0（±0）"),
    ("2 → 2（±0）", "10 → 10（±0）", "2 → 2（±0）", "14 → 14（±0）", "1 → 0（▲1）"),
    ("2 → 2（±0）", "8 → 10（+2）", "2 → 2（±0）", "12 → 14（+2）", "1 → 0（▲1）"),
)
TOTAL = ("8 → 7（▲1）", "25 → 31（+6）", "7 → 4（▲3）", "40 → 42（+2）", "2 → 0（▲2）")
HEADERS = ("番号", "名称", "A", "B", "C", "計", "D（評価できない）")


def _table() -> TableData:
    named = zip(NAMES, CHANGES, strict=True)
    rows = [[str(at), name, *changes] for at, (name, changes) in enumerate(named, start=1)]
    return TableData(
        "目指すまちの姿別の件数の変化",
        HEADERS,
        [*rows, ["合計", "", *TOTAL]],
        short=("", "", "", "", "", "", ""),
        id_word="目指すまちの姿",
    )


def _printed(table: TableData, width: int, encoding: str = "utf-8") -> list[str]:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    write_rich([table], Console(file=out, width=width, color_system=None))
    out.flush()
    return [line.rstrip() for line in raw.getvalue().decode(encoding).splitlines()]


def test_at_120_columns_the_name_breaks_between_its_phrases_beside_a_whole_header() -> None:
    lines = _printed(_table(), 120)
    header = next(line for line in lines if "名称" in line)
    assert header.rstrip(" │").endswith("│ D（評価できない）")
    assert not any(line.rstrip().endswith(("│ D │", "│ D")) for line in lines)
    third = lines.index(next(line for line in lines if line.startswith("│ 3 ")))
    names = [lines[at].split("│")[2].strip() for at in (third, third + 1)]
    # (whole: the changes written closer give the names their cells, review 198 #5)
    assert names == ["安全・安心なデジタル基盤のまち", ""]


def test_between_90_and_100_columns_no_change_and_no_status_label_is_broken() -> None:
    for width in (90, 94, 98, 100, 104):
        lines = _printed(_table(), width)
        cells = [cell.strip() for line in lines if "│" in line for cell in line.split("│")]
        assert "（+4）" not in cells and "7 → 11" not in cells, width
        assert "（評価" not in cells and "できない）" not in cells, width
        shown = {c.replace(" → ", "→").replace("→", " → ") for c in cells if "→" in c}  # (148 #9)
        assert shown <= {*TOTAL, *(change for row in CHANGES for change in row)}, width


def test_at_40_columns_the_list_view_keeps_安全_安心_together() -> None:
    for encoding in ("utf-8", "cp932"):
        lines = _printed(_table(), 40, encoding)
        at = lines.index("目指すまちの姿3 安全・安心なデジタル")
        assert lines[at + 1] == "    基盤のまち"
        assert lines[at + 2 : at + 4] == ["  A 2 → 2（±0）", "  B 8 → 10（+2）"]


def test_setagaya_s_names_keep_two_words_joined_by_a_dot_on_one_line() -> None:
    """The ward's own names at 80 columns: 「区民の安全・」 over 「安心な」 and 「ICT利用環境の
    整備・」 over 「検討」 read as misprints; longer words joined so stay apart: 「事業評価・」
    over 「効果測定等が必要」, not 「効果」 apart from 「測定」."""
    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.conftest import SEED_WORKBOOK

    def cells(command: str) -> list[str]:
        run = CliRunner().invoke(app, [command, str(SEED_WORKBOOK)], env={"COLUMNS": "80"})
        assert run.exit_code == 0, run.output
        return [c.strip() for line in run.stdout.splitlines() for c in line.split("│")]

    issues, tables = cells("issues"), cells("tables")
    # (a cell's line holding more than the words, 「③ 区民の安全・安心な」, where its column is
    # wider: review 201 #5)
    for shown in (issues, tables):
        assert any("安全・安心な" in c for c in shown)
        assert not any(c.endswith("安全・") for c in shown)
    assert any("整備・検討" in c for c in tables) and "ICT利用環境の整備・" not in tables
    assert any("効果測定等が必要" in c for c in tables) and not any(
        c.endswith("効果") for c in tables
    )
