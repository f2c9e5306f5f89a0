"""Time planeval against the naive baseline, the floor and a pandas peer, side by side.

    python bench/run.py [--data DIR] [--repeats N] [--sizes S,M,L|none]
                        [--cache DIR] [--families project,independent,wide]
                        [--sets S,M,L,XL,R] [--xl-repeats N] [--quick]

Two parts, each command run in a fresh process, alternating between them, and reported as the
median wall time and the peak memory (max RSS of the child, which includes its reaped worker
processes as the largest single one, not their sum):

1. --sizes (the original goals): the workbooks of bench/generate.py in --data; start-up,
   planeval against the naive script (naive.py) and the floor (floor.py), and L's export
   against a bare dump. ``--sizes none`` skips it.
2. --families × --sets (the family benchmark): workbooks from three layout families in
   --cache (bench/.data, outside git): ``project`` (generate.py, the project's own; its XL and R
   built here from generate.write_workbook), ``independent`` (independent.py) and ``wide``
   (wide.py), each in the sets S (1 × 50 rows), M (1,000 × 50), L (1 × 100,000),
   XL (10 × 100,000) and R (a roll-up: 1,000 bodies' files each numbered from 1-1-1). For each,
   planeval ``summarize`` against the bare calamine floor (floor_status.py) and the pandas peer
   (peer.py), then a table of ratios per family, worst case first, and start-up (--version,
   --help, summarize S; at least fifteen runs each) against ``python -c pass``. R is summarized
   as a national survey would run it: ``summarize R/ --bodies file --by body`` (each workbook
   one body, one group per body), and checked once, untimed: 1,000 groups whose totals add up to the floor's
   count of counted statuses. planeval's exit code is recorded as it is; the floor and the peer
   must succeed.

--quick: one repeat, the sets S, M and R, and no --sizes part unless asked for.
planeval runs from this checkout's src (PYTHONPATH), in an empty working folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
SRC = HERE.parent / "src"
# planeval as this checkout's code has it, whatever is installed; children run in an empty folder
# (no planeval.toml picked up from wherever the bench was started)
# (PYTHONDONTWRITEBYTECODE dropped: an installed planeval has its modules' bytecode, and a
# machine that sets it would time the compiling of every module at each start-up)
ENV = {
    **{name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"},
    "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
}
WORKDIR = tempfile.mkdtemp(prefix="planeval-bench-cwd-")


def measure(
    command: list[str], allowed: tuple[int, ...] | None = (0, 1)
) -> tuple[float, float, int]:
    """(wall seconds, peak MB, exit code) of one run of ``command`` in a child process; an exit
    code outside ``allowed`` stops the bench (``None``: any code is recorded as it is)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, cwd=WORKDIR
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if allowed is not None and code not in allowed:
        raise SystemExit(f"failed ({code}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss / 1024, code


def compare(
    label: str,
    commands: dict[str, list[str]],
    repeats: int,
    any_code: frozenset[str] = frozenset(),
    rotate: bool = False,
) -> dict[str, tuple[float, float]]:
    """Median time and peak memory of each command, runs alternating between them (in turn
    starting with each command if ``rotate``). The commands named in ``any_code`` may exit with
    any code; the codes seen are kept in ``CODES[label, name]``."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, float] = dict.fromkeys(commands, 0.0)
    names = list(commands)
    for repeat in range(repeats):
        order = names[repeat % len(names) :] + names[: repeat % len(names)] if rotate else names
        for name in order:
            elapsed, peak, code = measure(commands[name], None if name in any_code else (0, 1))
            times[name].append(elapsed)
            peaks[name] = max(peaks[name], peak)
            CODES.setdefault((label, name), set()).add(code)
    results = {name: (statistics.median(times[name]), peaks[name]) for name in commands}
    print(f"\n{label}")
    for name, (median, peak) in results.items():
        codes = ",".join(map(str, sorted(CODES[(label, name)])))
        print(f"  {name:<28} {median:8.3f} s   {peak:7.1f} MB   exit {codes}   ({repeats} runs)")
    return results


CODES: dict[tuple[str, str], set[int]] = {}
STARTUP_REPEATS = 15


def ratio(text: str, value: float, goal: str) -> None:
    print(f"  → {text}: {value:.1f}× (goal {goal})")


def made_by(*generators: str) -> str:
    """The fingerprint of the generators' code, kept beside the workbooks they wrote: files
    written by an older generator are written again (a folder kept in /tmp between sessions
    held rows the reader now calls errors)."""
    digest = hashlib.sha256()
    for name in generators:
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()


def fresh(folder: Path, fingerprint: str) -> bool:
    """Whether ``folder`` is complete and was written by the generators as they are now."""
    stamp = folder / ".complete"
    return stamp.exists() and stamp.read_text(encoding="utf-8") == fingerprint


def legacy(args: argparse.Namespace, sizes: list[str], planeval: list[str]) -> None:
    """The original goals on generate.py's workbooks: start-up, naive, floor and export."""
    fingerprint = made_by("generate.py")
    missing = [size for size in sizes if not fresh(args.data / size, fingerprint)]
    if missing:
        subprocess.run(
            [PYTHON, str(HERE / "generate.py"), str(args.data), "--sizes", ",".join(missing)],
            check=True,
        )
        for size in missing:
            (args.data / size / ".complete").write_text(fingerprint, encoding="utf-8")
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
                    env=ENV,
                    cwd=WORKDIR,
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


FAMILIES = ("project", "independent", "wide")
SETS = ("S", "M", "L", "XL", "R")
SHAPES = {"S": (1, 50), "M": (1000, 50), "L": (1, 100_000), "XL": (10, 100_000), "R": (1000, 50)}


def ensure(cache: Path, family: str, name: str) -> Path:
    """The folder of one family's set, generated (once) if it is not complete."""
    folder = cache / family / name
    generators = {"independent": ("independent.py",), "wide": ("wide.py",)}
    fingerprint = made_by(*generators.get(family, ("generate.py", "independent.py")))
    if fresh(folder, fingerprint):
        return folder
    for old in folder.glob("*.xlsx") if folder.is_dir() else ():
        old.unlink()  # (written by an older generator)
    print(f"generating {family} {name} …", flush=True)
    started = time.perf_counter()
    if family in ("independent", "wide"):
        command = [PYTHON, str(HERE / f"{family}.py"), str(cache / family), "--sets", name]
        subprocess.run(command, check=True)
    elif name in ("S", "M", "L"):
        command = [PYTHON, str(HERE / "generate.py"), str(cache / family), "--sizes", name]
        subprocess.run(command, check=True)
    else:  # the project's own generator has no XL or R: built here from its write_workbook
        sys.path.insert(0, str(HERE))
        import generate
        from independent import body_names

        folder.mkdir(parents=True, exist_ok=True)
        files, rows = SHAPES[name]
        rng = random.Random(f"project-{name}")
        if name == "R":  # every body's file numbered from 1-1-1
            for number, body in enumerate(body_names(files, rng), 1):
                generate.write_workbook(folder / f"body_{number:04d}_{body}.xlsx", rows, rng, 0)
        else:
            project = 0
            for number in range(files):
                path = folder / f"status_{number:04d}.xlsx"
                project = generate.write_workbook(path, rows, rng, project)
    (folder / ".complete").write_text(fingerprint, encoding="utf-8")
    print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def target(folder: Path, name: str) -> str:
    """A folder for the sets of many files (and S, as the original part does); L's one file."""
    if name == "L":
        return str(next(folder.glob("*.xlsx")))
    return str(folder)


def agreement(planeval: list[str], folder: str) -> str:
    """Rows rated by planeval (counted + uncounted) against the peer's, on one set (untimed)."""
    ours = subprocess.run(
        [*planeval, "summarize", folder, "-f", "json"],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=WORKDIR,
    )
    peer = subprocess.run(
        [PYTHON, str(HERE / "peer.py"), folder],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=WORKDIR,
    )
    if ours.returncode != 0:
        return f"planeval exit {ours.returncode}"
    groups = json.loads(ours.stdout)["groups"]
    rated = sum(g["total"] + sum(g["uncounted"].values()) for g in groups)
    return f"planeval {rated} rated rows, peer {peer.stdout.split()[0]}"


# the statuses planeval counts by default (its default scale); "-" is rated but not counted
COUNTED = ("◎", "○", "△", "×")
# R: each workbook one body, one group per body (as a national survey would run the roll-up)
ROLLUP = ("--bodies", "file", "--by", "body")


def floor_counted(folder: str) -> int:
    """The floor's count of counted statuses (untimed): floor_status.py's reading (every sheet
    read with python-calamine, the 達成状況 column of the first header row), counting the cells
    that are a counted symbol, or end in one after a space ("電子申請 ○", a sub-item)."""
    from python_calamine import CalamineWorkbook

    counted = 0
    for path in sorted(Path(folder).glob("*.xlsx")):
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python()
            column = next((row.index("達成状況") for row in rows if "達成状況" in row), None)
            if column is None:
                continue
            for row in rows:
                if len(row) > column:
                    words = str(row[column]).split()
                    counted += bool(words) and words[-1] in COUNTED
    return counted


def rollup_check(planeval: list[str], folder: str) -> str:
    """R summarized by body once with -f json (untimed): 1,000 groups, and their totals adding
    up to the floor's count of counted statuses."""
    ours = subprocess.run(
        [*planeval, "summarize", folder, *ROLLUP, "-f", "json"],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=WORKDIR,
    )
    if ours.returncode != 0:
        return f"FAILED: planeval exit {ours.returncode}: {ours.stderr.strip()[-300:]}"
    result = json.loads(ours.stdout)
    groups = result["groups"]
    total = sum(group["total"] for group in groups)
    floor = floor_counted(folder)
    files = SHAPES["R"][0]
    ok = len(groups) == files and total == floor
    return (
        f"{'ok' if ok else 'FAILED'}: {len(groups)} groups (expected {files}),"
        f" sum of the groups' totals {total:,} {'=' if total == floor else '≠'}"
        f" the floor's counted statuses {floor:,} (JSON total {result['total']['total']:,},"
        f" by {result['by']})"
    )


def families(args: argparse.Namespace, planeval: list[str]) -> None:
    chosen = [f for f in args.families.split(",") if f]
    sets = [s for s in args.sets.split(",") if s]
    for family in chosen:
        if family not in FAMILIES:
            raise SystemExit(f"unknown family {family!r} (one of {', '.join(FAMILIES)})")
    for name in sets:
        if name not in SETS:
            raise SystemExit(f"unknown set {name!r} (one of {', '.join(SETS)})")
    folders = {(f, n): ensure(args.cache, f, n) for f in chosen for n in sets}
    small = {f: ensure(args.cache, f, "S") for f in chosen}

    startup_commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        "planeval --version": [*planeval, "--version"],
        "planeval --help": [*planeval, "--help"],
    }
    for family in chosen:
        startup_commands[f"summarize S ({family})"] = [
            *planeval,
            "summarize",
            target(small[family], "S"),
            "-f",
            "json",
        ]
    # (a start-up takes a tenth of a second and this machine's moments differ by more than the
    # margins: at least fifteen alternations, whatever --repeats says)
    startup = compare(
        "start-up (family benchmark)",
        startup_commands,
        max(args.repeats, STARTUP_REPEATS),
        frozenset(startup_commands),
    )
    bare = startup["python -c pass"][0]
    rows: dict[str, list[dict[str, object]]] = {family: [] for family in chosen}
    for family in chosen:
        for name in sets:
            folder = target(folders[(family, name)], name)
            repeats = args.xl_repeats if name == "XL" else args.repeats
            label = f"{family} {name}: summarize"
            check = agreement(planeval, folder) if name == "S" else ""
            if name == "R":
                check = rollup_check(planeval, folder)
            options = ROLLUP if name == "R" else ()
            results = compare(
                label,
                {
                    "planeval summarize": [*planeval, "summarize", folder, *options, "-f", "json"],
                    "floor (calamine + Counter)": [PYTHON, str(HERE / "floor_status.py"), folder],
                    "peer (pandas calamine)": [PYTHON, str(HERE / "peer.py"), folder],
                },
                repeats,
                any_code=frozenset({"planeval summarize"}),
                rotate=True,
            )
            ours, peak = results["planeval summarize"]
            floor, floor_peak = results["floor (calamine + Counter)"]
            peer, peer_peak = results["peer (pandas calamine)"]
            codes = ",".join(map(str, sorted(CODES[(label, "planeval summarize")])))
            if check:
                print(f"  → {'roll-up check' if name == 'R' else 'agreement'}: {check}")
            rows[family].append(
                {
                    "set": name,
                    "planeval": ours,
                    "peak": peak,
                    "exit": codes,
                    "floor": floor,
                    "floor_peak": floor_peak,
                    "peer": peer,
                    "peer_peak": peer_peak,
                    "vs_floor": ours / floor,
                    "vs_peer": ours / peer,
                    "repeats": repeats,
                }
            )

    def worst(row: dict[str, object]) -> float:
        return float(row["vs_floor"])  # type: ignore[arg-type]

    print("\n## Ratios per family, worst case first (planeval summarize / floor; / pandas peer)")
    for family in sorted(chosen, key=lambda f: -max(map(worst, rows[f]), default=0)):
        shape = "; ".join(
            f"{r['set']} {SHAPES[str(r['set'])][0]:,} × {SHAPES[str(r['set'])][1]:,}"
            for r in rows[family]
        )
        print(f"\n### {family} ({shape})\n")
        print(
            "| set | planeval | peak | exit | floor | peer | peer peak | planeval / floor | planeval / peer | runs |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for r in sorted(rows[family], key=worst, reverse=True):
            print(
                f"| {r['set']} | {r['planeval']:.3f} s | {r['peak']:.0f} MB | {r['exit']} | {r['floor']:.3f} s"
                f" | {r['peer']:.3f} s | {r['peer_peak']:.0f} MB | {r['vs_floor']:.2f}× | {r['vs_peer']:.2f}× | {r['repeats']} |"
            )
    print("\n### start-up against `python -c pass`\n")
    print("| command | median | peak | × python -c pass |")
    print("|---|---|---|---|")
    for name, (median, peak) in startup.items():
        print(f"| `{name}` | {median:.3f} s | {peak:.0f} MB | {median / bare:.1f}× |")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "planeval-bench")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", default=None, help="original part: S,M,L (default) or none")
    parser.add_argument("--cache", type=Path, default=HERE / ".data")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--sets", default=None, help="S,M,L,XL,R (default; --quick: S,M,R)")
    parser.add_argument(
        "--xl-repeats", type=int, default=None, help="default: repeats // 3, at least 1"
    )
    parser.add_argument(
        "--quick", action="store_true", help="one repeat, sets S,M,R, no --sizes part"
    )
    args = parser.parse_args()
    if args.quick:
        args.repeats = 1
    if args.sizes is None:
        args.sizes = "none" if args.quick else "S,M,L"
    if args.sets is None:
        args.sets = "S,M,R" if args.quick else ",".join(SETS)
    if args.xl_repeats is None:
        args.xl_repeats = max(1, args.repeats // 3)
    sizes = [] if args.sizes in ("", "none") else args.sizes.split(",")
    # An installed package has its bytecode compiled (pip does it); an editable checkout run with
    # PYTHONDONTWRITEBYTECODE (as on this machine) would compile every module on every start.
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(SRC)], check=True)
    planeval = [PYTHON, "-m", "planeval"]
    print(
        f"python {sys.version.split()[0]} ({platform.platform()}), {os.cpu_count()} cores,"
        f" repeats {args.repeats}, XL repeats {args.xl_repeats}, planeval from {SRC}"
    )
    if args.families:  # (what the workers of M and R can gain on this machine, this run)
        from cores import parallel_gain

        workers, gain = parallel_gain()
        print(f"{workers} processes at once do {gain:.2f}× the work of one (bench/cores.py)")
    if sizes:
        legacy(args, sizes, planeval)
    if args.families:
        families(args, planeval)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
