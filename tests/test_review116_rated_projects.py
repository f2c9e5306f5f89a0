"""A 集中改革プラン whose every 取組 is numbered in one cell 1.1.1 (review 116, 緑ヶ丘市): 番号 |
取組項目 | 取組内容 | 目標 | 取組状況 | 達成状況 | 担当課 under 「基本方針1 …」 and 「（1）…」 lines,
one row per 取組項目, its 取組内容 a sentence describing it that a 課 may reword any year. The
取組項目 is the item: compare pairs a renumbered one by its name (番号変更) and names each row
「2.1.4 市税徴収の適正化」, and validate pairs the rows with the plan by 番号 and 取組項目, a
reworded 取組内容 a notice."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

RUNNER = CliRunner()
TOML = """[scale]
preset = "reform_plan"

[wording]
policy = "基本方針"
direction = "推進項目"
project = "取組項目"
item = "取組内容"
status = "達成状況"
"""
# 基本方針 → its 推進項目 (1) → (number, 取組項目, 担当課)
ROWS = {
    ("1", "事務事業の再編・整理"): [
        ("1.1.1", "遊休地の集約化", "行政経営課"),
        ("1.1.2", "庁舎清掃の見直し", "総務課"),
    ],
    ("2", "健全な財政運営"): [
        ("2.1.1", "使用料の見直し", "財政課"),
        ("2.1.2", "住民票の電子化", "市民課"),
        ("2.1.3", "市税徴収の適正化", "税務課"),
    ],
}
TITLES = ("番号", "取組項目", "取組内容", "目標", "取組状況", "達成状況", "担当課")


def _described(name: str) -> str:
    return f"{name}について検討し、実施する。"


def _book(
    path: Path,
    ratings: dict[str, str],
    *,
    numbers: dict[str, str] | None = None,
    texts: dict[str, str] | None = None,
    names: dict[str, str] | None = None,
    year: str = "令和6年度",
) -> Path:
    """The compiled book of one year (titled ``year``), each 取組 rated ``ratings[name]``,
    numbered ``numbers`` where given (a 取組 moved), its 取組内容 worded ``texts`` and its 取組項目
    ``names``."""
    numbers, texts, names = numbers or {}, texts or {}, names or {}
    path.parent.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[object, ...]] = [(f"{year} 緑ヶ丘市集中改革プラン 取組状況一覧".strip(),), ()]
    for (policy, policy_name), items in ROWS.items():
        rows += [(f"基本方針{policy}\u3000{policy_name}",), ("（1）\u3000推進項目",), TITLES]
        found = [
            (numbers.get(name, number), name, department) for number, name, department in items
        ]
        for number, name, department in sorted(found):
            text = texts.get(name, _described(name))
            rows.append(
                (number, names.get(name, name), text, "令和8年度までに実施", "協議中",
                 ratings[name], department)
            )  # fmt: skip
    return write_book(path, {"取組状況": rows})


def _plan(path: Path, title: str = "緑ヶ丘市集中改革プラン 取組一覧") -> Path:
    rows: list[tuple[object, ...]] = [(title,), ()]
    for (policy, policy_name), items in ROWS.items():
        rows += [(f"基本方針{policy}\u3000{policy_name}",), ("（1）\u3000推進項目",)]
        rows.append(("番号", "取組項目", "取組内容", "担当課"))
        rows += [(n, name, _described(name), dep) for n, name, dep in items]
    return write_book(path, {"計画": rows})


ALL_UNDER_WAY = {name: "取組中" for items in ROWS.values() for _n, name, _d in items}


def _run(tmp_path: Path, *args: str) -> object:
    config = tmp_path / "planeval.toml"
    config.write_text(TOML, encoding="utf-8")
    return RUNNER.invoke(app, [*args, "--config", str(config)])


def test_compare_pairs_a_renumbered_project_rated_as_one_row_by_its_name(tmp_path: Path) -> None:
    """R5's 2.1.2 and 2.1.3 swapped in R6, their 取組項目 and 取組内容 the same: 追加 and 削除
    of each, 改善 1 lost (市税徴収 取組中 → 目標達成), and no 番号変更."""
    old = _book(tmp_path / "R5" / "r5.xlsx", ALL_UNDER_WAY).parent
    new = _book(
        tmp_path / "R6" / "r6.xlsx",
        {**ALL_UNDER_WAY, "市税徴収の適正化": "目標達成"},
        numbers={"住民票の電子化": "2.1.3", "市税徴収の適正化": "2.1.2"},
    ).parent
    said = _run(tmp_path, "compare", str(old), str(new), "-f", "csv")
    assert said.exit_code == 0, said.output
    lines = said.stdout.lstrip("\ufeff").splitlines()
    assert lines[0] == "取組項目,取組内容,前回,今回,変化"
    assert (
        "2.1.3 → 2.1.2 市税徴収の適正化,市税徴収の適正化について検討し、実施する。,取組中,"
        "目標達成,改善（番号変更）"
    ) in lines
    assert not any("追加" in line or "削除" in line for line in lines), lines


def test_rounds_names_each_row_by_its_project(tmp_path: Path) -> None:
    """rounds named the rows 「1.1.1 | 遊休地の集約化について検討し、実施する。」 under a title
    「取組内容別の達成状況」; the issue list already said 「1.1.1 遊休地の集約化」."""
    old = _book(tmp_path / "R5" / "r5.xlsx", ALL_UNDER_WAY).parent
    new = _book(tmp_path / "R6" / "r6.xlsx", {**ALL_UNDER_WAY, "遊休地の集約化": "目標達成"}).parent
    book = tmp_path / "回ごと.xlsx"
    said = _run(tmp_path, "rounds", str(old), str(new), "-f", "csv", "--xlsx", str(book))
    assert said.exit_code == 0, said.output
    lines = said.stdout.lstrip("\ufeff").splitlines()
    assert lines[0] == "取組項目,取組内容,R5,R6"
    assert load_workbook(book).sheetnames[0] == "取組項目別の達成状況"
    assert "1.1.1 遊休地の集約化,遊休地の集約化について検討し、実施する。,取組中,目標達成" in lines


def test_validate_pairs_rows_with_the_plan_by_number_and_project(tmp_path: Path) -> None:
    """A reworded 取組内容 was 「計画にない取組内容」 and 「計画の取組内容 … がどのファイルにも
    ありません」, its 課 未記入; swapped 取組項目 names passed in silence."""
    plan = _plan(tmp_path / "plan.xlsx")
    reworded = _book(
        tmp_path / "a" / "一覧.xlsx",
        ALL_UNDER_WAY,
        texts={"庁舎清掃の見直し": "清掃業務の委託範囲を見直し、経費を削減する。"},
    )
    said = _run(tmp_path, "validate", str(reworded), "--plan", str(plan))
    assert said.exit_code == 0, said.output
    assert "計画にない" not in said.output and "どのファイルにもありません" not in said.output
    assert "お知らせ: " in said.output
    assert "1.1.2 庁舎清掃の見直し の取組内容が計画の記述と違います" in said.output
    assert "未記入" not in said.stdout
    swapped = _book(
        tmp_path / "b" / "一覧.xlsx",
        ALL_UNDER_WAY,
        names={"住民票の電子化": "市税徴収の適正化", "市税徴収の適正化": "住民票の電子化"},
    )
    said = _run(tmp_path, "validate", str(swapped), "--plan", str(plan))
    assert said.exit_code == 1, said.output
    assert (
        "2.1.2 の取組項目名が計画と違います: 「市税徴収の適正化」（計画: 「住民票の電子化」"
    ) in said.output


def test_a_name_told_otherwise_is_said_at_the_cell_holding_it(tmp_path: Path) -> None:
    """The messages pointed at the row's 達成状況 cell (F12, 「取組中」), not at the 取組項目 (B12)
    or 取組内容 (C7) they are about (review 119 #6); the misnamed rows are still not counted."""
    plan = _plan(tmp_path / "plan.xlsx")
    book = _book(
        tmp_path / "a" / "一覧.xlsx",
        ALL_UNDER_WAY,
        texts={"庁舎清掃の見直し": "清掃業務の委託範囲を見直し、経費を削減する。"},
        names={"住民票の電子化": "市税徴収の適正化", "市税徴収の適正化": "住民票の電子化"},
    )
    said = _run(tmp_path, "validate", str(book), "--plan", str(plan))
    assert "一覧.xlsx › 取組状況 › C7: 1.1.2 庁舎清掃の見直し の取組内容が計画の" in said.output
    assert "一覧.xlsx › 取組状況 › B12: 2.1.2 の取組項目名が計画と違います" in said.output
    assert "一覧.xlsx › 取組状況 › B13: 2.1.3 の取組項目名が計画と違います" in said.output
    said = _run(tmp_path, "summarize", str(book), "--plan", str(plan), "--keep-going", "-f", "csv")
    assert said.exit_code == 1, said.output
    assert "合計,,0,3,0,3,0" in said.stdout.splitlines(), said.stdout  # (5 rows, 2 misnamed)


def test_compare_says_no_error_of_rows_it_paired_under_their_new_numbers(tmp_path: Path) -> None:
    """Last year's 2.1.2 and 2.1.3, numbered 2.1.3 and 2.1.2 in this year's plan: compare pairs
    them (番号変更), then said of those two rows 「計画と照らすと記入に不備のあった行（計画にない取組内容
    など）です」 (review 119 #5). A row it pairs under its new number is no such row."""
    plan = _plan(tmp_path / "plan.xlsx")
    moved = {"住民票の電子化": "2.1.3", "市税徴収の適正化": "2.1.2"}
    old = _book(tmp_path / "R5" / "r5.xlsx", ALL_UNDER_WAY, numbers=moved).parent
    new = _book(tmp_path / "R6" / "r6.xlsx", ALL_UNDER_WAY).parent
    config = tmp_path / "planeval.toml"
    config.write_text(f'{TOML}\n[plan]\nfile = "{plan.as_posix()}"\n', encoding="utf-8")
    said = RUNNER.invoke(app, ["compare", str(old), str(new), "--config", str(config)])
    assert said.exit_code == 0, said.output
    assert "番号変更" in said.stdout
    assert "記入に不備のあった行" not in said.output


def test_last_years_round_renumbered_by_this_years_plan_is_told_of_no_plan(tmp_path: Path) -> None:
    """Last year's round read with this year's plan, which renumbered two 取組: each row was told
    to take the plan's number, nothing naming --no-plan (review 119 #4) — now said once."""
    plan = _plan(tmp_path / "plan.xlsx")
    moved = {"住民票の電子化": "2.1.3", "市税徴収の適正化": "2.1.2"}
    old = _book(tmp_path / "R5" / "r5.xlsx", ALL_UNDER_WAY, numbers=moved)
    said = _run(tmp_path, "validate", str(old), "--plan", str(plan))
    assert said.exit_code == 1, said.output
    assert said.output.count("--no-plan") == 1, said.output
    assert "名称は計画と同じで番号だけが計画と違う行が 2 行あります" in said.output
    assert "前年度の回なら、番号は直さずに --no-plan で読んでください" in said.output
    new = _book(tmp_path / "R6" / "r6.xlsx", ALL_UNDER_WAY)
    said = _run(tmp_path, "validate", str(new), "--plan", str(plan))
    assert said.exit_code == 0 and "--no-plan" not in said.output, said.output


def test_one_row_renumbered_of_a_round_shown_earlier_than_the_plan_is_told_of_no_plan(
    tmp_path: Path,
) -> None:
    """Last year's round with a single row the plan renumbered was told only to renumber it
    (review 122 101-6, review 119 #4: two rows were asked for). One is enough where the round's
    title states a year before the plan's (令和5年度 under 令和6年度's plan), or its folder is
    named 前年度; this year's round with one number mistyped says nothing of --no-plan."""
    plan = _plan(tmp_path / "plan.xlsx", "令和6年度 緑ヶ丘市集中改革プラン 取組一覧")
    moved = {"市税徴収の適正化": "2.1.4"}
    old = _book(tmp_path / "R5" / "r5.xlsx", ALL_UNDER_WAY, numbers=moved, year="令和5年度")
    said = _run(tmp_path, "validate", str(old), "--plan", str(plan))
    assert said.exit_code == 1, said.output
    assert said.output.count("--no-plan") == 1, said.output
    assert "この回は令和5年度の回です" in said.output
    assert "名称は計画と同じで番号だけが計画と違う行が 1 行あります" in said.output
    named = _book(tmp_path / "前年度" / "一覧.xlsx", ALL_UNDER_WAY, numbers=moved, year="")
    said = _run(tmp_path, "validate", str(named), "--plan", str(_plan(tmp_path / "p.xlsx")))
    assert said.output.count("--no-plan") == 1, said.output
    assert "この回は前の回のようです（" in said.output and "のフォルダ名「前年度」" in said.output
    for current in ("令和6年度", "令和5年度"):  # (the plan's year, or a plan stating none)
        book = _book(tmp_path / current / "r.xlsx", ALL_UNDER_WAY, numbers=moved, year=current)
        unyeared = tmp_path / "p.xlsx"
        said = _run(
            tmp_path,
            "validate",
            str(book),
            "--plan",
            str(plan if current == "令和6年度" else unyeared),
        )
        assert said.exit_code == 1 and "--no-plan" not in said.output, said.output
