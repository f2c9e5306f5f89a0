"""Review 144's check findings (川辺市's 第5次行政改革大綱 実施計画, revised in 令和8年度: a plan whose
区分 ends one item, 廃止, in 柱Ⅱ).

- A table pasted from Excel, its 柱Ⅱ row 「Ⅱ 1 4 13 19」 (the cells add up to 18, as the rows
  count), was accepted as 集計 18 件＋計画で廃止 1 件: the item the plan ends excused a row total
  that disagrees with its own cells (#1).
- 「1項目廃止」「廃止1項目」 was 「何の件数か読み取れません」 (exit 1 on a correct report), though
  the same sentence's 52 was matched as 51＋廃止 1 (#3).
- With --previous, 「完了の割合は75.0%で、前年度（29項目）から7項目増えました」 was still 「前年度の
  数なので比べません」: the status the sentence names is 完了 (#7).
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

HEADER = ("改革の柱", "推進項目", "取組項目", "実施状況", "担当課")
PILLARS = {"1": "Ⅰ　市民サービスの向上", "2": "Ⅱ　効率的な行政運営"}
# (id, name, 担当課, this year's 実施状況, last year's, the plan's 区分)
ITEMS = [
    ("1-1-(1)", "証明書のコンビニ交付", "市民課", "完了", "完了", "継続"),
    ("1-1-(2)", "書かない窓口の導入", "市民課", "完了", "取組中", "継続"),
    ("1-1-(3)", "電子申請の拡大", "市民課", "取組中", "取組中", "継続"),
    ("2-1-(1)", "組織機構の見直し", "総務課", "完了", "取組中", "継続"),
    ("2-1-(2)", "職員研修の充実", "総務課", "取組中", "未着手", "継続"),
    ("2-1-(3)", "定員管理の適正化", "総務課", "未着手", "未着手", "継続"),
    ("2-1-(4)", "公用車の適正管理", "総務課", "", "取組中", "廃止"),
]
ENDED = sum(kind == "廃止" for *_, kind in ITEMS)
CONFIG = """
[scale]
preset = "progress"

[layout]
status_column = "実施状況"

[layout.titles]
level = ["推進項目"]

[wording]
policy = "改革の柱"
project = "推進項目"
item = "取組項目"
"""


def _plan(folder: Path) -> Path:
    rows: list[tuple[object, ...]] = [
        ("行政改革大綱 実施計画 取組項目一覧",),
        (),
        (*HEADER[:3], "区分", "担当課"),
    ]
    rows += [
        (PILLARS[no[0]], f"{no[:3]}　推進項目{no[:3]}", f"{no}　{name}", kind, dept)
        for no, name, dept, _, _, kind in ITEMS
    ]
    return write_book(folder / "計画.xlsx", {"取組項目一覧": rows})


def _forms(folder: Path, *, last_year: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for department in ("市民課", "総務課"):
        rows: list[tuple[object, ...]] = [("取組項目の進捗状況",), (), HEADER]
        rows += [
            (
                PILLARS[no[0]],
                f"{no[:3]}　推進項目{no[:3]}",
                f"{no}　{name}",
                before if last_year else now,
                dept,
            )
            for no, name, dept, now, before, kind in ITEMS
            if dept == department and (last_year or kind != "廃止")
        ]
        write_book(folder / f"{department}.xlsx", {"進捗状況": rows})
    return folder


def _counts(status: str, pillar: str = "", *, last_year: bool = False) -> int:
    return sum(
        (before if last_year else now) == status
        for no, _, _, now, before, kind in ITEMS
        if no.startswith(pillar) and (last_year or kind != "廃止")
    )


def _check(tmp_path: Path, text: str, *more: str) -> tuple[int, str]:
    (tmp_path / "planeval.toml").write_text(CONFIG, encoding="utf-8")
    plan, forms = _plan(tmp_path), _forms(tmp_path / "回答R8")
    draft = tmp_path / "報告書.txt"
    draft.write_text(f"行政改革大綱 実施計画 令和8年度\n\n{text}\n", encoding="utf-8")
    said = CliRunner().invoke(
        app,
        ["check", str(forms), "--config", str(tmp_path / "planeval.toml"), "--plan", str(plan),
         "--text", str(draft), "-qq", *more],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    return said.exit_code, said.output


def _table(pillar_two_total: int) -> str:
    lines = ["柱\t未着手\t取組中\t完了\t計"]
    for pillar, shown in (("1", "Ⅰ"), ("2", "Ⅱ")):
        cells = [_counts(status, pillar) for status in ("未着手", "取組中", "完了")]
        total = pillar_two_total if pillar == "2" else sum(cells)
        lines.append("\t".join([shown, *map(str, cells), str(total)]))
    cells = [_counts(status) for status in ("未着手", "取組中", "完了")]
    lines.append("\t".join(["計", *map(str, cells), str(sum(cells))]))
    return "　改革の柱ごとの実施状況は次のとおりです。\n\n" + "\n".join(lines)


def test_a_pasted_row_s_total_is_not_excused_by_the_item_the_plan_ends(tmp_path: Path) -> None:
    counted = sum(_counts(status, "2") for status in ("未着手", "取組中", "完了"))
    code, said = _check(tmp_path, _table(counted))
    assert code == 0, said
    # the clerk's 計 still counting the 廃止 item: its own cells say otherwise (#1)
    code, said = _check(tmp_path, _table(counted + ENDED))
    assert code == 1, said
    assert "記載と集計の食い違い" in said and f"│ {counted + ENDED}" in said, said
    assert "計画で廃止" not in said, said


def test_a_pillar_s_paragraph_broken_down_holds_no_ended_item_unless_it_says_so(
    tmp_path: Path,
) -> None:
    a, b, c = (_counts(status, "2") for status in ("未着手", "取組中", "完了"))
    said_of = f"未着手が{a}項目、取組中が{b}項目、完了が{c}項目です。"
    code, said = _check(tmp_path, f"　改革の柱Ⅱの取組項目は{a + b + c + ENDED}項目で、{said_of}")
    assert code == 1 and f"│ {a + b + c + ENDED}" in said and "計画で廃止" not in said, said
    # a paragraph naming the item the plan ends: the plan's count of the 柱, as before
    named = f"{a + b + c + ENDED}項目（{ENDED}項目廃止のため実質{a + b + c}項目）で、{said_of}"
    code, said = _check(tmp_path, f"　改革の柱Ⅱの取組項目は{named}")
    assert f"集計 {a + b + c} 件＋計画で廃止 {ENDED} 件" in said, said


def test_a_count_of_the_items_the_plan_ends_in_its_word_is_compared(tmp_path: Path) -> None:
    rows = len(ITEMS)
    counted = rows - ENDED
    for said_of in (f"{ENDED}項目廃止", f"廃止{ENDED}項目"):
        text = f"　取組項目は全{rows}項目（{said_of}のため実質{counted}項目）です。"
        code, said = _check(tmp_path, text)
        assert code == 0, said
        assert "何の件数か読み取れません" not in said and "比べられなかった" not in said, said
    # a wrong number of them is caught, named as the plan's ended items
    text = f"　取組項目は全{rows}項目（廃止{ENDED + 1}項目のため実質{counted}項目）です。"
    code, said = _check(tmp_path, text)
    assert code == 1 and f"│ {ENDED + 1}" in said and "計画の区分で終えた取組項目の数" in said, said
    # 完了 is a status of this scale: 「完了1項目」 is its count, not the plan's ended items
    done = _counts("完了")
    code, said = _check(tmp_path, f"　取組項目は実質{counted}項目で、完了{done + 1}項目です。")
    assert code == 1 and "│ 完了" in said, said


def test_with_last_year_s_rows_a_change_after_a_status_s_share_is_that_status_s(
    tmp_path: Path,
) -> None:
    _forms(tmp_path / "回答R7", last_year=True)
    previous = ("--previous", str(tmp_path / "回答R7"))
    now, before = _counts("完了"), _counts("完了", last_year=True)
    share = f"{100 * now / (len(ITEMS) - ENDED):.1f}%"
    text = f"　完了の割合は{share}で、前年度（{before}項目）から{now - before}項目増えました。"
    code, said = _check(tmp_path, text, *previous)
    assert code == 0 and "比べられなかった" not in said, said
    text = (
        f"　完了の割合は{share}で、前年度（{before + 1}項目）から{now - before - 1}項目増えました。"
    )
    code, said = _check(tmp_path, text, *previous)
    assert code == 1 and "完了（前年度）" in said and "完了の増減" in said, said
    # the total's change, said with the total, is compared with last year's total (#7)
    total, last = len(ITEMS) - ENDED, len(ITEMS)
    text = (
        f"　取組項目は{total}項目で、前年度（{last + 1}項目）から{last + 1 - total}項目減りました。"
    )
    code, said = _check(tmp_path, text, *previous)
    assert code == 1 and f"│ {last + 1}" in said and f"│ {last}" in said, said
    # naming nothing: not compared, saying why — not that last year's numbers never are
    code, said = _check(
        tmp_path, f"　前年度（{before}項目）から{now - before}項目増えました。", *previous
    )
    assert "どの区分の数か（合計か）が書かれていない" in said, said
    assert "今回の行とは比べません" not in said and "--previous で渡すと" not in said, said
