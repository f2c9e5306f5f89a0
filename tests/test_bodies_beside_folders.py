"""--bodies folder reads a workbook beside the bodies' folders as a body of its own (a round
half folders, half files: review 89). A late 課 reply dropped there, 企画課.xlsx, became a body
「企画課」, exit 0, nothing said (review 90: N5): the workbooks read so are named in a notice,
and one that looks like a department's form — its name ending as a 課's, or stating its
担当課, not as a body's — is warned of."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.model import Severity
from tests.conftest import write_book
from tests.test_bodies_other_scale import run

HEADER = ["番号", "取組項目", "取組内容", "評価", "課題"]


def _form(path: Path, lines: list[list[object]], statuses: str = "○○△") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [["令和6年度 情報化計画 進捗状況調査票"], *lines, [], HEADER]
    for number, status in enumerate(statuses, start=1):
        rows.append([f"1-1-{number}", "窓口", f"取組{number}", status, ""])
    return write_book(path, {"調査票": rows})


def _round(tmp_path: Path) -> Path:
    folder = tmp_path / "回答"
    _form(folder / "緑町" / "情報政策課.xlsx", [["団体名", "緑町"]])
    _form(folder / "調査票_青葉市.xlsx", [["団体名", "青葉市"], ["担当課", "企画課"]])
    _form(folder / "企画課.xlsx", [])  # (緑町's 企画課, its reply dropped at the top)
    _form(folder / "回答_0712.xlsx", [["担当課", "総務課"]])  # (its name no body's)
    _form(folder / "緑町_総務課.xlsx", [["団体名", "緑町"]])  # (緑町's: counted as 緑町's)
    return folder


def test_workbooks_beside_the_folders_are_named_and_a_departments_form_warned_of(
    tmp_path: Path,
) -> None:
    folder = _round(tmp_path)
    result = planeval.read_workbooks([folder], bodies="folder")
    said = [p for p in result.problems if p.location.file.startswith(str(folder))]
    notices = [p for p in said if p.severity is Severity.NOTICE and "並べて" in p.message]
    joined, notice = notices  # (緑町_総務課.xlsx, counted as 緑町's: told too, review 179 #6)
    assert joined.message.endswith("合わせて数えました: 緑町_総務課.xlsx（緑町）")
    assert notice.location.file == str(folder)
    assert notice.message == (
        "団体のフォルダと並べて置かれたブック 3 件を、それぞれ一つの団体として数えました: "
        "企画課.xlsx（企画課）、回答_0712.xlsx（回答_0712）、調査票_青葉市.xlsx（青葉市）"
    )
    warned = {Path(p.location.file).name: p.message for p in said if "部・課の調査票" in p.message}
    assert warned == {
        "企画課.xlsx": "団体「企画課」として数えていますが、部・課の調査票のようです"
        "（名前が「課」で終わります）",
        "回答_0712.xlsx": "団体「回答_0712」として数えていますが、部・課の調査票のようです"
        "（担当課「総務課」が書かれています）",
    }  # (not 青葉市's, stating its 担当課: a body's name)


def test_the_cli_says_it_and_a_round_of_folders_alone_says_nothing(tmp_path: Path) -> None:
    folder = _round(tmp_path)
    outcome = run("summarize", str(folder), "--bodies", "folder", "--by", "body")
    assert outcome.exit_code == 0
    assert f"警告: {folder / '企画課.xlsx'}: 団体「企画課」として数えていますが" in outcome.stderr
    assert "並べて置かれたブック 3 件" in outcome.stderr
    only = tmp_path / "folders"
    _form(only / "緑町" / "情報政策課.xlsx", [["団体名", "緑町"]])
    _form(only / "青葉市" / "回答.xlsx", [["団体名", "青葉市"]])
    outcome = run("summarize", str(only), "--bodies", "folder", "--by", "body")
    assert outcome.exit_code == 0 and "並べて" not in outcome.stderr
    assert "部・課の調査票" not in outcome.stderr
