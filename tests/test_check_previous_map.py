"""check --previous with a plan revised between the years: 窓口の案内 was project 1-1-2 last
year and is 1-2-1 this year (庁内LANの更新 1-2-1 → 1-2-2). The report's 「前年度は◎が1件、○が1件」
under 1-2 speaks of this year's 1-2, yet last year's round was counted by its own numbers
(1-2: 庁内LAN alone), a wrong disagreement with exit 1. compare takes --map for this; check
now takes the same --map / --map-file for its --previous round (one parser, one renumbering:
cycle/pairing.py), and says that they go with --previous."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
LAST_YEAR = [
    ["1-1-1 電子申請の拡充", "① 手続の追加", "○", ""],
    ["", "② 利用案内", "△", "周知が遅れた"],
    ["1-1-2 窓口の案内", "① 案内表示の更新", "○", ""],
    ["1-2-1 庁内LANの更新", "① 機器の更新", "◎", ""],
]
THIS_YEAR = [
    ["1-1-1 電子申請の拡充", "① 手続の追加", "◎", ""],
    ["", "② 利用案内", "○", ""],
    ["1-2-1 窓口の案内", "① 案内表示の更新", "○", ""],
    ["1-2-2 庁内LANの更新", "① 機器の更新", "○", ""],
]
MAP = ["1-1-2=1-2-1", "1-2-1=1-2-2"]
TEXT = (
    "## 1 デジタル化\n\n### 1-2\n\n前年度は◎が1件、○が1件でしたが、今年度は○が2件となりました。\n"
)


def _book(path: Path, year: str, rows: list[list[str]]) -> Path:
    """One year's Chapter 3 workbook, the year in its title."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "第3章"
    sheet.append([f"{year} 情報化計画の達成状況"])
    sheet.append([])
    for row in [HEADER, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def _rounds(root: Path) -> tuple[Path, Path, Path]:
    """(this year's folder, last year's folder, the report's text)."""
    _book(root / "r4" / "達成状況_令和4年度.xlsx", "令和4年度", LAST_YEAR)
    _book(root / "r5" / "達成状況_令和5年度.xlsx", "令和5年度", THIS_YEAR)
    (root / "報告書.md").write_text(TEXT, encoding="utf-8")
    return root / "r5", root / "r4", root / "報告書.md"


def _check(root: Path, *args: str) -> tuple[int, list[str], str]:
    now, _last, text = _rounds(root)
    result = CliRunner().invoke(
        app, ["check", str(now), f"--text={text}", *args], env={"COLUMNS": "200"}
    )
    return result.exit_code, result.stdout.splitlines(), result.stderr


def test_the_library_counts_last_years_rows_by_this_years_numbers(tmp_path: Path) -> None:
    now, last, text = _rounds(tmp_path)
    read, before = planeval.read_workbooks([now]), planeval.read_workbooks([last])
    unmapped = planeval.check(read, texts=[text], previous=before)
    (wrong,) = unmapped.disagreements
    assert (wrong.scope, wrong.what, wrong.stated, wrong.counted) == ("1-2", "○", 1, 0)
    mapped = planeval.check(
        read, texts=[text], previous=before, mapping=dict(m.split("=") for m in MAP)
    )
    assert mapped.agrees and not mapped.disagreements and mapped.compared == 3


def test_check_map_renumbers_the_previous_round(tmp_path: Path) -> None:
    code, out, err = _check(tmp_path, f"--previous={tmp_path / 'r4'}")
    assert code == 1, err
    assert out[-1] == "1 段落のうち、記載と集計の食い違いが 1 件あります"
    maps = [f"--map={pair}" for pair in MAP]
    code, out, err = _check(tmp_path, f"--previous={tmp_path / 'r4'}", *maps)
    assert code == 0, err
    assert out == ["1 段落の記載件数はすべて集計と一致しています"]


def test_a_check_map_pair_naming_nothing_is_a_warning(tmp_path: Path) -> None:
    """Review 67: check --previous took a mistyped pair silently, as compare once did."""
    maps = [f"--map={pair}" for pair in (*MAP, "9-9-9=9-9-8")]
    code, out, err = _check(tmp_path, f"--previous={tmp_path / 'r4'}", *maps)
    assert code == 0 and out == ["1 段落の記載件数はすべて集計と一致しています"], err
    assert "警告: --map: 9-9-9=9-9-8 は使っていません（前回の評価に 9-9-9 がありません" in err


def test_check_map_file_is_read_as_compares(tmp_path: Path) -> None:
    (tmp_path / "対応表.csv").write_text("1-1-2,1-2-1\n1-2-1,1-2-2\n", encoding="utf-8")
    args = (f"--previous={tmp_path / 'r4'}", f"--map-file={tmp_path / '対応表.csv'}")
    code, out, err = _check(tmp_path, *args)
    assert code == 0, err
    assert out == ["1 段落の記載件数はすべて集計と一致しています"]


def test_check_map_without_previous_is_a_usage_error(tmp_path: Path) -> None:
    code, _out, err = _check(tmp_path, "--map=1-1-2=1-2-1")
    assert code == 2
    assert err.splitlines() == [
        "エラー: --map と --map-file は前年度の回答の番号の対応です。--previous と一緒に指定してください"
    ]


def test_check_map_of_another_form_is_a_usage_error(tmp_path: Path) -> None:
    code, _out, err = _check(tmp_path, f"--previous={tmp_path / 'r4'}", "--map=1-1-2")
    assert code == 2
    assert err.splitlines() == [
        "エラー: --map には「旧=新」の形で番号を指定してください（compare・rounds の表の ID"
        " のまま、一つの行ごと: 1-(2)イ=3-(3)ア や 1-1-3②=1-1-4③、事業ごと（その下の行すべて）: "
        "1-1-3=1-1-4 や 1-(2)=3-(3) や 1.1.3=1.1.4）（指定された値: '1-1-2'）"
    ]
