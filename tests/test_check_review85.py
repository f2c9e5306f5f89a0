"""check on review 85's workbooks and drafts: 長与町's 計 at the foot of each 基本目標's sheet
(the sheet's count, compared with the whole plan's: exit 1 on a clean book), a change in
brackets with no counter after a count (「0指標（▲2）」 passed unread), a change said after a
status's count (「目標達成（A）は4指標で、前年度から2指標増加しました」: A's, not the total's),
and the verdict counting the workbook's own notes among the draft's paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

NAGAYO_TOML = """\
[scale]
preset = "nagayo"

[layout.titles]
item = ["施策・取組"]

[wording]
policy = "基本目標"
direction = "施策"
project = "取組"
item = "指標"
status = "評価"
"""
HEADER = [
    "番号",
    "施策・取組",
    "指標",
    "策定時",
    "現状値",
    "目標値",
    "評　価",
    "評価の理由",
    "担当課",
]
LEGEND = "評価　Ｓ：計画以上に達成　Ａ：計画どおり達成　Ｂ：概ね達成　Ｃ：達成できなかった　－：評価できない"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "120"})


def _goal(number: str, name: str, measures: dict[str, list[tuple[str, str]]], total: str):
    """A 基本目標's sheet as 長与町's clerk types it: title, legend, header, 「Ⅰ」 over 「1.1」
    over rated 「1.1.1」 rows, and 「計 | … | 3件」 at its foot (the sheet's count)."""
    rows: list[list[object]] = [
        ["長与町第２次情報化推進計画　進捗状況（令和5年度）"],
        [LEGEND],
        [],
        HEADER,
        [number, name],
    ]
    for measure, rated in measures.items():
        rows.append([measure.split()[0], measure.split()[1]])
        for n, (rating, indicator) in enumerate(rated, 1):
            reason = "" if rating in ("S", "A", "Ａ") else "一部が次年度"
            rows.append([f"{measure.split()[0]}.{n}", f"取組{indicator}", indicator, "10件",
                         "12件", "15件", rating, reason, "総務課"])  # fmt: skip
    rows.append(["計", "", "", "", "", "", total])
    return rows


def _nagayo(folder: Path, first: str = "3件", second: str = "4件") -> Path:
    """R5's workbook: 基本目標Ⅰ S 1, A 1, B 1 and one − (評価できない, not counted); 基本目標Ⅱ
    C 1, A 2, B 1 — each sheet's 計 the count of its own rows."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder.parent / "planeval.toml").write_text(NAGAYO_TOML, encoding="utf-8")
    first_goal = {
        "1.1 行政手続のオンライン化": [("S", "電子申請手続数"), ("A", "コンビニ交付率")],
        "1.2 情報発信の充実": [("B", "閲覧数"), ("－", "フォロワー数")],
    }
    second_goal = {
        "2.1 業務の効率化": [("C", "導入業務数"), ("A", "会議資料電子化率")],
        "2.2 情報セキュリティ": [("Ａ", "受講率"), ("B", "更新システム数")],
    }
    sheets = {
        "基本目標Ⅰ": _goal("Ⅰ", "便利で快適な町民サービス", first_goal, first),
        "基本目標Ⅱ": _goal("Ⅱ", "効率的な行政運営", second_goal, second),
    }
    return write_book(folder / "情報化推進計画進捗_R5.xlsx", sheets)


def test_each_goal_s_sheet_total_is_that_goal_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 85 (1): each sheet's 計 (3 and 4) was compared with the whole plan's 7, exit 1,
    while validate said nothing was wrong."""
    _nagayo(tmp_path / "R5")
    monkeypatch.chdir(tmp_path)
    done = run("check", "R5/")
    assert done.exit_code == 0, done.output
    assert "記載件数はすべて集計と一致しています" in done.output


def test_a_wrong_sheet_total_is_said_of_its_goal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _nagayo(tmp_path / "R5", second="5件")
    monkeypatch.chdir(tmp_path)
    done = run("check", "R5/", "-f", "json")
    assert done.exit_code == 1, done.output
    import json

    [wrong] = json.loads(done.output)["disagreements"]
    assert (wrong["scope"], wrong["stated"], wrong["counted"]) == ("基本目標Ⅱ", 5, 4)
    assert wrong["source"]["sheet"] == "基本目標Ⅱ"


def test_a_department_s_sheet_total_counts_its_own_rows(tmp_path: Path) -> None:
    """A sheet per 課 in one workbook, each holding a part of several policies' rows and its
    own 合計: the sheet's rows, not the plan's, nor a policy's."""
    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    sheets = {
        "総務課": [header, ["1-1-1 電子申請", "① 対象拡大", "○", ""],
                   ["2-1-1 職員研修", "① 研修", "△", "日程調整"], ["合計", "", "2件"]],
        "企画課": [header, ["1-1-2 窓口", "① 書かない窓口", "○", ""],
                   ["2-1-2 RPA", "① 導入", "×", "選定遅れ"], ["", "② 拡大", "○", ""],
                   ["合計", "", "4件"]],
    }  # fmt: skip
    path = write_book(tmp_path / "取組状況.xlsx", sheets)
    result = planeval.read_workbooks([path])
    assert len(result.entries) == 5, result.problems
    checked = planeval.check(result)
    [wrong] = checked.disagreements  # (企画課 says 4 of its 3 rows; 総務課's 2 agree)
    assert (wrong.scope, wrong.stated, wrong.counted) == ("シート「企画課」", 4, 3)
    assert checked.compared == 2


HAMAMATSU = PRESETS["hamamatsu"]
KPI_HEADER = [
    "No.",
    "番号",
    "取組",
    "KPI",
    "策定時\n（R3）",
    "現状値",
    "目標値\n（R7）",
    "評価",
    "担当課",
]
# (KPI, 番号, 取組, R5's 評価, R6's) — 2.1.1 has two KPI rows, its 番号 and 取組 merged down
KPIS = [
    ("1", "行かない市役所", "1.1", "オンライン手続"),
    ("オンライン申請率", "1.1.1", "手続のオンライン化", "A", "A"),
    ("キャッシュレス対応窓口数", "1.1.2", "キャッシュレス決済", "B", "B"),
    ("AI-OCR導入業務数", "1.1.3", "AI-OCRの活用", "D", "B"),
    ("2", "デジタル市役所", "2.1", "業務の効率化"),
    ("テレワーク実施職員数", "2.1.1", "働き方改革", "A", "A"),
    ("会議のペーパーレス化率", "2.1.1", "働き方改革", "C", "A"),
]


def _kpi_book(path: Path, year: int) -> Path:
    """浜松市's KPI sheet as its clerk keeps it: title, legend, header, band rows 「1　…」 and
    「1.1　…」 merged across, a running No., 番号 and 取組 merged down a 取組 of two KPIs."""
    era = {5: "令和5年度", 6: "令和6年度"}[year]
    rows: list[list[object]] = [
        [f"浜松市ＤＸ推進計画　ＫＰＩの達成状況（{era}）"],
        ["評価　A：目標達成　B：概ね達成　C：未達成　D：評価できない"],
        [],
        KPI_HEADER,
    ]
    merges, number, previous = [], 0, ""
    for kpi in KPIS:
        if len(kpi) == 4:
            rows.append([f"{kpi[0]}　{kpi[1]}"])
            rows.append([f"{kpi[2]}　{kpi[3]}"])
            merges += [f"A{len(rows) - 1}:I{len(rows) - 1}", f"A{len(rows)}:I{len(rows)}"]
            continue
        name, no, title, r5, r6 = kpi
        number += 1
        same = no == previous
        rating = r5 if year == 5 else r6
        rows.append([number, "" if same else no, "" if same else title, name, "10", "12", "15",
                     rating, "行政経営課"])  # fmt: skip
        if same:
            merges += [f"B{len(rows) - 1}:B{len(rows)}", f"C{len(rows) - 1}:C{len(rows)}"]
        previous = no
    return write_book(path, {"KPI": rows}, merges={"KPI": merges})


def _rounds(tmp_path: Path) -> tuple[planeval.ReadResult, planeval.ReadResult]:
    """R5 (A 2, B 1, C 1, D 1) and R6 (A 3, B 2): A +1, B +1, C ▲1, D ▲1."""
    read = [
        planeval.read_workbooks([_kpi_book(tmp_path / f"DX推進計画KPI_R{year}.xlsx", year)],
                                scale=HAMAMATSU)
        for year in (5, 6)
    ]  # fmt: skip
    assert [len(r.entries) for r in read] == [5, 5], [r.problems for r in read]
    return read[0], read[1]


def _checked(tmp_path: Path, draft: str):
    before, now = _rounds(tmp_path)
    text = tmp_path / "報告書案R6.txt"
    text.write_text(draft, encoding="utf-8")
    return planeval.check(now, scale=HAMAMATSU, texts=[text], previous=before)


@pytest.mark.parametrize(
    ("draft", "what", "stated", "counted"),
    [
        ("評価できない（D）が0指標（▲2）でした。", "D", -2, -1),
        ("目標達成（A）が3指標（▲3）でした。", "A", -3, 1),
        ("評価できない（D）は0指標（前年度比▲2）でした。", "D", -2, -1),
        ("概ね達成（B）が2指標（+2）でした。", "B", 2, 1),
    ],
    ids=("fall of D", "fall of A", "前年度比", "rise of B"),
)
def test_a_bare_change_in_brackets_is_the_count_s_change(
    tmp_path: Path, draft: str, what: str, stated: int, counted: int
) -> None:
    """Review 85 (2): 「0指標（▲2）」 passed unread with --previous; 「（▲2件）」 was caught."""
    [wrong] = _checked(tmp_path, draft).disagreements
    assert (wrong.what, wrong.stated, wrong.counted, wrong.when) == (what, stated, counted, "増減")


def test_a_right_bare_change_agrees(tmp_path: Path) -> None:
    draft = "目標達成（A）が3指標（+1）、評価できない（D）が0指標（▲1）でした。"
    checked = _checked(tmp_path, draft)
    assert checked.agrees and not checked.not_compared, checked.disagreements
    assert checked.compared == 4


def test_other_bracketed_numbers_are_no_changes() -> None:
    from planeval.stated_numbers import read_numbers

    said = "A評価は3指標（令和6年度）、B評価は2指標（1-2）、C評価は0指標（33.3%）、Dは0指標（2）でした。"
    read = [(n.what, n.value, n.when) for n in read_numbers(said, HAMAMATSU)]
    assert read == [("A", 3, ""), ("B", 2, ""), ("C", 0, ""), ("C", 33.3, ""), ("D", 0, "")]


def test_a_change_said_after_a_status_s_count_is_that_status_s(tmp_path: Path) -> None:
    """Review 85 (5): 「目標達成（A）は3指標で、前年度から2指標増加しました」 was compared as
    the total's change (±0), and the clerk told to fix a total never stated."""
    for draft in ("目標達成（A）は3指標で、前年度から2指標増加しました。",
                  "Aは3指標で、前年度から2指標増加しました。"):  # fmt: skip
        [wrong] = _checked(tmp_path, draft).disagreements
        assert (wrong.what, wrong.stated, wrong.counted, wrong.when) == ("A", 2, 1, "増減")
    checked = _checked(tmp_path, "目標達成（A）は3指標で、前年度から1指標増加しました。")
    assert checked.agrees and not checked.not_compared


GYOKAKU_TOML = """\
[scale]
preset = "progress"

[layout]
status_column = "実施状況"

[layout.titles]
issue = ["取り組み状況・課題"]

[wording]
policy = "改革項目"
item = "取り組み項目"
status = "実施状況"
department = "所管課"
"""
GYOKAKU_HEADER = [
    "改革項目",
    "取り組み項目",
    "実施状況 ※必須",
    "達成度 ※必須",
    "取り組み状況・課題",
    "所管課",
]


def _form(folder: Path, section: str, items: list[tuple[str, str, str, str]], total: bool) -> Path:
    """A 課's 調査票 of 桜ヶ丘市's 行政改革大綱 as its clerk fills it in: 所管課 above, 改革項目
    merged down its items 「(1) …」, and 財政課's own 「合計 | 3項目」 row under the table."""
    rows: list[list[object]] = [
        ["令和5年度　第５次桜ヶ丘市行政改革大綱　取り組み項目の進捗状況調査票"],
        ["所管課", section, "", "※実施状況・達成度はプルダウンから選択してください"],
        [],
        GYOKAKU_HEADER,
    ]
    merges, start, previous = [], 5, ""
    for pillar, item, progress, achieved in items:
        if pillar != previous and len(rows) >= start + 1 and previous:
            merges.append(f"A{start}:A{len(rows)}")
        if pillar != previous:
            start = len(rows) + 1
        rows.append(["" if pillar == previous else pillar, item, progress, achieved, "", section])
        previous = pillar
    if len(rows) > start:
        merges.append(f"A{start}:A{len(rows)}")
    if total:
        rows.append(["合計", f"{len(items)}項目"])
    rows += [[], [f"担当：{section}　内線1234"]]
    return write_book(folder / f"{section}.xlsx", {"進捗状況": rows}, merges={"進捗状況": merges})


def gyokaku_r5(tmp_path: Path) -> None:
    """桜ヶ丘市's R5 forms (tmp_path/R5) and its planeval.toml: 財政課's with its own 「合計 |
    3項目」 row under the table, 企画課's without."""
    forms = tmp_path / "R5"
    forms.mkdir()
    _form(forms, "財政課", [("1　事務事業の見直し", "(1) 補助金の見直し", "取組中", "一部達成"),
                            ("1　事務事業の見直し", "(2) 使用料・手数料の適正化", "未着手", "未達成"),
                            ("5　財政の健全化", "(1) 市税収納率の向上", "完了", "一部達成")], True)  # fmt: skip
    _form(forms, "企画課", [("1　事務事業の見直し", "(3) 事務事業評価の実施", "完了", "達成"),
                            ("5　財政の健全化", "(2) 公共施設の再配置", "未着手", "未達成")], False)  # fmt: skip
    (tmp_path / "planeval.toml").write_text(GYOKAKU_TOML, encoding="utf-8")


def test_the_verdict_counts_the_draft_s_paragraphs_apart_from_the_workbook_s_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 85 (14): a 3-line draft was said 「4 段落のうち…」, 財政課's 合計 row counted
    among its paragraphs."""
    gyokaku_r5(tmp_path)
    draft = (
        "令和5年度は、全5項目のうち、完了が2項目、取組中が1項目、未着手が2項目でした。\n"
        "改革項目1「事務事業の見直し」では、3項目のうち完了1項目、取組中1項目、未着手1項目となっています。\n"
        "完了した項目の割合は40.0%でした。\n"
    )
    (tmp_path / "報告書案.txt").write_text(draft, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    done = run("check", "R5/", "--text", "報告書案.txt")
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[-1] == (
        "3 段落とブックの合計の行 1 行の記載件数はすべて集計と一致しています"
    )


def test_a_paragraph_read_sentence_by_sentence_is_one_paragraph() -> None:
    """A paragraph of two levels' sentences is compared sentence by sentence, and is still one
    paragraph of the draft (it was said 「2 段落」)."""
    from planeval.agreement import check
    from tests.test_check_phrasings import cells
    from tests.test_check_review79 import PILLARS, PROGRESS, TWO_PILLARS

    checked = check(cells("2 改革の柱ごとの状況", TWO_PILLARS), PILLARS, scale=PROGRESS)
    assert len(checked.statements) == 2
    assert checked.verdict() == "1 段落の記載件数はすべて集計と一致しています"
