"""A column filled under no title — a header cell left empty, or a clerk's jottings right of
the last title — was read as nothing and said nothing, where a titled column nobody reads is
named (test_columns_not_read). It is now said too, once per file and column, by its letter
and its first cells; nothing of the count changes."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.presets import PRESETS
from tests.conftest import write_book

HIRAKATA = PRESETS["hirakata"]  # (A 効果的 … E, 評価対象外 not counted)
HEADER = ["番号", "施策名", "評価", "評価の理由・課題", "所管部"]
HINT_AT = (
    "内容を使うなら、{cell} に「課題等」など planeval の読む列名を書くか、読まれる列に"
    "書き写してください。使わない書き込みならこのままで構いません（数え方に影響はありません）"
)


def _city(folder: Path) -> Path:
    """枚方市's 施策評価 as a department returned it: its reviewer's marks typed in F, right of
    the last title, and the second sheet's the same."""
    first = [
        ["令和5年度 施策評価結果一覧"],
        ["基本目標1 安心・安全で快適に暮らせるまち"],
        HEADER,
        [1, "防災・減災対策の推進", "A", "", "危機管理部", "確認済"],
        [2, "防犯対策の推進", "B", "", "危機管理部"],
        [3, "交通安全の推進", "C", "自転車事故が増えた", "土木部", "要ヒアリング（5/20）"],
        [4, "消防・救急体制の充実", "B", "", "消防本部", "確認済"],
    ]
    second = [
        ["基本目標2 健やかに暮らせるまち"],
        HEADER,
        [5, "健康づくりの推進", "A", "", "健康福祉部", "確認済"],
    ]
    return write_book(folder / "枚方市_施策評価.xlsx", {"基本目標1": first, "基本目標2": second})


def test_a_filled_column_under_no_title_is_named_by_its_letter_and_cells(tmp_path: Path) -> None:
    path = _city(tmp_path)
    result = planeval.read_workbooks([path], scale=HIRAKATA)
    assert [
        (p.severity, p.location.sheet, p.location.cell, p.message, p.hint) for p in result.problems
    ] == [
        (
            Severity.NOTICE,
            "基本目標1",
            "F4",
            "見出しのないF列に記入があります（F4「確認済」、F6「要ヒアリング（5/20）」ほか 2 件）"
            "（シート「基本目標2」の同じ列も）。見出しがないため読んでおらず、記入された内容は"
            "集計にもどの出力にも使われません",
            HINT_AT.format(cell="F3"),
        )
    ]
    # nothing else changes: every rated row counted with its status
    assert [e.status for e in result.entries] == ["A", "B", "C", "B", "A"]


def test_an_empty_header_cell_between_titles_is_said_at_its_first_cell(tmp_path: Path) -> None:
    rows = [
        ["基本目標1 安心・安全で快適に暮らせるまち"],
        ["番号", "施策名", "評価", "", "所管部"],
        [1, "防災・減災対策の推進", "A", "防災訓練を2回実施", "危機管理部"],
        [2, "防犯対策の推進", "B", "", "危機管理部"],
    ]
    path = write_book(tmp_path / "枚方市.xlsx", {"施策評価": rows})
    (notice,) = planeval.read_workbooks([path], scale=HIRAKATA).problems
    assert (notice.location.cell, notice.message) == (
        "D3",
        "見出しのないD列に記入があります（D3「防災訓練を2回実施」）。見出しがないため読んでおらず、"
        "記入された内容は集計にもどの出力にも使われません",
    )
    assert notice.hint == HINT_AT.format(cell="D2")


def test_a_note_beside_the_table_or_a_merged_cell_says_nothing(tmp_path: Path) -> None:
    """A note under the table is the sheet's text (check reads it), and a name merged over
    two columns fills the second from the first: neither is an untitled column's."""
    rows = [
        ["基本目標1 安心・安全で快適に暮らせるまち"],
        ["番号", "施策名", "", "評価", "所管部"],
        [1, "防災・減災対策の推進", "", "A", "危機管理部"],
        [2, "防犯対策の推進", "", "B", "危機管理部"],
        [],
        ["", "", "", "", "", "※ 評価は所管部の自己評価です"],
    ]
    merges = ["B2:C2", "B3:C3", "B4:C4"]
    path = write_book(tmp_path / "枚方市.xlsx", {"施策評価": rows}, merges={"施策評価": merges})
    result = planeval.read_workbooks([path], scale=HIRAKATA)
    assert result.problems == []
    assert "※ 評価は所管部の自己評価です" in [text.text for text in result.texts]


def test_summarize_says_it_and_counts_as_before(tmp_path: Path) -> None:
    path = _city(tmp_path)
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hirakata"\n', encoding="utf-8")
    out = CliRunner().invoke(
        app, ["summarize", str(path), "--config", str(config)], env={"COLUMNS": "200"}
    )
    assert out.exit_code == 0, out.output
    assert "基本目標1 › F4: 見出しのないF列に記入があります" in out.stderr, out.stderr
