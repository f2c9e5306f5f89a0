"""Review 180 #2: 東尾張県's compiled ITプラン book numbers its 取組 「1-(1)-④」 in every 柱's sheet
and types 「再掲」 in the No. cell of a repeat listing, one under 柱1 and one under 柱2. That one
word under two 柱 was read as one ID of two policies — a body numbering its items anew under
each — so every flat list (issues, compare, the export's 課題一覧) led each ID by its 柱's
number again: 「1-1-(1)-④」, 「2-2-(3)-⑦」, numbers no 部局 can find in its sheet. They show the
ID as the book numbers it, as the tables do."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.higashiowari_forms import HEADER

SETTINGS = """[scale]
preset = "aichi"

[[scale.status]]
symbol = "再掲"
label = "再掲"
counted = false
aliases = ["－"]

[wording]
policy = "柱"
direction = "取組の方向"
project = "取組"
item = "取組内容"
status = "達成状況"
issue = "課題・今後の取組"
department = "所管部局"

[layout.titles]
department = ["所管部局"]
"""

ISSUE = "予算確保と関係機関との調整が課題。"


def _row(number: str, name: str, status: str, issue: str = "") -> list[object]:
    said = f"（{name.partition('（')[0]}を参照）" if number == "再掲" else f"{name}を推進する。"
    return [number, name, said, "総務局", "計画に沿って取り組んだ。", status, issue or None]


def _book(path: Path, year: int, statuses: tuple[str, str]) -> Path:
    """柱1 and 柱2 of two 取組 each, the second with its issue, and a 再掲 row in each sheet."""
    sheets = {
        "柱1 行政サービス": [
            ["柱1　県民の利便性を高める行政サービスのデジタル化"],
            ["(1) オンライン手続の拡充"],
            _row("1-(1)-①", "電子申請システムの拡充", "A"),
            _row("1-(1)-④", "許認可手続のオンライン化", statuses[0], ISSUE),
            _row("再掲", "交通安全情報の提供（再掲 2-(3)-⑦）", "再掲"),
        ],
        "柱2 地域DX": [
            ["柱2　地域社会のデジタル化の推進"],
            ["(3) 防災・まちづくり"],
            _row("2-(3)-①", "防災情報の一元化", "B"),
            _row("2-(3)-⑦", "交通安全情報の提供", statuses[1], ISSUE),
            _row("再掲", "許認可手続のオンライン化（再掲 1-(1)-④）", "－"),
        ],
    }
    for sheet, rows in sheets.items():
        title = [f"東尾張県ITプラン2025　進捗状況（令和{year}年度）"]
        sheets[sheet] = [title, [], rows[0], HEADER, *rows[1:]]
    return write_book(path / f"ITプラン進捗_取りまとめ_R{year}.xlsx", sheets)


def _run(tmp_path: Path, *args: str) -> str:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    settings = ["--config", str(tmp_path / "planeval.toml")]
    shown = CliRunner().invoke(app, [*args, *settings], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    return shown.output


def test_the_issue_list_numbers_each_item_as_the_book_does(tmp_path: Path) -> None:
    book = _book(tmp_path, 7, ("B", "C"))
    listed = _run(tmp_path, "issues", str(book))
    assert "1-(1)-④ 許認可手続のオンライン化" in listed
    assert "2-(3)-⑦ 交通安全情報の提供" in listed
    assert "1-1-(1)" not in listed and "2-2-(3)" not in listed


def test_the_export_issue_list_and_compare_number_them_so_too(tmp_path: Path) -> None:
    last, this = _book(tmp_path, 6, ("C", "C")), _book(tmp_path, 7, ("B", "C"))
    compared = _run(tmp_path, "compare", str(last), str(this))
    assert "1-(1)-④" in compared and "1-1-(1)" not in compared
    md = tmp_path / "報告.md"
    _run(tmp_path, "export", str(this), "--md", str(md))
    issues = md.read_text(encoding="utf-8").partition("課題一覧")[2]
    assert "1-(1)-④" in issues and "2-(3)-⑦" in issues
    assert "1-1-(1)" not in issues and "2-2-(3)" not in issues
