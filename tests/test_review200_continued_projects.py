"""A 施策 of more than six 事業 runs over pages in the Word document (review 196 #7), and its cell,
merged down its rows, printed on the first page alone: 西羽根市's 事業13–15 of 施策2 sat under a
blank 施策 cell on p.3 (review 200 #4). Word repeats the header row on the next page but no merged
cell, and no one knows where Word breaks; so such a project's name is in each of its rows, grey
under its first and with no line between them. A project kept on one page keeps its merged cell."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book
from tests.minamihama import PRESET_AND_WORDING as SETTINGS

LONG, SHORT = "庁内業務の効率化", "情報の共有"


def _table(tmp_path: Path) -> Table:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    header = ["番号", "取組項目", "取組内容", "進捗状況", "取組状況・課題", "担当課"]
    table: list[list[object]] = [["基本方針1　事務事業の見直しと効率化"], header]
    for n in range(1, 8):
        table.append([f"1.{n}", LONG, f"業務{n}の見直し", "取組中", "継続する。", "情報政策課"])
    for n in range(8, 10):
        table.append([f"2.{n - 7}", SHORT, f"掲示板{n}の整備", "取組中", "継続する。", "総務課"])
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": table})
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([book], scale=config.scale, wording=config.wording)
    assert not [p for p in read.problems if p.is_error], read.problems
    out = tmp_path / "報告.docx"
    planeval.export(
        planeval.build_report(read.entries, config.scale, wording=config.wording), docx=out
    )
    return next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "取組項目")


def _first_cells(table: Table) -> list[tuple[str, str | None, str | None, str]]:
    """Each body row's first cell: its text, its merge ("restart", "continue" or None), its
    text's colour and the sides it has no line on."""
    cells = []
    for row in table.rows[1:]:
        tc = row._tr.tc_lst[0]
        merge = tc.tcPr.find(qn("w:vMerge"))
        colours = {c.get(qn("w:val")) for c in tc.iter(qn("w:color"))}
        assert len(colours) <= 1
        borders = tc.tcPr.find(qn("w:tcBorders"))
        open_sides = [] if borders is None else [side.tag.split("}")[1] for side in borders]
        cells.append(
            (
                _Cell(tc, table).text,
                None if merge is None else merge.get(qn("w:val"), "continue"),
                next(iter(colours), None),
                "/".join(open_sides),
            )
        )
    return cells


def test_a_project_that_may_run_over_pages_is_named_in_each_row(tmp_path: Path) -> None:
    assert _first_cells(_table(tmp_path)) == [
        (f"1-1 {LONG}", None, None, "bottom"),
        *[(f"1-1 {LONG}", None, "767676", "top/bottom")] * 5,
        (f"1-1 {LONG}", None, "767676", "top"),
        (f"1-2 {SHORT}", "restart", None, ""),  # (kept on one page: merged, as before)
        ("", "continue", None, ""),
    ]


def test_compare_keeps_a_change_whole_beside_longer_names_at_80_columns(tmp_path: Path) -> None:
    """compare's 変化 at 80 columns was 「評価／できないから／変化」 over three lines beside 指標
    names given 26 cells (review 200 #4): a short label is now whole, as summarize's status
    headers are, and the names are broken between their phrases."""
    from tests.test_review197_status_names import TOML as KPI_TOML
    from tests.test_review197_status_names import _kpi

    config = tmp_path / "planeval.toml"
    config.write_text(KPI_TOML, encoding="utf-8")
    before, after = tmp_path / "R5", tmp_path / "R6"
    before.mkdir()
    after.mkdir()
    names = tuple(
        f"{name}（{kind}）"
        for name, kind in [("保育所入所申請の電子化件数", "累計"), ("福祉相談のオンライン対応件数", "年間"),
                           ("校務支援システムの導入校数", "累計"), ("中小企業のデジタル化相談件数", "年間"),
                           ("スマート農業の導入経営体数", "累計"), ("観光アプリのダウンロード数", "累計"),
                           ("標準準拠システムへの移行業務数", "累計"), ("セキュリティ監査の実施課数", "年間")]
    )  # fmt: skip
    _kpi(before / "市民課.xlsx", "CCDBBBDA", names)
    _kpi(after / "市民課.xlsx", "BDCAAAAC", names)
    result = CliRunner().invoke(
        app,
        ["compare", str(before), str(after), "--config", str(config)],
        env={"COLUMNS": "80"},
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:11] == [
        "┌──────┬──────────────────────────────────┬──────┬──────┬──────────────────────┐",
        "│ 番号 │ 指標                             │ 前回 │ 今回 │ 変化                 │",
        "├──────┼──────────────────────────────────┼──────┼──────┼──────────────────────┤",
        "│ 1-1  │ 保育所入所申請の電子化件数       │ C    │ B    │ 改善                 │",
        "│      │ （累計）                         │      │      │                      │",
        "│ 1-2  │ 福祉相談のオンライン対応件数     │ C    │ D    │ 評価できないに変化   │",
        "│      │ （年間）                         │      │      │                      │",
        "│ 1-3  │ 校務支援システムの導入校数       │ D    │ C    │ 評価できないから変化 │",
        "│      │ （累計）                         │      │      │                      │",
        "│ 1-4  │ 中小企業のデジタル化相談件数     │ B    │ A    │ 改善                 │",
    ]
