"""Reviews 191 and 189 on a terminal: a card's zero (191 #5), a body's reason beside its
name (191 #6), the name notice's cell (191 #6), a digit status's word and a name broken
between its words (189 #7)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.conftest import write_book
from tests.prefecture_forms import reply


def test_a_card_of_compare_s_counts_per_body_says_a_zero(tmp_path: Path) -> None:
    """191 #5: on a narrow terminal a body's card read 「改善 1  後退 」, a label with no figure."""
    for year, statuses in (("r5", ["△"]), ("r6", ["○"])):
        (tmp_path / year).mkdir()
        for number in range(21):
            reply(tmp_path / year / f"{number + 1:02d}町.xlsx", statuses)
    reply(tmp_path / "r5" / "22町.xlsx", ["○"])
    reply(tmp_path / "r6" / "22町.xlsx", ["△"])
    args = ["compare", str(tmp_path / "r5"), str(tmp_path / "r6"), "--bodies", "file"]
    done = CliRunner().invoke(app, args, env={"COLUMNS": "24"})
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    assert lines[2:6] == ["合計", "  改善 21  後退 1  計 22", "団体 01町", "  改善 1  後退 0  計 1"]
    at = lines.index("団体 22町")
    assert lines[at + 1] == "  改善 0  後退 1  計 1"


def test_a_card_says_a_status_that_is_a_number_with_its_word(tmp_path: Path) -> None:
    """189 #7: 「1：1件  2：2件」 at 40 columns, a grade and a count alike."""
    rows: list[list[object]] = [["政策", "番号", "事務事業名", "達成度"]]
    rows += [
        ["1 安心・安全で快適に暮らせるまち", "1-1", "防災訓練推進事業", 1],
        ["1 安心・安全で快適に暮らせるまち", "1-2", "耐震化促進事業", 3],
        ["2 子どもを育み誰もが生き生きと暮らせるまち", "2-1", "交通安全啓発事業", 3],
    ]
    book = write_book(tmp_path / "局.xlsx", {"評価票": rows})
    settings = tmp_path / "planeval.toml"
    settings.write_text('[scale]\npreset = "kawasaki"\n\n[wording]\nstatus = "達成度"\n', "utf-8")
    args = ["summarize", str(book), "--config", str(settings)]
    done = CliRunner().invoke(app, args, env={"COLUMNS": "40"})
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[1:5] == [
        "政策1 安心・安全で快適に暮らせるまち",
        "  達成度1：1件  達成度2：0件",
        "  達成度3：1件  達成度4：0件",
        "  達成度5：0件  計 2",
    ]


def test_a_name_written_otherwise_is_told_at_its_cell(tmp_path: Path) -> None:
    """191 #6: 鶴ヶ島町's notice (its 団体名 typed 鶴ケ島町) named the file alone, 浜中町's the
    cell too (「› 調査票 › B3」)."""
    rows: list[list[object]] = [["令和7年度 進捗状況調査"], ["団体名", "鶴ケ島町"]]
    rows += [
        ["番号", "取組項目", "取組内容", "達成状況"],
        ["1-1-1", "電子申請", "電子申請の拡大", "○"],
    ]
    (tmp_path / "回収").mkdir()
    book = write_book(tmp_path / "回収" / "363022_鶴ヶ島町.xlsx", {"調査票": rows})
    args = ["summarize", str(tmp_path / "回収"), "--bodies", "file"]
    done = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert done.exit_code == 0, done.output
    assert done.stderr.splitlines()[0] == (
        f"お知らせ: {book} › 調査票 › B2: 団体名のセルは「鶴ケ島町」ですが、ファイル名の「鶴ヶ島町」と"
        "同じ団体の書き方の違いとみて、鶴ヶ島町の回答として数えました（別の団体の回答なら、"
        "団体名のセルかファイル名を直してください）"
    ), done.stderr


def test_a_body_s_reason_does_not_widen_its_column(tmp_path: Path) -> None:
    """191 #6: at 80 columns 「岬町（別の年度の調査票のため）」 took the 団体 column to 24 cells,
    every 名称 three lines, 「-（対象外）」 four: the reason is folded after the name instead."""
    import io

    from rich.console import Console

    from planeval.report.render import TableData, write_tables

    names = ("行政サービスのデジタル化", "行政運営の効率化", "デジタル基盤の整備")
    rows = [
        [body, str(n), name, "0", "2", "1", "0", "3", "1"]
        for body in ("北浜市", "海老名崎市")
        for n, name in enumerate(names, start=1)
    ]
    rows.insert(3, ["岬町（別の年度の調査票のため）", "", "", "", "", "", "", "", ""])
    headers = ("団体", "番号", "名称", "A", "B", "C", "D", "計", "-（対象外）")
    table = TableData("団体・取組分野別の評価", headers, rows, frozenset(range(3, 9)))
    stream = io.StringIO()
    console = Console(file=stream, width=80, color_system=None)
    write_tables([table], "rich", console=console, stream=stream)
    lines = stream.getvalue().splitlines()
    assert lines[1:13] == [
        "┌───────────────┬──────┬────────────────────┬───┬───┬───┬───┬────┬─────────────┐",
        "│ 団体          │ 番号 │ 名称               │ A │ B │ C │ D │ 計 │ -（対象外） │",
        "├───────────────┼──────┼────────────────────┼───┼───┼───┼───┼────┼─────────────┤",
        "│ 北浜市        │ 1    │ 行政サービスの     │ 0 │ 2 │ 1 │ 0 │  3 │           1 │",
        "│               │      │ デジタル化         │   │   │   │   │    │             │",
        "│ 北浜市        │ 2    │ 行政運営の効率化   │ 0 │ 2 │ 1 │ 0 │  3 │           1 │",
        "│ 北浜市        │ 3    │ デジタル基盤の整備 │ 0 │ 2 │ 1 │ 0 │  3 │           1 │",
        "│ 岬町          │      │                    │   │   │   │   │    │             │",
        "│ （別の年度の  │      │                    │   │   │   │   │    │             │",
        "│ 調査票の      │      │                    │   │   │   │   │    │             │",
        "│ ため）        │      │                    │   │   │   │   │    │             │",
        "│ 海老名崎市    │ 1    │ 行政サービスの     │ 0 │ 2 │ 1 │ 0 │  3 │           1 │",
    ]


def test_a_note_breaks_before_its_bracketed_aside_not_after_its_first_words() -> None:
    """189 #7: at 120 columns the うち重点 note broke right after 「「うち重点」は、」, the rest
    on one line; a bracketed aside of phrases (「（内数。…）」) is a phrase of its own."""
    from rich.cells import cell_len

    from planeval.report.fold import packed

    note = (
        "「うち重点」は、計画の「重点」の列に印（●）のある行の件数です（内数。"
        "調査票の列の印が計画と違う行も、計画の印で数えています）。"
    )
    assert packed(note, 120, cell_len, phrases=True) == [
        "「うち重点」は、計画の「重点」の列に印（●）のある行の件数です",
        "  （内数。調査票の列の印が計画と違う行も、計画の印で数えています）。",
    ]
    assert packed(note, 40, cell_len, phrases=True) == [  # (not 「印」 over 「（●）」)
        "「うち重点」は、計画の「重点」の列に",
        "  印（●）のある行の件数です（内数。",
        "  調査票の列の印が計画と違う行も、",
        "  計画の印で数えています）。",
    ]


def test_a_name_cell_breaks_between_its_words() -> None:
    """189 #7: at 100 columns 「空き」 over 「家対策事業」: a kanji, its kana and a kanji
    (空き家) are one word, and an odd run of kanji after it starts a word of its own."""
    from rich.cells import cell_len

    from planeval.report.cell_folds import folded_cells
    from planeval.report.render import TableData

    names = ["空き家対策事業", "行政デジタル化推進事業", "空き家対策の推進"]
    table = TableData("課題一覧", ("事務事業",), [[name] for name in names], frozenset())
    for width, expected in (
        (12, ["空き家\n対策事業", "行政\nデジタル化\n推進事業", "空き家対策の\n推進"]),
        (8, ["空き家\n対策事業", "行政デジ\nタル化\n推進事業", "空き家\n対策の\n推進"]),
    ):
        folded = folded_cells(table, [0], [width], cell_len)
        assert [row[0] for row in folded.rows] == expected, width


def test_issues_at_100_columns_break_names_between_words(tmp_path: Path) -> None:
    """189 #7 through the CLI: 「空き家」 over 「対策事業」, 「行政」 over 「デジタル化」."""
    to_do = "目標値に届かなかった。要因を分析し来年度の手法を見直す。"
    header = ["政策", "施策", "事務事業名", "達成度", "課題・今後の方向性", "所管局"]
    (tmp_path / "R6").mkdir()
    for bureau, name, project in (
        ("総務企画局", "行政デジタル化推進事業", "1-1 災害に強いまちづくり"),
        ("市民文化局", "交通安全推進事業", "1-2 地域の安全・安心と文化"),
        ("まちづくり局", "空き家対策事業", "1-2 地域の安全・安心と文化"),
    ):
        row = ["1 安心・安全なまち", project, name, 4, to_do, bureau]
        write_book(tmp_path / "R6" / f"{bureau}.xlsx", {"評価票": [header, row]})
    settings = tmp_path / "planeval.toml"
    settings.write_text(
        '[scale]\npreset = "kawasaki"\n\n[wording]\nitem = "事務事業"\nstatus = "達成度"\n'
        'department = "所管局"\n',
        "utf-8",
    )
    args = ["issues", str(tmp_path / "R6"), "--config", str(settings)]
    done = CliRunner().invoke(app, args, env={"COLUMNS": "100"})
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines()[4:10] == [
        "│ 1-1 災害に │ 行政         │ 4      │ 目標値に届かなかった。 │ 総務企画局   │ 総務企画局.xlsx ›   │",
        "│ 強いまちづ │ デジタル化   │        │ 要因を分析し来年度の   │              │ 評価票 › E2         │",
        "│ くり       │ 推進事業     │        │ 手法を見直す。         │              │                     │",
        "│ 1-2 地域の │ 空き家       │ 4      │ 目標値に届かなかった。 │ まちづくり局 │ まちづくり局.xlsx › │",
        "│ 安全・     │ 対策事業     │        │ 要因を分析し来年度の   │              │ 評価票 › E2         │",
        "│ 安心と文化 │              │        │ 手法を見直す。         │              │                     │",
    ]  # fmt: skip
