"""A body whose form carries columns it knows planeval does not read (浜松市's DX推進計画 KPI
sheet: 予算額（千円）, 執行率, 更新日) silences their notice with planeval.toml's
[columns] ignore; a column it does not name is still said, and a typo'd key is an error
naming its line, as every other setting's is."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

RUNNER = CliRunner()
SHEET = [
    ["浜松市デジタル・スマートシティ推進 KPI 進捗状況"],
    ["基本方針1 市民サービスの向上"],
    ["No.", "取組", "評価", "課題", "担当課", "予算額（千円）", "執行率", "更新日", "担当者"],
    [
        1,
        "オンライン申請の拡充",
        "A",
        "",
        "デジタル・スマートシティ推進課",
        12000,
        0.95,
        "5/1",
        "鈴木",
    ],
    [2, "キャッシュレス決済の導入", "B", "", "市民課", 3400, 0.8, "5/2", ""],
    [3, "窓口予約の導入", "C", "システム改修が遅れた", "市民課", 800, 0.4, "5/8", "田中"],
]


def _read(folder: Path, settings: str) -> tuple[int, str, str]:
    path = write_book(folder / "浜松市_KPI.xlsx", {"基本方針1": SHEET})
    config = folder / "planeval.toml"
    config.write_text('[scale]\npreset = "hamamatsu"\n' + settings, encoding="utf-8")
    out = RUNNER.invoke(
        app, ["summarize", str(path), "--config", str(config)], env={"COLUMNS": "300"}
    )
    return out.exit_code, out.stdout, out.stderr


def _said(stderr: str) -> list[str]:
    said = [
        line.split("読んでいません")[0] for line in stderr.splitlines() if "読んでいません" in line
    ]
    return [line.rsplit(": ", 1)[1] for line in said]


def test_without_the_setting_each_filled_column_is_said(tmp_path: Path) -> None:
    code, _out, err = _read(tmp_path, "")
    assert code == 0, err
    assert _said(err) == [
        "「予算額（千円）」の列（F列）は",
        "「執行率」の列（G列）は",
        "「更新日」の列（H列）は",
        "「担当者」の列（I列）は",
    ], err
    assert (
        'このお知らせを出さないなら planeval.toml の [columns] に ignore = ["予算額（千円）"]'
        in err
    )


def test_the_columns_the_body_ignores_are_not_said_and_the_count_is_the_same(
    tmp_path: Path,
) -> None:
    code, out, err = _read(tmp_path, '[columns]\nignore = ["予算額", "執行率", "更新日"]\n')
    assert code == 0, err
    # (予算額 names 「予算額（千円）」 too: compared as titles are, without the remark)
    assert _said(err) == ["「担当者」の列（I列）は"], err
    _c, before, _e = _read(tmp_path, "")
    assert out == before  # (the count is the same: only the notices differ)


def test_a_typo_in_the_key_is_an_error_at_its_line(tmp_path: Path) -> None:
    code, _out, err = _read(tmp_path, '[columns]\nignroe = ["予算額"]\n')
    assert code == 2
    assert "planeval.toml:4 › [columns]: ignroe という設定はありません" in err, err
    assert "ignore" in err


def test_a_title_not_in_a_list_is_an_error_saying_how_to_write_it(tmp_path: Path) -> None:
    code, _out, err = _read(tmp_path, '[columns]\nignore = "予算額"\n')
    assert code == 2
    assert "planeval.toml:4 › [columns]: ignore は読まない列の名前を文字列のリストで" in err, err
    assert 'ignore = ["予算額", "執行率"]' in err
