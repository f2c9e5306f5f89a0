"""Writing outputs safely: never over an input, never half-written, never replacing a file
without ``--force`` — not even one that appeared after the check.

Every output is written to a temporary file beside it, named ``.planeval-<name>.<random>.tmp``
(a hidden name: a folder read as input passes over it), then published: without force by
``os.link`` of the finished temporary onto the target, which fails if the target exists by
then, so of two writers of one new path exactly one wins; with force by ``os.replace``. The
temporary is removed on every way out of a Python process (an error, Ctrl-C); one left by a
process killed outright (kill -9) is removed by the next run that writes the same output,
once it is an hour old. Several outputs written as a group (written_together) are all
written first and then published together: a failure leaves either all new or all old.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from planeval.errors import PlanevalError, UsageError
from planeval.gc_pause import free_cycles

TEMP_PREFIX = ".planeval-"
STALE_SECONDS = 3600
# targets check_targets was told may be replaced (--force); atomic_path replaces only these
_REPLACEABLE: set[Path] = set()


def check_targets(targets: Sequence[Path], inputs: Sequence[Path], *, force: bool) -> None:
    """Refuse, before anything is written, an output that is an input (even through a symlink)
    or that exists already (unless ``force``), or a folder, or one whose folder is a file."""
    input_files = {path.resolve() for path in inputs}
    for target in targets:
        resolved = target.resolve()
        if resolved in input_files or any(
            target.exists() and path.exists() and os.path.samefile(target, path) for path in inputs
        ):
            raise UsageError(f"出力先 {target} は入力ファイルです。別の名前を指定してください")
        if target.is_dir():
            raise UsageError(f"出力先 {target} はフォルダです。ファイル名を指定してください")
        if target.exists() and not force:
            raise _exists(target)
        for parent in target.parents:
            if parent.exists():
                if not parent.is_dir():
                    raise _parent_is_file(target, parent)
                break
        if force:
            _REPLACEABLE.add(resolved)


@contextlib.contextmanager
def atomic_path(target: Path, *, force: bool | None = None) -> Iterator[Path]:
    """A temporary path beside ``target``; published onto it only if the block succeeds, so a
    reader never sees a half-written file. ``force`` None: replace the target only if
    check_targets was given ``force`` for it."""
    with written_together([target], force=force) as temporaries:
        yield temporaries[target]


@contextlib.contextmanager
def written_together(
    targets: Sequence[Path], *, force: bool | None = None
) -> Iterator[dict[Path, Path]]:
    """Temporary paths for all ``targets``; when the block succeeds they are published
    together, and if any cannot be, none is (the ones published are taken back)."""
    temporaries: dict[Path, Path] = {}
    try:
        with _faults_said():
            for target in targets:
                temporaries[target] = _temporary(target)
            yield temporaries
            _publish(temporaries, force)
    finally:
        for temporary in temporaries.values():
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        # the documents just written (xlsxwriter's, python-docx's) are garbage now, in cycles
        # that only the collector frees, and the command line does not run it by itself
        free_cycles()


def write_text_atomic(target: Path, text: str, *, encoding: str = "utf-8") -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding=encoding, newline="")


def _temporary(target: Path) -> Path:
    import tempfile  # (only when writing: most commands print)

    # (its own folder made, -o 調査票/; not a whole path a typo names: /nonexist/dir/, review 37)
    if not target.parent.exists() and not target.parent.parent.exists():
        raise UsageError(
            f"出力先 {target} のフォルダ {target.parent.parent} がありません。"
            "フォルダ名を確かめてください"
        )
    target.parent.mkdir(exist_ok=True)
    _remove_stale(target)
    handle, name = tempfile.mkstemp(
        prefix=f"{TEMP_PREFIX}{target.name}.", suffix=".tmp", dir=target.parent
    )
    os.close(handle)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)  # the usual permissions, not mkstemp's 0600
    return Path(name)


def _remove_stale(target: Path) -> None:
    """Temporaries of this target left by a killed run, an hour old or more."""
    now = time.time()
    for stale in target.parent.glob(f"{TEMP_PREFIX}{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > STALE_SECONDS:
                stale.unlink()


def _publish(temporaries: dict[Path, Path], force: bool | None) -> None:
    created: list[Path] = []
    replaced: list[tuple[Path, Path]] = []  # (target, the old file kept aside)
    try:
        for target, temporary in temporaries.items():
            replace = force if force is not None else target.resolve() in _REPLACEABLE
            if not replace:
                _create(temporary, target)
                created.append(target)
                continue
            if target.exists():
                kept = _temporary(target)
                try:
                    os.replace(target, kept)
                except BaseException:
                    kept.unlink(missing_ok=True)
                    raise
                replaced.append((target, kept))
            os.replace(temporary, target)
    except BaseException:
        for target in created:
            with contextlib.suppress(OSError):
                target.unlink()
        for target, kept in replaced:
            with contextlib.suppress(OSError):
                os.replace(kept, target)
        raise
    for _target, kept in replaced:
        with contextlib.suppress(OSError):
            kept.unlink()


def _create(temporary: Path, target: Path) -> None:
    """Publish ``temporary`` as ``target`` only if no file of that name exists."""
    try:
        os.link(temporary, target)
        return
    except FileExistsError:
        raise _exists(target) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
    # a file system without hard links: reserve the name exclusively, then swap the content in
    try:
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        raise _exists(target) from None
    os.replace(temporary, target)


def _exists(target: Path) -> UsageError:
    return UsageError(f"出力先 {target} はすでにあります。置き換えるには --force を付けてください")


def _parent_is_file(target: Path, parent: Path) -> UsageError:
    return UsageError(
        f"出力先 {target} のフォルダ {parent} はファイルです。別の出力先を指定してください"
    )


@contextlib.contextmanager
def _faults_said() -> Iterator[None]:
    """An operating-system fault while writing, as a sentence naming the path and the fix."""
    try:
        yield
    except PlanevalError:
        raise
    except OSError as error:
        path = _shown(error.filename or "")
        if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
            raise PlanevalError(
                f"ディスクの空きが足りないため {path} に書き込めません。"
                "空きを作るか別の出力先を指定して、もう一度実行してください"
            ) from None
        if isinstance(error, PermissionError) or error.errno == errno.EROFS:
            raise UsageError(
                f"{path} に書き込めません（書き込みが許されていないフォルダです）。"
                "書き込めるフォルダを指定してください"
            ) from None
        if isinstance(error, NotADirectoryError | FileExistsError):
            raise UsageError(
                f"{path} の途中にファイルがあるためフォルダを作れません。別の出力先を指定してください"
            ) from None
        if isinstance(error, IsADirectoryError):
            raise UsageError(
                f"出力先 {path} はフォルダです。ファイル名を指定してください"
            ) from None
        if error.errno in (errno.ENOENT, errno.EINVAL, errno.ENAMETOOLONG):  # (/proc/…)
            raise UsageError(
                f"{path} に書き込めません（ファイルを作れない場所か名前です）。"
                "書き込めるフォルダとファイル名を指定してください"
            ) from None
        raise PlanevalError(
            f"{path} に書き込めません（OS のエラー {errno.errorcode.get(error.errno or 0, error)}）。"
            "出力先を確かめて、もう一度実行してください"
        ) from None


def _shown(path: str) -> str:
    """The output a fault is of: a temporary's target (「.planeval-第3章.xlsx.x1y2.tmp」 is
    第3章.xlsx's), as the user named it."""
    name = os.path.basename(path)
    if not (name.startswith(TEMP_PREFIX) and name.endswith(".tmp")):
        return path
    return os.path.join(os.path.dirname(path), name[len(TEMP_PREFIX) :].rsplit(".", 2)[0])
