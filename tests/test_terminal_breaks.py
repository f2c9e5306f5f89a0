"""Where a terminal's lines break (review 17): never before a closing bracket, 、。 or a file
name's 「.xlsx」, headers between their words, and every value of a 40-column block labelled."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.breaks import NO_LINE_END, NO_LINE_START
from planeval.report.fold import cp932_width, folded, folded_words
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "達成状況", "課題等"]
TEXTS = [
    # the share note's end, 「…（ID 1 100.1）。」: 「）。」 started a line at 120 columns
    "同じ件数は同じ割合としているため、合計が100.0にならない行があります（ID 1 は 100.1%）。",
    # a file's name: 「011002_北海道札幌市」 over 「.xlsx › 調査票 › D8」
    "011002_北海道札幌市.xlsx › 調査票 › D8",
    "KPI評価_令和5年度.xlsx › KPI評価 › H7",
    "国の仕様確定の遅れにより一部を次年度に延期（「1-1-3」を参照）。",
    "キャッシュレス決済の導入（窓口・オンライン）、マイナンバーカードの利活用。",
]


def run(width: int, *args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": str(width)})


def broken_badly(lines: list[str]) -> list[tuple[str, str]]:
    """Each pair of lines where the second starts with what never starts a line (、。）」 ー
    a small kana, or a word starting so) or the first ends with an opening bracket."""
    return [
        (before, after)
        for before, after in pairwise(lines)
        if after.lstrip()[:1] in NO_LINE_START or before.rstrip()[-1:] in NO_LINE_END
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_no_folded_line_starts_with_a_closing_bracket_or_a_stop(text: str) -> None:
    for measure in (None, cp932_width):
        for width in range(12, 60):
            lines = folded(text, width, measure=measure)
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            assert not broken_badly(lines), (width, lines)


def _shares(folder: Path) -> Path:
    """A policy rated A A B B C C D on Hamamatsu's scale: its shares 28.6 ×3 and 14.3 add up to
    100.1, which the note under the percentages names."""
    (folder / "planeval.toml").write_text('[scale]\npreset = "hamamatsu"\n', encoding="utf-8")
    rows = [["1-1-1 事業", f"{n} 取組", s, ""] for n, s in enumerate("AABBCCD", 1)]
    sheet = [["情報化政策1 市民サービスのDX"], HEADER, *rows]
    return write_book(folder / "進捗.xlsx", {"第3章": sheet})


def summarize(width: int, folder: Path) -> str:
    path, config = str(_shares(folder)), str(folder / "planeval.toml")
    return run(width, "summarize", path, "--percent", "--config", config).stdout


def test_the_share_note_breaks_before_no_closing_bracket_at_any_width(tmp_path) -> None:
    for width in range(40, 131):
        out = summarize(width, tmp_path)
        note = out[out.index("※") :].splitlines()
        assert "100.1%）。" in "".join(line.strip() for line in note), out
        assert not broken_badly(note), (width, note)


@pytest.mark.parametrize(
    ("width", "lines"),
    [(5, ["C", "割合", "（%）"]), (6, ["C 割合", "（%）"]), (11, ["C 割合（%）"])],
)
def test_a_header_breaks_between_its_words(width: int, lines: list[str]) -> None:
    """Review 17: 「C 割 / 合 / （%）」 at 80 columns, a word broken for a symbol."""
    assert folded_words("C 割合（%）", width) == lines


def test_a_header_wider_than_its_column_folds_inside_a_word_only_where_it_must() -> None:
    assert folded_words("実施内容番号（表記）", 12) == ["実施内容番号", "（表記）"]
    assert folded_words("-（再掲）", 8) == ["-", "（再掲）"]
    assert folded_words("次年度以降計画を見直す 割合（%）", 12) == [
        "次年度以降",  # (not 「次年度以降計」 over 「画を見直す」: review 21)
        "計画を見直す",
        "割合（%）",
    ]


def test_share_headers_at_80_columns_keep_their_words(tmp_path) -> None:
    """Review 17: 「C 割 / 合 / （%）」 beside 「A 割合 / （%）」 at 80 columns. Each share now
    stands beside its count, headed 「割合」 (review 21): one line."""
    out = summarize(80, tmp_path)
    header = out[: out.index("├")]
    cells = [cell.strip() for line in header.splitlines() for cell in line.split("│")[1:-1]]
    assert not {"割", "合", "C 割", "D 割"} & set(cells), header
    assert cells == ["番号", "名称", "A", "割合", "B", "割合", "C", "割合", "D", "割合", "計"], (
        header
    )


def test_at_40_columns_a_body_s_id_carries_its_label(tmp_path) -> None:
    """Review 17: 「団体 北海道札幌市 1-1」 — an ID beside a body read as part of its name."""
    for name in ("011002_北海道札幌市", "013951_北海道ニセコ町"):
        rows = [HEADER, ["1-1-2 キャッシュレス決済", "① 窓口", "△", "遅れた"]]
        write_book(tmp_path / f"{name}.xlsx", {"第3章": [["情報化政策1 行政手続"], *rows]})
    out = run(40, "issues", str(tmp_path), "--bodies", "file").stdout.splitlines()
    assert "団体 北海道札幌市  番号 1-1-2①" in out, out  # (beside a name of up to 12 cells)
    assert out[out.index("団体 北海道ニセコ町") + 1] == "  番号 1-1-2①", out
    shown = run(40, "summarize", str(tmp_path), "--bodies", "file", "--by", "body-policy")
    assert "団体 北海道札幌市  番号 1" in shown.stdout.splitlines(), shown.stdout


def _drawn(table: object, width: int, encoding: str) -> list[str]:
    """The table as a console of ``width`` columns draws it, written in ``encoding`` (cp932: a
    Japanese Windows console, where ◎ and （ take two cells), each line without its borders."""
    import io

    from rich.console import Console

    from planeval.report.render import write_tables

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    console = Console(file=stream, width=width, color_system=None)
    write_tables([table], "rich", console=console, stream=stream)  # type: ignore[list-item]
    stream.flush()
    return raw.getvalue().decode(encoding).splitlines()


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
@pytest.mark.parametrize("width", [40, 80, 120])
def test_share_headers_fold_alike_and_names_take_the_room(width: int, encoding: str) -> None:
    """浜松市's summary with --percent at 80 columns (review 20): 「A 割合」 and 「B 割合」 kept
    one line while 「C / 割合 / （%）」 took three, and 名称 folded (「市民サービ／スのDX」) while
    each one-digit count column kept two cells."""
    from planeval.report.render import TableData

    symbols = "ABCD"
    rows = [
        ["1", "市民サービスのDX", "2", "2", "2", "1", "7", "28.6", "28.6", "28.6", "14.3"],
        ["2", "地域社会のDX", "2", "2", "3", "1", "8", "25.0", "25.0", "37.5", "12.5"],
        ["合計", "", "5", "6", "7", "3", "21", "23.8", "28.6", "33.3", "14.3"],
    ]
    headers = ["番号", "名称", *symbols, "計", *(f"{s} 割合（%）" for s in symbols)]
    table = TableData("基本方針別の評価", headers, rows, frozenset(range(2, 11)))
    lines = _drawn(table, width, encoding)
    width_of = cp932_width if encoding == "cp932" else len
    assert max(map(width_of, lines)) <= width
    if not lines[1].startswith(("┌", "+")):  # (40 columns: one block per row, each labelled)
        assert "番号 1 市民サービスのDX" in lines
        return
    body = next(n for n, line in enumerate(lines) if line.startswith(("├", "+-")) and n > 1)
    header_lines = [[cell.strip() for cell in line[1:-1].split(line[0])] for line in lines[2:body]]
    shares = [[cells[i] for cells in header_lines] for i in range(7, 11)]
    assert {tuple(bool(cell) for cell in share) for share in shares} == {
        tuple(bool(cell) for cell in shares[0])
    }, "\n".join(lines)  # (every share's header in as many lines)
    assert any("│ 市民サービスのDX " in line or "| 市民サービスのDX " in line for line in lines)


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
@pytest.mark.parametrize("width", [40, 80, 120])
def test_a_file_s_name_breaks_only_between_its_parts(width: int, encoding: str) -> None:
    """validate --plan's 提出状況 at 80 columns (review 20): 「…企画財政／部.xlsx」 broke the
    department's name while the one-digit count beside it kept its 14-cell header on one line.
    A file's name breaks after its 「_」 at most, at 40 columns too, and the count's header
    folds first."""
    from planeval.report.render import TableData

    departments = ["総務部", "企画財政部", "市民生活部", "都市整備部"]
    rows = [
        [name, "提出済", str(count), f"集中改革プラン取組状況_{name}.xlsx"]
        for name, count in zip(departments, [14, 9, 4, 2], strict=True)
    ]
    rows.insert(2, ["教育委員会", "未提出", "2", ""])
    table = TableData("提出状況", ("部", "状況", "所管の取組内容", "ファイル"), rows)
    text = "\n".join(_drawn(table, width, encoding))
    assert text.count("集中改革プラン取組状況_") == len(departments), text
    assert all(f"{name}.xlsx" in text for name in departments), text
    if width == 80:  # (the file whole: the count's header folded instead)
        assert "集中改革プラン取組状況_企画財政部.xlsx" in text, text


def _hamura(folder: Path) -> tuple[str, str]:
    """羽村市's 施策評価 as its clerk types it: a heading 施策27「都市基盤整備」 over each table,
    statuses written as whole phrases, and the 進捗 status its planeval.toml adds."""
    (folder / "planeval.toml").write_text(
        '[scale]\npreset = "hamura"\n\n[[scale.status]]\nsymbol = "計画どおり進捗"\n'
        'label = "計画どおり進捗"\n\n[wording]\npolicy = "施策"\nstatus = "評価結果"\n',
        encoding="utf-8",
    )
    head = ["事業名", "事業の目的・内容", "評　価", "評価の理由・今後の方向性", "担当課"]
    done, review, going = "計画どおり完了", "次年度以降計画を見直す", "計画どおり進捗"
    sheet: list[list[object]] = [["羽村市長期総合計画　施策評価（令和5年度）"]]
    for heading, statuses in (
        ("施策27「都市基盤整備」", [done, done, done, review]),
        ("施策28「道路・交通」", [done, going, going]),
    ):
        sheet += [[], [heading], head]
        sheet += [
            [f"事業{n}", "事業を進める。", s, "", "都市計画課"] for n, s in enumerate(statuses)
        ]
    path = write_book(folder / "施策評価結果_令和5年度.xlsx", {"施策評価": sheet})
    return str(path), str(folder / "planeval.toml")


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_whole_phrase_statuses_with_shares_make_a_short_header(tmp_path, encoding: str) -> None:
    """羽村市's --percent at 80 columns (review 21): each status, a whole phrase, was six lines
    tall over its one-digit count, and again with 「割合（%）」 over its share. Each share now
    stands beside its count under 「割合」 (the note under the table gives the unit), nothing
    cut; a legend that only repeats the headers is not printed."""
    path, config = _hamura(tmp_path)
    for width in (40, 80, 120):
        runner = CliRunner(charset=encoding)
        args = ["summarize", path, "--percent", "--config", config]
        shown = runner.invoke(app, args, env={"COLUMNS": str(width)})
        assert shown.exit_code == 0, shown.output
        out = shown.stdout
        note = "※割合（%）は小数第2位を四捨五入して小数第1位まで"
        assert "凡例" not in out and note in out.replace("\n  ", "")
        if width == 40:  # (one block per row, each share after its count)
            assert "  計画どおり完了 3  割合 75.0" in out.splitlines(), out
            continue
        from rich.cells import cell_len

        lines, bar = out.splitlines(), "│" if encoding == "utf-8" else "|"  # (cp932: ASCII)
        borders = [n for n, line in enumerate(lines) if line.startswith(("├", "┌", "+"))]
        header = lines[borders[0] + 1 : borders[1]]
        assert len(header) <= (3 if width == 80 else 1), out
        measure = cp932_width if encoding == "cp932" else cell_len
        assert all(measure(line) <= width for line in lines), out
        cells = [c.strip() for c in lines[borders[1] + 1].split(bar)[1:-1]]
        # (the added 進捗 among the preset's statuses of its kind, before 見直す)
        assert cells == ["27", "都市基盤整備", "3", "75.0", "0", "0.0", "1", "25.0", "4"], out
    plain = CliRunner().invoke(app, [*args, "-f", "csv"]).stdout  # (a CSV's columns as before)
    assert plain.splitlines()[0].endswith(
        "計画どおり完了 割合（%）,計画どおり進捗 割合（%）,次年度以降計画を見直す 割合（%）"
    )
