"""The count sentences, fiscal years, and planeval check against the seed's own narrative."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.aggregate import Count, Group
from planeval.cli import app
from planeval.count_sentence import policy_sentence
from planeval.fiscal import era_year, fiscal_year_label
from planeval.report.building import build_report
from planeval.stated_number import PROJECTS
from planeval.stated_numbers import stated_counts
from planeval.wording import DEFAULT_WORDING
from tests.conftest import REPO, SEED_WORKBOOK

TSV = REPO / "data" / "setagaya" / "chapter3.tsv"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def seed_narratives() -> dict[int, str]:
    """Seed line → the narrative paragraph as transcribed (lines 564, 604, 626)."""
    with TSV.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {int(r["seed_line"]): r["A"] for r in rows if r["kind"] == "narrative"}


@pytest.mark.parametrize(
    ("year", "label"),
    [(2022, "令和4年度（2022年度）"), (2019, "令和元年度（2019年度）"), (2018, "平成30年度（2018年度）"),
     (1989, "平成元年度（1989年度）"), (1988, "昭和63年度（1988年度）")],
)  # fmt: skip
def test_fiscal_year_labels(year: int, label: str) -> None:
    assert fiscal_year_label(year) == label
    assert label.startswith(era_year(year))


def test_the_sentences_say_what_the_seed_says_where_the_seed_agrees_with_its_tables() -> None:
    entries = planeval.read_workbooks([SEED_WORKBOOK]).entries
    report = build_report(entries, planeval.DEFAULT_SCALE)
    narratives = seed_narratives()
    # lines 604 and 626: the first two sentences are exactly what planeval writes
    for section, line in zip(report.policies[1:], (604, 626), strict=True):
        assert narratives[line].startswith(section.sentence)
    # line 564 says △6件; the rows hold seven, and the sentence says what the rows say
    policy1 = report.policies[0].sentence
    assert policy1 == narratives[564][: len(policy1)].replace(
        "内容を一部修正して実施6件", "内容を一部修正して実施7件"
    )
    assert "計画を上回る実施0件" in report.policies[2].sentence  # a zero is still said


def test_not_carried_out_is_said_only_when_used() -> None:
    scale = planeval.DEFAULT_SCALE
    direction = Group("9-1", "方向性", Count({"◎": 0, "○": 1, "△": 0, "×": 2}, {"-": 0}), 1)
    policy = Group("9", "政策", direction.count, 1)
    sentence = policy_sentence(policy, [direction], scale)
    assert sentence == (
        "「9-1 方向性」として、1つの計画事業に取り組みました。個別の実施内容ごとの達成状況は、"
        "計画を上回る実施0件、計画どおり実施1件、内容を一部修正して実施0件、未実施2件でした。"
    )
    unused = Group("9", "政策", Count({"◎": 0, "○": 1, "△": 0, "×": 0}, {"-": 0}), 1)
    assert "未実施" not in policy_sentence(unused, [direction], scale)


def test_nagoya_s_stopped_projects_are_said_only_when_some_stopped() -> None:
    """名古屋市's 「-」 (事業が中止となったもの) counts in the total, and is said when a project
    stopped; a year none did read 「…Dが0事業、-が0事業」 (review 72)."""
    from planeval.presets import PRESETS
    from planeval.wording_presets import WORDING_PRESETS

    scale, wording = PRESETS["nagoya"], WORDING_PRESETS["nagoya"]
    counts = {"A": 3, "B": 1, "C": 0, "D": 0, "-": 0}
    none_stopped = Group("1", "方針", Count(counts, {}), 4)
    sentence = policy_sentence(none_stopped, [], scale, wording)
    assert "Aが3事業、Bが1事業でした" in sentence and "0事業" not in sentence
    stopped = Group("1", "方針", Count({**counts, "-": 2}, {}), 6)
    # (by its label: 「-が2事業」 read as a typo, review 82)
    assert "事業が中止となったもの（-）が2事業" in policy_sentence(stopped, [], scale, wording)


@pytest.mark.parametrize(
    ("preset", "counts", "said", "unsaid"),
    [
        ("aichi", {"A": 3, "B": 3, "C": 1, "D": 0}, "C（50%以上80%未満）1件でした", "D（"),
        ("hamamatsu", {"A": 2, "B": 1, "C": 2, "D": 0}, "未達成2件でした", "評価できない"),
        ("achievement", {"達成": 2, "一部達成": 0, "未達成": 1}, "未達成1件でした", "一部達成"),
        (
            "kawasaki",
            {"1": 0, "2": 1, "3": 4, "4": 0, "5": 0},
            "目標をほぼ達成4件でした",
            "下回った",
        ),
    ],
)
def test_a_body_s_sentence_names_only_the_statuses_used(
    preset: str, counts: dict[str, int], said: str, unsaid: str
) -> None:
    """A body's own scale's sentence names the statuses used, as its published sentences do
    (「Aが2指標、Bが1指標、Cが2指標でした」): 「D（50%未満）0件でした」, 「評価できない0件」,
    「一部達成0件」, 「目標を下回った0件」 read oddly to each body (reviews 111, 115, 129); the seed's
    scale still says 0件 (test above)."""
    from planeval.presets import PRESETS

    group = Group("1", "方針", Count(counts, {}), sum(counts.values()))
    sentence = policy_sentence(group, [], PRESETS[preset])
    assert said in sentence and unsaid not in sentence and "0件" not in sentence, sentence


def test_stated_counts_are_read_whatever_the_width_of_the_digits() -> None:
    text = "５つの計画事業に取り組みました。達成状況は計画を上回る実施１件、未実施3件、内容を一部修正して実施 2 件でした。"
    assert stated_counts(text, planeval.DEFAULT_SCALE) == {PROJECTS: 5, "◎": 1, "×": 3, "△": 2}


def test_check_finds_exactly_the_seeds_disagreement() -> None:
    result = run("check", str(SEED_WORKBOOK), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [s["policy_id"] for s in data["statements"]] == ["1", "2", "3"]  # lines 564, 604, 626
    # seed line 564 states 内容を一部修正して実施6件; the rows hold 7 (lines 571, 572, 574, 582,
    # 583, 584, 595). Everything else stated — ◎ ○ △ and the project counts 5, 3, 5 — agrees.
    assert data["disagreements"] == [
        {
            "policy_id": "1",
            "scope": "情報化政策1",
            "what": "△",
            "stated": 6,
            "counted": 7,
            "percent": False,
            "phrase": "内容を一部修正して実施6件",
            "level": "",
            "note": "",
            "when": "",
            "source": {"file": str(SEED_WORKBOOK), "sheet": "第3章", "cell": "A9"},
        }
    ]
    assert (data["compared"], data["not_compared"]) == (12, [])
    assert data["statements"][0]["numbers"][0] == {
        "what": PROJECTS,
        "value": 5,
        "percent": False,
        "phrase": "5つの計画事業に取り組みました",
        "reason": "",
        "level": "",
        "when": "",
    }
    text = run("check", str(SEED_WORKBOOK)).stdout
    assert "3 段落のうち、記載と集計の食い違いが 1 件あります" in text
    assert "情報化政策1" in text and "内容を一部修正して実施" in text


def test_check_reads_a_report_text_too(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    narratives = seed_narratives()
    wrong = narratives[604].replace("3つの計画事業", "4つの計画事業")
    report.write_text(f"（2）情報化政策2\n\n{wrong}\n\n{narratives[626]}\n", encoding="cp932")
    data = json.loads(run("check", str(SEED_WORKBOOK), "--text", str(report), "-f", "json").stdout)
    from_text = [d for d in data["disagreements"] if d["source"]["file"] == str(report)]
    assert from_text == [
        {
            "policy_id": "2",
            "scope": "情報化政策2",
            "what": PROJECTS,
            "stated": 4,
            "counted": 3,
            "percent": False,
            "phrase": "4つの計画事業に取り組みました",
            "level": "",
            "note": "",
            "when": "",
            "source": {"file": str(report), "sheet": None, "cell": "3行目"},
        }
    ]


def test_check_is_silent_on_a_workbook_planeval_wrote(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    assert (
        run(
            "export", str(SEED_WORKBOOK), "--xlsx", str(out), "--md", str(tmp_path / "r.md")
        ).exit_code
        == 0
    )
    result = run("check", str(out), "--text", str(tmp_path / "r.md"))
    assert result.exit_code == 0
    # (集計: its 3 policies and 合計, and the whole total, 全51件で、再掲の2件を除く49件, in;
    # Chapter 3's six directions, each table's caption; the whole plan's sentence, review 148 #7;
    # the note under 集計, 「政策番号 3 は 100.1%」: 11 and 5 of 16 each on its own, 68.8 and 31.3)
    said = "報告書 5 段落、ブックの文章 3 段落、表の 4 行、表の説明 6 件と一覧の説明 1 件の記載件数はすべて集計と一致しています"
    assert result.stdout.strip() == said, result.stdout


def test_check_without_any_stated_count_fails(book) -> None:
    path = book(
        [
            ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"],
            ["1-1-1 事業", "① 項目", "○", ""],
        ]
    )
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "件数を記載した文章が見つかりませんでした" in result.stdout


def test_summarize_narrative() -> None:
    result = run("summarize", str(SEED_WORKBOOK), "--narrative", "-f", "plain")
    assert result.exit_code == 0
    assert (
        "（2）情報化政策2 行政経営を支援する情報化\n「2-1 行政経営の質的向上に向けた情報化の推進」"
        in result.stdout
    )
    data = json.loads(run("summarize", str(SEED_WORKBOOK), "--narrative", "-f", "json").stdout)
    assert data["narratives"]["3"].endswith("計画どおり実施11件、内容を一部修正して実施5件でした。")
    assert run("summarize", str(SEED_WORKBOOK), "--narrative", "--by", "project").exit_code == 2


def test_the_sentence_says_the_rows_that_could_not_be_rated_and_counts_no_repeat_as_a_project(
    book,
) -> None:
    """長与町's − 評価できない is a result the reader needs (the sentence was silent on it), a
    repeat listing is not (Setagaya's -); みどり市's 3.11 …（2.3再掲）, a project holding only its
    repeat listing, made 「11の取組項目」 of the body's 10 (review 16)."""
    from planeval.presets import PRESETS

    nagayo = [
        ["番号", "取組項目", "評価", "評価の理由"],
        ["Ⅰ", "行政のデジタル化", None, None],
        ["1.1", "行政手続のオンライン化", None, None],
        ["1.1.1", "電子申請の拡充", "A", None],
        ["1.1.2", "書かない窓口の導入", "−", "国の移行スケジュール変更により評価できない。"],
    ]
    scale = PRESETS["nagayo"]
    read = planeval.read_workbooks([book(nagayo, "nagayo.xlsx")], scale=scale)
    assert read.problems == []
    [section] = build_report(read.entries, scale).policies
    assert section.sentence.endswith("計画どおり達成1件（ほかに評価できない1件）でした。")
    # (a body's count written by symbol, 浜松市's 「{symbol}評価が{n}指標」: its − by its label,
    # not 「（ほかに−評価が1指標）」, read as a minus rating — review 56)
    kpi = replace(DEFAULT_WORDING, status_count="{symbol}評価が{n}指標")
    [section] = build_report(read.entries, scale, wording=kpi).policies
    assert section.sentence.endswith("A評価が1指標（ほかに評価できないものが1指標）でした。")
    reform = [
        ["番号", "改革項目", "取組項目", "取組内容", "達成状況", "取組状況・課題"],
        ["1.1", "1 事務事業の再編", "事務事業評価の実施", "全事務事業の評価", "目標達成", None],
        ["1.2", None, "窓口業務の見直し", "コンビニ交付の拡大", "取組中", "普及率が低い"],
        ["1.3", None, "指定管理者制度の活用（1.1再掲）", "全事務事業の評価", "再掲", None],
    ]
    scale = PRESETS["reform_plan"]
    read = planeval.read_workbooks([book(reform, "reform.xlsx")], scale=scale)
    assert read.problems == []
    assert len({e.project_id for e in read.entries}) == 3
    [section] = build_report(read.entries, scale).policies
    assert "2つの計画事業" in section.sentence and "再掲" not in section.sentence
    [group] = planeval.summarize(read.entries, scale=scale).groups
    assert (group.projects, group.count.total, group.count.uncounted) == (2, 2, {"再掲": 1})


def test_check_of_planeval_s_own_report_text_reads_no_count_in_its_tables(
    book, tmp_path: Path
) -> None:
    """An issue cell of the report's table, 「対象手続を120件に拡大した」, was 何の件数か読み取れ
    ません: check of a report planeval wrote from right rows exited 1. The sentence's 評価
    できない count is compared too."""
    rows = [
        ["番号", "取組項目", "評価", "評価の理由"],
        ["Ⅰ", "行政のデジタル化", None, None],
        ["1.1", "行政手続のオンライン化", None, None],
        ["1.1.1", "電子申請の拡充", "S", "対象手続を120件に拡大した。"],
        ["1.1.2", "書かない窓口の導入", "−", "国の移行スケジュール変更により評価できない。"],
    ]
    path = book(rows, "長与町.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagayo"\n', encoding="utf-8")
    report = tmp_path / "r.md"
    exported = run("export", str(path), "--config", str(config), "--md", str(report))
    assert exported.exit_code == 0, exported.output
    assert "（ほかに評価できない1件）" in report.read_text(encoding="utf-8")
    checked = run("check", str(path), "--config", str(config), "--text", str(report))
    assert checked.exit_code == 0, checked.output
    # (集計: Ⅰ and 合計; 1.1's caption)
    said = "段落、表の 2 行、表の説明 1 件と一覧の説明 1 件の記載件数はすべて集計と一致しています"
    assert checked.stdout.strip().endswith(said)
    wrong = report.read_text(encoding="utf-8").replace("評価できない1件", "評価できない2件")
    report.write_text(wrong, encoding="utf-8")
    assert run("check", str(path), "--config", str(config), "--text", str(report)).exit_code == 1


def test_items_rated_right_under_the_top_level_are_counted_in_their_own_word(
    book, tmp_path: Path
) -> None:
    """A 行政改革大綱 rates its 取組項目 directly under each 改革項目 (no 事業 between them): the
    sentence said 「3つの事業に取り組みました」 and the caption 「事業 3・取組項目 3」, of 事業
    the body does not have (review 16); check compares 「3つの取組項目」 with the rows rated."""
    rows = [
        ["第6次行政改革大綱 取り組み項目の進捗状況", None, None, None, None],
        ["改革項目", "取組項目", "実施状況", "課題", "担当課"],
        ["1 民間委託等の推進", "(1)ア 窓口業務の民間委託", "完了", None, "市民課"],
        [None, "(1)イ 学校給食調理業務の委託", "完了", None, "教育総務課"],
        [None, "(2)ア 指定管理者制度の活用", "取組中", "協定の見直し", "行政改革課"],
        ["2 事務事業の見直し", "(1)ア 補助金の見直し", "完了", None, "財政課"],
    ]
    path = book(rows, "進捗状況.xlsx")
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "progress"\n\n[wording]\npolicy = "改革項目"\nitem = "取組項目"\n'
        'status = "実施状況"\nissue = "課題"\ndepartment = "担当課"\n',
        encoding="utf-8",
    )
    told = run("summarize", str(path), "--config", str(config), "--narrative")
    assert told.exit_code == 0, told.output
    assert "改革項目1「民間委託等の推進」では、3つの取組項目を進めました。" in told.stdout
    assert "1つの取組項目を進めました" in told.stdout
    assert "事業" not in told.stdout.replace("事務事業", "")
    report = tmp_path / "r.md"
    exported = run("export", str(path), "--config", str(config), "--md", str(report))
    assert exported.exit_code == 0, exported.output
    written = report.read_text(encoding="utf-8")
    assert "3取組項目（" in written and "事業 3" not in written
    assert run("check", str(path), "--config", str(config), "--text", str(report)).exit_code == 0
    report.write_text(written.replace("3つの取組項目", "4つの取組項目"), encoding="utf-8")
    wrong = run("check", str(path), "--config", str(config), "--text", str(report), "-f", "json")
    assert wrong.exit_code == 1
    [said] = json.loads(wrong.stdout)["disagreements"]
    assert (said["policy_id"], said["stated"], said["counted"]) == ("1", 4, 3)


def test_directions_without_names_are_said_by_their_level_s_word(book, tmp_path: Path) -> None:
    """A prefecture's form numbers its directions 1-1, 1-2 with no names: the sentence said
    「「1-1」「1-2」として」, quoted bare numbers (review 20); it says 「取り組みの方向性「1-1」
    「1-2」として」, and check, given the sentences alone, still finds the policy they count."""
    header = ["番号", "計画事業名", "実施内容", "達成状況", "課題等", "担当課"]
    rows = [
        ["令和5年度 市町村情報化計画 進捗状況調査 回答票"], [], header,
        ["1-1-1", "行政手続のオンライン化", "① 電子申請の拡大", "○", "", "企画課"],
        ["1-2-1", "窓口のデジタル化", "① 窓口端末の導入", "△", "調達の遅れ", "市民課"],
        ["2-1-1", "職員研修", "① 研修の実施", "○", "", "総務課"],
    ]  # fmt: skip
    path = str(book(rows))
    said = run("summarize", path, "--narrative", "-f", "plain").stdout
    sentences = [line for line in said.splitlines() if "として、" in line]
    assert [s.split("として、")[0] for s in sentences] == [
        "取り組みの方向性「1-1」「1-2」",
        "取り組みの方向性「2-1」",
    ]
    text = tmp_path / "文.txt"
    text.write_text("\n".join(sentences), encoding="utf-8")
    assert run("check", path, "--text", str(text)).exit_code == 0
