"""A city's 行政改革大綱 as its 課 return it (review 79a): 改革の柱 | 取組項目 | 担当課 | 実施状況,
the 取組項目 numbered (1), (2) … anew under each 柱 and rated right under it — no level between.
`--by project` printed the 柱 table again under 「事業別」, the IDs read 1(1) where the body
writes 1-(1), and compare headed its columns 前回 | 今回 under a title naming both years."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book

TOML = """[scale]
preset = "progress"

[wording]
policy = "改革の柱"
item = "取組項目"
status = "実施状況"
issue = "課題・今後の方向性"
department = "担当課"
"""
HEADER = ["改革の柱", "取組項目", "担当課", "実施状況", "課題・今後の方向性"]
runner = CliRunner()


def _outline(path: Path, year: str, first: str, second: str) -> Path:
    rows: list[list[object]] = [
        [f"{year} 行政改革大綱 取組項目の進捗状況調査票"],
        ["担当課：総務課"],
        HEADER,
        ["1 持続可能な財政運営", "(1) 公共施設の適正配置", "財政課", first, "検討中。"],
        ["1 持続可能な財政運営", "(2) 使用料の見直し", "財政課", "完了", ""],
        ["2 効率的な行政運営", "(1) 事務事業評価の実施", "企画課", second, ""],
    ]
    return write_book(path, {"進捗状況": rows})


def _run(tmp_path: Path, *args: str):
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    return runner.invoke(app, [*args, "--config", str(tmp_path / "planeval.toml")],
                         env={"COLUMNS": "160"})  # fmt: skip


def test_by_project_is_refused_where_the_items_are_rated_right_under_the_policy(
    tmp_path: Path,
) -> None:
    book = str(_outline(tmp_path / "総務課.xlsx", "令和6年度", "取組中", "完了"))
    for fmt in ("rich", "csv", "json"):
        refused = _run(tmp_path, "summarize", book, "--by", "project", "-f", fmt)
        assert refused.exit_code == 2, refused.output
        assert refused.stdout == ""
        assert refused.stderr.split("\n")[0] == (
            f"エラー: {book}: --by project は改革の柱と取組項目の間の段ごとに数えますが、"
            "読み込んだ表にはその段がありません（表の段は 改革の柱 › 取組項目）。"
            "--by policy（改革の柱ごと）か --by item（取組項目ごと）を指定してください"
        )
    # (--by direction as before; --by policy and --by item count)
    refused = _run(tmp_path, "summarize", book, "--by", "direction")
    assert refused.exit_code == 2 and "--by policy（改革の柱ごと）を指定" in refused.stderr
    for by, title in (("policy", "改革の柱別の実施状況"), ("item", "取組項目別の実施状況")):
        counted = _run(tmp_path, "summarize", book, "--by", by)
        assert counted.exit_code == 0, counted.output
        assert counted.stdout.startswith(title)


def test_an_item_under_a_policy_is_shown_as_the_body_numbers_it(tmp_path: Path) -> None:
    """(1) under 柱 1 is 1-(1), as the body's 再掲 notes write it (「3-(4)再掲」): 1(1) read as
    eleven. In every list of items: summarize --by item, issues, compare."""
    old = str(_outline(tmp_path / "r5.xlsx", "令和5年度", "未着手", "完了"))
    new = str(_outline(tmp_path / "r6.xlsx", "令和6年度", "取組中", "完了"))
    items = _run(tmp_path, "summarize", new, "--by", "item", "-f", "csv", "--no-bom")
    assert [line.split(",")[0] for line in items.stdout.splitlines()] == [
        "番号", "1-(1)", "1-(2)", "2-(1)", "合計"
    ]  # fmt: skip
    issues = _run(tmp_path, "issues", new, "-f", "csv", "--no-bom")
    assert issues.stdout.splitlines()[1].split(",")[:2] == ["1-(1)", "公共施設の適正配置"]
    compared = _run(tmp_path, "compare", old, new, "-f", "csv")
    assert (
        compared.stdout.lstrip("\ufeff")
        .splitlines()[1]
        .startswith("1-(1),公共施設の適正配置,未着手,取組中")
    )


def test_joined_id_leads_a_bracketed_label_with_its_policy_and_a_dash() -> None:
    from planeval.ids import joined_id

    assert joined_id("1", "(1)", "1") == "1-(1)"
    assert joined_id("2", "(1)ア", "2") == "2-(1)ア"
    # (under a project of its own, as before: Setagaya's 1-1-1①, a 1-1 project's (1))
    assert joined_id("1-1", "(1)", "1", "1-1") == "1-1(1)"
    assert joined_id("1-1-1", "①", "1", "1-1") == "1-1-1①"
    assert joined_id("3", "10", "3") == "3-10"


def test_compare_heads_its_columns_with_the_rounds_years_where_both_are_known(
    tmp_path: Path,
) -> None:
    """The title said 「（令和5年度 → 令和6年度）」 over columns 前回 | 今回; where a round's year
    is not known they stay 前回 | 今回 (tests/test_cycle.py)."""
    old = str(_outline(tmp_path / "r5.xlsx", "令和5年度", "未着手", "完了"))
    new = str(_outline(tmp_path / "r6.xlsx", "令和6年度", "取組中", "完了"))
    compared = _run(tmp_path, "compare", old, new, "-f", "plain")
    assert compared.exit_code == 0, compared.output
    assert [line.split() for line in compared.stdout.splitlines()[:2]] == [
        ["実施状況の変化（令和5年度", "→", "令和6年度）"],
        ["番号", "取組項目", "令和5年度", "令和6年度", "変化"],
    ]
    csv = _run(tmp_path, "compare", old, new, "-f", "csv").stdout.lstrip("\ufeff")
    assert csv.splitlines()[0] == "番号,取組項目,令和5年度,令和6年度,変化"
