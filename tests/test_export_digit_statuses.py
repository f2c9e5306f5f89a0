"""A body rating in digits, 川崎市's 達成度 1〜5: the export's データ sheet holds them as the
numbers its clerk typed (as text, Excel marked each cell 「数値が文字列として保存されています」
and a filter on 達成度 sorted them as words), and the export still reads back as its
workbooks — summarize, compare and check alike, whichever engine reads it, and after a
program that stores a whole number as 2.0 saved it again."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cells import DATA_SHEET
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

KAWASAKI = PRESETS["kawasaki"]
HEADER = ["政策", "施策", "事務事業名", "達成度", "今後の方向性", "所管課"]
LEGEND = (
    "達成度　1：目標を大きく上回って達成　2：目標を上回って達成　3：ほぼ目標どおり　"
    "4：目標を下回った　5：目標を大きく下回った"
)
# each 局's 事務事業, as its clerk typed them: 達成度 a number in its cell
BUREAUS = {
    "総務企画局": [
        ("1 市民サービスの向上", "1-1 窓口のデジタル化", "電子申請推進事業", 2),
        ("1 市民サービスの向上", "1-1 窓口のデジタル化", "窓口キャッシュレス化事業", 3),
        ("1 市民サービスの向上", "1-2 情報発信の充実", "市ホームページ改善事業", 4),
    ],
    "危機管理本部": [
        ("2 安全・安心なまち", "2-1 防災情報の提供", "防災アプリ運用事業", 1),
        ("2 安全・安心なまち", "2-1 防災情報の提供", "避難所情報配信事業", 5),
    ],
}


def bureaus(folder: Path) -> Path:
    """Each 局's 評価票: a title, the legend, the table of one column per level."""
    folder.mkdir(parents=True, exist_ok=True)
    for bureau, projects in BUREAUS.items():
        rows: list[list[object]] = [
            ["令和5年度　施策進行管理・評価票（事務事業の達成度一覧）"],
            [LEGEND],
            [],
            HEADER,
        ]
        for policy, measure, name, level in projects:
            next_step = "現状のまま継続" if level <= 3 else "改善しながら継続"
            rows.append([policy, measure, name, level, next_step, f"{bureau}企画課"])
        write_book(folder / f"{bureau}.xlsx", {"評価票": rows})
    return folder


def settings(tmp_path: Path) -> Path:
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "kawasaki"\n', encoding="utf-8")
    return config


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def export(tmp_path: Path) -> tuple[Path, Path]:
    folder = bureaus(tmp_path / "評価票")
    out = tmp_path / "川崎市_達成度.xlsx"
    result = run("export", str(folder), "--xlsx", str(out), "--config", str(settings(tmp_path)))
    assert result.exit_code == 0, result.output
    return folder, out


def _status_cells(path: Path) -> list[tuple[object, object]]:
    """Each row's status and its status as typed (the status's own cell where the sheet
    leaves the typed column out: every row typed its symbol as it is)."""
    sheet = load_workbook(path)[DATA_SHEET]
    header = [cell.value for cell in sheet[1]]
    status = header.index("達成状況")
    typed = header.index("達成状況（入力値）") if "達成状況（入力値）" in header else status
    return [(row[status].value, row[typed].value) for row in sheet.iter_rows(min_row=2)]


def test_the_data_sheet_holds_digit_statuses_as_numbers(tmp_path: Path) -> None:
    _folder, out = export(tmp_path)
    assert _status_cells(out) == [(2, 2), (3, 3), (4, 4), (1, 1), (5, 5)]
    # (typed as the symbols are on every row: the typed column left out, read back as typed)
    assert "達成状況（入力値）" not in [c.value for c in load_workbook(out)[DATA_SHEET][1]]


def test_a_scale_of_marks_keeps_its_statuses_as_text(tmp_path: Path) -> None:
    folder = tmp_path / "世田谷"
    folder.mkdir()
    rows = [["情報化政策1 くらし"], ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]]
    rows += [["1-1 窓口", "", "", ""], ["1-1-1 申請", "① 電子申請", "○", ""]]
    write_book(folder / "政策経営部.xlsx", {"第3章": rows})
    out = tmp_path / "世田谷.xlsx"
    assert run("export", str(folder), "--xlsx", str(out)).exit_code == 0
    assert [status for status, _typed in _status_cells(out)] == ["○"]


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_the_export_reads_back_as_its_workbooks(tmp_path: Path, engine: str) -> None:
    folder, out = export(tmp_path)
    workbooks = planeval.read_workbooks([folder], scale=KAWASAKI)
    read = planeval.read_workbooks([out], scale=KAWASAKI, engine=engine)
    assert not read.has_errors, read.errors
    rated = ({(e.item_name, e.status, e.status_text) for e in r.entries} for r in (read, workbooks))
    assert next(rated) == next(rated)
    counts = planeval.summarize(read.entries, scale=KAWASAKI).as_dict()
    assert counts == planeval.summarize(workbooks.entries, scale=KAWASAKI).as_dict()
    comparison = planeval.compare(read, workbooks, scale=KAWASAKI)
    assert {comparison.describe(m) for m in comparison.movements} == {"変化なし"}
    # (the export's own sentences, 「…目標を上回って達成1件…」, agree with its rows)
    checked = planeval.check(read, scale=KAWASAKI)
    assert checked.compared >= 5 and not checked.disagreements
    # (every status count compared; only 「2つの事業に取り組みました」 is not, as before)
    assert all("事業" in number.reason for number in checked.not_compared)


def test_the_export_saved_again_with_whole_numbers_as_2_0_reads_back(tmp_path: Path) -> None:
    """A program that stores a whole number as 2.0 (openpyxl reads a float): still 2."""
    _folder, out = export(tmp_path)
    again = tmp_path / "保存し直し.xlsx"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(again, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            data = re.sub(rb'(<c r="[A-Z]+\d+"[^>]*><v>)(\d+)(</v>)', rb"\g<1>\g<2>.0\g<3>", data)
            target.writestr(info, data)
    for engine in ("auto", "openpyxl"):
        read = planeval.read_workbooks([again], scale=KAWASAKI, engine=engine)
        assert not read.has_errors, (engine, read.errors)
        assert [e.status for e in read.entries] == ["2", "3", "4", "1", "5"]
