"""上毛県's next round (review 181): 総務部 lists its group (3) 業務の効率化 under 施策7, its
施策6 holding (4) — the groups numbered on through 基本目標3 across 施策5–7, one out of order.
県土整備部, whose 2-(5) and 2-(6) are, never answered. Built with test_review166_through_groups'
builder, its 施策 and groups those of the 令和7年度 forms.

#1: the one group out of order made the whole body read as numbered anew under each 施策: a
false gap of 13 groups (基本目標3 の項目(1) twice) published under 集計, the real 2-(5), 2-(6)
buried, and with the plan every row 「番号が計画と違います」 and 0 counted.
#2: 地域創生部 types 施策7 「データの利活用」, the plan and the other files 「データ利活用の推進」:
the reports used the first file's name, even with the plan, and blamed a file matching it.
#3: compare said the moved group 「項目 3-(3) → 3-(3)」 (番号変更), never 施策6 → 施策7."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

import tests.test_review166_through_groups as gunma
from planeval.cli import app
from tests.test_review166_through_groups import runner

MEASURES = {
    **gunma.MEASURES,
    5: (3, "デジタル人材の育成"),
    6: (3, "県庁のDX"),
    7: (3, "データ利活用の推進"),
}
# (施策, group number, group name, 部局, the line above its table, [(mark, indicator, rating)])
MOVED: list[gunma.Group] = [
    (1, 1, "オンライン化", "総務部", None, [("ア", "電子申請の割合", "前進B"), ("イ", "電子申請の件数", "達成A")]),
    (1, 2, "キャッシュレス化", "総務部", None, [("ア", "窓口数", "後退D")]),
    (2, 3, "医療のデジタル化", "健康福祉部", None, [("ア", "診療機関数", "達成Ａ")]),
    (3, 1, "中小企業のDX", "産業経済部", None, [("ア", "計画策定企業数", "前進B"), ("イ", "相談件数", "横ばい C")]),
    (3, 2, "観光のデジタル化", "産業経済部", None, [("ア", "閲覧数", "横ばい")]),
    (3, 3, "スマート農業", "農政部", None, [("ア", "導入経営体数", "前進B")]),
    (4, 4, "通信環境の整備", "地域創生部", None, [("ア", "光ファイバ整備率", "前進B")]),
    (4, 5, "地域交通", "県土整備部", None, [("ア", "バスロケ導入率", "Ｃ")]),
    (4, 6, "インフラ管理", "県土整備部", None, [("ア", "点検の電子化率", "前進Ｂ")]),
    (4, 7, "移住の促進", "地域創生部", None, [("ア", "相談件数", "達成A")]),
    (5, 1, "情報モラル教育", "教育委員会事務局", None, [("ア", "研修実施校の割合", "前進B")]),
    (5, 2, "1人1台端末の活用", "教育委員会事務局", None, [("ア", "毎日活用する学校", "Ｄ")]),
    (6, 4, "情報セキュリティ", "総務部", None, [("ア", "訓練の開封率", "後退D")]),
    (7, 3, "業務の効率化", "総務部", None, [("ア", "削減した業務時間", "達成A"), ("イ", "テレワークの割合", "前進B"), ("ウ", "ペーパーレス会議の割合", "達成A")]),
    (7, 5, "オープンデータ", "地域創生部", None, [("ア", "データセット数", "前進B")]),
    (7, 6, "県民生活のデータ", "県民生活部", None, [("ア", "オンライン受付の割合", "横ばいC")]),
    (7, 7, "健康データ", "健康福祉部", None, [("ア", "PHRの利用者数", "達成A")]),
]  # fmt: skip
# the plan before the move: 3-(3) under 施策6, where the group stood last year
UNMOVED = [(6, *group[1:]) if group[2] == "業務の効率化" else group for group in MOVED]


@pytest.fixture
def forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The 令和7年度 forms, 総務部's (3) under 施策7; 県土整備部's not sent."""
    monkeypatch.setattr(gunma, "MEASURES", MEASURES)
    monkeypatch.setattr(gunma, "GROUPS", MOVED)
    monkeypatch.setattr(gunma, "LATE", "県土整備部")
    return gunma._forms(tmp_path)


def test_a_group_under_another_measure_is_no_gap_and_the_real_one_is_said(
    tmp_path: Path, forms: Path
) -> None:
    """Without a plan: the gap said, in the terminal and under the export's 集計, is 県土整備部's
    2-(5), 2-(6) alone; no group of 施策6 or 施策7 said missing; every row sent counted once."""
    result = gunma._run(tmp_path, "summarize", str(forms))
    assert result.exit_code == 0, result.output
    assert (
        "項目 2-(5)・2-(6) の行がどのファイルにもありません（2-(1)・2-(2)・2-(3)・2-(4)・2-(7) はあります）"
        in result.output
    )
    assert "3-6-(" not in result.output and "3-7-(" not in result.output
    out = tmp_path / "報告.md"
    result = gunma._run(tmp_path, "export", str(forms), "--md", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "基本目標2 の項目(5)、基本目標2 の項目(6) は報告がなかったため" in text
    assert "基本目標3 の項目" not in text and "基本目標1 の項目" not in text


def test_the_moved_group_counts_once_where_its_rows_say(tmp_path: Path, forms: Path) -> None:
    """By 施策: 総務部's (3) counted under 施策7, the heading its rows stand under, not twice."""
    result = gunma._run(tmp_path, "summarize", str(forms), "--by", "direction", "-f", "json")
    assert result.exit_code == 0, result.output
    totals = {group["label"]: group["total"] for group in json.loads(result.stdout)["groups"]}
    sent = [group for group in MOVED if group[3] != "県土整備部"]
    for measure in (6, 7):
        rows = sum(len(group[5]) for group in sent if group[0] == measure)
        assert totals[f"施策{measure}"] == rows, totals
    assert sum(totals.values()) == sum(len(group[5]) for group in sent)


@pytest.mark.parametrize("plan_groups", [MOVED, UNMOVED], ids=["plan-moved", "plan-before"])
def test_with_the_plan_every_row_sent_is_counted(
    tmp_path: Path, forms: Path, monkeypatch: pytest.MonkeyPatch, plan_groups: list[gunma.Group]
) -> None:
    """With the plan, updated for the move or not: no row said misnumbered, every row sent
    counted (0 before), 県土整備部 named 未提出."""
    monkeypatch.setattr(gunma, "GROUPS", plan_groups)
    plan = gunma._plan(tmp_path)
    monkeypatch.setattr(gunma, "GROUPS", MOVED)
    result = gunma._run(tmp_path, "validate", str(forms), "--plan", str(plan))
    assert "番号が計画と違います" not in result.output, result.output
    assert "県土整備部の回答がどのファイルにもありません（未提出）" in result.output
    result = gunma._run(tmp_path, "summarize", str(forms), "--plan", str(plan), "-f", "json")
    assert result.exit_code == 0, result.output
    counted = gunma._counted()
    total = json.loads(result.stdout)["total"]
    assert total["counts"] == {symbol: counted[symbol] for symbol in "ABCD"}, total


def _renamed(forms: Path, department: str, name: str) -> Path:
    """``department``'s form typing 施策7 as ``name``, its file renamed to be read first."""
    [path] = forms.glob(f"*_{department}_*.xlsx")
    book = load_workbook(path)
    for row in book.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("施策7　"):
                cell.value = f"施策7　{name}"
    first = forms / f"00_{department}_進捗状況.xlsx"
    book.save(first)
    path.unlink()
    return first


def _measure_names(tmp_path: Path, *args: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Each 施策's name in summarize's JSON, and the warnings of a 施策's name (file, message)."""
    result = gunma._run(tmp_path, "summarize", *args, "--by", "direction", "-f", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    warnings = [
        (problem["file"], problem["message"])
        for problem in summary["problems"]
        if "施策7 の名称" in problem["message"]
    ]
    return {group["label"]: group["name"] for group in summary["groups"]}, warnings


def test_a_measure_one_file_names_otherwise_takes_most_files_name(
    tmp_path: Path, forms: Path
) -> None:
    """#2 without a plan: three files say 「データ利活用の推進」, 地域創生部's, read first,
    「データの利活用」: the three's name is used, and the warning names 地域創生部's file."""
    odd = _renamed(forms, "地域創生部", "データの利活用")
    names, [(file, said)] = _measure_names(tmp_path, str(forms))
    assert names["施策7"] == "データ利活用の推進"
    assert file == str(odd)
    assert said.startswith(f"施策7 の名称がファイルによって違います: 「データの利活用」（{odd}）")
    assert said.endswith("ほか 2 ファイル）の「データ利活用の推進」を使います"), said


@pytest.mark.parametrize(
    "planned", ["データ利活用の推進", "データの利活用"], ids=["as-most", "as-one"]
)
def test_with_the_plan_the_plan_s_name_is_used(
    tmp_path: Path, forms: Path, monkeypatch: pytest.MonkeyPatch, planned: str
) -> None:
    """#2 with the plan: its name is the reports' — most files' or the one file's — and the
    warning names a file whose name is not the plan's, never one that matches it."""
    odd = _renamed(forms, "地域創生部", "データの利活用")
    monkeypatch.setitem(gunma.MEASURES, 7, (3, planned))
    plan = gunma._plan(tmp_path)
    names, [(file, said)] = _measure_names(tmp_path, str(forms), "--plan", str(plan))
    assert names["施策7"] == planned
    differs = "データ利活用の推進" if planned == "データの利活用" else "データの利活用"
    assert said.startswith(f"施策7 の名称が計画（{plan}）と違います: 「{differs}」（{file}）")
    assert said.endswith(f"報告書などでは計画の名称「{planned}」を使います")
    assert (file == str(odd)) == (planned != "データの利活用")


def _last_year(tmp_path: Path, forms: Path, indicator: str = "ペーパーレス会議の割合") -> Path:
    """Last year's forms with (3) under 施策6, its ウ (named ``indicator`` in both years)
    横ばいC; this year's titled 令和７年度."""
    last = tmp_path / "前回"
    last.mkdir()
    rated = [
        (*group[:5], [*group[5][:2], ("ウ", indicator, "横ばいC")])
        if group[2] == "業務の効率化"
        else group
        for group in UNMOVED
    ]
    for index, department in enumerate(dict.fromkeys(group[3] for group in rated), 1):
        if department != "県土整備部":
            gunma._form(last / f"{index:02d}_{department}_進捗状況.xlsx", department, rated)
    for path in forms.glob("*.xlsx"):  # (this year's)
        book = load_workbook(path)
        book.active["A1"] = book.active["A1"].value.replace("令和６年度", "令和７年度")
        for row in book.active.iter_rows():
            for cell in row:
                if cell.value == "ペーパーレス会議の割合":
                    cell.value = indicator
        book.save(path)
    return last


def test_compare_says_the_group_moved_to_another_measure(tmp_path: Path, forms: Path) -> None:
    """#3: last year's forms with (3) under 施策6, its ウ 横ばいC: the row and the note say the
    move, 施策6 → 施策7 — not 「3-(3)ウ → 3-(3)ウ」, 「（番号変更）」, 「項目 3-(3) → 3-(3)」."""
    last = _last_year(tmp_path, forms)
    result = gunma._run(tmp_path, "compare", str(last), str(forms))
    assert result.exit_code == 0, result.output
    [row] = [line for line in result.output.splitlines() if "ペーパーレス会議の割合" in line]
    assert row.startswith("│ 3-(3)ウ ") and "評価が上がった（施策6 → 施策7）" in row, row
    said = result.output.replace("\n  ", "")
    assert "施策が前回から変わった指標 2 件（項目 3-(3)、施策6 → 施策7）は、" in said, said
    assert "番号変更" not in said and "3-(3) → 3-(3)" not in said


def test_the_move_is_not_broken_at_80_columns(tmp_path: Path, forms: Path) -> None:
    """#3's leftover: at 80 columns beside a long indicator the 変化 cell read 「評価が上がった」
    over 「（施策6 →」 over 「施策7）」; the move is kept whole, the indicator a line taller."""
    indicator = "ペーパーレス会議の割合（庁内の全会議に占める割合、オンライン会議を含"
    last = _last_year(tmp_path, forms, indicator)
    result = runner.invoke(
        app,
        ["compare", str(last), str(forms), "--config", str(tmp_path / "planeval.toml")],
        env={"COLUMNS": "80"},
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    at = lines.index("指標の評価の変化（令和6年度 → 令和7年度）")
    assert lines[at + 4 : at + 8] == [
        "│ 3-(3)ウ │ ペーパーレス会議の   │ 横ばいC   │ 達成A     │ 評価が上がった      │",
        "│         │ 割合（庁内の全会議に │           │           │ （施策6 → 施策7）   │",
        "│         │ 占める割合、         │           │           │                     │",
        "│         │ オンライン会議を含   │           │           │                     │",
    ]
