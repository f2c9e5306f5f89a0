"""Review 89: rows that share a name are still the rows they are, each by its own number.

- 北山市 (名古屋市's layout: 基本方針 headings over `No. | 事業名 | … | 取組み結果`, A–C) rates No. 1,
  3 and 4 under one 事業名. Left out of a ◎○△× roll-up for its scale, the export's sheet
  集計に含めていない行 listed No. 1 only (9 items of 11), and the export read back said 9 too.
- 平田市 (枚方市's A–E, `No. | 施策名 | 主な取組 | 評価 ※必須`, No. 1–12 straight through under
  band rows 基本目標1–3) names No. 6 and 7 alike: the two 施策 were read as one of two items,
  the rest of the table renumbered (No. 8 shown 2-7, No. 9–12 as 3-1…3-4).
- 白石町 (`No. | 事業名 | 実施内容` with ①②) typed No. 1: shown 1-1 (its 基本方針's number
  before it), not as typed."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

HIRAKATA = PRESETS["hirakata"]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def _kitayama(path: Path) -> Path:
    """北山市's form: No. 1, 3 and 4 of 基本方針1 named alike, rated A–C (名古屋市's)."""
    header = ["No.", "事業名", "事業の概要", "取組み結果", "担当課"]
    first = ["ホームページの改善事業", "窓口のデジタル化事業", "ホームページの改善事業"]
    first += ["ホームページの改善事業", "防災情報の配信事業"]
    rows: list[list[object]] = [["団体名", "北山市"], ["令和5年度 区政運営方針 取組み結果"], []]
    rows += [["基本方針1　安心・安全に暮らせるまち"], header]
    rows += [[n, name, "概要", "CBABA"[n - 1], "地域力推進課"] for n, name in enumerate(first, 1)]
    rows += [[], ["基本方針2　にぎわいと活力のあるまち"], header]
    rows += [[1, "オープンデータの推進事業", "概要", "B", "地域力推進課"]]
    return write_book(path, {"取組み結果": rows})


def _aoba(path: Path) -> Path:
    """青葉市's form, rated ◎○△× by 1-1-1 IDs (世田谷区's)."""
    rows: list[list[object]] = [["団体名", "青葉市"], [], ["番号", "取組項目", "取組内容", "評価"]]
    rows += [[f"1-1-{n}", "電子申請の拡充", f"取組{n}", s] for n, s in enumerate("◎○△", 1)]
    return write_book(path, {"調査票": rows})


def test_items_of_one_name_left_out_are_each_listed_and_read_back(tmp_path: Path) -> None:
    kitayama, aoba = _kitayama(tmp_path / "北山市.xlsx"), _aoba(tmp_path / "青葉市.xlsx")
    out = tmp_path / "県集計.xlsx"
    ran = run("export", "--bodies", "file", str(kitayama), str(aoba), "--keep-going", "--xlsx", str(out))  # fmt: skip
    assert ran.exit_code == 1, ran.stderr  # (北山市's values: errors of the scale, counted past)
    sheet = load_workbook(out)["集計に含めていない行"]
    rows = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert "集計に含めていない実施内容（6 件）" in [row[0] for row in rows if row]
    why = "評価尺度が違うため"
    listed = [row[:4] for row in rows if row[:1] == ["北山市"] and row[-1] == why and len(row) == 5]
    assert listed == [
        ["北山市", "1", 1, "ホームページの改善事業"],
        ["北山市", "1", 2, "窓口のデジタル化事業"],
        ["北山市", "1", 3, "ホームページの改善事業"],
        ["北山市", "1", 4, "ホームページの改善事業"],
        ["北山市", "1", 5, "防災情報の配信事業"],
        ["北山市", "2", 1, "オープンデータの推進事業"],
    ]
    read = planeval.read_workbooks([out])
    (warning,) = [p for p in read.problems if p.location.sheet == "集計に含めていない行"]
    assert "その実施内容 6 件はここでも数えず" in warning.message
    assert len(planeval.counted_past(read).items) == 6


def _hirakata(path: Path) -> Path:
    """平田市's form: No. 1–12 through three 基本目標 band rows, No. 6 and 7 one 施策名."""
    names = [
        "RPAの導入の推進",
        "セキュリティ研修の推進",
        "GISの活用の推進",
        "テレワーク環境整備の推進",
    ]
    names += ["GISの活用の推進", "キャッシュレス決済の推進", "キャッシュレス決済の推進"]
    names += ["学校ICT環境の整備の推進", "セキュリティ研修の推進", "窓口のデジタル化の推進"]
    names += ["SNSでの発信の推進", "防災情報の配信の推進"]
    statuses = ["D", "C", "A", "A", "B", "B", "評価対象外", "A", "D", "A", "D", "B"]
    rows: list[list[object]] = [["団体名：平田市"], ["令和5年度施策評価"], []]
    rows.append(["No.", "施策名", "主な取組", "評価 ※必須", "今後の方向性", "担当部"])
    goals = {1: "基本目標1　安全で安心して暮らせるまち", 5: "基本目標2　健やかに暮らせるまち"}
    goals[9] = "基本目標3　活力あるまち"
    for number, (name, status) in enumerate(zip(names, statuses, strict=True), start=1):
        if number in goals:
            rows.append([goals[number]])
        rows.append([number, name, "主な取組の内容", status, "引き続き取り組む", "市民生活部"])
    return write_book(path, {"施策評価": rows})


def test_two_projects_of_one_name_are_two_each_by_its_own_number(tmp_path: Path) -> None:
    path = _hirakata(tmp_path / "調査票（回答）.xlsx")
    result = planeval.read_workbooks([path], scale=HIRAKATA)
    shown = [(e.policy_id, e.project_shown_id, e.project_name, e.shown_id) for e in result.entries]
    assert [(policy, project) for policy, project, _name, _id in shown] == [
        ("1", "1"), ("1", "2"), ("1", "3"), ("1", "4"), ("2", "5"), ("2", "6"), ("2", "7"),
        ("2", "8"), ("3", "9"), ("3", "10"), ("3", "11"), ("3", "12"),
    ]  # fmt: skip
    assert [own for *_rest, own in shown] == [str(n) for n in range(1, 13)]  # (one shape)
    assert shown[5][2] == shown[6][2] == "キャッシュレス決済の推進"
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "hirakata"\n', encoding="utf-8")
    ran = run("tables", str(path), "--config", str(config), "-f", "plain", "-q")
    assert ran.exit_code == 0, ran.stderr
    lines = [line.split()[:2] for line in ran.stdout.splitlines() if line[:1].isdigit()]
    assert [number for number, _name in lines] == [str(n) for n in range(1, 13)]


def test_a_project_numbered_in_a_column_of_its_own_is_shown_as_typed(tmp_path: Path) -> None:
    """白石町's No. 1 and 2 under 基本方針1, 3 under 基本方針2, their 実施内容 ①②."""
    header = ["No.", "事業名", "実施内容", "達成状況", "課題"]
    rows: list[list[object]] = [["団体名", "東山県白石町"], ["白石町情報化計画 実施状況"], []]
    rows += [["基本方針1　便利な行政サービス"], header]
    rows += [[1, "窓口のデジタル化", "①窓口のデジタル化", "△", "検討中"]]
    rows += [[None, None, "②図書館システム更新", "○"], [2, "電子申請の拡充", "①SNSでの発信", "○"]]
    rows += [[], ["基本方針2　効率的な行政運営"], header]
    rows += [[3, "RPAの導入", "①電子申請の拡充", "×", "検討中"]]
    path = write_book(tmp_path / "白石町.xlsx", {"実施状況": rows})
    result = planeval.read_workbooks([path])
    assert [(e.project_id, e.project_shown_id, e.shown_id) for e in result.entries] == [
        ("1-1", "1", "1①"), ("1-1", "1", "1②"), ("1-2", "2", "2①"), ("2-3", "3", "3①"),
    ]  # fmt: skip
    ran = run("tables", str(path), "-f", "plain", "-q")
    assert ran.exit_code == 0, ran.stderr
    projects = [line.split()[0] for line in ran.stdout.splitlines() if line[:1].isdigit()]
    assert projects == ["1", "2", "3"]
