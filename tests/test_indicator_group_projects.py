"""東浜市's 教育部 form (review 128): 項目 | 事業名 | 指標 | 策定時 | … | 評価 | 課題・今後の方向性 |
担当課, 項目 read as the number (`[layout.titles] number = ["項目"]`). Most rows rate a 事業 on
one line (1-3-(1) | 自主防災組織育成事業 | its 指標); under 基本方針3-1 a 事業 is an unrated row
「(1) | 情報モラル教育推進事業」 (its 担当課 filled) over its indicators ア イ ウ, each rated.

The row (1) was an error 「「(1)」の行の名称と評価が空です」, and (1)'s and (2)'s indicators were one
unnamed 事業 「3-1-1」: the count sentence said 4 事業 where there are 5, and every output said
filling the rows in would change the counts. A row numbered (1) over rows numbered ア is a
group row naming its 事業, as 群馬県's (1) over ア is — also typed 「(1) 情報モラル教育推進事業」
in 項目, 事業名 left blank."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

import planeval
from tests.tohama_forms import HEADER

SETTINGS = """[scale]
preset = "nagayo"

[layout.titles]
number = ["項目"]

[wording]
policy = "基本目標"
direction = "基本方針"
project = "事業"
item = "指標"
status = "評価"
issue = "課題・今後の方向性"
department = "担当課"
"""
MORAL, DEVICES = "情報モラル教育推進事業", "1人1台端末活用事業"


def _form(path: Path, *, name_in_number: bool = False, blank: str | None = None) -> Path:
    """教育部's form: two tables under 基本方針3-1, each under its own line, a group row over
    its rated indicators; 基本方針3-2's 事業 rated one a row. ``name_in_number``: the group's
    name typed in 項目 after its number; ``blank``: the indicator left unrated."""

    def group(number: str, name: str, department: str) -> list[object]:
        if name_in_number:
            return [f"{number} {name}", None, *[None] * 6, department]
        return [number, name, *[None] * 6, department]

    def rated(mark: str, indicator: str, status: str, department: str) -> list[object]:
        status_cell = None if indicator == blank else status
        return [mark, None, indicator, "1", "2", "3", status_cell, None, department]

    rows: list[list[object]] = [
        ["令和6年度　東浜市第5次総合計画　実施計画事業評価（教育部）"],
        ["担当部：教育部"],
        [],
        ["基本目標3　未来を担う人が育つまち"],
        ["基本方針3-1　学校教育の充実"],
        ["正しく安全にICTを利活用できる人づくり"],
        HEADER,
        group("(1)", MORAL, "学校教育課"),
        rated("ア", "情報モラルの授業の実施率", "A", "学校教育課"),
        rated("イ", "保護者向け研修の参加者数", "A", "学校教育課"),
        rated("ウ", "ネットトラブルの相談件数", "C", "学校教育課"),
        [],
        ["ICTを活用した学びの充実"],
        HEADER,
        group("(2)", DEVICES, "教育指導課"),
        rated("ア", "端末を毎日活用する学級の割合", "S", "教育指導課"),
        rated("イ", "デジタル教科書を導入した教科数", "B", "教育指導課"),
        [],
        ["基本方針3-2　生涯学習の推進"],
        HEADER,
        ["①", "公民館講座充実事業", "講座の参加者数", "1", "2", "3", "A", None, "生涯学習課"],
        ["②", "図書館サービス向上事業", "貸出冊数", "1", "2", "3", "B", None, "図書館"],
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = "実施計画事業評価"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _read(folder: Path) -> planeval.ReadResult:
    (folder / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    config = planeval.load_config(folder / "planeval.toml")
    files = sorted(folder.glob("*.xlsx"))
    return planeval.read_workbooks(files, scale=config.scale, layout=config.layout)


def _projects(read: planeval.ReadResult) -> list[tuple[str, str, str, str]]:
    return [(e.project_name, e.item_label, e.item_name, e.status) for e in read.entries]


EXPECTED = [
    (MORAL, "ア", "情報モラルの授業の実施率", "A"),
    (MORAL, "イ", "保護者向け研修の参加者数", "A"),
    (MORAL, "ウ", "ネットトラブルの相談件数", "C"),
    (DEVICES, "ア", "端末を毎日活用する学級の割合", "S"),
    (DEVICES, "イ", "デジタル教科書を導入した教科数", "B"),
    ("公民館講座充実事業", "", "講座の参加者数", "A"),
    ("図書館サービス向上事業", "", "貸出冊数", "B"),
]


def test_a_numbered_row_over_its_indicators_is_their_project(tmp_path: Path) -> None:
    _form(tmp_path / "08_教育部.xlsx")
    read = _read(tmp_path)
    assert [p for p in read.problems if p.is_error] == []
    assert _projects(read) == EXPECTED
    assert len({e.project_id for e in read.entries}) == 4  # (5 事業 with 3-2's ③, not here)
    groups = {e.project_name: (e.direction_id, e.project_id) for e in read.entries[:5]}
    assert groups[MORAL][0] == groups[DEVICES][0] == "3-1"
    assert groups[MORAL][1] != groups[DEVICES][1]


def test_a_group_named_in_its_number_cell_reads_alike(tmp_path: Path) -> None:
    _form(tmp_path / "08_教育部.xlsx", name_in_number=True)
    read = _read(tmp_path)
    assert [p for p in read.problems if p.is_error] == []
    assert _projects(read) == EXPECTED


def test_an_indicator_left_blank_under_its_group_is_still_said(tmp_path: Path) -> None:
    _form(tmp_path / "08_教育部.xlsx", blank="保護者向け研修の参加者数")
    read = _read(tmp_path)
    errors = [(p.location.cell, p.message) for p in read.problems if p.is_error]
    # (the status and the row as the forms title them, the [wording] read with no word of
    # its own: review 131 #7, review 193 #4)
    assert errors == [
        ("G10", "指標「(1)イ 保護者向け研修の参加者数」の評価が空です（学校教育課の行）")
    ]
    assert len(read.entries) == 6
