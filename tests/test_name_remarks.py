"""An item's name typed with a remark on a line of its own (Alt+Enter, then 「（継続）」) is the
plan's and the other rounds' item, the remark said once in a notice naming its cells (review
91: 「…（継続） は計画にない取組です」 beside 「計画の取組 1-1ア … がどのファイルにもありません」,
and in rounds the one ID on two rows, 「未集計」 in rounds that counted it). A hidden example
sheet (記入例) is said as the example sheet it is, not as a sheet to show again to count."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.config import load_config
from planeval.model import Severity
from planeval.name_remarks import split_remark
from tests.conftest import write_book

TOML = """[scale]
preset = "aichi"

[wording]
title = "南海県ITプラン 進捗状況"
policy = "基本方針"
project = "施策"
item = "取組"
department = "所管課"
"""
HEADER = ["項目", "指標", "策定時", "前年度", "現状値", "目標値", "指標の評価", "所管課", "課題等"]
ITEMS = ["電子申請可能な手続の拡大", "キャッシュレス決済の導入", "オンライン相談の実施"]


def _form(path: Path, year: int, names: list[str], statuses: str, **options: object) -> Path:
    """A 課's form of 基本方針1 (1) in 南海県's indicator table, its items ア, イ, ウ."""
    rows: list[list[object]] = [
        [f"令和{year}年度 南海県ITプラン 進捗状況調査票"],
        ["所管課：デジタル改革課"],
        [],
        ["基本方針1　デジタル行政の推進"],
        HEADER,
        ["(1) 行政手続のオンライン化"],
    ]
    for kana, name, status in zip("アイウ", names, statuses, strict=True):
        issue = "" if status in "AB" else "伸びが目標に届いていない。"
        now = {"A": 80, "B": 70}.get(status, 45)  # (its rating's range of 78: 186 #2)
        rows.append([f"{kana} {name}", "手続数", 39, 42, now, 78, status, "デジタル改革課", issue])
    sheets: dict[str, list[list[object]]] = {"調査票": rows}
    sheets.update(options.pop("more", {}))  # type: ignore[call-overload]
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_book(path, sheets, **options)  # type: ignore[arg-type]


def _plan(path: Path) -> Path:
    rows: list[list[object]] = [
        ["南海県ITプラン 計画事業一覧"],
        [],
        ["基本方針", "事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "所管課"],
    ]
    rows += [
        [
            "1 デジタル行政の推進",
            "1-(1)",
            "行政手続のオンライン化",
            kana,
            name,
            "継続",
            "デジタル改革課",
        ]
        for kana, name in zip("アイウ", ITEMS, strict=True)
    ]
    return write_book(path, {"計画事業一覧": rows})


def _run(tmp_path: Path, *args: str):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    return CliRunner().invoke(app, [*args, *config], env={"COLUMNS": "120"})


REMARKED = [f"{ITEMS[0]}\n（継続）", ITEMS[1], f"{ITEMS[2]}\n（新規）"]


def test_a_remark_on_its_own_line_is_the_plan_s_item_said_once(tmp_path: Path) -> None:
    form = _form(tmp_path / "R7" / "デジタル改革課.xlsx", 7, REMARKED, "ACB")
    result = _run(tmp_path, "validate", str(form.parent), "--plan", str(_plan(tmp_path / "p.xlsx")))
    assert result.exit_code == 0, result.output
    assert "計画にない" not in result.output
    assert "どのファイルにもありません" not in result.output
    config = load_config(tmp_path / "planeval.toml")
    read = planeval.read_workbooks([form], scale=config.scale)
    assert [entry.item_name for entry in read.entries] == ITEMS
    said = [(p.severity, p.location.cell, p.message, p.hint) for p in read.problems]
    assert said == [
        (
            Severity.NOTICE,
            "A7",
            "この行の実施内容の名称「電子申請可能な手続の拡大」に改行して続く「（継続）」は補足と"
            "して読み、名称に含めていません（計画やほかの回とはこの名称で照らします）",
            "「（継続）」も名称の一部なら、改行せずに続けて書いてください",
        ),
        (
            Severity.NOTICE,
            "A9",
            "この行の実施内容の名称「オンライン相談の実施」に改行して続く「（新規）」は補足と"
            "して読み、名称に含めていません（計画やほかの回とはこの名称で照らします）",
            "「（新規）」も名称の一部なら、改行せずに続けて書いてください",
        ),
    ]


def test_one_remark_on_many_rows_is_one_notice_naming_them(tmp_path: Path) -> None:
    names = [f"{name}\n（継続）" for name in ITEMS]
    form = _form(tmp_path / "デジタル改革課.xlsx", 7, names, "ACB")
    read = planeval.read_workbooks([form], scale=load_config(_toml(tmp_path)).scale)
    (notice,) = read.problems
    assert notice.location.cell == "A7"  # (the name's cell, 項目: not 指標's, nor the rating's)
    assert notice.message.endswith("照らします）。A8・A9 の行も同じです")


def _toml(tmp_path: Path) -> Path:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return tmp_path / "planeval.toml"


def test_rounds_pairs_the_item_typed_with_a_remark_and_counts_it_every_round(
    tmp_path: Path,
) -> None:
    r5 = _form(tmp_path / "R5" / "デジタル改革課.xlsx", 5, REMARKED, "ACB").parent
    r6 = _form(tmp_path / "R6" / "デジタル改革課.xlsx", 6, ITEMS, "BCC").parent
    result = _run(tmp_path, "rounds", str(r5), str(r6), "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    rows = [(row["item_name"], row["statuses"]) for row in data["items"]]
    assert rows == [(ITEMS[0], ["A", "B"]), (ITEMS[1], ["C", "C"]), (ITEMS[2], ["B", "C"])]
    assert [counts["計"] for counts in data["policies"][0]["counts"]] == [3, 3]


def test_a_name_s_own_words_on_a_second_line_stay_its_name() -> None:
    assert split_remark("電子申請可能な手続の拡大\n（継続）") == (
        "電子申請可能な手続の拡大",
        "（継続）",
    )
    assert split_remark("手続の拡大\n(令和6年度新規)") == ("手続の拡大", "(令和6年度新規)")
    assert split_remark("手続の拡大\n（継続・拡充）") == ("手続の拡大", "（継続・拡充）")
    # (「一部 …」 as the changelog says: review 93's 「RPAの活用⏎（一部完了）」)
    assert split_remark("RPAの活用\n（一部完了）") == ("RPAの活用", "（一部完了）")
    assert split_remark("RPAの活用\n（一部実施）") == ("RPAの活用", "（一部実施）")
    assert split_remark("RPAの活用\n（一部）") == ("RPAの活用", "（一部）")
    # (words of the name itself, a repeat listing's reference, an abolished mark: joined)
    assert split_remark("GIGAスクールの推進\n（1人1台端末の活用）") == (
        "GIGAスクールの推進（1人1台端末の活用）",
        "",
    )
    assert split_remark("手続の拡大\n（1-1-1③再掲）") == ("手続の拡大（1-1-1③再掲）", "")
    assert split_remark("手続の拡大\n（廃止）") == ("手続の拡大（廃止）", "")
    assert split_remark("電子申請可能な\n手続の拡大") == ("電子申請可能な手続の拡大", "")


def test_a_character_outside_shift_jis_in_an_indicator_table_s_name_is_said_at_its_cell(
    tmp_path: Path,
) -> None:
    """The name 「ア …」 is in 項目 (A), beside its 指標 (B): a notice of the name points at A
    (review 93: the reader recorded 指標's column as the names')."""
    names = ["电子申請可能な手続の拡大", *ITEMS[1:]]
    form = _form(tmp_path / "R7" / "デジタル改革課.xlsx", 7, names, "ACB")
    result = _run(tmp_path, "validate", str(form.parent))
    assert result.exit_code == 0, result.output
    assert "デジタル改革課.xlsx › 調査票 › A7: " in result.output
    assert "Shift_JIS" in result.output
