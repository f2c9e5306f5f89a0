"""A third, independent layout family: the Chapter 3 titles in a wide, filter-friendly sheet.

Shares no code with generate.py or independent.py. Each policy on its own sheet (``政策1`` …),
a title and the policy heading above the header

    情報化計画事業の体系 | 実施内容 | 細目 | 達成状況 | 課題等 | 所管部 | 予算額（千円） | 執行率 | 更新日

direction rows (``1-1 …``) in the project column, the project ID and name on the project's
first row and blank (bordered) cells below it, item numbers in the ``(1)`` style on the item's
first row, sub-items ``ア 細目名`` in the 細目 column (the first one on the item's own row),
numeric, status-free columns to the right (a budget as a number, a rate as a percentage, an
update date as a real date), a border on every cell, an autofilter on each sheet's header.

    python bench/wide.py OUT_DIR [--sets S,M,L,XL,R]

Sets as in independent.py: S 1 × 50 rated rows, M 1,000 × 50, L 1 × 100,000, XL 10 × 100,000
(disjoint project IDs across files), R 1,000 bodies' files of 50 rows each numbered from 1-1-1.
"""

from __future__ import annotations

import argparse
import datetime
import random
from pathlib import Path

import xlsxwriter

TITLES = {
    1: "区民の力を活かす情報化",
    2: "行政経営を支援する情報化",
    3: "災害に強い地域をつくる情報化",
    4: "子育て・学びを支える情報化",
}
DIRECTIONS_PER_POLICY = 3
DEPTS = (
    "政策経営部 政策企画課",
    "総務部 DX推進課",
    "財務部 経理課",
    "生活文化政策部 市民活動推進課",
    "地域行政部 地域行政課",
    "保健福祉政策部 保健医療福祉推進課",
    "子ども・若者部 子ども家庭課",
    "教育政策部 教育ICT推進課",
    "危機管理部 災害対策課",
    "経済産業部 商業課",
    "環境政策部 環境計画課",
    "都市整備政策部 都市計画課",
    "土木部 土木管理課",
    "清掃・リサイクル部 事業課",
    "選挙管理委員会事務局",
)
WORDS_A = (
    "電子自治体",
    "窓口業務",
    "公共施設",
    "住民情報",
    "防災行政無線",
    "避難所運営",
    "保育所入所",
    "放課後児童",
    "学習用端末",
    "校務支援",
    "健康診査",
    "介護保険",
    "障害福祉",
    "区税収納",
    "会計事務",
    "文書管理",
    "議事録作成",
    "施設予約",
    "地域コミュニティ",
    "観光案内",
)
WORDS_B = (
    "オンライン化",
    "システム更改",
    "データ連携",
    "ペーパーレス化",
    "自動化",
    "標準準拠化",
    "可視化",
    "多言語対応",
    "遠隔対応",
    "共同利用",
    "セキュリティ強化",
    "利用促進",
)
WORDS_C = (
    "の推進",
    "に向けた取組",
    "の検討及び実施",
    "の段階的な拡大",
    "による区民サービスの向上",
    "と業務プロセスの見直し",
    "に関する実証実験",
    "の効果検証",
)
PROBLEMS = (
    "国の標準化方針の変更に伴い、スケジュールを見直した。",
    "調達手続が不調となり、契約が年度末にずれ込んだ。",
    "利用率が低く、対象手続の拡大と周知の強化が課題である。",
    "庁内調整が難航し、実施範囲を縮小した。",
    "既存システムとの接続に技術的な課題がある。",
    "予算措置が見送られたため未着手となった。",
    "関係機関との協議を継続する。",
)
SUB = "アイウエオ"
SYMBOLS = ("◎", "○", "○", "○", "○", "○", "△", "△", "×")
HEADER = (
    "情報化計画事業の体系",
    "実施内容",
    "細目",
    "達成状況",
    "課題等",
    "所管部",
    "予算額（千円）",
    "執行率",
    "更新日",
)


def phrase(rng: random.Random, low: int, high: int) -> str:
    parts = [rng.choice(WORDS_A), rng.choice(WORDS_B), rng.choice(WORDS_C)]
    while sum(map(len, parts)) < low:
        parts.insert(0, rng.choice(WORDS_A) + "・")
    return "".join(parts)[:high]


def trouble(rng: random.Random, always: bool) -> str:
    if not always and rng.random() > 0.1:
        return ""
    picked = rng.sample(PROBLEMS, rng.randint(1, 3))
    return "".join(picked)[:120]


class Ids:
    def __init__(self) -> None:
        self.counter: dict[tuple[int, int], int] = {}

    def __call__(self, policy: int, direction: int) -> str:
        key = (policy, direction)
        self.counter[key] = self.counter.get(key, 0) + 1
        return f"{policy}-{direction}-{self.counter[key]}"


def build(path: Path, rated: int, rng: random.Random, ids: Ids) -> None:
    book = xlsxwriter.Workbook(str(path))
    fmt = {
        "text": book.add_format({"border": 1, "text_wrap": True, "valign": "top"}),
        "mid": book.add_format({"border": 1, "align": "center", "valign": "top"}),
        "head": book.add_format(
            {"border": 1, "bold": True, "bg_color": "#D9E1F2", "text_wrap": True}
        ),
        "yen": book.add_format({"border": 1, "num_format": "#,##0", "valign": "top"}),
        "pct": book.add_format({"border": 1, "num_format": "0.0%", "valign": "top"}),
        "date": book.add_format({"border": 1, "num_format": "yyyy/mm/dd", "valign": "top"}),
        "big": book.add_format({"bold": True, "font_size": 13}),
    }
    # about 4.6 rated rows a project; the projects spread over the policies' directions
    projects = max(1, round(rated / 4.6))
    slots = len(TITLES) * DIRECTIONS_PER_POLICY
    per_policy: dict[int, list[int]] = {p: [] for p in TITLES}
    for index in range(projects):
        slot = index * slots // projects
        per_policy[slot // DIRECTIONS_PER_POLICY + 1].append(slot % DIRECTIONS_PER_POLICY + 1)
    done = 0
    for policy, directions in per_policy.items():
        if not directions or done >= rated:
            continue
        ws = book.add_worksheet(f"政策{policy}")
        for column, width in enumerate((38, 42, 30, 8, 44, 26, 12, 8, 11)):
            ws.set_column(column, column, width)
        ws.write_string(0, 0, "第3章 情報化計画事業の進捗状況", fmt["big"])
        ws.write_string(1, 0, f"情報化政策{policy} {TITLES[policy]}")
        ws.write_row(3, 0, HEADER, fmt["head"])
        r = 4
        shown = 0
        for direction in directions:
            if done >= rated:
                break
            if direction != shown:
                ws.write_string(r, 0, f"{policy}-{direction} {phrase(rng, 15, 30)}", fmt["text"])
                for column in range(1, len(HEADER)):
                    ws.write_blank(r, column, None, fmt["text"])
                r += 1
                shown = direction
            project = f"{ids(policy, direction)} {phrase(rng, 20, 60)}"
            dept = rng.choice(DEPTS)
            first_row = True
            for item in range(1, rng.randint(3, 6) + 1):
                item_text = f"({item}) {phrase(rng, 20, 60)}"
                subs = (
                    [f"{SUB[k]} {phrase(rng, 8, 24)}" for k in range(rng.randint(2, 4))]
                    if rng.random() < 0.12
                    else [""]
                )
                for k, sub in enumerate(subs):
                    symbol = rng.choice(SYMBOLS)
                    if first_row:
                        ws.write_string(r, 0, project, fmt["text"])
                        first_row = False
                    else:
                        ws.write_blank(r, 0, None, fmt["text"])
                    if k == 0:
                        ws.write_string(r, 1, item_text, fmt["text"])
                    else:
                        ws.write_blank(r, 1, None, fmt["text"])
                    if sub:
                        ws.write_string(r, 2, sub, fmt["text"])
                    else:
                        ws.write_blank(r, 2, None, fmt["text"])
                    ws.write_string(r, 3, symbol, fmt["mid"])
                    text = trouble(rng, symbol in "△×")
                    if text:
                        ws.write_string(r, 4, text, fmt["text"])
                    else:
                        ws.write_blank(r, 4, None, fmt["text"])
                    ws.write_string(r, 5, dept, fmt["text"])
                    ws.write_number(r, 6, rng.randrange(0, 250_000, 10), fmt["yen"])
                    ws.write_number(r, 7, round(rng.uniform(0.0, 1.0), 3), fmt["pct"])
                    ws.write_datetime(
                        r,
                        8,
                        datetime.date(2024, 4, 1) + datetime.timedelta(rng.randint(0, 365)),
                        fmt["date"],
                    )
                    r += 1
                    done += 1
        ws.autofilter(3, 0, r - 1, len(HEADER) - 1)
    book.close()


SETS = {"S": (1, 50), "M": (1000, 50), "L": (1, 100_000), "XL": (10, 100_000), "R": (1000, 50)}


def bodies(count: int, rng: random.Random) -> list[str]:
    first = "朝日夕月星森林泉岩谷橋港湊坂池津城堀尾根久保江川原"
    result: dict[str, None] = {}
    while len(result) < count:
        result["".join(rng.choices(first, k=rng.choice((2, 2, 3)))) + rng.choice("市市町町村")] = (
            None
        )
    return list(result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", default="S,M,L,XL,R")
    args = parser.parse_args()
    for name in args.sets.split(","):
        files, rows = SETS[name]
        rng = random.Random(f"wide/{name}")
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        if name == "R":
            for number, body in enumerate(bodies(files, rng), 1):
                build(folder / f"body_{number:04d}_{body}.xlsx", rows, rng, Ids())
        else:
            ids = Ids()
            for number in range(files):
                build(folder / f"plan_{number:04d}.xlsx", rows, rng, ids)
        (folder / ".complete").touch()
        print(f"wide {name}: {files} × {rows} rows in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
