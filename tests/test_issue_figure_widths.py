"""Review 186 #7: 東三河県's 課題一覧 (項目 | 指標 | 策定時 | 前年度 | 現状値 | 目標値 | 指標の評価 |
担当課, a cell of two figures 「97.0%(小) 98.2%(中)」). The workbook gave 現状値 18 characters —
between the two figures on one line (22) and each on its own (12) — so Excel and LibreOffice
printed 「97.0%(小) 98.2%」 over 「(中)」, while 策定時 and 前年度 held their pairs on one line;
指標 had 30 characters and rows with nothing wrapped were given two lines. The Word document
gave each figure column 27 mm beside a 指標 of 47 mm wrapping at 12 characters. Now a figure
column is on its one line or as narrow as its figures whole (broken at the space), as
Chapter 3's, and what it gives up goes to the texts short of their line."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Mm
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.xlsx_writer import display_width, row_height
from tests.conftest import write_book
from tests.higashimikawa_forms import HEADER as HEAD
from tests.higashimikawa_forms import SETTINGS

TOML = SETTINGS.replace('"aichi"\n', '"aichi"\nrounding = "largest_remainder"\n')
TWO = ("78.0%(小) 70.5%(中)", "90.5%(小) 88.0%(中)", "97.0%(小) 98.2%(中)")
# (施策, group, 指標, 策定時, 前年度, 現状値, 目標値, rating, 課), as 東三河県's clerks typed them
ROWS = [
    ("1-1", "(1) 電子申請の拡大", "電子申請が可能な手続数", "320件", "610件", "780件", "800件", "B",
     "情報政策課"),
    ("1-1", "(2) 手続の見直し", "押印を廃止した手続の割合", "62.0%", "96.0%", "98.5%", "100.0%", "B",
     "行政改革課"),
    ("1-2", "(1) キャッシュレス決済の導入", "窓口手数料のキャッシュレス決済利用率",
     "3.0%", "28.0%", "32.0%", "50.0%", "C", "県民課"),
    ("1-2", "(2) 相談・情報提供のデジタル化", "AIチャットボットの年間回答件数",
     "0件", "41,000件", "52,000件", "60,000件", "B", "広報広聴課"),
    ("1-2", "(2) 相談・情報提供のデジタル化", "県公式アプリのダウンロード数",
     "0件", "95,000件", "120,000件", "200,000件", "C", "広報広聴課"),
    ("2-1", "(1) 医療のデジタル化", "電子処方箋を導入した薬局の割合",
     "0.0%", "45.0%", "62.0%", "80.0%", "C", "医薬安全課"),
    ("2-1", "(1) 医療のデジタル化", "オンライン診療に対応した医療機関の割合",
     "8.0%", "22.0%", "28.0%", "30.0%", "B", "医療計画課"),
    ("2-1", "(2) 介護・子育て支援のデジタル化", "介護事業所のICT導入率",
     "35.0%", "60.0%", "72.0%", "80.0%", "B", "高齢福祉課"),
    ("2-1", "(2) 介護・子育て支援のデジタル化", "特定健診のWeb予約利用率",
     "0.0%", "25.0%", "35.0%", "40.0%", "B", "健康対策課"),
    ("2-2", "(1) インフラのデジタル化", "BIM/CIMを活用した公共工事の件数",
     "2件", "25件", "34件", "40件", "C", "建設企画課"),
    ("2-2", "(2) 交通のデジタル化", "MaaSアプリの利用者数",
     "0人", "12,000人", "18,000人", "50,000人", "D", "交通対策課"),
    ("2-2", "(2) 交通のデジタル化", "バスロケーションシステム導入路線の割合",
     "30.0%", "60.0%", "76.0%", "100.0%", "C", "交通対策課"),
    ("3-1", "(1) 1人1台端末の活用", "授業でICTをほぼ毎日活用している学校の割合",
     *TWO, "100.0%", "B", "教育DX推進室"),
    ("3-1", "(2) 情報モラル教育の推進", "家庭でルールを決めている児童生徒の割合",
     "30.0%", "40.0%", "45.0%", "70.0%", "C", "生徒指導課"),
    ("3-2", "(1) 県職員のデジタル人材育成", "情報処理資格を持つ職員数",
     "60人", "120人", "150人", "200人", "C", "人事課"),
    ("3-3", "(1) 情報基盤の整備", "ガバメントクラウドへ移行したシステム数",
     "0システム", "3システム", "8システム", "20システム", "D", "情報政策課"),
]  # fmt: skip
FIGURES = range(3, 7)  # (策定時 … 目標値 in the list: 番号 | 項目 | 指標 first)


def _form(tmp_path: Path) -> Path:
    """東三河県's form: its title, a 基本目標's and a 施策's headings over each table, a 項目's
    row over its indicators; the folder with its planeval.toml."""
    rows: list[list[str]] = [["東三河県ITプラン　令和6年度 進捗状況調査票"], []]
    goal = direction = group = ""
    for shisaku, project, name, *cells in ROWS:
        if shisaku[0] != goal:
            goal = shisaku[0]
            rows.append([f"基本目標{goal}　基本目標{goal}の名称"])
        if shisaku != direction:
            direction = shisaku
            rows += [[f"施策{shisaku}　施策{shisaku}の名称"], HEAD]
        if project != group:
            group = project
            rows.append([project])
        rows.append(["ア", name, *cells])
    folder = tmp_path / "in"
    folder.mkdir()
    write_book(folder / "R6_進捗状況調査票_総務局.xlsx", {"進捗状況": rows})
    (folder / "planeval.toml").write_text(TOML, encoding="utf-8")
    return folder


def _exported(tmp_path: Path) -> tuple[Path, Path]:
    folder = _form(tmp_path)
    xlsx, docx = tmp_path / "r.xlsx", tmp_path / "r.docx"
    args = ["export", str(folder), "--config", str(folder / "planeval.toml")]
    run = CliRunner().invoke(app, [*args, "--xlsx", str(xlsx), "--docx", str(docx)])
    assert run.exit_code == 0, run.output
    return xlsx, docx


def test_a_figure_column_holds_its_figures_whole_and_the_indicators_have_the_room(
    tmp_path: Path,
) -> None:
    xlsx, docx = _exported(tmp_path)
    sheet = load_workbook(xlsx)["課題一覧"]
    header = [cell.value for cell in sheet[4]][: len(HEAD) + 1]
    assert header == ["番号", *HEAD]
    widths = [sheet.column_dimensions[get_column_letter(c)].width for c in range(1, 10)]
    for column, pair in zip(FIGURES, TWO, strict=False):
        # (a pair on one line, or its second figure on a line of its own: never 「(中)」 alone)
        first = pair.rpartition("(")[0]
        whole, cut = display_width(pair) + 2, display_width(first) + 2
        assert widths[column] >= whole or widths[column] < cut, (header[column], widths)
    # every indicator on its line (30 characters gave 「電子処方箋を導入した薬局の割／合」 two)
    longest = max(display_width(row[2]) for row in ROWS)
    assert widths[2] >= longest + 2
    # each row as tall as its lines: one, the row of two figures two (a figure a line)
    heights = [sheet.row_dimensions[row].height for row in range(5, 5 + len(ROWS))]
    tall = [row_height(2) if row[3] in TWO else row_height(1) for row in ROWS]
    assert heights == tall
    table = Document(str(docx)).tables[-1]
    cells = table.rows[0].cells
    assert [cell.text for cell in cells][2:7] == HEAD[1:6]
    # Word's figure columns no wider than 「120,000 件」 whole needs; 指標 has the room given up
    assert all(cells[column].width <= Mm(23) for column in FIGURES), [c.width for c in cells]
    assert cells[1].width + cells[2].width >= Mm(95)  # (項目 and 指標: 80 mm given 27 mm figures)


def test_the_share_note_breaks_between_phrases_on_a_narrow_console(tmp_path: Path) -> None:
    """Review 186 #8: at 40 columns the note broke after 「（%）」, its particle 「は」 starting
    the next line (「※割合（%）」 over 「は小数第1位まで…」); a bracketed unit stays with its word
    and a particle with its bracket, the line broken between two phrases."""
    folder = _form(tmp_path)
    args = ["summarize", str(folder), "--config", str(folder / "planeval.toml"), "--percent"]
    run = CliRunner().invoke(app, args, env={"COLUMNS": "40"})
    assert run.exit_code == 0, run.output
    lines = run.stdout.splitlines()
    at = next(index for index, line in enumerate(lines) if line.startswith("※"))
    assert lines[at : at + 4] == [
        "※割合（%）は小数第1位まで",
        "  表示しています。",
        "  各行の合計が100.0になるよう端数を",
        "  最大剰余法により調整しているため、",
    ]
