"""Writing outputs safely: never over an input, never half-written, never replacing a file
without ``--force``."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from planeval.errors import UsageError


def check_targets(targets: Sequence[Path], inputs: Sequence[Path], *, force: bool) -> None:
    """Refuse, before anything is written, an output that is an input (even through a symlink)
    or that exists already (unless ``force``)."""
    input_files = {path.resolve() for path in inputs}
    for target in targets:
        resolved = target.resolve()
        if resolved in input_files or any(
            target.exists() and path.exists() and os.path.samefile(target, path) for path in inputs
        ):
            raise UsageError(f"出力先 {target} は入力ファイルです。別の名前を指定してください")
        if target.exists() and not force:
            raise UsageError(
                f"出力先 {target} はすでにあります。置き換えるには --force を付けてください"
            )
        if target.exists() and target.is_dir():
            raise UsageError(f"出力先 {target} はフォルダです。ファイル名を指定してください")


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it only if the block succeeds, so a
    reader never sees a half-written file. The file gets the usual permissions (umask)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # (only when writing: most commands print)

    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def write_text_atomic(target: Path, text: str, *, encoding: str = "utf-8") -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(text, encoding=encoding, newline="")
