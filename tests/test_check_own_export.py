"""planeval's own report, pasted into the body's report, passes check: the Markdown as written,
the HTML page as a browser copies it, the Word document as Word saves it as text — for every
body's layout, one body or several (review 21 N2). Its rounding note (「合計が100.0にならない行
があります（基本方針番号 1 は 100.1%、合計の行は 99.9%）」) states each named row's shares added up:
compared with that row's shares, so a note edited wrong is caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from typer.testing import CliRunner

from planeval.agreement import check
from planeval.cli import app
from planeval.io.html_text import page_lines
from planeval.scale import DEFAULT_SCALE
from planeval.stated_number import SHARE_SUM
from planeval.stated_numbers import read_numbers
from tests.conftest import SEED_WORKBOOK, rated_entries, write_book
from tests.other_bodies import BODIES
from tests.test_check_phrasings import cells
from tests.test_other_bodies import CONFIGS

SETAGAYA = "setagaya"


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _browser_text(page: Path) -> str:
    """The page's text as a browser copies it (what check reads of an .html itself)."""
    return "\n".join(line for _, line in page_lines(page.read_text(encoding="utf-8")))


def word_text(document: Path, *, breaks: str = "") -> str:
    """A .docx as Word saves it as text: a line per paragraph, a table row's cells between
    tabs — a cell merged across columns once, one merged down empty below its first row —,
    a line break in a cell (a title Word broke: 「計画どおり／完了」) as ``breaks``."""
    lines = []
    for block in Document(str(document)).iter_inner_content():
        if not isinstance(block, Table):
            lines.append(block.text)
            continue
        for row in block._tbl.tr_lst:
            texts = []
            for cell in row.tc_lst:
                nodes = cell.iter(qn("w:t"), qn("w:br"), qn("w:noBreakHyphen"))
                texts.append("".join(_character(node, breaks) for node in nodes))
            lines.append("\t".join(texts))
    return "\n".join(line for line in lines if line.strip())


def _character(node, breaks: str) -> str:
    if node.tag == qn("w:t"):
        return node.text or ""
    return breaks if node.tag == qn("w:br") else "-"  # (1-1-1's hyphens kept from a break)


def _pasted(folder: Path, inputs: list[str]) -> list[Path]:
    """The clerk's three texts of planeval's export of ``inputs``: .md, the page, the .docx."""
    made = run(
        "export", *inputs, "--md", str(folder / "r.md"), "--html", str(folder / "r.html"),
        "--docx", str(folder / "r.docx"),
    )  # fmt: skip
    assert made.exit_code == 0, made.stdout
    (folder / "page.txt").write_text(_browser_text(folder / "r.html"), encoding="utf-8")
    (folder / "word.txt").write_text(word_text(folder / "r.docx"), encoding="utf-8")
    # (and the page itself, given to check as it was written: read as a browser copies it)
    return [folder / "r.md", folder / "page.txt", folder / "word.txt", folder / "r.html"]


def _checked(inputs: list[str], texts: list[Path]) -> dict:
    found = run("check", *inputs, *(f"--text={text}" for text in texts), "-f", "json")
    return json.loads(found.stdout)


def _of_texts(data: dict, texts: list[Path]) -> tuple[list, list, list]:
    """(statements, disagreements, numbers not compared and not settled) of the texts."""
    names = {str(text) for text in texts}

    def mine(key: str) -> list:
        return [found for found in data[key] if found["source"]["file"] in names]

    return (
        mine("statements"),
        mine("disagreements"),
        [n for n in mine("not_compared") if not n["settled"]],
    )


@pytest.mark.parametrize("key", [SETAGAYA, *(body.key for body in BODIES)])
def test_every_export_text_of_a_body_s_layout_agrees_with_its_rows(key: str, tmp_path: Path):
    if key == SETAGAYA:
        paths = [SEED_WORKBOOK]
    else:
        (tmp_path / "in").mkdir()
        paths = next(body for body in BODIES if body.key == key).build(tmp_path / "in")
        (tmp_path / "planeval.toml").write_text(CONFIGS[key], encoding="utf-8")
    inputs = [*map(str, paths), "--config", str(tmp_path / "planeval.toml")]
    if key == SETAGAYA:
        inputs = inputs[:1]
    texts = _pasted(tmp_path, inputs)
    statements, wrong, unsettled = _of_texts(_checked(inputs, texts), texts)
    assert {s["source"]["file"] for s in statements} == {str(text) for text in texts}
    assert (wrong, unsettled) == ([], [])


_NAMES = ("事業者向け電子申請の拡充", "窓口のキャッシュレス化", "庁内ネットワークの更新")


def _form(path: Path, statuses: list[str]) -> Path:
    """A body's reply in Setagaya's layout: one policy, one project, an item per status."""
    rows: list[list[object]] = [["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]]
    rows += [
        [f"1-1-{number} {name}", "① 実施", status, ""]
        for number, (name, status) in enumerate(zip(_NAMES, statuses, strict=False), start=1)
    ]
    return write_book(path, {"第3章": rows})


def test_several_bodies_rounding_note_agrees_and_an_edited_one_is_caught(tmp_path: Path):
    """青葉市 1/1/1 (33.3 each: 99.9) and 緑町 ○○× (100.0), 1/3/1/1 of 6 in all (100.1): the
    note names 青葉市 and 合計 under both tables; each is compared with its rows."""
    folder = tmp_path / "回答"
    folder.mkdir()
    _form(folder / "青葉市.xlsx", ["◎", "○", "△"])
    _form(folder / "緑町.xlsx", ["○", "○", "×"])
    inputs = [str(folder), "--bodies", "file"]
    texts = _pasted(tmp_path, inputs)
    notes = [line for line in texts[0].read_text("utf-8").splitlines() if "にならない行" in line]
    assert [note.split("（")[-1] for note in notes] == [
        "政策1 は 100.1%、合計の行は 100.1%）。", "青葉市は 99.9%、合計の行は 100.1%）。"
    ]  # fmt: skip
    for text in texts:
        checked = run("check", *inputs, "--text", str(text))
        assert checked.exit_code == 0, checked.stdout
    wrong = tmp_path / "wrong.md"
    wrong.write_text(texts[0].read_text("utf-8").replace("青葉市は 99.9%", "緑町は 99.9%"), "utf-8")
    _statements, found, unsettled = _of_texts(_checked(inputs, [wrong]), [wrong])
    assert [(d["scope"], d["what"], d["stated"], d["counted"]) for d in found] == [
        ("緑町", SHARE_SUM, 99.9, 100.0)
    ] and unsettled == []
    said = run("check", *inputs, "--text", str(wrong)).stdout
    assert "│ 緑町 │ 割合の合計 │ 99.9% │ 100.0% │" in said
    page = tmp_path / "wrong.html"  # (the page edited alike: its source line named)
    page.write_text(texts[3].read_text("utf-8").replace("青葉市は 99.9%", "緑町は 99.9%"), "utf-8")
    _statements, found, _unsettled = _of_texts(_checked(inputs, [page]), [page])
    [wrong_note] = found
    lines = page.read_text("utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if "緑町は 99.9%" in text)
    assert (wrong_note["source"]["cell"], wrong_note["stated"]) == (f"{line}行目", 99.9)


def test_a_note_naming_a_body_with_why_reads_each_row() -> None:
    """Review 65: 「（各務原市は 100.1%、飛騨市（一部未集計） は 100.1%）」 — a body named with why
    inside the note's brackets — was not read as the note: each row 「はこの評価尺度の区分では
    ありません」 or 何の割合か, planeval failing its own export."""
    note = (
        "合計が100.0にならない行があります（各務原市は 100.1%、飛騨市（一部未集計） は 100.1%）。"
    )
    said = [(n.what, n.value, n.row) for n in read_numbers(note, DEFAULT_SCALE)]
    assert said == [(SHARE_SUM, 100.1, "各務原市"), (SHARE_SUM, 100.1, "飛騨市(一部未集計)")]


def test_the_rounding_note_states_each_named_row_s_shares_added_up() -> None:
    note = (
        "※割合（%）は小数第1位まで表示しています。…同じ件数は同じ割合としているため、合計が100.0に"
        "ならない行があります（政策番号 1 は 100.1%、政策番号 Ⅲ は 99.9%、合計 は 99.9% ほか 2 行）。"
    )
    said = [(n.what, n.value, n.row) for n in read_numbers(note, DEFAULT_SCALE)]
    # (the note as written before 「合計は」 lost its space, 「合計 は」, is read alike)
    assert [n.row for n in read_numbers(note.replace("合計 は", "合計は"), DEFAULT_SCALE)] == [
        "政策番号 1", "政策番号 III", "合計"
    ]  # fmt: skip
    assert said == [
        (SHARE_SUM, 100.1, "政策番号 1"), (SHARE_SUM, 99.9, "政策番号 III"),
        (SHARE_SUM, 99.9, "合計"),
    ]  # fmt: skip
    rows = rated_entries({"1": {"◎": 1, "○": 1, "△": 1, "×": 3}, "2": {"○": 2}})  # 100.1, 100
    checked = check(cells("…合計が100.0にならない行があります（政策番号 1 は 100.1%）。"), rows)
    assert checked.agrees and checked.compared == 1
    checked = check(cells("…合計が100.0にならない行があります（政策番号 2 は 100.1%）。"), rows)
    [wrong] = checked.disagreements
    assert (wrong.policy_id, wrong.stated, wrong.counted, wrong.percent) == (
        "2",
        100.1,
        100.0,
        True,
    )
    # (the last row named 「合計の行」 as notes now name it — 「合計は 99.9%」 was read by a clerk
    # as the plan's total, review 91 — compared with every row's shares: 1/3/1/3 of 8, 100.0)
    checked = check(cells("…合計が100.0にならない行があります（合計の行は 99.9%）。"), rows)
    [wrong] = checked.disagreements
    assert (wrong.stated, wrong.counted, checked.compared) == (99.9, 100.0, 1)
    # a row no rows are: planeval's note all the same, listed, no failure
    checked = check(cells("…合計が100.0にならない行があります（政策番号 9 は 100.1%）。"), rows)
    [aside] = checked.not_compared
    assert aside.settled and not checked.unsettled and not checked.disagreements
    assert aside.reason == "planeval の割合の注記ですが、「政策番号 9」の行がないため比べていません"
    # (a row numbered Ⅲ, read after NFKC as 「III」, named as the note wrote it)
    checked = check(cells("…合計が100.0にならない行があります（政策番号 Ⅲ は 100.1%）。"), rows)
    [aside] = checked.not_compared
    assert aside.scope == "政策番号 Ⅲ" and "「政策番号 Ⅲ」の行がない" in aside.reason


_HAMURA_PLAN = {  # 基本目標 → 施策 (numbered straight through the plan) → 事業's statuses
    "基本目標1\u3000未来を担う子どもが育つまち": {
        "施策1「子育て支援の充実」": ["計画どおり完了", "次年度以降計画を見直す"],
        "施策2「学校教育の充実」": ["計画どおり完了", "計画どおり完了"],
    },
    "基本目標2\u3000健康で安心して暮らせるまち": {
        "施策3「健康づくりの推進」": ["計画どおり完了", "次年度以降計画を見直す"] * 2,
    },
    "基本目標3\u3000安全で快適に暮らせるまち": {
        "施策4「防災・減災対策」": ["計画どおり完了"],
        "施策5「都市基盤整備」": ["次年度以降計画を見直す"] * 3,
    },
}


@pytest.mark.parametrize(
    "wording", ['[wording]\npolicy = "基本目標"\nproject = "施策"\n', ""], ids=["worded", "plain"]
)
def test_an_export_of_projects_numbered_through_the_plan_agrees_with_its_rows(
    wording: str, tmp_path: Path
):
    """Review 106 #2: under 羽村市's 「基本目標2 …」 (or 「政策2 …」, planeval's word) heading
    each table's caption 「施策 1・事業 4（内訳…）」 was compared with 施策2 — the project
    numbered 2, of 基本目標1 — and not compared at all: the .md and .html failed check."""
    rows: list[list[object]] = [["令和6年度　事務事業の進捗状況"], []]
    number = 0
    for policy, projects in _HAMURA_PLAN.items():
        rows.append([policy])
        for project, statuses in projects.items():
            rows += [[project], ["番号", "事業名", "担当課", "進捗状況"]]
            for status in statuses:
                number += 1
                rows.append([number, f"事業{number}", "企画課", status])
            rows.append([])
    write_book(tmp_path / "回答.xlsx", {"進捗状況": rows})
    (tmp_path / "planeval.toml").write_text(f'[scale]\npreset = "hamura"\n{wording}', "utf-8")
    inputs = [str(tmp_path / "回答.xlsx"), "--config", str(tmp_path / "planeval.toml")]
    texts = _pasted(tmp_path, inputs)
    statements, wrong, unsettled = _of_texts(_checked(inputs, texts), texts)
    assert (wrong, unsettled) == ([], [])
    of_md = [s for s in statements if s["source"]["file"] == str(texts[0])]
    captions = {  # (the whole plan's sentence aside: review 148 #7)
        (s["policy_id"], s["scope"]) for s in of_md if "projects" in s["stated"] and s["policy_id"]
    }
    word = "基本目標" if wording else "政策"
    assert captions == {(n, f"{word}{n}") for n in ("1", "2", "3")}


_SURVEY_SCALE = """[scale]
as_planned = "実施済"

[[scale.status]]
symbol = "実施済"
label = "実施済"

[[scale.status]]
symbol = "実施中"
label = "実施中"

[[scale.status]]
symbol = "未着手"
label = "未着手"

[[scale.status]]
symbol = "対象外"
label = "対象外"
counted = false

[wording]
policy = "分野"
item = "調査項目"
status = "取組状況"
"""
_SURVEY = {  # a national survey's form: 分野 → 調査項目, every body answering the same items
    "北海道": {"1\u3000行政手続のオンライン化": ["実施済", "対象外", "実施中"],
               "2\u3000人材の確保・育成": ["実施中", "実施中", "未着手"]},
    "岩橋市": {"1\u3000行政手続のオンライン化": ["実施済", "実施中", "実施中"],
               "2\u3000人材の確保・育成": ["対象外", "実施済", "実施済"]},
    "赤沢町": {"1\u3000行政手続のオンライン化": ["未着手", "実施済", "実施済"],
               "2\u3000人材の確保・育成": ["実施済", "未着手", "実施中"]},
}  # fmt: skip


def test_a_survey_of_several_bodies_exported_agrees_with_its_rows(tmp_path: Path):
    """Review 126 #1: a survey's own .md and .html failed its check with 2,219 disagreements
    (its .docx, whose tables have no caption, passed). The note 「※対象外は件数に含めません」
    (no 。) right above the first body's heading was taken for a heading, so that body's
    heading lost its 分野's: each table's caption 「調査項目 3・評価 2（内訳 …）」 was compared
    with the body's whole form. The workbook, read back with the same text, agrees too."""
    folder = tmp_path / "回答"
    folder.mkdir()
    for body, policies in _SURVEY.items():
        rows: list[list[object]] = [["団体名", body], [], ["分野", "番号", "調査項目", "取組状況"]]
        for policy, statuses in policies.items():
            number = policy[0]
            for n, status in enumerate(statuses, start=1):
                rows.append(
                    [policy if n == 1 else None, f"{number}-{n}", f"項目{number}{n}", status]
                )
        write_book(folder / f"{body}.xlsx", {"回答": rows})
    (tmp_path / "planeval.toml").write_text(_SURVEY_SCALE, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    inputs = [str(folder), "--bodies", "file", *config]
    texts = _pasted(tmp_path, inputs)
    # (a survey's export: each item counted over the bodies, no tables of each body's rows —
    # review 171 #6; its 分野's sentences, its tables and its issue list's lead all checked)
    markdown = texts[0].read_text("utf-8")
    assert "## 調査項目別集計" in markdown and "### 北海道" not in markdown
    statements, wrong, unsettled = _of_texts(_checked(inputs, texts), texts)
    assert (wrong, unsettled) == ([], [])
    for text in (texts[0], texts[1], texts[3]):
        mine = [s for s in statements if s["source"]["file"] == str(text)]
        assert {"分野1", "分野2"} <= {s["scope"] for s in mine}, text.name
    # (the workbook exported, read back, with the same text: its own sheets' counts too)
    assert run("export", *inputs, "--xlsx", str(tmp_path / "r.xlsx")).exit_code == 0
    back = run("check", str(tmp_path / "r.xlsx"), *config, "--text", str(texts[0]), "-f", "json")
    assert (back.exit_code, json.loads(back.stdout)["disagreements"]) == (0, [])
