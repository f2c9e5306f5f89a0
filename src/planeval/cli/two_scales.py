"""export and tables given two planeval.toml (``--config 実施状況.toml --config 達成度.toml``):
the workbooks read once per settings file, the first counted as ever, the second's rating
beside it in one report (planeval.two_scales)."""

from pathlib import Path
from typing import TYPE_CHECKING

from planeval.errors import UsageError

if TYPE_CHECKING:
    from planeval.cli.options import PlanGiven
    from planeval.config import Config
    from planeval.model import Problem
    from planeval.read_records import ReadResult


def first_config(paths: list[Path] | None) -> Path | None:
    """The settings counted as ever (the first given); a third refused."""
    if paths and len(paths) > 2:
        raise UsageError(
            f"--config は二つまでです（指定された数: {len(paths)}）。一つ目の planeval.toml で"
            "数え、二つ目の評価の列をその横に並べます（例: --config 実施状況.toml --config "
            "達成度.toml）"
        )
    if paths and len(paths) == 2 and _same(*paths):
        raise UsageError(
            f"--config の二つ（{paths[0]} と {paths[1]}）は同じ設定です。二つの評価の列を並べる"
            "なら、二つ目にはもう一つの列（[layout] status_column）とその評価尺度を書いた "
            "planeval.toml を指定してください。一つの評価だけなら --config は一つにしてください"
        )
    return paths[0] if paths else None


def _same(first: Path, second: Path) -> bool:
    """Whether two settings files are one (the same path, or a copy word for word)."""
    try:
        return first.resolve() == second.resolve() or first.read_bytes() == second.read_bytes()
    except OSError:  # (a file not found: said where the settings are loaded)
        return False


def read_beside(
    files: list[Path],
    paths: list[Path] | None,
    fmt: str,
    plan: "PlanGiven",
    result: "ReadResult",
    *,
    bodies: str | None = None,
    fiscal_year: int | None = None,
) -> "tuple[Config, ReadResult, frozenset[Problem]] | None":
    """The second settings (None: one given), their read of the same workbooks and the
    problems only that read raised; its problems joined to ``result``'s, each said once (a file
    both reads refuse, once)."""
    if not paths or len(paths) < 2:
        return None
    from planeval.cli.inputs import load_planned
    from planeval.two_scales import both_problems

    config, second, _plan = load_planned(
        files, paths[1], fmt, plan, bodies=bodies, fiscal_year=fiscal_year
    )
    own = set(result.problems)
    result.problems = both_problems(result.problems, second.problems)
    return config, second, frozenset(p for p in second.problems if p not in own)
