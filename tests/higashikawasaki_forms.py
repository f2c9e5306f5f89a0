"""東川崎市's 施策進行管理・評価票 (review 96), built as its clerks build them: one workbook per
局 under 「令和N年度 東川崎市総合計画 施策進行管理・評価票（事務事業別）」 and 「所管局：…」, one
column per level — `基本政策 | 政策 | 施策番号 | 施策名 | 事務事業名 | 重点 | 所管局 | 所管課 |
達成度（1～5） | 今後の方向性` —, the level cells merged down, the 施策 numbered 「1-1-(1)」 in a
column of their own, the 事務事業 with no number, 重点 marked ●, a legend under the table. A 施策
is shared by several 局, each rating its own 事務事業 under it; a co-owned 事務事業 is on both 局's
forms, its co-owner's copy left blank."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

POLICIES = {"1": "Ⅰ 安心のふるさとづくり", "4": "Ⅳ 活力と魅力あふれるまちづくり"}
DIRECTIONS = {"1-1": "災害から生命を守る", "1-2": "暮らしの安全を守る", "4-1": "地域経済を支える"}
# (施策番号, 施策名, 事務事業名, 重点, 所管局, 共管局, 令和6年度, 令和7年度)
Item = tuple[str, str, str, bool, str, str, int, int]
ITEMS: list[Item] = [
    ("1-1-(1)", "防災体制の強化", "防災訓練推進事業", True, "危機管理局", "", 3, 2),
    ("1-1-(1)", "防災体制の強化", "耐震化促進事業", False, "まちづくり局", "", 3, 3),
    ("1-1-(1)", "防災体制の強化", "防災情報発信事業", False, "総務企画局", "", 2, 3),
    ("1-1-(2)", "地域防災力の向上", "自主防災組織支援事業", False, "危機管理局", "", 2, 2),
    ("1-1-(2)", "地域防災力の向上", "避難路整備事業", True, "まちづくり局", "", 4, 3),
    ("1-1-(2)", "地域防災力の向上", "事業所防災支援事業", False, "経済労働局", "", 3, 2),
    ("1-1-(2)", "地域防災力の向上", "地域防災連携事業", False, "危機管理局", "総務企画局", 3, 2),
    ("1-2-(1)", "交通安全の推進", "交通安全啓発事業", False, "危機管理局", "", 2, 1),
    ("1-2-(1)", "交通安全の推進", "通学路整備事業", False, "まちづくり局", "", 3, 3),
    ("1-2-(1)", "交通安全の推進", "自転車活用推進事業", True, "総務企画局", "", 3, 2),
    ("4-1-(1)", "中小企業の支援", "中小企業融資事業", True, "経済労働局", "", 2, 2),
    ("4-1-(1)", "中小企業の支援", "商店街活性化事業", False, "経済労働局", "", 3, 4),
    ("4-1-(2)", "観光の振興", "観光プロモーション事業", False, "経済労働局", "", 4, 3),
    ("4-1-(2)", "観光の振興", "観光案内整備事業", False, "まちづくり局", "", 3, 4),
]
BUREAUS = ("危機管理局", "まちづくり局", "総務企画局", "経済労働局")
KA = {"危機管理局": "危機管理課", "まちづくり局": "都市計画課", "総務企画局": "企画調整課",
      "経済労働局": "産業政策課"}  # fmt: skip
HEADER = ("基本政策", "政策", "施策番号", "施策名", "事務事業名", "重点", "所管局", "所管課",
          "達成度（1～5）", "今後の方向性")  # fmt: skip
WORDING = """
[wording]
title = "東川崎市総合計画 施策進行管理・評価結果"
policy = "基本政策"
direction = "政策"
project = "施策"
item = "事務事業"
status = "達成度"
issue = "今後の方向性"
department = "所管局"
"""
# the first run's settings (preset and words), and those that read the forms
FIRST_SETTINGS = '[scale]\npreset = "kawasaki"\n\n[layout]\nstatus_column = "達成度"\n' + WORDING
SETTINGS = FIRST_SETTINGS.replace(
    "\n[wording]", '[layout.titles]\nitem = ["事務事業名"]\n\n[wording]', 1
)


def bureau_form(
    folder: Path,
    bureau: str,
    year: int,
    *,
    city: str = "東川崎市",
    items: Sequence[Item] = ITEMS,
    name: str = "",
) -> Path:
    """One 局's 評価票 of 令和 ``year`` (6 or 7): the 事務事業 of ``items`` it leads rated, those
    it co-owns listed blank; saved as ``name`` (else the 局's name) in ``folder``."""
    book = Workbook()
    sheet = book.active
    sheet.title = "評価票"
    sheet["A1"] = f"令和{year}年度 {city}総合計画 施策進行管理・評価票（事務事業別）"
    sheet["A2"] = f"所管局：{bureau}"
    for column, title in enumerate(HEADER, 1):
        sheet.cell(row=4, column=column, value=title)
    mine = [item for item in items if bureau in item[4:6]]
    runs: list[list[tuple[int, object]]] = [[] for _ in range(4)]  # (each level's runs)
    row = 5
    for number, measure, item, focus, lead, _co, *ratings in mine:
        status = ratings[year - 6] if lead == bureau else None
        issue = None if status is None else "事業を継続" if status <= 3 else "改善して継続"
        levels = (POLICIES[number[0]], f"{number[:3]} {DIRECTIONS[number[:3]]}", number, measure)
        for runs_of, value in zip(runs, levels, strict=True):
            if not runs_of or runs_of[-1][1] != value:
                runs_of.append((row, value))
        cells = (item, "●" if focus else None, lead, KA[lead], status, issue)
        for column, value in enumerate(cells, 5):
            sheet.cell(row=row, column=column, value=value)
        row += 1
    for column, runs_of in enumerate(runs, 1):  # (a level cell typed once, merged down)
        for (first, value), (after, _) in zip(runs_of, [*runs_of[1:], (row, None)], strict=True):
            sheet.cell(row=first, column=column, value=value)
            if after - 1 > first:
                sheet.merge_cells(start_row=first, start_column=column, end_row=after - 1,
                                  end_column=column)  # fmt: skip
    legend = "達成度：1 目標を大きく上回って達成　2 目標を上回って達成　3 ほぼ目標どおり　"
    sheet.cell(row=row + 1, column=1, value=legend + "4 目標を下回った　5 目標を大きく下回った")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{bureau}.xlsx")
    book.save(path)
    return path


def city_round(folder: Path, year: int, *, missing: tuple[str, ...] = ()) -> Path:
    """A round's folder of the 局's forms, without those of ``missing`` (never answered)."""
    for bureau in BUREAUS:
        if bureau not in missing:
            bureau_form(folder, bureau, year)
    return folder


def settings(folder: Path, text: str = SETTINGS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return path


def rated(year: int, *, missing: tuple[str, ...] = ()) -> dict[str, int]:
    """Each 事務事業's 達成度 of 令和 ``year`` as its lead rated it (none of ``missing``)."""
    return {item[2]: item[6 + year - 6] for item in ITEMS if item[4] not in missing}


def city_plan(
    folder: Path,
    items: Sequence[Item] = ITEMS,
    *,
    ended: Sequence[str] = (),
    name: str = "",
    added: Sequence[str] = (),
) -> Path:
    """The city's 計画事業一覧 (one row per 事務事業, its 所管局 and co-owner 「危機管理局、総務企画局」),
    its 施策 numbered 1-1-1: a plan's 「1-1-(1)」 is refused (review 96's finding 5); the
    事務事業 of ``ended`` marked 終了 in its 区分, those of ``added`` 新規 (a plan revised to add
    them); saved as ``name`` (else 計画事業一覧.xlsx)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "計画事業一覧"
    sheet.append(["東川崎市総合計画 第3期実施計画 計画事業一覧"])
    sheet.append([])
    sheet.append(["基本政策", "政策", "施策番号", "施策名", "事務事業名", "区分", "所管局", "重点"])
    for number, measure, item, focus, lead, co, *_ratings in items:
        direction = f"{number[:3]} {DIRECTIONS[number[:3]]}"
        plain = number.replace("(", "").replace(")", "")
        owners = f"{lead}、{co}" if co else lead
        mark = "●" if focus else None
        treatment = "終了" if item in ended else "新規" if item in added else "継続"
        sheet.append(
            [POLICIES[number[0]], direction, plain, measure, item, treatment, owners, mark]
        )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or "計画事業一覧.xlsx")
    book.save(path)
    return path
