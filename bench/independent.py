"""An independent generator: the Chapter 3 layout family as a ward clerk types it.

Shares no code (and no texts) with generate.py. One sheet per file, five columns

    情報化計画事業の体系 | 実施内容 | 達成状況 | 課題等 | 所管部

a policy heading row (``情報化政策1 区民の力を活かす情報化``) above each policy's table, the
header row under it, direction rows (``1-1 方向性の名前``) in the project column, project cells
(``1-1-1 事業名``) typed on the project's first row only or, for about one project in five,
merged vertically over its rows, item cells (``① 実施内容``), sub-items (``　ア 細目名``, a
full-width space and katakana) in the item column under an item whose own status is blank,
statuses ◎○△× and a few ``-`` on re-listed items (``…（1-2-1③再掲）``), an issue text for
every △ and ×, a department from fifteen, a border on every cell of the tables, an autofilter
on the first header, shared strings (xlsxwriter's default).

    python bench/independent.py OUT_DIR [--sets S,M,L,XL,R]

S: 1 file × 50 rated rows; M: 1,000 × 50; L: 1 × 100,000; XL: 10 × 100,000 (the files of
S, M, L and XL hold disjoint project IDs, like departments' files); R: 1,000 bodies' files of
50 rows, each numbered from 1-1-1 (``body_0001_〇〇市.xlsx``).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import xlsxwriter

POLICIES = [
    "区民の力を活かす情報化",
    "行政経営を支援する情報化",
    "安全・安心な暮らしを支える情報化",
    "地域の活力を高める情報化",
    "情報セキュリティと基盤の強化",
]
DEPARTMENTS = [
    "政策経営部",
    "総務部",
    "財務部",
    "生活文化政策部",
    "地域行政部",
    "保健福祉政策部",
    "子ども・若者部",
    "教育政策部",
    "危機管理部",
    "経済産業部",
    "環境政策部",
    "都市整備政策部",
    "道路・交通計画部",
    "清掃・リサイクル部",
    "区議会事務局",
]
SUBJECTS = [
    "区民向け窓口",
    "行政手続",
    "地域情報",
    "防災情報",
    "子育て支援",
    "高齢者見守り",
    "図書館",
    "学校教育",
    "文化財資料",
    "保健医療",
    "福祉サービス",
    "税務事務",
    "庁内ネットワーク",
    "オープンデータ",
    "地理情報",
    "電子決裁",
    "住民記録",
    "公共施設予約",
    "まちづくり情報",
    "環境情報",
    "ごみ収集",
    "道路管理",
    "議会中継",
    "職員研修",
]
MEANS = [
    "ICT を活用した",
    "電子申請による",
    "モバイル端末を用いた",
    "クラウドサービスを利用した",
    "AI・RPA を導入した",
    "マイナンバーカードを活用した",
    "SNS 等多様な媒体による",
    "地域団体との協働による",
    "標準化されたシステムによる",
    "キャッシュレス決済による",
]
ACTIONS = [
    "利便性向上",
    "情報提供の充実",
    "業務効率化",
    "環境整備",
    "運用体制の構築",
    "推進",
    "サービス向上",
    "仕組みの検討",
    "調査研究",
    "基盤の整備・充実",
    "継続的改善",
    "拡充",
]
TAILS = ["", "及び関連業務の見直し", "に向けた検討", "の段階的実施", "（試行を含む）", "と評価"]
ISSUE_PARTS = [
    "新型コロナウイルス感染拡大防止のため実施内容を変更した。",
    "関係所管との調整に時間を要し、導入時期を翌年度に変更した。",
    "費用対効果の検証が必要である。",
    "国の標準仕様の公開が遅れたため、設計に着手できなかった。",
    "利用者数が想定を下回っており、周知方法の見直しが必要である。",
    "システム更改にあわせて再検討する。",
    "個人情報保護の観点から運用ルールの整理が必要である。",
    "事業評価・効果測定等の手法を確立する必要がある。",
    "委託事業者の選定に時間を要した。",
    "次期計画において継続して取り組む。",
]
KATAKANA = "アイウエオカキクケコ"
CIRCLED = "".join(chr(0x2460 + n) for n in range(20))
# ◎ 10 %, ○ 60 %, △ 20 %, × 7 % (the re-listed "-" items are chosen separately)
STATUS_WEIGHTS = (("◎", 10), ("○", 60), ("△", 20), ("×", 7))
PLACES = "東西南北中青緑若松竹梅桜川山田本高岡浜島野原沢宮大小新平富長福吉"
SUFFIXES = ["市", "市", "市", "町", "町", "村", "区"]


def name(rng: random.Random, low: int = 20, high: int = 60) -> str:
    """A realistic project, item or direction name of ``low``–``high`` characters."""
    text = rng.choice(MEANS) + rng.choice(SUBJECTS) + "の" + rng.choice(ACTIONS)
    while len(text) < low:
        text = rng.choice(SUBJECTS) + "における" + text + rng.choice(TAILS)
    return text[:high]


def issue(rng: random.Random) -> str:
    text = ""
    for _ in range(rng.randint(1, 3)):
        part = rng.choice(ISSUE_PARTS)
        if len(text) + len(part) > 120:
            break
        text += part
    return text


def status(rng: random.Random) -> str:
    return rng.choices([s for s, _ in STATUS_WEIGHTS], [w for _, w in STATUS_WEIGHTS])[0]


class Numbering:
    """Hands out project IDs ``p-d-n``: five policies of four directions, projects numbered on
    within each direction (across files, unless reset)."""

    def __init__(self) -> None:
        self.next: dict[tuple[int, int], int] = {}

    def take(self, policy: int, direction: int) -> int:
        number = self.next.get((policy, direction), 0) + 1
        self.next[(policy, direction)] = number
        return number


def write_file(path: Path, rows: int, rng: random.Random, numbering: Numbering) -> int:
    """Write one ward's workbook with about ``rows`` rated rows; returns the rows written."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("進捗状況")
    box = book.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"})
    centre = book.add_format({"border": 1, "align": "center", "valign": "vcenter"})
    head = book.add_format({"border": 1, "bold": True, "align": "center", "bg_color": "#FFF2CC"})
    title = book.add_format({"bold": True, "font_size": 14})
    sheet.set_column(0, 0, 40)
    sheet.set_column(1, 1, 50)
    sheet.set_column(2, 2, 9)
    sheet.set_column(3, 3, 50)
    sheet.set_column(4, 4, 16)
    sheet.write(0, 0, "第3章 情報化計画事業の進捗状況（令和5年度）", title)
    sheet.write(1, 0, "※達成状況　◎：計画以上　○：計画どおり　△：一部修正して実施　×：未実施")
    row = 3
    first_header = None
    # rated rows spread over the five policies and four directions, in plan order
    projects_wanted = max(1, round(rows / 4.6))
    plan: list[tuple[int, int]] = []
    for index in range(projects_wanted):
        share = index * 20 // projects_wanted  # 0..19: policy × direction
        plan.append((share // 4 + 1, share % 4 + 1))
    written = 0
    earlier: list[str] = []  # IDs of projects already written (for re-listed items)
    current_policy = current_direction = 0
    for policy, direction in plan:
        if written >= rows:
            break
        if policy != current_policy:
            if current_policy:
                row += 1  # a blank line between policies' tables
            sheet.write(row, 0, f"情報化政策{policy} {POLICIES[policy - 1]}")
            row += 1
            for column, text in enumerate(
                ("情報化計画事業の体系", "実施内容", "達成状況", "課題等", "所管部")
            ):
                sheet.write(row, column, text, head)
            if first_header is None:
                first_header = row
            row += 1
            current_policy, current_direction = policy, 0
        if direction != current_direction:
            sheet.write(row, 0, f"{policy}-{direction} {name(rng, 15, 35)}", box)
            for column in range(1, 5):
                sheet.write_blank(row, column, None, box)
            row += 1
            current_direction = direction
        project_id = f"{policy}-{direction}-{numbering.take(policy, direction)}"
        department = rng.choice(DEPARTMENTS)
        first = row
        for item_number in range(1, rng.randint(3, 6) + 1):
            label = CIRCLED[item_number - 1]
            if earlier and rng.random() < 0.03:  # re-listed from an earlier project
                item_name = (
                    f"{name(rng, 15, 45)}（{rng.choice(earlier)}{CIRCLED[rng.randint(0, 2)]}再掲）"
                )
                sheet.write(row, 1, f"{label} {item_name}", box)
                sheet.write(row, 2, "-", centre)
                sheet.write_blank(row, 3, None, box)
                sheet.write(row, 4, department, box)
                row += 1
                written += 1
                continue
            sheet.write(row, 1, f"{label} {name(rng)}", box)
            if rng.random() < 0.1:  # sub-items under the item, the item's own status blank
                sheet.write_blank(row, 2, None, centre)
                sheet.write_blank(row, 3, None, box)
                sheet.write(row, 4, department, box)
                row += 1
                for sub in range(rng.randint(2, 3)):
                    sheet.write(row, 1, f"\u3000{KATAKANA[sub]} {name(rng, 10, 30)}", box)
                    rated_row(sheet, row, rng, department, box, centre)
                    row += 1
                    written += 1
            else:
                rated_row(sheet, row, rng, department, box, centre)
                row += 1
                written += 1
        text = f"{project_id} {name(rng)}"
        if row - first > 1 and rng.random() < 0.2:
            sheet.merge_range(first, 0, row - 1, 0, text, box)
        else:
            sheet.write(first, 0, text, box)
            for blank in range(first + 1, row):
                sheet.write_blank(blank, 0, None, box)
        earlier.append(project_id)
    assert first_header is not None
    sheet.autofilter(first_header, 0, row - 1, 4)
    sheet.freeze_panes(first_header + 1, 0)
    book.close()
    return written


def rated_row(sheet, row, rng, department, box, centre) -> None:  # type: ignore[no-untyped-def]
    symbol = status(rng)
    sheet.write(row, 2, symbol, centre)
    if symbol in "△×" or rng.random() < 0.15:
        sheet.write(row, 3, issue(rng), box)
    else:
        sheet.write_blank(row, 3, None, box)
    sheet.write(row, 4, department, box)


SETS = {"S": (1, 50), "M": (1000, 50), "L": (1, 100_000), "XL": (10, 100_000), "R": (1000, 50)}


def body_names(count: int, rng: random.Random) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        text = "".join(rng.sample(PLACES, rng.randint(2, 3))) + rng.choice(SUFFIXES)
        if text not in seen:
            seen.add(text)
            names.append(text)
    return names


def write_set(out: Path, size: str, seed: int = 3) -> None:
    files, rows = SETS[size]
    rng = random.Random(f"independent-{size}-{seed}")
    folder = out / size
    folder.mkdir(parents=True, exist_ok=True)
    numbering = Numbering()
    if size == "R":
        for number, body in enumerate(body_names(files, rng), 1):
            write_file(folder / f"body_{number:04d}_{body}.xlsx", rows, rng, Numbering())
    else:
        for number in range(files):
            write_file(folder / f"ward_{number:04d}.xlsx", rows, rng, numbering)
    (folder / ".complete").touch()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--sets", default="S,M,L,XL,R")
    args = parser.parse_args()
    for size in args.sets.split(","):
        write_set(args.out, size)
        print(f"independent {size}: {SETS[size][0]} × {SETS[size][1]} rows in {args.out / size}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
