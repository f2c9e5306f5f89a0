"""summarize shows a policy none of whose rows was counted as the export's 集計 does: a row
「2（未集計）」 with its counts blank (its number alone in a CSV, its group in the JSON with its
counts empty and its total null), whether the rows were kept or counted file by file. It had
dropped the policy from the table without a word (北浜市's 基本目標3, every status typed 「E」 —
review 90, N4); and so a direction or project, --by direction or project."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import planeval
from planeval.cli import app
from planeval.report.uncounted_summary import summary_uncounted
from tests.conftest import write_book
from tests.test_uncounted_policies import FIRST, SECOND, _form


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout


def test_summarize_shows_the_policy_none_counted_in_every_format(tmp_path: Path) -> None:
    form = str(_form(tmp_path / "第3章.xlsx"))
    code, out = _run("summarize", form, "--keep-going", "-qq", "-f", "github")
    assert code == 1  # (its errors: as before)
    lines = [line.replace(" ", "") for line in out.splitlines()]
    assert lines[3:6] == [
        "|1|くらし|1|1|0|0|2|0|",
        "|2（未集計）|しごと|||||||",
        "|合計||1|1|0|0|2|0|",
    ]
    code, out = _run("summarize", form, "--keep-going", "-qq", "-f", "csv")
    assert out.splitlines()[1:4] == ["1,くらし,1,1,0,0,2,0", "2,しごと,,,,,,", "合計,,1,1,0,0,2,0"]
    code, out = _run("summarize", form, "--keep-going", "-qq", "-f", "json")
    groups = json.loads(out)["groups"]
    assert [group["id"] for group in groups] == ["1", "2"]
    assert groups[1] | {"label": ""} == {
        "id": "2",
        "label": "",
        "name": "しごと",
        "counts": {},
        "uncounted": {},
        "total": None,  # (blank, not 0: nothing was counted)
        "percent": {},  # (as the export's 「percentages」)
        "projects": None,
        "not_counted": "記入に不備があったため",
    }


def test_a_streamed_count_finds_it_as_a_kept_read_does(tmp_path: Path) -> None:
    form = _form(tmp_path / "第3章.xlsx")
    for stream in (False, True):
        summary, result = planeval.summarize_workbooks([form], stream=stream)
        assert [group.id for group in summary.groups] == ["1"]
        found = summary_uncounted(summary, result)
        assert [(group.id, group.name, why) for group, why in found] == [
            ("2", "しごと", "記入に不備があったため")
        ], stream


def _projects(path: Path) -> Path:
    """Project 1-1-2 of policy 1 (1-1-1 rated, its ② in error: a streamed count's first row
    in error of policy 1) and policy 2's one project, every row typed a value of no symbol:
    two projects, and direction 2-1, none of whose rows was counted."""
    electronic = ["1-1-2 電子契約", "① 契約", "●", "入札待ち"]
    return write_book(path, {"第3章": [*FIRST, ["", "② 決済", "？", ""], electronic, *SECOND]})


def test_by_project_and_direction_show_theirs_none_counted(tmp_path: Path) -> None:
    """--by project dropped 1-1-2 and 2-1-1 unsaid (review 90's N4 by the other levels)."""
    form = str(_projects(tmp_path / "第3章.xlsx"))
    code, out = _run("summarize", form, "--by", "project", "--keep-going", "-qq", "-f", "github")
    assert code == 1  # (its errors: as before)
    lines = [line.replace(" ", "") for line in out.splitlines()]
    assert lines[3:7] == [
        "|1-1-1|窓口|0|1|0|0|1|0|",
        "|1-1-2（未集計）|電子契約|||||||",
        "|2-1-1（未集計）|基盤|||||||",
        "|合計||0|1|0|0|1|0|",
    ]
    code, out = _run("summarize", form, "--by", "direction", "--keep-going", "-qq", "-f", "csv")
    assert out.splitlines()[1:4] == [
        "1-1,窓口と基盤,0,1,0,0,1,0",
        "2-1,基盤,,,,,,",
        "合計,,0,1,0,0,1,0",
    ]
    code, out = _run("summarize", form, "--by", "project", "--keep-going", "-qq", "-f", "json")
    groups = json.loads(out)["groups"]
    assert [(g["id"], g["total"], g.get("not_counted")) for g in groups] == [
        ("1-1-1", 1, None),
        ("1-1-2", None, "記入に不備があったため"),
        ("2-1-1", None, "記入に不備があったため"),
    ]


def test_a_streamed_count_finds_a_project_none_counted_as_a_kept_read_does(
    tmp_path: Path,
) -> None:
    form = _projects(tmp_path / "第3章.xlsx")
    for by in ("project", "direction"):
        for stream in (False, True):
            summary, result = planeval.summarize_workbooks([form], by=by, stream=stream)
            found = summary_uncounted(summary, result)
            expected = (
                [("1-1-2", "電子契約"), ("2-1-1", "基盤")] if by == "project" else [("2-1", "基盤")]
            )
            assert [(group.id, group.name) for group, _why in found] == expected, (by, stream)
