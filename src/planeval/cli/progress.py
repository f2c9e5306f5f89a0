"""What a terminal shows while a command works: a progress bar as the workbooks are read, a
line naming the output being written. Apart from reading the inputs (cli/inputs.py) because
it is the one part that looks at the terminal: nothing is shown in pipes or JSON, and rich is
imported only when something is.
"""

import contextlib
import sys
from collections.abc import Callable, Iterator

PROGRESS_FROM = 6  # files; fewer are read too quickly for a bar to help


@contextlib.contextmanager
def progress_bar(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for many files, only on a terminal (never in pipes or JSON)."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, TaskID

    bar = Progress(console=Console(stderr=True), transient=True)
    task: TaskID | None = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if total < PROGRESS_FROM:
            return
        if task is None:
            bar.start()
            task = bar.add_task("読み込み中", total=total)
        bar.update(task, completed=done)

    try:
        yield update
    finally:
        bar.stop()


@contextlib.contextmanager
def writing_status() -> Iterator[Callable[[str, int, int], None] | None]:
    """A line on stderr saying which output is being written (「書き出し中（2/3）: Word 文書」),
    only on a terminal: a Word document of many bodies takes minutes, and every file is
    published once all are written."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console

    status = Console(stderr=True).status("書き出し中")

    def update(name: str, number: int, steps: int) -> None:
        status.update(f"書き出し中（{number}/{steps}）: {name}")
        status.start()

    try:
        yield update
    finally:
        status.stop()
