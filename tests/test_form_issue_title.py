"""The issue column called as the form titles it (review 27 F7): a 群馬県-style department form
(基本目標 | 項目 | 指標 | 指標の評価 | 課題・今後の取組 | 担当課, OTHER-BODIES.md "Indicator
tables") read with [wording] preset = "gunma", whose word for that column is 備考 — a word
the form does not have — is asked for and headed 課題・今後の取組 in validate, issues and the
export; a body's own word for it ([wording] issue) is kept."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

HEADER = ["基本目標", "項目", "指標", "指標の評価", "課題・今後の取組", "担当課"]
ROWS = [
    ["1 デジタルで暮らしを豊かに", "(1) 行政手続のオンライン化", None, None, None, None],
    [None, None, "ア オンライン申請可能手続数", "A", None, "デジタル戦略課"],
    [None, None, "イ 電子申請の利用件数", "C", None, "デジタル戦略課"],
    [
        None,
        None,
        "ウ キャッシュレス決済導入施設数",
        "C",
        "事業者との調整に時間を要した。",
        "企画課",
    ],
]
runner = CliRunner()


def _form(tmp_path: Path, wording: str) -> tuple[Path, Path]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "進捗状況"
    sheet.append(["情報化推進計画 進捗状況（令和6年度）"])
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(tmp_path / "01_総務部.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(f'[scale]\npreset = "gunma"\n\n[wording]\n{wording}', encoding="utf-8")
    return tmp_path / "01_総務部.xlsx", config


def test_validate_and_the_report_call_the_column_as_the_form_does(tmp_path: Path) -> None:
    path, config = _form(tmp_path, 'preset = "gunma"\n')
    said = runner.invoke(app, ["validate", str(path), "--config", str(config)]).output
    assert (
        "(1)イ 電子申請の利用件数 は C（横ばい）ですが、課題・今後の取組が空です"
        "（理由や課題を課題・今後の取組の欄に書いてください）" in said.replace("\n", "")
    )
    assert "備考" not in said
    md = tmp_path / "r.md"
    result = runner.invoke(app, ["export", str(path), "--config", str(config), "--md", str(md)])
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert "| 指標の評価 | 課題・今後の取組 |" in text
    assert "備考" not in text


def test_a_body_s_own_word_for_the_column_is_kept(tmp_path: Path) -> None:
    path, config = _form(tmp_path, 'preset = "gunma"\nissue = "課題"\n')
    said = runner.invoke(app, ["validate", str(path), "--config", str(config)]).output
    assert "課題が空です（理由や課題を課題の欄に書いてください）" in said.replace("\n", "")
