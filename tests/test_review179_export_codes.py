"""Review 179 #1: last year's national export compared with this year's replies. Its データ sheet
had no 団体コード column (進捗状況.csv had one), so read back it lost the codes that pair a body
renamed under its code with itself: 戸見町 → 戸見台市 was 「今回から参加」 and 「今回の団体一覧に
なし（合併等）」, and the year-on-year counts were wrong. The sheet records each body's code
beside its 団体 now, and compare pairs by it as it does with the forms; an export without the
column still reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cells import DATA_SHEET
from planeval.cli import app
from tests.conftest import write_book
from tests.test_roster import _reply

HEAD = ["団体コード", "団体名", "回答状況"]
R7 = {
    "262048_戸見町.xlsx": ("262048", "戸見町", ["○", "△"]),
    "493236_梅田町.xlsx": ("493236", "梅田町", ["○"]),
}
R8 = {
    "262048_戸見台市.xlsx": ("262048", "戸見台市", ["◎", "△"]),
    "493236_梅田町.xlsx": ("493236", "梅田町", ["◎"]),
}


def _round(folder: Path, names: dict[str, tuple[str, str, list[str]]]) -> Path:
    """One round's replies and its own list of bodies (the settings naming it)."""
    folder.mkdir()
    roster = [HEAD, *([code, name, ""] for code, name, _statuses in names.values())]
    write_book(folder / "団体一覧.xlsx", {"団体一覧": roster})
    (folder / "planeval.toml").write_text('[bodies]\nroster = "団体一覧.xlsx"\n', "utf-8")
    (folder / "回答").mkdir()
    for file, (code, name, statuses) in names.items():
        _reply(folder / "回答" / file, code, name, statuses)
    return folder


@pytest.fixture
def exported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """R7 exported to R7.xlsx with its list; R8's replies under its own list at the top."""
    monkeypatch.chdir(_round(tmp_path / "r7", R7))
    run = CliRunner().invoke(app, ["export", "回答", "--bodies", "file", "-q", "--xlsx", "R7.xlsx"])
    assert run.exit_code == 0, run.output
    _round(tmp_path / "r8", R8)
    monkeypatch.chdir(tmp_path / "r8")
    return tmp_path / "r7" / "R7.xlsx"


def test_the_data_sheet_records_each_body_s_code_and_reads_it_back(exported: Path) -> None:
    sheet = load_workbook(exported)[DATA_SHEET]
    header = [cell.value for cell in sheet[1]]
    at = header.index("団体コード")
    assert header[at + 1] == "団体"
    rows = {(row[at + 1], row[at]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows == {("戸見町", "262048"), ("梅田町", "493236")}
    result = planeval.read_workbooks([exported])
    assert result.known_codes == {"戸見町": "262048", "梅田町": "493236"}


def test_compare_with_last_year_s_export_pairs_a_body_renamed_under_its_code(
    exported: Path,
) -> None:
    run = CliRunner().invoke(app, ["compare", str(exported), "回答", "--bodies", "file"])
    assert run.exit_code == 0, run.output
    assert "今回から参加" not in run.output and "合併等" not in run.output
    assert "戸見町 → 戸見台市" in run.output
    # (戸見台市's ○ → ◎ an improvement, as 梅田町's: both bodies compared)
    before = planeval.read_workbooks([exported])
    after = planeval.read_workbooks([Path("回答")], bodies="file")
    improved = sum(
        old.status_text == "○" and new.status_text == "◎"
        for old, new in zip(before.entries, after.entries, strict=True)
    )
    assert improved == 2 and f"前回から改善した実施内容 {improved}件" in run.output


def test_an_export_without_the_code_column_still_reads(exported: Path) -> None:
    book = load_workbook(exported)
    sheet = book[DATA_SHEET]
    header = [cell.value for cell in sheet[1]]
    if "団体コード" in header:  # (as an export written before it)
        sheet.delete_cols(header.index("団体コード") + 1)
    fields = book.custom_doc_props
    for prop in fields.props:
        if "body_code" in str(prop.value):
            prop.value = ",".join(f for f in prop.value.split(",") if f != "body_code")
    book.save(exported)
    result = planeval.read_workbooks([exported])
    assert [entry.body for entry in result.entries] == ["戸見町", "戸見町", "梅田町"]
    assert result.errors == [] and result.known_codes == {}
