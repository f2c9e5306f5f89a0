"""Review 93 (南海県's indicator tables, 1-(2)イ moved by the revised plan to 2-(2)ア):

- N7: the note under compare's and rounds' tables, 「前回の 1 行（(2)イ ペーパーレス会議の推進）は、
  計画と照らすと記入に不備のあった行…」, named the row (2)イ — an ID of an item under each policy,
  which --map refuses as naming several — while the table above it prints 1-(2)イ.
- N4: any --map dropped that note, even one renumbering nothing (3-(1)ア=3-(1)ア); only a row
  --map renumbers is the plan's revision, not an error of its round.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

SETTINGS = (
    '[scale]\npreset = "aichi"\n\n[wording]\npolicy = "基本方針"\nproject = "施策"\n'
    'item = "取組"\ndepartment = "所管課"\n'
)
POLICIES = {1: "デジタル行政の推進", 2: "ICT基盤の強化"}
GROUPS = {
    (1, 1): "行政手続のオンライン化",
    (1, 2): "業務の効率化",
    (2, 1): "防災情報の高度化",
    (2, 2): "会議・業務環境のデジタル化",
}
MOVED = "ペーパーレス会議の推進"
# (renamed as it moved: the same name would pair it as moved, its old row no error — review 155 #2)
RENAMED = "会議のペーパーレス化"
# (基本方針, its group — numbered anew under each 基本方針 —, indicator, name, rating) per round
ROUNDS = {
    6: [(1, 1, "ア", "電子申請可能な手続の拡大", "A"), (1, 1, "イ", "キャッシュレス決済の導入", "A"),
        (1, 2, "ア", "RPAの活用", "B"), (1, 2, "イ", MOVED, "C"), (2, 1, "ア", "防災アプリの普及", "C")],
    7: [(1, 1, "ア", "電子申請可能な手続の拡大", "A"), (1, 1, "イ", "キャッシュレス決済の導入", "C"),
        (1, 2, "ア", "RPAの活用", "B"), (2, 1, "ア", "防災アプリの普及", "B"), (2, 2, "ア", RENAMED, "B")],
}  # fmt: skip
NOTE = "の 1 行（1-(2)イ ペーパーレス会議の推進）は、計画と照らすと記入に不備のあった行"


def _form(path: Path, year: int) -> None:
    """情報政策課's 調査票 as 南海県's forms are: per 基本方針 a heading and the header, a row
    「(1) …」 over each group's indicators 「ア …」."""
    rows: list[list[object]] = [
        [f"令和{year}年度 南海県ITプラン 進捗状況調査票"],
        ["所管課：情報政策課"],
    ]
    for policy, name in POLICIES.items():
        rows += [[], [f"基本方針{policy}　{name}"]]
        rows.append(["項目", "指標", "現状値", "目標値", "指標の評価", "所管課", "課題等"])
        for group in sorted({g for p, g, *_ in ROUNDS[year] if p == policy}):
            rows.append([f"({group}) {GROUPS[policy, group]}"])
            rows += [
                [f"{kana} {item}", "指標", "10", "20", status, "情報政策課"]
                for p, g, kana, item, status in ROUNDS[year]
                if (p, g) == (policy, group)
            ]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_book(path, {"調査票": rows})


@pytest.fixture()
def prefecture(tmp_path: Path) -> Path:
    """令和6年度's and 令和7年度's forms, and the plan as revised for 令和7年度."""
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    for year in ROUNDS:
        _form(tmp_path / f"R{year}" / "情報政策課.xlsx", year)
    header = ["基本方針", "事業番号", "事業名", "実施内容番号", "実施内容名", "区分", "所管課"]
    plan = [
        [f"{p} {POLICIES[p]}", f"{p}-({g})", GROUPS[p, g], kana, item, "継続", "情報政策課"]
        for p, g, kana, item, _status in ROUNDS[7]
    ]
    write_book(
        tmp_path / "計画.xlsx",
        # (revised in 令和6年度 and titled so: the round's own year's plan, whose refusals are
        # that round's; of no year, its rows numbered otherwise show it revised since and it
        # refuses none: tests/test_dropped_renumbered.py)
        {"計画事業一覧": [["南海県ITプラン 計画事業一覧（令和6年度改定）"], [], header, *plan]},
    )
    return tmp_path


def _run(folder: Path, command: str, *args: str) -> tuple[int, str, str]:
    done = CliRunner().invoke(
        app,
        [command, str(folder / "R6"), str(folder / "R7"), "--plan", str(folder / "計画.xlsx"),
         "--config", str(folder / "planeval.toml"), "-f", "plain", *args],
        env={"COLUMNS": "400"},
    )  # fmt: skip
    return done.exit_code, done.stdout, done.stderr


@pytest.mark.parametrize("command", ["compare", "rounds"])
def test_the_note_names_the_row_by_the_id_its_table_prints(prefecture: Path, command: str) -> None:
    code, shown, _ = _run(prefecture, command)
    assert code == 0, shown
    assert "1-(2)イ" in shown.split("凡例")[0]  # (the table's ID)
    [note] = [line for line in shown.splitlines() if "計画と照らすと記入に不備のあった行" in line]
    assert NOTE in note, note


@pytest.mark.parametrize("command", ["compare", "rounds"])
@pytest.mark.parametrize("pair", ["1-(1)ア=1-(1)ア", "2-(1)ア=2-(1)ア"])
def test_a_map_that_renumbers_no_row_keeps_the_note(
    prefecture: Path, command: str, pair: str
) -> None:
    code, shown, said = _run(prefecture, command, "--map", pair)
    assert code == 0, said
    assert f"{MOVED}）は、計画と照らすと記入に不備のあった行" in shown, shown


@pytest.mark.parametrize("command", ["compare", "rounds"])
@pytest.mark.parametrize("pair", ["1-(2)イ=2-(2)ア", "1-(2)=2-(2)"])
def test_a_map_that_renumbers_the_row_leaves_it_out_of_the_note(
    prefecture: Path, command: str, pair: str
) -> None:
    code, shown, said = _run(prefecture, command, "--map", pair)
    assert code == 0, said
    assert "計画と照らすと記入に不備のあった行" not in shown, shown
    moved = [" ".join(line.split()) for line in shown.splitlines() if RENAMED in line]
    if command == "rounds" or "イ" not in pair:  # (a group's pair: its renamed row pairs none)
        return
    assert moved == [f"1-(2)イ → 2-(2)ア {RENAMED} C B 改善（番号変更）"]


@pytest.mark.parametrize("command", ["compare", "rounds"])
def test_a_pair_both_of_whose_numbers_keep_their_items_is_said_unused(
    prefecture: Path, command: str
) -> None:
    """「1-(1)イ=1-(1)ア」 where both rounds rate 1-(1)ア and 1-(1)イ under their own numbers and
    names: each item is compared with itself, and the pair is said to be unused and why — it
    was silent, the output that of no --map (review 93, N4)."""
    _, plain, _ = _run(prefecture, command)
    code, shown, said = _run(prefecture, command, "--map", "1-(1)イ=1-(1)ア")
    assert code == 0, said
    assert shown == plain  # (each item still compared with itself)
    earlier, later = ("前回", "今回") if command == "compare" else ("令和6年度", "令和7年度")
    [warning] = [line for line in said.splitlines() if "使っていません" in line]
    assert warning == (
        f"警告: --map: 1-(1)イ=1-(1)ア は使っていません（{earlier}の 1-(1)イ キャッシュレス決済の導入"
        f" は番号と名称が同じ{later}の 1-(1)イ と、{later}の 1-(1)ア 電子申請可能な手続の拡大 は"
        f"番号と名称が同じ{earlier}の 1-(1)ア と比べました）（番号も名称も前の回と同じものは、--map "
        "があってもその番号のまま比べます。番号が変わったものなら、表の ID で「前回の番号=今回の番号」"
        "を確かめてください）"
    )


def test_a_pair_whose_new_number_is_another_item_s_names_that_item(prefecture: Path) -> None:
    """1-(2)イ ペーパーレス会議の推進 mapped onto 1-(1)イ, which both rounds rate as キャッシュレス
    決済の導入: the pair is unused, the warning naming the item 1-(1)イ was compared with."""
    code, shown, said = _run(prefecture, "compare", "--map", "1-(2)イ=1-(1)イ")
    assert code == 0, said
    assert "1-(2)イ ペーパーレス会議の推進 C 削除" in [
        " ".join(line.split()) for line in shown.splitlines()
    ]
    assert (
        "警告: --map: 1-(2)イ=1-(1)イ は使っていません（今回の 1-(1)イ キャッシュレス決済の導入 は"
        "番号と名称が同じ前回の 1-(1)イ と比べました）"
    ) in said, said


@pytest.mark.parametrize("command", ["compare", "rounds"])
@pytest.mark.parametrize("pair", ["1-(2)イ=2-(2)ア", "1-(1)ア=1-(1)ア", "1-(2)=2-(2)"])
def test_a_pair_used_is_not_said(prefecture: Path, command: str, pair: str) -> None:
    code, _, said = _run(prefecture, command, "--map", pair)
    assert code == 0 and "使っていません" not in said, said
