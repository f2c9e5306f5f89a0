"""A row of a table in Word's text whose name Word broke over lines is one row for check (review
130 #3): the Word export breaks a long name between its phrases, and Word's text writes the break
as a new line — 「15 窓口キャッシュレス決済の」 over 「導入<tab>20件<tab>16件<tab>B…」 read the
row's figures under no name as 「B 16件」, a disagreement. The rows' names tell a broken row; a
caption over a table of as many columns stays a line of its own."""

from __future__ import annotations

from pathlib import Path

from planeval.broken_rows import joined_rows
from planeval.model import Location, TextCell
from tests.test_check_own_export import run
from tests.test_check_pasted_tables import _case, _checked, _of

ROW = "導入\t20件\t16件\tB\t周知方法を工夫し、参加者の増加を図る。"


def test_a_row_whose_name_word_broke_is_read_as_one_row(tmp_path: Path) -> None:
    inputs, _scale = _case("nagoya_moriyama", tmp_path)
    text = tmp_path / "word.txt"
    header = "実施内容\t目標\t実績\t達成状況\t課題等"
    text.write_text(f"{header}\n15 窓口キャッシュレス決済の\n{ROW}\n", encoding="utf-8")
    _code, data = _checked(inputs, [text])
    assert _of(data, "disagreements", text) == []
    assert _of(data, "statements", text) == []


def test_the_word_export_given_as_it_is_reads_a_broken_name_whole(tmp_path: Path) -> None:
    """The .docx itself: a line break between two Japanese characters of a cell joins nothing
    (「窓口キャッシュレス決済の 導入」 named no item, and its row's figures were read)."""
    inputs, _scale = _case("nagoya_moriyama", tmp_path)
    document = tmp_path / "r.docx"
    assert run("export", *inputs, "--docx", str(document)).exit_code == 0
    _code, data = _checked(inputs, [document])
    assert _of(data, "disagreements", document) == []


def _lines(*texts: str) -> list[TextCell]:
    return [TextCell(Location("w.txt", None, f"{n}行目"), t) for n, t in enumerate(texts, 1)]


def test_a_name_broken_twice_is_joined_and_a_caption_is_not() -> None:
    names = ["防災対策の推進", "地域防災力向上事業", "窓口キャッシュレス決済の導入"]
    twice = _lines("1-1-1 防災", "対策の", "推進\t1 地域防災力", "向上事業\t50件\t57件\tA")
    assert [t.text for t in joined_rows(twice, names)] == [
        "1-1-1 防災対策の推進\t1 地域防災力向上事業\t50件\t57件\tA"
    ]
    assert joined_rows(twice, names)[0].location.cell == "1行目"
    caption = _lines("表2 防災対策の推進の実施内容", "実施内容\t目標\t実績\t達成状況\t課題等")
    assert joined_rows(caption, names) == caption
