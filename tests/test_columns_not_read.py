"""A column a clerk added to the form under a title no role claims (担当者, 備考２) was read as
nothing and said nothing: its contents vanished from every count and output unsaid. A filled
one is now named in a notice, once per file and column, with its title and letter; a value
column (進捗率) is shown with the rated rows and said nothing of, and the designed workflow —
Setagaya's own tables, planeval's templates and exports read back — says nothing at all."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.model import Severity
from planeval.presets import PRESETS
from tests.conftest import SEED_WORKBOOK, write_book

NAGOYA = PRESETS["nagoya"]  # (守山区: A–D, - 事業が中止となったもの, counted)
HEADER = ["番号", "事業名", "取組内容", "取組み結果", "取組み状況・課題", "担当課"]
FIRST = [
    ["令和5年度 守山区区政運営方針 取組み結果"],
    [],
    ["基本方針1 安心・安全に暮らせるまち"],
    [*HEADER, "担当者", "備考２", "進捗率"],
    [1, "防災訓練の実施", "学区ごとの訓練", "A", "全学区で実施した", "総務課", "山田", "", 1.0],
    [2, "防犯パトロール", "青色回転灯車の巡回", "B", "", "地域力推進室", "", "要再確認", 0.85],
    [3, "地域見守り", "高齢者宅の訪問", "C", "担い手が不足", "福祉課", "", "", 0.6],
    [],
    ["※ 担当者の欄は区役所内の連絡用です"],
]
SECOND = [
    ["基本方針2 健やかに暮らせるまち"],
    [*HEADER, "担当者", "確認日"],
    [4, "健康づくり", "ウォーキング教室", "A", "", "保健予防課", "佐藤", ""],
    [5, "食育", "親子料理教室", "-", "会場改修のため中止", "保健予防課", "佐藤", ""],
]

NOTICE_担当者 = (
    "「担当者」の列（G列）は読んでいません（シート「基本方針2」の同じ列も）。planeval の知らない"
    "列名のため、記入された内容は集計にもどの出力にも使われません"
)
NOTICE_備考２ = (
    "「備考２」の列（H列）は読んでいません。planeval の知らない列名のため、記入された内容は"
    "集計にもどの出力にも使われません"
)


def hint(title: str) -> str:
    """The fix of a column's notice: the line that silences it, and where to copy its cells
    (its table reads a 課題 and a 担当課 already: no role is offered, a table reads one each)."""
    return (
        "数え方に影響はないため、使わない列ならこのままで構いません。このお知らせを出さないなら"
        f' planeval.toml の [columns] に ignore = ["{title}"] と書いてください。内容を使うなら、'
        "読まれる列（課題等など）に書き写してください"
    )


def _moriyama(folder: Path, name: str = "守山区_取組み結果.xlsx") -> Path:
    return write_book(folder / name, {"基本方針1": FIRST, "基本方針2": SECOND})


def test_a_filled_column_no_role_reads_is_named_once_per_file_and_column(tmp_path: Path) -> None:
    path = _moriyama(tmp_path)
    result = planeval.read_workbooks([path], scale=NAGOYA)
    said = [
        (p.severity, p.location.sheet, p.location.cell, p.message, p.hint) for p in result.problems
    ]
    assert said == [
        (Severity.NOTICE, "基本方針1", "G4", NOTICE_担当者, hint("担当者")),
        (Severity.NOTICE, "基本方針1", "H4", NOTICE_備考２, hint("備考２")),
    ]  # (確認日, left empty, and 進捗率, a value column, say nothing)
    assert all(p.location.file == str(path) for p in result.problems)
    # nothing is counted otherwise: every rated row, and 進捗率 shown beside its rating
    assert [e.status for e in result.entries] == ["A", "B", "C", "A", "-"]
    shown = [dict(result.values[e.location]).get("進捗率") for e in result.entries[:3]]
    assert shown == ["1", "0.85", "0.6"]


def test_a_role_the_table_lacks_is_offered_in_the_fix(tmp_path: Path) -> None:
    """A form with no 所管 column, a clerk's 担当 added under a title of its own: reading it
    as the department's column is offered, with the line that does it."""
    rows = [
        ["番号", "事業名", "取組内容", "取組み結果", "取組み状況・課題", "担当者名"],
        [1, "防災訓練の実施", "学区ごとの訓練", "A", "", "総務課 山田"],
    ]
    path = write_book(tmp_path / "守山区.xlsx", {"基本方針1": rows})
    (notice,) = planeval.read_workbooks([path], scale=NAGOYA).problems
    assert notice.message.startswith("「担当者名」の列（F列）は読んでいません。")
    assert notice.hint == (
        "数え方に影響はないため、使わない列ならこのままで構いません。このお知らせを出さないなら"
        ' planeval.toml の [columns] に ignore = ["担当者名"] と書いてください。所管の列として読ませるなら'
        ' planeval.toml の [layout.titles] に department = ["担当者名"] と書き、ほかの内容なら'
        "読まれる列に書き写してください"
    )
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "nagoya"\n[layout.titles]\ndepartment = ["担当者名"]\n', encoding="utf-8"
    )
    settings = planeval.load_config(config)
    read = planeval.read_workbooks([path], scale=settings.scale, layout=settings.layout)
    assert read.problems == [] and [e.department for e in read.entries] == ["総務課 山田"]


def test_a_note_kept_as_text_or_a_column_left_empty_says_nothing(tmp_path: Path) -> None:
    """A note under the table in a column no role reads is the sheet's text (check reads
    it), and a titled column nobody filled loses nothing."""
    rows = [
        ["基本方針1 安心・安全に暮らせるまち"],
        [*HEADER, "", "担当者"],
        [1, "防災訓練の実施", "学区ごとの訓練", "A", "", "総務課", "", ""],
        [],
        ["", "", "", "", "", "", "", "※ 連絡用の欄です"],
    ]
    path = write_book(tmp_path / "守山区.xlsx", {"基本方針1": rows})
    result = planeval.read_workbooks([path], scale=NAGOYA)
    assert result.problems == []
    assert "※ 連絡用の欄です" in [text.text for text in result.texts]


def test_many_bodies_adding_the_same_column_is_one_line(tmp_path: Path) -> None:
    """Every ward's form with the same added column: one line naming the first few places
    and the rest's count (report/problems.py; it was the first three files in full, then the
    rest in one line: review 188)."""
    for ward in ("守山区", "千種区", "東区", "北区", "西区", "中村区", "中区"):
        _moriyama(tmp_path, f"{ward}_取組み結果.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    out = CliRunner().invoke(
        app, ["summarize", str(tmp_path), "--config", str(config)], env={"COLUMNS": "400"}
    )
    assert out.exit_code == 0, out.output
    lines = [line for line in out.stderr.splitlines() if "「担当者」の列" in line]
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("お知らせ: 同じお知らせが 7 ファイルの 7 か所にあります")


def test_the_designed_workflow_names_no_column(tmp_path: Path) -> None:
    """Setagaya's tables, and planeval's own export read back, say nothing of any column."""
    seed = CliRunner().invoke(app, ["summarize", str(SEED_WORKBOOK)])
    assert seed.exit_code == 0 and "読んでいません" not in seed.output, seed.output
    book = tmp_path / "評価.xlsx"
    exported = CliRunner().invoke(app, ["export", str(SEED_WORKBOOK), "--xlsx", str(book)])
    assert exported.exit_code == 0, exported.output
    again = CliRunner().invoke(app, ["summarize", str(book)])
    assert again.exit_code == 0 and "読んでいません" not in again.output, again.output
