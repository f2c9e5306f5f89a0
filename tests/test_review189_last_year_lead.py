"""Review 189 #3 (西多摩川市, 達成度 1–5, per-局 評価票 with 所管局・関係局 columns): 総務企画局 sent
back last year's form (令和5年度). validate said 「総務企画局 | 未記入 1件・記入誤り 2件 | 3 |
まちづくり局.xlsx」 and an error at まちづくり局's blank copy of 総務企画局's item (「…の達成度が
空です（総務企画局の行）」), asking a co-owner to rate another 局's item. The co-owner's blank waits
for the lead's form of this year: no error there; 総務企画局 is 未提出 with last year's form named,
as summarize's note says (「…回答が別の年度の調査票で提出されたため（未提出、令和5年度の調査票）」).
A lead's own blank in its form of this year stays an error, its last year's form beside it or not."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import KAWASAKI

POLICY = "1 安心・安全で快適に暮らせるまち"
MEASURES = {"1-1": "1-1 災害に強いまちづくり", "1-2": "1-2 地域の安全・安心と文化"}
# (施策, 事務事業名, 重点, 所管局, 関係局, 令和5年度, 令和6年度)
ROWS = [
    ("1-1", "地域防災計画推進事業", "●", "総務企画局", "", 3, 2),
    ("1-1", "防災情報発信事業", "", "総務企画局", "まちづくり局", 3, 3),
    ("1-1", "避難所環境整備事業", "●", "まちづくり局", "", 2, 1),
    ("1-2", "防犯灯LED化事業", "", "市民文化局", "", 4, 3),
    ("1-2", "交通安全推進事業", "", "市民文化局", "", 3, 4),
]
TOML = KAWASAKI + '\n[columns]\nignore = ["関係局"]\n'  # (the co-owner column, as the city's)


def _form(path: Path, bureau: str, year: int) -> None:
    """A 局's 評価票 of 令和{year}年度: its own rows rated, a co-owner's copy of its lead's row
    left blank (関係局)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "評価票"
    sheet.append([f"令和{year}年度　施策進行管理・評価票（事務事業）"])
    sheet.append([f"所管局：{bureau}"])
    sheet.append([])
    sheet.append(
        ["政策", "施策", "事務事業名", "重点", "達成度", "課題・今後の方向性", "所管局", "関係局"]
    )
    for measure, name, mark, lead, co, r5, r6 in ROWS:
        if bureau in (lead, co):
            status = (r5 if year == 5 else r6) if bureau == lead else None
            issue = "目標値に届かなかった。手法を見直す。" if status == 4 else ""
            sheet.append([POLICY, MEASURES[measure], name, mark, status, issue, lead, co])
    book.save(path)


def _city(tmp_path: Path) -> Path:
    """計画.xlsx, planeval.toml and R6a/: まちづくり局 and 市民文化局 on this year's form, 総務企画局
    on last year's."""
    book = Workbook()
    sheet = book.active
    sheet.title = "事務事業一覧"
    sheet.append(["政策", "施策", "事務事業名", "重点", "所管局", "関係局"])
    for measure, name, mark, lead, co, _r5, _r6 in ROWS:
        sheet.append([POLICY, MEASURES[measure], name, mark, lead, co])
    book.save(tmp_path / "計画.xlsx")
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    folder = tmp_path / "R6a"
    folder.mkdir()
    _form(folder / "総務企画局.xlsx", "総務企画局", 5)  # (last year's form sent back)
    for bureau in ("まちづくり局", "市民文化局"):
        _form(folder / f"{bureau}.xlsx", bureau, 6)
    return folder


def _validate(tmp_path: Path, folder: Path) -> tuple[int, str]:
    """validate's exit code and output: its problems, then its 提出状況."""
    result = CliRunner().invoke(
        app,
        ["validate", str(folder), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "200"},
    )
    return result.exit_code, result.stdout


def test_a_lead_that_sent_last_year_s_form_is_未提出_and_its_co_owner_s_blank_no_error(
    tmp_path: Path,
) -> None:
    folder = _city(tmp_path)
    code, out = _validate(tmp_path, folder)
    assert code == 1  # (last year's form: its error at its title)
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out.splitlines()]
    assert ["総務企画局", "未提出（令和5年度の調査票）", "2", "総務企画局.xlsx"] in rows, out
    assert ["まちづくり局", "提出済", "1", "まちづくり局.xlsx"] in rows, out
    assert "3 局のうち、未提出 1 局（総務企画局）があります" in out, out
    assert "未記入" not in out and "記入誤り" not in out, out
    # the co-owner's blank copy: no error, not asked of まちづくり局
    assert f"{folder / 'まちづくり局.xlsx'} ›" not in out, out
    assert "防災情報発信事業" not in out, out
    errors = [line for line in out.splitlines() if line.startswith("エラー: ")]
    assert errors == [
        f"エラー: {folder / '総務企画局.xlsx'} › 評価票 › A1: 表題の年度が令和5年度（2023年度）です"
        "（ほかの 2 ファイルは令和6年度（2024年度））。このファイルの行は数えていません（前の年度の"
        "ブックなら、今年度のものを送り直してもらってください。表題の直し忘れなら、表題の年度を"
        "直してください）"
    ], out
    assert (
        f"警告: {tmp_path / '計画.xlsx'} › 事務事業一覧 › E2: 総務企画局の回答が別の年度の調査票で"
        "提出されたため（未提出、令和5年度の調査票）、この局が所管する計画の事務事業 2 件は集計に"
        "含まれていません"
    ) in out, out


def test_a_lead_s_own_blank_in_this_year_s_form_stays_an_error_beside_last_year_s(
    tmp_path: Path,
) -> None:
    """Its last year's form sent too: its blank of this year is its own to fill in, said at its
    own cell, not at the co-owner's copy first (as it was: 「まちづくり局.xlsx › E5」)."""
    folder = _city(tmp_path)
    (folder / "総務企画局.xlsx").rename(folder / "総務企画局_令和5年度.xlsx")
    _form(folder / "総務企画局.xlsx", "総務企画局", 6)
    book = load_workbook(folder / "総務企画局.xlsx")
    book["評価票"]["E6"] = None  # (防災情報発信事業, its own row, left blank)
    book.save(folder / "総務企画局.xlsx")
    code, out = _validate(tmp_path, folder)
    assert code == 1
    errors = [line.split(": ")[0:2] for line in out.splitlines() if line.startswith("エラー: ")]
    assert errors == [
        ["エラー", f"{folder / '総務企画局.xlsx'} › 評価票 › E6"],
        ["エラー", f"{folder / '総務企画局_令和5年度.xlsx'} › 評価票 › A1"],
    ], out
    assert (
        "事務事業「防災情報発信事業（1-1 災害に強いまちづくり）」の達成度が空です（総務企画局の行）"
        "（1 2 3 4 5 のいずれかを入力してください）"
    ) in out, out
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out.splitlines()]
    assert ["総務企画局", "未記入 1件", "2", "総務企画局.xlsx"] in rows, out
