"""山並県's indicator tables, 令和8年度 (review 142): one form per 部局, 項目 | 指標 | 策定時 | 前年度 |
現状値 | 目標値 | 指標の評価 | 課題 | 担当課 under 「基本目標N …」 and 「施策N「…」」, a group row
「(1) 名前」 over its indicators ア, イ.

Finding 2: an indicator typed over two rows, 小学校's figures on the first (with its rating) and
中学校's on the second: the second row's figures were in no output, and check asked what they
were a share of. Finding 5: a rating typed on a group row 「(3) …」 also rejected the correct
indicator below it, told to renumber it to what it was. Finding 6: a 部局 that sent only a PDF
was 未提出, the PDF said only in a notice -q hides. Finding 7: a rating typed in 課題 on a
co-owner's row (its lead's row rates the indicator) was said nowhere."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.test_review140_indicator_marks import HEADER, TOML

# (施策, its name, group, its name, mark, 指標, 担当課)
PLAN = [
    (1, "デジタル窓口の推進", 2, "県税のキャッシュレス納付", "ア", "キャッシュレス納付の割合", "総務部"),
    (1, "デジタル窓口の推進", 3, "マイナンバーカードの利活用", "ア", "マイナンバーカードで申請できる手続数", "総務部"),
    (2, "オープンデータの推進", 1, "オープンデータの推進", "ア", "公開データセット数", "企画部"),
    (2, "オープンデータの推進", 1, "オープンデータの推進", "イ", "市町村と共同公開したデータ数", "企画部・県民生活部"),
    (6, "教育の情報化", 1, "一人一台端末の活用", "ア", "授業でICTを活用できる教員の割合", "教育委員会"),
    (6, "教育の情報化", 1, "一人一台端末の活用", "イ", "家庭学習で端末を利用する児童生徒の割合", "教育委員会"),
    (5, "産業・インフラのDX", 2, "インフラ情報の公開", "ア", "道路規制情報のリアルタイム提供区間", "県土整備部"),
]  # fmt: skip


def write_plan(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "計画"
    sheet.append(["基本目標", "施策", "項目番号", "項目", "指標番号", "指標", "担当課"])
    for policy, name, group, group_name, mark, indicator, owners in PLAN:
        sheet.append(["基本目標1 県民の利便性向上", f"施策{policy} {name}", f"1-{policy}-({group})",
                      group_name, mark, indicator, owners])  # fmt: skip
    book.save(path)
    return path


def write_form(path: Path, department: str, policy: int, rows: list[list[object]]) -> Path:
    """A 部局's form: its one 施策's table, ``rows`` under the header (group rows included)."""
    book = Workbook()
    sheet = book.active
    sheet.title = department
    sheet.append(["山並県情報化推進計画 進捗状況調査票（令和8年度）"])
    sheet.append([f"部局名：{department}"])
    sheet.append([])
    sheet.append(["基本目標1 県民の利便性向上"])
    sheet.append([f"施策{policy}「{next(p[1] for p in PLAN if p[0] == policy)}」"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# 教育委員会's 施策6: ア over two rows (小/中), its rating on the first
EDUCATION = [
    ["(1) 一人一台端末の活用"],
    ["ア", "授業でICTを活用できる教員の割合", "85.1%(小)", "97.0%(小)", "98.5%(小)", "100%", "前進Ｂ",
     None, "教育委員会"],
    [None, None, "80.2%(中)", "98.2%(中)", "96.0%(中)", "100%"],
    ["イ", "家庭学習で端末を利用する児童生徒の割合", "40%", "81%", "86%", "80%", "達成Ａ", None, "教育委員会"],
]  # fmt: skip


def education(folder: Path, *, merged: bool) -> Path:
    """教育委員会's form, its two rows of ア merged in 項目, 指標 and 担当課 (as its clerk typed
    it) or not: the second row's 項目 and 指標 blank."""
    path = write_form(folder / "R8_教育委員会.xlsx", "教育委員会", 6, EDUCATION)
    if merged:
        from openpyxl import load_workbook

        book = load_workbook(path)
        for column in "ABI":
            book.active.merge_cells(f"{column}8:{column}9")
        book.save(path)
    return path


def run(tmp_path: Path, *args: str):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return CliRunner().invoke(
        app, [*args, "--config", str(tmp_path / "planeval.toml")], env={"COLUMNS": "200"}
    )


def read(tmp_path: Path, folder: Path) -> planeval.ReadResult:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = planeval.load_config(tmp_path / "planeval.toml")
    return planeval.read_workbooks(
        [folder], scale=config.scale, layout=config.layout, wording=config.wording
    )


def test_an_indicator_over_two_rows_carries_its_second_row_of_figures(tmp_path: Path) -> None:
    """The 中学校 row's figures are joined to the indicator's, as a cell of two figures is
    typed (「85.1%(小) 80.2%(中)」, a target both rows give alike once), merged or not; the
    indicator counted once, and the row no text of the sheet (check's 「何の割合か」)."""
    for merged in (True, False):
        folder = tmp_path / f"merged{merged}"
        folder.mkdir()
        education(folder, merged=merged)
        result = read(tmp_path, folder)
        assert [(e.item_label, e.status) for e in result.entries] == [("ア", "B"), ("イ", "A")]
        first = dict(result.values[result.entries[0].location])
        assert first == {
            "策定時": "85.1%(小) 80.2%(中)",
            "前年度": "97.0%(小) 98.2%(中)",
            "現状値": "98.5%(小) 96.0%(中)",
            "目標値": "100%",
        }
        assert not [cell.text for cell in result.texts if "(中)" in cell.text]
        assert not [p for p in result.problems if p.location.cell and p.location.cell.endswith("9")]


def test_the_second_row_of_figures_is_in_the_tables_and_check_passes(tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    education(folder, merged=True)
    shown = run(tmp_path, "tables", str(folder), "-f", "json")
    assert shown.exit_code == 0, shown.output
    assert "80.2%(中)" in json.dumps(json.loads(shown.output), ensure_ascii=False)
    text = tmp_path / "報告書.txt"
    text.write_text("施策6では、2指標を評価しました。\n", encoding="utf-8")
    checked = run(tmp_path, "check", str(folder), "--text", str(text), "-q")
    assert checked.exit_code == 0, checked.output
    assert "読み取れません" not in checked.output


def test_a_rated_group_row_is_one_error_and_its_indicator_is_read_under_it(
    tmp_path: Path,
) -> None:
    """総務部's 「(3) マイナンバーカードの利活用」 rated 前進B by mistake: that one error, at its
    rating's cell; the indicator ア below is (3)ア, the plan's number — not told to renumber it
    — and --keep-going counts it."""
    folder = tmp_path / "replies"
    folder.mkdir()
    write_form(folder / "R8_総務部.xlsx", "総務部", 1, [
        ["(2) 県税のキャッシュレス納付"],
        ["ア", "キャッシュレス納付の割合", "22.0%", "41.2%", "46.8%", "40.0%", "達成A", None, "総務部"],
        ["(3) マイナンバーカードの利活用", None, None, None, None, None, "前進B"],
        ["ア", "マイナンバーカードで申請できる手続数", "-", "20手続", "64手続", "60手続", "達成A", None,
         "総務部"],
    ])  # fmt: skip
    plan = write_plan(tmp_path / "計画.xlsx")
    result = read(tmp_path, folder)
    errors = [(p.location.cell, p.message) for p in result.problems if p.is_error]
    assert [cell for cell, _message in errors] == ["G9"], errors
    assert [(e.project_id, e.item_label) for e in result.entries] == [
        ("1-1-2", "ア"),
        ("1-1-3", "ア"),
    ]
    counted = run(tmp_path, "summarize", str(folder), "--plan", str(plan), "--keep-going")
    assert "G10" not in counted.output and "番号が計画と違います" not in counted.output
    assert counted.output.count("エラー: ") == 1, counted.output


def test_a_department_that_sent_only_a_pdf_is_said_so_where_its_reply_is_missing(
    tmp_path: Path,
) -> None:
    """県土整備部's R8_県土整備部.pdf, in place of its workbook: the warning -q shows and the
    export's reason say it came as a PDF (as an .xls is said), not that nothing came."""
    folder = tmp_path / "replies"
    folder.mkdir()
    education(folder, merged=False)
    (folder / "R8_県土整備部.pdf").write_bytes(b"%PDF-1.4\n")
    plan = write_plan(tmp_path / "計画.xlsx")
    said = run(tmp_path, "summarize", str(folder), "--plan", str(plan), "-q")
    warned = [line for line in said.output.splitlines() if "県土整備部の" in line]
    assert any(
        "県土整備部の回答がPDFで提出されたため（未提出、PDFで提出）" in line for line in warned
    )
    assert any(
        "県土整備部に調査票を Excel ブック（.xlsx）で送ってもらい" in line for line in warned
    )
    assert not any("回答がどのファイルにもありません" in line for line in warned), warned
    out = tmp_path / "報告.md"
    exported = run(tmp_path, "export", str(folder), "--plan", str(plan), "--md", str(out), "-qq")
    assert out.exists(), exported.output
    written = out.read_text(encoding="utf-8")
    assert "県土整備部の1指標は、回答がPDFで提出されたため集計に含めていません" in written
    assert "未提出（PDFで提出）：所管部の回答がPDFで提出されたため" in written  # (its rows' legend)
    listed = run(tmp_path, "validate", str(folder), "--plan", str(plan), "-q")
    assert "未提出（PDFで提出）" in listed.output


def test_a_rating_typed_in_the_issue_of_a_co_owners_row_is_said(tmp_path: Path) -> None:
    """県民生活部 co-owns イ, which 企画部 rates; its own row's rating cell blank (as a co-owner
    leaves it) and 「前進B」 typed in 課題: said at that cell, as a rating typed in 課題 is."""
    folder = tmp_path / "replies"
    folder.mkdir()
    write_form(folder / "R8_企画部.xlsx", "企画部", 2, [
        ["(1) オープンデータの推進"],
        ["ア", "公開データセット数", "150", "410", "455", "400", "A", None, "企画部"],
        ["イ", "市町村と共同公開したデータ数", "30", "80", "92", "100", "B", None, "企画部・県民生活部"],
    ])  # fmt: skip
    write_form(folder / "R8_県民生活部.xlsx", "県民生活部", 2, [
        ["(1) オープンデータの推進"],
        ["イ", "市町村と共同公開したデータ数", "30", "80", "92", "100", None, "前進B",
         "企画部・県民生活部"],
    ])  # fmt: skip
    result = read(tmp_path, folder)
    said = [
        p for p in result.problems if p.location.cell == "H8" and "県民生活部" in p.location.file
    ]
    assert [p.message for p in said] == [
        "課題の欄に「前進B」とあります。この行の指標の評価（G8）は空欄で、ほかのファイルで記入された"
        f"同じ評価（B: {result.entries[1].location}）を数えました"
    ]
    assert [(e.item_label, e.status) for e in result.entries] == [("ア", "A"), ("イ", "B")]
