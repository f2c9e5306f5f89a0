"""A prefecture's plan of 柱 › 取組の方向 › 取組, each 取組 one 取組内容 (東尾張県's ITプラン, review
161 #11), one 部局 of which sent nothing: the whole plan's sentence says what it counted as a
part of the plan's (「全6取組のうち回答のあった4取組を進めました」, not 「4取組を進めました」 of a
plan of 6), ``check`` reading it back, and each 取組の方向's line counts its rows once
(「取組内容 2」, not 「取組 2・取組内容 2」)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book
from tests.higashiowari_forms import SETTINGS as BASE_SETTINGS

SETTINGS = BASE_SETTINGS + 'issue = "課題・今後の取組"\ncounter = "取組"\n'
PLAN = [  # (柱, 取組の方向, No., 取組名, 所管部局, 達成状況)
    ("柱1 行政サービスのデジタル化", "(1) オンライン手続", "1-(1)-①", "マイナンバーカードの活用促進", "総務局", "A"),
    ("柱1 行政サービスのデジタル化", "(1) オンライン手続", "1-(1)-②", "スタートアップ支援のデジタル化", "建設局", "B"),
    ("柱1 行政サービスのデジタル化", "(1) オンライン手続", "1-(1)-③", "交通安全情報", "警察本部", ""),
    ("柱2 地域社会のデジタル化", "(1) 医療・教育", "2-(1)-①", "ガバメントクラウドへの対応", "総務局", "C"),
    ("柱2 地域社会のデジタル化", "(1) 医療・教育", "2-(1)-②", "遠隔診療", "建設局", "A"),
    ("柱2 地域社会のデジタル化", "(1) 医療・教育", "2-(1)-③", "サイバー対策", "警察本部", ""),
]  # fmt: skip
UNRETURNED = "警察本部"


def _round(tmp_path: Path) -> tuple[Path, Path, Path]:
    """planeval.toml, the plan, and the forms returned by all but 警察本部, filled."""
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    rows: list[tuple[object, ...]] = [
        ("東尾張県ITプラン2025 取組一覧",),
        (),
        ("柱", "取組の方向", "No.", "取組名", "取組内容", "所管部局", "区分"),
    ]
    rows += [
        (p, d, no, name, f"{name}を推進する。", owner, "継続") for p, d, no, name, owner, _ in PLAN
    ]
    plan_path = write_book(tmp_path / "計画.xlsx", {"計画事業一覧": rows})
    config = planeval.load_config(tmp_path / "planeval.toml")
    written = planeval.write_templates(
        planeval.read_plan(plan_path, layout=config.layout, wording=config.wording),
        tmp_path / "調査票",
        fiscal_year=2025,
        scale=config.scale,
        wording=config.wording,
        split_by_department=True,
    )
    folder = tmp_path / "回答"
    folder.mkdir()
    ratings = {no: status for _p, _d, no, _name, _owner, status in PLAN}
    for template in written:
        if template.department == UNRETURNED:
            continue
        book = load_workbook(template.path)
        sheet = book["実施状況"]
        header = next(row for row in sheet.iter_rows() if row[0].value == "取組番号")
        status = [cell.value for cell in header].index("達成状況")
        for row in sheet.iter_rows(min_row=header[0].row + 1):
            if row[0].value in ratings:
                row[status].value = ratings[row[0].value]
        book.save(folder / template.path.name)
    return tmp_path / "planeval.toml", plan_path, folder


def _run(*args: str) -> CliRunner:
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_the_whole_sentence_says_the_plans_count_and_the_lines_count_once(tmp_path: Path) -> None:
    settings, plan, folder = _round(tmp_path)
    md = tmp_path / "報告.md"
    exported = _run("export", str(folder), "--plan", str(plan), "--md", str(md),
                    "--config", str(settings), "-q")  # fmt: skip
    assert exported.exit_code == 0, exported.output
    text = md.read_text(encoding="utf-8")
    rated = sum(1 for *_, status in PLAN if status)
    assert (
        f"計画全体では、全{len(PLAN)}取組のうち回答のあった{rated}取組について評価しました。"
        in text
    ), text
    lines = [line for line in text.splitlines() if line.startswith(("取組 ", "取組内容 "))]
    assert lines, text
    for line in lines:  # (each 取組 one 取組内容: the rows counted once)
        assert line.startswith("取組内容 "), line
    checked = _run("check", str(folder), "--plan", str(plan), "--text", str(md),
                   "--config", str(settings), "-q")  # fmt: skip
    assert checked.exit_code == 0, checked.output
    wrong = text.replace(f"回答のあった{rated}取組", f"回答のあった{rated - 1}取組")
    md.write_text(wrong, encoding="utf-8")
    checked = _run("check", str(folder), "--plan", str(plan), "--text", str(md),
                   "--config", str(settings), "-q")  # fmt: skip
    assert checked.exit_code == 1, checked.output
