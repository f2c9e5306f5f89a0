"""check and the directions (review 23): a paragraph under a direction's heading was compared
with its policy's counts (長与町's 「### 1.1 防災・減災」 then 「Aが3件、Cが1件でした。」 gave 「政策Ⅰ
A 3 vs 4」; 1.1's rows give A 2, C 1), and planeval's own caption of a direction's table,
「事業 3・実施内容 3（内訳 A 2、C 1）」, was not read at all (「A 2」 edited to 「A 3」 passed).
A heading naming a direction — as the body numbers it (1.1, 1-1, (1), 取り組みの方向性1-1) or by
its name — now scopes the paragraphs below it to that direction's rows, and each number of a
caption is compared with the rows of the table it heads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import planeval
from planeval.captions import read_caption
from planeval.direction_headings import Directions
from planeval.presets import PRESETS
from planeval.scale import DEFAULT_SCALE
from planeval.stated_number import GROUPS, PROJECTS, TOTAL
from tests.conftest import SEED_WORKBOOK
from tests.other_bodies import BODIES
from tests.test_check_own_export import _form, run
from tests.test_check_pasted_tables import _case, _checked, _of, _texts
from tests.test_other_bodies import CONFIGS

SETAGAYA_DATA = Path(__file__).resolve().parent.parent / "data" / "setagaya" / "chapter3.xlsx"


def _body(key: str, folder: Path) -> list[str]:
    """The inputs of a body's read: its workbook and its planeval.toml."""
    (folder / "in").mkdir()
    paths = next(body for body in BODIES if body.key == key).build(folder / "in")
    (folder / "planeval.toml").write_text(CONFIGS[key], encoding="utf-8")
    return [*map(str, paths), "--config", str(folder / "planeval.toml")]


def _said(inputs: list[str], text: Path) -> tuple[int, list, list, list]:
    """(exit code, the text's statements as (scope, stated), its disagreements as (scope,
    what, stated, counted, line), its numbers not compared) of check with ``text``."""
    code, data = _checked(inputs, [text])
    statements = [(s["scope"], s["stated"]) for s in _of(data, "statements", text)]
    wrong = [
        (d["scope"], d["what"], d["stated"], d["counted"], d["source"]["cell"])
        for d in _of(data, "disagreements", text)
    ]
    return code, statements, wrong, _of(data, "not_compared", text)


# ---------------------------------------------------------------------------------------------
# a paragraph under a direction's heading


_POLICY_1 = "## 政策Ⅰ 安全・安心に暮らせるまち"


@pytest.mark.parametrize(
    "heading",
    [
        "### 1.1 防災・減災",  # (as 長与町 types it, and planeval's report heads it)
        "### 1-1 防災・減災",  # (its ID)
        "### 1.1",  # (the number alone)
        "### 取り組みの方向性1.1 防災・減災",  # (after the level's word)
        "### 施策1-1「防災・減災」",
        "■ 1．1　防災・減災",  # (full-width, as a Word document types it)
        "### 防災・減災",  # (its name alone)
        "### （１）防災・減災",  # (its name, in the report's own numbering)
    ],
)
def test_a_paragraph_under_a_direction_s_heading_is_that_direction_s(
    heading: str, tmp_path: Path
) -> None:
    inputs = _body("nagayo", tmp_path)
    text = tmp_path / "t.md"
    body = f"{_POLICY_1}\n\n{heading}\n\nAが3件、Cが1件でした。\n"
    text.write_text(body, encoding="utf-8")
    code, statements, wrong, _aside = _said(inputs, text)
    assert code == 1
    assert statements == [("1.1 防災・減災", {"A": 3, "C": 1})]
    assert wrong == [("1.1 防災・減災", "A", 3, 2, "5行目")]  # (1.1's rows: A 2, C 1)
    text.write_text(body.replace("Aが3件", "Aが2件"), encoding="utf-8")
    assert _said(inputs, text)[:3] == (0, [("1.1 防災・減災", {"A": 2, "C": 1})], [])


def test_the_direction_s_scope_lasts_past_its_table_until_the_next_heading(tmp_path: Path):
    """A row of a table is no heading (it made the paragraph after it the whole plan's); a
    note (※…) neither; the next policy's heading ends the direction's paragraphs."""
    inputs = _body("nagayo", tmp_path)
    text = tmp_path / "t.md"
    text.write_text(
        f"{_POLICY_1}\n\n### 1.1 防災・減災\n\n| 体系 | 実施内容 | 達成状況 | 課題等 |\n|---|---|---|---|\n"
        "| 1.1.1 自主防災組織の育成 | 育成 | A | 計画どおり。 |\n\n※「−」は件数に含めません\n\n"
        "Aが2件でした。\n\n## 政策Ⅱ 健やかに暮らせるまち\n\nAが4件でした。\n",
        encoding="utf-8",
    )
    code, statements, wrong, _aside = _said(inputs, text)
    assert (code, wrong) == (0, [])
    assert statements == [("1.1 防災・減災", {"A": 2}), ("政策Ⅱ", {"A": 4})]


def test_a_heading_whose_number_is_a_direction_s_but_not_its_name_keeps_today_s_scope(
    tmp_path: Path,
) -> None:
    """A report's own section 「1.1 評価の方法」 is no direction: its paragraph is the policy's
    above, as before (A 3 of 政策Ⅰ's 4)."""
    inputs = _body("nagayo", tmp_path)
    text = tmp_path / "t.md"
    text.write_text(f"{_POLICY_1}\n\n### 1.1 評価の方法\n\nAが3件でした。\n", encoding="utf-8")
    assert _said(inputs, text)[2] == [("政策Ⅰ", "A", 3, 4, "5行目")]


def test_two_policies_directions_numbered_alike_are_told_apart_by_the_policy_above(
    tmp_path: Path,
) -> None:
    """南原市 numbers each policy's directions (1), (2) …: 「(1)」 under 政策5 is 5-1."""
    inputs = _body("minamihara_shuchu", tmp_path)
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(inputs[:1], scale=config.scale)
    by = planeval.summarize(read.entries, scale=config.scale, by="direction")
    counts = {group.id: group.count.counts["取組中"] for group in by.groups}
    assert counts["5-1"] != counts["4-1"]  # (else 4-1's would agree as well)
    text = tmp_path / "t.md"
    said = f"取組中が{counts['5-1']}件でした。"
    text.write_text(f"## 政策5 第三セクター等の見直し\n\n### (1)\n\n{said}\n", encoding="utf-8")
    code, statements, wrong, _aside = _said(inputs, text)
    assert (code, statements, wrong) == (0, [("(1) 公社の見直し", {"取組中": counts["5-1"]})], [])
    text.write_text(f"## 政策4 給与の適正化\n\n### (1)\n\n{said}\n", encoding="utf-8")
    assert _said(inputs, text)[2] == [
        ("(1) 給与制度の見直し", "取組中", counts["5-1"], counts["4-1"], "5行目")
    ]


@pytest.mark.parametrize(
    "lead",
    [  # (a sentence naming the direction it speaks of, under its policy's heading: review 116)
        "(1)公社の見直しでは、",
        "（１）公社の見直しでは、",
        "推進項目「公社の見直し」では、",
        "推進項目(1)「公社の見直し」では、",
    ],
)
def test_a_sentence_led_by_a_direction_is_that_direction_s(lead: str, tmp_path: Path) -> None:
    inputs = _body("minamihara_shuchu", tmp_path)
    with (tmp_path / "planeval.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[wording]\ndirection = "推進項目"\n')
    config = planeval.load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks(inputs[:1], scale=config.scale)
    by = planeval.summarize(read.entries, scale=config.scale, by="direction")
    counts = {group.id: group.count.counts["取組中"] for group in by.groups}
    text = tmp_path / "t.md"
    said = f"{lead}取組中が{counts['5-1']}件でした。"
    text.write_text(f"## 政策5 第三セクター等の見直し\n\n{said}\n", encoding="utf-8")
    code, statements, wrong, _aside = _said(inputs, text)
    assert (code, statements, wrong) == (0, [("(1) 公社の見直し", {"取組中": counts["5-1"]})], [])


def test_a_direction_heading_under_no_body_goes_with_each_body_s_heading(tmp_path: Path):
    """Several bodies: 「1-1」 above 「青葉市」 — its paragraph is 青葉市's 1-1; 「1-1」 under no
    body's heading is all bodies' 1-1 (青葉市 ◎○△, 緑町 ○○×)."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder / "青葉市.xlsx", ["◎", "○", "△"])
    _form(folder / "緑町.xlsx", ["○", "○", "×"])
    inputs = [str(folder), "--bodies", "file"]
    text = tmp_path / "t.md"
    text.write_text(
        "## 情報化政策1\n\n### 1-1\n\n計画どおり実施3件、未実施1件でした。\n\n#### 青葉市\n\n"
        "計画どおり実施1件でした。\n",
        encoding="utf-8",
    )
    code, statements, wrong, _aside = _said(inputs, text)
    assert (code, wrong) == (0, [])
    assert statements == [("1-1", {"○": 3, "×": 1}), ("青葉市 1-1", {"○": 1})]


def test_setagaya_s_own_text_keeps_its_one_true_disagreement(tmp_path: Path) -> None:
    """The seed's narrative in the workbook, and planeval's export with its direction
    headings and captions: only 情報化政策1's △ 6 against its 7 rows."""
    report = tmp_path / "r.md"
    assert run("export", str(SETAGAYA_DATA), "--md", str(report)).exit_code == 0
    for texts in ([], ["--text", str(report)]):
        said = run("check", str(SETAGAYA_DATA), *texts, "-f", "json")
        data = json.loads(said.stdout)
        assert said.exit_code == 1
        assert [(d["scope"], d["what"], d["stated"], d["counted"]) for d in data["disagreements"]] == [
            ("情報化政策1", "△", 6, 7)
        ]  # fmt: skip
        assert [n for n in data["not_compared"] if not n["settled"]] == []


# ---------------------------------------------------------------------------------------------
# planeval's caption of a direction's table

# (a caption's first status: 「5施策（評価4施策：A 2件、…」, 「…（◎ 2件、…」 — review 193 #8)
_CAPTION = re.compile(r"[（：](?P<status>[^、）。：／ （]+?)(?: |が)(?P<n>\d+)件[、）／]")
# the scope check names the first caption by: the direction's heading above it, or the policy
# of a table under no direction (南原市's 政策1, 枚方市, 川崎市 — statuses that are numbers)
FIRST_CAPTION = {
    "setagaya": "1-1 ICT を活用した行政サービスの拡充及び継続的改善",
    "nagayo": "1.1 防災・減災",  # (typed 1.1)
    "kitayama_gyokaku": "1-1 歳入の確保",
    "minamihara_shuchu": "政策1",  # (its later policies' directions typed (1), (2) …)
    "hirakata": "政策1",
    "kawasaki": "政策1",
    "hamamatsu": "1.1 行かない市役所",  # (its own words: 基本方針, 施策, 取組)
    "bodies": "緑町 1-1",  # (several bodies: each body's tables under its heading)
}


@pytest.mark.parametrize("key", FIRST_CAPTION)
def test_planeval_s_captions_agree_and_an_edited_one_is_caught(key: str, tmp_path: Path):
    """The Markdown, the page as a browser copies it and the page itself: every caption read
    and compared, nothing said of them; the first one's first status one more, check fails
    naming the caption's line, its table's direction (or policy), the status, stated and
    counted."""
    inputs, _scale = _case(key, tmp_path)
    texts = _texts(tmp_path, inputs)
    lines = texts["md"].read_text("utf-8").splitlines()
    tables = sum(1 for line in lines if _CAPTION.search(line) and line[:1] not in "|#")
    for name in ("md", "page", "html"):
        _code, data = _checked(inputs, [texts[name]])
        numbers = [s["numbers"] for s in _of(data, "statements", texts[name])]
        assert sum(any(n["what"] == GROUPS and n["level"] for n in said) for said in numbers) == (
            tables
        )
        assert _of(data, "disagreements", texts[name]) == []
        assert [n for n in _of(data, "not_compared", texts[name]) if not n["settled"]] == []
        content = texts[name].read_text("utf-8")
        first = _CAPTION.search(content)
        assert first is not None
        n = int(first["n"])
        wrong = tmp_path / f"wrong_{name}{texts[name].suffix}"
        wrong.write_text(content[: first.start("n")] + f"{n + 1}" + content[first.end("n") :])
        line = content[: first.start()].count("\n") + 1
        code, _statements, found, _aside = _said(inputs, wrong)
        assert code == 1
        status = first["status"].removeprefix("達成状況")  # (a number after its word)
        assert found == [(FIRST_CAPTION[key], status, n + 1, n, f"{line}行目")]


def test_every_number_of_a_caption_is_compared(tmp_path: Path) -> None:
    """The projects, the items, the rated rows, a status left out, the uncounted: each said
    in the body's words (計画事業の数, 実施内容の数)."""
    report = tmp_path / "r.md"
    assert run("export", str(SEED_WORKBOOK), "--md", str(report)).exit_code == 0
    content = report.read_text("utf-8")
    edits = {
        # (the wrong caption in earlier reports' form, 「…と細目 15」: read still, review 152 #12)
        "3計画事業・実施内容 12件（評価した実施内容と細目16件：◎ 4件、○ 6件、△ 6件）": (
            "計画事業 4・実施内容 13・評価した実施内容と細目 15（内訳 ◎ 4、○ 6）"
        ),
        "2計画事業・実施内容 9件（評価した実施内容と細目7件：○ 6件、△ 1件／再掲 2件）": (
            "計画事業 2・実施内容 9（内訳 ○ 6、△ 1。ほかに再掲 3）"
        ),
    }
    for old, new in edits.items():
        assert content.count(old) == 1
        content = content.replace(old, new)
    wrong = tmp_path / "wrong.md"
    wrong.write_text(content, encoding="utf-8")
    one = "1-1 ICT を活用した行政サービスの拡充及び継続的改善"
    two = "1-2 多様な主体（区・区民・各種団体等）の交流促進支援"
    assert _said([str(SEED_WORKBOOK)], wrong)[2] == [
        (one, PROJECTS, 4, 3, "26行目"), (one, GROUPS, 13, 12, "26行目"),
        (one, TOTAL, 15, 16, "26行目"), (one, "△", None, 6, "26行目"),
        (two, "-", 3, 2, "49行目"), (two, TOTAL, None, 7, "49行目"),
    ]  # fmt: skip
    said = run("check", str(SEED_WORKBOOK), "--text", str(wrong))
    lines = [line.split("│")[1:5] for line in said.stdout.splitlines() if "wrong.md" in line]
    assert [[cell.strip() for cell in line] for line in lines] == [
        [one, "計画事業の数", "4", "3"], [one, "実施内容の数", "13", "12"],
        [one, "合計", "15", "16"], [one, "△（内容を一部修正して実施）", "記載なし", "6"],
        [two, "-（再掲）", "3", "2"], [two, "合計", "記載なし", "7"],
    ]  # fmt: skip


def test_a_caption_under_a_heading_naming_no_direction_is_not_compared(tmp_path: Path):
    """Its direction's heading rewritten past recognition (a report's own section, the whole
    plan's): which table's the caption is check cannot tell, and says so (the check fails: a
    number not compared); so under its policy's heading, all of whose rows are under
    directions."""
    report = tmp_path / "r.md"
    assert run("export", str(SEED_WORKBOOK), "--md", str(report)).exit_code == 0
    content = report.read_text("utf-8")
    heading = "### 1-1 ICT を活用した行政サービスの拡充及び継続的改善"
    assert content.count(heading) == 1
    unknown = "planeval の表の説明ですが、上の見出しからどの表の説明か分からないため比べていません"
    for instead, scope in (("### 行政サービスの取組", "計画全体"), ("", "情報化政策1")):
        report.write_text(content.replace(heading, instead), encoding="utf-8")
        code, _statements, wrong, aside = _said([str(SEED_WORKBOOK)], report)
        assert (code, wrong) == (1, [])
        assert [(n["scope"], n["stated"], n["reason"], n["settled"]) for n in aside] == [
            (scope, 12, unknown, False)  # (once, with its number of items)
        ]


def test_only_planeval_s_caption_is_read_as_one() -> None:
    nagayo, kawasaki = PRESETS["nagayo"], PRESETS["kawasaki"]
    said = read_caption("事業 3・実施内容 3・評価 2（内訳 A 1、B 1。ほかに評価できない 1）", nagayo)
    assert [(n.what, n.value, n.level) for n in said] == [
        (PROJECTS, 3, ""), (GROUPS, 3, "実施内容"), (TOTAL, 2, ""), ("A", 1, ""), ("B", 1, ""),
        ("−", 1, ""),
    ]  # fmt: skip
    for caption in (
        "実施内容 15（内訳 達成度1が2、達成度3が13）",
        "実施内容 15（内訳 「1」が2、「3」が13）",
        "実施内容 15（内訳 1が2、3が13）",
    ):
        assert [(n.what, n.value) for n in read_caption(caption, kawasaki)] == [
            (GROUPS, 15),
            ("1", 2),
            ("3", 13),
        ], caption  # fmt: skip  (as planeval writes it, and as earlier versions did)
    grouped = read_caption("計画事業 1,003・実施内容 1,200（内訳 ○ 1,200）", DEFAULT_SCALE)
    assert [n.value for n in grouped] == [1003, 1200, 1200]
    for other in (
        "令和 5（内訳 あ 1）",  # (no status of the scale)
        "事業 3・実施内容 3（内訳 A 2、C 1）",  # (A and C: not Setagaya's statuses)
        "実施内容 3（A 2）",  # (no 内訳)
        "計画どおり実施6件（◎ 2、○ 4）",
    ):
        assert read_caption(other, DEFAULT_SCALE) == [], other


def test_a_direction_s_number_two_policies_share_names_none_without_the_policy() -> None:
    entries = [
        planeval.Entry(
            planeval.Location("a.xlsx"), policy, f"{policy}-1", f"{policy}-1-1", "", None, "",
            "", None, "○", "○", direction_name=name,
        )
        for policy, name in (("4", "給与制度の見直し"), ("5", "公社の見直し"))
    ]  # fmt: skip
    labels = {"4-1": "(1)", "5-1": "(1)"}
    directions = Directions(entries, labels)
    assert directions.numbered("(1)") is None
    assert directions.numbered("(1)", "5") == directions.numbered("(1) 公社の見直し")
    assert directions.numbered("(1) 公社の見直し", "4") is not None  # (its name says whose)
    assert directions.numbered("(1) 評価の方法") is None
    assert directions.numbered("| (1) | 公社の見直し | 1 |") is None  # (a table's row)


def test_a_caption_whose_word_has_its_own_brackets_is_read_whole() -> None:
    """「取組（KPI）」 (東海県's word, review 172 #2's counters): its caption was read as a
    paragraph, each 「3件」 a count of its own, or not at all."""
    aichi = PRESETS["aichi"]
    for caption in (
        "2施策・取組（KPI） 3件（内訳 A 1、B 1、C 1）",
        "施策 2・取組（KPI） 3（内訳 A 1、B 1、C 1）",  # (as earlier reports said it)
    ):
        assert [(n.what, n.value, n.level) for n in read_caption(caption, aichi)] == [
            (PROJECTS, 2, ""), (GROUPS, 3, "取組(KPI)"), ("A", 1, ""), ("B", 1, ""), ("C", 1, ""),
        ], caption  # fmt: skip
    for other in ("取組（2件） 3件（内訳 A 1）", "取組（KPI 3件（内訳 A 1）"):
        assert read_caption(other, aichi) == [], other
