"""「B以上」「C以下」 in a report's text (review 31, finding 6): 「8件の取組のうち7件がB以上でした」
counts A and B together — compared with their counts added up, never read as B's 7."""

from __future__ import annotations

from pathlib import Path

import pytest

import planeval
from planeval.scale import Scale, Status
from planeval.stated_number import TOTAL
from planeval.stated_numbers import read_numbers
from planeval.stated_ranges import summed
from tests.designated_city import RATINGS, city, returned, run


def _counts(policy_items: list[str]) -> dict[str, int]:
    """Each status's items among ``policy_items`` (RATINGS)."""
    found: dict[str, int] = {}
    for item in policy_items:
        status = RATINGS[item][0]
        found[status] = found.get(status, 0) + 1
    return found


# 基本目標1's items, as the designated city's plan lists them
FIRST = [
    "電子申請対象手続の拡大",
    "キャッシュレス納付の導入",
    "書かない窓口の導入",
    "ウェブアクセシビリティ対応",
]
SECOND = ["RPA対象業務の拡大", "生成AIの試行導入", "端末の更新", "校務システムの統合"]


@pytest.fixture()
def scale(tmp_path: Path) -> Scale:
    return planeval.load_config(city(tmp_path) / "planeval.toml").scale


def test_at_least_and_at_most_add_up_the_statuses_in_the_scale_s_order(scale: Scale) -> None:
    said = read_numbers("基本目標1では、8件の取組のうち7件がB以上でした。", scale, item="取組")
    assert [(n.what, n.value) for n in said] == [(TOTAL, 8), ("B以上（A・B）", 7)]
    (worse,) = read_numbers("C以下が3件でした。", scale)
    assert (worse.what, summed(worse.what)) == ("C以下（C・D）", ("C", "D"))
    (share,) = read_numbers("B評価以上の取組は全体の75.0%でした。", scale)
    assert (share.what, share.value, share.percent) == ("B以上（A・B）", 75.0, True)
    # (the next number's status: 「8件の取組は、B以上が7件」 — 8 is no count of A and B)
    assert [n.what for n in read_numbers("8件の取組は、B以上が7件", scale)] == [
        TOTAL,
        "B以上（A・B）",
    ]


def test_a_scale_listed_worst_first_is_read_its_own_way() -> None:
    worst_first = Scale(
        (Status("1", "未着手"), Status("2", "着手"), Status("3", "完了")),
        order="worst_first",
    )
    (said,) = read_numbers("2以上が5件", worst_first)
    assert said.what == "2以上（2・3）"
    (said,) = read_numbers("2以下が4件", worst_first)
    assert said.what == "2以下（1・2）"


def test_check_compares_the_sum_and_says_a_wrong_one_as_it(tmp_path: Path) -> None:
    home = city(tmp_path)
    folder = returned(home)
    first, second = _counts(FIRST), _counts(SECOND)
    good = first.get("A", 0) + first.get("B", 0)
    worse = second.get("C", 0) + second.get("D", 0)
    text = tmp_path / "報告書案.txt"
    text.write_text(
        "2 基本目標1 市民サービスのデジタル化\n"
        f"基本目標1では、{len(FIRST)}件の取組のうち{good}件がB以上でした。\n"
        "3 基本目標2 行政運営のDX\n"
        f"基本目標2では、C以下が{worse}件（{100 * worse / len(SECOND):.1f}%）でした。\n",
        encoding="utf-8",
    )
    assert run(home, "check", str(folder), "--text", str(text)) == (
        "2 段落の記載件数はすべて集計と一致しています\n"
    )
    text.write_text(
        f"基本目標1では、{len(FIRST)}件の取組のうち{good - 1}件がB以上でした。\n", "utf-8"
    )
    said = run(home, "check", str(folder), "--text", str(text), "-f", "csv", code=1)
    assert said.lstrip("\ufeff").splitlines()[:2] == [
        "範囲,項目,記載,集計,記載の場所",
        f"基本目標1,B以上（A・B）,{good - 1},{good},{text} › 1行目",
    ]
