"""Time planeval against the naive baseline and the floor, side by side, and print ratios.

    python bench/run.py [--data DIR] [--repeats N] [--sizes S,M,L]

Generates the workbooks (bench/generate.py) into --data if they are not there, then runs each
command in a fresh process, alternating between them, --repeats times, and reports the median
wall time and the peak memory (max RSS) of each, with the ratios the goals are stated in.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable


def measure(command: list[str]) -> tuple[float, float]:
    """(wall seconds, peak MB) of one run of ``command`` in a child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024


def compare(
    label: str, commands: dict[str, list[str]], repeats: int
) -> dict[str, tuple[float, float]]:
    """Median time and peak memory of each command, runs alternating between them."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    for _ in range(repeats):
        for name, command in commands.items():
            elapsed, peak = measure(command)
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
    results = {name: (statistics.median(times[name]), peaks[name]) for name in commands}
    print(f"\n{label}")
    for name, (median, peak) in results.items():
        print(f"  {name:<28} {median:8.3f} s   {peak:7.1f} MB")
    return results


def ratio(text: str, value: float, goal: str) -> None:
    print(f"  → {text}: {value:.1f}× (goal {goal})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "planeval-bench")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", default="S,M,L")
    args = parser.parse_args()
    sizes = args.sizes.split(",")
    missing = [size for size in sizes if not (args.data / size).is_dir()]
    if missing:
        subprocess.run(
            [PYTHON, str(HERE / "generate.py"), str(args.data), "--sizes", ",".join(missing)],
            check=True,
        )
    # An installed package has its bytecode compiled (pip does it); an editable checkout run with
    # PYTHONDONTWRITEBYTECODE (as on this machine) would compile every module on every start.
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(HERE.parent / "src")], check=True)
    planeval = [PYTHON, "-m", "planeval"]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, repeats {args.repeats}")

    startup = compare(
        "start-up",
        {
            "python -c pass": [PYTHON, "-c", "pass"],
            "planeval --version": [*planeval, "--version"],
            "planeval --help": [*planeval, "--help"],
        },
        args.repeats,
    )
    floor = startup["python -c pass"][0]
    ratio("--version / python -c pass", startup["planeval --version"][0] / floor, "≤ 15×")
    ratio("--help / python -c pass", startup["planeval --help"][0] / floor, "≤ 15×")

    for size in sizes:
        target = str(args.data / size)
        if size == "L":
            target = str(next((args.data / size).glob("*.xlsx")))
        repeats = args.repeats if size == "S" else max(1, args.repeats // 2)
        results = compare(
            f"{size}: summarize",
            {
                "planeval summarize": [*planeval, "summarize", target, "-f", "json"],
                "naive (pandas + openpyxl)": [PYTHON, str(HERE / "naive.py"), target],
                "floor (calamine + Counter)": [PYTHON, str(HERE / "floor.py"), target],
            },
            repeats,
        )
        ours, peak = results["planeval summarize"]
        ratio(
            "naive / planeval",
            results["naive (pandas + openpyxl)"][0] / ours,
            "≥ 15× for M, ≥ 12× for L",
        )
        ratio("planeval / floor", ours / results["floor (calamine + Counter)"][0], "≤ 2.5× for M")
        if size == "S":
            ratio("planeval summarize S / python -c pass", ours / floor, "≤ 15×")
        if size == "L":
            print(f"  → peak memory {peak:.0f} MB (goal ≤ 250 MB)")
            with tempfile.TemporaryDirectory() as folder:
                # the dump writes the same cells as the export: extracted once, not timed
                cells = f"{folder}/cells.pickle"
                subprocess.run(
                    [*planeval, "export", target, "--xlsx", f"{folder}/cells.xlsx"],
                    check=True,
                    capture_output=True,
                )
                subprocess.run(
                    [PYTHON, str(HERE / "cells.py"), f"{folder}/cells.xlsx", cells], check=True
                )
                export = compare(
                    "L: export --xlsx",
                    {
                        "planeval export --xlsx": [
                            *planeval,
                            "export",
                            target,
                            "--xlsx",
                            f"{folder}/e.xlsx",
                            "--force",
                        ],
                        "bare xlsxwriter dump": [
                            PYTHON,
                            str(HERE / "dump.py"),
                            target,
                            f"{folder}/d.xlsx",
                            "--cells",
                            cells,
                        ],
                    },
                    repeats,
                )
            mine, mine_peak = export["planeval export --xlsx"]
            ratio("export / dump", mine / export["bare xlsxwriter dump"][0], "≤ 2×")
            print(f"  → export peak memory {mine_peak:.0f} MB (goal ≤ 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
