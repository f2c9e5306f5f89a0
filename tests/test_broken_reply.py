"""A body whose reply is a damaged workbook (cut off in sending) is said as ファイルが開けなかった
ため (壊れたファイル before review 193) wherever bodies with nothing counted are listed, as a .csv
reply is ファイル形式が異なるため: the
clerk asks that body to send the file again, not to correct its rows."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.past_errors import partly_counted, uncounted_why
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]


def _reply(path: Path, status: str) -> Path:
    rows = [["情報化政策1 くらし"], HEADER, ["1-1 窓口", "", "", ""]]
    rows.append(["1-1-1 窓口の電子化", "(1) 申請", status, ""])
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_book(path, {"第3章": rows})


def _collection(tmp_path: Path) -> Path:
    folder = tmp_path / "県内"
    _reply(folder / "青葉市" / "回答.xlsx", "○")
    cut = _reply(folder / "南川村" / "回答.xlsx", "○")
    cut.write_bytes(cut.read_bytes()[:300])  # (the mail cut it off)
    (folder / "北山村").mkdir()
    (folder / "北山村" / "回答.csv").write_text("番号,評価\n1,○\n", encoding="utf-8")
    _reply(folder / "東町" / "回答.xlsx", "△")  # (東町 sent a second file, cut off)
    (folder / "東町" / "追加.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 40)
    return folder


def test_a_damaged_workbook_is_said_as_such_not_as_an_error(tmp_path: Path) -> None:
    result = planeval.read_workbooks([_collection(tmp_path)], bodies="folder")
    assert uncounted_why(result) == {
        "北山村": "ファイル形式が異なるため",
        "南川村": "ファイルが開けなかったため",
    }
    assert partly_counted(result) == {"東町": "ファイルが開けなかったため"}


def test_the_export_lists_the_damaged_reply(tmp_path: Path) -> None:
    folder = _collection(tmp_path)
    out = tmp_path / "報告.md"
    args = ["export", str(folder), "--bodies", "folder", "--keep-going", "--md", str(out)]
    assert CliRunner().invoke(app, args).exit_code == 1  # (counted past the damaged files)
    text = out.read_text(encoding="utf-8")
    assert (
        "4団体のうち2団体の回答を集計しました。未集計の団体："
        "北山村（回答を集計できなかったため）、南川村（回答を集計できなかったため）"
    ) in text
    assert "記入に不備があったため" not in text


def test_a_file_refused_by_a_limit_is_not_called_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "県内"
    _reply(folder / "南川村" / "回答.xlsx", "○")
    tight = planeval.Limits(zip_entries=3)  # (a whole workbook has more parts than this)
    result = planeval.read_workbooks([folder], bodies="folder", limits=tight)
    assert result.left_out and not result.broken_files
    assert uncounted_why(result) == {"南川村": "記入に不備があったため"}
