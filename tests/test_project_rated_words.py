"""西浦町's DX plan (review 131 #7): each 課's form rates one row per 事業 —
番号 | 事業名 | 指標 | 現状値（R4） | 実績値（R5） | 目標値（R9） | 評価（S～C、−） | 評価の理由・課題 | 担当課 —
under an unnumbered 基本方針 line, read with ``[scale] preset = "nagayo"`` and a ``[wording]``
naming the title, the policy and the department only.

Every output called the rows 実施内容 and the status 達成状況, words the town never uses
(「産業建設課の実施内容 5 件」, 「個別の実施内容ごとの達成状況は」); and with ``item = "事業"`` set,
the issue list was headed 「事業 | 事業」 — the 事業 and its 指標 — and Chapter 3's column of
指標 was titled 事業. The rows are worded as the 事業 they are, the status as the forms title
it, and the column beside the 事業 keeps the forms' 指標."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app
from planeval.distinct_ids import ListedIds
from planeval.report.issue_list import issue_headers
from planeval.wording_presets import OWN_WORDING_BASE

HEADER = [
    "番号",
    "事業名",
    "指標",
    "現状値（R4）",
    "実績値（R5）",
    "目標値（R9）",
    "評価（S～C、−）",
    "評価の理由・課題",
    "担当課 ※必須",
]
POLICIES = {"1": "正しく安全にICTを利活用できる人づくり", "2": "効率的で持続可能な行政運営"}
ROWS = {
    "総務課": [
        ("1.1", "職員向け情報セキュリティ研修", "研修受講率", "A", "計画どおり実施した。"),
        ("2.1", "文書管理・電子決裁の導入", "電子決裁率", "B", "電子決裁率が目標に届いていない。"),
    ],
    "企画政策課": [
        ("1.2", "町民向けデジタル講座", "講座開催回数", "S", "目標を前倒しで達成した。"),
        ("2.2", "RPAの導入", "導入業務数", "C", "対象業務の選定が遅れた。"),
    ],
}
SETTINGS = """[scale]
preset = "nagayo"

[wording]
title = "第2次西浦町DX推進計画 進捗評価"
policy = "基本方針"
department = "担当課"
{item}"""


def _form(path: Path, department: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗評価"
    ws.append(["令和5年度　第2次西浦町DX推進計画　進捗評価調査票"])
    ws.append([f"担当課：{department}"])
    ws.append([])
    for policy, name in POLICIES.items():
        ws.append([name])
        ws.append(HEADER)
        for number, project, indicator, rating, why in ROWS[department]:
            if number.startswith(policy):
                ws.append([number, project, indicator, "10", "20", "30", rating, why, department])
        ws.append([])
    ws.append(
        [
            "※評価　S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった　−：評価できない"
        ]
    )
    wb.save(path)


def _forms(tmp_path: Path, item: str = "") -> list[str]:
    """The forms and planeval.toml (``item``: lines added to it); the forms' paths and the
    settings' options."""
    (tmp_path / "planeval.toml").write_text(SETTINGS.format(item=item), encoding="utf-8")
    for number, department in enumerate(ROWS, 1):
        _form(tmp_path / f"0{number}_{department}.xlsx", department)
    files = [str(path) for path in sorted(tmp_path.glob("0*.xlsx"))]
    return [*files, "--config", str(tmp_path / "planeval.toml")]


def _export(tmp_path: Path, item: str = "") -> str:
    out = tmp_path / "報告.md"
    result = CliRunner().invoke(app, ["export", *_forms(tmp_path, item), "--md", str(out)])
    assert result.exit_code == 0, result.output
    assert "警告" not in result.output and "お知らせ" not in result.output  # (a clean run)
    return out.read_text(encoding="utf-8")


def test_the_rows_are_called_the_projects_they_are_and_the_status_as_the_forms_title_it(
    tmp_path: Path,
) -> None:
    report = _export(tmp_path)
    assert "個別の事業ごとの評価は、計画以上に達成1件、計画どおり達成1件でした。" in report
    assert (
        "| 体系 | 指標 | 現状値（R4） | 実績値（R5） | 目標値（R9） | 評価 | 評価の理由・課題 |"
        in report
    )
    assert "と評価された事業。" in report
    # (the issue list with each row's figures, review 172 #4)
    figures = "現状値（R4） | 実績値（R5） | 目標値（R9）"
    assert f"| 事業 | 指標 | {figures} | 評価 | 評価の理由・課題 | 担当課 |" in report
    assert "実施内容" not in report and "達成状況" not in report


def test_item_set_to_the_projects_word_never_titles_two_columns_alike(tmp_path: Path) -> None:
    report = _export(tmp_path, 'item = "事業"\n')
    # (before: 「| 事業 | 事業 | 達成状況 |」 over 「1.2 町民向けデジタル講座 | 講座開催回数」)
    figures = "現状値（R4） | 実績値（R5） | 目標値（R9）"  # (review 172 #4)
    assert f"| 事業 | 指標 | {figures} | 評価 | 評価の理由・課題 | 担当課 |" in report
    assert "| 体系 | 指標 | 現状値（R4） |" in report
    assert "| 1.2 町民向けデジタル講座 | 講座開催回数 | 10 | 20 | 30 | S |" in report


def _plan(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "計画事業一覧"
    ws.append(["第2次西浦町DX推進計画（令和5年度～令和9年度）　事業一覧"])
    ws.append([])
    ws.append(["基本方針", "番号", "事業名", "指標", "現状値", "目標値", "担当課"])
    rows = [(row[0], *row[1:3], department) for department, rs in ROWS.items() for row in rs]
    rows.append(("2.3", "商店街キャッシュレス支援", "参加店舗数", "産業建設課"))
    for number, project, indicator, department in sorted(rows):
        policy = POLICIES[number[0]]
        ws.append([policy, number, project, indicator, "10", "30", department])
    wb.save(path)


def test_validate_says_the_rows_as_the_projects_once(tmp_path: Path) -> None:
    _plan(tmp_path / "計画.xlsx")
    args = _forms(tmp_path, '\n[plan]\nfile = "計画.xlsx"\n')
    result = CliRunner().invoke(app, ["validate", *args])
    lines = result.output.splitlines()
    unreturned = [line for line in lines if "産業建設課の回答がどのファイルにもありません" in line]
    # (said twice before, once in the read's words and once in validate's)
    assert len(unreturned) == 1, result.output
    assert "この課が所管する計画の事業 1 件は集計に含まれていません" in unreturned[0]
    assert any("所管の事業" in line for line in lines), result.output


def test_the_id_column_is_numbered_where_the_item_column_has_the_projects_word() -> None:
    # (each ID its project's, the item column titled as the project is: never both 事業)
    words = replace(OWN_WORDING_BASE, item="事業", item_counted="事業")
    listed = ListedIds(projects_only=True)
    assert issue_headers(words, listed)[:2] == ("番号", "事業")
    assert issue_headers(replace(words, item_title="指標"), listed)[:2] == ("事業", "指標")
