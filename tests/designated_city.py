"""A designated city's first yearly cycle (review 31's 北浜市, made smaller): a plan of 局 with
its own words (基本目標 › 施策 › 事業 › 取組, A–D, C and D needing an issue text), templates
split by department through planeval, filled as each bureau's clerk fills hers, and the
round exported — the designed workflow other tests check the export of."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

import planeval
from planeval.cli import app

TOML = """[scale]
as_planned = "B"

[[scale.status]]
symbol = "A"
label = "計画を上回って進捗"

[[scale.status]]
symbol = "B"
label = "計画どおり進捗"

[[scale.status]]
symbol = "C"
label = "やや遅れ"
needs_issue = true

[[scale.status]]
symbol = "D"
label = "遅れ"
needs_issue = true

[[scale.status]]
symbol = "-"
label = "再掲"
counted = false

[wording]
title = "北浜市DX推進計画 進捗評価結果"
policy = "基本目標"
direction = "施策"
project = "事業"
item = "取組"
status = "評価"
issue = "課題・今後の方向性"
department = "所管局"
counter = "{counter}"

[plan]
file = "計画.xlsx"
"""
# (project, its name, item number, item, the bureaus: the first leads)
PLAN = [
    ("1-1-1", "電子申請の拡充", "1", "電子申請対象手続の拡大", "市民局"),
    ("1-1-1", "電子申請の拡充", "2", "キャッシュレス納付の導入", "市民局"),
    ("1-1-2", "窓口のデジタル化", "1", "書かない窓口の導入", "区政推進局"),
    ("1-2-1", "ウェブサイトの改善", "1", "ウェブアクセシビリティ対応", "総務局"),
    ("2-1-1", "RPA・AIの活用", "1", "RPA対象業務の拡大", "総務局"),
    ("2-1-1", "RPA・AIの活用", "2", "生成AIの試行導入", "総務局"),
    ("2-1-1", "RPA・AIの活用", "3", "電子申請対象手続の拡大（再掲）", "総務局"),
    ("2-2-1", "学校ICT環境の整備", "1", "端末の更新", "教育委員会事務局"),
    ("2-2-1", "学校ICT環境の整備", "2", "校務システムの統合", "教育委員会事務局"),
]
# what each bureau rates its items (the 再掲 row is written '-' by the template)
RATINGS = {
    "電子申請対象手続の拡大": ("A", ""),
    "キャッシュレス納付の導入": ("B", ""),
    "書かない窓口の導入": ("C", "区役所の改修工事が遅れた"),
    "ウェブアクセシビリティ対応": ("B", ""),
    "RPA対象業務の拡大": ("B", ""),
    "生成AIの試行導入": ("D", "利用指針の策定が遅れた"),
    "端末の更新": ("B", ""),
    "校務システムの統合": ("B", ""),
}
RUNNER = CliRunner()


def city(tmp_path: Path, counter: str = "件") -> Path:
    """The city's folder: planeval.toml (``counter``: its [wording] counter) and 計画.xlsx."""
    (tmp_path / "planeval.toml").write_text(TOML.format(counter=counter), encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for project, name, number, item, bureaus in PLAN:
        sheet.append([project, name, number, item, "継続", bureaus])
    book.save(tmp_path / "計画.xlsx")
    return tmp_path


def returned(home: Path, *, without: tuple[str, ...] = (), blank: tuple[str, ...] = ()) -> Path:
    """The round: each bureau's template filled as RATINGS says, but the bureaus ``without``
    (they returned nothing) and the items ``blank`` (left unrated)."""
    config = planeval.load_config(home / "planeval.toml")
    plan = planeval.read_plan(home / "計画.xlsx")
    folder = home / "回収R6"
    written = planeval.write_templates(
        plan,
        home / "調査票",
        fiscal_year=2024,
        scale=config.scale,
        wording=config.wording,
        split_by_department=True,
    )
    folder.mkdir()
    for template in written:
        if template.department in without:
            continue
        book = load_workbook(template.path)
        sheet = book["実施状況"]
        header = next(row for row in sheet.iter_rows() if row[0].value == "事業")
        titles = [cell.value for cell in header]
        status, issue = titles.index("評価"), titles.index("課題・今後の方向性")
        for row in sheet.iter_rows(min_row=header[0].row + 1):
            item = str(row[1].value or "").split(" ", 1)[-1]
            if item in RATINGS and item not in blank:
                row[status].value, text = RATINGS[item]
                row[issue].value = text or None
        book.save(folder / template.path.name)
    return folder


def run(home: Path, *args: str, code: int = 0) -> str:
    """A command run in the city's folder (its planeval.toml); its standard output."""
    result = RUNNER.invoke(
        app, [*args, "--config", str(home / "planeval.toml")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == code, result.output
    return result.stdout
