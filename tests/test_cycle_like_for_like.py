"""compare and rounds count a pair of rounds alike (review 22): an item one round could not
count — a status that is no symbol of the scale, a co-owned item its two departments rated
apart with no plan to name its lead — was left out of both of compare's counts, and out of
that round's only in rounds, whose other round then counted it: 655 → 658 in rounds against
compare's 657. Both now leave such an item out of every round they compare (one function,
uncounted.like_for_like), and say how many and why under the counts."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_department_forms import TOML, form

# (中央市's departments and their items; 福祉部 co-owns 1-2-1 with 企画部, the plan not given)
SOUMU = [("1-1-1", "(1) 対象手続の拡大"), ("1-1-1", "(2) 申請状況の可視化")]
KIKAKU = [
    ("1-2-1", "(1) スマホ教室の開催"),
    ("1-2-1", "(2) デジタル支援員の配置"),
    ("2-1-1", "(1) 標準準拠システムへの移行"),
    ("2-1-1", "(2) ガバメントクラウドの利用検討"),
]
FUKUSHI = KIKAKU[:2]


def _round(root: Path, year: int, statuses: dict[str, list[str]]) -> Path:
    """A year's forms, each department's statuses in its items' order."""
    folder = root / f"R{year}"
    for department, section, items in (
        ("総務部", "総務課", SOUMU),
        ("企画部", "企画課", KIKAKU),
        ("福祉部", "福祉課", FUKUSHI),
    ):
        rows = [
            (project, item, status, "", section)
            for (project, item), status in zip(items, statuses[department], strict=True)
        ]
        form(folder / f"DX評価_{department}.xlsx", department, rows, year=year)
    return folder


AGREED = {"総務部": ["B", "A"], "企画部": ["B", "D", "B", "C"], "福祉部": ["B", "D"]}
# 令和6年度: 総務部 typed 「8」 for B, 福祉部 rated スマホ教室 A where 企画部 rated it B
IN_ERROR = {"総務部": ["A", "8"], "企画部": ["B", "D", "B", "B"], "福祉部": ["A", "D"]}


def _run(*args: str, columns: int = 80):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})


def _json(*args: str, code: int = 1) -> dict:
    result = _run(*args, "--keep-going", "-f", "json")
    # (the last round's errors, counted past; an earlier round's said once: review 180 #6)
    assert result.exit_code == code, result.output
    data: dict = json.loads(result.stdout)
    return data


def _compared(data: dict, side: str) -> list[int]:
    """compare's counts of one round (old, new): per counted status, then 計."""
    total = data[side]["total"]
    return [*total["counts"].values(), total["total"]]


def _rounded(data: dict, index: int) -> list[int]:
    """rounds' 合計 of one round: per counted status, then 計."""
    return list(data["policies"][-1]["counts"][index].values())


def test_rounds_of_a_pair_count_what_compare_of_that_pair_counts(tmp_path: Path) -> None:
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    r5, r6 = _round(tmp_path, 5, AGREED), _round(tmp_path, 6, IN_ERROR)
    compared = _json("compare", str(r5), str(r6), *config)
    rounds = _json("rounds", str(r5), str(r6), *config)
    # the two items 令和6年度 could not count, by compare and by rounds
    uncounted = [m["old"]["item_name"] for m in compared["movements"] if m["uncounted_in"]]
    assert uncounted == ["申請状況の可視化", "スマホ教室の開催"]
    in_error = [item["item_name"] for item in rounds["items"] if item["errors_in"]]
    assert in_error == uncounted
    # the items counted: those both rounds rated (6 in the plan, 2 not counted in 令和6年度)
    both = [item for item in rounds["items"] if all(item["statuses"])]
    assert len(both) == 6 - len(uncounted) == 4
    assert _rounded(rounds, 0) == _compared(compared, "old") == [0, 2, 1, 1, 4]
    assert _rounded(rounds, 1) == _compared(compared, "new") == [1, 2, 0, 1, 4]
    assert _rounded(rounds, 0)[-1] == _rounded(rounds, 1)[-1] == len(both)
    # per policy as well
    assert [
        [counts["計"] for counts in policy["counts"]] for policy in rounds["policies"][:-1]
    ] == [
        [old["total"], new["total"]]
        for old, new in zip(compared["old"]["groups"], compared["new"]["groups"], strict=True)
    ]
    # and each says under its counts how many it left out and why (folded at 80 columns)
    shown = _run("compare", str(r5), str(r6), *config, "--keep-going").stdout
    assert (
        "「前回未集計」「今回未集計」の取組内容 2 件は、同じ取組内容どうしを比べるため、"
        "基本目標別の件数の変化の前回・今回のどちらにも含めていません"
    ) in shown.replace("\n  ", "")
    shown = _run("rounds", str(r5), str(r6), *config, "--keep-going").stdout
    assert (
        "読んだものの数えなかった（記入に不備のあった）取組内容 2 件（令和6年度）は、その回を"
        "「未集計」とし、同じ取組内容どうしを比べるため、各回の集計には含め、「同じ範囲での比較」の表では、どの回の件数にも含めていません"
    ) in shown.replace("\n  ", "")
    assert all(len(line) <= 80 for line in shown.splitlines())


def test_an_item_one_of_several_rounds_could_not_count_is_in_no_rounds_counts(
    tmp_path: Path,
) -> None:
    """Three years side by side, 令和6年度 in error: the two items are out of all three years'
    counts (the table compares every year with every other), so no year's total rises or
    falls by them; compare of 令和5年度 and 令和7年度, which both counted them, counts them."""
    (tmp_path / "planeval.toml").write_text(TOML, encoding="utf-8")
    config = ["--config", str(tmp_path / "planeval.toml")]
    years = [_round(tmp_path, 5, AGREED), _round(tmp_path, 6, IN_ERROR)]
    years.append(_round(tmp_path, 7, AGREED))
    rounds = _json("rounds", *map(str, years), *config, code=0)
    assert [item["errors_in"] for item in rounds["items"] if item["errors_in"]] == [
        ["令和6年度"],
        ["令和6年度"],
    ]
    assert [_rounded(rounds, index)[-1] for index in range(3)] == [4, 4, 4]
    assert _rounded(rounds, 0) == _rounded(rounds, 2) == [0, 2, 1, 1, 4]
    ends = _run("compare", str(years[0]), str(years[2]), *config, "-f", "json")
    assert ends.exit_code == 0, ends.output
    assert _compared(json.loads(ends.stdout), "new") == [1, 3, 1, 1, 6]
