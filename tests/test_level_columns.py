"""Level columns under the body's own words (review 23, 2): a department's form with one column
per level, 情報化政策 | 取り組みの方向性 | 情報化計画事業 | 実施内容 | …, the levels' numbers and names
in their cells (「1 区民サービスの向上」, 「1-1 オンライン手続の拡充」), in any column order. Their
names are read without a setting; a column of numbered levels under a title planeval does not
know is named in a notice with the fix; columns it has always passed over stay quiet."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.model import Severity
from planeval.presets import PRESETS
from tests.conftest import write_book

RUNNER = CliRunner()
SETAGAYA = ["情報化政策", "取り組みの方向性", "情報化計画事業", "実施内容", "課題等", "達成状況", "所管課"]  # fmt: skip
POLICY = {"1": "区民サービスの向上", "2": "行政運営の効率化"}
DIRECTION = {"1-1": "オンライン手続の拡充", "1-2": "情報発信の充実", "2-1": "業務改革"}
# (policy, direction, project, item, issue, status): three departments' rows
FORMS = {
    "区民部": [
        ("1", "1-1", "1-1-1 電子申請の推進", "① 電子申請対象手続の拡大", "", "○"),
        (
            "1",
            "1-1",
            "1-1-1 電子申請の推進",
            "② オンライン相談窓口の開設",
            "予算の都合により一部内容を見直して実施。",
            "△",
        ),
        ("1", "1-1", "1-1-2 キャッシュレス決済の導入", "① 窓口でのキャッシュレス決済", "", "◎"),
    ],
    "企画部": [
        ("1", "1-2", "1-2-1 区公式ホームページの改善", "① アクセシビリティ対応", "", "○"),
        ("1", "1-2", "1-2-1 区公式ホームページの改善", "② 定型業務の自動化（2-1-1①再掲）", "", "-"),
    ],
    "総務部": [
        ("2", "2-1", "2-1-1 RPAの導入", "① 定型業務の自動化", "", "◎"),
        ("2", "2-1", "2-1-1 RPAの導入", "② AI-OCRの活用", "職員研修を実施できなかった。", "×"),
    ],
}


def _forms(folder: Path, header: list[str], order: list[int] | None = None) -> Path:
    """Each department's form, its columns in ``order`` (of SETAGAYA's, by default as there)."""
    folder.mkdir()
    order = order or list(range(len(SETAGAYA)))
    for department, rows in FORMS.items():
        table = [
            [
                f"{policy} {POLICY[policy]}",
                f"{direction} {DIRECTION[direction]}",
                project,
                item,
                issue,
                status,
                f"{department}〇〇課",
            ]
            for policy, direction, project, item, issue, status in rows
        ]
        sheet = [
            ["令和5年度 東山区情報化事業計画 実施状況調査票"],
            [f"担当部：{department}"],
            [],
            *([line[i] for i in order] for line in [header, *table]),
        ]
        write_book(folder / f"実施状況調査票_{department}.xlsx", {"実施状況": sheet})
    return folder


def _read(folder: Path, toml: str = "") -> planeval.ReadResult:
    layout = None
    if toml:
        (folder.parent / "planeval.toml").write_text(toml, encoding="utf-8")
        layout = load_config(folder.parent / "planeval.toml").layout
    paths = sorted(folder.glob("*.xlsx"))
    return (
        planeval.read_workbooks(paths, layout=layout) if layout else planeval.read_workbooks(paths)
    )


def _levels(result: planeval.ReadResult) -> list[tuple[str, str, str, str, str]]:
    return sorted(
        {(e.policy_id, e.policy_name, e.direction_id, e.direction_name, e.project_id)
         for e in result.entries}
    )  # fmt: skip


EXPECTED = [
    ("1", "区民サービスの向上", "1-1", "オンライン手続の拡充", "1-1-1"),
    ("1", "区民サービスの向上", "1-1", "オンライン手続の拡充", "1-1-2"),
    ("1", "区民サービスの向上", "1-2", "情報発信の充実", "1-2-1"),
    ("2", "行政運営の効率化", "2-1", "業務改革", "2-1-1"),
]


def test_setagayas_own_level_words_are_read_as_levels(tmp_path: Path) -> None:
    result = _read(_forms(tmp_path / "forms", SETAGAYA))
    assert _levels(result) == EXPECTED
    assert result.problems == []  # (a designed form: nothing to say)
    assert [e.status for e in result.entries].count("-") == 1 and len(result.entries) == 7


def test_the_same_as_with_the_setting_and_in_any_column_order(tmp_path: Path) -> None:
    plain = _read(_forms(tmp_path / "plain", SETAGAYA))
    toml = '[layout.titles]\nlevel = ["情報化政策", "取り組みの方向性"]\n'
    (tmp_path / "set").mkdir()
    with_setting = _read(_forms(tmp_path / "set" / "forms", SETAGAYA), toml)
    # the level columns at the right end: 情報化計画事業 | 実施内容 | … | 情報化政策 | 取り組みの方向性
    moved = _read(_forms(tmp_path / "moved", SETAGAYA, [2, 3, 4, 5, 6, 0, 1]))
    for result in (with_setting, moved):
        assert _levels(result) == EXPECTED and result.problems == []
        assert [e[1:] for e in result.entries] == [e[1:] for e in plain.entries]


def test_policy_and_direction_titled_plainly(tmp_path: Path) -> None:
    """政策 | 方向性: the direction level is read, not lost (summarize --by direction)."""
    folder = _forms(tmp_path / "forms", ["政策", "方向性", *SETAGAYA[2:]])
    assert _levels(_read(folder)) == EXPECTED
    shown = RUNNER.invoke(app, ["summarize", str(folder), "--by", "direction", "-f", "json"])
    assert shown.exit_code == 0, shown.output
    groups = json.loads(shown.stdout)["groups"]
    assert [(g["id"], g["name"], g["total"]) for g in groups] == [
        ("1-1", "オンライン手続の拡充", 3), ("1-2", "情報発信の充実", 1), ("2-1", "業務改革", 2)
    ]  # fmt: skip
    tables = RUNNER.invoke(app, ["tables", str(folder), "-f", "json", "-q"])
    policies = json.loads(tables.stdout)["policies"]
    assert [(p["id"], p["name"]) for p in policies] == list(POLICY.items())
    assert [d["name"] for d in policies[0]["directions"]] == [
        "オンライン手続の拡充",
        "情報発信の充実",
    ]


def test_a_column_of_levels_under_an_unknown_title_is_named_once_with_the_fix(
    tmp_path: Path,
) -> None:
    header = ["まちづくりの目標", "めざす姿", *SETAGAYA[2:]]
    folder = _forms(tmp_path / "forms", header)
    result = _read(folder)
    notices = [p for p in result.problems if p.severity is Severity.NOTICE]
    assert len(notices) == 3 == len(result.problems)  # (one per department's sheet)
    notice = next(n for n in notices if "区民部" in n.location.file)
    assert notice.location.sheet == "実施状況" and notice.location.cell == "A4"
    assert notice.message.startswith(
        "「まちづくりの目標」（A4）と「めざす姿」（B4）の列は読んでいません"
        "（「1 区民サービスの向上」のような番号付きの名称が入っていますが"
    )
    assert 'level = ["まちづくりの目標", "めざす姿"]' in notice.hint
    # the direction is still the project number's: counted per 1-1, 1-2 and 2-1, unnamed
    assert {(e.direction_id, e.direction_name) for e in result.entries} == {
        ("1-1", ""),
        ("1-2", ""),
        ("2-1", ""),
    }
    fixed = _read(folder, '[layout.titles]\nlevel = ["まちづくりの目標", "めざす姿"]\n')
    assert _levels(fixed) == EXPECTED and fixed.problems == []


def test_two_tables_on_one_sheet_say_it_once(tmp_path: Path) -> None:
    header = ["重点目標", *SETAGAYA[1:]]
    rows = [
        header,
        ["1 区民サービスの向上", "1-1 手続", "1-1-1 電子申請", "① 対象拡大", "", "○", "区民課"],
        ["1 区民サービスの向上", "1-1 手続", "1-1-1 電子申請", "② 相談窓口", "", "◎", "区民課"],
        [],
        header,
        ["2 行政運営の効率化", "2-1 業務改革", "2-1-1 RPA", "① 自動化", "", "○", "総務課"],
        ["2 行政運営の効率化", "2-1 業務改革", "2-1-1 RPA", "② AI-OCR", "", "○", "総務課"],
    ]
    result = planeval.read_workbooks([write_book(tmp_path / "a.xlsx", {"表": rows})])
    assert [(p.severity, p.location.cell) for p in result.problems] == [(Severity.NOTICE, "A1")]
    assert [e.direction_name for e in result.entries] == ["手続", "手続", "業務改革", "業務改革"]


def test_columns_passed_over_stay_quiet(tmp_path: Path) -> None:
    """方向性 and 取組の方向性 right of the rated column holding next year's treatment or a
    remark are no levels; text, figures and numbered items in other columns say nothing."""
    rows = [
        ["政策", "事業名", "事業の概要", "目標", "実績", "評価", "方向性", "取組の方向性", "備考"],
        [
            "1 安全なまち",
            "防災訓練",
            "1 年に2回実施する",
            "97.0%",
            "98.2%",
            "A",
            "拡充",
            "引き続き推進する。",
            "1 件は延期",
        ],
        [
            "1 安全なまち",
            "防犯灯の設置",
            "① 通学路を優先",
            "10件",
            "8件",
            "B",
            "継続",
            "地域と調整する。",
            "",
        ],
        [
            "2 健康なまち",
            "健康診断",
            "(1) 受診勧奨",
            "60%",
            "55%",
            "C",
            "縮小",
            "対象を見直す。",
            "",
        ],
    ]
    path = write_book(tmp_path / "施策評価.xlsx", {"評価": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["nagoya"])
    assert result.problems == []
    # (rated at the project level under one level column: that level is the rows' project,
    # and 拡充・継続 none)
    assert [(e.policy_name, e.project_name, e.item_name) for e in result.entries] == [
        ("安全なまち", "安全なまち", "防災訓練"),
        ("安全なまち", "安全なまち", "防犯灯の設置"),
        ("健康なまち", "健康なまち", "健康診断"),
    ]


def test_a_direction_column_left_of_the_rated_column_needs_no_numbers(tmp_path: Path) -> None:
    rows = [
        ["基本目標", "方向性", "事業名", "評価"],
        ["1 安全なまち", "災害に備える", "防災訓練", "A"],
        ["1 安全なまち", "犯罪を防ぐ", "防犯灯の設置", "B"],
    ]
    path = write_book(tmp_path / "a.xlsx", {"評価": rows})
    result = planeval.read_workbooks([path], scale=PRESETS["nagoya"])
    # (rated at the project level: the level above the rated rows is their project)
    assert [(e.policy_name, e.project_id, e.project_name) for e in result.entries] == [
        ("安全なまち", "1-1", "災害に備える"), ("安全なまち", "1-2", "犯罪を防ぐ")
    ]  # fmt: skip


def test_the_bodys_own_level_title_is_a_level_wherever_it_stands(tmp_path: Path) -> None:
    """[layout.titles] level naming 方向性: a level right of the rated column too, numbered
    or not (the body has said so)."""
    rows = [["政策", "事業名", "評価", "方向性"], ["1 安全なまち", "防災訓練", "A", "防災力の向上"]]
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "nagoya"\n[layout.titles]\nlevel = ["方向性"]\n', encoding="utf-8"
    )
    settings = load_config(tmp_path / "planeval.toml")
    path = write_book(tmp_path / "a.xlsx", {"評価": rows})
    result = planeval.read_workbooks([path], scale=settings.scale, layout=settings.layout)
    assert [(e.project_name, e.item_name) for e in result.entries] == [("防災力の向上", "防災訓練")]


def test_policy_and_direction_under_layout_titles_point_to_level(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(
        '[layout.titles]\npolicy = ["重点目標"]\n', encoding="utf-8"
    )
    shown = RUNNER.invoke(
        app, ["validate", str(tmp_path), "--config", str(tmp_path / "planeval.toml")]
    )
    assert shown.exit_code == 2
    assert (
        "policy という設定はありません（政策・方向性などの階層の列の名前は、level = [...] にまとめて書きます。"
        in shown.output
    )
