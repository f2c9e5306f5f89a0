"""planeval's own export checked against the round it was made of (review 31, finding 5): the
count sentence reads 「3件の事業に取り組みました」 with [wording] counter 件 — read as the
projects, as 「3つの事業」 is, for any counter word —, and the sentences saying a department
returned nothing (「教育委員会事務局の取組 2 件は…（未提出）」, 「その取組2件は集計に含めていま
せん」) are compared with the plan's items that department leads, never listed as unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.stated_number import NOT_COUNTED, PROJECTS
from tests.designated_city import PLAN, city, returned, run

EDUCATION = "教育委員会事務局"


def _projects(without: tuple[str, ...] = ()) -> dict[str, int]:
    """Each policy's projects the round holds rows of, from the plan's rows."""
    held = {project for project, *_rest, bureau in PLAN if bureau not in without}
    return {policy: sum(p.startswith(f"{policy}-") for p in held) for policy in ("1", "2")}


def _unreturned(policy: str = "") -> int:
    """How many of the plan's items (再掲 aside) 教育委員会事務局 leads (of ``policy``)."""
    return sum(
        bureau == EDUCATION and project.startswith(policy) and "再掲" not in item
        for project, _name, _number, item, bureau in PLAN
    )


def _export(home: Path, folder: Path, *more: str, code: int = 0) -> tuple[Path, Path]:
    md, html = home / "out" / "r6.md", home / "out" / "r6.html"
    run(home, "export", str(folder), "--md", str(md), "--html", str(html), *more, code=code)
    return md, html


@pytest.mark.parametrize("counter", ["件", "つ", "個", "項目", "事業", "取組"])
def test_the_export_passes_check_for_any_counter_word(tmp_path: Path, counter: str) -> None:
    home = city(tmp_path, counter)
    folder = returned(home)
    md, html = _export(home, folder)
    said = run(home, "check", str(folder), "--text", str(md), "--text", str(html))
    assert (
        said
        # (each text's policies and the whole plan's sentence, 計画全体では… — review 148 #7 —,
        # its whole total, 全N件で、再掲のM件を除く…, said in it: review 172 #7)
        == "6 段落、表の 6 行、表の説明 8 件と一覧の説明 2 件の記載件数はすべて集計と一致しています\n"
    )
    config = planeval.load_config(home / "planeval.toml")
    result = planeval.read_workbooks([folder], scale=config.scale, wording=config.wording)
    checked = planeval.check(
        result,
        scale=config.scale,
        texts=[md],
        level=config.wording.policy,
        project=config.wording.project,
        item=config.wording.item,
        counter=config.wording.counter,
    )
    projects = {  # (the count sentences': a direction's caption counts its own)
        s.policy_id: n.value
        for s in checked.statements
        for n in s.numbers
        if n.what == PROJECTS and not s.caption
    }
    whole = {None: sum(_projects().values())}  # (計画全体では、…: review 148 #7)
    assert projects == {**whole, **_projects()}
    assert not checked.disagreements and not checked.not_compared


def test_a_wrong_project_count_in_the_export_is_a_disagreement(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home)
    md, _html = _export(home, folder)
    first = _projects()["1"]
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace(f"{first}件の事業", f"{first + 1}件の事業", 1), encoding="utf-8")
    said = run(home, "check", str(folder), "--text", str(md), "-f", "csv", code=1)
    assert f"基本目標1,事業の数,{first + 1},{first},{md} › " in said


def test_the_not_returned_sentences_are_compared_with_the_plan(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home, without=(EDUCATION,))
    md, html = _export(home, folder)
    text = md.read_text(encoding="utf-8")
    assert f"{EDUCATION}の取組 {_unreturned()} 件は、回答が提出されていないため" in text
    assert f"その取組{_unreturned('2-')}件は集計に含めていません" in text
    said = run(home, "check", str(folder), "--text", str(md), "--text", str(html))
    # (the captions of the tables listing its items 未提出 too: review 45 found them passed over)
    assert said.startswith(
        "12 段落、表の 6 行、表の説明 8 件と一覧の説明 2 件の記載件数はすべて集計と一致しています"
    )
    # (the whole count is the plan's, 「全9件で、…を除く8件のうち、回答のあった6件」: review 163 #4)
    # (its 再掲 row named apart from 集計, as 「…を除く8件」 is not: one split — review 210)
    assert "「取組は全9件で」（集計 6 件＋再掲（-） 1 件＋未提出 2 件）" in said
    assert (
        "集計した件数に再掲（-）の件数と未提出の件数を加えた計画の件数として一致とみました" in said
    )
    config = planeval.load_config(home / "planeval.toml")
    plan = planeval.read_plan(home / "計画.xlsx")
    result = planeval.read_workbooks(
        [folder], scale=config.scale, wording=config.wording, plan=plan
    )
    checked = planeval.check(
        result,
        scale=config.scale,
        texts=[md],
        level=config.wording.policy,
        project=config.wording.project,
        item=config.wording.item,
        counter=config.wording.counter,
    )
    not_counted = [  # (the paragraphs'; a caption's 「ほかに未提出 2」 is its table's)
        (s.scope, n.value)
        for s in checked.statements
        for n in s.numbers
        if n.what == NOT_COUNTED and not s.caption
    ]
    assert not_counted == [("計画全体", _unreturned()), ("基本目標2", _unreturned("2-"))]
    assert not checked.not_compared and not checked.disagreements


def test_a_wrong_number_of_a_department_not_returned_is_said(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home, without=(EDUCATION,))
    md, _html = _export(home, folder)
    items = _unreturned()
    text = md.read_text(encoding="utf-8")
    text = text.replace(f"の取組 {items} 件は", f"の取組 {items + 1} 件は")
    md.write_text(text, "utf-8")
    line = next(n for n, said in enumerate(text.splitlines(), 1) if f"{items + 1} 件は" in said)
    said = run(home, "check", str(folder), "--text", str(md), "-f", "csv", code=1)
    assert said.lstrip("\ufeff").splitlines()[:2] == [  # (a disagreement: review 45)
        "範囲,項目,記載,集計,記載の場所",
        f"計画全体,集計していない行の数,{items + 1},{items},{md} › {line}行目",
    ]


def test_with_errors_too_the_not_returned_sentences_are_compared(tmp_path: Path) -> None:
    """A blank status left out too (--keep-going): the sentences of the department that
    returned nothing are still the plan's items, not 「何行かが分からない」."""
    home = city(tmp_path)
    folder = returned(home, without=(EDUCATION,), blank=("書かない窓口の導入",))
    md, _html = _export(home, folder, "--keep-going", code=1)
    text = md.read_text(encoding="utf-8")
    assert "記入に不備のあった 1 か所の行は集計に含めていません" in text
    said = run(home, "check", str(folder), "--text", str(md), "--keep-going", code=1)
    assert "何行かが分からない" not in said and "比べられなかった数" not in said
    assert "の記載件数はすべて集計と一致しています" in said and "食い違い" not in said
    # (the whole count 「全7件」 names the item left out for its error too: review 151 #2)
    assert said.endswith("集計した件数に数えなかった行を加えた件数として一致とみました\n")


def test_a_policy_s_wrong_number_not_counted_is_a_disagreement(tmp_path: Path) -> None:
    """Review 45: a policy's 「その取組5件は集計に含めていません」 where the plan's items of the
    department that returned nothing are 4 was listed as not compared and failed nothing; and
    a caption's 「未提出 N件」 changed was passed over."""
    home = city(tmp_path)
    folder = returned(home, without=(EDUCATION,))
    md, _html = _export(home, folder)
    items = _unreturned("2-")
    text = md.read_text(encoding="utf-8")
    wrong = text.replace(
        f"その取組{items}件は集計に含めていません", f"その取組{items + 1}件は集計に含めていません"
    )
    assert wrong != text
    md.write_text(wrong, "utf-8")
    said = run(home, "check", str(folder), "--text", str(md), "-f", "csv", code=1)
    assert f"基本目標2,集計していない行の数,{items + 1},{items}," in said
    caption = next(line for line in text.splitlines() if f"／未提出 {items}件" in line)
    md.write_text(
        text.replace(caption, caption.replace(f"未提出 {items}件", f"未提出 {items + 3}件")),
        "utf-8",
    )
    said = run(home, "check", str(folder), "--text", str(md), "-f", "csv", code=1)
    assert f",集計していない行の数,{items + 3},{items}," in said
