"""Review 102: 守山区's 課 each return their own form — under a heading 「柱1　…」 per 柱, a table
`No. | 取組み項目 | 取組み内容 | 達成状況 | … | 担当課`, No. the 取組み内容's number through its 柱,
the 取組み項目 named, never numbered. Each table numbered its 取組み項目 in the order it listed
them, so 防災力の向上 was 1-1 in one 課's form and 1-4 in another's (split in three groups), and
健康危機管理, first in its 課's, 1-1 too (merged with it). A 取組み項目 of one row took the No. as
its own number, its 取組み内容 left unnumbered: the item two 課 rated counted twice (64 of 63)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.api import summarize_workbooks
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book
from tests.test_rollup import assert_same

NAGOYA = PRESETS["nagoya"]
HEADER = ["No.", "取組み項目", "取組み内容", "達成状況", "取組み結果・課題", "担当課"]
PILLARS = {1: "柱1　安心・安全なまちづくり", 2: "柱2　地域の魅力と活力あふれるまちづくり"}


def _form(folder: Path, section: str, tables: dict[int, list[tuple[int, str, str, str]]]) -> None:
    rows: list[list[object]] = [["令和7年度　守山区区政運営方針　取組み結果"]]
    rows.append([f"担当課：{section}"])
    for pillar, items in tables.items():
        rows += [[PILLARS[pillar]], HEADER]
        rows += [
            [n, project, item, status, "実施した", section] for n, project, item, status in items
        ]
        rows.append([])
    rows.append(["※達成状況は A～D、中止は - を記入"])
    write_book(folder / f"{section}.xlsx", {"取組み結果": rows})


def _forms(folder: Path) -> Path:
    folder.mkdir()
    shared = (1, "防災力の向上", "地域防災訓練の実施支援", "A")
    _form(folder, "地域力推進室", {
        1: [shared, (5, "防犯・交通安全の推進", "防犯パトロール活動の支援", "A")],
        2: [(1, "地域コミュニティの活性化", "区民まつりの開催", "A"),
            (2, "地域コミュニティの活性化", "学区連絡協議会への支援", "B")],
    })  # fmt: skip
    _form(folder, "保健予防課", {
        1: [(14, "健康危機管理", "感染症予防の啓発", "A"),
            (15, "健康危機管理", "食品衛生監視指導", "B")],
    })  # fmt: skip
    _form(folder, "福祉課", {
        1: [(4, "防災力の向上", "要配慮者支援体制の整備", "C")],
        2: [(3, "地域コミュニティの活性化", "地域活動の担い手育成", "A"),
            (4, "地域コミュニティの活性化", "NPOとの協働", "A")],
    })  # fmt: skip
    _form(folder, "総務課", {
        1: [shared, (2, "防災力の向上 ", "避難所運営マニュアルの改訂", "A"),
            (3, "防災力の向上 ", "防災備蓄品の計画的更新", "B")],
    })  # fmt: skip
    return folder


def test_a_named_project_is_one_by_its_name_across_the_forms(tmp_path: Path) -> None:
    folder = _forms(tmp_path / "回答")
    summary, result = summarize_workbooks([folder], by="project", scale=NAGOYA)
    groups = [(g.id, g.name, g.count.total) for g in summary.groups]
    assert groups == [
        ("1-1", "防災力の向上", 4),  # (No. 1–4 from three 課, the shared No. 1 once)
        ("1-2", "防犯・交通安全の推進", 1),
        ("1-3", "健康危機管理", 2),
        ("2-1", "地域コミュニティの活性化", 4),
    ]
    assert summary.total.total == 11
    (twice,) = [p.message for p in result.problems if p.severity.value != "notice"]
    assert twice.startswith("同じ実施内容 1-1-1 地域防災訓練の実施支援 が 2 か所にあります")
    assert_same([folder], scale=NAGOYA)  # (counted file by file: the same)


def test_a_project_of_one_row_leaves_the_no_to_its_item(tmp_path: Path) -> None:
    """地域力推進室's 柱1 table lists each 取組み項目 in one row: its No. is still the 取組み内容's,
    as its 柱2 table, of several rows each, tells."""
    folder = _forms(tmp_path / "回答")
    read = planeval.read_workbooks([folder / "地域力推進室.xlsx"], scale=NAGOYA)
    assert [(e.project_name, e.item_no, e.item_name) for e in read.entries][:2] == [
        ("防災力の向上", 1, "地域防災訓練の実施支援"),
        ("防犯・交通安全の推進", 5, "防犯パトロール活動の支援"),
    ]


def test_no_gap_is_said_of_projects_each_form_numbered_its_own_way(tmp_path: Path) -> None:
    """「取組み項目 1-2・1-3 の行がどのファイルにもありません」 on a round every 課 returned."""
    folder = _forms(tmp_path / "回答")
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    ran = CliRunner().invoke(app, ["summarize", str(folder), "--config", str(config)])
    assert ran.exit_code == 0, ran.stderr
    assert "どのファイルにもありません" not in ran.stderr


def test_a_form_of_one_row_per_project_reads_its_no_as_the_others_do(tmp_path: Path) -> None:
    """Review 107: a 課 rating one 取組み内容 in each of its 取組み項目 — its tables cannot tell
    whether the No. numbers the 取組み項目 or the 取組み内容; the other 課' forms, headed alike,
    tell (the No. the 取組み内容's): one group per 取組み項目, and its blank of an item its
    lead rated no error."""
    folder = _forms(tmp_path / "回答")
    _form(folder, "守山土木事務所", {
        1: [(1, "防災力の向上", "地域防災訓練の実施支援", ""),
            (6, "防犯・交通安全の推進", "通学路の安全点検", "B")],
        2: [(5, "地域コミュニティの活性化", "商店街の活性化支援", "C")],
    })  # fmt: skip
    for stream in (False, True):
        summary, result = summarize_workbooks([folder], by="project", scale=NAGOYA, stream=stream)
        groups = [(g.id, g.name, g.count.total) for g in summary.groups]
        assert groups == [
            ("1-1", "防災力の向上", 4),
            ("1-2", "防犯・交通安全の推進", 2),  # (No. 5 and 6: not 「1-6」 apart)
            ("1-3", "健康危機管理", 2),
            ("2-1", "地域コミュニティの活性化", 5),
        ]
        assert not [p for p in result.problems if p.is_error]


def test_a_hidden_row_is_named_by_its_id_across_the_forms(tmp_path: Path) -> None:
    """Review 107: 「非表示の行に評価した行…（1-1-15 食品衛生監視指導…）」 — its file's own ID
    — where every count and list say 1-3-15."""
    folder = _forms(tmp_path / "回答")
    book = load_workbook(folder / "保健予防課.xlsx")
    book.active.row_dimensions[6].hidden = True
    book.save(folder / "保健予防課.xlsx")
    for stream in (False, True):
        _summary, result = summarize_workbooks([folder], scale=NAGOYA, stream=stream)
        (hidden,) = [p.message for p in result.problems if "非表示" in p.message]
        assert "（1-3-15 食品衛生監視指導：" in hidden, hidden


def test_a_project_typed_a_little_otherwise_is_one_with_a_notice(tmp_path: Path) -> None:
    """Review 107: 福祉課 typing 「防災力向上」 beside the other 課' 「防災力の向上」 made a
    project of its own, every later ID shifted, unsaid. Its item's No. 4 runs on from 1–3:
    one project, said; a name near only, its number past another project's, stays apart."""
    folder = _forms(tmp_path / "回答")
    _form(folder, "福祉課", {1: [(4, "防災力向上", "要配慮者支援体制の整備", "C")]})
    summary, result = summarize_workbooks([folder], by="project", scale=NAGOYA)
    groups = [(g.id, g.name, g.count.total) for g in summary.groups]
    assert groups[:3] == [
        ("1-1", "防災力の向上", 4),
        ("1-2", "防犯・交通安全の推進", 1),
        ("1-3", "健康危機管理", 2),
    ]
    (said,) = [p for p in result.problems if "表記だけが違い" in p.message]
    assert said.location.file.endswith("福祉課.xlsx")
    assert said.message.startswith("計画事業「防災力向上」は、同じ情報化政策の「防災力の向上」")
    _form(folder, "福祉課", {1: [(6, "防災力向上", "要配慮者支援体制の整備", "C")]})
    summary, result = summarize_workbooks([folder], by="project", scale=NAGOYA)
    assert "防災力向上" in [g.name for g in summary.groups]  # (No. 5 is 防犯's: apart)
    assert not [p for p in result.problems if "表記だけが違い" in p.message]


def test_a_project_the_form_words_otherwise_is_counted_under_the_plans_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 107 #2: 福祉課 typing 「地域コミュニティ活性化」 where the plan says 「地域コミュニティの
    活性化」 put its spelling in every output (the plan's nowhere), its project its only 課's.
    Read with the plan, the plan's name is counted and shown, the form's said once."""
    folder = _forms(tmp_path / "回答")
    _form(folder, "福祉課", {
        1: [(4, "防災力の向上", "要配慮者支援体制の整備", "C")],
        2: [(3, "地域コミュニティ活性化", "地域活動の担い手育成", "A"),
            (4, "地域コミュニティ活性化", "NPOとの協働", "A")],
    })  # fmt: skip
    _form(folder, "地域力推進室", {
        1: [(1, "防災力の向上", "地域防災訓練の実施支援", "A"),
            (5, "防犯・交通安全の推進", "防犯パトロール活動の支援", "A")],
    })  # fmt: skip
    listed = [
        ("1-1", "防災力の向上", n, item, who)
        for n, item, who in [
            (1, "地域防災訓練の実施支援", "地域力推進室・総務課"),
            (2, "避難所運営マニュアルの改訂", "総務課"),
            (3, "防災備蓄品の計画的更新", "総務課"),
            (4, "要配慮者支援体制の整備", "福祉課"),
        ]
    ]
    listed += [("1-2", "防犯・交通安全の推進", 5, "防犯パトロール活動の支援", "地域力推進室")]
    listed += [("1-3", "健康危機管理", 14, "感染症予防の啓発", "保健予防課")]
    listed += [("1-3", "健康危機管理", 15, "食品衛生監視指導", "保健予防課")]
    two = [
        ("2-1", "地域コミュニティの活性化", n, item, "福祉課")
        for n, item in [(3, "地域活動の担い手育成"), (4, "NPOとの協働")]
    ]
    header = ["取組み項目番号", "取組み項目", "No.", "取組み内容", "担当課"]
    plan = tmp_path / "取組一覧.xlsx"
    rows = [["令和7年度 守山区区政運営方針 取組一覧"], [], [PILLARS[1]], header, *listed]
    write_book(plan, {"取組一覧": [*rows, [], [PILLARS[2]], header, *two]})
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "nagoya"\n[wording]\npreset = "nagoya"\npolicy = "柱"\n'
        'project = "取組み項目"\nitem = "取組み内容"\nstatus = "達成状況"\n'
        f'[plan]\nfile = "{plan.name}"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    ran = CliRunner().invoke(app, ["summarize", "回答", "--by", "project"])
    assert ran.exit_code == 0, ran.stderr
    assert "│ 2-1  │ 地域コミュニティの活性化 │ 2 │" in ran.stdout, ran.stdout
    assert "地域コミュニティ活性化 " not in ran.stdout
    (said,) = [line for line in ran.stderr.splitlines() if "計画では" in line]
    assert said.startswith(
        "お知らせ: 回答/福祉課.xlsx › 取組み結果 › B9: 取組み項目「地域コミュニティ活性化」は計画では"
        "「地域コミュニティの活性化」です（取組一覧.xlsx › 取組一覧 › D15）。計画の名称で数えました"
    ), said
