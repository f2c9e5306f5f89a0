"""A plan written in names three levels deep above its rated rows — 基本目標 headings, under each
its 施策 sub-headings (「施策1-2　情報発信の充実」, or a band row 「1-2　情報発信の充実」), under each
施策 its groups 「(1) 電子申請の拡充」 numbered anew, and their items ア, イ rated. A group row once
took the 施策's place: 施策1-2's 「(1)」 was counted with 施策1-1's 「(1)」 (four items where three
and one are), and no 施策 was read. Each group is now one project under its 施策, the 施策 its
direction; in the flat lists (summarize --by project, issues, rounds, compare) every ID is led
by its 施策's number, 「1-2-(1)ア」, since 「1-(1)ア」 would name two items."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["項目", "取組内容", "実施状況", "課題", "担当課"]

# 基本目標 → 施策 → (n) group → its items, as the clerk's plan lists them
PLAN = [
    ("デジタルで便利な暮らし", [
        ("1-1", "行政手続のオンライン化", [
            ("電子申請の拡充", ["申請手続のオンライン化", "電子納付の導入", "押印の見直し"]),
        ]),
        ("1-2", "情報発信の充実", [
            ("SNSの活用", ["公式LINEの開設"]),
            ("ホームページの充実", ["ウェブアクセシビリティ対応", "多言語化"]),
        ]),
    ]),
    ("デジタルを活用した学び", [
        ("2-1", "ICTを活用した教育", [("端末の整備", ["一人一台端末の更新", "校内LANの増強"])]),
    ]),
]  # fmt: skip

# every item's ID as the flat lists show it, in the plan's order
LISTED = ["1-1-(1)ア", "1-1-(1)イ", "1-1-(1)ウ", "1-2-(1)ア", "1-2-(2)ア", "1-2-(2)イ"]
LISTED += ["2-1-(1)ア", "2-1-(1)イ"]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _book(path: Path, ratings: str, *, band_rows: bool = False, sub_first: bool = False) -> Path:
    """The department's sheet: a title, then per 基本目標 its heading, the header row (under its
    first 施策's sub-heading with ``sub_first``), and per 施策 its sub-heading (a band row with
    ``band_rows``), each group a merged row over its items ア, イ, ウ; ``ratings`` one per item
    in the plan's order."""
    rows: list[list[object]] = [["情報化推進計画 実施状況調査票（令和6年度）"], []]
    merges: list[str] = []
    left = iter(ratings)
    for goal, (goal_name, measures) in enumerate(PLAN, start=1):
        rows.append([f"基本目標{goal}　{goal_name}"])
        rows += [] if sub_first else [HEADER]
        for number, name, groups in measures:
            rows.append([f"{number}　{name}" if band_rows else f"施策{number}　{name}"])
            rows += [HEADER] if sub_first and number.endswith("-1") else []
            for group, (group_name, items) in enumerate(groups, start=1):
                rows.append([f"({group}) {group_name}"])
                merges.append(f"A{len(rows)}:E{len(rows)}")
                for kana, item in zip("アイウ", items, strict=False):
                    rating = next(left)
                    issue = "" if rating in "◎○" else "事業者との調整に時間を要した。"
                    rows.append([kana, item, rating, issue, "情報政策課"])
        rows.append([])
    return write_book(path, {"実施状況": rows}, merges={"実施状況": merges})


def _expected_projects(ratings: str) -> dict[str, Counter[str]]:
    """Each group's statuses, counted from the ratings given to its items."""
    counts: dict[str, Counter[str]] = {}
    left = iter(ratings)
    for _, measures in PLAN:
        for number, _, groups in measures:
            for group, (_, items) in enumerate(groups, start=1):
                counts[f"{number}-{group}"] = Counter(next(left) for _ in items)
    return counts


RATINGS = "○◎△○×○○△"


def test_each_group_is_one_project_under_its_sub_heading(tmp_path) -> None:
    for band_rows, sub_first in [(False, False), (True, False), (False, True), (True, True)]:
        path = tmp_path / f"実施状況_{band_rows}_{sub_first}.xlsx"
        path = _book(path, RATINGS, band_rows=band_rows, sub_first=sub_first)
        result = planeval.read_workbooks([path])
        assert result.problems == []
        projects = planeval.summarize(result.entries, by="project")
        expected = _expected_projects(RATINGS)
        assert [g.id for g in projects.groups] == list(expected)
        for group in projects.groups:
            counts = group.count.counts
            assert counts == {s: expected[group.id][s] for s in counts}
        assert [g.shown_id for g in projects.groups] == [
            "1-1-(1)",
            "1-2-(1)",
            "1-2-(2)",
            "2-1-(1)",
        ]
        directions = planeval.summarize(result.entries, by="direction")
        assert [(g.id, g.name, g.count.total) for g in directions.groups] == [
            ("1-1", "行政手続のオンライン化", 3),
            ("1-2", "情報発信の充実", 3),
            ("2-1", "ICTを活用した教育", 2),
        ]
        assert [e.project_name for e in result.entries][3:5] == ["SNSの活用", "ホームページの充実"]


def test_flat_lists_lead_each_id_with_its_sub_heading_s_number(tmp_path) -> None:
    old = str(_book(tmp_path / "実施状況_R5.xlsx", "○○○○○○○○"))
    new = str(_book(tmp_path / "実施状況_R6.xlsx", RATINGS))
    projects = run("summarize", new, "--by", "project", "-f", "plain")
    assert projects.exit_code == 0, projects.output
    lines = projects.stdout.splitlines()[2:6]
    assert [line.split()[0] for line in lines] == ["1-1-(1)", "1-2-(1)", "1-2-(2)", "2-1-(1)"]
    assert [line.split()[1] for line in lines] == [
        "電子申請の拡充",
        "SNSの活用",
        "ホームページの充実",
        "端末の整備",
    ]
    issues = run("issues", new, "-f", "plain")
    assert issues.exit_code == 0, issues.output
    rated = dict(zip(LISTED, RATINGS, strict=True))
    with_issue = [shown for shown, rating in rated.items() if rating not in "◎○"]
    assert [line.split()[0] for line in issues.stdout.splitlines()[2:5]] == with_issue
    rounds = run("rounds", old, new, "-f", "plain")
    assert rounds.exit_code == 0, rounds.output
    assert [line.split()[0] for line in rounds.stdout.splitlines()[2:10]] == LISTED
    changed = run("compare", old, new, "-f", "plain")
    moved = [shown for shown, rating in rated.items() if rating != "○"]
    assert [line.split()[0] for line in changed.stdout.splitlines()[2:6]] == moved


def _offered(tmp_path: Path, book: Path, preset: str) -> list[str]:
    """The [wording] lines offered for ``book`` read with ``preset`` alone."""
    config = tmp_path / "planeval.toml"
    config.write_text(f'[scale]\npreset = "{preset}"\n', encoding="utf-8")
    result = run("summarize", str(book), "--config", str(config))
    assert result.exit_code == 0, result.output
    return [line.strip() for line in result.stderr.splitlines() if " = " in line]


def test_the_sub_heading_s_word_is_offered_as_the_direction_s(tmp_path) -> None:
    book = _book(tmp_path / "実施状況.xlsx", "ABCDABCA", sub_first=True)
    offered = _offered(tmp_path, book, "gunma")
    # (after the line naming the scale's body's words: review 93)
    assert offered[:5] == [
        'preset = "gunma"',
        'title = "情報化推進計画 実施状況"',  # (the forms' own: review 190 #7)
        'policy = "基本目標"',
        'direction = "施策"',
        'project = "項目"',
    ]


def test_band_rows_without_a_word_offer_no_word_for_their_level(tmp_path) -> None:
    """枚方市's one table: 基本目標 band rows, under each 「1-1 名前」 band rows over rated
    施策: 基本目標 was offered for the policy and for the project (the 1-1 rows) too."""
    rows: list[list[object]] = [["令和5年度 施策評価 評価結果一覧"], []]
    rows.append(["No.", "施策名", "施策の概要", "評価", "今後の方向性", "担当部"])
    number = 0
    for goal, groups in ((1, ("1-1 災害に強いまちをつくる", "1-2 犯罪のないまちをつくる")),):
        rows.append([f"基本目標{goal}　安全で、安心して暮らせるまち"])
        for group in groups:
            rows.append([group])
            for name, rating in (("地域防災力の向上", "A"), ("防犯対策の推進", "B")):
                number += 1
                rows.append(
                    [number, f"{name}{number}", f"{name}に取り組む", rating, "継続", "危機管理部"]
                )
    book = write_book(tmp_path / "評価結果一覧.xlsx", {"施策評価": rows})
    offered = _offered(tmp_path, book, "hirakata")
    assert 'policy = "基本目標"' in offered
    assert not any(line.startswith(("project =", "direction =")) for line in offered)
