"""A policy's or direction's number shown as the body typed it: 浜松市's band row 「1.1　行かない
市役所」 (the direction planeval keys 1-1) and 長与町's headings 「基本方針Ⅰ …」 (the policy 1)
are printed 1.1 and Ⅰ in every heading, table and sentence a reader sees — the clerk looks
them up in the plan — while JSON, CSV and the export's data sheet keep the IDs, which pair
files and rounds. Each body's own: two bodies may number alike and type apart."""

from __future__ import annotations

import planeval
from planeval.presets import PRESETS
from tests.test_number_column import _kpi_rows

HEADER = ["番号", "事業名", "主な取組内容", "達成状況", "課題・今後の方向性", "所管課"]


def _nagayo_rows(numeral: str = "Ⅰ", second: str = "Ⅱ") -> list[list[object]]:
    """長与町's sheet as its clerk types it: a title, then a table under each 基本方針 heading,
    numbered in Roman numerals (``numeral``, ``second``), its 事業 numbered 1.1.1 in 番号."""
    return [
        ["長与町総合計画　施策・事業評価（令和4年度実績）"],
        [],
        [f"基本方針{numeral}　安全・安心に暮らせるまち"],
        HEADER,
        ["1.1.1", "自主防災組織の育成", "訓練の実施", "A", "継続して取り組む。", "総務課"],
        ["1.1.2", "防災情報の多重化", "防災メールの拡充", "C", "登録者が伸びない。", "総務課"],
        [],
        [f"基本方針{second}　健やかに暮らせるまち"],
        HEADER,
        ["2.1.1", "特定健診受診率の向上", "受診勧奨", "B", "未受診者への通知を見直す。", "健康保険課"],
    ]  # fmt: skip


def test_reading_records_the_numbers_as_typed_where_they_differ(book) -> None:
    """「基本方針Ⅰ」 is the policy 1, 「1.1　行かない市役所」 the direction 1-1: the IDs as
    before, the typed numbers beside them (where typed as the ID, nothing)."""
    nagayo = planeval.read_workbooks([book(_nagayo_rows())], scale=PRESETS["nagayo"])
    assert nagayo.problems == []
    assert [e.policy_id for e in nagayo.entries] == ["1", "1", "2"]
    assert nagayo.level_labels == {"1": "Ⅰ", "2": "Ⅱ"}
    rows, merges = _kpi_rows(["1.1.1", "1.1.2"])
    path = book(rows, "KPI.xlsx", merges={"第3章": merges})
    hamamatsu = planeval.read_workbooks([path], scale=PRESETS["hamamatsu"])
    assert {(e.policy_id, e.direction_id) for e in hamamatsu.entries} == {("1", "1-1")}
    assert hamamatsu.level_labels == {"1-1": "1.1"}  # (「1　市民サービスのDX」: as its ID)
