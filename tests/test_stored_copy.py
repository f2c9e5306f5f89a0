"""A workbook with a large part is inflated once: calamine reads the parts as they were
inflated while judged (io/parts.StoredCopy), and reads them as it reads the file itself."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import planeval
from planeval.io import parts
from tests.conftest import write_book

HEADER = ["情報化計画事業の体系", "実施内容", "細目", "所管部", "達成状況", "課題等"]


def _large_book(path: Path) -> Path:
    """A table whose issue texts (its shared strings) inflate past parts.CHUNK."""
    rows: list[list[object]] = [HEADER]
    for index in range(1_200):
        project = f"1-1-{index + 1} 事業{index + 1}"
        issue = f"課題{index}：" + "予算と人員の確保が必要である。" * 40
        rows.append([project, "(1) 項目", "", "総務部", "◎○△×"[index % 4], issue])
    return write_book(path, {"第3章": rows})


def test_calamine_reads_the_parts_inflated_while_judged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _large_book(tmp_path / "status.xlsx")
    with zipfile.ZipFile(path) as archive:
        assert max(info.file_size for info in archive.infolist()) > parts.CHUNK
    read: list[int] = []
    real = parts.StoredCopy.read

    def counted(copy: parts.StoredCopy, most: int = -1) -> bytes:
        piece = real(copy, most)
        read.append(len(piece))
        return piece

    monkeypatch.setattr(parts.StoredCopy, "read", counted)
    quick = planeval.read_workbooks([path])
    assert (
        sum(read)
        == sum(info.file_size for info in zipfile.ZipFile(path).infolist())
        + sum(76 + 2 * len(info.filename.encode()) for info in zipfile.ZipFile(path).infolist())
        + 22
    )  # (every part stored: its two headers, its bytes; the end record)
    slow = planeval.read_workbooks([path], engine="openpyxl")
    assert [(e.project_id, e.status_text) for e in quick.entries][:4] == [
        ("1-1-1", "◎"), ("1-1-2", "○"), ("1-1-3", "△"), ("1-1-4", "×"),
    ]  # fmt: skip
    assert len(quick.entries) == 1_200
    assert quick.entries == slow.entries
    assert quick.problems == slow.problems


def test_a_small_workbook_is_read_from_the_parts_inflated_while_judged_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A roll-up's small files too: calamine inflated each part again (perf59c: 14.77 → 14.28 M
    instructions a file of independent M); it reads them stored, joined in one piece."""
    from python_calamine import CalamineWorkbook

    path = write_book(
        tmp_path / "status.xlsx",
        {"第3章": [HEADER, ["1-1-1 事業", "(1) 項目", "", "総務部", "◎", ""]]},
    )
    given: list[bytes] = []
    real = CalamineWorkbook.from_filelike

    def kept(filelike: io.BytesIO) -> CalamineWorkbook:
        given.append(filelike.getvalue())
        return real(filelike)

    monkeypatch.setattr(CalamineWorkbook, "from_filelike", kept)
    monkeypatch.setattr(parts.StoredCopy, "read", lambda *args: pytest.fail("read piece by piece"))
    assert [e.status_text for e in planeval.read_workbooks([path]).entries] == ["◎"]
    with zipfile.ZipFile(io.BytesIO(given[0])) as copy, zipfile.ZipFile(path) as archive:
        assert {info.compress_type for info in copy.infolist()} == {zipfile.ZIP_STORED}
        assert {name: copy.read(name) for name in copy.namelist()} == {
            name: archive.read(name) for name in archive.namelist()
        }


def test_calamines_memory_of_a_large_file_is_given_back_before_its_cells_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planeval.io import fast

    large = _large_book(tmp_path / "large.xlsx")
    small = write_book(
        tmp_path / "small.xlsx",
        {"第3章": [HEADER, ["1-1-1 事業", "(1) 項目", "", "総務部", "◎", ""]]},
    )
    steps: list[str] = []
    real_grid = fast._grid
    monkeypatch.setattr(fast, "_give_back", lambda: steps.append("given back"))
    monkeypatch.setattr(fast, "_grid", lambda *args: (steps.append("cells"), real_grid(*args))[1])
    assert len(planeval.read_workbooks([large]).entries) == 1_200
    assert steps == ["given back", "cells", "given back"]
    steps.clear()
    assert len(planeval.read_workbooks([small]).entries) == 1
    assert steps == ["cells"]
