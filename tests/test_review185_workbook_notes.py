"""A department's note row under its table is no paragraph of the report check compares
(review 185 #4): 情報政策課's 「※…達成度は利用率（目標30%、実績18%）により判断しました」 listed
its 30 and 18 as 比べられなかった数 「何の割合か読み取れません」, and a report whose every figure
was right exited 1."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.test_review185_whole_numbers import SETTINGS  # (実施状況.toml of review 185)

NOTE = "※ 3-(3)-② テレワークの推進は人事課と連携して実施しています。達成度は利用率（目標30%、実績18%）により判断しました。"
ROWS = [
    [
        "1-(1)-①",
        "市民サービスの向上",
        "行政手続のオンライン化",
        "電子申請対象手続の拡大",
        "情報政策課",
        "取組中",
    ],
    ["2-(4)-①", "効率的な行財政運営", "業務の効率化", "RPAの導入", "情報政策課", "完了"],
    ["3-(3)-②", "組織・人材の活性化", "働き方改革", "テレワークの推進", "情報政策課", "取組中"],
]


def _reply(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "取組状況"
    sheet.append(["令和7年度 南川市行政改革大綱実施計画 取組状況調査票"])
    sheet.append(["担当課：情報政策課"])
    sheet.append([])
    sheet.append(["No.", "基本方針", "改革項目", "取組項目", "担当課", "実施状況"])
    for row in ROWS:
        sheet.append(row)
    sheet.append([])
    sheet.append([NOTE])
    path = folder / "05_情報政策課.xlsx"
    book.save(path)
    return path


def test_a_department_s_note_row_is_not_checked_and_a_right_report_exits_0(
    tmp_path: Path,
) -> None:
    reply = _reply(tmp_path)
    settings = tmp_path / "実施状況.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    text = tmp_path / "報告書案.txt"
    text.write_text(
        "計画全体では、3の取組項目のうち、完了が1件、取組中が2件、未着手が0件でした。\n",
        encoding="utf-8",
    )
    args = ["check", str(reply), "--config", str(settings), "--text", str(text)]
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stdout) == (
        0,
        "1 段落の記載件数はすべて集計と一致しています\n",
    )
