"""The issue list at 80 columns (review 31 #15): the room left after IDs, statuses and
departments goes where it makes the table fewest lines. Shared evenly, 課題 was folded in 11
cells (「基幹／システム／改修の／遅れにより／一部延期」) beside 出典 given 18, and katakana words
were broken inside (「オープンデー／タ」「公開デー／タセット」)."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console

from planeval.report.render import TableData
from planeval.report.terminal import write_rich

# (a 政令市's returns: each 局 its own file, as the issue list gives its 出典)
ROWS = [
    ("1-1-1③", "申請データの基幹連携", "C", "基幹システム改修の遅れにより一部延期", "市民局", "D9"),
    (
        "1-2-1②",
        "オープンデータの公開拡大",
        "A",
        "公開データセット数が目標を上回った",
        "総務局",
        "D8",
    ),
    ("2-1-2②", "会議資料のペーパーレス化", "D", "議会との調整が未了", "財政局", "D8"),
    (
        "3-1-2②",
        "子育て支援情報の一元化",
        "C",
        "システム間の調整に時間を要している",
        "健康福祉局",
        "D8",
    ),
]


def _issues() -> TableData:
    rows = [
        [i, name, s, issue, bureau, f"実施状況調査票_2024_{bureau}.xlsx › 実施状況 › {cell}"]
        for i, name, s, issue, bureau, cell in ROWS
    ]
    headers = ("番号", "取組", "評価", "課題・今後の方向性", "所管局", "出典")
    return TableData("課題一覧", headers, rows)


def test_at_80_columns_the_issue_text_gets_the_room() -> None:
    out = io.StringIO()
    write_rich([_issues()], Console(file=out, width=80, color_system=None))
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    assert lines == [
        "課題一覧",
        "┌────────┬─────────────┬──────┬──────────────┬────────────┬────────────────────┐",
        "│        │             │      │ 課題・       │            │                    │",
        "│ 番号   │ 取組        │ 評価 │ 今後の方向性 │ 所管局     │ 出典               │",
        "├────────┼─────────────┼──────┼──────────────┼────────────┼────────────────────┤",
        "│ 1-1-1③ │ 申請データ  │ C    │ 基幹システム │ 市民局     │ 実施状況調査票_    │",
        "│        │ の基幹連携  │      │ 改修の遅れに │            │ 2024_市民局.xlsx › │",
        "│        │             │      │ より一部延期 │            │ 実施状況 › D9      │",
        "│ 1-2-1② │ オープン    │ A    │ 公開         │ 総務局     │ 実施状況調査票_    │",
        "│        │ データの    │      │ データセット │            │ 2024_総務局.xlsx › │",
        "│        │ 公開拡大    │      │ 数が目標を   │            │ 実施状況 › D8      │",
        "│        │             │      │ 上回った     │            │                    │",
        "│ 2-1-2② │ 会議資料の  │ D    │ 議会との     │ 財政局     │ 実施状況調査票_    │",
        "│        │ ペーパーレ  │      │ 調整が未了   │            │ 2024_財政局.xlsx › │",
        "│        │ ス化        │      │              │            │ 実施状況 › D8      │",
        "│ 3-1-2② │ 子育て      │ C    │ システム間の │ 健康福祉局 │ 実施状況調査票_    │",
        "│        │ 支援情報の  │      │ 調整に時間を │            │ 2024_              │",
        "│        │ 一元化      │      │ 要している   │            │ 健康福祉局.xlsx ›  │",
        "│        │             │      │              │            │ 実施状況 › D8      │",
        "└────────┴─────────────┴──────┴──────────────┴────────────┴────────────────────┘",
    ]


def test_a_katakana_word_is_kept_whole_for_one_line_more() -> None:
    """A ward's director reads 「ペーパーレ／ス化」 as a misprint: at 64 columns the fewest lines
    broke it (取組 in 10 cells beside a 課題 in 18); one line more (the header's)
    keeps it whole, and 「申請データの」 over 「基幹連携」 too. Where whole takes two lines
    more (the test above, 80 columns beside 出典's files) the table is not made longer."""
    rows = [
        ["2-1-2②", "会議資料のペーパーレス化", "D", "議会との調整が未了", "財政局"],
        ["1-1-1③", "申請データの基幹連携", "C", "基幹業務の改修の遅れにより一部延期", "市民局"],
        ["3-1-2②", "子育て支援情報の一元化", "C", "関係課との調整に時間を要している", "健康福祉局"],
    ]
    headers = ("番号", "取組", "評価", "課題・今後の方向性", "所管局")
    out = io.StringIO()
    write_rich(
        [TableData("課題一覧", headers, rows)], Console(file=out, width=64, color_system=None)
    )
    assert [line.rstrip() for line in out.getvalue().splitlines()] == [
        "課題一覧",
        "┌────────┬────────────────┬──────┬────────────────┬────────────┐",
        "│        │                │      │ 課題・         │            │",
        "│ 番号   │ 取組           │ 評価 │ 今後の方向性   │ 所管局     │",
        "├────────┼────────────────┼──────┼────────────────┼────────────┤",
        "│ 2-1-2② │ 会議資料の     │ D    │ 議会との調整が │ 財政局     │",
        "│        │ ペーパーレス化 │      │ 未了           │            │",
        "│ 1-1-1③ │ 申請データの   │ C    │ 基幹業務の改修 │ 市民局     │",
        "│        │ 基幹連携       │      │ の遅れにより   │            │",
        "│        │                │      │ 一部延期       │            │",
        "│ 3-1-2② │ 子育て支援     │ C    │ 関係課との     │ 健康福祉局 │",
        "│        │ 情報の一元化   │      │ 調整に時間を   │            │",
        "│        │                │      │ 要している     │            │",
        "└────────┴────────────────┴──────┴────────────────┴────────────┘",
    ]


def test_a_katakana_run_broken_is_counted_apart_from_other_breaks() -> None:
    from planeval.report.fold import katakana_breaks

    assert katakana_breaks("会議資料のペーパーレス化", ["会議資料の", "ペーパーレ", "ス化"]) == 1
    assert katakana_breaks("会議資料のペーパーレス化", ["会議資料の", "ペーパーレス", "化"]) == 0
    assert katakana_breaks("RPA・AIの活用", ["RPA・", "AIの活用"]) == 0
    assert katakana_breaks("コミュニケーションツール", ["コミュ", "ニケーシ", "ョンツール"]) == 2


_REASON = "一部の指標が目標を下回っており、改善に向けた検討が必要。"
KITAKAWACHI = [  # (北河内市's 課題のある施策, its two issue columns: review 155 #4)
    ("2-7", "観光の振興", "C", _REASON, "事業手法の見直しを検討する", "市民生活部", "D12"),
    ("4-5", "子どもの貧困対策", "C", _REASON, "事業手法の見直しを検討する", "子ども未来部", "D10"),
    ("5-7", "空き家対策の推進", "C", _REASON, "事業手法の見直しを検討する", "都市整備部", "E10"),
    ("6-5", "公共施設マネジメント", "D", "指標が策定時を下回り、課題の検証が必要。",
     "課題を検証し、手法を再構築する", "総合政策部", "D8"),
]  # fmt: skip


def test_the_places_are_given_what_they_need_and_the_texts_the_rest() -> None:
    """北河内市's issues gave 出典 as many cells as 評価の理由 or more (review 155 #4): at 110
    columns 出典 took 25 cells on three lines while 評価の理由 ran to five in 17, each entry
    five lines. 出典 is as narrow as folds each place in three lines (its file over two, its
    sheet › cell on a third), 評価の理由 about as wide, each entry as tall as its place."""
    rows = [
        [*row[:6], f"令和8_施策評価シート_{row[5]}.xlsx › 施策評価 › {row[6]}"]
        for row in KITAKAWACHI
    ]
    headers = ("番号", "施策", "評価", "評価の理由", "今後の方向性", "担当部", "出典")
    out = io.StringIO()
    write_rich([TableData("課題のある施策", headers, rows)], Console(file=out, width=110))
    lines = out.getvalue().splitlines()
    widths = [len(cell) for cell in lines[1].strip("┌┐").split("┬")]
    assert widths[6] - 2 == cell_len("令和8_施策評価シート_"), lines[:8]  # (its widest line)
    assert widths[3] >= widths[6] - 1, lines[:8]
    body = lines[lines.index(next(line for line in lines if line.startswith("├"))) + 1 : -1]
    assert len(body) == 3 * len(rows), lines
