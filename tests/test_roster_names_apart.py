"""A prefecture's list of bodies (団体一覧) with a name typed wrong (review 150 #7): a reply
stating the list's 団体コード under the right name (北山村, the list's 「北山材」) is the list's
body and a notice at the list's line names both names; a reply stating no code (竹田町, the
list's 「竹田叮」) is not matched, but the error of the body that sent nothing and the warning
of the body not on the list each name the other, one character apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import planeval
from planeval.cli import app
from tests.conftest import write_book

HEADER = ["番号", "基本方針", "施策", "取組（KPI）", "評価", "担当課"]
ROSTER = [
    ["東海県 市町村一覧（令和7年度 ITプラン調査）"],
    ["団体コード", "団体名"],
    ["232017", "青浜市"],
    ["232068", "北山材"],
    ["232149", "竹田叮"],
]


def _reply(path: Path, name: str, code: str | None, statuses: list[str]) -> None:
    """A body's reply on the prefecture's form: 団体名 (and 団体コード, if it writes one) above
    the table."""
    rows: list[list[object]] = [
        ["ITプラン 進捗状況 調査票"],
        ["団体名", name],
        ["団体コード", code] if code else [],
        [],
        HEADER,
    ]
    rows += [
        [f"1-1-{n + 1}", "行政のデジタル化", "1-1 手続のオンライン化", f"KPI {n + 1}", s, "企画課"]
        for n, s in enumerate(statuses)
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_book(path, {"調査票": rows})


@pytest.fixture
def replies(tmp_path: Path) -> Path:
    write_book(tmp_path / "団体一覧.xlsx", {"団体一覧": ROSTER})
    (tmp_path / "planeval.toml").write_text(
        '[scale]\npreset = "aichi"\n\n[bodies]\nroster = "団体一覧.xlsx"\n', encoding="utf-8"
    )
    _reply(tmp_path / "回答" / "01_青浜市" / "企画課.xlsx", "青浜市", "232017", ["A", "B"])
    _reply(tmp_path / "回答" / "05_北山村" / "企画課.xlsx", "北山村", "232068", ["A", "A", "C"])
    _reply(tmp_path / "回答" / "12_竹田町" / "企画課.xlsx", "竹田町", None, ["B", "D"])
    return tmp_path


def _read(folder: Path) -> planeval.ReadResult:
    config = planeval.load_config(folder / "planeval.toml")
    return planeval.read_workbooks(
        [folder / "回答"], bodies="folder", roster=config.roster, scale=config.scale
    )


def test_a_name_the_list_types_wrong_under_the_code_a_reply_states_is_told(
    replies: Path,
) -> None:
    result = _read(replies)
    roster = str(replies / "団体一覧.xlsx")
    [told] = [p for p in result.problems if "北山材" in p.message]
    assert told.severity is planeval.Severity.NOTICE
    assert told.location == planeval.Location(roster, "団体一覧", "B4")
    assert "「北山材」（団体コード 232068）" in told.message
    assert (
        "では「北山村」です。団体コードで照らし合わせ、「北山村」として集計しました" in told.message
    )
    assert "団体一覧の B4 を「北山村」に" in told.hint
    # counted as the list's body, under its form's name: not 未回答
    north = [entry for entry in result.entries if entry.body == "北山村"]
    assert [entry.status for entry in north] == ["A", "A", "C"]
    assert "北山材" not in result.uncounted_bodies


def test_a_name_one_character_apart_from_a_body_that_sent_nothing_is_named_both_ways(
    replies: Path,
) -> None:
    result = _read(replies)
    [error, _unlisted] = result.errors
    assert error.location.cell == "B5"
    assert error.message.startswith(
        "団体一覧の 1 団体から回答のブックがありません（未回答）: 竹田叮"
    )
    assert "「竹田叮」は、団体一覧にない名前で回答した団体「竹田町」と一字違いです" in error.message
    assert error.hint.startswith(
        "「竹田町」の回答なら、団体一覧の B5 の「竹田叮」を「竹田町」に直して"
    )
    [warning] = [p for p in result.errors if p.message.startswith("団体「竹田町」")]  # (159 #1)
    assert "団体「竹田町」は団体一覧" in warning.message
    assert "未回答の「竹田叮」" in warning.message and "B5）と一字違いです" in warning.message
    assert warning.hint.startswith("団体一覧の「竹田叮」のことなら、団体一覧の B5 を「竹田町」に")


def test_the_list_corrected_reads_without_a_word(replies: Path) -> None:
    fixed = [["232017", "青浜市"], ["232068", "北山村"], ["232149", "竹田町"]]
    write_book(replies / "団体一覧.xlsx", {"団体一覧": [*ROSTER[:2], *fixed]})
    assert [p.message for p in _read(replies).problems] == []


def test_the_cli_names_both_names(replies: Path) -> None:
    run = CliRunner().invoke(
        app,
        [
            "summarize",
            str(replies / "回答"),
            "--bodies",
            "folder",
            "--by",
            "body",
            "--keep-going",
            "--config",
            str(replies / "planeval.toml"),
        ],
        env={"COLUMNS": "200"},
    )
    assert run.exit_code == 1, run.output  # (竹田叮 未回答: an error, counted past)
    assert "お知らせ:" in run.output and "団体一覧の団体名「北山材」" in run.output
    assert "「竹田叮」は、団体一覧にない名前で回答した団体「竹田町」と一字違いです" in run.output
