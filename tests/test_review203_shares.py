"""The nagoya preset's shares add up to 100.0 in every row (review 203 #4). 運営方針1, 15/3/2/1/1
of 22, was printed 68.2 13.6 9.1 4.5 4.5 (99.9) under a note that the rows are adjusted to 100.0,
as the preset kept equal counts at equal shares; 名古屋市 publishes every row at 100.0. The tie's
unit now goes to the earlier status (4.6/4.5), the note saying so only where a tie was broken,
check accepting the export's figures; ties = "equal" keeps the shares equal for a body that says so."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

# 運営方針1: A 15, B 3, C 2, D 1, - 1 of 22; 運営方針2: A 14, B 3, C 3, D 1 of 21
RATINGS = {"1": "A" * 15 + "BBBCCD-", "2": "A" * 14 + "BBBCCCD"}
NAMES = {"1": "安心・安全で快適に暮らせるまち", "2": "健やかで心豊かに暮らせるまち"}
SCALE = '[scale]\npreset = "nagoya"\n'
WORDS = '[wording]\npreset = "nagoya"\npolicy = "運営方針"\n'


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _replies(tmp_path: Path, ratings: dict[str, str]) -> Path:
    """One 課's reply, as its form reads: 運営方針 | 事業番号 | 事業 | 担当課 | 取組み結果."""
    book = Workbook()
    sheet = book.active
    sheet.title = "取組み結果"
    sheet.append(["令和6年度 区政運営方針 取組み結果調査票"])
    sheet.append([])
    sheet.append(["運営方針", "事業番号", "事業", "担当課", "取組み結果", "今後の方向性"])
    number = 0
    for policy, symbols in ratings.items():
        for at, symbol in enumerate(symbols):
            number += 1
            level = f"{policy} {NAMES[policy]}" if at == 0 else None
            sheet.append([level, str(number), f"事業{number}", "総務課", symbol, None])
    folder = tmp_path / "回答R6"
    folder.mkdir()
    book.save(folder / "総務課.xlsx")
    return folder


def _summarize(tmp_path: Path, settings: str, *args: str, ratings: dict[str, str] = RATINGS):
    tmp_path.mkdir(exist_ok=True)
    config = tmp_path / "planeval.toml"
    config.write_text(settings, encoding="utf-8")
    replies = str(_replies(tmp_path, ratings))
    return run("summarize", replies, "--percent", "--config", str(config), *args)


def _rows(shown) -> list[str]:
    return [line.lstrip("\ufeff") for line in shown.stdout.splitlines()]


HEADER = "番号,名称,A,B,C,D,-,計,A 割合（%）,B 割合（%）,C 割合（%）,D 割合（%）,- 割合（%）"
SECOND = "2,健やかで心豊かに暮らせるまち,14,3,3,1,0,21,66.7,14.3,14.3,4.7,0.0"
TOTAL = "合計,,29,6,5,2,1,43,67.4,14.0,11.6,4.7,2.3"
ADJUSTED = (
    "※割合（%）は小数第1位まで表示しています。各行の合計が100.0になるよう端数を最大剰余法により"
    "調整しているため、件数から個別に計算した値と異なる場合があります。"
)


def test_the_nagoya_preset_adds_every_row_up_to_100(tmp_path: Path) -> None:
    shown = _summarize(tmp_path, SCALE + WORDS, "-f", "csv")
    assert shown.exit_code == 0 and shown.stderr == "", shown.output
    first = "1,安心・安全で快適に暮らせるまち,15,3,2,1,1,22,68.2,13.6,9.1,4.6,4.5"
    assert _rows(shown) == [HEADER, first, SECOND, TOTAL]
    noted = _summarize(tmp_path / "noted", SCALE + WORDS)
    assert noted.exit_code == 0 and noted.stderr == "", noted.output
    assert _rows(noted)[-2:] == [
        ADJUSTED,
        "  同じ件数の端数は表の左の列から順に配分しているため、一つの行の中でも同じ件数の割合が"
        "異なることがあります（運営方針1など）。",
    ]


def test_no_tie_broken_no_word_of_one(tmp_path: Path) -> None:
    shown = _summarize(tmp_path, SCALE + WORDS, ratings={"2": RATINGS["2"]})
    assert shown.exit_code == 0 and shown.stderr == "", shown.output
    assert _rows(shown)[-1] == ADJUSTED


def test_ties_equal_keeps_equal_shares_for_a_body_that_sets_it(tmp_path: Path) -> None:
    shown = _summarize(tmp_path, SCALE + 'ties = "equal"\n' + WORDS, "-f", "csv")
    assert shown.exit_code == 0, shown.output
    first = "1,安心・安全で快適に暮らせるまち,15,3,2,1,1,22,68.2,13.6,9.1,4.5,4.5"
    assert _rows(shown) == [HEADER, first, SECOND, TOTAL]


def test_check_accepts_the_exported_figures(tmp_path: Path) -> None:
    config = tmp_path / "planeval.toml"
    config.write_text(SCALE + WORDS, encoding="utf-8")
    replies = str(_replies(tmp_path, RATINGS))
    report = tmp_path / "R6.docx"
    made = run("export", replies, "--config", str(config), "--docx", str(report))
    assert made.exit_code == 0, made.output
    checked = run("check", replies, "--config", str(config), "--text", str(report))
    assert checked.exit_code == 0, checked.output
    assert "記載件数はすべて集計と一致しています" in checked.stdout.splitlines()[-1]
