"""Review 186 #3: a rating left blank because its figure is not yet known (健康福祉部's G9, its
現状値 E9 「集計中」) was 「…の指標の評価が空です（A B C D のいずれかを入力してください）」, the
集計中 beside it unsaid. Its error now names the 現状値 and offers the status a prefecture
would rate such a row with, not counted: the planeval.toml lines adding it, or the scale's own
where it has one — and that status, typed, is shown and not counted, with no error."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.config import load_config
from planeval.model import Severity
from tests.conftest import write_book

TOML = '[scale]\npreset = "aichi"\n\n[wording]\nproject = "項目"\nitem = "指標"\nstatus = "指標の評価"\n'
HELD = '\n[[scale.status]]\nsymbol = "評価保留"\nlabel = "集計中"\ncounted = false\n'
HEADER = ["項目", "指標", "策定時", "前年度", "現状値", "目標値", "指標の評価", "担当課"]


def _read(tmp_path: Path, rating: str | None, toml: str = TOML) -> planeval.ReadResult:
    rows: list[list[object]] = [
        ["基本目標2　暮らしと産業を支えるデジタル社会の実現"],
        ["施策2-1　健康・福祉分野のデジタル化"],
        HEADER,
        ["(1) 医療のデジタル化"],
        ["ア", "オンライン診療に対応した医療機関の割合", 8.0, 22.0, 28.0, 30.0, "B", "医療計画課"],
        ["イ", "電子処方箋を導入した薬局の割合", 0.0, 45.0, "集計中", 80.0, rating, "医薬安全課"],
    ]
    form = write_book(tmp_path / "R6_健康福祉部.xlsx", {"進捗状況": rows})
    (tmp_path / "planeval.toml").write_text(toml, encoding="utf-8")
    return planeval.read_workbooks([form], scale=load_config(tmp_path / "planeval.toml").scale)


def test_a_blank_beside_a_figure_not_yet_known_names_it_and_the_status(tmp_path: Path) -> None:
    read = _read(tmp_path, None)
    said = [(p.severity, p.location.cell, p.message, p.hint) for p in read.problems]
    assert (
        said
        == [
            (
                Severity.ERROR,
                "G6",
                "実施内容「(1)イ 電子処方箋を導入した薬局の割合」の達成状況が空です（医薬安全課の行）",  # (the library's words)
                "現状値（E6）が「集計中」です。現状値が出ていないため評価しないなら、planeval.toml に "
                '[[scale.status]] を加えて symbol = "評価保留"・label = "集計中"・counted = false と'
                "書き、この欄に 評価保留 と入力すると、件数に含めず表に載せます。評価するなら A B C D"
                " のいずれかを入力してください",
            )
        ]
    )


def test_with_the_status_declared_the_fix_is_to_type_it(tmp_path: Path) -> None:
    read = _read(tmp_path, None, TOML + HELD)
    assert [p.hint for p in read.problems] == [
        "現状値（E6）が「集計中」です。現状値が出ていないため評価しないなら 評価保留 と入力すると、"
        "件数に含めず表に載せます。評価するなら A B C D のいずれかを入力してください"
    ]
    typed = _read(tmp_path, "評価保留", TOML + HELD)
    assert typed.problems == []
    assert [(e.item_name, e.status) for e in typed.entries] == [
        ("オンライン診療に対応した医療機関の割合", "B"),
        ("電子処方箋を導入した薬局の割合", "評価保留"),
    ]


def _export(tmp_path: Path) -> tuple[Path, Path]:
    """The blank's form exported past its error (--keep-going), as Markdown and a workbook."""
    from typer.testing import CliRunner

    from planeval.cli import app

    _read(tmp_path, None)
    md, book = tmp_path / "報告.md", tmp_path / "報告.xlsx"
    config = ["--config", str(tmp_path / "planeval.toml"), "--keep-going", "-qq"]
    args = ["export", str(tmp_path / "R6_健康福祉部.xlsx"), *config, "--md", str(md)]
    made = CliRunner().invoke(app, [*args, "--xlsx", str(book)])
    assert made.exit_code == 1, made.output  # (its error, said to the clerk as before)
    return md, book


# (its row published as not yet rated, no 「エラー」 to residents: 「エラーがあったため」 and
# 「未集計（エラー）」 before)
BLANK_SAID = "なお、このほか指標1件は、評価が記入されていないため集計に含めていません。"


def test_exported_past_its_error_the_blank_is_published_as_not_yet_rated(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    md, book = _export(tmp_path)
    text = md.read_text(encoding="utf-8")
    assert text.count(BLANK_SAID) == 1  # (its policy's sentence; one policy, no plan's)
    assert (
        "|  | イ 電子処方箋を導入した薬局の割合 | 0 | 45 | 集計中 | 80 | 未評価 | 医薬安全課 |"
        in text
    )
    assert "\n※未評価：評価が記入されていないため件数に含めていません" in text  # (the legend)
    assert "／未評価 1指標）" in text  # (the table's caption)
    assert "エラーがあった" not in text and "未集計（エラー）" not in text
    workbook = load_workbook(book)
    cells = [
        str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row if c.value
    ]
    assert "未評価" in cells and "未集計（エラー）" not in cells
    assert sum(BLANK_SAID in cell for cell in cells) == 1


def test_checked_against_its_forms_every_number_of_that_report_agrees(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from planeval.cli import app

    md, _ = _export(tmp_path)
    config = ["--config", str(tmp_path / "planeval.toml"), "--keep-going", "-qq"]
    args = ["check", str(tmp_path / "R6_健康福祉部.xlsx"), *config, "--text", str(md)]
    checked = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert checked.exit_code == 1  # (the form's blank, its error; no number disagrees)
    assert "記載件数はすべて集計と一致しています" in checked.stdout, checked.output
    assert "食い違い" not in checked.stdout
