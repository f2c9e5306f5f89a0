"""The yearly cycle for a city with its own words (review 10, a city's 行政改革大綱): a plan
listed one row per item with items numbered (1)ア, (1)イ and a repeat listing marked in the
city's own numbering, templates written in the city's words, filled and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import planeval
from planeval.config import load_config
from planeval.io.repeats import marked_repeat

TOML = """
[scale]
preset = "progress"

[[scale.status]]
symbol = "-"
label = "再掲"
counted = false

[wording]
policy = "基本方針"
project = "改革項目"
item = "取組項目"
status = "実施状況"
issue = "取組み状況・課題"
department = "所管課"
"""
PLAN_ROWS = [
    ("1-1-1", "窓口サービスの改善", "(1)ア", "窓口の一元化", "市民課"),
    ("1-1-1", "窓口サービスの改善", "(1)イ", "書かない窓口の導入", "市民課"),
    ("1-1-1", "窓口サービスの改善", "(2)ア", "証明書のコンビニ交付の拡大", "市民課"),
    ("2-1-1", "事務事業の見直し", "(1)ア", "事務事業評価の実施", "行政経営課"),
    ("2-1-1", "事務事業の見直し", "(1)イ", "窓口業務の民間委託（1.1(1)ア再掲）", "行政経営課"),
    ("2-2-1", "公共施設の適正配置", "(1)ア", "公共施設等総合管理計画の推進", "行政経営課"),
]


@pytest.fixture()
def city(tmp_path: Path) -> tuple[Path, Path]:
    """The city's planeval.toml and its plan list."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    book = Workbook()
    sheet = book.active
    sheet.title = "計画"
    sheet.append(["事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"])
    for project, name, number, item, department in PLAN_ROWS:
        sheet.append([project, name, number, item, "継続", department])
    book.save(tmp_path / "計画.xlsx")
    return tmp_path / "planeval.toml", tmp_path / "計画.xlsx"


def filled(city: tuple[Path, Path], tmp_path: Path) -> tuple[Path, planeval.Plan]:
    """One whole template, every open status cell rated 取組中."""
    config = load_config(city[0])
    plan = planeval.read_plan(city[1])
    out = tmp_path / "調査票.xlsx"
    planeval.write_templates(
        plan, out, fiscal_year=2022, scale=config.scale, wording=config.wording
    )
    book = load_workbook(out)
    sheet = book["実施状況"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "改革項目")
    status = [cell.value for cell in sheet[header]].index("実施状況") + 1
    for row in range(header + 1, sheet.max_row + 1):
        if sheet.cell(row, 2).value and sheet.cell(row, status).value is None:
            sheet.cell(row, status).value = "取組中"
    book.save(out)
    return out, plan


def test_a_template_in_the_citys_words_is_read_back_per_policy(city, tmp_path) -> None:
    """改革項目 | 取組項目: 取組項目 is a project's title by default, so the filled template
    was read as levels, every project counted as a 基本方針 of its own."""
    path, _ = filled(city, tmp_path)
    config = load_config(city[0])
    result = planeval.read_workbooks([path], scale=config.scale, layout=config.layout)
    assert not [p for p in result.problems if p.is_error]
    summary = planeval.summarize(result.entries, by="policy", scale=config.scale)
    assert {g.id: g.count.total for g in summary.groups} == {"1": 3, "2": 2}


def test_the_repeat_listing_in_the_citys_numbering_is_locked_and_not_counted(
    city, tmp_path
) -> None:
    path, _ = filled(city, tmp_path)
    sheet = load_workbook(path)["実施状況"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    [repeat] = [row for row in rows if row[1] and "再掲" in str(row[1])]
    assert "-" in repeat and "取組中" not in repeat
    assert marked_repeat("窓口業務の民間委託（1.1(1)ア再掲）") == "1.1(1)ア"


def test_validate_against_the_plan_tells_1_a_from_1_i(city, tmp_path) -> None:
    """(1)ア and (1)イ share the number 1: each イ was 「名称が計画と違います」 against the ア."""
    path, plan = filled(city, tmp_path)
    config = load_config(city[0])
    result = planeval.read_workbooks([path], scale=config.scale, layout=config.layout)
    problems = planeval.validate(result, scale=config.scale, plan=plan, wording=config.wording)
    assert [p.message for p in problems if p.is_error] == []


def city_round(path: Path, rows: list[tuple[object, ...]]) -> Path:
    """The city's own status table: a running No., 改革項目 merged down over its items."""
    book = Workbook()
    sheet = book.active
    sheet.append(["基本方針1　市民サービスの向上"])
    sheet.append(["No.", "改革項目", "取組項目", "実施状況", "所管課"])
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    first = 3
    for row in range(3, 3 + len(rows) + 1):  # (each project's cells merged down)
        if row == 3 + len(rows) or (row > first and rows[row - 3][0]):
            if row - 1 > first:
                sheet.merge_cells(f"B{first}:B{row - 1}")
            first = row
    book.save(path)
    return path


def test_a_running_number_is_the_rows_not_the_projects(tmp_path: Path) -> None:
    """No. 1, 2, 3 beside one 「1.1 …」 (review 10): each number was taken for a project of its
    own (IDs 「1-1 2」), and an item renumbered (1)イ → (2)ア was 削除 and 追加."""
    config = load_config_text(tmp_path)
    scale, layout = config.scale, config.layout
    old = city_round(tmp_path / "R3.xlsx", [
        ("1.1 窓口サービスの改善", "(1)ア 窓口の一元化", "取組中", "市民課"),
        (None, "(1)イ 証明書のコンビニ交付の拡大", "未着手", "市民課"),
        ("1.2 行政手続のオンライン化", "(1)ア 電子申請手続の拡大", "取組中", "情報政策課"),
    ])  # fmt: skip
    new = city_round(tmp_path / "R4.xlsx", [
        ("1.1 窓口サービスの改善", "(1)ア 窓口の一元化", "完了", "市民課"),
        (None, "(1)イ 書かない窓口の導入", "取組中", "市民課"),
        (None, "(2)ア 証明書のコンビニ交付の拡大", "取組中", "市民課"),
        ("1.2 行政手続のオンライン化", "(1)ア 電子申請手続の拡大", "完了", "情報政策課"),
    ])  # fmt: skip
    read = planeval.read_workbooks([new], scale=scale, layout=layout)
    assert [(e.project_id, e.item_label, e.item_name) for e in read.entries] == [
        ("1-1", "(1)ア", "窓口の一元化"),
        ("1-1", "(1)イ", "書かない窓口の導入"),
        ("1-1", "(2)ア", "証明書のコンビニ交付の拡大"),
        ("1-2", "(1)ア", "電子申請手続の拡大"),
    ]
    before = planeval.read_workbooks([old], scale=scale, layout=layout)
    comparison = planeval.compare(before, read, scale=scale)
    said = {m.entry.item_name: comparison.describe(m) for m in comparison.movements}
    assert said["証明書のコンビニ交付の拡大"] == "改善（番号変更）"
    assert said["書かない窓口の導入"] == "追加"


def load_config_text(tmp_path: Path):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return load_config(tmp_path / "planeval.toml")


def test_the_instructions_speak_the_citys_words_and_date_its_deadline(city, tmp_path) -> None:
    """記入方法 said 実施内容・達成状況・課題等 on a sheet whose columns are 取組項目・実施状況・取組み
    状況・課題, listed 「未着手　未着手」, and dated the deadline 2023年5月31日 (review 10)."""
    from datetime import date

    config = load_config(city[0])
    out = tmp_path / "調査票.xlsx"
    book = load_workbook(city[1])  # (an item two 部 share: 記入方法 tells who rates it)
    book.active.cell(2, 6).value = "市民課、行政経営課"
    book.save(city[1])
    planeval.write_templates(
        planeval.read_plan(city[1]),
        out,
        fiscal_year=2022,
        scale=config.scale,
        wording=config.wording,
        due=date(2023, 5, 31),
    )
    lines = [str(c.value) for c in load_workbook(out)["記入方法"]["A"] if c.value]
    assert "取組項目ごとの実施状況を一覧から選んで" in lines[1]
    assert "　未着手" in lines and "　未着手　未着手" not in lines
    assert "提出期限: 令和5年5月31日（水）" in lines
    # (the co-owners' sheet is named in the city's words too, 「共管の取組項目」)
    assert any("「共管の取組項目」シート" in line for line in lines)
    assert not any("実施内容" in line or "達成状況" in line for line in lines)
    # the prompt above the table too: 「課題等」 is the city's 取組み状況・課題 (review 13)
    prompt = [str(c.value) for c in load_workbook(out)["実施状況"]["A"] if c.value][2]
    assert prompt.startswith("実施状況は一覧から選び、")
    assert "取組み状況・課題" in prompt and "課題等" not in prompt


def test_a_plan_s_policy_column_names_the_template_s_policies(tmp_path: Path) -> None:
    """A plan list with a 基本方針 column 「基本方針1 市民サービスの向上」: the template had no
    policy row, and every report said 「基本方針1」 with no name (review 10, recheck)."""
    book = Workbook()
    book.active.append(
        ["基本方針", "事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "関係部"]
    )
    book.active.append(["基本方針1 市民サービスの向上", "1-1-1", "窓口サービスの改善", "(1)ア",
                        "窓口の一元化", "継続", "市民課"])  # fmt: skip
    book.save(tmp_path / "計画.xlsx")
    plan = planeval.read_plan(tmp_path / "計画.xlsx")
    assert [item.policy_name for item in plan.items] == ["市民サービスの向上"]
