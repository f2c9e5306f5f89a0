"""Setagaya's designed cycle at 80 columns (review 86 #5): the issue list gave 実施内容 10 cells
beside 出典's 17 — 「ペーパーレ／ス会議ほか」, 「情報セキュ／リティ」, 「庁内ネット／ワーク・」,
「健康／管理におけ／るICT化の」 — and validate's 提出状況 broke 「税・国保・手数／料等取扱所管課」.
The names' words come before 出典, a column the clerk reads only to find a cell: its places
are folded between their words (「政策」 over 「経営部.xlsx ›」) where that keeps them whole."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from planeval.report.fold import folded, katakana_breaks
from planeval.report.render import TableData
from planeval.report.terminal import write_rich

SOON = "予算の都合により一部内容を見直して実施した。次年度に残りを実施予定。"
LATE = "国の標準仕様の公表が遅れたため未着手。令和5年度に着手予定。"
MORE = "当初計画に加えて対象手続を拡大した。"
# (review 86's s83a/cyc R4: 実施内容 | 達成状況 | 課題等 | 所管部, each 部 its own form)
SETAGAYA = [
    ("1-1-1②", "区民向け地理情報提供の充実", "×", LATE, "政策経営部", "D9"),
    ("1-1-1⑤", "多言語化におけるICTの活用", "△", SOON, "政策経営部", "D12"),
    (
        "1-1-2②",
        "納付方法の多様化に向けた調査研究及び検討【拡充】",
        "◎",
        f"{MORE}\n（共管 財務部）キャッシュレス決済の対象拡大について財務部で税目別に検討中。",
        "政策経営部",
        "D14",
    ),
    (
        "1-1-3③",
        "チャットボットを利用した問い合わせの自動化【新規】",
        "△",
        SOON,
        "政策経営部",
        "D19",
    ),
    ("1-2-1①", "ICTを活用した防災関連情報提供の促進 Free Wi-Fi", "◎", MORE, "危機管理部", "D8"),
    ("1-2-1③", "区民の力とICTを活かした区の新たな魅力発見及び発信", "△", SOON, "危機管理部", "D10"),
    ("2-1-1②", "ペーパーレス会議ほか紙文書削減の徹底", "◎", MORE, "政策経営部", "D26"),
    ("2-1-1④", "職員の健康管理におけるICT化の推進【新規】", "△", SOON, "政策経営部", "D28"),
    ("3-1-1①", "庁内ネットワーク・システムの見直し再構築【新規】", "×", LATE, "政策経営部", "D36"),
    ("3-1-3④", "情報セキュリティ対策の総合的推進", "△", SOON, "政策経営部", "D41"),
]


def _issues() -> TableData:
    rows = [
        [i, name, s, issue, unit, f"実施状況調査票_2022_{unit}.xlsx › 実施状況 › {cell}"]
        for i, name, s, issue, unit, cell in SETAGAYA
    ]
    return TableData("課題一覧", ("番号", "実施内容", "達成状況", "課題等", "所管部", "出典"), rows)


def _cells(table: TableData, width: int) -> list[list[str]]:
    out = io.StringIO()
    write_rich([table], Console(file=out, width=width, color_system=None))
    lines = out.getvalue().splitlines()
    assert all(len(line) <= width for line in lines)
    return [[c.strip() for c in line.split("│")[1:-1]] for line in lines if "│" in line]


def _lines(cells: list[list[str]], column: int, first: str) -> list[str]:
    """The lines of the cell in ``column`` of the row whose ID is ``first``."""
    start = next(n for n, row in enumerate(cells) if row[0] == first)
    found = [cells[start][column]]
    for row in cells[start + 1 :]:
        if row[0]:
            break
        found.append(row[column])
    return [line for line in found if line]


@pytest.mark.parametrize("width", [80, 120])
def test_the_names_keep_their_katakana_words_before_the_places_do(width: int) -> None:
    cells = _cells(_issues(), width)
    for number, name, _status, issue, _unit, _cell in SETAGAYA:
        lines = _lines(cells, 1, number)
        assert "".join(lines).replace(" ", "") == name.replace(" ", ""), lines
        assert katakana_breaks(name, lines) == 0, lines
        for part in issue.split("\n"):  # (キャッシュレス in the 課題 too)
            assert "キャッシュレ" not in _lines(cells, 3, number), part
    named = _lines(cells, 1, "2-1-1④")
    assert not any(line.endswith(("健康", "におけ")) for line in named), named


def test_at_80_columns_the_places_fold_between_their_words() -> None:
    cells = _cells(_issues(), 80)
    place = _lines(cells, 5, "2-1-1②")
    assert "".join(place).replace(" ", "") == "実施状況調査票_2022_政策経営部.xlsx›実施状況›D26"
    assert "政策" in place and "経営部.xlsx ›" in place, place  # (not 「政策経／営部」)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("税・国保・手数料等取扱所管課", 14, ["税・国保・", "手数料等取扱", "所管課"]),
        ("効率的運用", 6, ["効率的", "運用"]),
        ("チャットボットを利用した問い合わせの自動化", 30, [
            "チャットボットを利用した", "問い合わせの自動化"
        ]),  # (問い合わせ one word, not 「問い」 over 「合わせ」)
    ],
)  # fmt: skip
def test_a_word_stays_whole(text: str, width: int, lines: list[str]) -> None:
    assert folded(text, width) == lines


def test_a_name_breaks_after_its_colon_between_words() -> None:
    """長与町's 指標 「SNSの活用：フォロワー数」: a break after 「：」 is between its words (it was
    weighed as one inside a word, and the name folded 「SNSの／活用：フォロワー／数」)."""
    from rich.cells import cell_len

    from planeval.report.word_widths import broken_inside

    lines = ["SNSの活用：", "フォロワー数"]
    assert not broken_inside("SNSの活用：フォロワー数", lines, cell_len)
    assert folded("基幹システムの更新：更新システム数", 16, name=True) == [
        "基幹システムの",
        "更新：",
        "更新システム数",
    ]


def test_a_name_is_not_broken_between_two_kana_of_a_word() -> None:
    """A sentence may break 「遅れ／た」 rather than take a line more; a name is read as one,
    and 「におけ／る」 reads as a misprint."""
    assert folded("多言語化におけるICTの活用", 14) == ["多言語化におけ", "るICTの活用"]
    assert folded("多言語化におけるICTの活用", 14, name=True) == [
        "多言語化に",
        "おけるICTの",
        "活用",
    ]


def test_a_submitted_departments_name_breaks_between_its_words() -> None:
    """validate's 提出状況 of R4, every form returned, at 80 columns."""
    from tests.test_name_breaks import DEPARTMENTS

    rows = [[unit, "提出済", "0", f"実施状況調査票_2022_{unit}.xlsx"] for unit in DEPARTMENTS]
    table = TableData(
        "提出状況", ("部", "状況", "所管の実施内容", "ファイル"), rows, frozenset({2})
    )
    cells = _cells(table, 80)
    start = next(n for n, row in enumerate(cells) if row[0].startswith("税"))
    assert [row[0] for row in cells[start : start + 3]] == ["税・国保・", "手数料等取扱", "所管課"]
