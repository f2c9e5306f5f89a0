"""Where a terminal's lines break (review 17): never before a closing bracket, 、。 or a file
name's 「.xlsx」, headers between their words, and every value of a 40-column block labelled."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planeval.cli import app
from planeval.report.fold import _NO_LINE_END, _NO_LINE_START, cp932_width, folded, folded_words
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
        if after.lstrip()[:1] in _NO_LINE_START or before.rstrip()[-1:] in _NO_LINE_END
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
        "次年度以降計",
        "画を見直す",
        "割合（%）",
    ]


def test_share_headers_at_80_columns_keep_their_words(tmp_path) -> None:
    """Review 17: 「C 割 / 合 / （%）」 beside 「A 割合 / （%）」 at 80 columns."""
    out = summarize(80, tmp_path)
    header = out[: out.index("├")]
    cells = [cell.strip() for line in header.splitlines() for cell in line.split("│")[1:-1]]
    assert not {"割", "合", "C 割", "D 割"} & set(cells), header
    assert cells.count("（%）") == 4, header


def test_at_40_columns_a_body_s_id_carries_its_label(tmp_path) -> None:
    """Review 17: 「団体 北海道札幌市 1-1」 — an ID beside a body read as part of its name."""
    for name in ("011002_北海道札幌市", "013951_北海道ニセコ町"):
        rows = [HEADER, ["1-1-2 キャッシュレス決済", "① 窓口", "△", "遅れた"]]
        write_book(tmp_path / f"{name}.xlsx", {"第3章": [["情報化政策1 行政手続"], *rows]})
    out = run(40, "issues", str(tmp_path), "--bodies", "file").stdout.splitlines()
    assert "団体 北海道札幌市  ID 1-1-2①" in out, out  # (beside a name of up to 12 cells)
    assert out[out.index("団体 北海道ニセコ町") + 1] == "  ID 1-1-2①", out
    shown = run(40, "summarize", str(tmp_path), "--bodies", "file", "--by", "body-policy")
    assert "団体 北海道札幌市  ID 1" in shown.stdout.splitlines(), shown.stdout
