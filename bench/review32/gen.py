#!/usr/bin/env python3
"""Independent generator of a national roll-up of plan-evaluation workbooks.

Shares no code with planeval.  Writes, under data/:
  K/    1,000 bodies, one column per level (Kawasaki-style: 政策 | 施策 | 事務事業名, level cells merged)
  H/    1,000 bodies, headings over a No. table (Nagoya/Aichi-style: 基本方針1 …, 施策1-1 …, No. | 事業名)
  C/    1,000 bodies, one-cell IDs (1.1.1 名前 / 1-1-1 名前 in 体系, direction band rows, items ①②)
  P/    1,000 bodies, a status-per-project sheet (Hirakata-style: No. | 施策名 | 評価 ※必須, band rows)
  mix/  1,000 bodies, each body's family drawn at random from the four
  big1/ one body, 100,000 rated rows in one sheet (family C, departments' rows stacked)
  big10/ ten bodies, 100,000 rated rows each
and truth/<set>.json: for each file, the body's name and the count of each status as designed.

Scale of the survey (common to every body): A 計画以上に進捗, B 計画どおり進捗, C やや遅れ, D 遅れ,
- 対象外 (not counted).  Every body numbers its own plan from 1 (1-1-1, 1.1.1, No. 1 …).

Light mess only (no errors): trailing spaces, full-width letters/digits, merged cells, a title block
above the table, a 団体名 cell, a legend line, repeated header rows, header remarks.

usage: python gen.py [--bodies N] [--big-rows N] [--sets K,H,C,P,mix,big1,big10] [--seed S]
"""

import argparse
import json
import os
import random
import sys
from multiprocessing import Pool
from pathlib import Path

import xlsxwriter

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
TRUTH = ROOT / "truth"

STATUSES = ["A", "B", "C", "D", "-"]
WEIGHTS = [15, 50, 20, 8, 7]
LABELS = {"A": "計画以上に進捗", "B": "計画どおり進捗", "C": "やや遅れ", "D": "遅れ", "-": "対象外"}
FW = str.maketrans("ABCD0123456789-.", "ＡＢＣＤ０１２３４５６７８９－．")

NAME_A = list("青緑白東西南北大小高若朝桜松竹梅栗柏杉星月雪花菊蓮藤萩椿楓泉")
NAME_B = list("葉丘野原沢浜崎島谷瀬江津浦台里岡尾見木宮")
SUFFIX = ["市", "町", "村"]
# combinations that happen to be prefecture names or common real confusions are avoided by the lists

POLICY_WORDS = [
    "安心・安全で快適に暮らせるまち",
    "子どもが健やかに育つまち",
    "誰もが生き生きと暮らせるまち",
    "活力ある産業を育むまち",
    "環境と共生するまち",
    "市民とともに歩む行政",
    "デジタルで便利な暮らし",
    "効率的で持続可能な行財政運営",
    "学びと文化のまち",
    "災害に強い強靭なまち",
]
DIR_WORDS = [
    "行政手続のオンライン化",
    "情報セキュリティの確保",
    "地域防災力の向上",
    "子育て支援の充実",
    "健康づくりの推進",
    "地域産業の振興",
    "業務の効率化",
    "情報発信の充実",
    "公共施設の適正管理",
    "環境負荷の低減",
    "学校教育のICT化",
    "市民協働の推進",
    "窓口サービスの向上",
    "データ活用の推進",
]
TOPICS = [
    "電子申請",
    "防災情報",
    "住民記録",
    "税務",
    "国民健康保険",
    "介護保険",
    "保育",
    "図書館",
    "施設予約",
    "文書管理",
    "財務会計",
    "人事給与",
    "庁内ネットワーク",
    "ホームページ",
    "地理情報",
    "統計データ",
    "学校情報端末",
    "健康管理",
    "ごみ収集",
    "公共交通",
    "観光情報",
    "農業支援",
    "上下水道",
    "道路台帳",
    "避難所運営",
    "コールセンター",
    "キャッシュレス決済",
    "オープンデータ",
    "テレワーク",
    "会議録",
]
ACTIONS = [
    "システムの更新",
    "サービスの拡充",
    "の標準化",
    "の電子化",
    "の運用",
    "の見直し",
    "の導入",
    "の利用促進",
    "の高度化",
    "環境の整備",
    "の共同利用",
    "の効率化",
    "の周知啓発",
    "のクラウド化",
]
KA = [
    "総務課",
    "企画課",
    "情報政策課",
    "市民課",
    "税務課",
    "福祉課",
    "子育て支援課",
    "健康推進課",
    "環境課",
    "都市計画課",
    "建設課",
    "教育総務課",
    "学校教育課",
    "生涯学習課",
    "防災危機管理課",
]
BU = [
    "総務部",
    "政策経営部",
    "企画部",
    "区民生活部",
    "保健福祉部",
    "子ども・若者部",
    "環境部",
    "都市整備部",
    "土木部",
    "教育委員会事務局",
    "危機管理部",
    "財務部",
    "地域振興部",
    "産業振興部",
    "会計管理室",
]
ISSUES_BAD = [
    "関係機関との調整に時間を要した",
    "予算の確保が課題",
    "システム改修が次年度にずれ込んだ",
    "利用者数が目標に届かなかった",
    "人員不足により一部未実施",
    "国の仕様確定待ち",
]
ISSUES_OK = ["引き続き取り組む", "", "", "次年度も継続", "利用者の声を踏まえ改善を図る", ""]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def body_names(n, rng):
    combos = [a + b + s for a in NAME_A for b in NAME_B for s in SUFFIX]
    rng.shuffle(combos)
    if n > len(combos):
        sys.exit(f"only {len(combos)} names")
    return combos[:n]


def project_name(rng):
    t = rng.choice(TOPICS)
    a = rng.choice(ACTIONS)
    return t + a


def status(rng):
    return rng.choices(STATUSES, WEIGHTS)[0]


def messy_status(s, rng, mess):
    """The status as a clerk types it; always the same symbol after NFKC and trimming."""
    if not mess:
        return s
    r = rng.random()
    if s == "-":
        return rng.choice(["-", "-", "－", "- "])
    if r < 0.06:
        return s.translate(FW)
    if r < 0.11:
        return s + " "
    if r < 0.13:
        return " " + s
    return s


def issue_for(s, rng):
    return rng.choice(ISSUES_BAD) if s in ("C", "D") else rng.choice(ISSUES_OK)


def trail(text, rng, mess, p=0.08):
    return text + (rng.choice([" ", "　", "  "]) if mess and rng.random() < p else "")


def plan_shape(rng, target, levels):
    """levels: list of (min,max) branching; returns nested counts aiming at ~target leaves."""
    while True:
        tree = []
        for _ in range(rng.randint(*levels[0])):
            sub = []
            for _ in range(rng.randint(*levels[1])):
                if len(levels) > 2:
                    sub.append(
                        [rng.randint(*levels[2]) for _ in range(rng.randint(*levels[3]))]
                        if len(levels) > 3
                        else rng.randint(*levels[2])
                    )
                else:
                    sub.append(1)
            tree.append(sub)

        def leaves(t):
            return sum(leaves(x) for x in t) if isinstance(t, list) else t

        n = leaves(tree)
        if abs(n - target) <= target * 0.2:
            return tree


class Book:
    def __init__(self, path):
        self.wb = xlsxwriter.Workbook(str(path))
        wb = self.wb
        self.f_title = wb.add_format({"bold": True, "font_size": 14})
        self.f_head = wb.add_format(
            {
                "bold": True,
                "border": 1,
                "bg_color": "#DDEBF7",
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        )
        self.f_cell = wb.add_format({"border": 1, "valign": "top", "text_wrap": True})
        self.f_center = wb.add_format({"border": 1, "align": "center", "valign": "vcenter"})
        self.f_band = wb.add_format({"border": 1, "bold": True, "bg_color": "#F2F2F2"})
        self.f_plain = wb.add_format({})
        self.f_bold = wb.add_format({"bold": True})

    def close(self):
        self.wb.close()


def title_block(ws, bk, body, rng, ncols, fy_title, stated):
    """Title, 団体名 (and sometimes 団体コード), sometimes a legend line. Returns the next free row."""
    r = 0
    ws.merge_range(r, 0, r, ncols - 1, fy_title, bk.f_title) if ncols > 1 else ws.write(
        r, 0, fy_title, bk.f_title
    )
    r += 1
    if stated["name"]:
        if stated["name_one_cell"]:
            ws.write(r, 0, f"団体名：{body['name']}", bk.f_bold)
        else:
            ws.write(r, 0, "団体名", bk.f_bold)
            ws.write(r, 1, trail(body["name"], rng, True, 0.2))
        r += 1
    if stated["code"]:
        ws.write(r, 0, "団体コード", bk.f_bold)
        if rng.random() < 0.5:
            ws.write_number(r, 1, int(body["code"]))
        else:
            ws.write_string(r, 1, body["code"])
        r += 1
    if stated["legend"]:
        ws.write(
            r,
            0,
            "評価区分　A：計画以上に進捗　B：計画どおり進捗　C：やや遅れ　D：遅れ　－：対象外（件数に含めない）",
        )
        r += 1
    return r + 1


def count_add(counts, s):
    counts[s] = counts.get(s, 0) + 1


def stated_facts(rng):
    """What a body's title block states (drawn in this order, as families H, C and P draw it;
    K draws its legend more often): its 団体名, in one cell or two, its 団体コード, a legend."""
    return dict(
        name=rng.random() < 0.7,
        name_one_cell=rng.random() < 0.3,
        code=rng.random() < 0.3,
        legend=rng.random() < 0.4,
    )


# ---------------------------------------------------------------- family K: one column per level (Kawasaki)


def write_K(path, body, rng, target=50, big=False):
    bk = Book(path)
    ws = bk.wb.add_worksheet(rng.choice(["調査票", "進捗状況", "令和5年度"]) if not big else "全庁")
    counts = {}
    mess = True
    merged_levels = big or rng.random() < 0.7
    fullwidth_ids = (not big) and rng.random() < 0.1
    merge_status = (not big) and rng.random() < 0.2
    stated = dict(
        name=rng.random() < 0.7,
        name_one_cell=rng.random() < 0.3,
        code=rng.random() < 0.3,
        legend=rng.random() < 0.5,
    )
    heads = [
        "政策",
        "施策",
        "事務事業名",
        rng.choice(["達成度", "達成度（A～D）", "達成度 ", "達 成 度"]),
        rng.choice(["課題", "課題・今後の方向性", "課題等"]),
        rng.choice(["所管課", "担当課"]),
    ]
    widths = [28, 28, 36, 10, 36, 14]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    r = title_block(
        ws, bk, body, rng, len(heads), "令和5年度　情報化推進計画　施策進行管理・評価票", stated
    )
    hr = r
    for c, h in enumerate(heads):
        ws.write(hr, c, h, bk.f_head)
    r += 1
    tree = (
        plan_shape(rng, target, [(3, 4), (2, 4), (2, 6)])
        if not big
        else [[100] * 100 for _ in range(10)]
    )

    def fmt_id(s):
        return s.translate(FW) if fullwidth_ids else s

    for p, dirs in enumerate(tree, 1):
        pname = (
            f"{fmt_id(str(p))} {rng.choice(POLICY_WORDS)}"
            if not big
            else f"{p} {POLICY_WORDS[(p - 1) % 10]}"
        )
        p_start = r
        for d, nproj in enumerate(dirs, 1):
            dname = f"{fmt_id(f'{p}-{d}')} {rng.choice(DIR_WORDS)}"
            d_start = r
            prev = None
            for j in range(1, nproj + 1):
                s = status(rng)
                count_add(counts, s)
                ws.write(
                    r,
                    2,
                    trail(f"{fmt_id(f'{p}-{d}-{j}')} {project_name(rng)}", rng, mess),
                    bk.f_cell,
                )
                # a clerk merges two equal ratings of adjacent projects
                if (
                    merge_status
                    and prev is not None
                    and prev[1] == s
                    and rng.random() < 0.5
                    and prev[2]
                ):
                    ws.merge_range(prev[0], 3, r, 3, messy_status(s, rng, False), bk.f_center)
                    prev = (r, s, False)
                else:
                    ws.write(r, 3, messy_status(s, rng, mess), bk.f_center)
                    prev = (r, s, True)
                ws.write(r, 4, issue_for(s, rng), bk.f_cell)
                ws.write(r, 5, rng.choice(KA), bk.f_cell)
                if not merged_levels:
                    ws.write(r, 0, pname, bk.f_cell)
                    ws.write(r, 1, dname, bk.f_cell)
                r += 1
            if merged_levels:
                if r - 1 > d_start:
                    ws.merge_range(d_start, 1, r - 1, 1, dname, bk.f_cell)
                else:
                    ws.write(d_start, 1, dname, bk.f_cell)
        if merged_levels:
            if r - 1 > p_start:
                ws.merge_range(p_start, 0, r - 1, 0, pname, bk.f_cell)
            else:
                ws.write(p_start, 0, pname, bk.f_cell)
    if rng.random() < 0.5 or big:
        ws.autofilter(hr, 0, r - 1, len(heads) - 1)
    ws.freeze_panes(hr + 1, 0)
    bk.close()
    return counts


# ---------------------------------------------------------------- family H: headings over a No. table


def write_H(path, body, rng, target=50, big=False):
    bk = Book(path)
    counts = {}
    mess = True
    stated = stated_facts(rng)
    per_policy_sheet = (not big) and rng.random() < 0.3
    fw_heading = rng.random() < 0.15
    heads = [
        rng.choice(["No.", "No", "Ｎｏ．", "番号"]),
        "事業名",
        "事業の概要",
        rng.choice(["評価", "評価結果", "評　価", "取組み結果"]),
        rng.choice(["今後の方向性", "課題"]),
        rng.choice(["担当課", "所管課"]),
    ]
    tree = (
        plan_shape(rng, target, [(3, 5), (2, 3), (2, 6)])
        if not big
        else [[100] * 100 for _ in range(10)]
    )
    top = rng.choice(["基本方針", "基本目標"]) if not big else "基本方針"
    ws = None
    r = 0
    for p, dirs in enumerate(tree, 1):
        if ws is None or per_policy_sheet:
            ws = bk.wb.add_worksheet(
                f"{top}{p}" if per_policy_sheet else rng.choice(["取組結果", "Sheet1", "調査票"])
            )
            for i, w in enumerate([6, 34, 40, 10, 36, 14]):
                ws.set_column(i, i, w)
            r = (
                title_block(
                    ws, bk, body, rng, len(heads), "令和5年度　行政運営方針　取組み結果", stated
                )
                if (p == 1 or per_policy_sheet)
                else r
            )
        pnum = str(p).translate(FW) if fw_heading else str(p)
        ws.write(r, 0, trail(f"{top}{pnum}　{rng.choice(POLICY_WORDS)}", rng, mess), bk.f_bold)
        r += 1
        for d, nproj in enumerate(dirs, 1):
            dnum = f"{p}-{d}".translate(FW) if fw_heading else f"{p}-{d}"
            ws.write(r, 0, f"施策{dnum}　{rng.choice(DIR_WORDS)}", bk.f_bold)
            r += 1
            for c, h in enumerate(heads):
                ws.write(r, c, h, bk.f_head)
            r += 1
            for j in range(1, nproj + 1):
                s = status(rng)
                count_add(counts, s)
                ws.write_number(r, 0, j, bk.f_center)
                ws.write(r, 1, trail(project_name(rng), rng, mess), bk.f_cell)
                ws.write(r, 2, rng.choice(TOPICS) + "に係る取組を実施する", bk.f_cell)
                ws.write(r, 3, messy_status(s, rng, mess), bk.f_center)
                ws.write(r, 4, issue_for(s, rng), bk.f_cell)
                ws.write(r, 5, rng.choice(KA), bk.f_cell)
                r += 1
            r += 1  # blank row between tables
    bk.close()
    return counts


# ---------------------------------------------------------------- family C: one-cell IDs (1.1.1 名前), items ①


def write_C(path, body, rng, target=50, big=False):
    bk = Book(path)
    counts = {}
    mess = True
    stated = stated_facts(rng)
    sep = "." if (big or rng.random() < 0.6) else "-"
    per_policy_sheet = (not big) and rng.random() < 0.4
    heads = [
        "体系",
        rng.choice(["実施内容", "取組内容"]),
        rng.choice(["達成状況", "評価", "達成状況（A～D）"]),
        rng.choice(["課題等", "課題"]),
        rng.choice(["所管部", "関係部"]),
    ]
    if big:
        tree = [[[4] * 100 for _ in range(25)] for _ in range(10)]
    else:
        tree = plan_shape(rng, target, [(3, 4), (2, 3), (1, 3), (2, 3)])
        # plan_shape with 4 levels returns policy -> direction -> [items per project]
    top = rng.choice(["基本目標", "情報化政策", "政策"]) if not big else "基本目標"
    ws = None
    r = 0
    pname_list = POLICY_WORDS[:]
    rng.shuffle(pname_list)
    for p, dirs in enumerate(tree, 1):
        pname = pname_list[(p - 1) % len(pname_list)]
        if ws is None or per_policy_sheet:
            ws = bk.wb.add_worksheet(
                f"{top}{p}" if per_policy_sheet else ("全庁" if big else "実施状況")
            )
            for i, w in enumerate([36, 40, 10, 36, 16]):
                ws.set_column(i, i, w)
            if p == 1 or per_policy_sheet:
                r = title_block(
                    ws,
                    bk,
                    body,
                    rng,
                    len(heads),
                    "令和5年度　情報化事業計画　実施状況調査票",
                    stated,
                )
        ws.write(r, 0, f"{top}{p}　{pname}", bk.f_bold)
        r += 1
        hr = r
        for c, h in enumerate(heads):
            ws.write(r, c, h, bk.f_head)
        r += 1
        for d, projs in enumerate(dirs, 1):
            ws.merge_range(
                r,
                0,
                r,
                len(heads) - 1,
                f"{p}{sep}{d}　{DIR_WORDS[(p * 7 + d) % len(DIR_WORDS)]}",
                bk.f_band,
            )
            r += 1
            for j, nitems in enumerate(projs, 1):
                pid = f"{p}{sep}{d}{sep}{j}"
                start = r
                ptext = trail(f"{pid} {project_name(rng)}", rng, mess)
                for k in range(1, nitems + 1):
                    s = status(rng)
                    count_add(counts, s)
                    mark = CIRCLED[k - 1] if k <= 10 else f"({k})"
                    ws.write(
                        r,
                        1,
                        trail(f"{mark}{rng.choice(TOPICS)}{rng.choice(ACTIONS)}", rng, mess),
                        bk.f_cell,
                    )
                    ws.write(r, 2, messy_status(s, rng, mess), bk.f_center)
                    ws.write(r, 3, issue_for(s, rng), bk.f_cell)
                    ws.write(r, 4, rng.choice(BU), bk.f_cell)
                    r += 1
                if r - 1 > start:
                    ws.merge_range(start, 0, r - 1, 0, ptext, bk.f_cell)
                else:
                    ws.write(start, 0, ptext, bk.f_cell)
        if big:
            ws.autofilter(hr, 0, r - 1, len(heads) - 1) if p == 1 else None
        r += 1
    bk.close()
    return counts


# ---------------------------------------------------------------- family P: a status-per-project sheet, band rows


def write_P(path, body, rng, target=50, big=False):
    bk = Book(path)
    counts = {}
    mess = True
    stated = stated_facts(rng)
    ws = bk.wb.add_worksheet(
        rng.choice(["施策評価", "評価結果一覧", "Sheet1"]) if not big else "施策評価"
    )
    heads = [
        rng.choice(["No.", "No", "番号"]),
        rng.choice(["施策名", "事業名"]),
        "施策の概要",
        rng.choice(["評価 ※必須", "評価", "評価（A～D）"]),
        rng.choice(["今後の方向性", "課題"]),
        rng.choice(["担当部", "担当課"]),
    ]
    for i, w in enumerate([6, 34, 40, 10, 36, 14]):
        ws.set_column(i, i, w)
    r = title_block(ws, bk, body, rng, len(heads), "令和5年度　施策評価　評価結果一覧", stated)
    hr = r
    for c, h in enumerate(heads):
        ws.write(r, c, h, bk.f_head)
    r += 1
    if big:
        groups = [10000] * 10
    else:
        while True:
            groups = [rng.randint(6, 16) for _ in range(rng.randint(3, 6))]
            if 40 <= sum(groups) <= 60:
                break
    n = 0
    for p, m in enumerate(groups, 1):
        ws.merge_range(
            r, 0, r, len(heads) - 1, f"基本目標{p}　{POLICY_WORDS[(p - 1) % 10]}", bk.f_band
        )
        r += 1
        for _ in range(m):
            n += 1
            s = status(rng)
            count_add(counts, s)
            ws.write_number(r, 0, n, bk.f_center)
            ws.write(r, 1, trail(project_name(rng), rng, mess), bk.f_cell)
            ws.write(r, 2, rng.choice(TOPICS) + "の推進", bk.f_cell)
            ws.write(r, 3, messy_status(s, rng, mess), bk.f_center)
            ws.write(r, 4, issue_for(s, rng), bk.f_cell)
            ws.write(r, 5, rng.choice(BU if heads[5] == "担当部" else KA), bk.f_cell)
            r += 1
    ws.autofilter(hr, 0, r - 1, len(heads) - 1)
    bk.close()
    return counts


WRITERS = {"K": write_K, "H": write_H, "C": write_C, "P": write_P}


def file_name(body, rng):
    r = rng.random()
    if r < 0.85:
        return f"{body['code']}_{body['name']}.xlsx"
    if r < 0.93:
        return f"調査票（{body['name']}）.xlsx"
    return f"【令和5年度回答】{body['name']}.xlsx"


def job(args):
    setname, family, body, seed, big = args
    rng = random.Random(seed)
    fname = f"{body['code']}_{body['name']}.xlsx" if big else file_name(body, rng)
    path = DATA / setname / fname
    counts = WRITERS[family](path, body, rng, big=big)
    return fname, {"name": body["name"], "code": body["code"], "family": family, "counts": counts}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bodies", type=int, default=1000)
    ap.add_argument("--sets", default="K,H,C,P,mix,big1,big10")
    ap.add_argument("--seed", type=int, default=32)
    ap.add_argument("--big-family", default="C")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    names = body_names(a.bodies + 20, rng)
    bodies = [
        {"name": n, "code": f"{(i // 60) + 1:02d}{(i % 60) * 10 + 201:03d}{(i * 7) % 10}"}
        for i, n in enumerate(names)
    ]
    TRUTH.mkdir(exist_ok=True)
    for setname in a.sets.split(","):
        out = DATA / setname
        out.mkdir(parents=True, exist_ok=True)
        for f in out.iterdir():
            f.unlink()
        if setname in WRITERS:
            jobs = [
                (setname, setname, b, a.seed * 100000 + i, False)
                for i, b in enumerate(bodies[: a.bodies])
            ]
        elif setname == "mix":
            fams = random.Random(a.seed + 1).choices(list(WRITERS), k=a.bodies)
            jobs = [
                (setname, fams[i], b, a.seed * 100000 + 50000 + i, False)
                for i, b in enumerate(bodies[: a.bodies])
            ]
        elif setname == "big1":
            jobs = [(setname, a.big_family, {"name": "大森原市", "code": "990001"}, 7, True)]
        elif setname == "big10":
            jobs = [
                (setname, a.big_family, {"name": b["name"], "code": f"99{i:04d}"}, 70 + i, True)
                for i, b in enumerate(bodies[a.bodies : a.bodies + 10])
            ]
        else:
            sys.exit(f"unknown set {setname}")
        with Pool(a.jobs) as pool:
            res = dict(pool.map(job, jobs, chunksize=8))
        (TRUTH / f"{setname}.json").write_text(json.dumps(res, ensure_ascii=False, indent=0))
        total = sum(sum(v["counts"].values()) for v in res.values())
        print(f"{setname}: {len(res)} files, {total} rated rows", flush=True)


if __name__ == "__main__":
    main()
