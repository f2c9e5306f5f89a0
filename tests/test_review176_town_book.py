"""Review 176: 長瀬町's 令和8 workbook, a sheet a 基本目標, made from last year's. Its 基本目標4
was pasted whole from last year's workbook, titled 「（令和７年度実績）」 among four 令和８: it
was counted as 令和8 in silence, the new 施策 4-7 missing (#1). 5-1 has a row for 総務課 (A)
and one for its co-owner 政策推進課 left blank, its remark in 評価の理由: an error saying
「直した後の件数はこの表と異なります」, the item counted once all the same, its remark without
the 「（共管 政策推進課）」 the ward's co-owner gets (#3)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.nagase_forms import NAGASE_HEADER, NAGASE_SETTINGS

RUNNER = CliRunner()

_SETTINGS, _HEADER = NAGASE_SETTINGS, NAGASE_HEADER
# (each 基本目標: its year's title, its 施策 — number, name, 評価, 評価の理由, 担当課)
Row = tuple[str, str, str | None, str, str]
_THIS_YEAR: dict[str, tuple[str, list[Row]]] = {
    "基本目標1": ("令和８", [("1-1", "防災体制の充実", "S", "目標を上回った。", "危機管理課"),
                            ("1-2", "防犯対策の推進", "A", "目標どおり。", "総務課")]),
    "基本目標2": ("令和８", [("2-1", "地域福祉の推進", "A", "目標どおり。", "福祉課"),
                            ("2-2", "子育て支援の充実", "B", "一部届かず。", "こども課")]),
    "基本目標3": ("令和８", [("3-1", "農業の振興", "B", "一部届かず。", "産業振興課"),
                            ("3-2", "商工業の振興", "A", "目標どおり。", "産業振興課"),
                            ("3-3", "関係人口の創出", "A", "目標どおり。", "産業振興課")]),
    "基本目標4": ("令和８", [("4-1", "行財政改革の推進", "A", "目標どおり。", "総務課"),
                            ("4-1", "行財政改革の推進", None, "（総務課所管。当課は予算面で協力）",
                             "政策推進課"),
                            ("4-2", "住民協働の推進", "B", "一部届かず。", "政策推進課")]),
}  # fmt: skip


def _town(folder: Path, goals: dict[str, tuple[str, list[Row]]]) -> Path:
    """長瀬町's workbook, a sheet a 基本目標 as its clerk keeps it."""
    folder.mkdir(parents=True)
    book = Workbook()
    book.remove(book.active)
    for goal, (year, rows) in goals.items():
        sheet = book.create_sheet(goal)
        sheet["A1"] = f"第６次長瀬町総合計画　前期基本計画　施策評価シート（{year}年度実績）"
        sheet["A3"] = f"{goal}　まちづくり"
        sheet.append(_HEADER)
        for number, name, status, reason, department in rows:
            sheet.append((goal[-1], number, name, f"{name}に関する満足度（％）", 40, 60, 50,
                          status, reason, "引き続き取り組む。", department))  # fmt: skip
    book.save(folder / "長瀬町_施策評価_令和8年度.xlsx")
    return folder


def _run(tmp_path: Path, *args: str) -> tuple[int, str]:
    (tmp_path / "planeval.toml").write_text(_SETTINGS, encoding="utf-8")
    ran = RUNNER.invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    assert ran.exception is None or isinstance(ran.exception, SystemExit)
    return ran.exit_code, ran.stdout + ran.stderr


def test_a_sheet_pasted_from_last_year_is_an_error_its_rows_not_counted(tmp_path: Path) -> None:
    """#1: 基本目標3 pasted from last year's workbook — its title 令和７, its values last
    year's, 3-3 (new this year) not on it. As a workbook of another year is (the same rule and
    words: title_years.stale_titles), it is an error at its title's cell, its rows not counted."""
    goals = dict(_THIS_YEAR)
    goals["基本目標3"] = ("令和７", [("3-1", "農業の振興", "S", "目標を上回った。", "産業振興課"),
                                     ("3-2", "商工業の振興", "A", "目標どおり。", "産業振興課")])  # fmt: skip
    forms = _town(tmp_path / "R8", goals)
    book = forms / "長瀬町_施策評価_令和8年度.xlsx"
    code, said = _run(tmp_path, "validate", str(forms))
    assert code == 1
    [line] = [line for line in said.splitlines() if "表題の年度" in line]
    assert line.startswith(
        f"エラー: {book} › 基本目標3 › A1: 表題の年度が令和7年度（2025年度）です"
    )
    assert "ほかの 3 シートは令和8年度（2026年度）" in line
    assert "このシートの行は数えていません" in line
    assert "表題の年度を直してください" in line
    code, said = _run(tmp_path, "summarize", str(forms), "--keep-going", "--format", "csv")
    assert code == 1
    rated = [row for goal, (_y, rows) in goals.items() if goal != "基本目標3" for row in rows]
    counted = {number for number, _n, status, _r, _d in rated if status}
    total = next(line for line in said.splitlines() if line.startswith("合計"))
    assert total.split(",")[6] == str(len(counted))  # (基本目標3's rows not among them)


def test_sheets_of_one_year_say_nothing_of_it(tmp_path: Path) -> None:
    filled = dict(_THIS_YEAR)
    filled["基本目標4"] = ("令和８", [r for r in _THIS_YEAR["基本目標4"][1] if r[2]])
    code, said = _run(tmp_path, "validate", str(_town(tmp_path / "R8", filled)))
    assert code == 0, said
    assert "表題の年度" not in said


def test_a_co_owner_s_blank_row_beside_its_lead_s_is_said_as_the_ward_s_is(
    tmp_path: Path,
) -> None:
    """#3: 4-1's row for 政策推進課, left blank below 総務課's A, its remark in 評価の理由. As a
    co-owner's blank in a file of its own: a notice, the item counted once, exit 0, and its
    remark kept with the item as 「（共管 政策推進課）…」."""
    forms = _town(tmp_path / "R8", _THIS_YEAR)
    book = forms / "長瀬町_施策評価_令和8年度.xlsx"
    code, said = _run(tmp_path, "validate", str(forms))
    assert code == 0, said
    assert "エラー" not in said and "直した後の件数" not in said
    [line] = [line for line in said.splitlines() if "空欄" in line]
    assert line == (
        f"お知らせ: {book} › 基本目標4: 評価が空欄の 1 行（H6）は、同じファイルのほかの行"
        "（基本目標4 › H5）で記入された同じ施策を数えました。評価の理由・今後の方向性の欄（I6）"
        "の記載は、数えた行の評価の理由・今後の方向性に「（共管 政策推進課）」を付けて載せました"
    )
    code, said = _run(tmp_path, "summarize", str(forms), "--format", "csv")
    assert code == 0
    rated = {row[0] for _y, rows in _THIS_YEAR.values() for row in rows if row[2]}
    total = next(line for line in said.splitlines() if line.startswith("合計"))
    assert total.split(",")[6] == str(len(rated))  # (4-1 once)
    code, said = _run(tmp_path, "export", str(forms), "--md", str(tmp_path / "r.md"))
    assert code == 0, said
    report = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert report.count("当課は予算面で協力") == 1
    assert "（共管 政策推進課）（総務課所管。当課は予算面で協力）" in report


def test_a_blank_row_of_the_same_department_is_still_an_error(tmp_path: Path) -> None:
    """A second row of 4-2 for its own 政策推進課, left blank: no co-owner's, its error kept."""
    goals = dict(_THIS_YEAR)
    rows = [r for r in _THIS_YEAR["基本目標4"][1] if r[2]]
    goals["基本目標4"] = ("令和８", [*rows, ("4-2", "住民協働の推進", None, "", "政策推進課")])
    code, said = _run(tmp_path, "validate", str(_town(tmp_path / "R8", goals)))
    assert code == 1
    assert "施策「4-2 住民協働の推進」" in said and "の評価が空です" in said


def test_statuses_typed_with_their_words_are_told_once(tmp_path: Path) -> None:
    """#8: 「A（達成）」 was read as A in silence. Counted so, with one notice for the workbook
    naming each such cell — not a warning: planeval's templates offer the symbols alone."""
    goals = dict(_THIS_YEAR)
    goals["基本目標2"] = ("令和８", [("2-1", "地域福祉の推進", "A（達成）", "目標どおり。", "福祉課"),
                                     ("2-2", "子育て支援の充実", "B", "一部届かず。", "こども課")])  # fmt: skip
    goals["基本目標3"] = ("令和８", [("3-1", "農業の振興", "A（達成）", "目標どおり。", "産業振興課"),
                                     ("3-2", "商工業の振興", "S（計画以上に達成）", "上回った。", "産業振興課")])  # fmt: skip
    forms = _town(tmp_path / "R8", goals)
    book = forms / "長瀬町_施策評価_令和8年度.xlsx"
    code, said = _run(tmp_path, "validate", str(forms))
    assert code == 0, said
    [line] = [line for line in said.splitlines() if "記号と言葉" in line]
    assert line.startswith(f"お知らせ: {book}: 評価を記号と言葉で入力したセルが 3 か所あります")
    assert "「A（達成）」 基本目標2!H5・基本目標3!H5 → A（計画どおり達成）" in line
    assert (
        "「S（計画以上に達成）」 基本目標3!H6 → S）" in line
    )  # (its label already: review 206 #4)
    assert "警告" not in said
    code, said = _run(tmp_path, "summarize", str(forms), "--format", "csv")
    rated = [row for _y, rows in goals.values() for row in rows if row[2]]
    a_rows = [row for row in rated if row[2].startswith("A")]
    total = next(line for line in said.splitlines() if line.startswith("合計"))
    assert total.split(",")[3] == str(len(a_rows))  # (A（達成） counted as A)
