"""東尾張県's compiled workbook (review 180 #5): a 表紙 sheet titled 「東尾張県ITプラン2025 進捗状況
調査　取りまとめ（令和7年度実績）」 before each 柱's sheet. The export was headed planeval's plain
「計画の進捗状況」, a notice saying the title named no plan; 取りまとめ, the compiled book's word,
was taken for what it reports. Left out as a form's word is, the title names the plan."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.higashiowari_forms import HEADER, SETTINGS

COVER = "東尾張県ITプラン2025 進捗状況調査　取りまとめ（令和7年度実績）"
ROWS = [
    ("1-(1)-①", "電子申請システムの拡充", "総務局", "A"),
    ("1-(1)-②", "許認可手続のオンライン化", "都市整備局", "B"),
    ("1-(1)-③", "オンライン相談窓口の設置", "県民文化局", "C"),
    ("1-(1)-④", "交通安全情報の提供", "警察本部", "B"),
]


def _book(folder: Path) -> Path:
    """The book as the ICT推進課 compiles it: its cover, then 柱1's sheet."""
    book = Workbook()
    cover = book.active
    cover.title = "表紙"
    cover.append([COVER])
    cover.append([])
    cover.append(["作成：総務局ICT推進課　令和7年5月"])
    sheet = book.create_sheet("柱1 行政サービス")
    sheet.append(["東尾張県ITプラン2025　進捗状況（令和7年度）"])
    sheet.append(["柱1　県民の利便性を高める行政サービスのデジタル化"])
    sheet.append(HEADER)
    sheet.append(["(1) オンライン手続"])
    for number, name, department, status in ROWS:
        sheet.append([number, name, f"{name}を進める。", department, "実施", status, ""])
    book.save(path := folder / "ITプラン進捗_取りまとめ_R7.xlsx")
    return path


def test_the_compiled_book_s_cover_title_naming_the_plan_titles_the_report(
    tmp_path: Path,
) -> None:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    book, md = _book(tmp_path), tmp_path / "報告.md"
    done = CliRunner().invoke(
        app,
        ["export", str(book), "--md", str(md), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "200"},
    )
    assert done.exit_code == 0, done.stderr
    assert md.read_text(encoding="utf-8").splitlines()[0] == "# 東尾張県ITプラン2025 進捗状況調査"
    assert "計画の名前がない" not in done.stderr and "既定の「計画の進捗状況」" not in done.stderr
