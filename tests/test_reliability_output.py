"""Reliability, second round: writing outputs."""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import pytest

from planeval.errors import PlanevalError, UsageError
from planeval.output import (
    TEMP_PREFIX,
    atomic_path,
    check_targets,
    write_text_atomic,
    written_together,
)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX))


def test_of_two_writers_of_one_new_path_exactly_one_wins(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    ready = threading.Barrier(2)
    outcomes: list[object] = []

    def write(text: str) -> None:
        try:
            with atomic_path(target, force=False) as temporary:
                temporary.write_text(text, encoding="utf-8")
                ready.wait()
            outcomes.append(text)
        except UsageError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=write, args=(text,)) for text in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    [winner] = [o for o in outcomes if isinstance(o, str)]
    [loser] = [o for o in outcomes if isinstance(o, UsageError)]
    assert target.read_text(encoding="utf-8") == winner
    assert f"出力先 {target} はすでにあります" in str(loser) and loser.exit_code == 2
    assert leftovers(tmp_path) == []


def test_force_replaces_and_check_targets_force_is_remembered(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UsageError, match="すでにあります"):
        write_text_atomic(target, "new")
    check_targets([target], [], force=True)
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize("interrupt", [RuntimeError, KeyboardInterrupt])
def test_temporaries_are_removed_on_every_way_out(tmp_path: Path, interrupt) -> None:
    with pytest.raises(interrupt), atomic_path(tmp_path / "a.md") as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise interrupt
    assert list(tmp_path.iterdir()) == []


def test_a_temporary_left_by_a_killed_run_is_removed_by_the_next(tmp_path: Path) -> None:
    stale = tmp_path / f"{TEMP_PREFIX}a.md.abc123.tmp"
    stale.write_text("half", encoding="utf-8")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    write_text_atomic(tmp_path / "a.md", "new")
    assert leftovers(tmp_path) == []


def test_a_group_is_published_all_or_nothing(tmp_path: Path) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    second.write_text("someone else's", encoding="utf-8")
    with (
        pytest.raises(UsageError, match=r"b\.md はすでにあります"),
        written_together([first, second], force=False) as temporaries,
    ):
        for temporary in temporaries.values():
            temporary.write_text("new", encoding="utf-8")
    assert not first.exists() and second.read_text(encoding="utf-8") == "someone else's"
    assert leftovers(tmp_path) == []
    first.write_text("old a", encoding="utf-8")
    with written_together([first, second], force=True) as temporaries:
        for temporary in temporaries.values():
            temporary.write_text("new", encoding="utf-8")
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8") == "new"


def test_a_full_disk_is_a_sentence_and_exit_code_1(tmp_path: Path) -> None:
    with pytest.raises(PlanevalError) as info, atomic_path(tmp_path / "a.xlsx") as temporary:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(temporary))
    assert "ディスクの空きが足りない" in str(info.value) and info.value.exit_code == 1
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_while_publishing_leaves_the_old_files(tmp_path: Path, monkeypatch) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    real = os.replace
    calls = []

    def full(source, target):
        calls.append(target)
        if len(calls) == 3:  # a kept aside, a published, b kept aside: fail there
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        return real(source, target)

    for path in (first, second):
        path.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "replace", full)
    with (
        pytest.raises(PlanevalError, match="ディスクの空き"),
        written_together([first, second], force=True) as temporaries,
    ):
        for temporary in temporaries.values():
            temporary.write_text("new", encoding="utf-8")
    monkeypatch.undo()
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_outputs_named_wrongly_are_usage_errors_naming_the_path(tmp_path: Path) -> None:
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match=r"のフォルダ .*file\.txt はファイルです"):
        check_targets([a_file / "out.md"], [], force=False)
    with pytest.raises(UsageError, match="途中にファイルがある"):
        write_text_atomic(a_file / "out.md", "x")
    folder = tmp_path / "folder.md"
    folder.mkdir()
    with pytest.raises(UsageError, match="はフォルダです"):
        check_targets([folder], [], force=True)
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o500)
    try:
        if os.access(closed, os.W_OK):
            return  # (running as root: nothing is read-only)
        with pytest.raises(UsageError, match="書き込めません") as info:
            write_text_atomic(closed / "out.md", "x")
        assert info.value.exit_code == 2
    finally:
        closed.chmod(0o755)


def test_a_fault_names_the_output_as_given_and_no_path_is_made_up(tmp_path: Path) -> None:
    """Review 37: a folder that could not be written named planeval's temporary
    (「…/.planeval-第3章.xlsx.shbnmj8u.tmp に書き込めません」), /proc/… said the OS's English
    (exit 1), and a typo'd output folder, /nonexist/dir/, was made without a word."""
    target = tmp_path / "第3章.xlsx"
    with pytest.raises(UsageError) as denied, atomic_path(target) as temporary:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(temporary))
    assert str(denied.value).startswith(f"{target} に書き込めません（書き込みが許されていない")
    with pytest.raises(UsageError) as nowhere, atomic_path(target) as temporary:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(temporary))
    assert "ファイルを作れない場所か名前です" in str(nowhere.value)
    assert os.strerror(errno.ENOENT) not in str(nowhere.value) and nowhere.value.exit_code == 2
    typo = tmp_path / "nonexist" / "dir" / "第3章.xlsx"
    with pytest.raises(UsageError, match=r"のフォルダ .*nonexist がありません"):
        write_text_atomic(typo, "x")
    assert not (tmp_path / "nonexist").exists()
    write_text_atomic(tmp_path / "調査票" / "総務部.xlsx", "x")  # (its own folder: made)
    assert (tmp_path / "調査票" / "総務部.xlsx").exists()
