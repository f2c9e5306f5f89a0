"""Review 191 #3: 北浜県's forms title 取組分野 | 取組項目 | 評価, the 取組項目 the rated rows with no
level between. Its planeval.toml wrote ``[wording] project = "取組項目"`` (as README's step 2
did), the project word naming no row read: the whole report said planeval's 実施内容
(「実施内容別の評価」) without a word. A notice now names the line and the key to write."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.body_settings import SURVEY_AB
from tests.conftest import write_book

SCALE = (
    SURVEY_AB
    + """
[wording]
policy = "取組分野"
"""
)
HEADER = ["番号", "取組分野", "取組項目", "評価", "担当課"]


def _run(home: Path, words: str) -> tuple[list[str], list[str]]:
    """summarize --by item of two bodies' forms under ``words`` (the [wording] lines after policy)."""
    (home / "planeval.toml").write_text(SCALE + words, "utf-8")
    folder = home / "回答"
    folder.mkdir(exist_ok=True)
    for code, body in (("362018", "北浜市"), ("364045", "小島村")):
        rows = [["令和7年度 進捗状況調査票"], ["団体コード", code], ["団体名", body], [], HEADER]
        rows += [["1-1", "1 行政サービス", "キャッシュレス決済", "A", "住民課"]]
        rows += [["2-1", "2 行政運営", "文書の電子化", "B", "総務課"]]
        write_book(folder / f"{code}_{body}.xlsx", {"調査票": rows})
    config = ["--config", str(home / "planeval.toml"), "--bodies", "file", "--by", "item"]
    result = CliRunner().invoke(app, ["summarize", str(folder), *config])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines(), result.stderr.replace(f"{home}/", "").splitlines()


def test_a_project_word_naming_the_rated_rows_is_said_with_its_key(tmp_path: Path) -> None:
    words = 'project = "取組項目"\nitem = "取組"\nstatus = "評価"\ndepartment = "担当課"\n'
    shown, said = _run(tmp_path, words)
    assert shown[0] == "取組別の評価"
    assert said == [
        'お知らせ: planeval.toml › 14行目: [wording] の project = "取組項目" は報告書のどの行の言葉'
        "にもなっていません。調査票の「取組項目」の列は評価する行（item）として読みました（読んだ表に"
        " project の段はありません）。このため報告書は評価する行を「取組」と書いています"
        '（project ではなく item = "取組項目" と書いてください）',
        "お知らせ 1 件",
    ]


def test_with_no_item_word_the_rows_are_called_as_the_forms_title_them(tmp_path: Path) -> None:
    """Review 193 #4: the report says the forms' 取組項目, not 実施内容 — nothing to tell."""
    shown, said = _run(tmp_path, 'project = "取組項目"\nstatus = "評価"\ndepartment = "担当課"\n')
    assert shown[0] == "取組項目別の評価"
    assert said == []


def test_the_item_word_names_the_rated_rows_and_nothing_is_said(tmp_path: Path) -> None:
    shown, said = _run(tmp_path, 'item = "取組項目"\nstatus = "評価"\ndepartment = "担当課"\n')
    assert shown[0] == "取組項目別の評価"
    assert said == []
