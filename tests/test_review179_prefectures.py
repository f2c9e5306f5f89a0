"""A national survey's list of bodies gives each one's 都道府県 (団体コード | 都道府県 | 団体名 |
回答状況), but 団体別集計 showed only 団体コード | 団体 in every format (review 179 #4): a
prefecture's clerk could not filter their municipalities, and a list of bodies not counted
named 福岡市 — a town of 秋田県's in that survey — as if it were 福岡県's city. Where the list
gives a prefecture, it is a column after the code, and those lists name each body with it."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import write_book
from tests.test_roster import _reply, run

LISTED = [  # (code, prefecture, name, mark)
    ("030007", "岩手県", "岩手県", ""),
    ("032018", "岩手県", "原沢市", ""),
    ("052035", "秋田県", "福岡市", "辞退"),
]
SENT = {"岩手県": ["○", "△"], "原沢市": ["◎"]}


def _survey(tmp_path: Path, *, prefectures: bool = True) -> Path:
    """The bodies' replies (福岡市 declined) and the list, with its 都道府県 or without."""
    return survey_of(tmp_path, LISTED, SENT, prefectures=prefectures)


def survey_of(
    tmp_path: Path,
    listed: list[tuple[str, str, str, str]],
    sent: dict[str, list[str]],
    *,
    prefectures: bool = True,
) -> Path:
    """The replies of ``sent`` and the list 団体一覧.xlsx of ``listed``, its 都道府県 or not."""
    head = ["団体コード", "都道府県", "団体名", "回答状況"]
    lines = [list(one) for one in listed]
    if not prefectures:
        head, lines = [head[0], *head[2:]], [[one[0], *one[2:]] for one in lines]
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": [head, *lines]})
    return replies_of(tmp_path, "団体一覧.xlsx", listed, sent)


def replies_of(
    tmp_path: Path, roster: str, listed: list[tuple[str, str, str, str]], sent: dict[str, list[str]]
) -> Path:
    """planeval.toml naming the list ``roster``, and the reply of each body of ``sent`` (its
    statuses) in 回答/, named by its code of ``listed`` and its name."""
    (tmp_path / "planeval.toml").write_text(f'[bodies]\nroster = "{roster}"\n', "utf-8")
    replies = tmp_path / "回答"
    replies.mkdir()
    codes = {name: code for code, _kind, name, _mark in listed}
    for name, statuses in sent.items():
        _reply(replies / f"{codes[name]}_{name}.xlsx", codes[name], name, statuses)
    return replies


def _export(tmp_path: Path, replies: Path) -> Path:
    out = tmp_path / "出力"
    out.mkdir()
    formats = [f"--{fmt}" for fmt in ("xlsx", "docx", "html", "md", "csv")]
    args = [arg for fmt in formats for arg in (fmt, str(out / f"報告.{fmt[2:]}"))]
    args[-1] = str(out / "csv")  # (a folder)
    done = run(tmp_path, "export", str(replies), "--bodies", "file", "-q", *args)
    assert done.exit_code == 0, done.output
    return out


def _rows_of_bodies(out: Path) -> list[list[str]]:
    with (out / "csv" / "団体別集計.csv").open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def test_each_format_s_table_of_bodies_has_the_list_s_prefecture(tmp_path: Path) -> None:
    from docx import Document

    out = _export(tmp_path, _survey(tmp_path))
    kinds = {name: kind for _code, kind, name, _mark in LISTED}
    codes = {name: code for code, _kind, name, _mark in LISTED}
    rows = _rows_of_bodies(out)
    assert rows[0][:3] == ["団体コード", "都道府県", "団体"]
    assert {row[2]: row[:2] for row in rows[1:] if row[2] in kinds} == {
        name: [codes[name], kinds[name]] for name in kinds
    }  # (福岡市 too, declined: its row, its prefecture)
    sheet = openpyxl.load_workbook(out / "報告.xlsx")["団体別集計"]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    at = next(i for i, row in enumerate(table) if row[0] == "団体コード")
    assert table[at][:3] == ["団体コード", "都道府県", "団体"]
    assert {row[2]: row[1] for row in table[at + 1 :] if row[2] in kinds} == kinds
    assert sheet.auto_filter.ref.startswith(f"A{at + 1}:")  # (filtered on the prefecture too)
    assert sheet.column_dimensions["B"].width >= 10  # (「和歌山県」 whole)
    md = (out / "報告.md").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("| 団体コード | 都道府県 | 団体 |") for line in md)
    html = (out / "報告.html").read_text(encoding="utf-8")
    assert '<td class="id">032018</td><td class="id">岩手県</td>' in html
    word = Document(str(out / "報告.docx"))
    heads = [[cell.text for cell in t.rows[0].cells[:3]] for t in word.tables]
    assert ["団体コード", "都道府県", "団体"] in heads
    # the bodies not counted named with their prefecture: 秋田県福岡市, not 福岡市 alone
    said = [line for line in md if "福岡市" in line and not line.startswith("|")]  # (not rows)
    assert said and all("秋田県福岡市" in line for line in said)
    assert not any("岩手県岩手県" in line for line in md)  # (a prefecture named once)


def test_summarize_by_body_as_csv_has_it_too(tmp_path: Path) -> None:
    replies = _survey(tmp_path)
    done = run(tmp_path, "summarize", str(replies), "--bodies", "file", "--by", "body", "-f", "csv")
    assert done.exit_code == 0, done.output
    rows = list(csv.reader(done.stdout.lstrip("\ufeff").splitlines()))
    assert rows[0][:3] == ["団体コード", "都道府県", "団体"]
    assert [row[1] for row in rows[1:] if row[2] == "原沢市"] == ["岩手県"]
    done = run(tmp_path, "summarize", str(replies), "--bodies", "file", "--by", "body")
    assert done.exit_code == 0 and "秋田県福岡市（辞退）" in done.stdout  # (its note)


@pytest.mark.parametrize("fmt", ["csv", "md"])
def test_a_list_without_prefectures_changes_nothing(tmp_path: Path, fmt: str) -> None:
    out = _export(tmp_path, _survey(tmp_path, prefectures=False))
    if fmt == "csv":
        assert _rows_of_bodies(out)[0][:2] == ["団体コード", "団体"]
    else:
        md = (out / "報告.md").read_text(encoding="utf-8")
        assert "都道府県" not in md and "秋田県福岡市" not in md
