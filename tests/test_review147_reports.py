"""A Kawasaki-style 施策進行管理 (review 147, 港北市) as its 局 type it: 「基本政策Ⅰ　…」 above each
table of 政策 | 施策 | 事務事業名 | 重点 | 達成度 | 点検結果, one 局 marking 重点 with ● where the
others type ○, and 環境局 never answering. Without the setting that reads those headings, one
notice names them and the lines to add, and the lines work (#5); the count sentences say each
status's 「（うち重点N件）」 (#6); the kawasaki preset's 3 is 「目標をほぼ達成」 (#8a); a 区分's
sentence leaves out its 0件 (#8c); the report's 重点 column shows one mark (#8e)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

POLICIES = {1: "安全なまち", 2: "子育てのまち", 3: "環境のまち", 4: "活力のまち"}
ROMAN = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ", 4: "Ⅳ"}
# (基本政策, 政策, 施策, 事務事業名, 重点, 所管局, 達成度, 点検結果)
ITEMS = [
    (1, "1-1 災害に強くする", "1-1-1 地域防災", "自主防災事業", "○", "危機管理局", 1, "A"),
    (1, "1-1 災害に強くする", "1-1-1 地域防災", "防災啓発事業", "", "危機管理局", 3, "B"),
    (1, "1-2 暮らしを守る", "1-2-1 防犯", "防犯灯事業", "○", "危機管理局", 2, "A"),
    (1, "1-2 暮らしを守る", "1-2-1 防犯", "パトロール事業", "", "危機管理局", 4, "D"),
    (2, "2-1 子育てを支える", "2-1-1 保育", "保育所整備事業", "○", "こども局", 2, "A"),
    (2, "2-1 子育てを支える", "2-1-1 保育", "保育士確保事業", "○", "こども局", 3, "C"),
    (2, "2-2 育ちを支える", "2-2-1 放課後", "放課後事業", "", "こども局", 3, "A"),
    (3, "3-1 脱炭素をめざす", "3-1-1 再エネ", "太陽光補助事業", "○", "環境局", 0, ""),
    (3, "3-2 都市環境をつくる", "3-2-1 公園", "公園整備事業", "○", "まちづくり局", 2, "A"),
    (3, "3-2 都市環境をつくる", "3-2-1 公園", "緑化推進事業", "", "まちづくり局", 5, "H"),
    (4, "4-1 産業を興す", "4-1-1 中小企業", "融資制度事業", "●", "経済局", 1, "A"),
    (4, "4-1 産業を興す", "4-1-1 中小企業", "商店街事業", "", "経済局", 3, "B"),
]
MIN = '[scale]\npreset = "kawasaki"\n\n[layout]\nstatus_column = "達成度"\n'
WITH_PLAN = MIN + '\n[plan]\nfile = "計画.xlsx"\n'
CATEGORIES = ("現状のまま継続", "改善しながら継続", "手法を見直して継続", "規模・内容を見直し",
              "実施主体を見直し", "他事業と統合", "休止", "終了")  # fmt: skip
INSPECTION = (
    "".join(
        f'[[scale.status]]\nsymbol = "{symbol}"\nlabel = "{label}"\nranked = false\n'
        for symbol, label in zip("ABCDEFGH", CATEGORIES, strict=True)
    )
    + '\n[layout]\nstatus_column = "点検結果"\n'
)


def _inputs(
    tmp_path: Path, config: str, *, typed: dict[str, object] | None = None, round_name: str = "R7"
) -> Path:
    """The plan, each answering 局's form (環境局's none) in ``round_name``/ and ``config`` as
    planeval.toml; ``typed``: a 事務事業's 達成度 as its 局 typed it instead."""
    plan = [("基本政策", "政策", "施策", "事務事業名", "重点", "所管局")]
    plan += [(f"{ROMAN[p]} {POLICIES[p]}", *rest[:5]) for p, *rest in ITEMS]
    write_book(tmp_path / "計画.xlsx", {"事務事業一覧": plan})
    forms = tmp_path / round_name
    forms.mkdir()
    for bureau in dict.fromkeys(item[5] for item in ITEMS if item[5] != "環境局"):
        rows: list[tuple[object, ...]] = [
            ("令和7年度　施策進行管理・評価票",),
            (f"所管局：{bureau}",),
            (),
        ]
        for policy in sorted({item[0] for item in ITEMS if item[5] == bureau}):
            rows += [
                (f"基本政策{ROMAN[policy]}　{POLICIES[policy]}",),
                ("政策", "施策", "事務事業名", "重点", "達成度", "点検結果", "課題・今後の方向性"),
            ]
            rows += [
                (d, pr, name, mark, (typed or {}).get(name, rating), result, "要改善")
                for p, d, pr, name, mark, owner, rating, result in ITEMS
                if owner == bureau and p == policy
            ]
            rows.append(())
        write_book(forms / f"{bureau}.xlsx", {"評価票": rows})
    (tmp_path / "planeval.toml").write_text(config, "utf-8")
    return tmp_path / "planeval.toml"


def _run(tmp_path: Path, *args: str, config: str = "planeval.toml"):
    command = [*args[:1], str(tmp_path / "R7"), *args[1:], "--config", str(tmp_path / config)]
    return CliRunner().invoke(app, command, env={"COLUMNS": "200"})


def _settings(output: str) -> str:
    """The planeval.toml lines a notice prints under it, as a clerk copies them."""
    lines = output.splitlines()
    at = next(n for n, line in enumerate(lines) if "表の上の見出し" in line) + 1
    block = []
    for line in lines[at:]:
        if not line.startswith("  "):
            break
        block.append(line[2:])
    return "\n".join(block) + "\n"


def test_headings_of_a_word_not_read_are_said_once_and_the_printed_lines_read_them(
    tmp_path: Path,
) -> None:
    # (#5: with the plan, whose top level is the 基本政策, the forms' 政策 were counted beside
    # it, 「4（未集計）」 among them, under a warning per 政策 of a column read right)
    config = _inputs(tmp_path, WITH_PLAN)
    result = _run(tmp_path, "summarize")
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "表の上の見出し" in line]
    assert len(said) == 1
    assert said[0].startswith("警告: ") and "› 評価票 › A4: " in said[0]
    assert "「基本政策Ⅰ　安全なまち」「基本政策Ⅱ　子育てのまち」ほか 2 件" in said[0]
    directions = {item[1].split()[0] for item in ITEMS if item[5] != "環境局"}
    assert f"表の政策 {len(directions)} 件（「1-1」など）が計画にない政策" in said[0]
    assert "計画にない政策です" not in result.output
    lines = _settings(result.output)
    assert 'policy = "基本政策"' in lines and lines.count("[wording]") == 1
    config.write_text(WITH_PLAN + "\n" + lines, "utf-8")
    fixed = _run(tmp_path, "summarize", "-f", "csv")
    assert fixed.exit_code == 0, fixed.output
    assert "表の上の見出し" not in fixed.output
    assert "報告書の見出しと文は" not in fixed.output
    rows = [line.split(",")[1] for line in fixed.output.splitlines()[1:] if "," in line]
    assert [row for row in rows if row in ROMAN.values()] == list(ROMAN.values())


def test_without_the_plan_the_headings_are_said_as_a_notice(tmp_path: Path) -> None:
    _inputs(tmp_path, MIN)
    result = _run(tmp_path, "summarize")
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "表の上の見出し" in line]
    assert len(said) == 1 and said[0].startswith("お知らせ: ")
    assert "集計は基本政策ごとでなく、表の列の段で分けています" in said[0]
    # (a planeval.toml with a [wording]: the line to add to it, not a second [wording])
    (tmp_path / "worded").mkdir()
    _inputs(tmp_path / "worded", MIN + '\n[wording]\nitem = "事務事業"\n')
    worded = _run(tmp_path / "worded", "summarize")
    assert "planeval.toml の [wording] に次の行を加えてください" in worded.output
    assert _settings(worded.output) == 'policy = "基本政策"\n'


WORDED = WITH_PLAN + '\n[wording]\npolicy = "基本政策"\ndirection = "政策"\nitem = "事務事業"\n'
LABELS = {1: "目標を大きく上回って達成", 2: "目標を上回って達成", 3: "目標をほぼ達成",
          4: "目標を下回った", 5: "目標を大きく下回った"}  # fmt: skip


def test_each_status_count_says_its_marked_rows_and_check_reads_them(tmp_path: Path) -> None:
    # (#6: 「達成度2が8件（うち重点5件）」 as the city publishes it; #8a: 3 目標をほぼ達成)
    _inputs(tmp_path, WORDED)
    report = tmp_path / "報告.md"
    assert _run(tmp_path, "export", "--md", str(report), "-qq").exit_code == 0
    text = report.read_text("utf-8")
    for policy in POLICIES:
        rows = [item for item in ITEMS if item[0] == policy and item[6]]
        said = []
        for rating in sorted({item[6] for item in rows}):
            count = sum(1 for item in rows if item[6] == rating)
            marked = sum(1 for item in rows if item[6] == rating and item[4])
            said.append(
                f"{LABELS[rating]}{count}件" + (f"（うち重点{marked}件）" if marked else "")
            )
        assert f"達成度は、{'、'.join(said)}でした。" in text
    assert "3：目標をほぼ達成" in text
    checked = _run(tmp_path, "check", "--text", str(report), "-qq")
    assert checked.exit_code == 0, checked.output
    assert "記載件数はすべて集計と一致しています" in "".join(checked.output.split())
    wrong = re.sub(r"（うち重点(\d)件）", lambda m: f"（うち重点{int(m[1]) + 1}件）", text, count=1)
    report.write_text(wrong, "utf-8")
    assert _run(tmp_path, "check", "--text", str(report), "-qq").exit_code == 1


def test_the_report_s_mark_column_shows_one_mark_the_data_each_as_typed(tmp_path: Path) -> None:
    # (#8e: ○ in four 局's forms, ● in 経済局's, both 重点)
    _inputs(tmp_path, WORDED)
    report, data = tmp_path / "報告.md", tmp_path / "data"
    assert _run(tmp_path, "export", "--md", str(report), "-qq").exit_code == 0
    assert _run(tmp_path, "export", "--csv", str(data), "-qq").exit_code == 0
    text = report.read_text("utf-8")
    assert "●" not in text and "| 融資制度事業 | ○ |" in text
    typed = "".join(path.read_text("utf-8-sig") for path in data.glob("*.csv"))
    assert "●" in typed


def test_a_category_s_sentence_leaves_out_the_categories_none_has(tmp_path: Path) -> None:
    # (#8c: 点検結果's A–H, ranked = false: no 「休止0件、終了0件」)
    _inputs(tmp_path, INSPECTION + '\n[wording]\npolicy = "基本政策"\nstatus = "点検結果"\n')
    report = tmp_path / "報告.md"
    assert _run(tmp_path, "export", "--md", str(report), "-qq").exit_code == 0
    sentences = [line for line in report.read_text("utf-8").splitlines() if "点検結果は、" in line]
    whole, *policies = sentences  # (the whole plan's first: review 148 #7)
    assert whole.startswith("計画全体では、") and len(policies) == len(POLICIES)
    assert not any("0件" in sentence for sentence in sentences)
    assert "改善しながら継続1件" in policies[0]


def test_the_older_wording_of_3_is_read_as_3(tmp_path: Path) -> None:
    # (#8a: 「ほぼ目標どおり」, the preset's label before, typed in a cell)
    _inputs(tmp_path, WORDED, typed={"防災啓発事業": "ほぼ目標どおり"})
    result = _run(tmp_path, "summarize")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "3 目標をほぼ達成" in said and "ほぼ目標どおり" not in said
    threes = sum(1 for item in ITEMS if item[6] == 3)
    assert re.search(rf"│ 合計 │ │ \d+ │ \d+ │ {threes} │", said), said


def test_compare_gives_each_round_s_marked_rows_under_each_policy(tmp_path: Path) -> None:
    # (#6: the city publishes its うち重点 year on year; 前回 自主防災事業 2 and 保育所整備事業 1)
    before = {"自主防災事業": 2, "保育所整備事業": 1}
    _inputs(tmp_path, WORDED, typed=before, round_name="R6")
    _inputs(tmp_path, WORDED)
    args = ["compare", str(tmp_path / "R6"), str(tmp_path / "R7"), "-f", "csv", "--counts"]
    result = CliRunner().invoke(app, [*args, "-qq", "--config", str(tmp_path / "planeval.toml")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    marked = [at for at, line in enumerate(lines) if line.startswith(",うち重点,")]
    assert len(marked) == len(POLICIES) + 1  # (each policy's and 合計's)
    assert lines[marked[0] - 1].startswith("Ⅰ,")
    rows = [item for item in ITEMS if item[0] == 1 and item[4]]
    shown = []
    for rating in LABELS:
        was = sum(1 for item in rows if before.get(item[3], item[6]) == rating)
        now = sum(1 for item in rows if item[6] == rating)
        shown.append(f"{was},{now},{now - was}")  # (each a number column: review 198 #5)
    assert lines[marked[0]] == ",うち重点," + ",".join(shown) + f",{len(rows)},{len(rows)},0"


def test_the_two_column_export_with_its_marked_counts_passes_check(tmp_path: Path) -> None:
    # (#6: a paragraph of both scales' sentences says 「（うち重点1件）」 after counts of each;
    # each scale's check compared its own, and the joined check compared them all)
    _inputs(tmp_path, WORDED)
    inspection = INSPECTION + '\n[wording]\npolicy = "基本政策"\nstatus = "点検結果"\n'
    (tmp_path / "点検結果.toml").write_text(inspection + '\n[plan]\nfile = "計画.xlsx"\n', "utf-8")
    report = tmp_path / "報告.md"
    configs = [
        "--config",
        str(tmp_path / "planeval.toml"),
        "--config",
        str(tmp_path / "点検結果.toml"),
    ]
    args = ["export", str(tmp_path / "R7"), "--md", str(report), "-qq", *configs]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert report.read_text("utf-8").count("点検結果は、") == len(POLICIES) + 1  # (and the whole)
    args = ["check", str(tmp_path / "R7"), "--text", str(report), "-qq", *configs]
    checked = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert checked.exit_code == 0, checked.output
    assert "記載件数はすべて集計と一致しています" in "".join(checked.output.split())


def test_rounds_gives_each_round_s_marked_rows_under_each_policy(tmp_path: Path) -> None:
    # (#6, left after compare: rounds' counts per round had no うち重点 line; compare's rule)
    before = {"自主防災事業": 2, "保育所整備事業": 1}
    _inputs(tmp_path, WORDED, typed=before, round_name="R6")
    _inputs(tmp_path, WORDED)
    args = ["rounds", str(tmp_path / "R6"), str(tmp_path / "R7"), "-f", "csv", "-qq"]
    result = CliRunner().invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    marked = [at for at, line in enumerate(lines) if line.startswith(",うち重点,")]
    assert len(marked) == len(POLICIES) + 1  # (each policy's and 合計's, each round's line)
    assert lines[marked[0] - 2].startswith("Ⅰ,") and lines[marked[-1] - 2].startswith("合計,")
    for at, policy in zip(marked, [*POLICIES, None], strict=True):
        rows = [item for item in ITEMS if item[4] and item[6] and policy in (None, item[0])]
        for line, typed in ((lines[at], before), (lines[at + 1], {})):
            counts = [sum(1 for item in rows if typed.get(item[3], item[6]) == n) for n in LABELS]
            assert line.split(",")[3:] == [str(n) for n in (*counts, len(rows))], line


def test_last_year_s_marked_counts_are_listed_not_taken_for_this_year_s(tmp_path: Path) -> None:
    # (check: a 「（うち重点N件）」 after last year's count is last year's too — listed as such,
    # never compared with this year's marked rows — in either way a report says the change)
    _inputs(tmp_path, WORDED)
    rated = [item for item in ITEMS if item[6] == 2]
    now, marked = len(rated), sum(1 for item in rated if item[4])
    was, was_marked = now + 3, marked + 2  # (last year's: no count of this year's rows)
    report = tmp_path / "報告.txt"
    report.write_text(
        "1　全体の状況\n\n"
        f"達成度2は{now}件（うち重点{marked}件）で、前年度の{was}件（うち重点{was_marked}件）"
        "から減りました。\n"
        f"前年度と比べ、達成度2は{was}件（うち重点{was_marked}件）から{now}件"
        f"（うち重点{marked + 1}件）に減りました。\n",
        "utf-8",
    )
    result = _run(tmp_path, "check", "--text", str(report), "-qq", "-f", "json")
    found = json.loads(result.output)
    past = [n for n in found["not_compared"] if n["reason"].startswith("前年度の数")]
    assert sorted(n["stated"] for n in past) == sorted([was, was_marked] * 2), found
    wrong = [(d["stated"], d["counted"]) for d in found["disagreements"]]
    assert wrong == [(marked + 1, marked)], wrong  # (this year's wrong 「うち重点」, of the 2)


def test_the_two_column_check_lists_every_marked_count_neither_scale_compared(
    tmp_path: Path,
) -> None:
    # (a paragraph of both scales' 「（うち重点1件）」, each compared by its own scale, and a
    # sentence of neither's with two more: the joined check listed none of its figures but
    # the first, for either scale had compared some 「重点1件」 there)
    _inputs(tmp_path, WORDED)
    inspection = INSPECTION + '\n[wording]\npolicy = "基本政策"\nstatus = "点検結果"\n'
    (tmp_path / "点検結果.toml").write_text(inspection + '\n[plan]\nfile = "計画.xlsx"\n', "utf-8")
    configs = [
        "--config",
        str(tmp_path / "planeval.toml"),
        "--config",
        str(tmp_path / "点検結果.toml"),
    ]
    report = tmp_path / "報告.md"
    args = ["export", str(tmp_path / "R7"), "--md", str(report), "-qq", *configs]
    assert CliRunner().invoke(app, args).exit_code == 0
    lines = report.read_text("utf-8").splitlines()
    at = next(  # (基本政策Ⅱ's: each scale's sentence says 「（うち重点1件）」)
        n for n, line in enumerate(lines) if "（うち重点1件）" in line.partition("点検結果は、")[2]
    )
    added = "なお、見直し中が2件（うち重点1件）、調整中が1件（うち重点1件）あります。"
    lines[at] += added
    report.write_text("\n".join(lines) + "\n", "utf-8")
    args = ["check", str(tmp_path / "R7"), "--text", str(report), "-qq", "-f", "json", *configs]
    found = json.loads(CliRunner().invoke(app, args).output)
    listed = [n["stated"] for n in found["not_compared"] if n["source"]["cell"] == f"{at + 1}行目"]
    stated = [int(n) for n in re.findall(r"(\d+)件", added)]
    assert sorted(listed) == sorted(stated), found["not_compared"]
