"""An item number typed in full width by one 課 (桜ヶ丘市's 総務課: 「（1）定員管理の適正化」, the
others 「(1) 補助金の見直し」: review 85): its ID as the others', 2-(2) beside 1-(1), not
2-（2）; its name shown as typed, no space put after the bracket."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cells import COUNTED_PAST_SHEET
from planeval.cli import app
from tests.gyokaku_forms import ISSUE, SETTINGS, gyokaku_form, gyokaku_round


def _run(folder: Path, *args: str) -> list[str]:
    config = folder.parent / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "progress"\n\n[layout]\nstatus_column = "実施状況"\n\n'
        f'[layout.titles]\nissue = ["{ISSUE}"]\n',
        encoding="utf-8",
    )
    said = CliRunner().invoke(
        app, [*args, str(folder), "--config", str(config), "-f", "plain"], env={"COLUMNS": "200"}
    )
    assert said.exit_code == 0, said.output
    return said.stdout.splitlines()


def test_full_width_brackets_are_ascii_in_ids_and_as_typed_in_names(tmp_path: Path) -> None:
    folder = tmp_path / "R5"
    folder.mkdir()
    for department in ("財政課", "総務課"):
        gyokaku_form(folder, department)
    ids = [line.split()[0] for line in _run(folder, "issues")[2:-2]]
    assert ids == ["1-(1)", "2-(1)", "2-(2)", "5-(1)"]
    tables = _run(folder, "tables")
    assert any(line.startswith("（1）定員管理の適正化 ") for line in tables)
    assert any(line.startswith("(1) 補助金の見直し ") for line in tables)
    page = tmp_path / "R5.html"
    config = str(tmp_path / "planeval.toml")
    CliRunner().invoke(app, ["export", str(folder), "--config", config, "--html", str(page)])
    html = page.read_text(encoding="utf-8").replace("<wbr>", "")  # (between its phrases)
    assert '<span class="id">（1）</span>定員管理の適正化' in html


def test_the_rows_left_out_are_titled_and_numbered_as_the_body_types_them(tmp_path: Path) -> None:
    """The export's sheet 集計に含めていない行 titled its columns 「事業番号 | 取り組み項目番号」 and
    listed 市民課's 「(2) 自治会活動の支援」 under 改革項目 4 as 「4 | 2」 (review 86): a plan of
    two levels' project is its 改革項目, titled so as the データ sheet titles it, and the item's
    number is shown as typed — and read back as the number it is."""
    folder = gyokaku_round(tmp_path)  # (市民課 left (2)'s 実施状況 blank)
    words = '\n[wording]\npolicy = "改革項目"\nitem = "取り組み項目"\n'
    (tmp_path / "planeval.toml").write_text(SETTINGS + words, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([folder], scale=config.scale, layout=config.layout)
    report = planeval.report_of(read, config.scale, wording=config.wording)
    [out] = planeval.export(report, xlsx=tmp_path / "R5.xlsx").files
    book = load_workbook(out)
    sheet = book[COUNTED_PAST_SHEET]
    rows = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    assert rows[4:6] == [
        ["改革項目番号", "取り組み項目番号", "取り組み項目名"],
        ["4", "(2)", "自治会活動の支援"],
    ]
    assert [cell.value for cell in book["データ"][1]][:2] == ["改革項目番号", "改革項目名"]
    again = planeval.counted_past(planeval.read_workbooks([out], scale=config.scale))
    assert (again.items, again.labels) == (((("", "4", 2, "自治会活動の支援"),), (("", "(2)"),)))
