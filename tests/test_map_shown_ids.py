"""Review 91: a plan revision moved an indicator to another 基本方針 — 1-(2)イ ペーパーレス会議の推進
(基本方針1, group (2), indicator イ) is 2-(2)ア the next year — and `--map` could not name it:
`--map '1-(2)イ=2-(2)ア'`, the very IDs compare prints, and its group `1-(2)=2-(2)` (also
`1-2=2-2`, `1.2=2.2`) were usage errors, so the moved indicator was always 削除 + 追加. --map
now takes the IDs as compare and rounds print them (cycle/map_ids.py); an ID naming two items
is refused with both. And `--fiscal-year 令和6 令和7` (one option, two years) is told that
the option is repeated per round, not that there are too many folders."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.presets import PRESETS
from tests.conftest import write_book

SETTINGS = (
    '[scale]\npreset = "nagayo"\n\n[wording]\npolicy = "基本方針"\nproject = "施策"\n'
    'item = "取組"\nstatus = "指標の評価"\nissue = "評価の理由"\ndepartment = "所管課"\n'
)
HEADER = ["項目", "指標", "策定時", "現状値", "目標値", "指標の評価", "評価の理由", "所管課"]
MOVED = "ペーパーレス会議の推進"
MOVED_ROW = [f"1-(2)イ → 2-(2)ア {MOVED} C A 改善（番号変更）"]
# per 基本方針, its groups (numbered anew under each), each with its indicators and ratings
BEFORE = [
    ("デジタル行政", [("行政手続", [("電子申請の拡大", "A"), ("キャッシュレス決済", "B")]),
                      ("業務の効率化", [("RPAの活用", "B"), (MOVED, "C")])]),
    ("ICT基盤", [("セキュリティ", [("情報セキュリティ研修", "A")]),
                 ("働き方", [("テレワークの推進", "B")])]),
]  # fmt: skip
AFTER = [
    ("デジタル行政", [("行政手続", [("電子申請の拡大", "A"), ("キャッシュレス決済", "A")]),
                      ("業務の効率化", [("RPAの活用", "B")])]),
    ("ICT基盤", [("セキュリティ", [("情報セキュリティ研修", "B")]),
                 ("働き方", [(MOVED, "A"), ("テレワークの推進", "B")])]),
]  # fmt: skip


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _book(path: Path, year: int, policies: list, *, numeral: bool = False) -> str:
    """An indicator table as 愛知県-style bodies type it: per 基本方針 a heading (「基本方針1」,
    「基本方針Ⅰ」 with ``numeral``), the header, a merged group row 「(1) 行政手続」 over its
    indicators ア, イ, the groups numbered anew under each 基本方針."""
    rows: list[list[object]] = [[f"南海県ITプラン 進捗状況（令和{year}年度）"], []]
    merges = []
    for number, (name, groups) in enumerate(policies, start=1):
        rows += [[f"基本方針{'ⅠⅡ'[number - 1] if numeral else number}　{name}"], HEADER]
        for group, (title, indicators) in enumerate(groups, start=1):
            rows.append([f"({group}) {title}"])
            merges.append(f"A{len(rows)}:H{len(rows)}")
            for kana, (indicator, rating) in zip("アイウ", indicators, strict=False):
                rows.append([kana, indicator, "10", "40", "80", rating, "推移した。", "情報政策課"])
        rows.append([])
    return str(write_book(path, {"指標": rows}, merges={"指標": merges}))


def _rounds(tmp_path: Path, *, numeral: bool = False) -> list[str]:
    (tmp_path / "planeval.toml").write_text(SETTINGS, encoding="utf-8")
    for year in (6, 7):
        (tmp_path / f"R{year}").mkdir(exist_ok=True)
    return [
        _book(tmp_path / f"R{year}" / "指標.xlsx", year, policies, numeral=numeral)
        for year, policies in ((6, BEFORE), (7, AFTER))
    ]


def _config(tmp_path: Path) -> list[str]:
    return ["--config", str(tmp_path / "planeval.toml"), "-f", "plain"]


def _moved_rows(output: str) -> list[str]:
    return [" ".join(line.split()) for line in output.splitlines() if MOVED in line]


def test_compare_maps_an_indicator_by_the_id_it_prints(tmp_path: Path) -> None:
    paths = _rounds(tmp_path)
    unmapped = run("compare", *paths, *_config(tmp_path))
    # (its name one indicator's in each round: paired as moved without --map, review 155 #2)
    assert _moved_rows(unmapped.stdout) == MOVED_ROW
    mapped = run("compare", *paths, *_config(tmp_path), "--map", "1-(2)イ=2-(2)ア")
    assert mapped.exit_code == 0, mapped.output
    assert _moved_rows(mapped.stdout) == MOVED_ROW
    assert "使っていません" not in mapped.stderr
    # (the same IDs typed without brackets or full width, and from a --map-file)
    (tmp_path / "map.csv").write_text("# 旧,新\n１－２イ,2-2ア\n", encoding="utf-8")
    for args in (["--map", "1-2イ=2-2ア"], ["--map-file", str(tmp_path / "map.csv")]):
        again = run("compare", *paths, *_config(tmp_path), *args)
        assert _moved_rows(again.stdout) == _moved_rows(mapped.stdout), again.output


def test_compare_maps_a_group_of_such_a_plan_as_printed_or_by_its_numbers(
    tmp_path: Path,
) -> None:
    paths = _rounds(tmp_path)
    for pair in ("1-(2)=2-(2)", "1-2=2-2", "1.2=2.2"):
        mapped = run("compare", *paths, *_config(tmp_path), "--map", pair)
        assert mapped.exit_code == 0, (pair, mapped.output)
        assert _moved_rows(mapped.stdout) == MOVED_ROW


def test_the_library_resolves_the_printed_ids_and_rounds_follow_the_move(tmp_path: Path) -> None:
    scale = PRESETS["nagayo"]
    old, new = (planeval.read_workbooks([path], scale=scale) for path in _rounds(tmp_path))
    comparison = planeval.compare(old, new, scale=scale, mapping={"1-(2)イ": "2-(2)ア"})
    (moved,) = [m for m in comparison.movements if m.entry.item_name == MOVED]
    assert (moved.old and moved.old.status, moved.new and moved.new.status) == ("C", "A")
    rounds = planeval.rounds(
        [old, new], labels=["R6", "R7"], scale=scale, mapping={"1-(2)イ": "2-(2)ア"}
    )
    moved_rows = [r for r in rounds.rows if r.entry.item_name == MOVED]
    assert [(r.statuses, r.former) for r in moved_rows] == [(("C", "A"), ("1-(2)イ",))]
    cli = run("rounds", *_rounds(tmp_path), *_config(tmp_path), "--map", "1-(2)イ=2-(2)ア")
    assert cli.exit_code == 0 and len(_moved_rows(cli.stdout)) == 1, cli.output


def test_a_policy_typed_in_roman_numerals_is_mapped_as_printed(tmp_path: Path) -> None:
    paths = _rounds(tmp_path, numeral=True)
    unmapped = run("compare", *paths, *_config(tmp_path))
    assert _moved_rows(unmapped.stdout)[0].startswith("Ⅰ-(2)イ ")
    for pair in ("Ⅰ-(2)イ=Ⅱ-(2)ア", "1-(2)イ=2-(2)ア"):
        mapped = run("compare", *paths, *_config(tmp_path), "--map", pair)
        assert _moved_rows(mapped.stdout) == [f"Ⅰ-(2)イ → Ⅱ-(2)ア {MOVED} C A 改善（番号変更）"]


def test_an_id_naming_two_items_is_refused_with_both(tmp_path: Path) -> None:
    result = run("compare", *_rounds(tmp_path), *_config(tmp_path), "--map", "(1)ア=(2)ア")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "エラー: --map の (1)ア は前回の評価の 2 つ（1-(1)ア、2-(1)ア）に当たります。どれか一つを "
        "compare・rounds の表の ID のまま（1-(1)ア など）指定してください"
    )
    mixed = run("compare", *_rounds(tmp_path), *_config(tmp_path), "--map", "1-(2)イ=2-(2)")
    assert mixed.exit_code == 2 and "1-(2)イ は一つの行の番号、2-(2) は事業" in mixed.stderr


def test_a_name_is_no_id_and_the_usage_error_shows_such_an_id(tmp_path: Path) -> None:
    result = run("compare", *_rounds(tmp_path), *_config(tmp_path), "--map", f"{MOVED}=2-(2)ア")
    assert result.exit_code == 2
    assert "1-(2)イ=3-(3)ア" in result.stderr and f"'{MOVED}=2-(2)ア'" in result.stderr


def test_check_previous_maps_the_indicator_unsaid(tmp_path: Path) -> None:
    last, now = _rounds(tmp_path)
    text = tmp_path / "報告書.md"
    text.write_text("前年度はAが1件でした。\n", encoding="utf-8")
    args = ["check", now, "--text", str(text), "--previous", last, *_config(tmp_path)]
    result = run(*args, "--map", "1-(2)イ=2-(2)ア")
    assert result.exit_code != 2, result.output
    assert "--map" not in result.stderr  # (no 「使っていません」: it paired the item)
    unused = run(*args, "--map", "1-(2)イ=2-(9)ア")
    assert "警告: --map: 1-(2)イ=2-(9)ア は使っていません（今回の評価に 2-(9)ア がありません）" in (
        unused.stderr
    )


def test_fiscal_year_given_two_values_is_told_to_repeat_the_option(tmp_path: Path) -> None:
    paths = _rounds(tmp_path)
    compared = run("compare", *paths, "--fiscal-year", "令和6", "令和7")
    assert compared.exit_code == 2
    assert compared.stderr.splitlines()[-1] == (
        "エラー: 余分な引数があります（令和7）。--fiscal-year は回ごとに繰り返して指定します"
        "（--fiscal-year 令和6 --fiscal-year 令和7）"
    )
    rounds = run("rounds", *paths, "--fiscal-year", "R6", "R7")
    assert rounds.exit_code == 2
    assert rounds.stderr.splitlines()[-1] == (
        "エラー: R7 はファイルやフォルダではなく年度として読めます。--fiscal-year は回ごとに"
        "繰り返して指定します（--fiscal-year R6 --fiscal-year R7）"
    )
    folder = run("compare", *paths, "extra")  # (not a year: the folders' advice, as before)
    assert "--bodies folder" in folder.stderr and "--fiscal-year" not in folder.stderr


def test_an_item_marked_after_its_number_in_one_cell_is_mapped_alone(tmp_path: Path) -> None:
    """「(1)ア 窓口の案内」 and 「(1)イ 受付の拡大」: one number, two items — mapping 1-1-1(1)イ
    moves 受付の拡大 only (its number ① alone named both)."""
    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    rounds = {
        "前回": [["1-1-1 電子申請", "(1)ア 窓口の案内", "○", ""], ["", "(1)イ 受付の拡大", "△", ""]],
        "今回": [["1-1-1 電子申請", "(1)ア 窓口の案内", "○", ""], ["1-1-2 受付", "(1)ア 受付の拡大", "◎", ""]],
    }  # fmt: skip
    paths = [
        str(write_book(tmp_path / f"{name}.xlsx", {"第3章": [header, *rows]}))
        for name, rows in rounds.items()
    ]
    result = run("compare", *paths, "--map", "1-1-1(1)イ=1-1-2(1)ア", "--all", "-f", "plain")
    assert result.exit_code == 0, result.output
    rows = [" ".join(line.split()) for line in result.stdout.splitlines()[2:4]]
    assert rows == [
        "1-1-1(1)ア 窓口の案内 ○ ○ 変化なし",
        "1-1-1(1)イ → 1-1-2(1)ア 受付の拡大 △ ◎ 改善（番号変更）",
    ]
