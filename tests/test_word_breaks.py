"""Where a terminal's lines break inside a cell (review 21 N5): where a word ends — after 「_」
「›」「・」 and spaces, at a change of script, between two-kanji words — before anywhere else;
a column of places in one file names the file once; a header's column is given the width
that keeps its words whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.cell_folds import folded_file
from planeval.report.fold import between_words, cp932_width, folded, folded_words
from tests.conftest import write_book
from tests.test_terminal_breaks import HEADER, _hamura


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("計画どおり完了", 12, ["計画どおり", "完了"]),
        ("次年度以降計画を見直す", 12, ["次年度以降", "計画を見直す"]),
        ("所管の取組内容", 8, ["所管の", "取組内容"]),
        ("都市計画課", 6, ["都市", "計画課"]),  # (a one-kanji suffix stays with its word)
        ("評価対象外", 6, ["評価", "対象外"]),  # (review 82: not 「評価対／象外」)
        ("基幹業務システムの標準化", 16, ["基幹業務", "システムの標準化"]),
        ("地区計画を2地区で決定した。", 12, ["地区計画を", "2地区で", "決定した。"]),
        ("2.1 暮らしのデジタル化", 21, ["2.1 暮らしの", "デジタル化"]),  # (化 is no word)
    ],
)
def test_a_line_breaks_where_a_word_ends(text: str, width: int, lines: list[str]) -> None:
    assert folded(text, width) == lines


def test_a_sentence_is_no_taller_for_its_words() -> None:
    """A line is broken where a word ends where the text is no taller for it; else before a
    particle or between two kana (「活用／した」) rather than given a line more."""
    assert folded("① 電子媒体を活用した情報提供の充実", 19) == [
        "① 電子媒体を活用",  # (review 21 had 「活用し／た」 here)
        "した情報提供の充実",
    ]
    assert folded("① 電子媒体を活用した情報提供の充実", 17) == [
        "① 電子媒体を",
        "活用した",
        "情報提供の充実",
    ]
    assert folded("計画どおり完了", 8) == ["計画どお", "り完了"]  # (two lines, not three)
    assert folded("対象手続を120件に拡大した。", 14) == ["対象手続を", "120件に", "拡大した。"]
    for width in range(8, 30):  # (a number keeps its counter: 「120」 over 「件」 never)
        assert not any(
            line.startswith("件") for line in folded("対象手続を120件に拡大した。", width)
        )


def test_a_header_breaks_between_its_words_where_it_can() -> None:
    assert folded_words("計画どおり完了", 10) == ["計画どおり", "完了"]
    assert between_words("計画どおり完了", ["計画どおり", "完了"])
    assert not between_words("計画どおり完了", ["計画どお", "り完了"])
    assert not between_words("所管の取組内容", ["所管の取", "組内容"])


def test_a_place_in_a_file_breaks_between_its_parts() -> None:
    place = "令和5年度_DX評価_教育委員会.xlsx › 評価シート › E9"
    assert folded_file(place, 17) == ["令和5年度_DX評価_", "教育委員会.xlsx ›", "評価シート › E9"]
    # (a part wider than a line is folded where a word of it ends, never cut with 「…」)
    name = "長与町DX推進計画_取組評価_令和5年度.xlsx › 取組評価 › D7"
    assert folded_file(name, 16) == [
        "長与町DX",
        "推進計画_",
        "取組評価_",
        "令和5年度.xlsx ›",
        "取組評価 › D7",
    ]


def _cells(out: str, bar: str = "│") -> list[list[str]]:
    return [[c.strip() for c in line.split(bar)[1:-1]] for line in out.splitlines() if bar in line]


def _hamura_with_reasons(folder: Path) -> tuple[str, str]:
    """羽村市's 施策評価 (tests.test_terminal_breaks._hamura) with its 評価の理由 written, as
    its departments write them: every row of the issue list has one."""
    _path, config = _hamura(folder)
    head = ["事業名", "事業の目的・内容", "評　価", "評価の理由・今後の方向性", "担当課"]
    done, review = "計画どおり完了", "次年度以降計画を見直す"
    reason = "建物移転の交渉に時間を要しており、事業計画の変更を検討する。"
    rows = [
        ["良好な居住環境の整備", "", done, "地区計画を2地区で決定した。", "都市計画課"],
        ["土地区画整理事業の推進", "", review, reason, "区画整理課"],
        ["空き家対策の推進", "", review, "所有者不明の物件が増えている。", "都市計画課"],
    ]
    sheet = [
        ["羽村市長期総合計画　施策評価（令和5年度）"],
        [],
        ["施策27「都市基盤整備」"],
        head,
        *rows,
    ]
    path = write_book(folder / "施策評価結果_令和5年度.xlsx", {"施策評価": sheet})
    return str(path), config


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_hamura_s_issue_list_keeps_its_words(tmp_path: Path, encoding: str) -> None:
    """羽村市's issue list at 80 columns: 「計画どおり完／了」「次年度以降計／画を見直す」 and
    「施策評価結／果_令和5年／度.xlsx ›」 on every row. Now each status breaks between its words
    and the one file is named once above the table, each row giving its sheet › cell."""
    path, config = _hamura_with_reasons(tmp_path)
    runner = CliRunner(charset=encoding)
    for width in (40, 80, 120):
        args = ["issues", path, "--config", config]
        out = runner.invoke(app, args, env={"COLUMNS": str(width)}).stdout
        assert "出典のファイル: 施策評価結果_令和5年度.xlsx" in out.replace("_\n    ", "_"), out
        assert out.count("施策評価結果_") == 1, out
        if width == 40:
            # (its 評価の理由 in D5, beside the rating in C5: review 162 #7)
            assert "  出典 施策評価 › D5" in out or "  出典 施策評価 > D5" in out, out
            continue
        bar = "│" if encoding == "utf-8" else "|"
        column = [row[2] for row in _cells(out, bar)]
        assert "計画どお" not in column and "次年度以降計" not in column, out
        if width == 80:
            # (計画を／見直す: the ID column titled 施策, two columns wider than 「ID」, review 92)
            assert "次年度以降" in column and "見直す" in column, out
            assert "計画どおり" in column and "完了" in column, out


def test_hamura_s_summary_headers_keep_their_words(tmp_path: Path) -> None:
    """`summarize` at 80 columns left 14 columns unused beside 「計画どお／り完了」."""
    path, config = _hamura(tmp_path)
    out = CliRunner().invoke(app, ["summarize", path, "--config", config], env={"COLUMNS": "80"})
    header = out.stdout[: out.stdout.index("├")]
    cells = {cell for row in _cells(header) for cell in row}
    assert {"計画どおり", "完了", "次年度以降", "計画を見直す"} <= cells, out.stdout


def test_places_in_several_files_break_between_their_parts(tmp_path: Path) -> None:
    """中央市's departments' forms (review 21): 「令和5年度_DX評価_総務／部.xlsx › 評／価シート ›
    E9」. Each part of a file's name and a sheet's stays whole."""
    for number, department in enumerate(("総務部", "企画部", "教育委員会"), 1):
        rows = [HEADER, [f"1-1-{number} 事業", "① 取組", "△", "予算措置が見送られたため未着手"]]
        sheet = [["情報化政策1 行政のデジタル化"], *rows]
        write_book(tmp_path / f"令和5年度_DX評価_{department}.xlsx", {"評価シート": sheet})
    for width in (80, 120):
        out = CliRunner().invoke(app, ["issues", str(tmp_path)], env={"COLUMNS": str(width)})
        column = [row[-1] for row in _cells(out.stdout)]
        assert "出典のファイル" not in out.stdout  # (three files: each row names its own)
        assert "令和5年度_DX評価_" in column or width == 120, out.stdout
        assert any(
            cell.startswith("教育委員会.xlsx") or "_教育委員会.xlsx" in cell for cell in column
        )
        assert not any(cell.startswith(("部.xlsx", "価シート", "会.xlsx")) for cell in column)


VENDOR_TEXTS = [
    "デジタル支援員の募集に応募がなく、ベンダーへの委託を検討した",
    "ベンダーとの契約が遅れたため次年度に実施する",
    "国の仕様確定が遅れたためベンダーの選定を見送った",
    "地域のデジタル支援員を確保できなかった",
]


@pytest.mark.parametrize("text", VENDOR_TEXTS)
def test_a_katakana_word_and_a_kanji_word_stay_whole_where_they_fit(text: str) -> None:
    """Review 22: 「デジタル支／援員」「ベン／ダー」 at 80 columns. A word that fits a line is
    not broken inside, a line more where it takes one; 「ー」 never starts a line."""
    for measure in (None, cp932_width):
        for width in range(8, 61):
            lines = folded(text, width, measure=measure)
            shown = "\n".join(lines)
            assert shown.replace("\n", "") == text, (width, lines)
            for word in ("支援員", "ベンダー", "デジタル", "次年度"):
                assert shown.count(word) == text.count(word), (width, lines)
            assert not any(line.startswith("ー") for line in lines), (width, lines)


def test_a_break_is_not_made_inside_a_three_kanji_word() -> None:
    """A run of three kanji is one word (支援員, 次年度); a run of five, three and two
    (次年度／以降); a suffix after katakana ends its word (タブレット型／情報端末)."""
    assert folded("デジタル支援員", 12) == ["デジタル", "支援員"]
    assert folded("次年度以降計画を見直す", 10) == ["次年度以降", "計画を", "見直す"]
    assert folded("タブレット型情報端末の配備", 14) == ["タブレット型", "情報端末の配備"]
    assert folded("計画どおり完了", 6) == ["計画", "どおり", "完了"]  # (not 「計画ど／おり」)


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_the_issue_list_keeps_its_words_whole(tmp_path: Path, encoding: str) -> None:
    """Review 22: `planeval issues` at 80 columns printed 「デジタル支援／員の募集に応／募がなく、
    ベ／ンダーへの委／託を検討した」. Each word now stands whole on a line, at every width."""
    rows = [
        ["1-2-1 デジタルデバイド対策", "① 地域におけるデジタル支援員の配置", "△", VENDOR_TEXTS[0]],
        ["", "② スマホ教室の開催", "×", VENDOR_TEXTS[1]],
        ["1-2-2 行政手続のオンライン化", "① 標準準拠システムへの移行", "△", VENDOR_TEXTS[2]],
    ]
    sheet = [["情報化政策1 デジタル社会の実現"], [*HEADER, "所管部"]]
    sheet += [[*row, "デジタル推進部"] for row in rows]
    path = write_book(tmp_path / "DX推進計画_進捗状況.xlsx", {"第3章": sheet})
    runner = CliRunner(charset=encoding)
    for width in (40, 80, 120):
        out = runner.invoke(app, ["issues", str(path)], env={"COLUMNS": str(width)}).stdout
        assert out.count("支援員") == 2 and out.count("ベンダー") == 3, out
        bar = "│" if encoding == "utf-8" else "|"
        cells = [cell.strip() for row in _cells(out, bar) for cell in row] or out.splitlines()
        assert not [cell for cell in cells if cell.startswith(("ー", "ン", "員"))], out


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_hamura_s_shares_at_80_columns_break_after_the_kanji(tmp_path: Path, encoding: str) -> None:
    """羽村市's summary with --percent at 80 columns printed 「計画ど／おり／完了」 (review 22).
    「計画どおり」 whole takes 10 cells in each of three status columns: with 名称 at its least
    and the shares' 4 cells, 58 cells of the 52 there are. Each status is broken where its
    kana start, as tall: 「計画／どおり／完了」."""
    path, config = _hamura(tmp_path)
    args = ["summarize", path, "--percent", "--config", config]
    out = CliRunner(charset=encoding).invoke(app, args, env={"COLUMNS": "80"}).stdout
    bar = "│" if encoding == "utf-8" else "|"
    lines = out.splitlines()
    body = next(n for n, line in enumerate(lines) if line.startswith(("├", "+")) and n > 1)
    header = _cells("\n".join(lines[:body]), bar)
    assert len(header) == 3, out
    columns = [[row[index] for row in header] for index in range(len(header[0]))]
    assert ["計画", "どおり", "完了"] in columns and ["計画", "どおり", "進捗"] in columns, out
    assert ["次年度以降", "計画を", "見直す"] in columns, out


def test_a_short_name_is_kept_whole_where_the_box_can_give_it_room() -> None:
    """Review 82: 川崎市's issue list at 120 columns printed 「備蓄物資整備／事業」 over two lines
    while 出典 could break after its 「›」 for no more lines in all."""
    import io

    from rich.console import Console

    from planeval.report import terminal
    from planeval.report.render import TableData

    rows = [
        ["1-1", "備蓄物資整備事業", "4",
         "Ⅱ 改善しながら継続（備蓄倉庫の確保が遅れたため、令和7年度に再配置計画を策定する）",
         "危機管理課", "総務企画局.xlsx › 評価票 › D8"],
        ["1-2", "がん検診事業", "5",
         "Ⅲ 規模・執行体制を見直し（受診率が目標を大きく下回ったため、個別勧奨の方法を見直す）",
         "健康増進課", "健康福祉局.xlsx › 評価票 › D8"],
        ["2-1", "産後ケア事業", "4", "Ⅱ 改善しながら継続（利用施設の不足）", "こども保健課",
         "こども未来局.xlsx › 評価票 › D9"],
        ["3-1", "創業支援事業", "4", "Ⅱ 改善しながら継続（相談件数が伸びなかった）",
         "産業政策課", "経済労働局.xlsx › 評価票 › D6"],
        ["3-2", "環境学習事業", "4", "Ⅱ 改善しながら継続（参加者が減少）", "環境調整課",
         "環境局.xlsx › 評価票 › D8"],
    ]  # fmt: skip
    headers = ["番号", "事務事業", "達成度", "今後の方向性", "所管課", "出典"]
    console = Console(file=io.StringIO(), width=120)
    terminal.write_rich([TableData("課題一覧", headers, rows)], console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "備蓄物資整備事業" in shown, shown
    assert len(shown.splitlines()) <= 2 + 3 + 10 + 1, shown  # (title, header, rows: no taller)
