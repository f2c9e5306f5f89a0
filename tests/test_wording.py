"""The body's words in every output: planeval.toml's [wording], Japanese counters, and no empty
「（）」. Another body's report (tests/other_bodies.py) speaks only that body's words."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.aggregate import Count, Group
from planeval.cli import app
from planeval.config import load_config
from planeval.count_sentence import policy_sentence
from planeval.errors import ConfigError
from planeval.presets import PRESETS
from planeval.report import views
from planeval.report.building import build_report
from planeval.report.chapter3_flat import chapter3_flat
from planeval.report.render import write_tables
from planeval.report.summary_legend import legend
from planeval.report.text_export import to_csv_files, to_json, to_markdown
from planeval.wording import DEFAULT_WORDING, Wording, counted
from planeval.wording_presets import OWN_WORDING_BASE
from tests.conftest import SEED_WORKBOOK
from tests.other_bodies import BODIES

# counting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "counter", "said"),
    [
        (1, "つ", "1つの計画事業"),
        (3, "つ", "3つの計画事業"),
        (9, "つ", "9つの計画事業"),
        (10, "つ", "10の計画事業"),
        (18, "つ", "18の計画事業"),
        (120, "つ", "120の計画事業"),
        (0, "つ", "0の計画事業"),
        (18, "件", "18件の計画事業"),
        (3, "件", "3件の計画事業"),
        (5, "計画事業", "5計画事業"),
        (12, "", "12の計画事業"),
    ],
)
def test_japanese_counters(number: int, counter: str, said: str) -> None:
    assert counted(number, "計画事業", counter) == said


def _group(projects: int, counts: dict[str, int]) -> Group:
    return Group("1", "名前", Count(counts, {"-": 0}), projects)


def test_the_sentence_never_says_18tsu() -> None:
    scale = PRESETS["setagaya"]
    counts = {"◎": 1, "○": 17, "△": 0, "×": 0}
    directions = [Group("1-1", "方向", Count(counts, {"-": 0}), 18)]
    sentence = policy_sentence(_group(18, counts), directions, scale)
    assert sentence == (
        "「1-1 方向」として、18の計画事業に取り組みました。個別の実施内容ごとの達成状況は、"
        "計画を上回る実施1件、計画どおり実施17件、内容を一部修正して実施0件でした。"
    )
    assert "つの" not in sentence
    with_ken = Wording(counter="件")
    assert "18件の計画事業" in policy_sentence(_group(18, counts), directions, scale, with_ken)


def test_a_policy_without_directions_is_named_itself_not_an_empty_quote() -> None:
    """By its level's word and number, then its name: 「「名前」として、」 quoted the name alone
    as if a slogan (review 105 #9b); a clerk writes 「情報化政策1「名前」では、」."""
    counts = {"◎": 0, "○": 2, "△": 0, "×": 0}
    sentence = policy_sentence(_group(2, counts), [], PRESETS["setagaya"])
    assert sentence.startswith("情報化政策1「名前」では、2つの計画事業") and "「」" not in sentence


def test_a_policy_with_no_name_is_named_by_its_level_s_word_and_number() -> None:
    """Review 66: 川崎市's 基本政策, no name in any workbook, began its sentence 「として、」."""
    counts = {"◎": 0, "○": 2, "△": 0, "×": 0}
    nameless = Group("3", "", Count(counts, {"-": 0}), 2)
    wording = Wording(policy="基本政策")
    sentence = policy_sentence(nameless, [], PRESETS["setagaya"], wording)
    assert sentence.startswith("基本政策3では、2つの")


def test_several_bodies_own_directions_are_not_named_for_all() -> None:
    counts = {"◎": 0, "○": 3, "△": 0, "×": 0}
    directions = [Group("1-1", "窓口", Count(counts, {"-": 0}), 3)]  # (the first body's)
    each = ["「1-1 窓口」", "「1-1 防災」「1-2 教育」", "「くらし」"]
    sentence = policy_sentence(_group(3, counts), directions, PRESETS["setagaya"], bodies=each)
    assert sentence.startswith("3団体それぞれの取り組みの方向性では、延べ3つの計画事業を集計")
    assert "窓口" not in sentence
    nagoya = Wording(direction="施策の方向", sentence="{directions}では、{items}を評価しました。")
    said = policy_sentence(_group(3, counts), directions, PRESETS["setagaya"], nagoya, bodies=each)
    assert said == "3団体それぞれの施策の方向では、延べ3つの実施内容を評価しました。"
    # (no body's plan has the level: not 「…それぞれの取り組みの方向性」, review 40)
    plans = ["「くらし」", "「暮らし」", "「生活」"]
    none = policy_sentence(_group(3, counts), [], PRESETS["setagaya"], bodies=plans)
    assert none.startswith("3団体それぞれの計画では、延べ3つの計画事業を集計")
    # bodies that share their directions, word for word: named, with how many bodies (read
    # as one body's 3 projects otherwise)
    same = policy_sentence(
        _group(3, counts), directions, PRESETS["setagaya"], bodies=["「1-1 窓口」"] * 2
    )
    assert same.startswith("2団体の「1-1 窓口」では、延べ3つの計画事業")
    alone = policy_sentence(
        _group(3, counts), directions, PRESETS["setagaya"], bodies=["「1-1 窓口」"]
    )
    assert alone.startswith("「1-1 窓口」として、3つの計画事業")


# planeval.toml's [wording] ---------------------------------------------------------------


def _config(tmp_path: Path, text: str):
    path = tmp_path / "planeval.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_without_wording_the_words_are_setagaya_s(tmp_path: Path) -> None:
    assert _config(tmp_path, "[limits]\nrows = 100000\n").wording == DEFAULT_WORDING
    assert _config(tmp_path, '[scale]\npreset = "setagaya"\n').wording == DEFAULT_WORDING
    assert DEFAULT_WORDING.chapter3_headers == (
        "情報化計画事業の体系",
        "実施内容",
        "達成状況",
        "課題等",
    )
    assert DEFAULT_WORDING.heading("1", "名前") == "（1）情報化政策1 名前"


def test_another_body_s_scale_without_wording_is_worded_plainly(tmp_path: Path) -> None:
    """枚方市 writing only the [scale] preset its error told it to was headed 「情報化政策別の
    達成状況」: Setagaya's 情報化 for a body whose plan is not an IT plan. Any scale but
    Setagaya's has plain words — not the preset's body's (a town choosing gunma's A–D for its
    symbols is not 群馬県)."""
    for scale in ('preset = "hirakata"', 'preset = "gunma"', 'preset = "nagayo"'):
        assert _config(tmp_path, f"[scale]\n{scale}\n").wording == OWN_WORDING_BASE
    own = '[[scale.status]]\nsymbol = "A"\nlabel = "順調"\ncounted = true\n'
    assert _config(tmp_path, own).wording == OWN_WORDING_BASE
    body = _body("hirakata")
    (tmp_path / "hirakata").mkdir()
    paths = body.build(tmp_path / "hirakata")
    (tmp_path / "planeval.toml").write_text('[scale]\npreset = "hirakata"\n', encoding="utf-8")
    shown = CliRunner().invoke(
        app, ["summarize", *map(str, paths), "--config", str(tmp_path / "planeval.toml")]
    )
    assert shown.exit_code == 0, shown.stdout
    assert "政策別の達成状況" in shown.stdout and "情報化" not in shown.stdout


def test_wording_sets_any_word_and_the_words_that_follow_it(tmp_path: Path) -> None:
    config = _config(
        tmp_path,
        '[wording]\npolicy = "基本目標"\nproject = "事業"\nstatus = "評価"\ncounter = "件"\n',
    )
    wording = config.wording
    assert (wording.policy, wording.policy_short) == ("基本目標", "基本目標")
    assert (wording.project, wording.project_counted, wording.hierarchy) == ("事業",) * 3
    assert (wording.direction, wording.direction_short) == ("方向性", "方向性")  # (not set: plain)
    assert wording.by_policy_title == "基本目標別の評価"
    assert wording.policy_id_headers == ("基本目標番号", "基本目標名")
    config = _config(tmp_path, '[wording]\nproject = "事業"\nproject_counted = "主な事業"\n')
    assert config.wording.project_counted == "主な事業"


def test_an_unset_direction_is_a_plain_word_not_setagaya_s(tmp_path: Path) -> None:
    """Review 112 #11: under preset "aichi" with [wording] policy, project, item, and without
    [wording], --by direction was headed 「取り組みの方向性別の評価」, its rows of no direction
    「（取り組みの方向性の段なし）」 — Setagaya's words."""
    aichi = '[scale]\npreset = "aichi"\n'
    worded = aichi + '[wording]\npolicy = "基本方針"\nproject = "項目"\nitem = "指標"\n'
    for text in (aichi, worded):
        wording = _config(tmp_path, text).wording
        assert wording.by(wording.level("direction")) == f"方向性別の{wording.status}"
        assert wording.direction_word == ""  # (its headings 「1-1 名前」, as typed)


def test_an_unknown_wording_key_suggests_the_nearest(tmp_path: Path) -> None:
    with pytest.raises(
        ConfigError, match=r"planeval\.toml:2 › \[wording\]: polcy .*policy のことですか"
    ):
        _config(tmp_path, '[wording]\npolcy = "基本目標"\n')


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("policy = 1", "policy は文字列で書いてください"),
        ('policy = ""', "policy が空です"),
        ('sentence = "{policy}では{count}でした。"', r"\{count\} は使えません"),
        ('status_count = "{label}{n}件{"', "波括弧の書き方"),
        ('status_cell = "{label}{n}"', r"\{n\} は使えません"),
        ('preset = "hirakta"', "hirakata のことですか"),
    ],
)
def test_a_wrong_wording_is_refused(tmp_path: Path, line: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        _config(tmp_path, f"[wording]\n{line}\n")


def test_a_preset_and_overrides(tmp_path: Path) -> None:
    wording = _config(tmp_path, '[wording]\npreset = "hirakata"\ndepartment = "担当課"\n').wording
    assert (wording.policy, wording.status, wording.issue) == ("基本目標", "評価", "今後の方向性")
    assert wording.department == "担当課"


def test_statuses_are_written_as_the_body_writes_them(tmp_path: Path) -> None:
    """Gunma's cells hold word and letter together (「前進B」), and so do its published tables:
    planeval's tables printed the letter alone (B), its legend under the counts only. Every
    table says 前進B now (terminal, Chapter 3 and the issue list in Word, Excel, HTML, CSV);
    the counts' columns and JSON keep the symbol, and Setagaya's tables stay ◎ ○ △."""
    from docx import Document
    from openpyxl import load_workbook
    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.conftest import write_book

    rows = [
        ["基本目標1　県民の利便性を高めるデジタル行政の推進"],
        ["項目", "指標", "現状値", "目標値", "指標の評価", "備考", "担当課"],
        ["(1) 行政手続のオンライン化"],
        ["ア", "電子申請可能な手続の割合", "71.2%", "100%", "前進B", "対象拡大が課題", "DX課"],
        ["イ", "電子申請の利用件数", "61,008件", "60,000件", "達成 A", None, "DX課"],
        ["ウ", "窓口のキャッシュレス化", "12か所", "40か所", "C", "予算の確保", "会計課"],
    ]
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": rows})
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "gunma"\n[wording]\npreset = "gunma"\n', "utf-8")
    run = CliRunner().invoke
    shown = ["前進B", "達成A", "横ばいC"]
    told = run(app, ["tables", str(book), "--config", str(config)], env={"COLUMNS": "120"})
    assert told.exit_code == 0, told.output
    assert all(f"│ {text} " in told.stdout for text in shown)
    told = run(app, ["issues", str(book), "--config", str(config), "-f", "csv"])
    header, *lines = told.stdout.splitlines()  # (an indicator's figures before its rating)
    at = header.split(",").index("指標の評価")
    assert [line.split(",")[at] for line in lines] == ["前進B", "横ばいC"]
    out = tmp_path / "out"
    names = ("--xlsx", "r.xlsx", "--docx", "r.docx", "--html", "r.html", "--csv", "csv")
    options = [f"{out}/{n}" if not n.startswith("--") else n for n in names]
    exported = run(app, ["export", str(book), "--config", str(config), *options])
    assert exported.exit_code == 0, exported.output
    sheets = load_workbook(out / "r.xlsx")
    chapter3 = [c.value for row in sheets.worksheets[1].iter_rows() for c in row]
    assert all(text in chapter3 for text in shown) and "B" not in chapter3
    word = [c.text for t in Document(str(out / "r.docx")).tables for c in t._cells]
    assert all(text in word for text in shown)
    page = (out / "r.html").read_text(encoding="utf-8")
    assert all(f'data-label="指標の評価">{text}</td>' in page for text in shown)
    flat = (out / "csv" / "進捗状況.csv").read_text(encoding="utf-8-sig")
    assert all(f",{text}," in flat for text in shown)
    counted = run(app, ["summarize", str(book), "--config", str(config), "-f", "json"])
    assert json.loads(counted.stdout)["total"]["counts"] == {"A": 1, "B": 1, "C": 1, "D": 0}
    setagaya = run(app, ["tables", str(SEED_WORKBOOK)], env={"COLUMNS": "120"})
    assert "│ ◎ " in setagaya.stdout and "計画を上回る実施◎" not in setagaya.stdout


# the terminal views ----------------------------------------------------------------------


def test_views_speak_the_body_s_words() -> None:
    wording = Wording(policy="基本目標", direction="施策", project="事業", status="評価")
    scale = PRESETS["hirakata"]
    summary = planeval.summarize([], scale=scale)
    assert views.summary_table(summary, wording).title == "基本目標別の評価"
    assert views.summary_table(summary).title == "情報化政策別の達成状況"
    assert views.issue_table([], wording).headers[3] == "評価"


def test_the_legend_says_nothing_of_an_uncounted_symbol_when_there_is_none() -> None:
    assert legend(PRESETS["gunma"]) == "凡例：A 達成 ／ B 前進 ／ C 横ばい ／ D 後退"
    assert legend(PRESETS["setagaya"]).endswith("。計は再掲（-）を除く件数")
    # (a symbol that says it is said once: review 23's 「計は対象外（対象外）を除く件数」)
    assert legend(PRESETS["hirakata"]).endswith("。計は評価対象外を除く件数")
    # (in the body's word, not planeval's 対象外: review 79)
    assert legend(PRESETS["nagayo"]).endswith("。計は評価できないを除く件数")  # (words58)


# a whole report in another body's words -------------------------------------------------


def _body(key: str):
    return next(body for body in BODIES if body.key == key)


def _xml_texts(path: Path) -> str:
    """Every text of an Office file: all its XML parts, entities decoded, tags dropped."""
    with zipfile.ZipFile(path) as archive:
        parts = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")]
    return html.unescape(re.sub(r"<[^>]+>", "\n", "\n".join(parts)))


def _all_outputs(report, folder: Path) -> dict[str, str]:
    """Every output of ``report``, as text: md, html, json, each CSV, docx and xlsx."""
    exported = planeval.export(
        report,
        xlsx=folder / "r.xlsx",
        docx=folder / "r.docx",
        md=folder / "r.md",
        html=folder / "r.html",
        json=folder / "r.json",
        csv=folder / "csv",
    )
    assert exported.files
    texts = {
        "md": to_markdown(report),
        "md+sources": to_markdown(report, with_sources=True),
        "html": (folder / "r.html").read_text(encoding="utf-8"),
        "json": to_json(report),
        "docx": _xml_texts(folder / "r.docx"),
        "xlsx": _xml_texts(folder / "r.xlsx"),
    }
    texts |= {f"csv {name}": text for name, text in to_csv_files(report).items()}
    return texts


HIRAKATA_TOML = """[scale]
preset = "hirakata"

[wording]
title = "施策評価 評価結果一覧"
policy = "基本目標"
direction = "施策の方向"
project = "基本目標"
project_counted = "施策"
item = "施策"
hierarchy = "基本目標"
status = "評価"
issue = "今後の方向性"
department = "担当部"
issues_title = "見直しを要する施策"
sentence = "{directions}では、{items}を評価しました。{item}ごとの{status}は、{counts}でした。"
"""
SETAGAYA_WORDS = (
    "情報化",  # 情報化政策, 情報化計画事業(の体系)
    "計画事業",
    "取り組みの方向性",
    "実施内容",
    "達成状況",
    "課題等",
    "所管部",
    "課題一覧",
    "として、",
)


def test_hirakata_s_report_speaks_only_hirakata_s_words(tmp_path: Path) -> None:
    body = _body("hirakata")
    folder = tmp_path / "in"
    folder.mkdir()
    paths = body.build(folder)
    config = _config(folder, HIRAKATA_TOML)
    result = planeval.read_workbooks(paths, scale=config.scale, layout=config.layout)
    assert not result.has_errors
    report = build_report(result.entries, config.scale, fiscal_year=2023, wording=config.wording)
    assert sum(len(t.rows) for s in report.policies for t in s.tables) == body.expected["rows"]
    out = tmp_path / "out"
    out.mkdir()
    outputs = _all_outputs(report, out)
    for name, text in outputs.items():
        for word in SETAGAYA_WORDS:
            assert word not in text, (name, word, text[max(text.find(word) - 60, 0) :][:160])
        for empty in ("（）", "()", "「」"):
            assert empty not in text, (name, empty)
    for name in ("md", "html", "docx", "xlsx"):
        text = outputs[name]
        for word in ("基本目標1", "施策", "評価", "今後の方向性", "見直しを要する施策", "施策評価"):
            assert word in text, (name, word)
    first = report.policies[0]
    assert first.heading == "基本目標1 安全で、健康にいきいきと暮らせるまち"
    assert first.sentence.startswith(
        "基本目標1「安全で、健康にいきいきと暮らせるまち」では、9つの施策を評価"
    )
    assert "評価は、効果的4件、" in first.sentence
    assert "基本目標番号" in outputs["csv 集計.csv"]
    assert "担当部" in outputs["xlsx"]  # the issue list's department column
    assert (
        "9施策（評価9施策：A 4件、B 3件、C 1件、D 1件）" in outputs["md"]
    )  # (the projects: items)


def _terminal(tables) -> str:
    """The tables as the terminal (rich) and as a text format (github) print them."""
    from rich.console import Console

    stream = io.StringIO()
    console = Console(file=stream, width=200, color_system=None)
    write_tables(tables, "rich", console=console, stream=stream)
    write_tables(tables, "github", console=console, stream=stream)
    return stream.getvalue()


def test_no_empty_brackets_anywhere_when_nothing_is_uncounted(tmp_path: Path) -> None:
    """Gunma's scale counts every symbol: no legend, caption or header says 「対象外（）」."""
    body = _body("gunma")
    folder = tmp_path / "in"
    folder.mkdir()
    paths = body.build(folder)
    config = _config(folder, '[scale]\npreset = "gunma"\n\n[wording]\npreset = "gunma"\n')
    assert not config.scale.uncounted
    result = planeval.read_workbooks(paths, scale=config.scale, layout=config.layout)
    report = build_report(result.entries, config.scale, wording=config.wording)
    out = tmp_path / "out"
    out.mkdir()
    outputs = _all_outputs(report, out)
    summary = planeval.summarize(result.entries, scale=config.scale)
    for by in ("policy", "direction", "project"):
        grouped = planeval.summarize(result.entries, by=by, scale=config.scale)
        outputs[f"terminal {by}"] = _terminal([views.summary_table(grouped, config.wording)])
    outputs["legend"] = legend(config.scale)
    outputs["tables"] = _terminal(views.chapter3_tables(result.entries, config.wording))
    outputs["flat"] = _terminal([chapter3_flat(result.entries, config.wording)])
    outputs["issues"] = _terminal([views.issue_table(report.issues, config.wording)])
    assert summary.total.total == body.expected["total"]
    for name, text in outputs.items():
        for empty in ("（）", "()", "「」", "対象外"):
            assert empty not in text, (name, empty)
    assert "情報化政策" not in outputs["md"] and "基本目標1" in outputs["md"]


def test_gunma_s_sentence_names_its_status_once(tmp_path: Path) -> None:
    """Gunma's status 「指標の評価」 begins with its item 「指標」: each policy's sentence says
    「指標の評価は、…」, not 「指標ごとの指標の評価は、…」 (review 27), its counts the rows'."""
    body = _body("gunma")
    folder = tmp_path / "in"
    folder.mkdir()
    paths = body.build(folder)
    config = _config(folder, '[scale]\npreset = "gunma"\n\n[wording]\npreset = "gunma"\n')
    result = planeval.read_workbooks(paths, scale=config.scale, layout=config.layout)
    report = build_report(result.entries, config.scale, wording=config.wording)
    assert report.policies
    for section in report.policies:
        counts = "、".join(
            f"{config.wording.status_shown(s, config.scale)}が{n}件"  # (達成Aが: review 140 #7)
            for s, n in section.group.count.counts.items()
            if n
        )
        assert f"取り組みました。指標の評価は、{counts}でした。" in section.sentence
        assert "指標ごとの" not in section.sentence


def test_a_body_without_directions_keeps_every_row_in_every_format(tmp_path: Path) -> None:
    """Nagoya rates projects under 基本方針 with no level between: every row is printed, in
    one table per policy with no empty heading."""
    body = _body("nagoya_moriyama")
    folder = tmp_path / "in"
    folder.mkdir()
    config = _config(folder, '[scale]\npreset = "nagoya"\n\n[wording]\npreset = "nagoya"\n')
    result = planeval.read_workbooks(body.build(folder), scale=config.scale, layout=config.layout)
    report = build_report(result.entries, config.scale, wording=config.wording)
    assert [len(s.tables) for s in report.policies] == [1] * len(report.policies)
    assert sum(len(s.tables[0].rows) for s in report.policies) == body.expected["rows"]
    markdown = to_markdown(report)
    from planeval.report.html_export import to_html

    assert "### \n" not in markdown and "<h3></h3>" not in to_html(report)
    sentence = report.policies[0].sentence
    assert "つの事業に取り組みました" in sentence or "の事業に取り組みました" in sentence
    assert "つの計画事業" not in markdown
    # (its counted -, 事業が中止となったもの, said by its label: 「-が1事業」 read as a typo,
    # review 82)
    said = " ".join(section.sentence for section in report.policies)
    assert "事業が中止となったもの（-）が" in said and "、-が" not in said


def test_the_body_s_own_item_word_under_a_preset_counts_in_one_counter(tmp_path: Path) -> None:
    """守山区 (review 102 #7): the nagoya preset with `item = "取組み内容"` said 「18の取組み
    内容に取り組みました。…Aが12事業、Bが3事業」, its rows counted in two words; its counts now
    in 件, as a word no stated count is read in; a counter word of the body's own in it."""
    counts = {"A": 12, "B": 3, "C": 2, "D": 0, "-": 1}
    group = Group("1", "安心・安全なまちづくり", Count(counts, {}), 6)
    text = '[scale]\npreset = "nagoya"\n[wording]\npreset = "nagoya"\npolicy = "柱"\n'
    own = _config(tmp_path, text + 'project = "取組み項目"\nitem = "取組み内容"\n')
    sentence = policy_sentence(group, [], own.scale, own.wording)
    assert sentence == (
        "柱1「安心・安全なまちづくり」では、18の取組み内容を進めました。取組み内容ごとの"
        "取組み結果は、Aが12件、Bが3件、Cが2件、事業が中止となったもの（-）が1件でした。"
    )
    ward = _config(tmp_path, text)  # (the preset's own 事業: as the ward publishes them)
    assert "Aが12事業、Bが3事業" in policy_sentence(group, [], ward.scale, ward.wording)
    measures = _config(tmp_path, text + 'project = "基本施策"\nitem = "施策"\n')
    assert "Aが12施策、Bが3施策" in policy_sentence(group, [], measures.scale, measures.wording)


def test_the_rated_rows_and_the_level_above_them_named_alike_are_refused(tmp_path: Path) -> None:
    """Nagoya's clerk wrote project = "事業" over the preset's item = "事業" (review 14): every
    output headed Chapter 3's columns 「事業 | 事業」, with nothing said."""
    text = '[wording]\npreset = "nagoya"\npolicy = "目指すまちの姿"\nproject = "事業"\n'
    with pytest.raises(ConfigError) as info:
        _config(tmp_path, text)
    # (the message names what the clerk wrote, not the hierarchy that silently follows it)
    assert str(info.value) == (
        f"{tmp_path / 'planeval.toml'}:4 › [wording]: "
        'project = "事業"（4行目）が preset "nagoya" の item「事業」と同じ言葉です。'
        "表の1列目の見出し（hierarchy は書かなければ project と同じ言葉になります）と"
        "評価する行の見出しが同じになります。評価を記入する行の言葉を item に、その上の段の"
        '言葉（施策など）を project に書いてください（例: project = "施策"、item = "事業"）'
    )
    fixed = _config(tmp_path, text.replace('project = "事業"', 'project = "施策"'))
    assert fixed.wording.chapter3_headers[:2] == ("施策", "事業")
    # the command says it in one line, exit 2
    from typer.testing import CliRunner

    from planeval.cli import app

    (tmp_path / "planeval.toml").write_text(text, encoding="utf-8")
    config = str(tmp_path / "planeval.toml")
    result = CliRunner().invoke(app, ["summarize", str(SEED_WORKBOOK), "--config", config])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f'エラー: {config}:4 › [wording]: project = "事業"（4行目）が')


@pytest.mark.parametrize(
    ("words", "example"),
    [
        ('policy = "基本目標"\nproject = "施策"\nitem = "施策"\n', 'project = "基本目標"'),
        ('project = "施策"\nitem = "施策"\n', 'project = "基本目標"'),
        ('direction = "基本目標"\nproject = "施策"\nitem = "施策"\n', 'project = "分野"'),
    ],
)
def test_the_example_of_the_refusal_is_one_the_settings_accept(
    tmp_path: Path, words: str, example: str
) -> None:
    """Review 148 #3: project = item = "施策" was refused with the example 「project = "施策"、
    item = "施策"」, the very setting refused. The example, written in, is read."""
    text = '[scale]\npreset = "hirakata"\n[wording]\n' + words
    with pytest.raises(ConfigError) as info:
        _config(tmp_path, text)
    said = str(info.value)
    assert f'（例: {example}、item = "施策"）' in said
    assert '（例: project = "施策"' not in said
    fixed = _config(tmp_path, text.replace('project = "施策"', example))
    assert fixed.wording.item == "施策" and fixed.wording.chapter3_headers[0] != "施策"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '[wording]\nproject = "事業"\n\nitem = "事業"\n',
            ':2 › [wording]: project = "事業"（2行目）と item = "事業"（4行目）が同じ言葉です。',
        ),
        (
            '[wording]\nitem = "体系"\n',
            ':2 › [wording]: item = "体系"（2行目）が既定の hierarchy「体系」',
        ),
        (  # (the line in [wording], not the item of [layout.titles] above it)
            '[layout.titles]\nitem = ["施策名"]\n\n[wording]\npreset = "hirakata"\nitem = "基本目標"\n',
            ':6 › [wording]: item = "基本目標"（6行目）が preset "hirakata" の hierarchy「基本目標」',
        ),
    ],
)
def test_the_refusal_of_two_columns_alike_names_what_was_written(
    tmp_path: Path, text: str, said: str
) -> None:
    with pytest.raises(ConfigError) as info:
        _config(tmp_path, text)
    assert said in str(info.value)


def test_a_threshold_label_follows_its_symbol_in_captions() -> None:
    """Nagoya's issue list read 「100%またはそれ以上の達成状況（A）以外と評価された事業」 (review
    14): a label that is a threshold is said after its symbol, as the ward writes it."""
    from planeval.report.count_captions import issues_caption
    from planeval.wording_presets import WORDING_PRESETS

    read = planeval.read_workbooks([SEED_WORKBOOK])
    entries = [e._replace(status="A" if e.status == "◎" else "B") for e in read.entries]
    nagoya = build_report(entries, PRESETS["nagoya"], wording=WORDING_PRESETS["nagoya"])
    assert issues_caption(nagoya).startswith(
        "A（100%またはそれ以上の達成状況）以外と評価された事業"
    )
    setagaya = build_report(read.entries, PRESETS["setagaya"])
    # (the seed's scale marks the statuses that need an issue text: they are named)
    assert issues_caption(setagaya).startswith(
        "内容を一部修正して実施（△）・未実施（×）と評価された実施内容"
    )


def test_words_left_unset_by_a_body_s_wording_are_plain_not_setagaya_s(tmp_path: Path) -> None:
    """A city's 行政改革大綱 set 改革項目, 取組項目, 実施状況 (review 15): every table was headed
    「情報化計画事業の体系」 and the title and counts spoke of 情報化計画事業."""
    config = _config(tmp_path, '[wording]\npolicy = "改革項目"\nitem = "取組項目"\n')
    words = config.wording
    assert (words.title, words.hierarchy, words.project, words.project_counted) == (
        "計画の進捗状況", "体系", "事業", "事業"
    )  # fmt: skip
    assert not any(
        "情報化" in getattr(words, f) for f in ("title", "policy", "project", "hierarchy")
    )
    assert _config(tmp_path, '[wording]\npreset = "setagaya"\n').wording == DEFAULT_WORDING
    # (no planeval.toml at all: Setagaya's words, as ever)
    assert load_config(search_dir=tmp_path / "elsewhere").wording == DEFAULT_WORDING


def test_a_wording_key_is_named_at_its_own_line_not_another_table_s(tmp_path: Path) -> None:
    """[wording] status beside [[scale.status]]: the message names the line inside
    [wording] (it named the first [[scale.status]], four lines up)."""
    text = (
        '[scale]\nas_planned = "B"\n\n[[scale.status]]\nsymbol = "A"\nlabel = "順調"\n\n'
        '[[scale.status]]\nsymbol = "B"\nlabel = "概ね順調"\n\n'
        '[wording]\npolicy = "基本目標"\nstatus = ""\n'
    )
    with pytest.raises(ConfigError, match=r"planeval\.toml:14 › \[wording\]: status が空です"):
        _config(tmp_path, text)


def test_a_mark_added_to_a_scale_of_words_and_letters_is_written_as_it_is(tmp_path: Path) -> None:
    """An added 「－ 評価できない」 beside gunma's 前進B was written 「評価できない－」 in every
    table (review 24): a mark no word goes with is written as the cell holds it."""
    from tests.conftest import write_book

    rows = [
        ["基本目標1　県民の利便性を高めるデジタル行政の推進"],
        ["項目", "指標", "現状値", "目標値", "指標の評価", "備考", "担当課"],
        ["(1) 行政手続のオンライン化"],
        ["ア", "電子申請可能な手続の割合", "71.2%", "100%", "前進B", "対象拡大が課題", "DX課"],
        ["イ", "窓口のキャッシュレス化", "-", "40か所", "－", None, "会計課"],
    ]
    book = write_book(tmp_path / "進捗状況.xlsx", {"進捗状況": rows})
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "gunma"\n[[scale.status]]\nsymbol = "－"\nlabel = "評価できない"\n'
        'counted = false\n[wording]\npreset = "gunma"\n',
        "utf-8",
    )
    told = CliRunner().invoke(
        app, ["tables", str(book), "--config", str(config)], env={"COLUMNS": "120"}
    )
    assert told.exit_code == 0, told.output
    assert "│ 前進B " in told.stdout and "│ － " in told.stdout
    assert "評価できない－" not in told.stdout


def test_a_title_by_a_level_the_status_already_names_says_the_status_alone() -> None:
    # (長与町's KPI table: 指標 rated under 指標の評価; 「指標別の指標の評価」 says it twice)
    kpi = Wording(policy="基本目標", project="項目", item="指標", status="指標の評価")
    assert kpi.by(kpi.item) == "指標の評価"
    assert kpi.by(kpi.project) == "項目別の指標の評価"
    assert kpi.by_policy_title == "基本目標別の指標の評価"
    assert DEFAULT_WORDING.by(DEFAULT_WORDING.item) == "実施内容別の達成状況"


def test_a_counter_of_its_own_counts_the_statuses_too(tmp_path: Path) -> None:
    """Review 41: with counter = "項目" the sentence said 「9項目の取組項目に取り組みました…
    未着手1件」; the statuses are counted in the same counter, unless the body words them itself."""
    settings = tmp_path / "planeval.toml"
    settings.write_text('[wording]\nitem = "取組項目"\ncounter = "項目"\n', encoding="utf-8")
    wording = load_config(settings).wording
    assert wording.status_count == "{label}{n}項目"
    own = '[wording]\ncounter = "項目"\nstatus_count = "{label}が{n}件"\n'
    settings.write_text(own, encoding="utf-8")
    assert load_config(settings).wording.status_count == "{label}が{n}件"
    assert DEFAULT_WORDING.status_count == "{label}{n}件"  # (つ: 件 as ever)


def test_a_counter_that_names_another_thing_is_not_put_before_it() -> None:
    """Review 46: with counter = "事業" (so that check reads 「3事業」), the sentence said
    「3事業の施策に取り組みました」; a counter that is a thing's name counts only that thing."""
    assert counted(3, "施策", "事業") == "3つの施策"
    assert counted(40, "事務事業", "事業") == "40の事務事業"
    assert counted(5, "事業", "事業") == "5事業"
    assert counted(18, "計画事業", "件") == "18件の計画事業"


def test_a_preset_s_issue_heading_names_the_body_s_items(tmp_path: Path) -> None:
    """Review 103: hirakata's 「課題のある施策」 headed a list of 事務事業 where [wording] item =
    "事務事業"; a heading naming the preset's items names the body's, one set apart stays."""
    settings = tmp_path / "planeval.toml"
    for lines, title in (
        ('item = "事務事業"', "課題のある事務事業"),
        ("", "課題のある施策"),
        ('item = "事務事業"\nissues_title = "課題一覧"', "課題一覧"),
    ):
        settings.write_text(f'[wording]\npreset = "hirakata"\n{lines}\n', encoding="utf-8")
        assert load_config(settings).wording.issues_title == title


def test_export_s_help_speaks_to_any_body() -> None:
    """It said 「第3章の報告書を…」, Setagaya's chapter, to every body (review 103)."""
    for command in ("export", "tables"):
        said = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
        assert "第3章" not in said


def test_check_and_the_template_write_statuses_as_the_body_does() -> None:
    """Review 110 #4: 群馬県's cells hold 横ばいC, which check's 項目 and the template's rule say."""
    from planeval.cycle.form_statuses import FormStatus, needing_issue
    from planeval.cycle.instructions import needs_issue_line
    from planeval.report.review import _changed, compared_name
    from planeval.wording_presets import WORDING_PRESETS

    scale, wording = PRESETS["gunma"], WORDING_PRESETS["gunma"]
    assert compared_name("C", scale, wording=wording) == "横ばいC"
    assert compared_name("C", scale, percent=True, wording=wording) == "横ばいCの割合"
    assert _changed(compared_name("B", scale, wording=wording), "change") == "前進Bの増減"
    needing = needing_issue([FormStatus(wording, scale)])
    assert (
        needs_issue_line(needing, "課題") == "横ばいC・後退D の場合は課題を必ず記入してください。"
    )
    assert (
        compared_name("C", scale) == "C（横ばい）"
    )  # (a body writing the letter alone: as before)
