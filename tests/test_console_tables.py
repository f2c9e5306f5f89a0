"""Tables that never lie: every table the CLI prints, at 20, 40, 80 and 120 columns, still holds
every count of the JSON output as a whole token (a box when it fits, one block per row when not)."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Callable

import pytest
from openpyxl import load_workbook
from rich.console import Console
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.render import TableData, write_tables
from tests.conftest import REPO

SEED = str(REPO / "data" / "setagaya" / "chapter3.xlsx")
PLAN = str(REPO / "data" / "setagaya" / "plan.xlsx")
WIDTHS = [20, 40, 80, 120]
SYMBOLS = "◎○△×"


def run(width: int, *args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(width)})


def tokens(text: str, value: str) -> int:
    """How often ``value`` stands whole in ``text`` (not part of a longer number)."""
    return len(re.findall(rf"(?<![\d.]){re.escape(value)}(?![\d.])", text))


def missing(text: str, wanted: Counter[str]) -> dict[str, tuple[int, int]]:
    """The values the text holds fewer times than the JSON: value → (found, wanted)."""
    found = {value: tokens(text, value) for value in wanted}
    return {v: (found[v], n) for v, n in wanted.items() if found[v] < n}


def summary_numbers(summary: dict, *, percent: bool = False) -> Counter[str]:
    numbers: Counter[str] = Counter()
    for group in [*summary["groups"], summary["total"]]:
        numbers.update(str(n) for n in group["counts"].values())
        numbers.update(str(n) for n in group["uncounted"].values())
        numbers[str(group["total"])] += 1
        if percent:
            numbers.update(str(n) for n in group["percent"].values())
    return numbers


def entries_of(data: object) -> list[dict]:
    if isinstance(data, dict):
        if "status" in data and "project_id" in data:
            return [data]
        return [e for value in data.values() for e in entries_of(value)]
    if isinstance(data, list):
        return [e for value in data for e in entries_of(value)]
    return []


def chapter3_numbers(data: dict) -> Counter[str]:
    entries = entries_of(data["policies"])
    return Counter(e["status"] for e in entries) + Counter({e["project_id"] for e in entries})


def issue_numbers(data: dict) -> Counter[str]:
    issues = data["issues"]
    return Counter(f"{e['project_id']}{e['item_label']}" for e in issues) + Counter(
        e["status"] for e in issues
    )


def check_numbers(data: dict) -> Counter[str]:
    return Counter(str(d[key]) for d in data["disagreements"] for key in ("stated", "counted"))


def submission_numbers(data: dict) -> Counter[str]:
    # (a department that returned nothing is 未提出, its every item missing: no count shown)
    return Counter(str(s["items"]) for s in data["submissions"]) + Counter(
        str(s["missing"]) for s in data["submissions"] if s["missing"] and s["state"] != "未提出"
    )


def comparison_numbers(data: dict) -> Counter[str]:
    return summary_numbers(data["old"]) + summary_numbers(data["new"])


@pytest.fixture(scope="module")
def later_round(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed with three statuses changed, for compare."""
    book = load_workbook(SEED)
    changed = 0
    for row in book.worksheets[0].iter_rows():
        for cell in row:
            if cell.value in ("△", "○") and changed < 3:
                cell.value = "◎" if cell.value == "△" else "×"
                changed += 1
    path = tmp_path_factory.mktemp("later") / "later.xlsx"
    book.save(path)
    return str(path)


CASES: dict[str, tuple[list[str], Callable[[dict], Counter[str]]]] = {
    "summarize": (["summarize", SEED], summary_numbers),
    "summarize-direction": (["summarize", SEED, "--by", "direction"], summary_numbers),
    "summarize-project": (["summarize", SEED, "--by", "project"], summary_numbers),
    "summarize-percent": (
        ["summarize", SEED, "--percent"],
        lambda data: summary_numbers(data, percent=True),
    ),
    "tables": (["tables", SEED], chapter3_numbers),
    "issues": (["issues", SEED], issue_numbers),
    "check": (["check", SEED], check_numbers),
    "validate": (["validate", SEED, "--plan", PLAN], submission_numbers),
    "compare": (["compare", SEED, "LATER"], comparison_numbers),
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("case", CASES)
def test_every_count_survives_every_width(case: str, width: int, later_round: str) -> None:
    args, numbers = CASES[case]
    args = [later_round if arg == "LATER" else arg for arg in args]
    data = json.loads(run(120, *args, "-f", "json").stdout)
    wanted = numbers(data)
    assert wanted, "the case has numbers to look for"
    text = run(width, *args).stdout
    assert not missing(text, wanted), text
    assert "…" not in text  # nothing was cut with an ellipsis either
    if case.startswith(("summarize", "compare")):
        assert all(symbol in text for symbol in SYMBOLS + "計"), text


@pytest.mark.parametrize("width", WIDTHS)
def test_lines_fit_the_width_when_there_is_room(width: int) -> None:
    """The box or the blocks fit the terminal; only the legend (soft-wrapped) may be longer."""
    from rich.cells import cell_len

    out = run(width, "summarize", SEED, "--by", "project").stdout.splitlines()
    assert all(cell_len(line.rstrip()) <= width for line in out[:-1]), out


def test_at_120_columns_the_box_is_unchanged() -> None:
    out = [line.rstrip() for line in run(120, "summarize", SEED).stdout.splitlines()]
    assert out[4] == "│ 1    │ 区民の力を活かす情報化   │ 4 │ 12 │  7 │ 0 │ 23 │         2 │"


def test_at_40_columns_each_row_is_a_block() -> None:
    out = [line.rstrip() for line in run(40, "summarize", SEED).stdout.splitlines()]
    assert out[:4] == [
        "情報化政策別の達成状況",
        "情報化政策1 区民の力を活かす情報化",  # (its level's word: review 102 #8)
        "  ◎ 4  ○ 12  △ 7  × 0  計 23",
        "  -（再掲） 2",
    ]
    assert "合計" in out and "番号 合計" not in out  # (the total row says 合計 alone)


def test_a_body_not_counted_says_so_in_blocks_and_under_a_box(tmp_path) -> None:
    """A body no row was counted of printed its labels with no numbers (「◎   ○   △ …」, review
    13): in blocks (30 columns) it says 未集計, as the web page does; at 40 columns the box fits
    with 「-（再掲）」 titled 「-」 (review 29), its row blank and the note under it naming it."""
    from tests.conftest import write_book

    header = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
    write_book(tmp_path / "01_青葉市.xlsx", {"第3章": [header, ["1-1-1 事業", "① 取組", "○", ""]]})
    write_book(tmp_path / "02_緑町.xlsx", {"第3章": [header, ["1-1-1 事業", "① 取組", "", ""]]})
    args = ("summarize", str(tmp_path), "--bodies", "file", "--by", "body", "--keep-going")
    out = [line.rstrip() for line in run(30, *args).stdout.splitlines()]
    named = "団体 緑町"  # (named with why in its row: review 60; in public words, review 193)
    assert out[out.index(named) + 1 : out.index(named) + 3] == [
        "    （記入に不備があったため）",
        "  未集計",
    ]
    assert out[out.index("団体 青葉市") + 1 : out.index(named)] == [
        "  ◎ 0  ○ 1  △ 0  × 0  計 1",
        "  -（再掲） 0",
    ]
    out = run(40, *args).stdout.splitlines()
    assert out[2:11] == [
        "│ 団体        │ ◎ │ ○ │ △ │ × │ 計 │ - │",
        "├─────────────┼───┼───┼───┼───┼────┼───┤",
        "│ 青葉市      │ 0 │ 1 │ 0 │ 0 │  1 │ 0 │",
        "│ 緑町        │   │   │   │   │    │   │",
        "│ （記入に    │   │   │   │   │    │   │",
        "│ 不備があっ  │   │   │   │   │    │   │",
        "│ たため）    │   │   │   │   │    │   │",
        "│ 合計        │ 0 │ 1 │ 0 │ 0 │  1 │ 0 │",
        "└─────────────┴───┴───┴───┴───┴────┴───┘",
    ], "\n".join(out)
    assert "  - 再掲。計は再掲（-）を除く件数" in out  # (the legend: what - is)
    said = "".join(line.strip() for line in out)  # (folded at 40 columns, where it may)
    assert "2団体のうち1団体の回答を集計しました。未集計の団体：緑町" in said


def test_chapter3_tables_at_40_columns_label_every_cell_and_indent_what_wraps() -> None:
    """tables on a 40-column terminal (review 9): each item labelled 実施内容 (the first one of
    a project was appended to the project's line unlabelled), every field of a row indented
    alike, lines folded between Japanese characters (not at the space after 「ICT」, which left
    the rest at column 0) and each continuation indented under its row."""
    from rich.cells import cell_len

    out = [line.rstrip() for line in run(40, "tables", SEED).stdout.splitlines()]
    assert all(cell_len(line) <= 40 for line in out), out
    # (the title's two headings each at the margin: the direction was indented like a
    # continuation, deeper than the project below it — review 10)
    assert out[:2] == [
        "（1）情報化政策1 区民の力を活かす情報化",
        "1-1 ICT を活用した行政サービスの拡充及び",
    ]
    start = out.index("情報化計画事業の体系")
    assert out[start : start + 6] == [
        "情報化計画事業の体系",  # (a line more rather than 「高度／化」: review 22)
        "    1-1-1 ICT の高度化・",
        "    多様化に対応した情報提供の充実",
        "  実施内容 ① 電子媒体を活用した",  # (broken where a word ends: review 21)
        "    情報提供の充実",
        "  達成状況 ○",
    ]
    assert "  達成状況 電子申請 ◎" in out and "  実施内容 ② 区民向け地理情報提供の充実" in out
    assert not [line for line in out if line.startswith("を") or line.startswith("の")]


def test_a_box_folds_its_cells_between_japanese_characters() -> None:
    """tables at 80 columns (review 9): rich breaks only at spaces, leaving 「①」 alone on a
    line above its name and 「1-1-1 ICT」 above the rest of the project's name. An ID stands
    alone only where the word after it does not fit beside it and would be broken (「①」 over
    「マイナポータル、」 in 17 cells, not 「① マイナポータ／ル、」: review 22)."""
    out = run(80, "tables", SEED).stdout.splitlines()
    cells = [cell.strip() for line in out for cell in line.split("│")[1:-1]]
    assert "1-1-1 ICT" not in cells
    # (in 24 cells, since review 201 #5 gave 実施内容 its share of what it holds: beside it)
    assert "①" not in cells and "① マイナポータル、" in cells, out
    assert any(cell.startswith("1-1-1 ICT の") for cell in cells)
    assert any(cell.startswith("① 電子媒体を") for cell in cells)
    # (each line broken where a word ends: review 21; no word broken for a line less: 22)
    assert [cells[cells.index("1-1-1 ICT の") + 4 * n] for n in range(4)] == [
        "1-1-1 ICT の",
        "高度化・",
        "多様化に対応した",
        "情報提供の充実",
    ], out


def rendered(table: TableData, width: int) -> str:
    stream = io.StringIO()
    console = Console(file=stream, width=width, color_system=None)
    write_tables([table], "rich", console=console, stream=stream)
    return stream.getvalue()


BIG = TableData(
    "大きな数",
    ["番号", "名称", "◎", "○", "計"],
    [
        ["1", "とても長い名称" * 6, "123456", "7", "123463"],
        ["合計", "", "123456", "7", "123463"],
    ],
    numeric=frozenset({2, 3, 4}),
)


def test_at_40_columns_a_status_that_is_a_number_is_told_from_its_count() -> None:
    # (Kawasaki's 達成度 1–5: 「1 0  2 3」 read as four numbers; review 25)
    table = TableData(
        "政策別の達成度",
        ("番号", "名称", "1", "2", "3", "4", "5", "計"),
        [["1", "安心・安全で快適に暮らせるまち", "0", "3", "2", "2", "0", "7"]],
        frozenset(range(2, 8)),
    )
    lines = [line.rstrip() for line in rendered(table, 40).splitlines()]
    # (「1：0」 read alike too: each count with its 件, review 54; 計 on the next line at 40)
    assert lines[2:4] == ["  1：0件  2：3件  3：2件  4：2件  5：0件", "  計 7"]


@pytest.mark.parametrize("width", [*WIDTHS, 10, 60])
def test_big_numbers_and_long_names_at_any_width(width: int) -> None:
    text = rendered(BIG, width)
    assert not missing(text, Counter({"123456": 2, "123463": 2, "7": 2})), text
    assert text.count("長") == 6  # wrapped or folded, never cut


def test_a_long_text_column_wraps_while_numbers_stay_whole() -> None:
    text = rendered(BIG, 60)
    assert text.startswith("大きな数") and "┌" in text  # a box: the name wraps
    assert all(len(line) <= 60 for line in text.splitlines())
    assert tokens(text, "123456") == 2


def test_markup_in_data_is_printed_as_it_is() -> None:
    table = TableData(
        "[bold]題[/bold]", ["番号", "名称"], [["1", "[red]赤[/red] :smile: [link=x]y[/link]"]]
    )
    for width in (20, 120):
        text = rendered(table, width)
        assert "[bold]題[/bold]" in text
        assert "[red]赤[/red]" in text.replace("\n", "") or "[red]" in text
        assert ":smile:" in text and "😄" not in text


def test_an_escape_sequence_in_a_cell_shows_as_text() -> None:
    """An escape sequence in a cell shows as text; no ESC reaches the terminal."""
    table = TableData("t", ["番号", "名称"], [["1", "a\x1b[31mb"]])
    text = rendered(table, 80)
    assert "\x1b" not in text and "a\\x1b[31mb" in text


def test_a_run_of_zero_width_joiners_still_prints_its_table() -> None:
    # rich fails to wrap a cell holding a run of joiners between emoji (found by fuzzing);
    # the terminal shows none of them, so a run is printed as one
    cell = " \u200d \u200d\u200d👩👩ああa👨a👨あ\u200da👩👨\u200d\u200d 👨 👩\u200dあ️ "
    table = TableData("表", ["番号", "名称", "◎"], [["1", cell, "3"]], frozenset({2}))
    for width in (20, 40, 80):
        stream = io.StringIO()
        console = Console(file=stream, width=width)
        write_tables([table], "rich", console=console, stream=stream)
        assert "3" in stream.getvalue() and "\u200d\u200d" not in stream.getvalue()


@pytest.mark.parametrize("width", [40, 80, 120])
def test_the_legend_is_folded_after_its_separators_to_the_width(width: int) -> None:
    from planeval.report.fold import cp932_width, packed

    legend = "凡例：◎ 計画を上回る実施 ／ ○ 計画どおり実施 ／ △ 内容を一部修正して実施 ／ × 未実施"
    lines = packed(legend, width, cp932_width)
    assert all(cp932_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == legend.replace(" ", "")  # (nothing lost)
    assert all(line.startswith("  ") for line in lines[1:])
    if width == 40:
        assert lines[1] == "  ○ 計画どおり実施 ／"  # (broken after a ／, not inside a label)


def test_no_folded_line_starts_with_a_comma_or_a_long_vowel_mark() -> None:
    """Review 10: 「① マイナポータル／、インターネット」, 「1-1-2 マイナンバ／ー制度」 — a line never
    starts with 、。ー or a small kana (the character before goes down with it)."""
    from planeval.report.breaks import NO_LINE_START
    from planeval.report.fold import folded

    texts = [
        "① マイナポータル、インターネットを活用した行政サービスの拡充",
        "1-1-2 マイナンバー制度等による行政サービスの利便性向上の推進",
        "新型コロナウイルス感染拡大防止のため、実施内容を変更。次年度に再開する予定です。",
        "1-1-2 キャッシュレス決済の導入",  # (review 17: 「キャ」 before 「ッ」 left 「ャッシュレ」)
    ]
    for text in texts:
        for width in range(8, 30):
            lines = folded(text, width)
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # (a break's space)
            assert all(line[:1] not in NO_LINE_START for line in lines[1:]), (width, lines)


def test_no_folded_line_ends_with_an_opening_bracket() -> None:
    """「◎ 割合（%」 over a lone 「）」 and 「-（再掲」 over 「）」: an opening bracket goes down
    with what follows it (行末禁則), a closing one is never a line's first character."""
    from planeval.report.fold import folded

    for text in ["◎ 割合（%）", "-（再掲）", "計画どおり完了 割合（%）", "全体（うち重点）"]:
        for width in range(5, 16):  # (narrower, 「（%）」 cannot keep to both rules)
            lines = folded(text, width)
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            assert not any(line.endswith("（") for line in lines), (width, lines)
            assert not any(line.startswith("）") for line in lines[1:]), (width, lines)


def test_status_headers_share_the_width_evenly() -> None:
    """羽村市's whole-phrase statuses with --percent at 120 columns: widened left to right, the
    first share's header had 18 cells and the last two 4 each, nine lines tall."""
    statuses = ["計画どおり完了", "次年度以降計画を見直す", "計画どおり進捗"]
    headers = ["番号", "名称", *statuses, "計", *(f"{s} 割合（%）" for s in statuses)]
    rows = [["27", "都市基盤整備", "5", "2", "0", "7", "71.4", "28.6", "0.0"]]
    table = TableData("施策別の評価結果", headers, rows, numeric=frozenset(range(2, 9)))
    box = rendered(table, 120).splitlines()
    header = box[2 : next(i for i, line in enumerate(box) if line.startswith("├"))]
    assert len(header) <= 3, "\n".join(box)
    assert all(len(line) <= 120 for line in box)


def test_names_stay_whole_beside_folded_share_headers() -> None:
    """Setagaya's summary with --percent at 120 columns: the policy names were folded
    (区民の力を活かす／情報化) so that every 「◎ 割合（%）」 header had one line."""
    out = run(120, "summarize", SEED, "--percent").stdout
    assert "│ 区民の力を活かす情報化 " in out and "│ 行政経営を支援する情報化 " in out, out


def test_a_body_s_name_stays_whole_beside_narrower_columns(tmp_path) -> None:
    """--by body-policy at 80 columns (review 11): 「body_0001_島北／市」 and 「さいたま市（政
    ／令指定都市）」 broke while the header 「-（再掲）」 took 11 cells for one digit."""
    import shutil

    names = ["島北市デジタル推進課", "さいたま市（政令指定都市）"]
    for name in names:
        shutil.copy(SEED, tmp_path / f"{name}.xlsx")
    shown = run(80, "summarize", str(tmp_path), "--bodies", "file", "--by", "body-policy")
    assert shown.exit_code == 0, shown.output
    cells = [cell.strip() for line in shown.stdout.splitlines() for cell in line.split("│")[1:-1]]
    # (a cell short of whole beside 「番号」, two cells wider than 「ID」 was: broken between its
    # words, before its bracket — review 130 #6)
    assert {"島北市デジタル推進課", "さいたま市", "（政令指定都市）"} <= set(cells)
    assert max(len(line) for line in shown.stdout.splitlines()) <= 80


def test_in_blocks_a_level_s_groups_are_headed_by_its_word() -> None:
    """守山区's 柱 (review 102 #8): each block was headed 「ID 1 安心・安全なまちづくり」; a
    table of one level's groups heads each by the level's word, as its headings are, 「柱1」;
    a bracketed one after the word too, 「柱(2)」, as 東浜市's 「基本方針 (1)」 (review 128), and
    合計 says itself."""
    table = TableData(
        "柱別の達成状況",
        ("番号", "名称", "A", "B", "計"),
        [
            ["1", "安心・安全なまちづくり", "12", "3", "15"],
            ["(2)", "健やかなまち", "11", "3", "14"],
            ["合計", "", "23", "6", "29"],
        ],
        frozenset(range(2, 5)),
        id_word="柱",
    )
    lines = [line.rstrip() for line in rendered(table, 28).splitlines()]
    heads = [line for line in lines if not line.startswith(" ")]
    assert heads == [
        "柱別の達成状況",
        "柱1 安心・安全なまちづくり",
        "柱(2) 健やかなまち",
        "合計",
    ]
    wide = [line.rstrip() for line in rendered(table, 120).splitlines()]
    assert wide[2].split("│")[1].strip() == "番号"  # (a box keeps its column's title)


def test_at_40_columns_a_count_s_inner_line_says_its_name_alone() -> None:
    # (川崎市's 「うち重点」 under each 政策: 「名称 うち重点」 read as a heading; a line left
    # blank, its marks not known, is no 未集計 body)
    table = TableData(
        "政策別の達成度",
        ("番号", "名称", "1", "2", "3", "4", "5", "計"),
        [
            ["1", "安心・安全で快適に暮らせるまち", "0", "3", "2", "0", "0", "5"],
            ["", "うち重点", "0", "1", "0", "0", "0", "1"],
            ["2", "市民が生き生きと暮らせるまち", "0", "2", "1", "0", "0", "3"],
            ["", "うち重点", "", "", "", "", "", ""],
        ],
        frozenset(range(2, 8)),
    )
    lines = [line.rstrip() for line in rendered(table, 40).splitlines()]
    assert lines[1:12] == [
        "番号 1 安心・安全で快適に暮らせるまち",
        "  1：0件  2：3件  3：2件  4：0件  5：0件",
        "  計 5",
        "  うち重点",
        "  1：0件  2：1件  3：0件  4：0件  5：0件",
        "  計 1",
        "番号 2 市民が生き生きと暮らせるまち",
        "  1：0件  2：2件  3：1件  4：0件  5：0件",
        "  計 3",
        "  うち重点",
        "  （空欄）",
    ]


def test_on_a_phone_a_status_that_is_a_number_is_labelled_with_its_word(tmp_path) -> None:
    """Review 54: the HTML's 集計 at 390 px read 「1：1　2：2　3：2」, status and count alike;
    each count is labelled with the status's word, 「達成度1：1」."""
    from typer.testing import CliRunner

    from planeval.cli import app
    from tests.conftest import write_book

    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "kawasaki"\n[wording]\nstatus = "達成度"\n', encoding="utf-8"
    )
    rows = [["政策1 安全"], ["施策", "事務事業", "達成度"], ["1-1 防災", "① 訓練", "2"]]
    book = write_book(tmp_path / "評価.xlsx", {"評価": rows})
    page = tmp_path / "評価.html"
    args = ["export", str(book), "--html", str(page), "--config", str(tmp_path / "planeval.toml")]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert 'data-label="達成度2">1</td>' in page.read_text(encoding="utf-8")
