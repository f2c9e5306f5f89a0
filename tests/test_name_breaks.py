"""Short names at 80 columns (review 84): a name broken between its words where its column
could be given the cells for that — 「交通安全」 over 「教室の開催」, not 「交通安／全教室」;
「防災街づくり」 over 「担当部」, not 「防災街づく／り担当部」; 「未提出」 over 「（令和4年度」, not
「未提出（令」 over 「和4年度」 — the room taken first from a header's one line (「取組み結果」
over two lines) or a long text's, not the name's."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from planeval.report.fold import folded
from planeval.report.render import TableData
from planeval.report.terminal import write_rich

# 名古屋市守山区's issue list (review 84's workbook): 事業 | 取組み結果 | 今後の方向性 | 担当課
GOING_ON, REVISED = "実施方法を工夫して継続する", "内容を見直して実施する"
RETHOUGHT, ENDED = "実施方法を抜本的に見直す", "事業を終了する（会場の確保ができず中止）"
NAGOYA = [
    ("1-4", "避難所運営訓練の実施", "B", GOING_ON, "保健予防課", "F8"),
    ("1-6", "交通安全教室の開催", "B", GOING_ON, "企画経理室", "F10"),
    ("1-8", "空き家対策の推進", "C", REVISED, "総務課", "F12"),
    ("1-11", "消費生活相談の実施", "B", GOING_ON, "福祉課", "F15"),
    ("1-16", "街路灯LED化の推進", "B", GOING_ON, "保健予防課", "F20"),
    ("1-17", "区民防災講演会の開催", "D", RETHOUGHT, "福祉課", "F21"),
    ("1-20", "地域防災リーダーの養成", "C", REVISED, "総務課", "F24"),
    ("2-3", "育児相談の実施", "B", GOING_ON, "地域力推進室", "F32"),
    ("2-6", "歯科健診の啓発", "C", REVISED, "保健予防課", "F35"),
    ("2-7", "介護予防教室の開催", "-", ENDED, "福祉課", "F36"),
    ("2-10", "ひとり親家庭の相談", "B", GOING_ON, "総務課", "F39"),
    ("2-13", "食育講座の開催", "C", REVISED, "福祉課", "F42"),
    ("2-18", "子ども食堂ネットワーク会議", "C", REVISED, "保健予防課", "F47"),
    ("2-21", "障害者差別解消の啓発", "B", GOING_ON, "地域力推進室", "F50"),
    ("3-4", "商店街イベントの支援", "B", GOING_ON, "福祉課", "F57"),
    ("3-7", "オンライン申請の周知", "C", REVISED, "総務課", "F60"),
    ("3-12", "花いっぱい運動の推進", "B", GOING_ON, "地域力推進室", "F65"),
    ("3-15", "生涯学習講座の開催", "D", RETHOUGHT, "保健予防課", "F68"),
    ("3-16", "スポーツ大会の開催", "-", ENDED, "福祉課", "F69"),
    ("3-17", "多文化共生の推進", "C", REVISED, "企画経理室", "F70"),
]
# Setagaya's 提出状況 (review 84's s83a, R5_old): 教育政策部 sent last year's form
DEPARTMENTS = [
    *("政策経営部", "経済産業部", "生活文化政策部", "子ども・若者部", "財務部", "地域行政部"),
    *("会計室", "世田谷保健所", "税・国保・手数料等取扱所管課", "保育部", "都市整備政策部"),
    *("防災街づくり担当部", "教育政策部", "生涯学習部", "危機管理部", "障害福祉部", "総務部"),
    *("庁舎整備担当部", "環境政策部", "関係各部"),
]
LATE = "未提出（令和4年度の調査票）"


def _cells(table: TableData, width: int = 80) -> tuple[list[str], list[list[str]]]:
    """The box's lines, and each row line's cells."""
    out = io.StringIO()
    write_rich([table], Console(file=out, width=width, color_system=None))
    lines = out.getvalue().splitlines()
    return lines, [[c.strip() for c in line.split("│")[1:-1]] for line in lines if "│" in line]


def _column(cells: list[list[str]], column: int, first: str, *, key: int = 0) -> list[str]:
    """The lines of the cell in ``column`` of the row whose first cell starts ``first`` (a
    row's next lines have nothing in its ``key`` cell)."""
    start = next(n for n, row in enumerate(cells) if row[0] == first)
    found = [cells[start][column]]
    for row in cells[start + 1 :]:
        if row[key]:
            break
        found.append(row[column])
    return [line for line in found if line]


def _nagoya() -> TableData:
    rows = [
        [i, name, s, going, unit, f"取組み結果 › {cell}"]
        for i, name, s, going, unit, cell in NAGOYA
    ]
    headers = ("番号", "事業", "取組み結果", "今後の方向性", "担当課", "出典")
    return TableData("課題一覧", headers, rows)


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("1-6", ["交通安全教室の", "開催"]),  # (「交通安／全教室の／開催」)
        ("2-7", ["介護予防教室の", "開催"]),
        ("2-18", ["子ども食堂", "ネットワーク", "会議"]),  # (「ネットワー／ク会議」)
        ("2-10", ["ひとり親家庭の", "相談"]),
    ],
)
def test_an_issue_lists_names_break_between_their_words(name: str, lines: list[str]) -> None:
    _, cells = _cells(_nagoya())
    assert _column(cells, 1, name) == lines


def test_a_header_takes_two_lines_before_the_texts_take_three() -> None:
    """「取組み結果」 on one line took four cells from the names (「地域防災／リーダーの／
    養成」 three lines); it stands over two, and no row is taller than its 今後の方向性 but
    子ども食堂ネットワーク会議's."""
    _, cells = _cells(_nagoya())
    assert [row[2] for row in cells[:2]] == ["取組み", "結果"]
    for number, _name, _status, going, _unit, _cell in NAGOYA:
        tall = len(_column(cells, 3, number))
        assert tall == (3 if going == ENDED else 2)
        assert len(_column(cells, 1, number)) <= (3 if number == "2-18" else tall)


def _submissions() -> TableData:
    rows = [
        [
            unit,
            LATE if unit == "教育政策部" else "提出済",
            str({"政策経営部": 35, "会計室": 2, "教育政策部": 3, "危機管理部": 4}.get(unit, 0)),
            f"実施状況調査票_{2022 if unit == '教育政策部' else 2023}_{unit}.xlsx",
        ]
        for unit in DEPARTMENTS
    ]
    return TableData("提出状況", ("部", "状況", "所管の実施内容", "ファイル"), rows, frozenset({2}))


def test_a_submissions_state_breaks_between_its_words() -> None:
    """validate's 提出状況 at 80 columns: 「未提出（令」 over 「和4年度の」 beside 「所管の実施内容」
    on one line; now the header stands over two lines and the state breaks between its words,
    a department's name too (「防災街づく／り担当部」)."""
    _, cells = _cells(_submissions())
    assert _column(cells, 1, "教育政策部") == ["未提出", "（令和4年度", "の調査票）"]
    assert _column(cells, 0, "防災街づくり", key=2) == ["防災街づくり", "担当部"]
    assert [row[2] for row in cells[:2]] == ["所管の", "実施内容"]


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("交通安全教室の開催", 11, ["交通安全", "教室の開催"]),  # (not 「交通安／全教室の」)
        ("災害対策本部における", 12, ["災害対策", "本部における"]),  # (Setagaya's 2-1-1④)
        ("内部管理経費", 10, ["内部管理", "経費"]),
        ("世田谷保健所", 10, ["世田谷", "保健所"]),  # (a suffix stays with its word)
        ("地域力推進室", 10, ["地域力", "推進室"]),
    ],
)
def test_a_word_of_two_kanji_ending_a_run_is_no_suffix(
    text: str, width: int, lines: list[str]
) -> None:
    assert folded(text, width) == lines
