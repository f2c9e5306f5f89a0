"""A department that never answered: its policy is missing between two that are read. Without a
plan or roster nothing names who should have answered, but a gap in the policies' numbers
does (review 25: a 施策進行管理 whose こども未来局 sent nothing gave policies 1 and 3, silently)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from typer.testing import CliRunner

from planeval.cli import app

POLICIES = {
    "危機管理本部": ("1 安心・安全で快適に暮らせるまち", "1-1 災害に強いまちをつくる"),
    "こども未来局": ("2 子どもを安心して育てることのできるまち", "2-1 子育てを支える"),
    "健康福祉局": ("3 市民が生き生きと暮らせるまち", "3-1 市民の健康を守る"),
}


def _form(folder: Path, department: str) -> Path:
    """One department's 評価票, as a Kawasaki clerk types it: a column per level."""
    policy, measure = POLICIES[department]
    wb = Workbook()
    ws = wb.active
    ws.title = "評価票"
    ws.append(["施策進行管理・評価票（令和5年度）"])
    ws.append([f"担当部：{department}"])
    ws.append([])
    ws.append(["政策", "施策", "事務事業名", "達成度", "課題・今後の方向性", "担当課"])
    number = measure.split()[0]
    for n, rating in enumerate((2, 3, 4), start=1):
        ws.append([policy, measure, f"{number}-({n}) 事業{n}", rating, "", f"{department}企画課"])
    path = folder / f"評価票_{department}.xlsx"
    wb.save(path)
    return path


def _run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _folder(tmp_path: Path, departments: list[str]) -> Path:
    folder = tmp_path / "r5"
    folder.mkdir()
    for department in departments:
        _form(folder, department)
    words = '[wording]\nproject = "施策"\nitem = "事務事業"\nstatus = "達成度"\n'  # (its titles)
    settings = f'[scale]\npreset = "kawasaki"\n\n{words}'
    (tmp_path / "planeval.toml").write_text(settings, encoding="utf-8")
    return folder


def test_a_policy_between_two_read_is_said_missing(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["危機管理本部", "健康福祉局"])
    config = str(tmp_path / "planeval.toml")
    result = _run("summarize", str(folder), "--config", config)
    assert result.exit_code == 0
    assert (
        f"お知らせ: {folder}: 政策 2 の行がどのファイルにもありません（政策 1・3 はあります）"
        "（その政策を受け持つ部署の回答が届いているか確かめてください。"
        "計画の一覧があれば validate --plan で提出状況が分かります）"
    ) in result.stderr
    assert "お知らせ 1 件" in result.stderr  # (in the body's words: the preset's 政策)


def test_every_department_answered_or_one_department_s_own_file_says_nothing(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path, list(POLICIES))
    config = str(tmp_path / "planeval.toml")
    result = _run("summarize", str(folder), "--config", config)
    assert result.exit_code == 0 and result.stderr == ""
    # (a form holding policies 1 and 3 alone, checked by its department: not the collection)
    (folder / "評価票_こども未来局.xlsx").unlink()
    (folder / "評価票_健康福祉局.xlsx").unlink()
    two = Workbook()
    two.active.append(["政策", "施策", "事務事業名", "達成度"])
    two.active.append(["1 安心", "1-1 災害", "1-1-(1) 事業", 2])
    two.active.append(["3 生き生き", "3-1 健康", "3-1-(1) 事業", 3])
    (folder / "評価票_危機管理本部.xlsx").unlink()
    two.save(folder / "評価票_危機管理本部.xlsx")
    result = _run("summarize", str(folder), "--config", config)
    assert result.exit_code == 0 and result.stderr == ""
