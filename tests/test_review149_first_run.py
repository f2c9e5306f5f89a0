"""名東区's first run (review 149 #1, #8): each 課 returns its own 取組み結果 form — a heading
「柱N　…」 per 柱, `No. | 取組み項目 | 取組み | 取組み結果 | 今後の方向性 | 担当課`, the 取組み項目
named, never numbered, and the legend 「A：100%またはそれ以上の達成状況　B：80%以上　C：50%以上
D：50%未満　-：事業が中止となったもの」 under every table; 「-」 counted in the total, 名古屋市's way.
The first 課's form rates no B. Read with no planeval.toml, the run offered a block of the ward's
own scale in the order A C D - B, its 「-」 not counted (62 of 64 pasted), though the values
are nagoya's; and numbered the 市民課's 取組み項目 4-2, its 取組み 4-1-2 called 4-2-2."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import planeval
from planeval.model import Problem
from planeval.presets import PRESETS
from tests.conftest import write_book

NAGOYA_LEGEND = (
    "※取組み結果　A：100%またはそれ以上の達成状況　B：80%以上　C：50%以上　D：50%未満"
    "　-：事業が中止となったもの"
)
OWN_LEGEND = "※取組み結果　A：順調　B：概ね順調　C：やや遅れ　D：遅れ　-：事業が中止となったもの"
HEADER = ["No.", "取組み項目", "取組み", "取組み結果", "今後の方向性", "担当課"]
PILLARS = {1: "柱1　安心・安全に暮らせるまち", 4: "柱4　区民に信頼される区役所"}
# 課 → 柱 → rows (No., 取組み項目, 取組み, 取組み結果, 今後の方向性)
FORMS = {
    "01_総務課": {1: [(1, "防災力の向上", "防災訓練の実施", "A", "引き続き取り組む"),
                      (2, "防災力の向上", "備蓄品の更新", "C", "手法を見直す"),
                      (3, "防災力の向上", "避難所の点検", "D", "手法を見直す")]},
    "02_区政課": {4: [(8, "区民との協働と広報", "広報紙の発行", "A", "引き続き取り組む"),
                      (9, "区民との協働と広報", "区民意見の聴取", "B", "引き続き取り組む"),
                      (10, "区民との協働と広報", "協働事業の推進", "A", "引き続き取り組む")]},
    "04_市民課": {4: [(1, "窓口サービスの向上", "窓口案内の充実", "C", "手法を見直す"),
                      (2, "窓口サービスの向上", "窓口講座の開催", None, "集計中のため後日報告します"),
                      (3, "窓口サービスの向上", "窓口訪問事業", "A", "引き続き取り組む")]},
    "05_保険年金課": {4: [(4, "窓口サービスの向上", "窓口広報事業", "ー", "事業中止（国の制度改正による）"),
                          (5, "窓口サービスの向上", "窓口相談事業", "Ａ", "引き続き取り組む")]},
}  # fmt: skip
AS_TYPED = {"Ａ": "A", "ー": "-"}  # (the cells typed in full width, or a long vowel mark)


def _forms(folder: Path, legend: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name, tables in FORMS.items():
        section = name.partition("_")[2]
        rows: list[list[object]] = [["令和7年度　名東区区政運営方針　取組み結果"]]
        rows.append(["担当課：", section])
        for pillar, items in tables.items():
            rows += [[], [PILLARS[pillar]], HEADER]
            rows += [[*item, section] for item in items]
        rows.append([legend])
        write_book(folder / f"{name}.xlsx", {"取組み結果": rows})
    return folder


def _rated() -> list[str]:
    """Each rated row's status, as the scale reads it."""
    rows = [row for tables in FORMS.values() for items in tables.values() for row in items]
    return [AS_TYPED.get(row[3], row[3]) for row in rows if row[3]]


def _first_run(folder: Path) -> list[Problem]:
    return planeval.read_workbooks([str(folder)], scale=planeval.DEFAULT_SCALE).problems


def _counted(folder: Path, config: Path) -> dict[str, int]:
    scale = planeval.load_config(config).scale
    result = planeval.read_workbooks([str(folder)], scale=scale, settings=config)
    total = planeval.summarize(result.entries, scale=scale).total
    assert total.total == sum(total.counts.values())
    return dict(total.counts)


def _expected(symbols: tuple[str, ...]) -> dict[str, int]:
    rated = _rated()
    return {symbol: rated.count(symbol) for symbol in symbols}


def test_the_legend_s_words_without_their_common_end_are_nagoya_s(tmp_path: Path) -> None:
    forms = _forms(tmp_path / "R7", NAGOYA_LEGEND)
    problems = _first_run(forms)
    assert not any(p.settings for p in problems)  # (no block of a scale of the ward's own)
    told = [p.hint for p in problems if 'preset = "nagoya"' in p.hint]
    assert len(told) >= len(FORMS) - 1  # (every file's values: 04's blank is no value)
    named = re.search(r'\[scale\] preset = "(\w+)"', told[0])
    assert named is not None
    config = tmp_path / "planeval.toml"
    config.write_text(f'[scale]\npreset = "{named[1]}"\n', encoding="utf-8")
    counts = _counted(forms, config)
    assert counts == _expected(("A", "B", "C", "D", "-"))
    assert counts["-"] == 1  # (the 中止 row counted)


def test_a_legend_of_its_own_is_offered_in_its_order_its_stopped_dash_counted(
    tmp_path: Path,
) -> None:
    forms = _forms(tmp_path / "R7", OWN_LEGEND)
    block = next(p.settings for p in _first_run(forms) if p.settings)
    statuses = tomllib.loads(block)["scale"]["status"]
    assert [s["symbol"] for s in statuses] == ["A", "B", "C", "D", "-"]  # (the legend's)
    assert statuses[-1]["label"] == "事業が中止となったもの"
    assert statuses[-1]["counted"] is True and statuses[-1]["ranked"] is False
    assert "# counted = false" in block  # (the other way, one line to swap)
    config = tmp_path / "planeval.toml"
    config.write_text(block, encoding="utf-8")
    assert _counted(forms, config) == _expected(("A", "B", "C", "D", "-"))


def test_the_first_run_numbers_a_project_of_rows_in_error_by_its_items(tmp_path: Path) -> None:
    forms = _forms(tmp_path / "R7", NAGOYA_LEGEND)
    blanks = [p for p in _first_run(forms) if "が空です" in p.message]
    assert len(blanks) == 1
    # (its fix the symbols of the preset the values are told, not the scale's ◎ ○ △ ×)
    assert blanks[0].hint == PRESETS["nagoya"].choose()
    blank = [blanks[0].message]
    # (窓口サービスの向上's 取組み are No. 1–5 of 柱4, 区民との協働と広報's 8–10: 4-1, as the run
    # under the preset numbers it)
    assert "「4-1-2 窓口講座の開催」" in blank[0]
    config = tmp_path / "planeval.toml"
    config.write_text('[scale]\npreset = "nagoya"\n', encoding="utf-8")
    scale = planeval.load_config(config).scale
    read = planeval.read_workbooks([str(forms)], scale=scale, settings=config)
    assert [p.message for p in read.problems if "が空です" in p.message] == blank


STOPPED = (
    "事業中止（国の制度改正による）"  # (a 中止 row's 今後の方向性, as 名古屋市's forms write it)
)


def _one_row(folder: Path, status: str | None) -> list[Problem]:
    """保険年金課's form, its 中止 row's 取組み結果 typed ``status``, read under nagoya."""
    rows: list[list[object]] = [
        ["令和7年度　名東区区政運営方針　取組み結果"],
        ["担当課：", "保険年金課"],
    ]
    rows += [[PILLARS[4]], HEADER, [4, "窓口サービスの向上", "窓口広報事業", status, STOPPED]]
    rows += [[5, "窓口サービスの向上", "窓口相談事業", "A", "引き続き取り組む"], [NAGOYA_LEGEND]]
    path = write_book(folder / "05_保険年金課.xlsx", {"取組み結果": rows})
    return planeval.read_workbooks([path], scale=PRESETS["nagoya"]).problems


def test_a_lowercase_letter_beside_a_stopped_remark_is_its_slip(tmp_path: Path) -> None:
    [error] = [p for p in _one_row(tmp_path, "b") if p.is_error]
    assert "入れ替わって" not in error.message  # (the remark is no rating typed there)
    assert error.hint.startswith("'B' の書き間違いではありませんか")


def test_a_blank_rating_beside_a_stopped_remark_is_told_to_type_its_mark(tmp_path: Path) -> None:
    [error] = [p for p in _one_row(tmp_path, None) if p.is_error]
    assert "移して" not in error.hint  # (the remark stays the row's remark)
    assert f"「{STOPPED}」" in error.hint and "'-' を入力してください" in error.hint
    assert "事業が中止となったものなら" in error.hint


def test_a_rating_typed_alone_in_the_remark_column_is_still_said_swapped(tmp_path: Path) -> None:
    rows: list[list[object]] = [[PILLARS[4]], HEADER, [1, "窓口", "窓口案内", "予定どおり", "A"]]
    path = write_book(tmp_path / "04_市民課.xlsx", {"取組み結果": rows})
    problems = planeval.read_workbooks([path], scale=PRESETS["nagoya"]).problems
    assert any("入れ替わっている" in p.message for p in problems if p.is_error)
