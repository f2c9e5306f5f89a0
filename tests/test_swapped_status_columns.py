"""A department whose form has its status and issue columns typed the other way round (review
121 #1: 守山区's 市民課 wrote its result sentences under 達成状況 and Ａ under 取組み結果・課題,
枚方市's 総務部 its 今後の方向性 under 評価): each row is told that the two cells look swapped,
naming the cell holding the rating and the columns, never that its sentence is a stage to add
to the scale — which, followed, counts the rows in an invented status."""

from __future__ import annotations

from pathlib import Path

import planeval
from planeval.presets import PRESETS
from tests.conftest import write_book

TITLES = ["No.", "取組み項目", "取組み内容", "達成状況", "取組み結果・課題", "担当課"]
DONE = "計画どおり実施し、目標を達成した。"


def _read(rows: list[list[object]], tmp_path: Path, **read: object) -> planeval.ReadResult:
    path = write_book(tmp_path / "市民課.xlsx", {"取組み結果": rows})
    return planeval.read_workbooks([path], **read)  # type: ignore[arg-type]


def test_swapped_columns_are_said_swapped_not_a_stage_to_add(tmp_path: Path) -> None:
    rows = [
        ["柱4　区民に信頼される区役所づくり"],
        TITLES,
        [1, "窓口サービスの向上", "窓口の混雑状況の発信", DONE, "Ａ", "市民課"],
        [2, "窓口サービスの向上", "マイナンバーカードの交付促進", DONE, "B", "市民課"],
        [3, "窓口サービスの向上", "書かない窓口の推進", "A", "予定どおり", "市民課"],
    ]
    result = _read(rows, tmp_path, scale=PRESETS["nagoya"])
    assert not any(p.settings for p in result.problems)  # (no [[scale.status]] offered)
    said = {p.location.cell: str(p).partition(": ")[2] for p in result.problems if p.is_error}
    assert said == {
        "D3": f"達成状況の欄に '{DONE}' とあり、課題等の欄（E3）に評価の記号「Ａ」があります。"
        "二つの欄の中身が入れ替わっているようです（評価の記号を達成状況の列（D 列）に、"
        "文章を課題等の列（E 列）に書き直してください）",
        "D4": f"達成状況の欄に '{DONE}' とあり、課題等の欄（E4）に評価の記号「B」があります。"
        "二つの欄の中身が入れ替わっているようです（評価の記号を達成状況の列（D 列）に、"
        "文章を課題等の列（E 列）に書き直してください）",
    }
    assert [entry.status for entry in result.entries] == ["A"]


def test_the_rows_left_out_are_known_for_a_count_past_errors(tmp_path: Path) -> None:
    """--keep-going's bound (uncounted_rows): one row each, as an unknown symbol's."""
    from planeval.uncounted_rows import rows_left_out

    rows = [
        ["柱4　区民に信頼される区役所づくり"],
        TITLES,
        [1, "窓口サービスの向上", "窓口の混雑状況の発信", DONE, "A", "市民課"],
        [2, "窓口サービスの向上", "書かない窓口の推進", DONE, "A", "市民課"],
    ]
    result = _read(rows, tmp_path, scale=PRESETS["nagoya"])
    left = rows_left_out(result)
    assert [row.place.cell for rows in left.values() for row in rows] == ["D3", "D4"]


def test_a_named_table_in_the_body_s_words(tmp_path: Path) -> None:
    """枚方市's form (施策 heading | No. | 事務事業名 | 評価 | 今後の方向性, io/named.py): the
    columns named as its planeval.toml's [wording] names them."""
    rows = [
        ["施策 36　財政運営"],
        ["No.", "事務事業名", "評価", "今後の方向性", "担当課"],
        [1, "市税収納率向上事業", "効果検証を行いながら継続", "B", "総務管理課"],
        [2, "公有財産活用推進事業", "一部手法を見直しつつ継続", "D", "総務管理課"],
    ]
    config = tmp_path / "planeval.toml"
    config.write_text(
        '[scale]\npreset = "hirakata"\n[wording]\npreset = "hirakata"\nstatus = "評価"\n'
        'issue = "今後の方向性"\n',
        encoding="utf-8",
    )
    settings = planeval.load_config(config)
    result = _read(rows, tmp_path, scale=settings.scale, wording=settings.wording)
    assert not any(p.settings for p in result.problems)
    fixes = {p.location.cell: p.hint for p in result.problems if p.is_error}
    fix = "評価の記号を評価の列（C 列）に、文章を今後の方向性の列（D 列）に書き直してください"
    assert fixes == {"C3": fix, "C4": fix}


def test_a_dash_or_a_sentence_in_the_issue_cell_is_no_swap(tmp_path: Path) -> None:
    """An issue cell's 「-」 (nothing to say) beside a status typed wrong is no rating moved."""
    rows = [
        ["柱4　区民に信頼される区役所づくり"],
        TITLES,
        [1, "窓口サービスの向上", "窓口の混雑状況の発信", "済", "-", "市民課"],
        [2, "窓口サービスの向上", "書かない窓口の推進", "済", "引き続き取り組む", "市民課"],
    ]
    result = _read(rows, tmp_path, scale=PRESETS["nagoya"])
    cells = [p for p in result.problems if p.is_error and p.location.cell]
    assert [p.location.cell for p in cells] == ["D3", "D4"]
    assert all("入れ替わって" not in p.message for p in cells)
