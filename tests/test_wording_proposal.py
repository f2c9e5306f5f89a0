"""A prefecture rolling up its municipalities' ITプラン workbooks (--bodies folder, [scale]
preset = "aichi" alone) is offered the [wording] its tables give (review 27): 基本方針 for the
policy and 施策 for the level under it, never one word for two levels, and the bodies whose
tables give another word named; a [wording] is the outputs' words and never moves a column's
level (the block once offered, 基本方針 for both, read 春日井市's 施策 as its 基本方針); and a
planeval.toml giving two levels one word is refused, exit 2, naming its lines."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

POLICIES = {"1": "行政サービスのデジタル化", "2": "デジタル基盤の整備"}
MEASURES = {
    "1-1": "行政手続のオンライン化",
    "1-2": "窓口のスマート化",
    "2-1": "情報セキュリティ対策",
    "2-2": "デジタル人材の育成",
}
# each body's 事業: (its number, name, 達成率, 評価), as its clerk typed them
KASUGAI = [
    ("1-1-1", "書かない窓口", 0.95, "B"),
    ("1-1-2", "ペーパーレス会議", 0.4, "D"),
    ("1-1-3", "キャッシュレス決済の導入", 0.4, "D"),
    ("1-2-1", "職員研修の実施", 1.1, "A"),
    ("1-2-2", "電子申請の拡充", 0.85, "B"),
    ("2-1-1", "庁内ネットワーク強化", 1.05, "A"),
    ("2-1-2", "公共施設予約システム", 1.0, "A"),
    ("2-1-3", "RPAの活用", 0.95, "B"),
    ("2-2-1", "AI議事録", 0.95, "B"),
    ("2-2-2", "職員研修の実施", 1.05, "A"),
    ("2-2-3", "電子申請の拡充", 1.1, "A"),
]
TOYOHASHI = [
    ("1-1-1", "電子申請の拡充", 1.2, "A"),
    ("1-1-2", "オンライン相談", 0.7, "C"),
    ("1-2-1", "書かない窓口", 0.9, "B"),
    ("2-1-1", "庁内ネットワーク強化", 1.0, "A"),
    ("2-2-1", "職員研修の実施", 0.4, "D"),
    ("2-2-2", "RPAの活用", 0.85, "B"),
]
HANDA = [
    ("1-1-1", "公共施設予約システム", 1.1, "A"),
    ("1-2-1", "キャッシュレス決済の導入", 0.6, "C"),
    ("2-1-1", "AI議事録", 1.0, "A"),
    ("2-2-1", "ペーパーレス会議", 0.95, "B"),
]


def kasugai(path: Path) -> None:
    """春日井市: one column per level (基本方針 | 施策 | 事業), the level cells merged down,
    each number inside its name (「1-1 行政手続のオンライン化」)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet["A1"] = "ITプラン取組状況一覧（令和6年度）　春日井市"
    sheet.append([])
    sheet.append(["基本方針", "施策", "事業", "達成率", "達成度（A～D）", "備考"])
    first: dict[str, int] = {}
    for row, (number, name, rate, grade) in enumerate(KASUGAI, start=4):
        policy, measure = number.split("-")[0], number.rpartition("-")[0]
        for column, key, title in ((1, policy, POLICIES), (2, measure, MEASURES)):
            if key not in first:
                first[key] = row
                sheet.cell(row, column, f"{key} {title[key]}")
        for column, value in ((3, f"{number} {name}"), (4, rate), (5, grade)):
            sheet.cell(row, column, value)
        sheet.cell(row, 4).number_format = "0.0%"
    last = {key: max(r for r, (n, *_) in enumerate(KASUGAI, 4) if n.startswith(f"{key}-"))
            for key in first}  # fmt: skip
    for key, row in first.items():
        column = "A" if "-" not in key else "B"
        if last[key] > row:
            sheet.merge_cells(f"{column}{row}:{column}{last[key]}")
    book.save(path)


def toyohashi(path: Path) -> None:
    """豊橋市 (愛知県's own form): 基本方針1 … and 施策1-1 … headings above each table of
    No. | 事業名 | 目標 | 実績 | 達成率 | 評価（A～D） | 担当課, No. restarting at 1."""
    book = Workbook()
    sheet = book.active
    sheet.title = "調査票"
    sheet.append(["あいちITプラン2025 取組状況調査票（令和6年度）"])
    sheet.append(["団体名", "豊橋市"])
    sheet.append(["評価基準　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満"])
    policy = measure = ""
    for number, name, rate, grade in TOYOHASHI:
        p, s, k = number.split("-")
        if p != policy:
            policy = p
            sheet.append([])
            sheet.append([f"基本方針{p}　{POLICIES[p]}"])
        if f"{p}-{s}" != measure:
            measure = f"{p}-{s}"
            sheet.append([])
            sheet.append([f"施策{measure}　{MEASURES[measure]}"])
            sheet.append(["No.", "事業名", "目標", "実績", "達成率", "評価\n（A～D）", "担当課"])
        sheet.append([int(k), name, 100, round(100 * rate), rate, grade, "情報政策課"])
    book.save(path)


def handa(path: Path) -> None:
    """半田市: outline numbers 1 / 1.1 / 1.1.1 in a 番号 column, 取組名 its rated rows'."""
    book = Workbook()
    sheet = book.active
    sheet.append(["半田市 ITプラン 進捗管理表（令和6年度）"])
    sheet.append([])
    sheet.append(["番号", "取組名", "達成率（％）", "評価", "課題・今後の方向性", "担当"])
    seen: set[str] = set()
    for number, name, rate, grade in HANDA:
        p, s, _ = number.split("-")
        for key, title in ((p, POLICIES[p]), (f"{p}.{s}", MEASURES[f"{p}-{s}"])):
            if key not in seen:
                seen.add(key)
                sheet.append([key, title])
        sheet.append(
            [number.replace("-", "."), name, round(100 * rate, 1), grade, None, "DX推進課"]
        )
    book.save(path)


BUILD = {"06_春日井市": kasugai, "01_豊橋市": toyohashi, "05_半田市": handa}
PASTED = (  # the block planeval offered before (review 27)
    '[wording]\npolicy = "基本方針"\nproject = "基本方針"\nitem = "事業"\nstatus = "評価"\n'
    'department = "担当課"\n'
)


def answers(folder: Path, *names: str) -> Path:
    """回答/<団体>/<団体>_ITプラン調査票.xlsx, each built by its body's clerk."""
    root = folder / "回答"
    for name in names:
        (root / name).mkdir(parents=True)
        BUILD[name](root / name / f"{name[3:]}_ITプラン調査票.xlsx")
    return root


def settings(folder: Path, wording: str = "") -> Path:
    path = folder / "planeval.toml"
    path.write_text('[scale]\npreset = "aichi"\n\n' + wording, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def by_policy(rows: list[tuple[str, str, float, str]]) -> dict[str, Counter[str]]:
    """The counts each 基本方針 should have, from the clerk's rows."""
    counts: dict[str, Counter[str]] = {}
    for number, _name, _rate, grade in rows:
        counts.setdefault(number.split("-")[0], Counter())[grade] += 1
    return counts


def counted(stdout: str) -> dict[tuple[str, str], dict[str, int]]:
    """summarize -f csv's rows: (団体, ID) → each status's count."""
    rows = list(csv.DictReader(io.StringIO(stdout.lstrip("\ufeff"))))
    return {(r["団体"], r["番号"]): {s: int(r[s]) for s in "ABCD"} for r in rows if r["番号"]}


def test_the_roll_up_is_offered_its_level_words_apart_and_the_bodies_that_differ(
    tmp_path: Path,
) -> None:
    """豊橋市's 施策1-1 headings under its 基本方針1 made the project's word 基本方針 too, and
    most bodies agreeing, the block offered policy = project = "基本方針": the sub-heading's
    word is the project's, and where the bodies' tables differ the block says whose."""
    root = answers(tmp_path, "06_春日井市", "01_豊橋市", "05_半田市")
    result = run("summarize", str(root), "--bodies", "folder", "--config", str(settings(tmp_path)))
    assert result.exit_code == 0
    block = result.stderr.split("  [wording]\n")[1].split("お知らせ 1 件")[0].splitlines()
    assert [line.strip() for line in block] == [
        "# 報告書の表題です（調査票の表題から）",
        'title = "あいちITプラン2025 取組状況"',
        "# 表の列の言葉です。報告書の言葉を変えるなら書き換えてください",
        'policy = "基本方針"',
        'project = "施策"',
        "# 半田市の表では「取組」",
        'item = "事業"',
        "# 春日井市の表では「達成度」",
        'status = "評価"',
        "# department は団体で違うため書いていません",
        "# 豊橋市の表では「担当課」",
        "# 半田市の表では「担当」",
        "# issue は団体で違うため書いていません",
        "# 半田市の表では「課題・今後の方向性」",
        "# 春日井市の表では「備考」",
    ]
    # 豊橋市 alone: its own words, 施策 the project's
    alone = tmp_path / "alone"
    root = answers(alone, "01_豊橋市")
    result = run("summarize", str(root), "--bodies", "folder", "--config", str(settings(alone)))
    assert 'policy = "基本方針"\n  project = "施策"\n  item = "事業"\n' in result.stderr


@pytest.mark.parametrize(
    "wording",
    [
        "",
        PASTED,
        '[wording]\npolicy = "基本方針"\nproject = "施策"\nitem = "事業"\n',
        '[wording]\npolicy = "施策"\nproject = "施策"\nitem = "事業"\n',
        '[wording]\nproject = "基本方針"\nstatus = "達成度"\n',
    ],
    ids=["none", "pasted", "offered", "policy-shisaku", "project-kihon"],
)
def test_a_word_never_moves_a_level(tmp_path: Path, wording: str) -> None:
    """春日井市's 基本方針 | 施策 | 事業 read with the block once offered (project =
    "基本方針", a level's title made the projects' column): each 施策 was counted as a
    基本方針 (「1」 3, 「1-2 窓口のスマート化」 2 …), with nothing said. Words are the
    outputs'; the counts by 基本方針 are those of its rows whatever the [wording]."""
    root = answers(tmp_path, "06_春日井市", "01_豊橋市", "05_半田市")
    config = settings(tmp_path, wording)
    args = ("summarize", str(root), "--bodies", "folder", "--by", "body-policy", "-f", "csv")
    result = run(*args, "--config", str(config))
    assert result.exit_code == 0, result.stderr
    expected = {
        (body, policy): {s: counts[s] for s in "ABCD"}
        for body, rows in (("春日井市", KASUGAI), ("豊橋市", TOYOHASHI), ("半田市", HANDA))
        for policy, counts in by_policy(rows).items()
    }
    assert counted(result.stdout) == expected
    # (春日井市 as the reviewer counted it by hand: 1: A1 B2 D2, 2: A4 B2)
    assert by_policy(KASUGAI) == {"1": Counter(A=1, B=2, D=2), "2": Counter(A=4, B=2)}


@pytest.mark.parametrize(
    ("wording", "said"),
    [
        (
            '[wording]\npolicy = "基本方針"\ndirection = "基本方針"\nitem = "事業"\n',
            ':5 › [wording]: policy = "基本方針"（5行目）と direction = "基本方針"（6行目）',
        ),
        (
            '[wording]\nhierarchy = "体系"\nproject = "事業"\nitem = "事業"\n',
            ':6 › [wording]: project = "事業"（6行目）と item = "事業"（7行目）',
        ),
        (
            '[wording]\npolicy = "施策"\nitem = "施策"\nproject = "取組"\n',
            ':5 › [wording]: policy = "施策"（5行目）と item = "施策"（6行目）',
        ),
    ],
    ids=["policy-direction", "project-item", "policy-item"],
)
def test_two_levels_given_one_word_are_refused(tmp_path: Path, wording: str, said: str) -> None:
    """Two levels worded alike name each other in every output (「基本方針ごとの基本方針」),
    and a count in the report cannot be told apart: refused, exit 2, naming the file, both
    keys and their lines, with the fix."""
    root = answers(tmp_path, "06_春日井市")
    config = settings(tmp_path, wording)
    result = run("summarize", str(root), "--bodies", "folder", "--config", str(config))
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == (
        f"エラー: {config}{said}が同じ言葉です。二つの段が同じ名前になり、報告書の見出しや"
        "件数の文でどちらの段か分かりません。段ごとに違う言葉を、上の段から policy・direction・"
        'project・item の順に書いてください（例: policy = "基本方針"、project = "施策"、'
        'item = "事業"）'
    )
    # a plan of two levels (羽村市's 施策 over its 事業: policy and project alike) is kept
    kept = settings(tmp_path, '[wording]\npolicy = "施策"\nproject = "施策"\nitem = "事業"\n')
    assert run("summarize", str(root), "--bodies", "folder", "--config", str(kept)).exit_code == 0
