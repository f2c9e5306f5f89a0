"""羽村市's 事業, rated right under 施策27「都市基盤整備」 with no number of their own: every
output listed each as 「27-」, a dash joining the policy's number to no label (the join an
item 「(1)」 under its policy is given, 「27-(1)」, taken for an empty one). Each is 「27」,
its policy's number, beside its own name."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planeval.cli import app
from tests.test_word_breaks import _hamura_with_reasons

NAMES = ["良好な居住環境の整備", "土地区画整理事業の推進", "空き家対策の推進"]


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def _first_two(output: str, start: int) -> list[tuple[str, ...]]:
    """Each plain table row's ID and name from line ``start``, to the table's end."""
    return _first(output, start, 2)


def _first(output: str, start: int, cells: int) -> list[tuple[str, ...]]:
    """Each plain table row's first ``cells`` words from line ``start``, to the table's end."""
    rows = []
    for line in output.splitlines()[start:]:
        if not line.strip() or line.startswith("合計"):
            break
        rows.append(tuple(line.split()[:cells]))
    return rows


def test_an_unnumbered_item_under_its_policy_is_listed_by_its_number(tmp_path: Path) -> None:
    path, config = _hamura_with_reasons(tmp_path)
    wanted = [("27", name) for name in NAMES]
    issues = run("issues", path, "--config", config, "-f", "plain")
    assert issues.exit_code == 0, issues.output
    # (the issue list's 事業 column names the 施策 as its tables do, 「27 都市基盤整備」, each
    # 事業 beside it: review 98)
    named = [(number, f"都市基盤整備 {name}") for number, name in wanted]
    assert [(a, f"{b} {c}") for a, b, c in _first(issues.stdout, 2, 3)] == named, issues.stdout
    items = run("summarize", path, "--by", "item", "--config", config, "-f", "plain")
    assert _first_two(items.stdout, 2) == wanted, items.stdout
    before = tmp_path / "令和4年度" / Path(path).name.replace("5", "4")
    before.parent.mkdir()
    before.write_bytes(Path(path).read_bytes())
    rounds = run("rounds", str(before), path, "--config", config, "-f", "plain")
    assert _first_two(rounds.stdout, 2) == wanted, rounds.stdout
    listed = run("issues", path, "--config", config, "-f", "csv").stdout.splitlines()
    assert [line.split(",")[:2] for line in listed[1:]] == [
        [f"{number} 都市基盤整備", name] for number, name in wanted
    ]
