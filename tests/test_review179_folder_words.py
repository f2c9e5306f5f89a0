"""--bodies folder's words (review 179 #6): the 未回答 error of the list's bodies told to put a
reply in "the same folder as the other replies" (in folder mode, a folder of the body's own);
an .xls in a body's folder named no body, where a .csv there did (「古石町の回答のようですが」);
and a department's workbook left beside its body's folder (372102_黒井市_情報政策課.xlsx beside
372102_黒井市/) was added to that body's count without a word."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.model import Severity
from tests.conftest import write_book
from tests.test_bodies_beside_folders import HEADER, _form
from tests.test_bodies_other_scale import run

LOOSE = "○△"  # (the loose department's statuses)


def _round(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "回答"
    _form(folder / "372102_黒井市" / "企画課.xlsx", [["団体名", "黒井市"]])
    loose = [["令和6年度 情報化計画 進捗状況調査票"], ["団体名", "黒井市"], [], HEADER]
    loose += [[f"2-1-{n}", "窓口", f"取組{n}", status, ""] for n, status in enumerate(LOOSE, 1)]
    write_book(folder / "372102_黒井市_情報政策課.xlsx", {"調査票": loose})
    _form(folder / "012017_青葉市" / "回答.xlsx", [["団体名", "青葉市"]])
    (folder / "152129_高山市").mkdir()
    (folder / "152129_高山市" / "152129_高山市.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    listed = tmp_path / "団体一覧.csv"
    listed.write_text(
        "団体コード,団体名\n372102,黒井市\n012017,青葉市\n152129,高山市\n062049,島瀬市\n",
        encoding="utf-8",
    )
    return folder, listed


def test_the_words_of_a_folder_mode_read(tmp_path: Path) -> None:
    folder, listed = _round(tmp_path)
    roster = planeval.read_roster(listed, planeval.Limits())
    result = planeval.read_workbooks([folder], bodies="folder", roster=roster)
    [missing] = [p for p in result.problems if "未回答" in p.message and "団体一覧の" in p.message]
    assert missing.message.endswith("（未回答）: 島瀬市")
    assert missing.hint.startswith(
        "届いていれば、ほかの団体と同じく団体ごとのフォルダを作り、その中に入れてください。"
    )
    xls = folder / "152129_高山市" / "152129_高山市.xls"
    [unread] = [p for p in result.problems if p.location.file == str(xls)]
    assert unread.severity is Severity.ERROR
    assert unread.message.startswith(
        "高山市の回答のようですが、planeval が読む形式（.xlsx・.xlsm）ではないため読めません（.xls）"
    )
    [joined] = [p for p in result.problems if "合わせて数えました" in p.message]
    assert joined.severity is Severity.NOTICE and joined.location.file == str(folder)
    assert joined.message.endswith(": 372102_黒井市_情報政策課.xlsx（黒井市）")
    counted = [Path(entry.location.file).name for entry in result.entries if entry.body == "黒井市"]
    assert counted.count("372102_黒井市_情報政策課.xlsx") == len(LOOSE)  # (counted, as before)


def test_a_read_without_a_list_keeps_its_words(tmp_path: Path) -> None:
    """With --bodies file, the 未回答 advice is as it was: the replies' one folder."""
    _folder, listed = _round(tmp_path)
    files = tmp_path / "files"
    _form(files / "012017_青葉市.xlsx", [["団体名", "青葉市"]])
    roster = planeval.read_roster(listed, planeval.Limits())
    result = planeval.read_workbooks([files], bodies="file", roster=roster)
    [missing] = [p for p in result.problems if "未回答）:" in p.message]
    assert "ほかの回答と同じフォルダに入れてください" in missing.hint


def test_the_cli_tells_the_loose_workbook_once(tmp_path: Path) -> None:
    folder, listed = _round(tmp_path)
    (folder.parent / "planeval.toml").write_text(
        f'[bodies]\nroster = "{listed.as_posix()}"\n', encoding="utf-8"
    )
    outcome = run(
        "summarize", str(folder), "--bodies", "folder", "--keep-going", "--by", "body",
        "--config", str(folder.parent / "planeval.toml"),
    )  # fmt: skip
    assert outcome.exit_code == 1  # (the .xls and 島瀬市)
    assert outcome.stderr.count("372102_黒井市_情報政策課.xlsx（黒井市）") == 1
    assert "エラー: " + str(folder / "152129_高山市" / "152129_高山市.xls") + ": 高山市の" in (
        outcome.stderr
    )
