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


def test_the_library_calls_the_column_as_the_form_does_as_the_cli_does(tmp_path: Path) -> None:
    """read_workbooks notes the forms' title (ReadResult.issue_title) where the settings word
    the column with a preset's word; validate and build_report use it, as the CLI does."""
    import planeval

    path, config_path = _form(tmp_path, 'preset = "gunma"\n')
    config = planeval.load_config(config_path)
    result = planeval.read_workbooks(
        [path], scale=config.scale, layout=config.layout, wording=config.wording
    )
    assert (config.wording.issue, result.issue_title) == ("備考", "課題・今後の取組")
    problems = planeval.validate(result, scale=config.scale, wording=config.wording)
    said = [p.message for p in problems if "電子申請の利用件数" in p.message]
    assert said == ["(1)イ 電子申請の利用件数 は C（横ばい）ですが、課題・今後の取組が空です"]
    assert not any("備考" in f"{p.message}{p.hint}" for p in problems)
    report = planeval.build_report(
        result.entries, config.scale, wording=config.wording, issue_title=result.issue_title
    )
    md = tmp_path / "r.md"
    planeval.export(report, md=md)
    text = md.read_text(encoding="utf-8")
    assert "| 指標の評価 | 課題・今後の取組 |" in text and "備考" not in text


def test_without_wording_the_library_keeps_planeval_s_word(tmp_path: Path) -> None:
    """No [wording] (the default layout): the report keeps planeval's 課題等, as the CLI does
    (a notice offers the forms' words); each clerk is still asked for their file's column."""
    import planeval

    path, config_path = _form(tmp_path, 'preset = "gunma"\n')
    scale = planeval.load_config(config_path).scale
    result = planeval.read_workbooks([path], scale=scale)
    assert result.issue_title == ""
    problems = planeval.validate(result, scale=scale)
    said = [p.message for p in problems if "電子申請の利用件数" in p.message]
    assert said == ["(1)イ 電子申請の利用件数 は C（横ばい）ですが、課題・今後の取組が空です"]
    report = planeval.build_report(result.entries, scale, issue_title=result.issue_title)
    planeval.export(report, md=tmp_path / "r.md")
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "| 情報化計画事業の体系 | 実施内容 | 達成状況 | 課題等 |" in text


def test_a_read_s_messages_call_the_column_as_the_form_does(tmp_path: Path) -> None:
    """Review 75: summarize's own messages (a status with words after it) said the preset's
    word (「続く言葉は備考の欄に」) where the form titles the column otherwise."""
    path, config = _form(tmp_path, 'preset = "gunma"\n')
    book = __import__("openpyxl").load_workbook(path)
    book.active["D4"] = "A順調"
    book.save(path)
    said = runner.invoke(app, ["summarize", str(path), "--config", str(config)]).output
    assert "続く言葉は課題・今後の取組の欄に書いてください" in said.replace("\n", ""), said
    assert "備考" not in said
