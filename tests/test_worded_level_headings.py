"""A body whose form types each level after its word — a city's 施策評価 with columns 基本目標 |
施策 | 事務事業 | 取組内容 | 達成度 | 課題 and cells 「基本目標1 安全で安心なまち」「施策1-1 防災力の
向上」, a 行政改革大綱's 「改革の柱1 …」, or headings 「施策1-1 …」 above the tables. The report
headed the policy 「（1）基本目標1 基本目標1 安全で安心なまち」 and the direction 「1-1 施策1-1
防災力の向上」 (the cell's word and number read as part of the name), or, the names read right,
「（1）基本目標1 …」 — numbered twice — over 「1-1 …」, the body's word lost. A public document
says each number once, after the body's word: 「基本目標1 安全で安心なまち」 over 「施策1-1 防災力の
向上」. Setagaya's own headings, 「（1）情報化政策1 …」 over 「1-1 …」, stay as its report prints
them."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.wording import DEFAULT_WORDING, Wording
from tests.conftest import SEED_WORKBOOK, write_book

RUNNER = CliRunner()
CITY_SETTINGS = """[scale]
preset = "nagoya"

[wording]
policy = "基本目標"
direction = "施策"
project = "事務事業"
item = "取組内容"
status = "達成度"
issue = "課題"
"""
GOALS = {1: "安全で安心なまち", 2: "健やかに暮らせるまち"}
MEASURES = {"1-1": "防災力の向上", "1-2": "地域の安全", "2-1": "健康づくり"}
# (施策, 事務事業, 取組内容, 達成度, 課題), the 基本目標 the 施策's first number
ROWS = [
    ("1-1", "1 防災訓練", "防災訓練の実施", "A", ""),
    ("1-1", "1 防災訓練", "避難所運営の見直し", "B", "運営マニュアルの改訂が遅れた。"),
    ("1-2", "1 交通安全", "交通安全教室の開催", "C", "参加者が少なかった。"),
    ("2-1", "1 健康講座", "健康講座の開催", "A", ""),
]


def _city_form(folder: Path) -> Path:
    """The city's form as its 課 return it: each level's cell typed after its word, on every
    row."""
    header = ["基本目標", "施策", "事務事業", "取組内容", "達成度", "課題"]
    rows: list[list[object]] = [["令和5年度 施策評価 調査票"], [], header]
    for measure, project, item, rating, issue in ROWS:
        goal = int(measure.split("-")[0])
        rows.append(
            [f"基本目標{goal} {GOALS[goal]}", f"施策{measure} {MEASURES[measure]}",
             project, item, rating, issue]
        )  # fmt: skip
    (folder / "planeval.toml").write_text(CITY_SETTINGS, encoding="utf-8")
    return write_book(folder / "施策評価_R5.xlsx", {"評価": rows})


def _export(folder: Path, book: Path, *formats: str) -> dict[str, Path]:
    written = {fmt: folder / f"報告書.{fmt}" for fmt in formats}
    options = [part for fmt, path in written.items() for part in (f"--{fmt}", str(path))]
    config = ["--config", str(folder / "planeval.toml")]
    made = RUNNER.invoke(app, ["export", str(book), *options, *config])
    assert made.exit_code == 0, made.output
    return written


def _md_headings(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line[:3] == "## "
            or line[:4] == "### "]  # fmt: skip


def test_a_level_cell_typed_after_its_word_is_read_without_it(tmp_path: Path) -> None:
    book = _city_form(tmp_path)
    config = load_config(tmp_path / "planeval.toml")
    result = planeval.read_workbooks([book], scale=config.scale)
    assert result.problems == []
    assert [(e.policy_id, e.policy_name, e.direction_id, e.direction_name) for e in result.entries] == [
        (m.split("-")[0], GOALS[int(m.split("-")[0])], m, MEASURES[m]) for m, *_ in ROWS
    ]  # fmt: skip
    assert [e.project_id for e in result.entries] == ["1-1-1", "1-1-1", "1-2-1", "2-1-1"]


def test_each_heading_says_the_body_s_word_once_and_its_number_once(tmp_path: Path) -> None:
    written = _export(tmp_path, _city_form(tmp_path), "md", "html", "docx")
    assert _md_headings(written["md"]) == [
        "## 集計",
        "## 基本目標1 安全で安心なまち",
        "### 施策1-1 防災力の向上",
        "### 施策1-2 地域の安全",
        "## 基本目標2 健やかに暮らせるまち",
        "### 施策2-1 健康づくり",
        "## 課題一覧",
    ]
    page = written["html"].read_text(encoding="utf-8")
    assert '<h2 id="policy1">基本目標1 安全で安心なまち</h2>' in page
    assert '<h3><span class="id">施策1-1</span> 防災力の向上</h3>' in page
    document = Document(str(written["docx"]))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[2:4] == ["基本目標1 安全で安心なまち", "基本目標2 健やかに暮らせるまち"]
    # (a direction's heading is its table's title row, repeated on every page it runs onto)
    titles = [table.rows[1].cells[0].text for table in document.tables[-4:-1]]
    assert titles == ["施策1-1 防災力の向上", "施策1-2 地域の安全", "施策2-1 健康づくり"]
    # the terminal's tables head them alike
    config = ["--config", str(tmp_path / "planeval.toml")]
    shown = RUNNER.invoke(
        app, ["tables", str(tmp_path / "施策評価_R5.xlsx"), "-f", "plain", *config]
    )
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("基本目標1 安全で安心なまち\n施策1-1 防災力の向上\n")
    # and check reads the report planeval wrote: each 施策's caption under its own heading
    checked = RUNNER.invoke(
        app, ["check", str(tmp_path / "施策評価_R5.xlsx"), "--text", str(written["md"]), *config]
    )
    assert checked.exit_code == 0, checked.output
    assert (
        "表の説明 3 件と一覧の説明 1 件の記載件数は\n  すべて集計と一致しています" in checked.output
    )


def test_a_sub_heading_施策1_1_over_the_tables_heads_its_direction_with_its_word(
    tmp_path: Path,
) -> None:
    """Headings above the tables, 「基本目標1 …」 then 「施策1-1 …」, each 施策's groups (1) and
    their items ア, イ rated under it."""
    rows: list[list[object]] = [["情報化推進計画 実施状況調査票（令和6年度）"], []]
    rows += [["基本目標1 デジタルで便利な暮らし"], ["項目", "取組内容", "実施状況", "課題"]]
    rows += [["施策1-1 行政手続のオンライン化"], ["(1) 電子申請の拡充"]]
    rows += [["ア", "申請手続のオンライン化", "○", ""], ["イ", "電子納付の導入", "△", "調整中。"]]
    rows += [["施策1-2 情報発信の充実"], ["(1) SNSの活用"], ["ア", "公式LINEの開設", "◎", ""]]
    book = write_book(tmp_path / "情報政策課.xlsx", {"実施状況": rows})
    (tmp_path / "planeval.toml").write_text(
        '[wording]\npolicy = "基本目標"\ndirection = "施策"\nproject = "項目"\n', encoding="utf-8"
    )
    headings = _md_headings(_export(tmp_path, book, "md")["md"])
    assert headings[1:4] == [
        "## 基本目標1 デジタルで便利な暮らし",
        "### 施策1-1 行政手続のオンライン化",
        "### 施策1-2 情報発信の充実",
    ]


def test_a_reform_outline_s_pillar_typed_with_its_word_is_headed_once(tmp_path: Path) -> None:
    """A 行政改革大綱's 改革の柱 | 取組項目 | 担当課 | 実施状況, each 柱 typed 「改革の柱1 …」."""
    header = ["改革の柱", "取組項目", "担当課", "実施状況", "課題・今後の方向性"]
    rows: list[list[object]] = [["令和6年度 行政改革大綱 取組項目の進捗状況調査票"], [], header]
    rows += [
        ["改革の柱1 持続可能な財政運営", "(1) 公共施設の適正配置", "財政課", "取組中", "検討中。"]
    ]
    rows += [["改革の柱1 持続可能な財政運営", "(2) 使用料の見直し", "財政課", "完了", ""]]
    rows += [["改革の柱2 効率的な行政運営", "(1) 事務事業評価の実施", "企画課", "未着手", ""]]
    book = write_book(tmp_path / "総務課.xlsx", {"進捗状況": rows})
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "progress"\n\n[wording]\npolicy = "改革の柱"\nitem = "取組項目"\n'
        'status = "実施状況"\nissue = "課題・今後の方向性"\ndepartment = "担当課"\n',
        encoding="utf-8",
    )
    headings = _md_headings(_export(tmp_path, book, "md")["md"])
    assert headings[1:3] == ["## 改革の柱1 持続可能な財政運営", "## 改革の柱2 効率的な行政運営"]


def test_setagaya_s_headings_stay_as_its_report_prints_them(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    made = RUNNER.invoke(app, ["export", str(SEED_WORKBOOK), "--md", str(out)])
    assert made.exit_code == 0, made.output
    headings = _md_headings(out)
    assert "## （1）情報化政策1 区民の力を活かす情報化" in headings
    assert "### 1-1 ICT を活用した行政サービスの拡充及び継続的改善" in headings


def test_a_direction_word_that_numbers_nothing_stays_out_of_the_heading() -> None:
    """施策の方向 (枚方市's), 方向性, 取り組みの方向性 name the level; no heading says
    「施策の方向1-1」."""
    assert DEFAULT_WORDING.direction_word == ""
    assert Wording(direction="施策の方向").direction_word == ""
    assert Wording(direction="施策").direction_word == "施策"
    assert Wording(policy="基本目標").heading("1", "名前") == "基本目標1 名前"
    assert DEFAULT_WORDING.heading("1", "名前") == "（1）情報化政策1 名前"
