"""A body whose [wording] department is 所管部局 hears of its units as 部局 — over its 局 and
those named neither (教育委員会, 警察本部) — in its forms (記入する部局, the column 所管部局) and in
validate's messages (「14 部局のうち」, 「この部局が所管する」), not as 局 (review 161 #9). A city
whose word is 所管局 still hears 局 (test_department_words)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.designated_city import PLAN, city, returned, run

EDUCATION = "教育委員会事務局"
BUREAUS = list(dict.fromkeys(bureau for *_row, bureau in PLAN))


def _prefecture(tmp_path: Path) -> Path:
    home = city(tmp_path)
    settings = (home / "planeval.toml").read_text(encoding="utf-8")
    worded = settings.replace('department = "所管局"', 'department = "所管部局"')
    assert worded != settings
    (home / "planeval.toml").write_text(worded, encoding="utf-8")
    return home


def test_the_forms_say_the_bodys_word(tmp_path: Path) -> None:
    home = _prefecture(tmp_path)
    out = home / "調査票R7"
    run(home, "template", str(home / "計画.xlsx"), "--fiscal-year", "令和7", "-o", str(out),
        "--split-by", "department")  # fmt: skip
    sheet = load_workbook(out / f"実施状況調査票_2025_{EDUCATION}.xlsx")["実施状況"]
    assert str(sheet["A2"].value).startswith(f"記入する部局: {EDUCATION}　")
    assert "所管部局" in [cell.value for cell in sheet[5]]
    assert "所管局" not in [cell.value for cell in sheet[5]]


def test_validate_says_the_bodys_word(tmp_path: Path) -> None:
    home = _prefecture(tmp_path)
    folder = returned(home, without=(EDUCATION,))
    said = run(home, "validate", str(folder), "-f", "csv", code=1)
    lines = said.lstrip("\ufeff").splitlines()
    assert "この部局が所管する計画の" in lines[1]
    assert lines[1].endswith("部局ごとの提出状況は、提出状況の表を見てください")
    assert "部局,状況,所管の取組,ファイル" in lines
    said = run(home, "validate", str(folder), "-f", "plain", code=1)
    assert said.splitlines()[-1] == (
        f"{len(BUREAUS)} 部局のうち、未提出 1 部局（{EDUCATION}）があります"
    )


def test_the_report_says_the_bodys_word(tmp_path: Path) -> None:
    """The export's note of the items not returned: 所管部局, not 所管局 (nor 所管部 of 警察本部)."""
    home = _prefecture(tmp_path)
    folder = returned(home, without=(EDUCATION,))
    md = tmp_path / "r6.md"
    run(home, "export", str(folder), "--md", str(md), "-q")
    text = md.read_text(encoding="utf-8")
    assert "所管部局の回答が提出されていない" in text, text
    assert "所管局の" not in text, text
