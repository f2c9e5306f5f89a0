"""Status workbooks made the way other local governments' clerks make them.

Independent test data for planeval: each `Body` writes one or more .xlsx files in the layout,
titles, numbering and status scale of one body described in the team guide (OTHER-BODIES.md),
and carries the figures a correct reader must find in them (`expected`).  Nothing here imports
planeval; the counts are the bodies' published figures (or invented, plausible ones), and the
rows are generated to give exactly those counts.

`expected` keys (see tests/other_bodies.md for the per-body notes):

- status_columns: the status column title(s) exactly as written in the header row
- scale: [{"symbol", "label", "counted"}] in published order; best_first: is that order best first
  (for a body with two status columns, both are a dict per status column title)
- cell_values: {cell text: symbol} where the cell does not hold the bare symbol (Gunma's 「達成A」)
- numeric_cells: the status cells hold numbers (Kawasaki's 達成度 1-5)
- counts, total, uncounted, groups: the plan's counts; groups per top-level id
  (two status columns: each a dict per status column title)
- percent (and percent_cells, where the workbook prints them): one decimal, largest remainder
- levels, titles: the body's own words for its hierarchy levels and column roles
- statements: sentences with stated counts, each {"text", "sheet", "cell", "scope", "numbers"};
  a number key is a symbol, a label, "total" (counted), "rows" (rated rows incl. uncounted),
  "<status column>:<symbol>", "重点:<symbol>" / "重点:total" (Kawasaki's うち重点);
  "wrong": True and "wrong_keys" mark the deliberately wrong ones
- sub_counts: a second count per status (Kawasaki's うち重点), with its marker column
- rows: rated rows a correct reader must find (uncounted ones included)
"""

from __future__ import annotations

import math
import random
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

LAYOUT_KINDS = (
    "one_column_per_level",
    "headings_above_tables",
    "indicator_table",
    "project_level",
    "two_status_columns",
    "numbered_variants",
    "outline_rows",
)


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    layout_kind: str
    build: Callable[[Path], list[Path]] = field(repr=False, compare=False)
    expected: dict[str, Any] = field(repr=False, compare=False)


# ---------------------------------------------------------------------------------------------
# helpers

_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_BAND_FILL = PatternFill("solid", fgColor="F2F2F2")
_WRAP = Alignment(vertical="center", wrap_text=True)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
KANA = "アイウエオカキクケコサシスセソ"


def _widths(ws: Worksheet, *widths: float) -> None:
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _text(
    ws: Worksheet, row: int, text: str, last_col: int = 0, *, bold: bool = False, size: int = 11
) -> None:
    """A line of text in column A (a title, heading, legend or note), merged across if asked."""
    c = ws.cell(row, 1, text)
    c.font = Font(bold=bold, size=size)
    c.alignment = Alignment(vertical="center", wrap_text=last_col > 0)
    if last_col > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


def _header(ws: Worksheet, row: int, titles: Sequence[str]) -> None:
    for col, title in enumerate(titles, 1):
        c = ws.cell(row, col, title)
        c.font = Font(bold=True)
        c.fill = _HEAD_FILL
        c.border = _BOX
        c.alignment = _CENTER
    ws.row_dimensions[row].height = 30


def _cells(
    ws: Worksheet,
    row: int,
    values: Sequence[Any],
    *,
    center: Sequence[int] = (),
    fill: PatternFill | None = None,
) -> None:
    for col, value in enumerate(values, 1):
        c = ws.cell(row, col, value)
        c.border = _BOX
        c.alignment = _CENTER if col in center else _WRAP
        if fill is not None:
            c.fill = fill


def _band(ws: Worksheet, row: int, text: str, last_col: int) -> None:
    """A full-width band row inside a table (a group name), merged across every column."""
    _cells(ws, row, [text] + [None] * (last_col - 1), fill=_BAND_FILL)
    ws.cell(row, 1).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


def _deal(counts: dict[str, int], rng: random.Random) -> list[str]:
    """The statuses of a group's rows, in a shuffled but fixed order."""
    out = [symbol for symbol, n in counts.items() for _ in range(n)]
    rng.shuffle(out)
    return out


def _write_statements(wb: Workbook, expected: dict[str, Any]) -> None:
    for st in expected["statements"]:
        ws = wb[st["sheet"]]
        ws[st["cell"]] = st["text"]
        ws[st["cell"]].alignment = Alignment(vertical="top", wrap_text=False)


def _setup(ws: Worksheet, freeze: str | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_view.zoomScale = 85
    if freeze:
        ws.freeze_panes = freeze


def _sum_groups(groups: dict[str, dict[str, int]], order: Sequence[str]) -> dict[str, int]:
    return {s: sum(g.get(s, 0) for g in groups.values()) for s in order}


def _scale(*entries: tuple[str, str, bool]) -> list[dict[str, Any]]:
    return [{"symbol": s, "label": label, "counted": counted} for s, label, counted in entries]


def _achieved(symbol: str, target: int, rng: random.Random) -> int:
    """An actual figure whose ratio to the target falls in the A/B/C/D band of `symbol`."""
    bands = {
        "A": (target, math.floor(target * 1.3)),
        "B": (math.ceil(target * 0.8), target - 1),
        "C": (math.ceil(target * 0.5), math.ceil(target * 0.8) - 1),
        "D": (1, math.ceil(target * 0.5) - 1),
    }
    low, high = bands[symbol]
    return rng.randint(low, high)


# ---------------------------------------------------------------------------------------------
# 1. Nagoya, Moriyama ward: 区政運営方針 取組み結果 — headings above the tables, one row per 事業

_NAGOYA_POLICIES = [
    (
        "基本方針1",
        "安心・安全に暮らせるまちづくり",
        [
            "地域防災力向上事業",
            "避難所運営訓練支援事業",
            "防犯カメラ設置助成",
            "交通安全啓発事業",
            "自転車マナー向上キャンペーン",
            "災害時要援護者支援事業",
            "消防団活動支援",
            "家具転倒防止推進事業",
            "空き家対策推進事業",
            "地域安全パトロール支援",
            "水害対策啓発事業",
            "区防災マップの更新",
            "児童の見守り活動支援",
            "感震ブレーカー普及啓発",
            "特殊詐欺被害防止啓発",
            "防災リーダー養成講座",
        ],
    ),
    (
        "基本方針2",
        "子どもから高齢者まで健やかに暮らせるまちづくり",
        [
            "子育て応援拠点運営事業",
            "乳幼児健診受診勧奨",
            "子ども食堂ネットワーク支援",
            "児童虐待防止啓発事業",
            "認知症サポーター養成講座",
            "介護予防教室",
            "高齢者サロン活動支援",
            "健康づくりウォーキング事業",
            "がん検診受診率向上事業",
            "食育推進事業",
            "障害者理解促進事業",
            "地域包括ケア推進会議",
            "ひとり親家庭相談事業",
            "若者の居場所づくり",
            "熱中症予防啓発",
            "ゲートキーパー養成研修",
            "受動喫煙防止啓発",
        ],
    ),
    (
        "基本方針3",
        "地域の魅力を活かしたにぎわいのあるまちづくり",
        [
            "小幡緑地の魅力発信",
            "守山区民まつり開催支援",
            "歴史散策マップ作成事業",
            "商店街にぎわい創出支援",
            "竜泉寺周辺観光PR事業",
            "区の花の植栽事業",
            "庄内川河川敷活用事業",
            "地域文化芸術活動支援",
            "多文化共生交流会",
            "区民スポーツフェスタ",
            "大学連携事業",
            "区制記念事業",
            "地産地消推進事業",
            "公園愛護会活動支援",
            "景観まちづくり推進事業",
        ],
    ),
    (
        "基本方針4",
        "区民とともに歩む区役所づくり",
        [
            "区役所窓口サービス向上事業",
            "区公式SNSによる情報発信",
            "広報なごや守山区版の充実",
            "区民意見交換会",
            "区政協力委員活動支援",
            "地域コミュニティ活性化支援",
            "行政手続オンライン化の周知",
            "職員接遇研修",
            "庁舎案内表示の改善",
            "外国人住民向け情報提供",
            "町内会加入促進事業",
            "ボランティア活動支援",
            "区民アンケート調査",
            "出前講座の実施",
            "窓口キャッシュレス決済の導入",
        ],
    ),
]

_NAGOYA_GROUPS = {
    "基本方針1": {"A": 11, "B": 3, "C": 1, "D": 0, "-": 1},
    "基本方針2": {"A": 12, "B": 2, "C": 2, "D": 1, "-": 0},
    "基本方針3": {"A": 10, "B": 2, "C": 2, "D": 0, "-": 1},
    "基本方針4": {"A": 10, "B": 2, "C": 2, "D": 1, "-": 0},
}

NAGOYA: dict[str, Any] = {
    "status_columns": ["取組み結果"],
    "scale": _scale(
        ("A", "100%またはそれ以上の達成状況", True),
        ("B", "80%以上の達成状況", True),
        ("C", "50%以上の達成状況", True),
        ("D", "50%未満の達成状況", True),
        ("-", "事業が中止となったもの", True),
    ),
    "best_first": True,
    "counts": {"A": 43, "B": 9, "C": 7, "D": 2, "-": 2},
    "total": 63,
    "uncounted": {},
    "percent": {"A": 68.2, "B": 14.3, "C": 11.1, "D": 3.2, "-": 3.2},
    "percent_cells": {
        "sheet": "集計",
        "cells": {"A": "D7", "B": "D8", "C": "D9", "D": "D10", "-": "D11"},
    },
    "levels": ["基本方針", "事業"],
    "groups": _NAGOYA_GROUPS,
    "titles": {
        "number": "No.",
        "project": "事業名",
        "status": "取組み結果",
        "issue": "今後の方向性",
        "department": "担当課",
    },
    "statements": [
        {
            "text": "本資料では、守山区区政運営方針に掲げる4つの基本方針のもと、全63事業を掲載しています。",
            "sheet": "集計",
            "cell": "A3",
            "scope": "all",
            "numbers": {"total": 63},
        },
        {
            "text": "令和5年度の取組み結果は、Aが43事業、Bが9事業、Cが7事業、Dが2事業、"
            "事業が中止となったもの（-）が2事業でした。",
            "sheet": "集計",
            "cell": "A4",
            "scope": "all",
            "numbers": {"A": 43, "B": 9, "C": 7, "D": 2, "-": 2},
        },
        {
            "text": "基本方針1「安心・安全に暮らせるまちづくり」では、16事業のうちAが11事業、Bが3事業でした。",
            "sheet": "集計",
            "cell": "A15",
            "scope": "基本方針1",
            "numbers": {"total": 16, "A": 11, "B": 3},
        },
        {
            "text": "基本方針4「区民とともに歩む区役所づくり」では、Dが1事業ありました。",
            "sheet": "集計",
            "cell": "A16",
            "scope": "基本方針4",
            "numbers": {"D": 1},
        },
    ],
    "rows": 63,
}

_NAGOYA_PLAN = [
    "{n}を実施し、区民の意識の向上を図る。",
    "関係団体と連携して{n}に取り組む。",
    "{n}により、地域の課題解決を支援する。",
    "区内各学区で{n}を展開する。",
    "{n}を通じて、区民の参加を促進する。",
]
_NAGOYA_NEXT = {
    "A": ["引き続き実施する。", "対象を拡大して実施する。", "継続して取り組む。"],
    "B": ["周知方法を工夫し、参加者の増加を図る。", "実施時期を見直して継続する。"],
    "C": ["実施方法を見直したうえで継続する。", "関係機関との連携を強化する。"],
    "D": ["事業内容を抜本的に見直す。"],
    "-": [
        "新型コロナウイルス感染症の影響により中止した。次年度は実施予定。",
        "会場の改修工事に伴い中止した。",
    ],
}
_NAGOYA_UNITS = ["回", "人", "件", "か所", "団体"]
_NAGOYA_DEPTS = {
    "基本方針1": ["総務課", "地域力推進室"],
    "基本方針2": ["福祉課", "民生子ども課", "保健予防課", "保健感染症課"],
    "基本方針3": ["地域力推進室", "まちづくり推進室"],
    "基本方針4": ["総務課", "区民生活課", "市民課", "地域力推進室"],
}


def _build_nagoya(folder: Path) -> list[Path]:
    rng = random.Random("nagoya_moriyama")
    wb = Workbook()
    summary = wb.active
    summary.title = "集計"
    data = wb.create_sheet("取組み結果一覧")

    _text(summary, 1, "令和5年度　守山区区政運営方針　取組み結果（概要）", bold=True, size=14)
    _header(summary, 6, ["評価", "評価の基準", "事業数", "割合（％）"])
    for i, entry in enumerate(NAGOYA["scale"]):
        symbol = entry["symbol"]
        _cells(
            summary,
            7 + i,
            [symbol, entry["label"], NAGOYA["counts"][symbol], NAGOYA["percent"][symbol]],
            center=(1, 3, 4),
        )
        summary.cell(7 + i, 4).number_format = "0.0"
    _cells(summary, 12, ["合計", None, NAGOYA["total"], 100.0], center=(1, 3, 4))
    summary.cell(12, 4).number_format = "0.0"
    _text(summary, 13, "※割合は小数点第2位を四捨五入し、合計が100.0％となるよう調整しています。")
    _text(summary, 14, "【基本方針ごとの状況】", bold=True)
    _widths(summary, 10, 34, 10, 12)
    _setup(summary)

    _text(data, 1, "守山区区政運営方針　取組み結果一覧（令和5年度）", bold=True, size=14)
    _text(
        data,
        2,
        "取組み結果　A：100%またはそれ以上の達成状況　B：80%以上の達成状況　"
        "C：50%以上の達成状況　D：50%未満の達成状況　-：事業が中止となったもの",
    )
    row = 4
    for n_policy, (pid, pname, projects) in enumerate(_NAGOYA_POLICIES):
        _text(data, row, f"{pid}　{pname}", bold=True, size=12)
        row += 1
        _header(
            data,
            row,
            ["No.", "事業名", "事業の概要", "目標", "実績", "取組み結果", "今後の方向性", "担当課"],
        )
        row += 1
        statuses = _deal(_NAGOYA_GROUPS[pid], rng)
        assert len(statuses) == len(projects)
        for no, (project, symbol) in enumerate(zip(projects, statuses, strict=True), 1):
            target = rng.choice([10, 12, 20, 24, 30, 40, 50, 100, 120, 200])
            unit = rng.choice(_NAGOYA_UNITS)
            actual = "中止" if symbol == "-" else f"{_achieved(symbol, target, rng)}{unit}"
            plan = rng.choice(_NAGOYA_PLAN).format(n=project.removesuffix("事業"))
            _cells(
                data,
                row,
                [
                    no,
                    project,
                    plan,
                    f"{target}{unit}",
                    actual,
                    symbol,
                    rng.choice(_NAGOYA_NEXT[symbol]),
                    rng.choice(_NAGOYA_DEPTS[pid]),
                ],
                center=(1, 4, 5, 6),
            )
            row += 1
        if n_policy == 1:
            _text(data, row, "※「目標」「実績」は各事業の主な活動指標によるものです。")
            row += 1
        row += 1  # a blank spacer row between the tables
    _widths(data, 5, 28, 40, 10, 10, 10, 36, 14)
    _setup(data)
    _write_statements(wb, NAGOYA)
    path = folder / "守山区_区政運営方針_取組み結果.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------
# 2. Gunma prefecture: 情報化推進計画 進捗状況 — indicator tables, one sheet per 基本目標

# (基本目標, name, [(施策の方向 sub-heading, [(group name, [(indicator, kind, base, target)])])])
_GUNMA_PLAN: list[tuple[str, str, list[tuple[str, list[tuple[str, list[tuple]]]]]]] = [
    (
        "基本目標1",
        "デジタル社会を支える人づくり",
        [
            (
                "正しく安全にICTを利活用できる人づくり",
                [
                    (
                        "情報モラル教育の推進",
                        [
                            ("情報モラル教室を実施した学校の割合（％）", "dual", (88.5, 90.1), 100),
                            ("ネットトラブル出前講座の受講者数（人）", "num", 3200, 5000),
                            ("情報セキュリティ研修を受講した教員の割合（％）", "pct", 62.0, 100),
                        ],
                    ),
                    (
                        "県民のデジタルリテラシーの向上",
                        [
                            ("スマホ教室の参加者数（人）", "num", 1850, 6000),
                            ("デジタル活用支援員の登録者数（人）", "num", 40, 150),
                        ],
                    ),
                ],
            ),
            (
                "ICTを活用した学びの充実",
                [
                    (
                        "学校のICT環境の整備",
                        [
                            ("1人1台端末を家庭学習に活用した割合（％）", "dual", (71.2, 65.8), 100),
                            ("普通教室の無線LAN整備率（％）", "pct", 84.3, 100),
                            ("授業でICTを活用できる教員の割合（％）", "pct", 70.4, 90),
                        ],
                    ),
                    (
                        "生涯学習のデジタル化",
                        [
                            ("県立図書館の電子書籍貸出数（冊）", "num", 12400, 30000),
                            ("オンライン講座の受講者数（人）", "num", 2100, 5000),
                        ],
                    ),
                ],
            ),
        ],
    ),
    (
        "基本目標2",
        "デジタル化による行政サービスの向上",
        [
            (
                "いつでもどこでも手続きできる県庁",
                [
                    (
                        "行政手続のオンライン化",
                        [
                            ("オンライン化した手続数（手続）", "num", 320, 1200),
                            ("電子申請の利用件数（件）", "num", 48000, 150000),
                            ("キャッシュレス納付に対応した手続数（手続）", "num", 15, 80),
                        ],
                    ),
                    (
                        "マイナンバーカードの利活用",
                        [
                            ("マイナンバーカードの交付率（％）", "pct", 28.6, 90),
                            ("公金受取口座の登録率（％）", "pct", 12.4, 60),
                        ],
                    ),
                ],
            ),
            (
                "データを活かす県政",
                [
                    (
                        "オープンデータの推進",
                        [
                            ("公開データセット数（件）", "num", 410, 1000),
                            ("オープンデータの活用事例数（件）", "num", 8, 30),
                        ],
                    ),
                    (
                        "業務の効率化",
                        [
                            ("RPAを導入した業務数（業務）", "num", 22, 100),
                            ("AI-OCRの処理件数（件）", "num", 5200, 20000),
                            ("テレワークを実施した職員の割合（％）", "pct", 18.0, 50),
                            ("ペーパーレス会議の実施率（％）", "pct", 35.5, 80),
                        ],
                    ),
                ],
            ),
        ],
    ),
    (
        "基本目標3",
        "誰もがデジタルの恩恵を受けられる地域づくり",
        [
            (
                "情報通信基盤の整備",
                [
                    (
                        "光ファイバ・5Gの整備促進",
                        [
                            ("光ファイバの世帯カバー率（％）", "pct", 97.9, 100),
                            ("5Gの人口カバー率（％）", "pct", 55.0, 95),
                        ],
                    ),
                    (
                        "公衆無線LANの整備",
                        [
                            ("Wi-Fiを設置した県有施設数（施設）", "num", 64, 150),
                            ("観光地Wi-Fiの月間接続数（件）", "num", 38000, 60000),
                        ],
                    ),
                ],
            ),
            (
                "地域のDXの推進",
                [
                    (
                        "中小企業のDX支援",
                        [
                            ("DX相談窓口の相談件数（件）", "num", 150, 600),
                            ("専門家の派遣件数（件）", "num", 45, 200),
                            ("IT導入支援の補助件数（件）", "num", 80, 300),
                        ],
                    ),
                    (
                        "市町村との連携",
                        [
                            ("システム共同調達に参加した市町村数（市町村）", "num", 12, 35),
                            ("標準準拠システムへ移行した市町村数（市町村）", "num", 0, 35),
                        ],
                    ),
                ],
            ),
        ],
    ),
]

_GUNMA_GROUPS = {
    "基本目標1": {"A": 4, "B": 3, "C": 2, "D": 1},
    "基本目標2": {"A": 3, "B": 4, "C": 3, "D": 1},
    "基本目標3": {"A": 2, "B": 4, "C": 2, "D": 1},
}
_GUNMA_WORDS = {"A": "達成", "B": "前進", "C": "横ばい", "D": "後退"}

GUNMA: dict[str, Any] = {
    "status_columns": ["指標の評価"],
    "scale": _scale(
        ("A", "達成", True), ("B", "前進", True), ("C", "横ばい", True), ("D", "後退", True)
    ),
    "best_first": True,
    "cell_values": {f"{word}{s}": s for s, word in _GUNMA_WORDS.items()},
    "counts": {"A": 9, "B": 11, "C": 7, "D": 3},
    "total": 30,
    "uncounted": {},
    "percent": {"A": 30.0, "B": 36.7, "C": 23.3, "D": 10.0},
    "percent_cells": {"sheet": "集計", "cells": {"A": "C7", "B": "C8", "C": "C9", "D": "C10"}},
    "levels": ["基本目標", "施策の方向", "項目", "指標"],
    "groups": _GUNMA_GROUPS,
    "titles": {"project": "項目", "item": "指標", "status": "指標の評価"},
    "statements": [
        {
            "text": "計画に掲げる30指標のうち、「達成A」が9指標、「前進B」が11指標、"
            "「横ばいC」が7指標、「後退D」が3指標となっています。",
            "sheet": "集計",
            "cell": "A3",
            "scope": "all",
            "numbers": {"total": 30, "A": 9, "B": 11, "C": 7, "D": 3},
        },
        {
            "text": "基本目標1では、10指標のうち「達成A」が4指標、「前進B」が3指標でした。",
            "sheet": "集計",
            "cell": "A13",
            "scope": "基本目標1",
            "numbers": {"total": 10, "A": 4, "B": 3},
        },
        {
            "text": "基本目標2では、「横ばいC」が3指標、「後退D」が1指標あり、"
            "取組の加速が必要です。",
            "sheet": "集計",
            "cell": "A14",
            "scope": "基本目標2",
            "numbers": {"C": 3, "D": 1},
        },
    ],
    "rows": 30,
}


def _gunma_values(kind: str, base: Any, target: float, symbol: str, rng: random.Random) -> list:
    """策定時, 前年度, 現状値, 目標値 for one indicator (values only loosely follow the rating)."""

    def move(b: float) -> tuple[float, float]:
        if symbol == "A":
            now = target if kind != "num" else target + rng.randint(0, max(1, target // 10))
        elif symbol == "B":
            now = b + (target - b) * rng.uniform(0.4, 0.85)
        elif symbol == "C":
            now = b * rng.uniform(0.995, 1.01)
        else:
            now = b * rng.uniform(0.85, 0.97)
        prev = b + (now - b) * rng.uniform(0.3, 0.7)
        return prev, now

    if kind == "dual":
        (b1, b2), (p1, n1), (p2, n2) = base, move(base[0]), move(base[1])
        pair = "{:.1f}%(小) {:.1f}%(中)".format
        n1, n2 = min(n1, 100.0), min(n2, 100.0)
        return [pair(b1, b2), pair(p1, p2), pair(n1, n2), f"{target:.1f}%"]
    prev, now = move(float(base))
    if kind == "pct":
        now = min(now, 100.0)
        return [f"{base:.1f}%", f"{prev:.1f}%", f"{now:.1f}%", f"{target:.1f}%"]
    return [int(base), round(prev), round(now), int(target)]


def _build_gunma(folder: Path) -> list[Path]:
    rng = random.Random("gunma")
    wb = Workbook()
    summary = wb.active
    summary.title = "集計"
    _text(summary, 1, "群馬県情報化推進計画　指標の進捗状況（令和4年度末）", bold=True, size=14)
    _header(summary, 6, ["評価", "指標数", "割合（％）"])
    for i, entry in enumerate(GUNMA["scale"]):
        s = entry["symbol"]
        _cells(summary, 7 + i, [f"{entry['label']}{s}", GUNMA["counts"][s], GUNMA["percent"][s]])
        summary.cell(7 + i, 3).number_format = "0.0"
    _cells(summary, 11, ["計", GUNMA["total"], 100.0])
    summary.cell(11, 3).number_format = "0.0"
    _text(summary, 12, "【基本目標ごとの状況】", bold=True)
    _text(
        summary,
        16,
        "※指標の評価　達成A：目標値を達成　前進B：策定時より改善　"
        "横ばいC：策定時とほぼ同じ　後退D：策定時より悪化",
    )
    _widths(summary, 16, 10, 12)

    head = [
        "項目",
        "指標",
        "策定時\n（R1）",
        "前年度\n（R3）",
        "現状値\n（R4）",
        "目標値\n（R7）",
        "指標の評価",
    ]
    for gid, gname, directions in _GUNMA_PLAN:
        ws = wb.create_sheet(gid)
        _setup(ws)
        _widths(ws, 26, 44, 20, 20, 20, 12, 12)
        _text(ws, 1, "群馬県情報化推進計画　進捗状況", bold=True, size=14)
        _text(ws, 3, f"{gid}　{gname}", bold=True, size=13)
        statuses = _deal(_GUNMA_GROUPS[gid], rng)
        row = 5
        for direction, items in directions:
            _text(ws, row, direction, bold=True)  # the sub-heading line between the tables
            row += 1
            _header(ws, row, head)
            row += 1
            for no, (item, indicators) in enumerate(items, 1):
                # the group row (1) names an indicator group and is not rated
                _cells(ws, row, [f"({no}) {item}"] + [None] * 6, fill=_BAND_FILL)
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
                row += 1
                for k, (indicator, kind, base, target) in enumerate(indicators):
                    symbol = statuses.pop()
                    values = _gunma_values(kind, base, target, symbol, rng)
                    cell = f"{_GUNMA_WORDS[symbol]}{symbol}"
                    _cells(ws, row, [KANA[k], indicator, *values, cell], center=(1, 7))
                    for col in (3, 4, 5, 6):
                        if isinstance(ws.cell(row, col).value, int):
                            ws.cell(row, col).number_format = "#,##0"
                    row += 1
            row += 1
        assert not statuses
        _text(ws, row, "※策定時は令和元年度の値。（小）は小学校、（中）は中学校の値。")
        _text(
            ws, row + 1, "※指標の評価は、現状値の推移や取組状況を踏まえて所管課が判断したものです。"
        )
    _write_statements(wb, GUNMA)
    path = folder / "群馬県情報化推進計画_進捗状況.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------
# 3. A city's 行政改革大綱 (北山市, invented): two status columns on the same rows, worst first

_KITAYAMA_PLAN = [
    (
        "改革の柱1",
        "持続可能な財政運営",
        [
            ("歳入の確保", ["市税収納率の向上", "未利用市有地の売却・貸付", "広告収入の拡大"]),
            (
                "歳出の見直し",
                ["補助金の見直し", "事務事業評価による事業の見直し", "公共施設の光熱水費の削減"],
            ),
            (
                "公共施設マネジメント",
                ["公共施設等総合管理計画の推進", "施設の複合化・集約化", "個別施設計画の策定"],
            ),
            (
                "受益者負担の適正化",
                ["使用料・手数料の見直し", "減免基準の統一", "公共施設駐車場の有料化の検討"],
            ),
        ],
    ),
    (
        "改革の柱2",
        "質の高い行政サービスの提供",
        [
            (
                "行政手続のデジタル化",
                ["電子申請の拡充", "窓口キャッシュレス決済の導入", "書かない窓口の導入"],
            ),
            ("窓口サービスの向上", ["窓口混雑状況の見える化", "休日窓口の開設"]),
            ("民間活力の活用", ["指定管理者制度の活用", "包括的民間委託の検討", "PFI導入の検討"]),
            (
                "市民との協働",
                [
                    "協働提案制度の運用",
                    "市民活動支援センターの機能強化",
                    "パブリックコメントの活性化",
                ],
            ),
        ],
    ),
    (
        "改革の柱3",
        "効率的な組織運営と人材育成",
        [
            ("組織の最適化", ["組織機構の見直し", "定員適正化計画の推進"]),
            (
                "人材育成",
                ["人材育成基本方針の改定", "人事評価制度の運用改善", "女性職員の管理職登用"],
            ),
            (
                "働き方改革",
                ["時間外勤務の縮減", "テレワークの推進", "ペーパーレス化の推進", "RPA・AIの活用"],
            ),
        ],
    ),
]

# the (実施状況, 達成度) pairs of each pillar's rows
_KITAYAMA_PAIRS = {
    "改革の柱1": {
        ("未着手", "未達成"): 1,
        ("取組中", "未達成"): 2,
        ("取組中", "一部達成"): 4,
        ("完了", "一部達成"): 1,
        ("完了", "達成"): 4,
    },
    "改革の柱2": {
        ("未着手", "未達成"): 1,
        ("取組中", "未達成"): 2,
        ("取組中", "一部達成"): 3,
        ("完了", "一部達成"): 1,
        ("完了", "達成"): 4,
    },
    "改革の柱3": {("取組中", "未達成"): 1, ("取組中", "一部達成"): 5, ("完了", "達成"): 3},
}

KITAYAMA: dict[str, Any] = {
    "status_columns": ["実施状況", "達成度"],
    "scale": {
        "実施状況": _scale(
            ("未着手", "未着手", True), ("取組中", "取組中", True), ("完了", "完了", True)
        ),
        "達成度": _scale(
            ("未達成", "未達成", True), ("一部達成", "一部達成", True), ("達成", "達成", True)
        ),
    },
    "best_first": {"実施状況": False, "達成度": False},
    "counts": {
        "実施状況": {"未着手": 2, "取組中": 17, "完了": 13},
        "達成度": {"未達成": 7, "一部達成": 14, "達成": 11},
    },
    "total": {"実施状況": 32, "達成度": 32},
    "uncounted": {},
    "levels": ["改革の柱", "改革項目", "取組項目"],
    "groups": {
        "実施状況": {
            "改革の柱1": {"未着手": 1, "取組中": 6, "完了": 5},
            "改革の柱2": {"未着手": 1, "取組中": 5, "完了": 5},
            "改革の柱3": {"未着手": 0, "取組中": 6, "完了": 3},
        },
        "達成度": {
            "改革の柱1": {"未達成": 3, "一部達成": 5, "達成": 4},
            "改革の柱2": {"未達成": 3, "一部達成": 4, "達成": 4},
            "改革の柱3": {"未達成": 1, "一部達成": 5, "達成": 3},
        },
    },
    "titles": {
        "number": "番号",
        "project": "改革項目",
        "item": "取組項目",
        "status": ["実施状況", "達成度"],
        "issue": "取組み状況・課題",
        "department": "所管課",
    },
    "statements": [
        {
            "text": "大綱に掲げる取組項目32項目のうち、実施状況は未着手が2項目、取組中が17項目、"
            "完了が13項目です。",
            "sheet": "進捗状況",
            "cell": "A3",
            "scope": "all",
            "numbers": {
                "total": 32,
                "実施状況:未着手": 2,
                "実施状況:取組中": 17,
                "実施状況:完了": 13,
            },
        },
        {
            "text": "また、達成度は未達成が7項目、一部達成が14項目、達成が11項目となりました。",
            "sheet": "進捗状況",
            "cell": "A4",
            "scope": "all",
            "numbers": {"達成度:未達成": 7, "達成度:一部達成": 14, "達成度:達成": 11},
        },
        {
            "text": "改革の柱3では、9項目のうち達成が3項目、未着手の項目はありません。",
            "sheet": "進捗状況",
            "cell": "A5",
            "scope": "改革の柱3",
            "numbers": {"total": 9, "達成度:達成": 3},
        },
    ],
    "rows": 32,
}

_KITAYAMA_NOTE = {
    "未着手": [
        "関係部署との調整に時間を要しており、次年度に着手予定。",
        "国の制度改正を待って着手する。",
    ],
    "取組中": [
        "計画に沿って取組を進めている。",
        "一部の施設で先行して実施しており、順次拡大する。",
    ],
    "完了": ["予定どおり完了した。", "令和5年度に制度を導入し、運用を開始した。"],
}
_KITAYAMA_DEPTS = [
    "財政課",
    "行政改革推進課",
    "資産経営課",
    "情報政策課",
    "市民課",
    "職員課",
    "協働推進課",
]


def _build_kitayama(folder: Path) -> list[Path]:
    rng = random.Random("kitayama_gyokaku")
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    _setup(ws)
    head = [
        "番号",
        "改革項目",
        "取組項目",
        "取組内容",
        "実施状況",
        "達成度",
        "取組み状況・課題",
        "所管課",
    ]
    _text(
        ws, 1, "北山市第5次行政改革大綱　取り組み項目の進捗状況（令和5年度末）", bold=True, size=14
    )
    _text(
        ws,
        6,
        "【実施状況】未着手／取組中／完了　　【達成度】未達成／一部達成／達成",
    )
    row = 8
    for n_pillar, (pid, pname, reforms) in enumerate(_KITAYAMA_PLAN, 1):
        _text(ws, row, f"{pid}　{pname}", bold=True, size=12)
        row += 1
        _header(ws, row, head)
        row += 1
        pairs = [p for p, n in _KITAYAMA_PAIRS[pid].items() for _ in range(n)]
        rng.shuffle(pairs)
        for n_reform, (reform, items) in enumerate(reforms, 1):
            first = row
            for n_item, item in enumerate(items, 1):
                done, degree = pairs.pop()
                _cells(
                    ws,
                    row,
                    [
                        f"{n_pillar}-{n_reform}-({n_item})",
                        f"{n_pillar}-{n_reform} {reform}" if row == first else None,
                        item,
                        f"{item}に向けた検討・実施",
                        done,
                        degree,
                        rng.choice(_KITAYAMA_NOTE[done]),
                        rng.choice(_KITAYAMA_DEPTS),
                    ],
                    center=(1, 5, 6),
                )
                row += 1
            if row - first > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        assert not pairs
        row += 1
    _text(ws, row, "※達成度は、取組項目ごとに設定した目標に対する令和5年度末時点の状況です。")
    _widths(ws, 10, 24, 30, 32, 10, 10, 40, 14)
    _write_statements(wb, KITAYAMA)
    path = folder / "北山市_行政改革大綱_進捗状況.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------
# 4. Kawasaki: 達成度 1-5 as numbers, one column per level, level cells merged down, うち重点

_KAWASAKI_PLAN = [
    (
        "1 安心・安全で快適に暮らせるまち",
        [
            (
                "1-1 災害に強いまちづくり",
                [
                    "地域防災計画推進事業",
                    "防災行政無線整備事業",
                    "木造住宅耐震改修助成事業",
                    "帰宅困難者対策事業",
                    "備蓄物資整備事業",
                ],
            ),
            (
                "1-2 地域の防犯・交通安全",
                [
                    "防犯灯LED化事業",
                    "自転車通行環境整備事業",
                    "交通安全教育推進事業",
                    "客引き行為等防止対策事業",
                    "放置自転車対策事業",
                ],
            ),
            (
                "1-3 快適な住環境の形成",
                [
                    "市営住宅長寿命化事業",
                    "空家等対策推進事業",
                    "公園緑地維持管理事業",
                    "下水道老朽管更新事業",
                    "道路維持補修事業",
                ],
            ),
        ],
    ),
    (
        "2 誰もが生きがいを持てる健康福祉のまち",
        [
            (
                "2-1 子ども・子育て支援",
                [
                    "保育所整備事業",
                    "地域子育て支援センター事業",
                    "児童家庭支援事業",
                    "わくわくプラザ事業",
                    "小児医療費助成事業",
                    "産後ケア事業",
                ],
            ),
            (
                "2-2 高齢者の暮らしを支える",
                [
                    "地域包括支援センター運営事業",
                    "介護予防・生活支援事業",
                    "認知症施策推進事業",
                    "いこいの家運営事業",
                    "高齢者外出支援乗車事業",
                    "緊急通報システム事業",
                ],
            ),
            (
                "2-3 健康づくりの推進",
                [
                    "がん検診事業",
                    "特定健康診査事業",
                    "健康づくり普及啓発事業",
                    "歯科保健推進事業",
                    "感染症予防事業",
                ],
            ),
        ],
    ),
    (
        "3 市民の力で創る活力あるまち",
        [
            (
                "3-1 産業の振興",
                ["中小企業金融支援事業", "商店街活性化支援事業", "創業支援事業", "観光振興事業"],
            ),
            (
                "3-2 文化・スポーツの振興",
                [
                    "市民ミュージアム再生事業",
                    "音楽のまちづくり推進事業",
                    "スポーツ推進事業",
                    "陸上競技場整備事業",
                ],
            ),
            (
                "3-3 参加と協働の推進",
                [
                    "区民会議運営事業",
                    "市民活動支援事業",
                    "町内会・自治会活動支援事業",
                    "行政情報デジタル化事業",
                ],
            ),
        ],
    ),
]

_KAWASAKI_GROUPS = {
    "1": {"1": 2, "2": 3, "3": 8, "4": 2, "5": 0},
    "2": {"1": 1, "2": 4, "3": 9, "4": 2, "5": 1},
    "3": {"1": 1, "2": 2, "3": 7, "4": 2, "5": 0},
}
_KAWASAKI_FOCUS = {"1": 2, "2": 3, "3": 6, "4": 1, "5": 0}

KAWASAKI: dict[str, Any] = {
    "status_columns": ["達成度"],
    "scale": _scale(
        ("1", "目標を大きく上回って達成", True),
        ("2", "目標を上回って達成", True),
        ("3", "ほぼ目標どおり", True),
        ("4", "目標を下回った", True),
        ("5", "目標を大きく下回った", True),
    ),
    "best_first": True,
    "numeric_cells": True,
    "counts": {"1": 4, "2": 9, "3": 24, "4": 6, "5": 1},
    "total": 44,
    "uncounted": {},
    "levels": ["政策", "施策", "事務事業"],
    "groups": _KAWASAKI_GROUPS,
    "sub_counts": {"うち重点": {"column": "重点", "mark": "●", "counts": _KAWASAKI_FOCUS}},
    "titles": {
        "project": "事務事業名",
        "status": "達成度",
        "issue": "今後の方向性",
        "department": "所管課",
    },
    "statements": [
        {
            "text": "令和4年度の事務事業44事業の達成度は、「1」が4事業（うち重点2事業）、"
            "「2」が9事業（うち重点3事業）、「3」が24事業（うち重点7事業）、"
            "「4」が6事業（うち重点1事業）、「5」が1事業（うち重点0事業）でした。",
            "sheet": "集計",
            "cell": "A3",
            "scope": "all",
            "numbers": {
                "total": 44,
                "1": 4,
                "重点:1": 2,
                "2": 9,
                "重点:2": 3,
                "3": 24,
                "重点:3": 7,
                "4": 6,
                "重点:4": 1,
                "5": 1,
                "重点:5": 0,
            },
            "wrong": True,
            "wrong_keys": ["重点:3"],
        },
        {
            "text": "このうち重点事業は12事業で、全体の約3割を占めています。",
            "sheet": "集計",
            "cell": "A4",
            "scope": "all",
            "numbers": {"重点:total": 12},
        },
        {
            "text": "政策2「誰もが生きがいを持てる健康福祉のまち」では、17事業のうち"
            "達成度「3」が9事業、「5」が1事業でした。",
            "sheet": "集計",
            "cell": "A6",
            "scope": "2",
            "numbers": {"total": 17, "3": 9, "5": 1},
        },
    ],
    "rows": 44,
}

_KAWASAKI_NEXT = {
    "1": ["取組を継続し、成果の横展開を図る。"],
    "2": ["引き続き事業を推進する。", "現状の取組を維持する。"],
    "3": ["引き続き事業を推進する。", "効果検証を行いながら継続する。", "現状どおり継続する。"],
    "4": ["事業手法を改善して実施する。", "目標達成に向けて取組を強化する。"],
    "5": ["事業の在り方を見直す。"],
}
_KAWASAKI_DEPTS = {
    "1": ["危機管理本部", "建設緑政局", "まちづくり局", "上下水道局"],
    "2": ["こども未来局", "健康福祉局"],
    "3": ["経済労働局", "市民文化局", "総務企画局"],
}


def _build_kawasaki(folder: Path) -> list[Path]:
    rng = random.Random("kawasaki")
    wb = Workbook()
    ws = wb.active
    ws.title = "評価票"
    summary = wb.create_sheet("集計")
    _text(summary, 1, "施策進行管理　事務事業の達成度（集計）", bold=True, size=14)
    _widths(summary, 120)
    _setup(ws, freeze=None)
    head = ["政策", "施策", "事務事業名", "事業の内容", "重点", "達成度", "今後の方向性", "所管課"]
    _text(ws, 1, "令和4年度　施策進行管理・評価票（事務事業の達成度一覧）", bold=True, size=14)
    _text(
        ws,
        2,
        "達成度　1：目標を大きく上回って達成　2：目標を上回って達成　3：ほぼ目標どおり　"
        "4：目標を下回った　5：目標を大きく下回った",
    )
    _text(ws, 3, "重点　●：重点事業")
    dealt = {pid: _deal(counts, rng) for pid, counts in _KAWASAKI_GROUPS.items()}
    focus: set[tuple[str, int]] = set()
    for symbol, n in _KAWASAKI_FOCUS.items():
        candidates = [
            (pid, k) for pid, ss in dealt.items() for k, s in enumerate(ss) if s == symbol
        ]
        focus.update(rng.sample(candidates, n))
    float_cells: list[str] = []
    row = 5
    n_project = 0
    for policy, measures in _KAWASAKI_PLAN:
        pid = policy.split(" ")[0]
        _header(ws, row, head)
        row += 1
        policy_first = row
        k = 0
        for measure, projects in measures:
            measure_first = row
            for project in projects:
                symbol = dealt[pid][k]
                _cells(
                    ws,
                    row,
                    [
                        policy if row == policy_first else None,
                        measure if row == measure_first else None,
                        project,
                        f"{project.removesuffix('事業')}に係る取組を実施する。",
                        "●" if (pid, k) in focus else None,
                        int(symbol),
                        rng.choice(_KAWASAKI_NEXT[symbol]),
                        rng.choice(_KAWASAKI_DEPTS[pid]),
                    ],
                    center=(5, 6),
                )
                if n_project % 3 == 1:  # a cell typed as 3.0: stored as a float, shown "3.0"
                    ws.cell(row, 6).number_format = "0.0"
                    float_cells.append(f"F{row}")
                n_project += 1
                k += 1
                row += 1
            ws.merge_cells(start_row=measure_first, start_column=2, end_row=row - 1, end_column=2)
        ws.merge_cells(start_row=policy_first, start_column=1, end_row=row - 1, end_column=1)
        assert k == len(dealt[pid])
        row += 1
        _text(
            ws,
            row,
            "※達成度は、事務事業ごとに設定した活動指標の目標値に対する実績から評価しています。",
        )
        row += 2
    _widths(ws, 22, 24, 28, 34, 7, 8, 32, 14)
    _write_statements(wb, KAWASAKI)
    path = folder / "川崎市_施策進行管理評価票.xlsx"
    wb.save(path)
    _store_as_float(path, "xl/worksheets/sheet1.xml", float_cells)
    return [path]


def _store_as_float(path: Path, member: str, refs: Sequence[str]) -> None:
    """Write `<v>3.0</v>` rather than openpyxl's `<v>3</v>` for the given cells."""
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == member:
                xml = data.decode("utf-8")
                for ref in refs:
                    xml, n = re.subn(
                        rf'(<c r="{ref}"[^>]*><v>)(\d+)(</v>)', r"\g<1>\g<2>.0\g<3>", xml
                    )
                    assert n == 1, ref
                data = xml.encode("utf-8")
            z.writestr(info, data)


# ---------------------------------------------------------------------------------------------
# 5. Hirakata: 施策評価 A-E plus 評価対象外 (not counted), a separate No. column

_HIRAKATA_PLAN = [
    (
        "基本目標1",
        "安全で、健康にいきいきと暮らせるまち",
        [
            "防災・減災対策の推進",
            "消防・救急体制の充実",
            "防犯・交通安全対策の推進",
            "地域医療体制の充実",
            "健康づくりの推進",
            "高齢者福祉の充実",
            "障害者福祉の充実",
            "生活困窮者への支援",
            "地域福祉の推進",
        ],
    ),
    (
        "基本目標2",
        "子どもたちが夢を持ち健やかに成長できるまち",
        [
            "子育て支援の充実",
            "保育環境の整備",
            "児童の健全育成",
            "学校教育の充実",
            "教育環境の整備",
            "青少年の健全育成",
            "子どもの貧困対策",
            "特別支援教育の充実",
            "不登校児童生徒への支援",
            "家庭教育への支援",
        ],
    ),
    (
        "基本目標3",
        "魅力と活力にあふれるまち",
        [
            "産業の振興",
            "観光の振興",
            "都市農業の振興",
            "雇用・就労への支援",
            "都市魅力の発信",
            "文化芸術の振興",
            "スポーツの振興",
            "生涯学習の推進",
        ],
    ),
    (
        "基本目標4",
        "環境にやさしく、快適に暮らせるまち",
        [
            "地球温暖化対策の推進",
            "ごみ減量・リサイクルの推進",
            "生活環境の保全",
            "緑化の推進",
            "公園の整備",
            "上下水道の整備",
            "道路の整備",
            "公共交通の充実",
            "住環境の整備",
        ],
    ),
    (
        "基本目標5",
        "人と人とがつながり、支え合うまち",
        [
            "地域コミュニティの活性化",
            "市民活動・協働の推進",
            "人権尊重の推進",
            "男女共同参画の推進",
            "多文化共生の推進",
            "平和施策の推進",
            "消費生活の安定",
            "情報発信の充実",
        ],
    ),
    (
        "基本目標6",
        "市民とともに歩む持続可能な行財政運営",
        [
            "行財政改革の推進",
            "健全な財政運営",
            "人材育成の推進",
            "公共施設マネジメントの推進",
            "行政のデジタル化の推進",
            "広域連携の推進",
        ],
    ),
]

_HIRAKATA_GROUPS = {
    "基本目標1": {"A": 4, "B": 3, "C": 1, "D": 1, "E": 0, "評価対象外": 0},
    "基本目標2": {"A": 5, "B": 2, "C": 2, "D": 0, "E": 0, "評価対象外": 1},
    "基本目標3": {"A": 3, "B": 3, "C": 1, "D": 1, "E": 0, "評価対象外": 0},
    "基本目標4": {"A": 4, "B": 2, "C": 2, "D": 0, "E": 1, "評価対象外": 0},
    "基本目標5": {"A": 3, "B": 2, "C": 1, "D": 1, "E": 0, "評価対象外": 1},
    "基本目標6": {"A": 3, "B": 2, "C": 1, "D": 0, "E": 0, "評価対象外": 0},
}

HIRAKATA: dict[str, Any] = {
    "status_columns": ["評価 ※必須"],
    "scale": _scale(
        ("A", "効果的", True),
        ("B", "おおむね効果的", True),
        ("C", "改善に向けた検討を要する", True),
        ("D", "課題の検証を要する", True),
        ("E", "抜本的な見直しを要する", True),
        ("評価対象外", "評価対象外", False),
    ),
    "best_first": True,
    "counts": {"A": 22, "B": 14, "C": 8, "D": 3, "E": 1},
    "total": 48,
    "uncounted": {"評価対象外": 2},
    "levels": ["基本目標", "施策"],
    "groups": _HIRAKATA_GROUPS,
    "titles": {
        "number": "No.",
        "project": "施策名",
        "status": "評価 ※必須",
        "issue": "今後の方向性",
        "department": "担当部",
    },
    "statements": [
        {
            "text": "施策評価の結果、効果的なもの(A)が 22個、おおむね効果的なもの(B)が14個、"
            "改善に向けた検討を要するもの(C)が 9個、課題の検証を要するもの(D)が3 個、"
            "抜本的な見直しを要するもの(E)が1個となりました。",
            "sheet": "施策評価一覧",
            "cell": "A3",
            "scope": "all",
            "numbers": {"A": 22, "B": 14, "C": 9, "D": 3, "E": 1},
            "wrong": True,
            "wrong_keys": ["C"],
        },
        {
            "text": "なお、評価対象外の2施策を除く48施策を評価の対象としています。",
            "sheet": "施策評価一覧",
            "cell": "A4",
            "scope": "all",
            "numbers": {"評価対象外": 2, "total": 48},
        },
        {
            "text": "基本目標2では、効果的なもの(A)が 5個、おおむね効果的なもの(B)が2個でした。",
            "sheet": "施策評価一覧",
            "cell": "A5",
            "scope": "基本目標2",
            "numbers": {"A": 5, "B": 2},
        },
    ],
    "rows": 50,
}

_HIRAKATA_REASON = {
    "A": [
        "指標が目標値を上回り、施策の効果が十分に表れている。",
        "計画どおり事業を実施し、成果が上がっている。",
    ],
    "B": [
        "指標はおおむね目標どおりに推移している。",
        "一部の事業で遅れがあるが、全体として効果が見られる。",
    ],
    "C": ["指標が目標を下回っており、改善に向けた検討が必要である。"],
    "D": ["指標が策定時を下回っており、課題の検証が必要である。"],
    "E": ["社会情勢の変化により、施策の前提が変わっている。"],
    "評価対象外": [
        "令和5年度に新設した施策のため評価対象外とする。",
        "指標の実績値が未確定のため評価対象外とする。",
    ],
}
_HIRAKATA_NEXT = [
    "現行の取組を継続する。",
    "事業の重点化を図る。",
    "手法を見直して実施する。",
    "関係機関との連携を強化する。",
]
_HIRAKATA_DEPTS = {
    "基本目標1": ["危機管理部", "健康福祉部", "消防本部"],
    "基本目標2": ["子ども未来部", "教育委員会事務局"],
    "基本目標3": ["観光にぎわい部", "市民生活部", "教育委員会事務局"],
    "基本目標4": ["環境部", "都市整備部", "上下水道局", "土木部"],
    "基本目標5": ["市民生活部", "総合政策部", "観光にぎわい部"],
    "基本目標6": ["総合政策部", "総務部", "財務部"],
}


def _build_hirakata(folder: Path) -> list[Path]:
    rng = random.Random("hirakata")
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価一覧"
    _setup(ws, freeze="A8")
    head = ["No.", "施策名", "評価 ※必須", "評価の理由", "今後の方向性", "担当部"]
    _text(ws, 1, "令和5年度　枚方市施策評価　評価結果一覧", bold=True, size=14)
    _text(
        ws,
        2,
        "評価　A：効果的　B：おおむね効果的　C：改善に向けた検討を要する　D：課題の検証を要する　"
        "E：抜本的な見直しを要する　※評価対象外は件数に含めない",
    )
    _header(ws, 7, head)
    row = 8
    no = 0
    for n_goal, (gid, gname, measures) in enumerate(_HIRAKATA_PLAN):
        if n_goal:
            row += 1  # blank spacer row
        _band(ws, row, f"{gid}　{gname}", len(head))
        row += 1
        statuses = _deal(_HIRAKATA_GROUPS[gid], rng)
        for measure in measures:
            symbol = statuses.pop()
            no += 1
            _cells(
                ws,
                row,
                [
                    no,
                    measure,
                    symbol,
                    rng.choice(_HIRAKATA_REASON[symbol]),
                    None if symbol == "評価対象外" else rng.choice(_HIRAKATA_NEXT),
                    rng.choice(_HIRAKATA_DEPTS[gid]),
                ],
                center=(1, 3),
            )
            row += 1
        assert not statuses
    _widths(ws, 6, 30, 12, 48, 30, 16)
    _write_statements(wb, HIRAKATA)
    path = folder / "枚方市_施策評価結果一覧.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------
# 6. Hamura: 施策評価 with whole phrases as statuses, headings 施策27「都市基盤整備」 above tables

_HAMURA_DONE, _HAMURA_REVIEW = "計画どおり完了", "次年度以降計画を見直す"
_HAMURA_PLAN = [
    (
        "施策26",
        "公園・緑地の整備",
        [
            "羽村草花丘陵自然公園の整備",
            "宮ノ下運動公園の改修",
            "緑化推進事業",
            "公園遊具の更新",
            "市民の森保全事業",
            "花と水のまつり会場整備",
        ],
    ),
    (
        "施策27",
        "都市基盤整備",
        [
            "良好な居住環境の整備",
            "土地区画整理事業の推進",
            "羽村駅西口周辺の整備",
            "都市計画マスタープランの改定",
            "空き家等対策の推進",
            "道路橋りょう維持補修",
        ],
    ),
    (
        "施策28",
        "道路・交通網の整備",
        [
            "市道の拡幅整備",
            "自転車走行空間の整備",
            "コミュニティバスの運行",
            "歩道のバリアフリー化",
            "交通安全施設の整備",
        ],
    ),
    (
        "施策29",
        "環境保全",
        [
            "地球温暖化対策実行計画の推進",
            "ごみの減量化・資源化",
            "不法投棄対策",
            "玉川上水の保全",
            "環境学習の推進",
            "住宅用太陽光発電設備設置助成",
            "騒音・振動対策",
        ],
    ),
]
_HAMURA_GROUPS = {
    "施策26": {_HAMURA_DONE: 4, _HAMURA_REVIEW: 2},
    "施策27": {_HAMURA_DONE: 5, _HAMURA_REVIEW: 1},
    "施策28": {_HAMURA_DONE: 3, _HAMURA_REVIEW: 2},
    "施策29": {_HAMURA_DONE: 6, _HAMURA_REVIEW: 1},
}


def _hamura_statuses() -> dict[str, list[str]]:
    rng = random.Random("hamura")
    out = {}
    for gid, _name, projects in _HAMURA_PLAN:
        if gid == "施策27":  # the published sentence names the first and the last project
            statuses = [_HAMURA_DONE] * 5 + [_HAMURA_REVIEW]
        else:
            statuses = _deal(_HAMURA_GROUPS[gid], rng)
        assert len(statuses) == len(projects)
        out[gid] = statuses
    return out


def _hamura_layout() -> tuple[dict[str, int], dict[str, int]]:
    """The row of each 施策 heading and of the sentence under its table."""
    heading, sentence = {}, {}
    row = 5
    for gid, _name, projects in _HAMURA_PLAN:
        heading[gid] = row
        sentence[gid] = row + 2 + len(projects)
        row = sentence[gid] + 2
    return heading, sentence


def _hamura_sentence(gid: str, projects: list[str], statuses: list[str]) -> dict[str, Any]:
    done = [p for p, s in zip(projects, statuses, strict=True) if s == _HAMURA_DONE]
    review = [p for p, s in zip(projects, statuses, strict=True) if s == _HAMURA_REVIEW]
    text = f"「{done[0]}」などの{len(done)}事業は、「{_HAMURA_DONE}」であり、"
    if len(review) == 1:
        text += f"「{review[0]}」の1事業は「{_HAMURA_REVIEW}」としました。"
    else:
        text += f"「{review[0]}」など{len(review)}事業は「{_HAMURA_REVIEW}」としました。"
    return {
        "text": text,
        "sheet": "施策評価",
        "cell": f"A{_hamura_layout()[1][gid]}",
        "scope": gid,
        "numbers": {_HAMURA_DONE: len(done), _HAMURA_REVIEW: len(review)},
    }


HAMURA: dict[str, Any] = {
    "status_columns": ["評　価"],
    "scale": _scale((_HAMURA_DONE, _HAMURA_DONE, True), (_HAMURA_REVIEW, _HAMURA_REVIEW, True)),
    "best_first": True,
    "counts": {_HAMURA_DONE: 18, _HAMURA_REVIEW: 6},
    "total": 24,
    "uncounted": {},
    "levels": ["施策", "事業"],
    "groups": _HAMURA_GROUPS,
    "titles": {
        "project": "事業名",
        "status": "評　価",
        "issue": "評価の理由・今後の方向性",
        "department": "担当課",
    },
    "statements": [
        {
            "text": "4施策24事業のうち、18事業が「計画どおり完了」、6事業が"
            "「次年度以降計画を見直す」となりました。",
            "sheet": "施策評価",
            "cell": "A3",
            "scope": "all",
            "numbers": {"total": 24, _HAMURA_DONE: 18, _HAMURA_REVIEW: 6},
        },
        *(
            _hamura_sentence(gid, projects, statuses)
            for (gid, _n, projects), statuses in zip(
                _HAMURA_PLAN, _hamura_statuses().values(), strict=True
            )
        ),
    ],
    "rows": 24,
}
assert HAMURA["statements"][2]["text"].startswith(
    "「良好な居住環境の整備」などの5事業は、「計画どおり完了」であり"
)

_HAMURA_REASON = {
    _HAMURA_DONE: [
        "計画どおり事業を完了した。",
        "予定していた整備を完了し、供用を開始した。",
        "目標を達成した。",
    ],
    _HAMURA_REVIEW: [
        "用地取得に時間を要しているため、次年度以降の計画を見直す。",
        "資材価格の高騰により事業費を見直す。",
    ],
}
_HAMURA_DEPTS = ["都市計画課", "土木課", "環境保全課", "生活環境課", "産業振興課", "建築課"]


def _build_hamura(folder: Path) -> list[Path]:
    rng = random.Random("hamura-rows")
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価"
    _setup(ws)
    head = ["事業名", "事業の目的・内容", "評　価", "評価の理由・今後の方向性", "担当課"]
    _text(ws, 1, "羽村市長期総合計画　施策評価（令和4年度）", bold=True, size=14)
    heading, sentence = _hamura_layout()
    statuses = _hamura_statuses()
    for gid, gname, projects in _HAMURA_PLAN:
        row = heading[gid]
        _text(ws, row, f"{gid}「{gname}」", bold=True, size=12)
        _header(ws, row + 1, head)
        for k, (project, symbol) in enumerate(zip(projects, statuses[gid], strict=True)):
            _cells(
                ws,
                row + 2 + k,
                [
                    project,
                    f"{project}により、{gname}を進める。",
                    symbol,
                    rng.choice(_HAMURA_REASON[symbol]),
                    rng.choice(_HAMURA_DEPTS),
                ],
                center=(3,),
            )
        assert row + 2 + len(projects) == sentence[gid]
    _widths(ws, 30, 40, 22, 44, 14)
    _write_statements(wb, HAMURA)
    path = folder / "羽村市_施策評価.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------
# 7. A city's 集中改革プラン (南原市, invented): 再掲 rows not counted, 1.1 and (1)ア numbering

_MINAMIHARA_PLAN: list[tuple[str, str, str, list[str]]] = [
    (
        "1",
        "事務・事業の再編・整理、廃止・統合",
        "dotted",
        [
            "事務事業評価の本格実施",
            "各種イベントの統合",
            "敬老祝金の見直し",
            "広報紙発行回数の見直し",
            "審議会等の統廃合",
            "市民相談業務の集約",
            "公用車の削減",
            "庁内印刷業務の集約",
            "統計調査業務の効率化",
            "施設予約業務の電子化",
            "窓口業務の一元化",
            "文書管理システムの導入",
            "補助金の終期設定",
            "各種団体への負担金の見直し",
            "市単独扶助費の見直し",
            "成人式の運営方法の見直し",
            "農業祭と産業まつりの統合",
            "出張所の廃止",
            "証明書自動交付機の廃止",
        ],
    ),
    (
        "2",
        "民間委託等の推進",
        "dotted",
        [
            "学校給食調理業務の民間委託",
            "ごみ収集業務の民間委託",
            "市民プールへの指定管理者制度の導入",
            "体育館への指定管理者制度の導入",
            "図書館カウンター業務の委託",
            "公民館への指定管理者制度の導入",
            "保育所の民営化",
            "老人福祉センターの指定管理",
            "下水道施設維持管理の包括委託",
            "庁舎清掃・警備業務の一括委託",
            "道路維持補修業務の委託",
            "公園管理業務の委託",
            "電話交換業務の委託",
            "市税等の電話催告業務の委託",
            "児童館運営の委託",
            "斎場運営の委託",
            "駐輪場管理の委託",
            "給与計算業務の外部委託",
            "文化会館への指定管理者制度の導入",
            "水道料金徴収業務の委託",
        ],
    ),
    (
        "3",
        "定員管理の適正化",
        "dotted",
        [
            "定員適正化計画の策定",
            "退職者補充の抑制",
            "再任用職員の活用",
            "臨時・非常勤職員の適正配置",
            "組織のフラット化",
            "係制の廃止とグループ制の導入",
            "出先機関の統合",
            "事務の電算化による人員削減",
            "保育所職員配置の見直し",
            "技能労務職の退職不補充",
            "消防職員の適正配置",
            "派遣職員の見直し",
            "専門職の任期付採用",
            "部局間の応援体制の整備",
            "職員数の公表",
        ],
    ),
    (
        "4",
        "給与の適正化",
        "kana",
        [
            "給料表の見直し",
            "特殊勤務手当の見直し",
            "管理職手当の削減",
            "通勤手当の見直し",
            "時間外勤務手当の縮減",
            "住居手当の見直し",
            "退職手当の見直し",
            "昇給制度の見直し",
            "勤勉手当への成績率の導入",
            "技能労務職給料表の見直し",
            "給与情報の公表",
            "わたり制度の廃止",
            "期末手当加算の見直し",
            "休日勤務手当の見直し",
            "宿日直手当の見直し",
            "単身赴任手当の見直し",
            "扶養手当の見直し",
            "地域手当の見直し",
            "初任給基準の見直し",
            "特別職報酬の見直し",
            "議員報酬の見直し",
        ],
    ),
    (
        "5",
        "第三セクター等の見直し",
        "kana",
        [
            "土地開発公社の解散",
            "観光協会への補助金の見直し",
            "社会福祉協議会への補助金の見直し",
            "文化振興財団の統合",
            "体育協会の自立化",
            "シルバー人材センターへの補助金の見直し",
            "住宅供給公社の経営改善",
            "駐車場公社の廃止",
            "第三セクターの経営状況の公表",
            "外郭団体への派遣職員の引揚げ",
            "外郭団体の役員報酬の見直し",
            "農業公社の在り方の検討",
            "国際交流協会の事務局の見直し",
            "下水道公社の解散",
            "外郭団体の評価制度の導入",
            "公社等の債務保証の見直し",
        ],
    ),
    (
        "6",
        "経費節減等の財政効果",
        "kana",
        [
            "光熱水費の節減",
            "消耗品の一括購入",
            "電子入札の導入",
            "公共工事コストの縮減",
            "市債の繰上償還",
            "未利用地の売却",
            "広告事業の推進",
            "使用料・手数料の見直し",
            "市税収納率の向上",
            "コンビニ収納の導入",
            "ふるさと納税の推進",
            "旅費の見直し",
            "庁内LANによるペーパーレス化",
            "公共施設の省エネルギー化",
            "リース契約の見直し",
            "委託契約の複数年化",
            "保険契約の見直し",
            "庁用車のカーシェアリング",
            "職員提案制度の活用",
        ],
    ),
]

_MINAMIHARA_GROUPS = {
    "1": {"目標達成": 12, "取組中": 6, "変更・中止": 1, "再掲": 0},
    "2": {"目標達成": 10, "取組中": 7, "変更・中止": 2, "再掲": 1},
    "3": {"目標達成": 9, "取組中": 5, "変更・中止": 1, "再掲": 0},
    "4": {"目標達成": 11, "取組中": 8, "変更・中止": 1, "再掲": 1},
    "5": {"目標達成": 8, "取組中": 6, "変更・中止": 1, "再掲": 1},
    "6": {"目標達成": 12, "取組中": 6, "変更・中止": 1, "再掲": 0},
}
# the rows listed again in another section: (section, index in the section) -> (section, index)
_MINAMIHARA_REPEATS = {("2", 14): ("1", 10), ("4", 5): ("3", 9), ("5", 9): ("3", 11)}
_MINAMIHARA_DEPTS = {
    "1": ["企画部", "総務部", "福祉部", "市民部"],
    "2": ["総務部", "福祉部", "建設部", "教育部", "環境部"],
    "3": ["総務部"],
    "4": ["総務部"],
    "5": ["企画部", "財務部", "福祉部"],
    "6": ["財務部", "総務部", "企画部"],
}
_MINAMIHARA_SUBGROUPS = {
    "4": ["給与制度の見直し", "諸手当の見直し", "手当の適正化", "給与の公表等"],
    "5": ["公社の見直し", "補助団体の見直し", "外郭団体の経営改善"],
    "6": ["内部管理経費の節減", "歳入の確保", "契約の見直し"],
}

MINAMIHARA: dict[str, Any] = {
    "status_columns": ["進捗状況"],
    "scale": _scale(
        ("目標達成", "目標達成", True),
        ("取組中", "取組中", True),
        ("変更・中止", "変更・中止", True),
        ("再掲", "再掲（他の項目の再掲）", False),
    ),
    "best_first": True,
    "counts": {"目標達成": 62, "取組中": 38, "変更・中止": 7},
    "total": 107,
    "uncounted": {"再掲": 3},
    "levels": ["区分", "実施項目"],
    "groups": _MINAMIHARA_GROUPS,
    "titles": {
        "number": "番号",
        "project": "実施項目",
        "item": "取組内容",
        "status": "進捗状況",
        "issue": "備考",
        "department": "担当部",
    },
    "statements": [
        {
            "text": "集中改革プランの取組項目は110件（3項目再掲のため実質107件）で、"
            "目標達成が62件、取組中が38件、変更・中止が7件となっています。",
            "sheet": "取組状況",
            "cell": "A3",
            "scope": "all",
            "numbers": {
                "rows": 110,
                "再掲": 3,
                "total": 107,
                "目標達成": 62,
                "取組中": 38,
                "変更・中止": 7,
            },
        },
        {
            "text": "このうち「民間委託等の推進」は20件（1項目再掲）で、目標達成が10件です。",
            "sheet": "取組状況",
            "cell": "A4",
            "scope": "2",
            "numbers": {"rows": 20, "再掲": 1, "目標達成": 10},
        },
    ],
    "rows": 110,
}


def _minamihara_numbers(section: str, style: str, n: int) -> list[tuple[str, str | None]]:
    """(number cell, sub-group heading starting here or None) for each row of a section."""
    if style == "dotted":
        return [(f"{section}.{i}", None) for i in range(1, n + 1)]
    subgroups = _MINAMIHARA_SUBGROUPS[section]
    sizes = [
        n // len(subgroups) + (1 if i < n % len(subgroups) else 0) for i in range(len(subgroups))
    ]
    out: list[tuple[str, str | None]] = []
    for g, size in enumerate(sizes, 1):
        out += [(f"({g}){KANA[k]}", subgroups[g - 1] if k == 0 else None) for k in range(size)]
    return out


def _build_minamihara(folder: Path) -> list[Path]:
    rng = random.Random("minamihara_shuchu")
    wb = Workbook()
    ws = wb.active
    ws.title = "取組状況"
    _setup(ws)
    head = ["番号", "実施項目", "取組内容", "進捗状況", "備考", "担当部"]
    _text(ws, 1, "南原市集中改革プラン（平成17年度～平成21年度）　取組状況一覧", bold=True, size=14)
    _text(
        ws,
        5,
        "進捗状況　目標達成：目標を達成したもの　取組中：取組を継続しているもの　"
        "変更・中止：内容を変更又は中止したもの　再掲：他の項目の再掲（件数に含めない）",
    )
    numbers = {
        sec: _minamihara_numbers(sec, style, len(names))
        for sec, _, style, names in _MINAMIHARA_PLAN
    }
    names = {sec: list(items) for sec, _, _, items in _MINAMIHARA_PLAN}
    row = 7
    for sec, sname, _style, items in _MINAMIHARA_PLAN:
        _text(ws, row, f"{sec}　{sname}", bold=True, size=12)
        row += 1
        _header(ws, row, head)  # the header is repeated for each section, as printed
        row += 1
        statuses = _deal({k: v for k, v in _MINAMIHARA_GROUPS[sec].items() if k != "再掲"}, rng)
        for i in range(len(items)):
            number, subgroup = numbers[sec][i]
            if subgroup is not None:
                _cells(ws, row, [number.split(")")[0] + ")", subgroup, None, None, None, None])
                ws.cell(row, 2).font = Font(bold=True)
                row += 1
            if (sec, i) in _MINAMIHARA_REPEATS:
                src_sec, src_i = _MINAMIHARA_REPEATS[(sec, i)]
                name, status = names[src_sec][src_i], "再掲"
                note = f"（{numbers[src_sec][src_i][0]}再掲）"
            else:
                name, status = names[sec][i], statuses.pop()
                note = {
                    "目標達成": None,
                    "取組中": "次期計画に引き継ぐ",
                    "変更・中止": "社会情勢の変化により内容を変更",
                }[status]
            _cells(
                ws,
                row,
                [
                    number,
                    name,
                    f"{name}に取り組む。",
                    status,
                    note,
                    rng.choice(_MINAMIHARA_DEPTS[sec]),
                ],
                center=(1, 4),
            )
            row += 1
        assert not statuses, sec
        row += 1
    _text(ws, row, "※再掲の項目は件数に含めていません。")
    _widths(ws, 9, 34, 36, 12, 26, 10)
    _write_statements(wb, MINAMIHARA)
    path = folder / "南原市_集中改革プラン_取組状況.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------
# 8. Nagayo: S/A/B/C/− (− 評価できない, not counted), Ⅰ–Ⅴ and 1.1.1 in one number column

_NAGAYO_NA = "−"  # U+2212 MINUS SIGN, as typed by the clerk (not the ASCII hyphen)
_NAGAYO_PLAN = [
    (
        "Ⅰ",
        "安全・安心に暮らせるまち",
        [
            ("防災・減災", ["自主防災組織の育成", "防災情報の多重化", "避難所環境の整備"]),
            ("防犯・交通安全", ["防犯灯の整備", "通学路の安全対策"]),
            ("消防・救急", ["消防団員の確保", "AED設置の推進", "救急講習の実施"]),
        ],
    ),
    (
        "Ⅱ",
        "健やかに暮らせるまち",
        [
            ("健康づくり", ["特定健診受診率の向上", "がん検診の受診勧奨", "健康ポイント事業"]),
            (
                "子育て支援",
                ["子育て世代包括支援センターの運営", "放課後児童クラブの充実", "病児保育の実施"],
            ),
            ("高齢者福祉", ["介護予防教室の開催", "見守りネットワークの構築"]),
        ],
    ),
    (
        "Ⅲ",
        "学び、ふれあうまち",
        [
            ("学校教育", ["ICT教育の推進", "学力向上支援員の配置"]),
            ("生涯学習", ["公民館講座の充実", "図書館サービスの向上"]),
            ("文化・スポーツ", ["町民文化祭の開催", "総合型地域スポーツクラブの支援"]),
        ],
    ),
    (
        "Ⅳ",
        "快適で美しいまち",
        [
            ("生活環境", ["ごみ分別の徹底", "合併処理浄化槽の設置促進", "長与川の水質保全"]),
            (
                "都市基盤",
                [
                    "町道の維持補修",
                    "公園施設の長寿命化",
                    "コミュニティバスの運行",
                    "空き家バンクの運営",
                ],
            ),
        ],
    ),
    (
        "Ⅴ",
        "町民とともに進めるまちづくり",
        [
            ("協働", ["自治会活動の支援", "まちづくり提案制度の運用"]),
            (
                "行財政運営",
                [
                    "ふるさと納税の推進",
                    "行政手続のオンライン化",
                    "公共施設の適正配置",
                    "職員研修の充実",
                    "広報紙・SNSによる情報発信",
                ],
            ),
        ],
    ),
]
_NAGAYO_GROUPS = {
    "Ⅰ": {"S": 1, "A": 4, "B": 2, "C": 1, _NAGAYO_NA: 0},
    "Ⅱ": {"S": 0, "A": 4, "B": 2, "C": 1, _NAGAYO_NA: 1},
    "Ⅲ": {"S": 1, "A": 3, "B": 2, "C": 0, _NAGAYO_NA: 0},
    "Ⅳ": {"S": 1, "A": 4, "B": 1, "C": 1, _NAGAYO_NA: 0},
    "Ⅴ": {"S": 0, "A": 3, "B": 2, "C": 1, _NAGAYO_NA: 1},
}

NAGAYO: dict[str, Any] = {
    "status_columns": ["達 成 状 況"],
    "scale": _scale(
        ("S", "計画以上に達成", True),
        ("A", "計画どおり達成", True),
        ("B", "概ね達成", True),
        ("C", "達成できなかった", True),
        (_NAGAYO_NA, "評価できない", False),
    ),
    "best_first": True,
    "counts": {"S": 3, "A": 18, "B": 9, "C": 4},
    "total": 34,
    "uncounted": {_NAGAYO_NA: 2},
    "levels": ["基本目標", "施策", "事業"],
    "groups": _NAGAYO_GROUPS,
    "titles": {
        "number": "番号",
        "project": "基本目標・施策・事業",
        "item": "主な取組内容",
        "status": "達 成 状 況",
        "issue": "課題・今後の方向性",
        "department": "所管課",
    },
    "statements": [
        {
            "text": "評価対象36事業のうち、評価できない2事業を除く34事業について、S評価が3事業、"
            "A評価が18事業、B評価が9事業、C評価が4事業でした。",
            "sheet": "評価シート",
            "cell": "A3",
            "scope": "all",
            "numbers": {"rows": 36, _NAGAYO_NA: 2, "total": 34, "S": 3, "A": 18, "B": 9, "C": 4},
        },
    ],
    "rows": 36,
}

_NAGAYO_NEXT = {
    "S": ["目標を上回る成果が得られた。引き続き取り組む。"],
    "A": ["計画どおり実施した。継続して取り組む。", "概ね順調である。"],
    "B": ["一部に遅れがあり、実施方法を工夫する。"],
    "C": ["目標を達成できなかった。事業内容を見直す。"],
    _NAGAYO_NA: ["新型コロナウイルス感染症の影響により実施できなかったため、評価できない。"],
}
_NAGAYO_DEPTS = {
    "Ⅰ": ["総務課", "地域安全課"],
    "Ⅱ": ["健康保険課", "こども政策課", "福祉課"],
    "Ⅲ": ["教育総務課", "学校教育課", "生涯学習課"],
    "Ⅳ": ["住民環境課", "建設産業課", "上下水道課"],
    "Ⅴ": ["企画財政課", "総務課", "政策企画課"],
}


def _build_nagayo(folder: Path) -> list[Path]:
    rng = random.Random("nagayo")
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    _setup(ws, freeze="A6")
    head = [
        "番号",
        "基本目標・施策・事業",
        "主な取組内容",
        "達 成 状 況",
        "課題・今後の方向性",
        "所管課",
    ]
    _text(ws, 1, "長与町総合計画　施策・事業評価（令和4年度実績）", bold=True, size=14)
    _text(
        ws,
        2,
        f"達成状況　S：計画以上に達成　A：計画どおり達成　B：概ね達成　C：達成できなかった　"
        f"{_NAGAYO_NA}：評価できない（集計から除く）",
    )
    _header(ws, 5, head)
    row = 6
    for g, (gid, gname, measures) in enumerate(_NAGAYO_PLAN, 1):
        _cells(ws, row, [gid, gname, None, None, None, None], center=(1,), fill=_BAND_FILL)
        ws.cell(row, 2).font = Font(bold=True)
        row += 1
        statuses = _deal(_NAGAYO_GROUPS[gid], rng)
        for m, (measure, projects) in enumerate(measures, 1):
            _cells(ws, row, [f"{g}.{m}", measure, None, None, None, None], center=(1,))
            row += 1
            for p, project in enumerate(projects, 1):
                symbol = statuses.pop()
                _cells(
                    ws,
                    row,
                    [
                        f"{g}.{m}.{p}",
                        project,
                        f"{project}に取り組む。",
                        symbol,
                        rng.choice(_NAGAYO_NEXT[symbol]),
                        rng.choice(_NAGAYO_DEPTS[gid]),
                    ],
                    center=(1, 4),
                )
                row += 1
        assert not statuses
    _text(ws, row + 1, f"※「{_NAGAYO_NA}」（評価できない）は、達成状況の件数に含めていません。")
    _widths(ws, 8, 32, 30, 10, 44, 14)
    _write_statements(wb, NAGAYO)
    path = folder / "長与町_施策事業評価.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------
# 9. Aichi: ITプラン KPI, A–D by achievement rate, 柱 repeated on every row, 達成度（A～D）

_AICHI_PLAN = [
    (
        "1 行政サービスのデジタル化",
        [
            ("電子申請が可能な手続の割合（％）", 100),
            ("電子申請の利用件数（件）", 250000),
            ("キャッシュレス納付の利用率（％）", 60),
            ("県公式アプリのダウンロード数（件）", 120000),
            ("オープンデータのデータセット公開数（件）", 1500),
            ("県ウェブサイトのアクセシビリティ適合率（％）", 100),
            ("AIチャットボットの回答件数（件）", 80000),
            ("窓口予約システムを導入した所属数（所属）", 40),
        ],
    ),
    (
        "2 デジタルによる地域課題の解決",
        [
            ("スマート農業技術を導入した経営体数（経営体）", 300),
            ("遠隔医療を導入した医療機関数（機関）", 120),
            ("自動運転の実証実験を行った地域数（地域）", 12),
            ("防災情報メールの登録者数（人）", 400000),
            ("中小企業のDX相談件数（件）", 1200),
            ("観光Wi-Fiの年間接続数（千件）", 900),
            ("5G基地局の整備数（局）", 3000),
            ("県立学校の1人1台端末の活用率（％）", 100),
            ("システムを共同利用する市町村数（団体）", 54),
        ],
    ),
    (
        "3 デジタル人材の育成と県庁DX",
        [
            ("DX研修を受講した職員数（人）", 3000),
            ("テレワークの実施率（％）", 50),
            ("庁内会議のペーパーレス率（％）", 90),
            ("RPAを適用した業務数（業務）", 150),
            ("デジタル人材の採用数（人）", 30),
            ("県民向けデジタル講座の参加者数（人）", 10000),
            ("情報セキュリティ研修の受講率（％）", 100),
        ],
    ),
]
_AICHI_GROUPS = {
    "1": {"A": 5, "B": 2, "C": 1, "D": 0},
    "2": {"A": 5, "B": 2, "C": 1, "D": 1},
    "3": {"A": 4, "B": 2, "C": 1, "D": 0},
}

AICHI: dict[str, Any] = {
    "status_columns": ["達成度（A～D）"],
    "scale": _scale(
        ("A", "達成率100%以上", True),
        ("B", "達成率80%以上100%未満", True),
        ("C", "達成率50%以上80%未満", True),
        ("D", "達成率50%未満", True),
    ),
    "best_first": True,
    "counts": {"A": 14, "B": 6, "C": 3, "D": 1},
    "total": 24,
    "uncounted": {},
    "percent": {"A": 58.3, "B": 25.0, "C": 12.5, "D": 4.2},
    "percent_cells": {"sheet": "集計", "cells": {"A": "C6", "B": "C7", "C": "C8", "D": "C9"}},
    "levels": ["柱", "指標"],
    "groups": _AICHI_GROUPS,
    "titles": {
        "number": "No.",
        "item": "指標（KPI）",
        "status": "達成度（A～D）",
        "issue": "備考",
        "department": "担当課",
    },
    "statements": [
        {
            "text": "24指標のうち、A評価が14指標（58.3%）、B評価が6指標（25.0%）、"
            "C評価が3指標（12.5%）、D評価が1指標（4.2%）となりました。",
            "sheet": "集計",
            "cell": "A3",
            "scope": "all",
            "numbers": {"total": 24, "A": 14, "B": 6, "C": 3, "D": 1},
        },
    ],
    "rows": 24,
}
_AICHI_DEPTS = {
    "1": ["情報政策課", "デジタル戦略課", "行政改革課", "広報広聴課"],
    "2": ["農業経営課", "医務課", "災害対策課", "産業振興課", "観光振興課"],
    "3": ["人事課", "情報政策課", "デジタル戦略課"],
}


def _build_aichi(folder: Path) -> list[Path]:
    rng = random.Random("aichi")
    wb = Workbook()
    ws = wb.active
    ws.title = "達成状況"
    summary = wb.create_sheet("集計")
    _setup(ws, freeze="D5")
    head = [
        "柱",
        "No.",
        "指標（KPI）",
        "基準値\n（R1）",
        "目標値\n（R5）",
        "実績値\n（R4）",
        "達成率",
        "達成度（A～D）",
        "担当課",
        "備考",
    ]
    _text(ws, 1, "あいちITプラン　数値目標（KPI）の達成状況（令和4年度）", bold=True, size=14)
    _text(ws, 2, "達成度　A：達成率100%以上　B：80%以上100%未満　C：50%以上80%未満　D：50%未満")
    _header(ws, 4, head)
    row, no = 5, 0
    for pillar, kpis in _AICHI_PLAN:
        statuses = _deal(_AICHI_GROUPS[pillar.split(" ")[0]], rng)
        for kpi, target in kpis:
            symbol = statuses.pop()
            no += 1
            actual = _achieved(symbol, target, rng)
            if kpi.endswith("（％）"):
                actual = min(actual, 100)
            base = max(0, round(target * rng.uniform(0.1, 0.5)))
            _cells(
                ws,
                row,
                [
                    pillar,  # the level cell repeated on every row
                    no,
                    kpi,
                    base,
                    target,
                    actual,
                    actual / target,
                    symbol,
                    rng.choice(_AICHI_DEPTS[pillar.split(" ")[0]]),
                    "速報値" if rng.random() < 0.15 else None,
                ],
                center=(2, 8),
            )
            for col in (4, 5, 6):
                ws.cell(row, col).number_format = "#,##0"
            ws.cell(row, 7).number_format = "0.0%"
            row += 1
        assert not statuses
    _text(ws, row + 1, "※達成率＝実績値÷目標値。目標値は計画最終年度（令和5年度）の値。")
    _widths(ws, 26, 5, 44, 10, 10, 10, 9, 12, 14, 8)

    _text(summary, 1, "あいちITプラン　KPIの達成状況（集計）", bold=True, size=14)
    _header(summary, 5, ["達成度", "指標数", "構成比（％）"])
    for i, entry in enumerate(AICHI["scale"]):
        s = entry["symbol"]
        _cells(summary, 6 + i, [s, AICHI["counts"][s], AICHI["percent"][s]], center=(1, 2, 3))
        summary.cell(6 + i, 3).number_format = "0.0"
    _cells(summary, 10, ["計", AICHI["total"], 100.0], center=(1, 2, 3))
    summary.cell(10, 3).number_format = "0.0"
    _text(summary, 11, "※構成比は合計が100.0となるよう端数を調整しています。")
    _widths(summary, 12, 10, 14)
    _write_statements(wb, AICHI)
    path = folder / "愛知県_ITプラン_KPI達成状況.xlsx"
    wb.save(path)
    return [path]


# ---------------------------------------------------------------------------------------------

BODIES: list[Body] = [
    Body(
        "nagoya_moriyama",
        "名古屋市守山区 区政運営方針 取組み結果",
        "headings_above_tables",
        _build_nagoya,
        NAGOYA,
    ),
    Body("gunma", "群馬県 情報化推進計画 進捗状況", "indicator_table", _build_gunma, GUNMA),
    Body(
        "kitayama_gyokaku",
        "北山市 第5次行政改革大綱 取り組み項目の進捗状況",
        "two_status_columns",
        _build_kitayama,
        KITAYAMA,
    ),
    Body(
        "kawasaki",
        "川崎市 施策進行管理・評価票（事務事業の達成度）",
        "one_column_per_level",
        _build_kawasaki,
        KAWASAKI,
    ),
    Body("hirakata", "枚方市 施策評価 評価結果一覧", "project_level", _build_hirakata, HIRAKATA),
    Body("hamura", "羽村市 長期総合計画 施策評価", "headings_above_tables", _build_hamura, HAMURA),
    Body(
        "minamihara_shuchu",
        "南原市 集中改革プラン 取組状況",
        "numbered_variants",
        _build_minamihara,
        MINAMIHARA,
    ),
    Body("nagayo", "長与町 総合計画 施策・事業評価", "outline_rows", _build_nagayo, NAGAYO),
    Body(
        "aichi",
        "愛知県 あいちITプラン 数値目標（KPI）の達成状況",
        "one_column_per_level",
        _build_aichi,
        AICHI,
    ),
]


def build_all(folder: Path) -> dict[str, list[Path]]:
    """Build every body's workbook(s) into folder/<key>/."""
    out = {}
    for body in BODIES:
        sub = folder / body.key
        sub.mkdir(parents=True, exist_ok=True)
        out[body.key] = body.build(sub)
    return out


for _exp in (NAGOYA, GUNMA, HIRAKATA, HAMURA, MINAMIHARA, NAGAYO, AICHI, KAWASAKI):
    _order = [e["symbol"] for e in _exp["scale"]]
    _all = _sum_groups(_exp["groups"], _order)
    assert {s: n for s, n in _all.items() if s in _exp["counts"]} == _exp["counts"], _exp["counts"]
del _exp, _order, _all
